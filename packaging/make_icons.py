"""Render resources/icons/mediation-desk.svg into the PNG sizes the .deb installs and the .ico
the Windows build uses. Run after changing the SVG:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZES = (48, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()))


def main() -> None:
    app = QGuiApplication([])  # QPainter needs the application
    renderer = QSvgRenderer(str(ICONS / "mediation-desk.svg"))
    for size in PNG_SIZES:
        render(renderer, size).save(ICONS / f"mediation-desk-{size}.png", optimize=True)
    render(renderer, 256).save(ICONS / "mediation-desk.ico", sizes=[(s, s) for s in ICO_SIZES])
    app.quit()


if __name__ == "__main__":
    main()
