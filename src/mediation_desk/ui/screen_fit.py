"""Keep a window on a small screen (1366×768 office screens): a module of its own, light enough for
the first window of the start."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40  # room left above a window for its title bar
FRAME = 16  # and beside it for its frame


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window larger than its screen's free area (a 1366×768 office screen) so that all of it,
    buttons included, stays on the screen; it is never made larger."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    width, height = min(window.width(), free.width() - FRAME), min(window.height(), free.height() - TITLE_BAR)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(max(free.left(), min(window.x(), free.right() - width)),
                    max(free.top(), min(window.y(), free.bottom() - height - TITLE_BAR)))
