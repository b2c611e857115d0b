"""Every screen in English shows no Chinese but the user's data and the printed papers' own titles; the same screens
in Chinese show no English word left untranslated. The screens are opened on a small office (interface_data), their
chrome collected by chrome_text; the user's data (every stored text, the Excel sample's cells) is taken out first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mediation_app.domain.vocabulary import FormCode
from mediation_app.gui import i18n
from mediation_app.gui.tasks import SyncRunner
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import paper_prefixes

from .chrome_text import cjk_left, data_values, english_left, workbook_values
from .interface_data import build_office
from .interface_screens import SAMPLE, Screens, Texts

# Chinese that stays in the English interface, each for its reason:
PAPER_TITLES = {form.zh for form in FormCode}  # named after the English name: "Mediation agreement (人民调解协议书)"
DATA_EXAMPLES = {
    "汉族",
    "某街联调字",
    "某街调协字",
    "某区人民法院",
    "青山区劳动人事争议仲裁委员会",
}  # how data is written
EXCEL_WORDS = {
    "调解成功",
    "调解不成",
    "调解中",
    "受理日期",
    "申请人",
    "调解结果",
    "红",
    "橙",
    "黄",
    "蓝",
}  # the old ledger's
KEPT_IN_CHINESE = {"中文（简体）", "转"}  # the language's own name; 转 as typed in a phone number ("转 (extension)")
ALLOWED_CHINESE = PAPER_TITLES | DATA_EXAMPLES | EXCEL_WORDS | KEPT_IN_CHINESE

# English that stays in the Chinese interface: names of formats, programs and keys, and Qt's key names.
ALLOWED_ENGLISH = {
    "PDF", "pdf", "Excel", "xlsx", "SQLite", "sqlite", "PostgreSQL", "Ctrl", "Alt", "Shift", "Esc", "Enter", "Tab",
    "Del", "Delete", "Home", "End", "PgUp", "PgDown", "Space", "Backspace", "Ins", "Left", "Right", "Up", "Down",
    "png", "jpg", "jpeg", "PNG", "JPEG", "USB", "URL", "English",
    "PGPASSWORD", "pgpass", "conf", "exe", "server",  # PostgreSQL's files and settings; "db-server", a host name
}  # fmt: skip
PROGRAM_NAME = re.compile(r"\b\w+_\w+\b")  # pg_dump, pg_hba: programs and files named with an underscore
AUDIT_VALUE = re.compile(r"(: |：)[^;；]*")  # the history's "field: value" pairs: the values are the user's data


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    i18n.install_translators(qapp, "en")
    yield
    i18n.install_translators(qapp, "zh_CN")


def every_screen(qtbot, ctx: ServiceContext, settings, monkeypatch, db_path: Path) -> Texts:  # type: ignore[no-untyped-def]
    office = build_office(ctx)
    screens = Screens(qtbot, ctx, SyncRunner(), settings, office)
    screens.answer_message_boxes(monkeypatch)
    screens.main_window()
    for case_id in office.cases:
        screens.case_window(case_id)
    screens.intake_decision()
    screens.meeting()
    screens.referral_dialogs()
    screens.settings_dialogs()
    screens.start_dialogs(db_path)
    screens.import_wizard()
    screens.error_messages()
    return [(where, AUDIT_VALUE.sub(r"\1", text) if "AuditHistory" in where else text) for where, text in screens.texts]


def users_data(ctx: ServiceContext, db_path: Path) -> list[str]:
    """Stored texts, the Excel sample's cells, and the paper prefixes derived from the office's own 字号."""
    derived = {prefix.default for prefix in paper_prefixes(ctx)}
    return sorted({*data_values(db_path), *workbook_values(SAMPLE), *derived}, key=len, reverse=True)


def report(found: list[tuple[str, str]]) -> str:
    return "\n".join(f"{where}: {text[:160]!r}" for where, text in found)


def test_the_english_interface_shows_no_chinese_but_data_and_paper_titles(  # type: ignore[no-untyped-def]
    qtbot, english, ctx: ServiceContext, app_settings, tmp_path: Path, monkeypatch
) -> None:
    texts = every_screen(qtbot, ctx, app_settings, monkeypatch, tmp_path / "t.sqlite3")
    assert len(texts) > 3000, "the screens were not opened"
    assert "Record a session" in {text for _, text in texts}
    left = cjk_left(texts, users_data(ctx, tmp_path / "t.sqlite3"), ALLOWED_CHINESE)
    assert left == [], report(left)
    clumsy = [(where, text) for where, text in texts if "(s)" in text]  # plurals read "1 case", "2 cases"
    assert clumsy == [], report(clumsy)


def test_the_chinese_interface_leaves_no_english_word_untranslated(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, app_settings, tmp_path: Path, monkeypatch
) -> None:
    texts = every_screen(qtbot, ctx, app_settings, monkeypatch, tmp_path / "t.sqlite3")
    assert len(texts) > 3000, "the screens were not opened"
    assert "记录调解" in {text for _, text in texts}
    texts = [(where, PROGRAM_NAME.sub(" ", text)) for where, text in texts]
    left = english_left(texts, users_data(ctx, tmp_path / "t.sqlite3"), ALLOWED_ENGLISH)
    assert left == [], report(left)
