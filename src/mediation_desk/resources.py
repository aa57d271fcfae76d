"""Finding bundled resources (fonts, translations, jurisdiction data). No Qt.

In a source checkout the files live in ``resources/`` at the repository root
(``src/mediation_desk/resources.py`` -> three levels up). In a PyInstaller
bundle they are unpacked under ``sys._MEIPASS``, keeping the same relative
layout (``resources/fonts/...``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder that holds ``resources/`` (and ``templates/``)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """``resource_path("resources", "fonts", "wqy-microhei.ttc")`` -> an absolute path.

    The path is returned whether or not the file exists; callers decide what a
    missing file means.
    """
    return base_dir().joinpath(*parts)
