"""The bundled TrueType faces, registered with reportlab once per process, and CJK line-breaking rules."""

from __future__ import annotations

import tomllib
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mediation_app import paths
from mediation_app.printing import linebreak

# reportlab names for the faces; the manifest says which file each is.
SERIF, SERIF_BOLD, SANS = "MD-Serif", "MD-Serif-Bold", "MD-Sans"
_ROLES = {SERIF: "body", SERIF_BOLD: "body_bold", SANS: "heading"}


@cache
def register_fonts() -> tuple[str, str, str]:
    """Register the faces (idempotent) and tighten line breaking; returns (serif, serif bold, sans)."""
    manifest = tomllib.loads((paths.fonts_dir() / "fonts.toml").read_text("utf-8"))
    for name, role in _ROLES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.fonts_dir() / manifest[role]["file"])))
    # <b> in form wording selects the bold serif; the sans face has no bold file, so it stays regular.
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF, boldItalic=SERIF_BOLD)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS, italic=SANS, boldItalic=SANS)
    linebreak.install()
    return SERIF, SERIF_BOLD, SANS


def has_glyph(font_name: str, char: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    return ord(char) in font.face.charToGlyph
