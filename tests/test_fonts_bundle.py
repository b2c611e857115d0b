"""Checks of the bundled CJK fonts (resources/fonts/), no Qt involved.

For every font listed in resources/fonts/fonts.toml:
* the file exists and has TrueType (glyf) outlines, no CFF;
* it covers every GBK character, the name characters 堃喆赟玥昇䶮, CJK
  punctuation, ①-⑩ and the tick-box symbols;
* its cmap is one-to-one and maps no Kangxi/CJK radicals (otherwise tools
  that turn glyphs back into text via a reverse cmap output ⼈ for 人);
* reportlab can register it and builds a PDF in which the font is embedded
  (/FontFile2) and from which pdftotext (poppler-utils) extracts the text.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tomllib
from functools import cache
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
MANIFEST = FONT_DIR / "fonts.toml"

REQUIRED_ROLES = ("body", "heading", "ui")

# GBK characters a face may lack: {file name: {code point: reason}}.  Keep this
# to non-hanzi only, at most a handful.  Currently empty: the one GBK character
# Noto CJK SC lacks (U+2252 ≒) is synthesised by build_fonts.py.
GBK_EXCEPTIONS: dict[str, dict[int, str]] = {}

NAME_CHARS = "堃喆赟玥昇䶮"
PUNCTUATION = "。，、；：？！（）「」『』《》“”‘’…—·"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
ASCII_AND_FULLWIDTH = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ＡＢＣＸＹＺａｂｃｘｙｚ０１２３４５６７８９"
)
TICK_BOXES = "□☐☑☒✓√"

SAMPLE_TEXT = (
    "人民调解协议书。当事人：王堃、李喆、张赟、赵玥、刘昇、刘䶮。"
    "经调解，双方自愿达成如下协议：「本协议」『一式三份』《人民调解法》"
    "“签字”‘生效’……——·①②③④⑤⑥⑦⑧⑨⑩；：？！（甲）☐未选☑已选√ "
    "ABC abc 0123 ＡＢＣ１２３"
)


def _manifest() -> dict:
    with open(MANIFEST, "rb") as fh:
        return tomllib.load(fh)


def _font_entries() -> list[tuple[str, dict]]:
    return [(role, entry) for role, entry in _manifest().items() if isinstance(entry, dict) and "file" in entry]


def _font_files() -> list[str]:
    return sorted({entry["file"] for _, entry in _font_entries()})


@cache
def gbk_codepoints() -> frozenset[int]:
    out = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                ch = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out.add(ord(ch))
    return frozenset(out)


@cache
def font_info(file: str) -> dict:
    path = FONT_DIR / file
    font = TTFont(str(path), lazy=True)
    try:
        return {
            "tables": set(font.keys()),
            "sfnt": font.sfntVersion,
            "cmap": dict(font.getBestCmap()),
            "family": font["name"].getDebugName(1),
            "subfamily": font["name"].getDebugName(2),
        }
    finally:
        font.close()


# --------------------------------------------------------------------------
# manifest and files
# --------------------------------------------------------------------------


def test_manifest_has_required_roles():
    manifest = _manifest()
    for role in REQUIRED_ROLES:
        assert role in manifest, f"fonts.toml lacks [{role}]"
        assert manifest[role].get("file"), f"[{role}] has no file"
        assert manifest[role].get("family"), f"[{role}] has no family"


def test_licence_and_sources_shipped():
    ofl = (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    assert "Adobe" in ofl
    sources = (FONT_DIR / "SOURCES.md").read_text(encoding="utf-8")
    for file in _font_files():
        digest = hashlib.sha256((FONT_DIR / file).read_bytes()).hexdigest()
        assert digest in sources, f"SOURCES.md does not record the SHA-256 of {file}"


@pytest.mark.parametrize("file", _font_files())
def test_file_is_truetype(file):
    path = FONT_DIR / file
    assert path.is_file(), f"{path} missing"
    assert path.suffix == ".ttf", "prefer plain .ttf files (no subfont_index handling)"
    info = font_info(file)
    assert info["sfnt"] == "\x00\x01\x00\x00"
    assert "glyf" in info["tables"] and "loca" in info["tables"]
    assert "CFF " not in info["tables"] and "CFF2" not in info["tables"]


@pytest.mark.parametrize("role,entry", [pytest.param(r, e, id=r) for r, e in _font_entries()])
def test_family_matches_name_table(role, entry):
    info = font_info(entry["file"])
    assert info["family"] == entry["family"], f"[{role}] family"
    if "style" in entry:
        assert info["subfamily"] == entry["style"], f"[{role}] style"


# --------------------------------------------------------------------------
# coverage
# --------------------------------------------------------------------------


@pytest.mark.parametrize("file", _font_files())
def test_covers_gbk(file):
    cmap = font_info(file)["cmap"]
    allowed = GBK_EXCEPTIONS.get(file, {})
    assert len(allowed) <= 5
    assert all(not (0x3400 <= cp <= 0x9FFF) for cp in allowed), "no hanzi may be excepted"
    missing = sorted(cp for cp in gbk_codepoints() if cp not in cmap and cp not in allowed)
    assert len(gbk_codepoints()) > 21000
    assert not missing, f"{file} lacks {len(missing)} GBK characters: " + " ".join(
        f"U+{cp:04X}{chr(cp)}" for cp in missing[:40]
    )


@pytest.mark.parametrize("file", _font_files())
def test_covers_names_punctuation_symbols(file):
    cmap = font_info(file)["cmap"]
    wanted = NAME_CHARS + PUNCTUATION + CIRCLED + ASCII_AND_FULLWIDTH + TICK_BOXES + "\u3000"
    missing = [ch for ch in wanted if ord(ch) not in cmap]
    assert not missing, f"{file} lacks {' '.join(missing)}"


def test_tick_box_symbols_from_manifest():
    symbols = _manifest()["symbols"]
    for file in _font_files():
        cmap = font_info(file)["cmap"]
        for key in ("checkbox_unchecked", "checkbox_checked"):
            assert ord(symbols[key]) in cmap, f"{file} lacks {key} {symbols[key]}"


@pytest.mark.parametrize("file", _font_files())
def test_cmap_one_to_one_without_radicals(file):
    cmap = font_info(file)["cmap"]
    radicals = [cp for cp in cmap if 0x2E80 <= cp <= 0x2FDF]
    assert not radicals, f"{file} maps {len(radicals)} radicals (reverse-cmap trap: ⼈ for 人)"
    assert len(set(cmap.values())) == len(cmap), f"{file}: several code points share a glyph"


# --------------------------------------------------------------------------
# reportlab
# --------------------------------------------------------------------------


def _build_pdf(tmp_path: Path) -> tuple[Path, list[str]]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont as RLTTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    names = []
    story = []
    for file in _font_files():
        name = "FontsBundleTest-" + Path(file).stem
        pdfmetrics.registerFont(RLTTFont(name, str(FONT_DIR / file)))
        names.append(name)
        style = ParagraphStyle(name, fontName=name, fontSize=11, leading=16, wordWrap="CJK")
        story.append(Paragraph(SAMPLE_TEXT, style))
    out = tmp_path / "fonts_bundle.pdf"
    # initialFontName: keep reportlab's default Helvetica out of the page resources,
    # so that every font in the PDF is one of ours.
    SimpleDocTemplate(str(out), pagesize=A4, initialFontName=names[0], pageCompression=0).build(story)
    return out, names


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return _build_pdf(tmp_path_factory.mktemp("fonts"))


def test_reportlab_embeds_every_font(pdf):
    path, names = pdf
    data = path.read_bytes()
    base_fonts = re.findall(rb"/BaseFont\s*/([^\s/>\]]+)", data)
    assert base_fonts, "no fonts in the PDF"
    assert not [b for b in base_fonts if b"+" not in b], f"non-subset (unembedded) fonts: {base_fonts}"
    descriptors = data.count(b"/Type /FontDescriptor")
    assert descriptors >= len(names)
    assert data.count(b"/FontFile2") == descriptors, "a font descriptor lacks /FontFile2"
    assert b"/FontFile3" not in data
    # one PostScript name (after the subset tag) per bundled file
    ps_names = {b.split(b"+", 1)[1] for b in base_fonts}
    assert len(ps_names) == len(names), ps_names


def _normalise(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pdftotext_returns_the_chinese_text(pdf):
    path, names = pdf
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext not found: install poppler-utils (apt-get install poppler-utils)")
    out = subprocess.run(
        [exe, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    text = _normalise(out)
    expected = _normalise(SAMPLE_TEXT)
    assert text.count(expected) == len(names), f"pdftotext returned:\n{out}"
    radicals = [ch for ch in out if 0x2E80 <= ord(ch) <= 0x2FDF]
    assert not radicals, f"radicals in the extracted text: {radicals}"
