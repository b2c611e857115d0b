"""What a person checks on a PDF, done by the tools: text (pdftotext and pypdf), fonts (pdffonts), page images."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} (poppler-utils) is needed by the printing tests: .ci/run installs it"
    return path


def pdftotext(pdf: bytes, *pages: int, raw: bool = False) -> str:
    """The text as poppler reads it. Its reading-order mode joins a line-final "-" to the next line as a
    hyphenated word, dropping the hyphen; ``raw`` (content-stream order) keeps every character."""
    args = [_tool("pdftotext"), "-enc", "UTF-8", *(["-raw"] if raw else [])]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode("utf-8")


def pypdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def fonts(pdf: bytes) -> list[dict[str, str]]:
    out = subprocess.run([_tool("pdffonts"), "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: the flags are the 5th-3rd from the end
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def squash(text: str) -> str:
    """Text without any whitespace: line breaks fall anywhere in CJK text."""
    return re.sub(r"\s+", "", text)


def page_images(pdf: bytes, folder: Path, dpi: int = 50) -> list[Path]:
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run([_tool("pdftoppm"), "-png", "-r", str(dpi), str(source), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


@dataclass(frozen=True)
class Word:
    text: str
    left: float  # points from the page's left edge
    top: float  # points from the page's top edge
    right: float
    bottom: float
    page: int


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def words(pdf: bytes) -> list[Word]:
    """Every word poppler finds, with its box: where a value was drawn (alignment, row heights)."""
    args = [_tool("pdftotext"), "-bbox", "-enc", "UTF-8", "-", "-"]
    out = subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode("utf-8")
    found = []
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        for left, top, right, bottom, text in _WORD.findall(page):
            found.append(Word(html.unescape(text), float(left), float(top), float(right), float(bottom), number))
    return found


def word(pdf: bytes, text: str) -> Word:
    """The one word that is exactly ``text``."""
    matches = [w for w in words(pdf) if w.text == text]
    assert len(matches) == 1, (text, matches)
    return matches[0]
