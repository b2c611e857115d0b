"""The one place that knows where resources/, forms/, migrations and the user data dir are (PyInstaller too)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "MediationDesk"
APP_AUTHOR = "MediationDesk"
# Tests and portable installs point the data directory elsewhere with this variable.
DATA_DIR_ENV = "MEDIATION_DESK_DATA_DIR"


def bundle_root() -> Path:
    """The folder holding resources/ and forms/: the project root, or PyInstaller's unpack folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    return bundle_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def forms_dir() -> Path:
    return bundle_root() / "forms"


def migrations_dir() -> Path:
    """Alembic's script folder; it ships inside the package so the bundle carries it."""
    return Path(__file__).resolve().parent / "storage" / "migrations"


def user_data_dir() -> Path:
    """Where the database, attachments and backups live; never next to the executable."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs  # only here: most starts never need it before the window is shown

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


def default_database_path() -> Path:
    return user_data_dir() / "mediation.sqlite3"


def default_backup_dir() -> Path:
    """Where backups go unless the settings name another folder (a second disk or a USB stick)."""
    return user_data_dir() / "backups"
