"""The Chinese catalogue is complete: every message translated, every string in the sources catalogued,
the committed .qm built from the committed .ts, and every error code has a Chinese message."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import mediation_app
from mediation_app import paths
from mediation_app.domain.errors import ERROR_CODES
from mediation_app.gui import errors
from mediation_app.gui.i18n import catalogue_path

TS = paths.translations_dir() / "mediation_zh_CN.ts"
QM = catalogue_path("zh_CN")
BIN = Path(sys.executable).parent
GUI_SOURCES = sorted(str(p) for p in (Path(mediation_app.__file__).parent / "gui").rglob("*.py"))
PACKAGE = Path(mediation_app.__file__).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def translated_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def tool(name: str) -> str:
    """The Qt tool next to this Python (the venv), else on PATH; missing is a failure, never a skip."""
    path = BIN / name if (BIN / name).exists() else shutil.which(name)
    assert path, f"{name} not found in {BIN} or on PATH: install PySide6 (it ships lupdate and lrelease)"
    return str(path)


def test_every_message_has_a_finished_chinese_translation() -> None:
    catalogue = messages(TS)
    assert len(catalogue) > 100
    for (context, source), message in catalogue.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        texts = translated_texts(message)
        assert texts and all(t.strip() for t in texts), (context, source)
        assert all(
            re.search(r"[\u4e00-\u9fff]", t) or not re.search(r"[A-Za-z]{3}", source) or t == source for t in texts
        ), (context, source)


def test_every_string_in_the_gui_sources_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *GUI_SOURCES, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    found = messages(fresh)
    assert len(found) > 100, "lupdate found almost nothing: are the tr() calls still recognisable?"
    committed = messages(TS)
    missing = sorted(key for key in found if key not in committed)
    assert missing == [], "run resources/translations/update.sh and translate these"
    untranslated = sorted(key for key in found if not all(t.strip() for t in translated_texts(committed[key])))
    assert untranslated == []


def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(built)], check=True)
    assert QM.read_bytes() == built.read_bytes(), "run resources/translations/update.sh"
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "Statistics") == "统计报表"


def _codes_raised_in_the_package() -> set[str]:
    pattern = re.compile(r'(?:DomainError|ServiceError|StorageError)\(\s*"([a-z_]+\.[a-z_0-9]+)"')
    codes: set[str] = set()
    for module in PACKAGE.rglob("*.py"):
        codes.update(pattern.findall(module.read_text(encoding="utf-8")))
    return codes


def test_every_error_code_has_a_chinese_message() -> None:
    codes = (
        set(ERROR_CODES)
        | _codes_raised_in_the_package()
        | {"db.not_sqlite", "db.read_only", "db.newer_schema", "db.bad_url", "record.stale"}
    )
    assert codes - set(errors.MESSAGES) == set()
    for code in codes:
        text = errors.message_for(code, {"path": "/x", "field": "name", "frm": "registered", "to": "closed"})
        assert re.search(r"[\u4e00-\u9fff]", text), code
        assert "{" not in text, code


@pytest.mark.parametrize(
    ("code", "params", "expected"),
    [
        ("db.not_sqlite", {"path": "/data/x.sqlite3"}, "数据库文件不是本程序的数据库：\n/data/x.sqlite3\n"),
        ("db.read_only", {"path": "/data/x.sqlite3"}, "数据库文件或所在文件夹为只读：\n/data/x.sqlite3\n"),
        ("db.newer_schema", {"revision": "0042"}, "数据库由更新版本的程序创建（数据库结构版本 0042）。"),
        ("record.stale", {}, "该记录在您打开后已被他人修改。"),
        ("office.required", {"field": "case_prefix"}, "请填写案号字号。"),
        ("status.transition", {"frm": "registered", "to": "closed"}, "处于“已登记”状态的案件不能转为“已结案”。"),
        ("no.such_code", {}, "操作未能完成（代码：no.such_code）。"),
    ],
)
def test_messages_fill_in_their_parameters(code: str, params: dict[str, object], expected: str) -> None:
    assert errors.message_for(code, params).startswith(expected)
