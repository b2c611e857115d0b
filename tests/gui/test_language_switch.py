"""The interface language chosen in 设置 applies at the next start: English chosen by keyboard, the program started
again through ``run_gui`` reading the setting, its window, menus and Qt's own buttons in English; and back."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_app.app import open_context
from mediation_app.gui import i18n
from mediation_app.gui import settings as keys
from mediation_app.gui.application import run_gui
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.views.settings_view import SettingsView


@pytest.fixture(autouse=True)
def signed_in_as_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The login is tested in test_login; here it answers at once with the opened context."""
    from mediation_app.gui.dialogs import login

    monkeypatch.setattr(login, "sign_in", lambda _parent, ctx, _settings, _runner=None: ctx)


@pytest.fixture(autouse=True)
def chinese_again(qapp: QApplication) -> Iterator[None]:
    """``run_gui`` installs the chosen language for the whole application: the other tests expect Chinese."""
    yield
    i18n.install_translators(qapp, "zh_CN")


@dataclass
class Seen:
    """What the started program showed before it was closed."""

    title: str = ""
    navigation: list[str] = field(default_factory=list)
    menus: list[str] = field(default_factory=list)
    count: str = ""
    qt_buttons: list[str] = field(default_factory=list)
    error: str = ""


def start_and_look(qtbot, tmp_path: Path, settings: AppSettings) -> Seen:  # type: ignore[no-untyped-def]
    """The program started as ``main`` starts it (the real thread runner), looked at once its data is shown."""
    seen = Seen()

    def when_shown() -> None:
        found = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible() and w.attached
        ]
        if not found:
            QTimer.singleShot(10, when_shown)
            return
        window = found[0]
        try:
            look(qtbot, window, seen)
        except Exception as error:  # an assertion raised in the event loop would open run_gui's message box
            seen.error = repr(error)
        finally:
            window.close()

    QTimer.singleShot(0, when_shown)
    code = run_gui(lambda: open_context(tmp_path / "desk.sqlite3"), argv=["mediation-desk"], settings=settings)
    assert code == 0 and seen.error == ""
    return seen


def look(qtbot, window: MainWindow, seen: Seen) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(window.count_label.text()) and window.office is not None)  # the thread runner answered
    seen.title, seen.count = window.windowTitle(), window.count_label.text()
    seen.navigation = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    seen.menus = [action.text() for action in window.menuBar().actions()]
    save, cancel = QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Question, "", "", save | cancel)
    seen.qt_buttons = [box.button(save).text(), box.button(cancel).text()]


def choose_language(qtbot, ctx, runner, settings: AppSettings, language: str) -> SettingsView:  # type: ignore[no-untyped-def]
    view = SettingsView(ctx, runner, settings)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.language.setFocus()
    key = Qt.Key.Key_Down if language == "en" else Qt.Key.Key_Up
    qtbot.keyClick(view.language, key)
    assert view.language.currentData() == language
    view.close()  # an open window would keep the restarted program's event loop running
    return view


def test_english_chosen_in_settings_gives_the_english_interface_after_a_restart(  # type: ignore[no-untyped-def]
    qtbot, ctx, runner, app_settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)  # run_gui installs its own
    view = choose_language(qtbot, ctx, runner, app_settings, "en")
    assert view.language_note.text() == "重新启动程序后生效。"  # this session stays Chinese until the restart
    assert app_settings.get(keys.LANGUAGE) == "en"
    again = AppSettings.from_file(app_settings.file_name)  # what the next start reads
    assert again.get(keys.LANGUAGE) == "en"
    seen = start_and_look(qtbot, tmp_path, again)
    assert seen.title == "Police–People Joint Mediation Room · Mediation Desk — 某街道警民联调室"
    assert seen.navigation == [
        "Dashboard",
        "Intake",
        "Case ledger",
        "Referral register",
        "Joint meetings",
        "Statistics",
        "Settings",
    ]
    assert seen.menus == ["&File", "&View", "&Help"]
    assert seen.count == "0 cases"
    assert seen.qt_buttons == ["Save", "Cancel"]  # Qt's own dialogs follow: no Chinese catalogue is loaded


def test_chinese_chosen_again_gives_the_chinese_interface_and_qts_own_buttons_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, ctx, runner, app_settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)
    app_settings.set(keys.LANGUAGE, "en")
    choose_language(qtbot, ctx, runner, app_settings, "zh_CN")
    seen = start_and_look(qtbot, tmp_path, AppSettings.from_file(app_settings.file_name))
    assert seen.navigation[:3] == ["工作台", "受理登记", "案件台账"]
    assert seen.count == "案件 0 件"
    assert seen.qt_buttons == ["保存", "取消"]  # qtbase_zh_CN.qm


def test_english_plurals_read_naturally_and_cover_every_plural_in_the_sources(
    qapp: QApplication, tmp_path: Path
) -> None:
    fresh = tmp_path / "plurals.ts"
    sources = [str(p) for p in sorted((Path(i18n.__file__).parent).rglob("*.py"))]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-pluralonly", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    committed = i18n.catalogue_path("en").with_suffix(".ts")
    have = {m.findtext("source") for m in ET.parse(committed).getroot().iter("message")}
    assert wanted and wanted <= have, "run resources/translations/update.sh"
    i18n.install_translators(qapp, "en")
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n case(s)", "", 1) == "1 case"
    assert translate("MainWindow", "%n case(s)", "", 2) == "2 cases"
    assert translate("CaseHeader", "Overdue by %n day(s) (due %1)", "", 1) == "Overdue by 1 day (due %1)"


def test_every_vocabulary_label_has_an_english_label_without_chinese() -> None:
    import mediation_app.services.case_view
    import mediation_app.services.meeting_agenda  # noqa: F401
    from mediation_app.domain.vocabulary import Vocabulary

    kinds, found = list(Vocabulary.__subclasses__()), []
    while kinds:
        kind = kinds.pop()
        kinds += kind.__subclasses__()
        found += [f"{kind.__name__}.{m.name}" for m in kind if not m.en.strip() or re.search(r"[\u3000-\u9fff]", m.en)]
    assert found == []
