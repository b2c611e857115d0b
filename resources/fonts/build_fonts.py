#!/usr/bin/env python3
"""Regenerate the bundled CJK fonts in ``resources/fonts/`` from Debian packages.

Why this exists
---------------
reportlab can only embed fonts with TrueType (``glyf``) outlines; the Noto
CJK fonts are shipped with CFF (PostScript) outlines, which reportlab rejects
with "postscript outlines are not supported".  This script takes the
Simplified-Chinese faces out of the Debian ``.ttc`` collections, subsets them
to the characters a Chinese office application needs, converts the cubic CFF
outlines to quadratic TrueType outlines and writes plain ``.ttf`` files.

Expected sources (Debian 12 "bookworm")
---------------------------------------
* apt package ``fonts-noto-cjk`` version ``1:20220127+repack1-1``
  (upstream googlefonts/noto-cjk: Noto Serif CJK 2.001, Noto Sans CJK 2.004),
  files ``/usr/share/fonts/opentype/noto/Noto{Serif,Sans}CJK-{Regular,Bold}.ttc``.
  Install with ``apt-get install fonts-noto-cjk``.

Another package version will usually still work; the script warns about a
version or source checksum mismatch and then the bundled files are no longer
byte-identical (update SOURCES.md by re-running the script).

Usage (from the repository root)::

    .venv/bin/python resources/fonts/build_fonts.py            # build all
    .venv/bin/python resources/fonts/build_fonts.py --only NotoSerifSC-Regular.ttf

The output is deterministic for a given source file and fontTools version
(timestamps are taken from the source font).  The script also rewrites the
generated block of ``SOURCES.md`` (SHA-256, sizes, coverage) and ``OFL.txt``.

What is done to each face
-------------------------
1. pick the face whose family name is e.g. "Noto Serif CJK SC" from the .ttc;
2. drop the cmap format-14 (variation selector) subtable, which would pull
   thousands of Japanese/Traditional variant glyphs into the subset;
3. subset (fontTools.subset) to ``wanted_codepoints()``: Latin, punctuation,
   symbols, kana/bopomofo, all of CJK Unified Ideographs + Ext A + the
   supplementary-plane ideographs the SC face maps, compatibility ideographs,
   full/half-width forms and every GBK character.  CJK Radicals Supplement /
   Kangxi Radicals (U+2E80-U+2FDF) are deliberately NOT kept: in Noto CJK they
   share glyphs with ordinary ideographs (U+2F08 "⼈" == U+4EBA "人"), and
   tools that turn glyphs back into text via a reverse cmap (Qt's PDF writer,
   some PDF text extractors) would then produce radicals instead of hanzi.
   Only the ``kern`` layout feature is kept (no vertical/locl variants);
   vertical metrics tables (vhea/vmtx/VORG) are dropped;
4. convert CFF -> glyf with ``fontTools.pens.cu2quPen.Cu2QuPen`` (max error
   1 unit at 1000 UPM, contour direction reversed), build loca/maxp, post
   format 3, ``sfntVersion`` 0x00010000, a ``gasp`` table asking for
   smoothing at all sizes (the outlines are unhinted);
5. make the cmap one-to-one: code points that share a glyph with a lower one
   (／ U+FF0F and ∕ U+2215, ～ U+FF5E and 〜 U+301C, ➀ and ①, compatibility
   ideographs ...) get a one-component composite copy, for the same reverse-cmap
   reason as the radicals;
6. add a few composite glyphs the SC faces lack (all built only from the
   face's own glyphs): U+2610 ☐ (= □), U+2611 ☑ (□ + scaled ✓),
   U+2612 ☒ (□ + scaled ×) and U+2252 ≒ (＝ + two dots, the only GBK
   character Noto CJK SC does not map);
7. append "; Mediation Desk TrueType subset" to the version string (name ID 5).
   Family names are unchanged ("Noto" is not a Reserved Font Name).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset as ft_subset
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

HERE = Path(__file__).resolve().parent

DEBIAN_PACKAGE = "fonts-noto-cjk"
DEBIAN_VERSION = "1:20220127+repack1-1"
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
NOTO_DIR = Path("/usr/share/fonts/opentype/noto")

# Upstream versions contained in the Debian package above (name ID 5).
UPSTREAM = {
    "Serif": "Noto Serif CJK 2.001 (googlefonts/noto-cjk, Serif2.001)",
    "Sans": "Noto Sans CJK 2.004 (googlefonts/noto-cjk, Sans2.004)",
}

# SHA-256 of the source collections in fonts-noto-cjk 1:20220127+repack1-1.
SOURCE_SHA256 = {
    "NotoSerifCJK-Regular.ttc": "a04178ec485dffdff7cc0c0c20e1fce9202d7e2160d805e8e44a4c8841c58481",
    "NotoSerifCJK-Bold.ttc": "a5d4b046c127da3d7c72f98b46c41489cd29bf52abfdf18aba920903e920d4ac",
    "NotoSansCJK-Regular.ttc": "b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a",
    "NotoSansCJK-Bold.ttc": "faa5f3656a78b2e2d450d27fe8382c778bc2b6bb5ea29c986664a6a435056ceb",
}


@dataclass(frozen=True)
class Face:
    output: str  # file name written to resources/fonts/
    source: str  # .ttc file in NOTO_DIR
    family: str  # family name (name ID 1) of the face inside the .ttc
    style: str  # "Serif" / "Sans"
    role: str  # short description for SOURCES.md
    optional: bool = False  # not bundled; built only with --include-optional / --only


FACES = [
    Face(
        "NotoSerifSC-Regular.ttf",
        "NotoSerifCJK-Regular.ttc",
        "Noto Serif CJK SC",
        "Serif",
        "宋体-style body text (printed forms)",
    ),
    Face("NotoSerifSC-Bold.ttf", "NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC", "Serif", "bold 宋体-style body text"),
    Face(
        "NotoSansSC-Regular.ttf",
        "NotoSansCJK-Regular.ttc",
        "Noto Sans CJK SC",
        "Sans",
        "黑体-style headings and Qt user interface",
    ),
    # Not bundled (keeps resources/fonts under ~40 MB); Qt synthesises bold
    # for the UI face.  Build with --include-optional if it is ever needed.
    Face(
        "NotoSansSC-Bold.ttf",
        "NotoSansCJK-Bold.ttc",
        "Noto Sans CJK SC",
        "Sans",
        "bold 黑体-style headings",
        optional=True,
    ),
]

# --------------------------------------------------------------------------
# character repertoire
# --------------------------------------------------------------------------

KEEP_RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x01CD, 0x01DC),  # pinyin letters with caron/diaeresis (ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ)
    (0x02C6, 0x02DD),  # spacing modifier letters (tone marks)
    (0x0391, 0x03C9),  # Greek (GBK repertoire)
    (0x0401, 0x0451),  # Cyrillic (GBK repertoire)
    (0x2000, 0x206F),  # General Punctuation (— ‘ ’ “ ” … ‰ ※)
    (0x2100, 0x214F),  # Letterlike Symbols (℃ № ℡)
    (0x2150, 0x218F),  # Number Forms (Ⅰ Ⅱ ⅰ)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators (√ ≤ ≥ ≒)
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① … ⑩ ⑴ ⒈)
    (0x2500, 0x257F),  # Box Drawing
    (0x2580, 0x259F),  # Block Elements
    (0x25A0, 0x25FF),  # Geometric Shapes (□ ■ ○ ●)
    (0x2600, 0x26FF),  # Miscellaneous Symbols (☐ ☑ ☒ ★ ☆)
    (0x2700, 0x27BF),  # Dingbats (✓)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation (。、「」『』《》)
    (0x3040, 0x30FF),  # Hiragana / Katakana (GBK repertoire)
    (0x3100, 0x312F),  # Bopomofo
    (0x31A0, 0x31BF),  # Bopomofo Extended
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈠ ㊣)
    (0x3300, 0x33FF),  # CJK Compatibility (㎡ ㎏)
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A (䶮)
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFE10, 0xFE1F),  # Vertical Forms (GBK repertoire)
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms (GBK repertoire)
    (0xFE50, 0xFE6F),  # Small Form Variants (GBK repertoire)
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    (0x20000, 0x3134F),  # supplementary ideographs (Ext B..G) mapped by the SC face
]

# Never keep these, see module docstring (radicals share glyphs with hanzi).
EXCLUDE_RANGES = [(0x2E80, 0x2EFF), (0x2F00, 0x2FDF)]

NAME_CHARS = "堃喆赟玥昇䶮"
PUNCTUATION = "。，、；：？！（）「」『』《》“”‘’…—·"
TICK_CHARS = "□■☐☑☒✓√"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def gbk_codepoints() -> set[int]:
    """Every code point produced by decoding a valid GBK double-byte sequence."""
    out: set[int] = set()
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
    return out


def wanted_codepoints() -> set[int]:
    cps: set[int] = set()
    for lo, hi in KEEP_RANGES:
        cps.update(range(lo, hi + 1))
    cps |= gbk_codepoints()
    cps.update(ord(c) for c in NAME_CHARS + PUNCTUATION + TICK_CHARS + CIRCLED)
    for lo, hi in EXCLUDE_RANGES:
        cps.difference_update(range(lo, hi + 1))
    return cps


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def installed_version(package: str) -> str | None:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


def face_index(ttc: Path, family: str) -> int:
    coll = TTCollection(str(ttc), lazy=True)
    for i, font in enumerate(coll.fonts):
        if font["name"].getDebugName(1) == family:
            return i
    raise SystemExit(f"{ttc}: no face with family {family!r}")


def subset_font(font: TTFont, unicodes: set[int]) -> None:
    cmap = font["cmap"]
    cmap.tables = [t for t in cmap.tables if t.format != 14]
    available = set(font.getBestCmap())
    opts = ft_subset.Options()
    opts.layout_features = ["kern"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.notdef_outline = True
    opts.hinting = False
    opts.desubroutinize = True
    opts.drop_tables += ["VORG", "vhea", "vmtx"]
    opts.glyph_names = False
    opts.legacy_cmap = True
    opts.recalc_timestamp = False
    sub = ft_subset.Subsetter(opts)
    sub.populate(unicodes=sorted(unicodes & available))
    sub.subset(font)


def cff_to_glyf(font: TTFont, max_err: float = 1.0) -> None:
    """The fontTools otf2ttf recipe: cubic CFF -> quadratic glyf outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # CFF outer contours run counter-clockwise, TrueType clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    for tag in ("VORG", "vhea", "vmtx"):
        if tag in font:
            del font[tag]

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    maxp.maxZones = 1
    for attr in (
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    font["maxp"] = maxp

    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None

    head = font["head"]
    head.glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"

    gasp = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {0xFFFF: 0x000A}  # symmetric smoothing + grayscale, all sizes
    font["gasp"] = gasp


def _bounds(font: TTFont, glyph_name: str):
    pen = BoundsPen(font.getGlyphSet())
    font.getGlyphSet()[glyph_name].draw(pen)
    return pen.bounds


def add_composites(font: TTFont) -> list[str]:
    """Add ☐ ☑ ☒ ≒ as composite glyphs made from the face's own glyphs."""
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    glyf = font["glyf"]
    added: list[str] = []

    def need(cp: int) -> str:
        name = cmap.get(cp)
        if name is None:
            raise SystemExit(f"component U+{cp:04X} missing from subset")
        return name

    box = need(0x25A1)  # □
    box_adv = hmtx[box][0]
    bx0, by0, bx1, by1 = _bounds(font, box)
    inner = min(bx1 - bx0, by1 - by0)
    cx, cy = (bx0 + bx1) / 2, (by0 + by1) / 2

    def centred(glyph: str, size: float):
        x0, y0, x1, y1 = _bounds(font, glyph)
        s = size / max(x1 - x0, y1 - y0)
        dx = round(cx - s * (x0 + x1) / 2)
        dy = round(cy - s * (y0 + y1) / 2)
        return (s, 0, 0, s, dx, dy)

    # The equals sign for ≒: full-width ＝, dots from the middle dot ·.
    eq = need(0xFF1D)
    eq_adv = hmtx[eq][0]
    ex0, ey0, ex1, ey1 = _bounds(font, eq)
    dot = need(0x00B7)
    dx0, dy0, dx1, dy1 = _bounds(font, dot)
    dot_scale = 0.7
    dot_d = (dx1 - dx0) * dot_scale
    gap = (ey1 - ey0) * 0.22

    def dot_at(x: float, y: float):
        """Transform placing the (scaled) dot's centre at (x, y)."""
        return (
            dot_scale,
            0,
            0,
            dot_scale,
            round(x - dot_scale * (dx0 + dx1) / 2),
            round(y - dot_scale * (dy0 + dy1) / 2),
        )

    width = ex1 - ex0
    specs = {
        0x2610: ("uni2610", box_adv, [(box, (1, 0, 0, 1, 0, 0))]),
        0x2611: ("uni2611", box_adv, [(box, (1, 0, 0, 1, 0, 0)), (need(0x2713), centred(need(0x2713), inner * 0.8))]),
        0x2612: ("uni2612", box_adv, [(box, (1, 0, 0, 1, 0, 0)), (need(0x00D7), centred(need(0x00D7), inner * 0.66))]),
        0x2252: (
            "uni2252",
            eq_adv,
            [
                (eq, (1, 0, 0, 1, 0, 0)),
                (dot, dot_at(ex0 + width * 0.2, ey1 + gap + dot_d / 2)),
                (dot, dot_at(ex1 - width * 0.2, ey0 - gap - dot_d / 2)),
            ],
        ),
    }
    order = list(font.getGlyphOrder())
    for cp, (name, adv, comps) in specs.items():
        if cp in cmap:
            continue
        pen = TTGlyphPen(font.getGlyphSet())
        for comp, transform in comps:
            pen.addComponent(comp, transform)
        glyph = pen.glyph()
        order.append(name)
        font.setGlyphOrder(order)
        glyf.glyphOrder = order
        glyf[name] = glyph
        glyph.recalcBounds(glyf)
        hmtx[name] = (adv, glyph.xMin)
        for table in font["cmap"].tables:
            if table.isUnicode() and (table.format == 12 or cp <= 0xFFFF):
                table.cmap[cp] = name
        added.append(chr(cp))
    font["maxp"].numGlyphs = len(order)
    return added


def unshare_glyphs(font: TTFont) -> int:
    """Give every code point its own glyph (cmap becomes one-to-one).

    Noto CJK maps several code points to one glyph (U+FF0F ／ and U+2215 ∕,
    U+FF5E ～ and U+301C 〜, ① and ➀, compatibility ideographs ...).  Tools that
    recover text from glyph ids through a reverse cmap (Qt's PDF writer builds
    its ToUnicode map that way, taking the lowest code point) would then
    extract the wrong character.  The lowest code point keeps the original
    glyph; every other one gets a one-component composite (or an empty glyph
    for blanks such as U+00A0/U+3000), which costs a few bytes each.
    """
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    cmap = font.getBestCmap()
    users: dict[str, list[int]] = {}
    for cp, name in sorted(cmap.items()):
        users.setdefault(name, []).append(cp)
    order = list(font.getGlyphOrder())
    remap: dict[int, str] = {}
    for name, cps in users.items():
        for cp in cps[1:]:
            new = f"uni{cp:04X}" if cp <= 0xFFFF else f"u{cp:05X}"
            src = glyf[name]
            if src.numberOfContours == 0:
                glyph = TTGlyphPen(None).glyph()
            else:
                pen = TTGlyphPen(font.getGlyphSet())
                pen.addComponent(name, (1, 0, 0, 1, 0, 0))
                glyph = pen.glyph()
            order.append(new)
            remap[cp] = new
            glyf.glyphs[new] = glyph
            hmtx.metrics[new] = hmtx[name]
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    for name in remap.values():
        glyf[name].recalcBounds(glyf)
    for table in font["cmap"].tables:
        if table.isUnicode():
            for cp, new in remap.items():
                if cp in table.cmap:
                    table.cmap[cp] = new
    font["maxp"].numGlyphs = len(order)
    return len(remap)


def fix_lsb(font: TTFont) -> None:
    """TrueType expects hmtx left side bearings equal to the glyph xMin."""
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    for name in font.getGlyphOrder():
        g = glyf[name]
        g.recalcBounds(glyf)
        adv, _ = hmtx[name]
        hmtx[name] = (adv, getattr(g, "xMin", 0) if g.numberOfContours else 0)


def tag_version(font: TTFont) -> None:
    name = font["name"]
    for rec in name.names:
        if rec.nameID == 5:
            text = rec.toUnicode()
            if "Mediation Desk" not in text:
                rec.string = text + "; Mediation Desk TrueType subset"


def build_face(face: Face, outdir: Path) -> dict:
    src = NOTO_DIR / face.source
    idx = face_index(src, face.family)
    t0 = time.monotonic()
    font = TTFont(str(src), fontNumber=idx, recalcTimestamp=False, recalcBBoxes=True)
    subset_font(font, wanted_codepoints())
    cff_to_glyf(font)
    fix_lsb(font)
    unshared = unshare_glyphs(font)
    added = add_composites(font)
    tag_version(font)
    out = outdir / face.output
    font.save(str(out), reorderTables=True)
    font.close()
    return {"face": face, "index": idx, "added": added, "unshared": unshared, "seconds": time.monotonic() - t0}


# --------------------------------------------------------------------------
# reporting (SOURCES.md generated block, OFL.txt)
# --------------------------------------------------------------------------


SYNTHESISED = "☐☑☒≒"


def coverage(path: Path) -> dict:
    font = TTFont(str(path), lazy=True)
    cmap = font.getBestCmap()
    glyf = font["glyf"]
    gbk = gbk_codepoints()
    miss = sorted(c for c in gbk if c not in cmap)
    info = {
        "glyphs": font["maxp"].numGlyphs,
        "mapped": len(cmap),
        "one_to_one": len(set(cmap.values())) == len(cmap),
        "gbk_total": len(gbk),
        "gbk_missing": miss,
        "uro": sum(1 for c in range(0x4E00, 0xA000) if c in cmap),
        "ext_a": sum(1 for c in range(0x3400, 0x4DC0) if c in cmap),
        "sip": sum(1 for c in cmap if c >= 0x20000),
        "compat": sum(1 for c in range(0xF900, 0xFB00) if c in cmap),
        "radicals": sum(1 for lo, hi in EXCLUDE_RANGES for c in range(lo, hi + 1) if c in cmap),
        "extra_missing": [ch for ch in NAME_CHARS + PUNCTUATION + TICK_CHARS + CIRCLED if ord(ch) not in cmap],
        "synthesised": [ch for ch in SYNTHESISED if ord(ch) in cmap and glyf[cmap[ord(ch)]].isComposite()],
        "family": font["name"].getDebugName(1),
        "subfamily": font["name"].getDebugName(2),
        "version": font["name"].getDebugName(5),
        "tables": sorted(font.keys()),
    }
    font.close()
    return info


def write_ofl(outdir: Path) -> None:
    text = DEBIAN_COPYRIGHT.read_text(encoding="utf-8")
    m = re.search(r"^License: SIL-1\.1\n((?: .*\n)+)", text, re.M)
    if not m:
        raise SystemExit(f"cannot find the SIL-1.1 licence text in {DEBIAN_COPYRIGHT}")
    body = "\n".join("" if ln.strip() == "." else ln[1:] for ln in m.group(1).splitlines())
    header = (
        "Noto Serif CJK: Copyright 2017-2022 Adobe (http://www.adobe.com/), "
        "with Reserved Font Name 'Source'.\n"
        "Noto Sans CJK:  Copyright 2014-2021 Adobe (http://www.adobe.com/), "
        "with Reserved Font Name 'Source'.\n"
        "Noto is a trademark of Google Inc.\n\n"
        "The files NotoSerifSC-*.ttf and NotoSansSC-*.ttf in this directory are\n"
        "Modified Versions (subset, converted to TrueType outlines) of the Noto CJK\n"
        "fonts and are licensed under the SIL Open Font License, Version 1.1:\n\n"
    )
    (outdir / "OFL.txt").write_text(header + body.rstrip() + "\n", encoding="utf-8")


BEGIN = "<!-- BEGIN GENERATED by build_fonts.py -->"
END = "<!-- END GENERATED -->"


def update_sources_md(outdir: Path, pkg_version: str | None) -> None:
    lines = [
        BEGIN,
        "",
        f"Built from Debian `{DEBIAN_PACKAGE}` {pkg_version or '(version unknown)'} "
        f"with fontTools {__import__('fontTools').version}.",
        "",
    ]
    lines.append("| file | size | SHA-256 |")
    lines.append("| --- | ---: | --- |")
    for face in FACES:
        p = outdir / face.output
        if p.exists():
            lines.append(f"| `{face.output}` | {p.stat().st_size:,} B | `{sha256(p)}` |")
    lines.append("")
    lines.append("Source collections:")
    lines.append("")
    for src in sorted({f.source for f in FACES}):
        p = NOTO_DIR / src
        if p.exists():
            lines.append(f"* `{p}` SHA-256 `{sha256(p)}`")
    lines.append("")
    lines.append(
        "| file | family / style (name IDs 1/2) | face # in .ttc | glyphs "
        "| mapped code points | GBK covered | URO U+4E00–9FFF | Ext A "
        "| supplementary-plane ideographs | compatibility ideographs "
        "| radicals U+2E80–2FDF | cmap one-to-one | synthesised glyphs |"
    )
    lines.append("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    for face in FACES:
        p = outdir / face.output
        if not p.exists():
            continue
        c = coverage(p)
        gbk_ok = c["gbk_total"] - len(c["gbk_missing"])
        miss = "" if not c["gbk_missing"] else " (missing " + " ".join(f"U+{m:04X}" for m in c["gbk_missing"]) + ")"
        src = NOTO_DIR / face.source
        idx = face_index(src, face.family) if src.exists() else "?"
        lines.append(
            f"| `{face.output}` | {c['family']} / {c['subfamily']} | {idx} | {c['glyphs']:,} "
            f"| {c['mapped']:,} | {gbk_ok:,} / {c['gbk_total']:,}{miss} | {c['uro']:,} "
            f"| {c['ext_a']:,} | {c['sip']:,} | {c['compat']:,} | {c['radicals']} "
            f"| {'yes' if c['one_to_one'] else 'NO'} | {' '.join(c['synthesised']) or '-'} |"
        )
        if c["extra_missing"]:
            lines.append(f"|  | missing checked extras: {' '.join(c['extra_missing'])} |")
    lines.append("")
    lines.append(
        "Version strings (name ID 5): "
        + "; ".join(
            f"`{f.output}`: {coverage(outdir / f.output)['version']}" for f in FACES if (outdir / f.output).exists()
        )
    )
    lines += ["", END]
    block = "\n".join(lines)

    md = outdir / "SOURCES.md"
    text = md.read_text(encoding="utf-8") if md.exists() else f"# Bundled fonts\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        pre, rest = text.split(BEGIN, 1)
        _, post = rest.split(END, 1)
        text = pre + block + post
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    md.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", help="build only this output file (repeatable)")
    ap.add_argument(
        "--include-optional", action="store_true", help="also build faces marked optional (NotoSansSC-Bold.ttf)"
    )
    ap.add_argument(
        "--report-only", action="store_true", help="do not build, only refresh OFL.txt and the SOURCES.md block"
    )
    ap.add_argument("--outdir", type=Path, default=HERE)
    args = ap.parse_args(argv)

    version = installed_version(DEBIAN_PACKAGE)
    if version is None:
        raise SystemExit(f"Debian package {DEBIAN_PACKAGE} is not installed: apt-get install {DEBIAN_PACKAGE}")
    if version != DEBIAN_VERSION:
        print(
            f"WARNING: {DEBIAN_PACKAGE} {version} installed, expected {DEBIAN_VERSION}; "
            "output will differ from the bundled files",
            file=sys.stderr,
        )
    for src, expected in SOURCE_SHA256.items():
        p = NOTO_DIR / src
        if expected and p.exists() and sha256(p) != expected:
            print(f"WARNING: {p} checksum differs from the one this script was written for", file=sys.stderr)

    args.outdir.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict] = {}
    if not args.report_only:
        for face in FACES:
            if args.only and face.output not in args.only:
                continue
            if face.optional and not (args.include_optional or args.only):
                continue
            r = build_face(face, args.outdir)
            results[face.output] = r
            size = (args.outdir / face.output).stat().st_size
            print(
                f"{face.output}: face #{r['index']} of {face.source}, {size / 1e6:.1f} MB, "
                f"added {''.join(r['added'])}, {r['unshared']} shared glyphs split, "
                f"{r['seconds']:.0f} s"
            )
    write_ofl(args.outdir)
    update_sources_md(args.outdir, version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
