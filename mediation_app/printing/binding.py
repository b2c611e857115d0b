"""Binding a case file: PDFs checked and merged in order, scans and photos placed one per A4 page, and the
file's page numbers stamped in the top right corner of every numbered page (卷内文件页号)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from mediation_app.domain.errors import DomainError
from mediation_app.printing.fonts import register_fonts

IMAGE_MARGIN = 15 * mm


class BindingError(DomainError):
    """``binding.bad_pdf`` or ``binding.bad_image``: a file that cannot be read as what its first bytes say."""


def pdf_page_count(data: bytes) -> int:
    """The pages of a PDF that can be bound (readable, not encrypted, at least one page)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise BindingError("binding.bad_pdf", reason="encrypted")
        count = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise BindingError("binding.bad_pdf", reason=type(exc).__name__) from exc
    if count == 0:
        raise BindingError("binding.bad_pdf", reason="no pages")
    return count


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels of a JPEG or PNG that reportlab can place."""
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception as exc:  # PIL raises many kinds for a damaged image
        raise BindingError("binding.bad_image", reason=type(exc).__name__) from exc
    if width <= 0 or height <= 0:
        raise BindingError("binding.bad_image", reason="empty")
    return int(width), int(height)


def image_pdf(data: bytes) -> bytes:
    """One A4 page (portrait, or landscape for a wide image) with the image as large as fits the margins."""
    width, height = image_size(data)
    page = A4 if height >= width else (A4[1], A4[0])
    room_w, room_h = page[0] - 2 * IMAGE_MARGIN, page[1] - 2 * IMAGE_MARGIN
    scale = min(room_w / width, room_h / height)
    w, h = width * scale, height * scale
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page, invariant=1)
    canvas.drawImage(ImageReader(io.BytesIO(data)), (page[0] - w) / 2, (page[1] - h) / 2, w, h)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _stamps(sizes: Sequence[tuple[float, float]], first_number: int) -> PdfReader:
    """A PDF with only the page numbers, one page per page to stamp, each the size of its page."""
    font = register_fonts()[0]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for offset, (w, h) in enumerate(sizes):
        canvas.setPageSize((w, h))
        canvas.setFont(font, 12)
        canvas.drawRightString(w - 12 * mm, h - 12 * mm, str(first_number + offset))
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def bind(parts: Sequence[bytes], *, numbered_from: int = 0) -> bytes:
    """Merge ``parts`` in order; pages from index ``numbered_from`` (0-based) on are stamped 1, 2, 3…"""
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    numbered = writer.pages[numbered_from:]
    for page in numbered:
        if page.rotation:  # a scan saved sideways: the number goes on the page as it is seen
            page.transfer_rotation_to_content()
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in numbered]
    stamps = _stamps(sizes, 1)
    for page, stamp in zip(numbered, stamps.pages, strict=True):
        page.merge_translated_page(stamp, float(page.mediabox.left), float(page.mediabox.bottom))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
