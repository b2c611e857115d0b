"""resources/installer/trim_icu.py: which ICU data items stay, and (on Linux, where PySide6 carries ICU) the real
library rebuilt small, exporting the same symbol, and refused when Qt would answer differently with it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX_ONLY = pytest.mark.skipif(
    sys.platform != "linux", reason="only Linux PySide6 wheels carry libicudata (Qt uses the system's ICU elsewhere)"
)


def load_trim_icu() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "resources" / "installer" / "trim_icu.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim_icu = load_trim_icu()


def pyside_icu_data() -> Path:
    """The venv's libicudata, found without importing Qt (only tests/gui import it)."""
    found = importlib.util.find_spec("PySide6")
    assert found is not None and found.submodule_search_locations
    (library,) = Path(next(iter(found.submodule_search_locations))).glob("Qt/lib/libicudata.so.*")
    return library


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("root.res", True),
        ("zh.res", True),
        ("zh_Hans_CN.res", True),
        ("en_GB.res", True),
        ("de.res", False),
        ("yue_Hant_HK.res", False),
        ("coll/zh.res", True),
        ("coll/ko.res", False),
        ("coll/ucadata.icu", True),
        ("curr/pool.res", True),
        ("zone/zh_Hant.res", True),
        ("lang/fr.res", False),
        ("unit/res_index.res", True),
        ("res_index.res", True),
        ("brkitr/line.brk", True),
        ("brkitr/cjdict.dict", False),
        ("brkitr/thaidict.dict", False),
        ("translit/root.res", False),
        ("rbnf/zh.res", False),
        ("supplementalData.res", True),
        ("likelySubtags.res", True),
        ("plurals.res", True),
        ("uprops.icu", True),
        ("cnvalias.icu", True),
        ("gb18030.cnv", True),
        ("windows-936-2000.cnv", True),
        ("ibm-1386_P100-2001.cnv", True),
        ("ibm-943_P15A-2003.cnv", False),
        ("euc-tw-2014.cnv", False),
    ],
)
def test_items_kept(item: str, kept: bool) -> None:
    assert trim_icu.keep_item(item) is kept


def test_a_missing_tool_stops_the_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(trim_icu.TrimError, match=r"apt-get install gcc icu-devtools"):
        trim_icu.trim(tmp_path / "libicudata.so.73", tmp_path / "work")


def test_a_library_without_icu_data_is_refused() -> None:
    with pytest.raises(trim_icu.TrimError, match="ELF"):
        trim_icu.data_symbol(b"MZ\x90\x00 a Windows DLL")


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return trim_icu.trim(pyside_icu_data(), tmp_path_factory.mktemp("icu"))  # the probes are compared inside


@LINUX_ONLY
def test_trimmed_library_exports_the_same_symbol_and_is_small(trimmed: Path) -> None:
    full = pyside_icu_data().read_bytes()
    small = trimmed.read_bytes()
    assert trim_icu.soname(small) == trim_icu.soname(full) == "libicudata.so.73"
    (symbol, package), (full_symbol, _) = trim_icu.data_symbol(small), trim_icu.data_symbol(full)
    assert symbol == full_symbol == "icudt73_dat"
    assert len(small) < 8_000_000 < 30_000_000 < len(full)
    assert package == (trimmed.parent / "icudt73l.dat").read_bytes()


@LINUX_ONLY
def test_trimmed_package_holds_the_chinese_data(trimmed: Path) -> None:
    listed = subprocess.run(["icupkg", "-l", "icudt73l.dat"], cwd=trimmed.parent, capture_output=True, text=True)
    items = set(listed.stdout.split())
    assert {
        "coll/zh.res",
        "coll/ucadata.icu",
        "zh_Hans_CN.res",
        "gb18030.cnv",
        "cnvalias.icu",
        "nfkc.nrm",
        "coll/res_index.res",
    } <= items
    assert not {"brkitr/cjdict.dict", "translit/root.res", "coll/ja.res", "de.res"} & items


@LINUX_ONLY
def test_qt_answers_the_same_with_the_trimmed_data(trimmed: Path) -> None:
    answers = trim_icu.run_probe(trimmed)
    assert answers["sort zh_CN"] == answers["proxy sort zh_CN"] == trim_icu.PINYIN_ORDER
    assert answers["case"][1] == "İ" and answers["zone"] == ["中国标准时间", 28800]
    assert answers["codec GBK"] == [True, "GBK"]


@LINUX_ONLY
def test_a_library_that_changes_qts_answers_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    keep = trim_icu.keep_item
    monkeypatch.setattr(trim_icu, "keep_item", lambda item: keep(item) and item != "coll/zh.res")
    with pytest.raises(trim_icu.TrimError, match="sort zh_CN"):
        trim_icu.trim(pyside_icu_data(), tmp_path / "icu")
