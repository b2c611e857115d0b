"""The Excel import wizard driven like a user: file → columns → preview → import → result."""

from __future__ import annotations

import threading
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from mediation_app.domain.ledger_import import LedgerField
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs import import_wizard_preview
from mediation_app.gui.dialogs.import_wizard import ImportWizard
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner, SyncRunner, ThreadRunner
from mediation_app.services.context import ServiceContext
from mediation_app.storage.models import Case
from tests.bench.legacy_ledger import HEADERS, sample_row, write_sheet

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "legacy_ledger_2024.xlsx"  # a copy of ../shared/fixtures/
NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton


def _cases(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return int(session.execute(sa.select(sa.func.count()).select_from(Case)).scalar_one())


def _wizard(qtbot: QtBot, ctx: ServiceContext, runner: Runner, settings: AppSettings) -> ImportWizard:
    wizard = ImportWizard(ctx, runner, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _press(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_from_file_to_result_with_the_shared_sample(
    qtbot: QtBot, ctx: ServiceContext, runner: SyncRunner, app_settings: AppSettings
) -> None:
    wizard = _wizard(qtbot, ctx, runner, app_settings)
    assert not wizard.file_page.isComplete()
    wizard.file_page.open_path(str(SAMPLE))
    assert wizard.file_page.sheet_combo.currentText() == "2024年台账"
    assert "表头在第 2 行，其下有 30 行案件" in wizard.file_page.found.text()
    _press(qtbot, wizard, NEXT)
    assert wizard.mapping_page.combos[LedgerField.RESULT].currentText() == "I · 调解结果"
    assert wizard.mapping_page.combos[LedgerField.RISK].currentText() == "— 不导入 —"
    assert "2024.1.5" in wizard.mapping_page.samples[LedgerField.RECEIVED].text()
    _press(qtbot, wizard, NEXT)
    page = wizard.preview_page
    assert page.summary.text() == "将新建 30 件：调解成功 27 件，调解不成 2 件，调解中 1 件。"
    assert [page.tabs.tabText(i) for i in range(3)] == ["将新建（30）", "无法读取（0）", "已导入过（0）"]
    assert page.create_model.index(0, 3).data() == "马娟" and not page.skip_box.isVisible()
    assert _cases(ctx) == 0  # the preview wrote nothing
    with qtbot.waitSignal(wizard.imported) as imported:
        _press(qtbot, wizard, COMMIT)
    assert imported.args[0].created == 30 and _cases(ctx) == 30
    assert wizard.import_page.status.text() == "已导入 30 件：调解成功 27 件，调解不成 2 件，调解中 1 件。"
    assert wizard.button(QWizard.WizardButton.BackButton).isHidden()
    _press(qtbot, wizard, FINISH)
    assert app_settings.get(keys.IMPORT_WIZARD_GEOMETRY)  # remembered for next time


def test_the_import_runs_off_the_gui_thread_with_progress(
    qtbot: QtBot, ctx: ServiceContext, app_settings: AppSettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    threads: dict[str, int] = {}
    real = import_wizard_preview.import_ledger

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads["import"] = threading.get_ident()
        return real(*args, **kwargs)

    monkeypatch.setattr(import_wizard_preview, "import_ledger", spy)
    wizard = _wizard(qtbot, ctx, ThreadRunner(), app_settings)
    wizard.file_page.open_path(str(SAMPLE))
    qtbot.waitUntil(wizard.file_page.isComplete)
    _press(qtbot, wizard, NEXT)
    _press(qtbot, wizard, NEXT)
    qtbot.waitUntil(wizard.preview_page.isComplete)
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        _press(qtbot, wizard, COMMIT)
        assert wizard.import_page.running and not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert threads["import"] != threading.get_ident()
    assert wizard.import_page.progress.value() == wizard.import_page.progress.maximum() == 30
    assert _cases(ctx) == 30


def test_a_broken_file_lists_every_bad_row_and_imports_only_when_asked(
    qtbot: QtBot, ctx: ServiceContext, runner: SyncRunner, app_settings: AppSettings, tmp_path: Path
) -> None:
    rows = [sample_row(1), sample_row(2, 受理日期="2024.13.5"), sample_row(3, **{"协议金额（元）": "一千二"})]
    wizard = _wizard(qtbot, ctx, runner, app_settings)
    wizard.file_page.open_path(str(write_sheet(tmp_path / "broken.xlsx", rows)))
    _press(qtbot, wizard, NEXT)
    _press(qtbot, wizard, NEXT)
    page = wizard.preview_page
    errors = [[page.error_model.index(r, c).data() for c in range(3)] for r in range(page.error_model.rowCount())]
    assert errors == [
        ["4", "受理日期", "日期无法识别：“2024.13.5”"],
        ["5", "协议金额（元）", "金额无法识别：“一千二”"],
    ]
    assert page.tabs.currentIndex() == 1 and page.notice.isVisible()
    assert not wizard.button(COMMIT).isEnabled()  # nothing is imported while rows cannot be read
    page.skip_box.setChecked(True)
    _press(qtbot, wizard, COMMIT)
    assert wizard.state.result is not None and wizard.state.result.skipped_bad == (4, 5)
    assert _cases(ctx) == 1


def test_a_column_not_recognised_is_mapped_by_hand(
    qtbot: QtBot, ctx: ServiceContext, runner: SyncRunner, app_settings: AppSettings, tmp_path: Path
) -> None:
    headers = tuple("结论" if header == "调解结果" else header for header in HEADERS)
    path = write_sheet(tmp_path / "odd.xlsx", [sample_row(1), sample_row(2)], headers=headers)
    wizard = _wizard(qtbot, ctx, runner, app_settings)
    wizard.file_page.open_path(str(path))
    _press(qtbot, wizard, NEXT)
    mapping = wizard.mapping_page
    _press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is mapping and "请指定以下项目所在的列：调解结果" in mapping.notice.text()
    mapping.choose(LedgerField.RESULT, headers.index("申请人"))
    _press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is mapping and "同时被指定为“申请人”和“调解结果”" in mapping.notice.text()
    mapping.choose(LedgerField.RESULT, headers.index("结论"))
    assert mapping.samples[LedgerField.RESULT].text() == "调解成功；调解成功"
    _press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.summary.text().startswith("将新建 2 件")


def test_enter_in_the_path_field_loads_the_file_and_never_moves_on(
    qtbot: QtBot, ctx: ServiceContext, runner: SyncRunner, app_settings: AppSettings, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, ctx, runner, app_settings)
    field = wizard.file_page.path_edit
    field.setFocus()
    qtbot.keyClicks(field, str(tmp_path / "missing.xlsx"))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert wizard.currentId() == 0 and "无法将文件" in wizard.file_page.notice.text()
    assert field.text().endswith("missing.xlsx")  # what was typed stays
    field.clear()
    qtbot.keyClicks(field, str(SAMPLE))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert wizard.file_page.isComplete() and wizard.currentId() == 0


def test_the_preview_tables_are_sound_models(
    qtbot: QtBot, qtmodeltester, ctx: ServiceContext, runner: SyncRunner, app_settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, ctx, runner, app_settings)
    wizard.file_page.open_path(str(SAMPLE))
    _press(qtbot, wizard, NEXT)
    _press(qtbot, wizard, NEXT)
    qtmodeltester.check(wizard.preview_page.create_model)
    qtmodeltester.check(wizard.preview_page.error_model)
