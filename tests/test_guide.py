"""docs/guide.md and the script that takes its pictures from the real window stay in step."""

import importlib.util
import re
from pathlib import Path

from PySide6.QtGui import QImage

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_the_guide_shows_every_picture_the_script_takes(qapp, tmp_path):
    spec = importlib.util.spec_from_file_location("guide", DOCS / "make_guide_screenshots.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)

    taken = script.shoot(tmp_path)

    shown = re.findall(r"!\[[^\]]+\]\(guide/([^)]+)\)", (DOCS / "guide.md").read_text("utf-8"))
    assert sorted(shown) == sorted(path.name for path in taken)
    assert sorted(shown) == sorted(path.name for path in (DOCS / "guide").glob("*.png"))
    for path in taken:
        picture = QImage(str(path))
        assert 0 < picture.width() <= script.WIDTH, path.name
