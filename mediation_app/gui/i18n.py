"""Loading translations: our mediation_zh_CN.qm and Qt's own qtbase_zh_CN.qm; English needs none."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mediation_app import paths

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
CATALOGUE = "mediation"

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def current_language() -> str:
    """The UI language in force: "zh_CN" or "en" (vocabulary labels follow it)."""
    return _language


def is_chinese() -> bool:
    return _language.startswith("zh")


# Chinese text uses full-width marks without spaces; English the ASCII marks with a space after.
_ENGLISH_MARKS = {"（": " (", "）": ")", "、": ", ", "，": ", ", "；": "; ", "：": ": ", "\u3000": "   "}


def mark(chinese: str) -> str:
    """The punctuation mark ``chinese`` (（ ） 、 ， ； ： or the ideographic space) in the UI language."""
    return chinese if is_chinese() else _ENGLISH_MARKS[chinese]


def gap() -> str:
    """The space between two items on one line: the ideographic space, or three spaces in English."""
    return mark("\u3000")


def bracketed(text: str) -> str:
    """``text`` in brackets after what precedes it: "（3）" in Chinese, " (3)" in English."""
    return f"{mark('（')}{text}{mark('）')}"


def catalogue_path(language: str = DEFAULT_LANGUAGE, folder: Path | None = None) -> Path:
    return (folder or paths.translations_dir()) / f"{CATALOGUE}_{language}.qm"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace any translators installed earlier; returns the ones now active."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = language
    QLocale.setDefault(QLocale("zh_CN" if language.startswith("zh") else "en_GB"))
    if language == "en":
        return _install(app, _english_plurals(app))  # source strings are English but for "%n case(s)"
    ours = QTranslator(app)
    if ours.load(str(catalogue_path(language))):
        _installed.append(ours)
    else:
        log.warning("translation %s not found; the interface stays in English", catalogue_path(language))
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        _installed.append(qt_own)
    return _install(app, [])


def _english_plurals(app: QCoreApplication) -> list[QTranslator]:
    plurals = QTranslator(app)
    return [plurals] if plurals.load(str(catalogue_path("en"))) else []


def _install(app: QCoreApplication, translators: list[QTranslator]) -> list[QTranslator]:
    _installed.extend(translators)
    for translator in _installed:
        app.installTranslator(translator)
    return list(_installed)
