"""The bundled CJK font as the application's fallback family, so Chinese never shows as boxes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

log = logging.getLogger("mediation_desk.ui")


def install_cjk_font(app: QGuiApplication, font_file: Path) -> str | None:
    """Register ``font_file`` and append its family to the application font's families.

    Qt looks a glyph up in the font's families in order, so Latin text keeps the platform's UI
    font and any character it lacks (Chinese on a machine without CJK fonts) comes from the
    bundled font. Returns the registered family, or None if the file could not be loaded.
    """
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load the bundled font %s", font_file)
        return None
    family = next((f for f in families if "Mono" not in f), families[0])
    font = app.font()
    current = [f for f in (font.families() or [font.family()]) if f]
    if family not in current:
        font.setFamilies([*current, family])
        app.setFont(font)
    return family
