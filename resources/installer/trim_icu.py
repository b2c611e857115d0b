"""Rebuild Qt's ICU data library (Linux libicudata.so.NN, 32 MB) with only the data Qt uses here (about 6 MB).

build.spec calls trim() when the bundle holds libicudata; Windows and macOS bundles have none (Qt uses the system's).
Kept: root, zh* and en* locale data in every tree (names, currencies, units, zones, collation, break rules), the
Unicode properties and normalisation data, the supplemental tables, the converter alias table and the Chinese
converters (GB18030, GBK, GB2312). Left out: transliterators, spelled-out numbers (rbnf), the break dictionaries
(cjdict, thai, khmer, lao, burmese: Qt breaks lines with its own tables) and the other locales and converters.
Tools: icupkg and genccode (Debian's icu-devtools; ICU 72's read ICU 73 data) and gcc. A missing tool, an unexpected
dependency or any difference in what Qt answers with the trimmed data (probe(), run with the full and the trimmed
library preloaded) fails the build rather than ship a broken library.

    python resources/installer/trim_icu.py LIBICUDATA WORKDIR     # prints the trimmed library's path
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

KEPT_LANGUAGES = ("root", "zh", "en")
DROPPED_TREES = ("translit", "rbnf")
# GB18030 (it needs no base table); windows-936 (GBK) is built on ibm-1386; ibm-1383 is EUC-CN (GB2312).
KEPT_CONVERTERS = ("gb18030.cnv", "windows-936-2000.cnv", "ibm-1386_P100-2001.cnv", "ibm-1383_P110-1999.cnv")
# "zh_Hans_CN.res", "root.res"; not "plurals.res", nor each tree's list of locales (res_index.res, kept whole)
LOCALE_ITEM = re.compile(r"^(?!res_index\.)(?:[a-z]{2,3}|root)(?:_[A-Za-z0-9]*)*\.res$")
DATA_SYMBOL = re.compile(rb"^icudt(\d+)_dat$")
TOOLS = {"icupkg": "icu-devtools", "genccode": "icu-devtools", "gcc": "gcc"}


class TrimError(RuntimeError):
    """The trimmed library could not be made or does not behave as the full one: the build stops."""


def keep_item(item: str) -> bool:
    """Whether a package item ("coll/zh.res", "brkitr/cjdict.dict", "gb18030.cnv"...) stays in the trimmed data."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or name.endswith(".dict"):
        return False
    if name.endswith(".cnv"):
        return name in KEPT_CONVERTERS
    if LOCALE_ITEM.match(name):
        return name.removesuffix(".res").split("_")[0] in KEPT_LANGUAGES
    return True  # pool.res, res_index.res, Unicode properties, normalisation, supplemental data, break rules


# --- the library as an ELF file (x86-64 / aarch64: 64-bit little-endian) ---


def _sections(blob: bytes) -> list[tuple[int, int, int, int, int, int]]:
    """(type, addr, offset, size, link, entsize) of each section."""
    if blob[:6] != b"\x7fELF\x02\x01":
        raise TrimError("not a 64-bit little-endian ELF library")
    shoff, shentsize, shnum = struct.unpack_from("<Q", blob, 0x28)[0], *struct.unpack_from("<HH", blob, 0x3A)
    fields = (struct.unpack_from("<4x I 8x Q Q Q I 12x Q", blob, shoff + i * shentsize) for i in range(shnum))
    return list(fields)


def _string(blob: bytes, table: tuple[int, ...], index: int) -> bytes:
    start = table[2] + index
    return blob[start : blob.index(b"\0", start)]


def data_symbol(blob: bytes) -> tuple[str, bytes]:
    """The exported ``icudtNN_dat`` symbol's name and bytes (ICU's common data package)."""
    sections = _sections(blob)
    for kind, _addr, offset, size, link, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        for at in range(offset, offset + size, entsize):
            name_index, _info, _other, shndx, value, length = struct.unpack_from("<IBBHQQ", blob, at)
            name = _string(blob, sections[link], name_index)
            if DATA_SYMBOL.match(name) and 0 < shndx < len(sections) and length:
                start = value - sections[shndx][1] + sections[shndx][2]
                return name.decode(), blob[start : start + length]
    raise TrimError("no exported icudtNN_dat symbol")


