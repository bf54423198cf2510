"""GrantDesk's icon: drawn by installer/make_icons.py, shipped in resources/icons, on the window."""

import struct

from grantdesk.app import application_icon
from grantdesk.paths import resources_dir


def test_the_window_icon_comes_in_every_size_a_desktop_asks_for(qtbot):
    sizes = {size.width() for size in application_icon().availableSizes()}
    assert {16, 24, 32, 48, 256} <= sizes


def test_the_windows_icon_file_holds_each_size_as_png():
    data = (resources_dir() / "icons" / "grantdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sides = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sides.append(side or 256)
    assert sorted(sides) == [16, 24, 32, 48, 64, 128, 256]
