"""Draw GrantDesk's icon with Qt's painter: PNGs in resources/icons/ and a Windows .ico.

Run from the repository: .venv/bin/python installer/make_icons.py
The icon is a white application form with a pound coin, on a teal rounded square.
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL = QColor("#17695a")
PAPER = QColor("#ffffff")
INK = QColor("#9fb3ae")
GOLD = QColor("#f2b705")


def draw(size: int) -> QImage:
    """The icon at one size, drawn on a 256-unit square; the smallest sizes drop the detail."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TEAL)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    sheet = QPainterPath()
    sheet.moveTo(64, 36)
    sheet.lineTo(160, 36)
    sheet.lineTo(196, 72)
    sheet.lineTo(196, 220)
    sheet.lineTo(64, 220)
    sheet.closeSubpath()
    painter.setBrush(PAPER)
    painter.drawPath(sheet)
    fold = QPainterPath()
    fold.moveTo(160, 36)
    fold.lineTo(160, 72)
    fold.lineTo(196, 72)
    fold.closeSubpath()
    painter.setBrush(QColor("#cfe3de"))
    painter.drawPath(fold)

    if size >= 32:
        painter.setPen(QPen(INK, 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for y, right in ((96, 170), (124, 170), (152, 132)):
            painter.drawLine(QPointF(86, y), QPointF(right, y))

    painter.setPen(QPen(TEAL, 8))
    painter.setBrush(GOLD)
    painter.drawEllipse(QPointF(178, 186), 50, 50)
    if size >= 24:
        font = QFont("DejaVu Sans")
        font.setPixelSize(68)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(TEAL)
        painter.drawText(QRectF(128, 136, 100, 100), Qt.AlignmentFlag.AlignCenter, "£")
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """A .ico holding each size as PNG data (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, bodies = b"", b""
    for size, data in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        bodies += data
        offset += len(data)
    return header + entries + bodies


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need a running application)
    ICONS.mkdir(parents=True, exist_ok=True)
    drawn = {size: png_bytes(draw(size)) for size in PNG_SIZES}
    for size, data in drawn.items():
        (ICONS / f"grantdesk-{size}.png").write_bytes(data)
    (ICONS / "grantdesk.ico").write_bytes(ico_bytes([drawn[s] for s in ICO_SIZES], ICO_SIZES))
    print(f"Wrote {len(PNG_SIZES)} PNGs and grantdesk.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
