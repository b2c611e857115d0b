"""Settings declared once and stored in a file tests choose; bundled fonts; vocabulary labels and colours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from mediation_app import paths
from mediation_app.domain.vocabulary import CaseStatus, RiskLevel
from mediation_app.gui import i18n, vocab
from mediation_app.gui import settings as keys
from mediation_app.gui.fonts import MANIFEST, read_manifest, setup_application_fonts
from mediation_app.gui.settings import AppSettings


def test_every_setting_round_trips_through_an_ini_file(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    first = AppSettings.from_file(path)
    assert [first.get(s) for s in keys.ALL_SETTINGS] == [s.default for s in keys.ALL_SETTINGS]
    values = {
        keys.WINDOW_GEOMETRY: b"\x01\x02\xff",
        keys.WINDOW_STATE: b"\x00state",
        keys.LAST_VIEW: "ledger",
        keys.LEDGER_COLUMN_WIDTHS: {"title": 240, "number": 190},
        keys.LEDGER_HIDDEN_COLUMNS: ["mediators"],
        keys.LANGUAGE: "en",
        keys.PREVIEW_GEOMETRY: b"\x01\xd9geometry",
        keys.PREVIEW_ZOOM: "125",
        keys.PDF_FOLDER: "D:/文书",
        keys.CASE_FORMS_GEOMETRY: b"\x01\xd9forms",
        keys.IDLE_LOCK_MINUTES: 15,
        keys.CASE_WINDOW_GEOMETRY: b"\x01\xd9case",
        keys.CASE_WINDOW_TAB: 2,
        keys.LAST_SESSION_PLACE: "联调室第一调解室",
        keys.SESSION_RECORD_GEOMETRY: b"\x01\xd9record",
        keys.AGREEMENT_EDITOR_GEOMETRY: b"\x01\xd9agreement",
        keys.CLAUSE_LIBRARY_GEOMETRY: b"\x01\xd9clauses",
        keys.LEDGER_FILTERS: {"risks": ["red"], "mediator": "王芳", "has_agreement": True},
        keys.LEDGER_FILTER_PANEL: True,
        keys.LEDGER_EXPORT_FOLDER: "D:/台账",
        keys.MEETING_DIALOG_GEOMETRY: b"\x01\xd9meeting",
        keys.IMPORT_WIZARD_GEOMETRY: b"\x01\xd9import",
        keys.IMPORT_FOLDER: "E:/旧台账",
        keys.LAST_USERNAME: "zhengyun",
        keys.AUDIT_HISTORY_GEOMETRY: b"\x01\xd9audit",
        keys.BACKUP_FOLDER: "F:/调解备份",
    }
    assert set(values) == set(keys.ALL_SETTINGS)
    for setting, value in values.items():
        first.set(setting, value)
    first.sync()
    second = AppSettings.from_file(path)
    assert {s: second.get(s) for s in keys.ALL_SETTINGS} == values
    assert len({s.key for s in keys.ALL_SETTINGS}) == len(keys.ALL_SETTINGS)


def test_damaged_values_fall_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text(
        '[ui]\nlanguage=klingon\n[ledger]\ncolumn_widths="[1, 2]"\n[security]\nidle_lock_minutes=soon\n',
        encoding="utf-8",
    )
    settings = AppSettings.from_file(path)
    assert settings.get(keys.LANGUAGE) == "zh_CN"
    assert settings.get(keys.LEDGER_COLUMN_WIDTHS) == {}
    assert settings.get(keys.IDLE_LOCK_MINUTES) == 0


def test_user_settings_in_tests_live_in_a_temporary_folder(tmp_path_factory) -> None:
    user = AppSettings.for_user()
    assert user.file_name.startswith(str(tmp_path_factory.getbasetemp()))
    assert user.file_name.endswith("MediationDesk/MediationDesk.ini")


def test_the_bundled_ui_font_is_registered_and_is_the_application_font() -> None:
    manifest = paths.fonts_dir() / MANIFEST
    assert manifest.exists(), f"{manifest} is missing: the GUI would fall back to the system font"
    roles = {entry.role: entry for entry in read_manifest(paths.fonts_dir())}
    assert "ui" in roles
    setup = setup_application_fonts(QApplication.instance())  # type: ignore[arg-type]
    assert setup.problems == []
    assert setup.ui_family == roles["ui"].family
    assert roles["ui"].family in QFontDatabase.families()
    assert QApplication.font().family() == roles["ui"].family
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese).count(roles["ui"].family) == 1


def test_a_missing_font_manifest_is_not_fatal(tmp_path: Path) -> None:
    app = QApplication.instance()
    before = app.font()  # type: ignore[union-attr]
    setup = setup_application_fonts(app, tmp_path)  # type: ignore[arg-type]
    assert setup.ui_family is None
    assert len(setup.problems) == 1 and MANIFEST in setup.problems[0]
    assert app.font() == before  # type: ignore[union-attr]


def test_vocabulary_labels_follow_the_interface_language(monkeypatch) -> None:
    assert vocab.label(CaseStatus.ACCEPTED) == "已受理"
    monkeypatch.setattr(i18n, "_language", "en")
    assert vocab.label(CaseStatus.ACCEPTED) == "Accepted"
    assert vocab.label(None) == ""


def test_the_four_risk_colours() -> None:
    assert {level: vocab.risk_colour(level).name().upper() for level in RiskLevel} == {
        RiskLevel.RED: "#C62828",
        RiskLevel.ORANGE: "#EF6C00",
        RiskLevel.YELLOW: "#F9A825",
        RiskLevel.BLUE: "#1565C0",
    }
    pixmap = vocab.dot_pixmap("#1565C0", 12)
    assert pixmap.toImage().pixelColor(12, 12).name().upper() == "#1565C0"  # the centre, at 2x
    assert pixmap.toImage().pixelColor(0, 0).alpha() == 0
