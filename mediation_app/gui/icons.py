"""Icons from resources/icons; kept apart from the widgets so the window shell loads without them."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from mediation_app import paths


def resource_icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG); an empty icon if the file is missing."""
    path = paths.icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
