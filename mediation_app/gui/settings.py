"""Every QSettings key the GUI uses, declared once (key, type, default), and the one place QSettings is made."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "MediationDesk"
APPLICATION = "MediationDesk"

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One key. ``kind`` is how the value is stored: str, int, bool, bytes (QByteArray) or json."""

    key: str
    kind: str
    default: T = field(compare=False)  # compared and hashed by key; json defaults are copied on read


WINDOW_GEOMETRY: Setting[bytes] = Setting("window/geometry", "bytes", b"")
WINDOW_STATE: Setting[bytes] = Setting("window/state", "bytes", b"")
LAST_VIEW: Setting[str] = Setting("window/last_view", "str", "dashboard")
LEDGER_COLUMN_WIDTHS: Setting[dict[str, int]] = Setting("ledger/column_widths", "json", {})
LEDGER_HIDDEN_COLUMNS: Setting[list[str]] = Setting("ledger/hidden_columns", "json", [])
LEDGER_FILTERS: Setting[dict[str, object]] = Setting("ledger/filters", "json", {})  # the filter panel's choices
LEDGER_FILTER_PANEL: Setting[bool] = Setting("ledger/filter_panel", "bool", False)  # the panel shown
LEDGER_EXPORT_FOLDER: Setting[str] = Setting("ledger/export_folder", "str", "")  # where the last export went
LANGUAGE: Setting[str] = Setting("ui/language", "str", "zh_CN")
PREVIEW_GEOMETRY: Setting[bytes] = Setting("preview/geometry", "bytes", b"")
PREVIEW_ZOOM: Setting[str] = Setting("preview/zoom", "str", "fit_width")  # fit_width, fit_page or a percentage
PDF_FOLDER: Setting[str] = Setting("preview/pdf_folder", "str", "")  # where the last PDF was saved
CASE_FORMS_GEOMETRY: Setting[bytes] = Setting("case_forms/geometry", "bytes", b"")
CASE_WINDOW_GEOMETRY: Setting[bytes] = Setting("case_window/geometry", "bytes", b"")
CASE_WINDOW_TAB: Setting[int] = Setting("case_window/tab", "int", 0)  # the tab shown last (timeline, people, files)
LAST_SESSION_PLACE: Setting[str] = Setting("sessions/last_place", "str", "")  # offered for the next session
SESSION_RECORD_GEOMETRY: Setting[bytes] = Setting("sessions/record_geometry", "bytes", b"")
AGREEMENT_EDITOR_GEOMETRY: Setting[bytes] = Setting("agreement_editor/geometry", "bytes", b"")
CLAUSE_LIBRARY_GEOMETRY: Setting[bytes] = Setting("clause_library/geometry", "bytes", b"")
AUDIT_HISTORY_GEOMETRY: Setting[bytes] = Setting("audit_history/geometry", "bytes", b"")
MEETING_DIALOG_GEOMETRY: Setting[bytes] = Setting("meetings/dialog_geometry", "bytes", b"")
IMPORT_WIZARD_GEOMETRY: Setting[bytes] = Setting("ledger_import/geometry", "bytes", b"")
IMPORT_FOLDER: Setting[str] = Setting("ledger_import/folder", "str", "")  # where the last ledger was opened from
# Locks the screen after this many idle minutes (0 = never); used once users and passwords arrive.
IDLE_LOCK_MINUTES: Setting[int] = Setting("security/idle_lock_minutes", "int", 0)
LAST_USERNAME: Setting[str] = Setting("security/last_username", "str", "")  # offered at the next login
# Where backups go ("" = the data folder's backups/); may be a second disk or a USB stick.
BACKUP_FOLDER: Setting[str] = Setting("backup/folder", "str", "")

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_VIEW,
    LEDGER_COLUMN_WIDTHS,
    LEDGER_HIDDEN_COLUMNS,
    LEDGER_FILTERS,
    LEDGER_FILTER_PANEL,
    LEDGER_EXPORT_FOLDER,
    LANGUAGE,
    PREVIEW_GEOMETRY,
    PREVIEW_ZOOM,
    PDF_FOLDER,
    CASE_FORMS_GEOMETRY,
    CASE_WINDOW_GEOMETRY,
    CASE_WINDOW_TAB,
    LAST_SESSION_PLACE,
    SESSION_RECORD_GEOMETRY,
    AGREEMENT_EDITOR_GEOMETRY,
    CLAUSE_LIBRARY_GEOMETRY,
    AUDIT_HISTORY_GEOMETRY,
    MEETING_DIALOG_GEOMETRY,
    IMPORT_WIZARD_GEOMETRY,
    IMPORT_FOLDER,
    IDLE_LOCK_MINUTES,
    LAST_USERNAME,
    BACKUP_FOLDER,
)
LANGUAGES = ("zh_CN", "en")


class AppSettings:
    """Typed access to a QSettings store; tests give it an ini file in a temporary folder."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_user(cls) -> AppSettings:
        """The real per-user settings (an ini file in the user's config folder)."""
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION))

    @classmethod
    def from_file(cls, path: str | Path) -> AppSettings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key)
        try:
            return _decode(setting, raw) if raw is not None else copy.deepcopy(setting.default)
        except (TypeError, ValueError):
            return copy.deepcopy(setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, _encode(setting, value))

    def sync(self) -> None:
        self._store.sync()


def _decode(setting: Setting[T], raw: object) -> T:
    value: Any
    if setting.kind == "bytes":
        value = bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(str(raw), "latin-1")
    elif setting.kind == "int":
        value = int(str(raw))
    elif setting.kind == "bool":
        value = str(raw).lower() in ("true", "1")
    elif setting.kind == "json":
        value = json.loads(str(raw))
        if not isinstance(value, type(setting.default)):
            raise TypeError(setting.key)
    else:
        value = str(raw)
        if setting is LANGUAGE and value not in LANGUAGES:
            raise ValueError(value)
    return value  # type: ignore[no-any-return]


def _encode(setting: Setting[T], value: T) -> object:
    if setting.kind == "bytes":
        return QByteArray(bytes(value))  # type: ignore[call-overload]
    if setting.kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if setting.kind == "bool":
        return "true" if value else "false"
    return value