def soname(blob: bytes) -> str:
    sections = _sections(blob)
    for kind, _addr, offset, size, link, entsize in sections:
        if kind == 6:  # SHT_DYNAMIC
            for at in range(offset, offset + size, entsize):
                tag, value = struct.unpack_from("<qQ", blob, at)
                if tag == 14:  # DT_SONAME
                    return _string(blob, sections[link], value).decode()
    raise TrimError("the library has no SONAME")


def package_name(symbol: str, package: bytes) -> str:
    """ "icudt73l": the data's own name, with the platform letter from its header (l: little-endian ASCII)."""
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise TrimError(f"{symbol} is not an ICU common data package")
    big_endian, ebcdic = package[8], package[9]
    return symbol.removesuffix("_dat") + ("e" if ebcdic else "b" if big_endian else "l")


# --- building ---


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True)
    if done.returncode:
        raise TrimError(f"{command[0]} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done


def require_tools() -> dict[str, str]:
    found = {tool: shutil.which(tool) for tool in TOOLS}
    missing = sorted({TOOLS[tool] for tool, path in found.items() if not path})
    if missing:
        raise TrimError(
            f"the ICU data cannot be trimmed without {', '.join(missing)}: apt-get install {' '.join(missing)}"
        )
    return {tool: str(path) for tool, path in found.items()}


def trim_package(tools: dict[str, str], full: Path, out: Path) -> list[str]:
    """Write the trimmed package ``out`` (same name as ``full``, another folder); returns the items removed."""
    items = _run(tools["icupkg"], "-l", full, cwd=full.parent).stdout.split()
    removed = [item for item in items if not keep_item(item)]
    dictionaries = {item for item in removed if item.endswith(".dict")}
    (out.parent / "removed.txt").write_text("\n".join(removed) + "\n", "ascii")
    done = _run(tools["icupkg"], "--ignore-deps", "-r", "removed.txt", full, out, cwd=out.parent)
    # Only the break rules may point at what was left out (the dictionaries): anything else is a broken package.
    unmet = set(re.findall(r"depends on missing item (\S+)", done.stdout + done.stderr))
    if unmet - dictionaries:
        raise TrimError(f"kept items depend on removed ones: {sorted(unmet - dictionaries)}")
    return removed


def build_library(tools: dict[str, str], package: Path, entry: str, name: str) -> Path:
    """The package as a shared library exporting ``<entry>_dat``, like the original (no code, no dependencies)."""
    workdir = package.parent
    _run(tools["genccode"], "-q", "-a", "gcc", "-e", entry, "-d", workdir, package, cwd=workdir)
    assembly = workdir / f"{package.stem}_dat.S"
    library = workdir / name
    flags = ("-shared", "-nostdlib", f"-Wl,-soname,{name}", "-Wl,-z,noexecstack", "-o", library, assembly)
    _run(tools["gcc"], *flags, cwd=workdir)
    assembly.unlink()  # 14 MB of text
    return library


def trim(library: Path, workdir: Path) -> Path:
    """Build the trimmed copy of ``library`` in ``workdir`` (emptied first), check it and return its path."""
    tools = require_tools()
    blob = library.read_bytes()
    symbol, package = data_symbol(blob)
    name = package_name(symbol, package)
    shutil.rmtree(workdir, ignore_errors=True)
    (workdir / "full").mkdir(parents=True)
    full = workdir / "full" / f"{name}.dat"
    full.write_bytes(package)
    trim_package(tools, full, workdir / f"{name}.dat")
    trimmed = build_library(tools, workdir / f"{name}.dat", symbol.removesuffix("_dat"), soname(blob))
    new_symbol, new_package = data_symbol(trimmed.read_bytes())
    if (new_symbol, new_package) != (symbol, (workdir / f"{name}.dat").read_bytes()):
        raise TrimError(f"{trimmed} does not export the trimmed package as {symbol}")
    shutil.rmtree(workdir / "full")
    compare_probes(library, trimmed)
    return trimmed


# --- checking: what Qt answers with either library ---

NAMES = [
    "张伟",
    "李娜",
    "王芳",
    "刘洋",
    "陈静",
    "赵磊",
    "阿斌",
    "欧阳晓",
    "吕梁",
    "周杰",
    "Zoe",
    "adam",
    "文件10",
    "文件2",
]
# zh_CN collation: by pinyin, Han before Latin (the root collation would order by radical and stroke, Latin first).
PINYIN_ORDER = [
    "阿斌",
    "陈静",
    "李娜",
    "刘洋",
    "吕梁",
    "欧阳晓",
    "王芳",
    "文件10",
    "文件2",
    "张伟",
    "赵磊",
    "周杰",
    "adam",
    "Zoe",
]


def probe() -> dict[str, object]:
    """Qt's ICU-backed answers: collation, proxy sorting, case mapping, converters, zone names (and CLDR formats)."""
    from functools import cmp_to_key

    from PySide6.QtCore import (
        QCollator,
        QDate,
        QDateTime,
        QLocale,
        QSortFilterProxyModel,
        QStringConverter,
        QStringDecoder,
        QStringEncoder,
        QStringListModel,
        Qt,
        QTimeZone,
    )

    answers: dict[str, object] = {}
    for locale in ("zh_CN", "zh_TW", "en_GB", "de_DE"):
        collator = QCollator(QLocale(locale))
        answers[f"sort {locale}"] = sorted(NAMES, key=cmp_to_key(collator.compare))
        collator.setNumericMode(True)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        answers[f"sort numeric {locale}"] = sorted(NAMES, key=cmp_to_key(collator.compare))
    for default in ("zh_CN", "en_GB"):  # the program's two interface languages (gui/i18n.py sets the default)
        QLocale.setDefault(QLocale(default))
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(QStringListModel(NAMES, proxy))
        proxy.setSortLocaleAware(True)
        proxy.sort(0)
        answers[f"proxy sort {default}"] = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    zh = QLocale("zh_CN")
    answers["case"] = [zh.toUpper("straße ǆ i"), QLocale("tr_TR").toUpper("i"), zh.toLower("ΣΑΣ ÀÉ")]
    answers["formats"] = [
        zh.toString(QDate(2024, 3, 5), QLocale.FormatType.LongFormat),
        zh.toString(1234567.891, "f", 2),
    ]
    zone = QTimeZone(b"Asia/Shanghai")
    moment = QDateTime(QDate(2024, 3, 5).startOfDay())
    answers["zone"] = [zone.displayName(moment, QTimeZone.NameType.LongName, zh), zone.offsetFromUtc(moment)]
    for codec in ("GB18030", "GBK", "GB2312"):  # PySide6 offers no encode/decode: Qt opens ICU's converter here
        answers[f"codec {codec}"] = [QStringEncoder(codec).isValid(), QStringDecoder(codec).name()]
    codecs = QStringConverter.availableCodecs()
    answers["codecs available"] = sorted(c for c in codecs if c.upper() in ("GB18030", "GBK", "GB2312", "UTF-8"))
    maps = Path("/proc/self/maps").read_text()
    answers["icudata"] = sorted({line.split()[-1] for line in maps.splitlines() if "libicudata" in line})
    return answers


def run_probe(library: Path) -> dict[str, object]:
    env = {**os.environ, "LD_PRELOAD": str(library.resolve())}
    command = [sys.executable, str(Path(__file__).resolve()), "--probe"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode:
        raise TrimError(f"the ICU probe failed with {library}:\n{done.stderr}")
    answers: dict[str, object] = json.loads(done.stdout)
    if answers.pop("icudata") != [str(library.resolve())]:
        raise TrimError(f"the probe did not load {library} (another ICU version in this Python's PySide6?)")
    return answers


def compare_probes(full: Path, trimmed: Path) -> dict[str, object]:
    expected, got = run_probe(full), run_probe(trimmed)
    if expected["sort zh_CN"] != PINYIN_ORDER:
        raise TrimError(f"the full ICU data does not sort Chinese by pinyin: {expected['sort zh_CN']}")
    differences = {key: (expected[key], got.get(key)) for key in expected if expected[key] != got.get(key)}
    if differences:
        raise TrimError(f"Qt answers differently with the trimmed ICU data: {differences}")
    return got


def main(argv: list[str]) -> int:
    if argv == ["--probe"]:
        print(json.dumps(probe(), ensure_ascii=False))
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        print(trim(Path(argv[0]), Path(argv[1])))
    except TrimError as error:
        print(f"trim_icu: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
