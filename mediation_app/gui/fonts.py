"""The bundled CJK fonts: read resources/fonts/fonts.toml, register the files, make the ui family the default.

So the program shows Chinese on a PC that has no Chinese font installed.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from mediation_app import paths

log = logging.getLogger(__name__)

MANIFEST = "fonts.toml"
UI_POINT_SIZE = 10


@dataclass(frozen=True)
class FontRole:
    role: str  # "ui", "body", "heading"
    file: str
    family: str


@dataclass
class FontSetup:
    """What happened: the families now known, and what went wrong (logged, never fatal)."""

    ui_family: str | None = None
    families: dict[str, str] = field(default_factory=dict)  # role -> family
    problems: list[str] = field(default_factory=list)


def read_manifest(folder: Path) -> list[FontRole]:
    """The roles listed in ``fonts.toml``; raises OSError / TOMLDecodeError if unreadable."""
    with (folder / MANIFEST).open("rb") as handle:
        data = tomllib.load(handle)
    return [
        FontRole(role, str(table["file"]), str(table["family"]))
        for role, table in data.items()
        if isinstance(table, dict) and "file" in table and "family" in table
    ]


_registered: dict[Path, list[str]] = {}


def _register(path: Path) -> list[str]:
    """Register a font file once per process; returns the families it provides."""
    if path not in _registered:
        font_id = QFontDatabase.addApplicationFont(str(path))
        _registered[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return _registered[path]


# The screen uses the sans face only; the serif faces are for printed forms (reportlab registers those).
SCREEN_ROLES = frozenset({"ui", "heading"})


def load_bundled_fonts(folder: Path | None = None, roles: frozenset[str] = SCREEN_ROLES) -> FontSetup:
    folder = folder or paths.fonts_dir()
    setup = FontSetup()
    try:
        manifest = read_manifest(folder)
    except (OSError, tomllib.TOMLDecodeError) as error:
        setup.problems.append(f"font manifest {folder / MANIFEST} unreadable: {error}")
        return setup
    for entry in (entry for entry in manifest if entry.role in roles):
        families = _register(folder / entry.file)
        if entry.family in families:
            setup.families[entry.role] = entry.family
        else:
            setup.problems.append(f"{entry.file}: family {entry.family!r} not found (got {families})")
    setup.ui_family = setup.families.get("ui") or setup.families.get("heading")
    return setup


def setup_application_fonts(app: QApplication, folder: Path | None = None) -> FontSetup:
    """Register the bundled fonts and make the ui family the application font; warn and go on if absent."""
    setup = load_bundled_fonts(folder)
    for problem in setup.problems:
        log.warning("%s; using the system font", problem)
    if setup.ui_family:
        font = QFont(setup.ui_family, UI_POINT_SIZE)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        app.setFont(font)
    return setup


def heading_font(base: QFont, scale: float = 1.25, *, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font
