"""Printing a PDF on a QPrinter at 100 % scale, page by page, off the GUI thread (the window stays usable).

QtPdf has no vector path to a printer, so each page is rendered to an image at the printer's resolution (up to
600 dpi: as sharp as an office laser prints text, and an A4 page stays near 140 MB while it is drawn) and drawn
onto the paper from its top-left corner at its own size: one PDF point is 1/72 inch on paper, never "fit to page".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from mediation_app.domain.errors import DomainError

RASTER_DPI_LIMIT = 600
POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class PrintResult:
    pages: int  # pages sent to the printer
    cancelled: bool


def page_size_of(points: QSizeF) -> QPageSize:
    """The paper a PDF page is made for (A4 for every form), whichever way round the page lies."""
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    return QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def orientation_of(points: QSizeF) -> QPageLayout.Orientation:
    if points.width() > points.height():
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def page_sequence(printer: QPrinter, page_count: int, current: int = 0) -> list[int]:
    """The 0-based pages to send, as the print dialog asked (range, current page, copies when the printer
    cannot make them itself)."""
    pages = list(range(page_count))
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        last = printer.toPage() or page_count
        pages = list(range(printer.fromPage() - 1, min(last, page_count)))
    elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
        pages = [current]
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def prepare_printer(printer: QPrinter, first_page: QSizeF, name: str) -> None:
    """The paper of the PDF (A4), full-page coordinates (origin at the paper's corner) and the job's name."""
    printer.setPageSize(page_size_of(first_page))
    printer.setPageOrientation(orientation_of(first_page))
    printer.setFullPage(True)
    printer.setDocName(name)


class PrintJob(QObject):
    """One run of pages to one printer. Made on the GUI thread; ``run`` is called on a worker thread."""

    progressed = Signal(int, int)  # pages sent, pages in all

    def __init__(self, pdf: bytes, printer: QPrinter, *, current_page: int = 0) -> None:
        super().__init__()
        self.printer = printer
        self._buffer = QBuffer()  # must outlive the document, which reads from it
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document = QPdfDocument()
        self._document.load(self._buffer)
        self._cancel = threading.Event()
        self.pages = page_sequence(printer, self._document.pageCount(), current_page)
        self.thread_id: int | None = None  # the thread that painted (tests check it is not the GUI's)

    @property
    def page_count(self) -> int:
        return self._document.pageCount()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> PrintResult:
        self.thread_id = threading.get_ident()
        if not self.pages:
            return PrintResult(0, cancelled=False)
        prepare_printer(self.printer, self._document.pagePointSize(self.pages[0]), self.printer.docName())
        painter = QPainter()
        if not painter.begin(self.printer):
            raise DomainError("print.printer_failed", printer=self._printer_name())
        sent = 0
        try:
            sent = self._paint_pages(painter)
        finally:
            ended = painter.end()
        if not ended and not self._cancel.is_set():
            raise DomainError("print.printer_failed", printer=self._printer_name())
        return PrintResult(sent, cancelled=self._cancel.is_set())

    def _paint_pages(self, painter: QPainter) -> int:
        for sent, page in enumerate(self.pages):
            if self._cancel.is_set():
                self.printer.abort()
                return sent
            points = self._document.pagePointSize(page)
            if sent:
                self.printer.setPageOrientation(orientation_of(points))  # takes effect on the new page
                self.printer.newPage()
            self._paint_page(painter, page, points)
            self.progressed.emit(sent + 1, len(self.pages))
        return len(self.pages)

    def _paint_page(self, painter: QPainter, page: int, points: QSizeF) -> None:
        dpi_x, dpi_y = self.printer.logicalDpiX(), self.printer.logicalDpiY()
        raster = min(dpi_x, dpi_y, RASTER_DPI_LIMIT) / POINTS_PER_INCH
        image = self._document.render(page, QSize(round(points.width() * raster), round(points.height() * raster)))
        target = QRectF(
            0, 0, points.width() * dpi_x / POINTS_PER_INCH, points.height() * dpi_y / POINTS_PER_INCH
        )  # 100 %: the page's own size, from the paper's corner
        painter.drawImage(target, on_white(image))

    def _printer_name(self) -> str:
        return self.printer.printerName() or self.printer.outputFileName() or "?"


def on_white(image: QImage) -> QImage:
    """QtPdf leaves the paper transparent; printers (and PDF output) get an opaque page without an alpha mask.
    Done in place: a 600 dpi page is large enough once."""
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)
    return image
