"""The one place that knows where resources/, forms/, migrations and the user data dir are (PyInstaller too)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

APP_NAME = "MediationDesk"
APP_AUTHOR = "MediationDesk"
# Tests and portable installs point the data directory elsewhere with this variable.
DATA_DIR_ENV = "MEDIATION_DESK_DATA_DIR"

log = logging.getLogger(__name__)


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
    """The TrueType fonts with fonts.toml and OFL.txt beside them.

    From a source checkout: resources/fonts. The bundle ships them xz-compressed (39 MB -> 19 MB); there they are
    unpacked once (1-2 s) into the user's cache folder and read from there.
    """
    bundled = resources_dir() / "fonts"
    if not is_frozen():
        return bundled
    import tempfile

    from mediation_app import packed_fonts  # only here: a source checkout never needs it

    if not (bundled / packed_fonts.MANIFEST).is_file():
        return bundled
    # A read-only or full cache folder: the temporary folder; a damaged bundle: the system fonts (gui/fonts.py warns).
    for cache in (user_cache_dir(), Path(tempfile.gettempdir()) / APP_NAME):
        try:
            return packed_fonts.unpacked_fonts(bundled, cache / "fonts")
        except (OSError, ValueError) as error:
            log.warning("fonts not unpacked into %s: %s", cache, error)
    return bundled


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


def user_cache_dir() -> Path:
    """Files the program can make again (the unpacked fonts); never the user's data."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "mediation.sqlite3"


def database_config_file() -> Path:
    """The database chosen in 设置 (this PC's SQLite file or a PostgreSQL server), read by the GUI and the CLI."""
    return user_data_dir() / "database.json"


def default_backup_dir() -> Path:
    """Where backups go unless the settings name another folder (a second disk or a USB stick)."""
    return user_data_dir() / "backups"
