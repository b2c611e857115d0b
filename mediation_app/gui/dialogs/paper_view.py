"""A rendered PDF to page through and zoom (QtPdf), with the actions and labels a toolbar shows for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMargins,
    QObject,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QKeySequence, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolBar, QVBoxLayout, QWidget

from mediation_app.gui.icons import resource_icon
from mediation_app.gui.theme import BACKGROUND

FIT_WIDTH, FIT_PAGE = "fit_width", "fit_page"
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
PAGE_BACKGROUND = "#E4E7EB"  # a quiet grey around the white paper
Shortcuts = tuple[QKeySequence | QKeySequence.StandardKey | str, ...]


def next_zoom(current: float, step: int) -> float:
    """The next zoom step above (step > 0) or below the current factor."""
    if step > 0:
        return next((z for z in ZOOM_STEPS if z > current * 1.01), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current * 0.99), ZOOM_STEPS[0])


def make_action(parent: QWidget, icon: str, text: str, shortcuts: Shortcuts, slot: Callable[[], object]) -> QAction:
    """An action with every binding of its shortcuts, the first shown in its tooltip; active in ``parent``'s
    window."""
    action = QAction(resource_icon(icon) if icon else QIcon(), text, parent)
    sequences: list[QKeySequence] = []
    for key in shortcuts:
        if isinstance(key, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(key))
        else:
            sequences.append(QKeySequence(key))
    action.setShortcuts(sequences)
    if sequences:
        shown = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(QCoreApplication.translate("PaperView", "%1 (%2)").replace("%1", text).replace("%2", shown))
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def paint_background(window: QWidget) -> None:
    """The app's calm background for a window of its own (a palette, so child widgets keep their style)."""
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    window.setPalette(palette)
    window.setAutoFillBackground(True)


def stretch() -> QWidget:
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return spacer


class PaperView(QWidget):
    zoom_changed = Signal(str)  # the zoom setting: fit_width, fit_page or a percentage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)  # made before any buffer, so it is destroyed before them
        self._buffer: QBuffer | None = None
        self._zoom = FIT_WIDTH
        self.view = QPdfView(self)
        self.view.setObjectName("paperView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(14)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor(PAGE_BACKGROUND))  # QPdfView paints around pages in Dark
        self.view.setPalette(palette)
        self.view.viewport().installEventFilter(self)  # a fit mode's factor follows the viewport's size
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._build_actions()
        self.page_label = _centred_label(120)
        self.zoom_label = _centred_label(52)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.document.pageCountChanged.connect(self._update_page_label)

    def _build_actions(self) -> None:
        def act(icon: str, text: str, shortcuts: Shortcuts, slot: Callable[[], object]) -> QAction:
            return make_action(self, icon, text, shortcuts, slot)

        self.previous_action = act("page_previous", self.tr("Previous page"), ("PgUp",), lambda: self.step_page(-1))
        self.next_action = act("page_next", self.tr("Next page"), ("PgDown",), lambda: self.step_page(1))
        self.first_action = act("", self.tr("First page"), ("Ctrl+Home",), lambda: self.go_to_page(0))
        self.last_action = act("", self.tr("Last page"), ("Ctrl+End",), lambda: self.go_to_page(self.page_count() - 1))
        zoom_in_keys: Shortcuts = (QKeySequence.StandardKey.ZoomIn, "Ctrl+=")
        self.zoom_out_action = act("zoom_out", self.tr("Zoom out"), (QKeySequence.StandardKey.ZoomOut,), self.zoom_out)
        self.zoom_in_action = act("zoom_in", self.tr("Zoom in"), zoom_in_keys, self.zoom_in)
        self.actual_size_action = act("", self.tr("Actual size"), ("Ctrl+1",), lambda: self.set_zoom("100"))
        self.fit_width_action = act("fit_width", self.tr("Fit width"), ("Ctrl+2",), lambda: self.set_zoom(FIT_WIDTH))
        self.fit_page_action = act("fit_page", self.tr("Fit page"), ("Ctrl+0",), lambda: self.set_zoom(FIT_PAGE))
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        pages = [self.first_action, self.previous_action, self.next_action, self.last_action]
        zoom = [self.zoom_in_action, self.zoom_out_action, self.actual_size_action, self.fit_width_action]
        self.view.addActions([*pages, _separator(self), *zoom, self.fit_page_action])

    def add_controls(self, bar: QToolBar) -> None:
        """Page and zoom controls, in the order a reader expects them."""
        bar.addAction(self.previous_action)
        bar.addWidget(self.page_label)
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_width_action)
        bar.addAction(self.fit_page_action)

    # -- the document ---------------------------------------------------------------------------------------
    def load(self, pdf: bytes) -> bool:
        """Show ``pdf`` (on the same page as before, if it has one); False if it cannot be read."""
        page = self.current_page()
        buffer = QBuffer(self)  # QPdfDocument reads from the device as it renders: it must outlive the load
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # closes the previous document, so its buffer may go now
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        self.go_to_page(page)
        self._update_zoom_label()
        return self.document.status() == QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- pages ----------------------------------------------------------------------------------------------
    def current_page(self) -> int:
        """0-based."""
        return max(0, self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        if self.page_count():
            navigator = self.view.pageNavigator()
            navigator.jump(max(0, min(page, self.page_count() - 1)), QPointF(), navigator.currentZoom())
        self._update_page_label()

    def step_page(self, step: int) -> None:
        self.go_to_page(self.current_page() + step)

    def _update_page_label(self) -> None:
        count, page = self.page_count(), self.current_page()
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count)))
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page + 1 < count)

    # -- zoom -----------------------------------------------------------------------------------------------
    def zoom_setting(self) -> str:
        return self._zoom

    def effective_zoom(self) -> float:
        """The factor the page is shown at, in the fit modes too (worked out as QPdfView lays pages out)."""
        mode = self.view.zoomMode()
        points = self.document.pagePointSize(self.current_page())
        if mode == QPdfView.ZoomMode.Custom or points.isEmpty():
            return float(self.view.zoomFactor())
        scale = QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0
        margins, viewport = self.view.documentMargins(), self.view.viewport().size()
        by_width = (viewport.width() - margins.left() - margins.right()) / (points.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(by_width, 0.01)
        by_height = (viewport.height() - margins.top() - margins.bottom()) / (points.height() * scale)
        return max(min(by_width, by_height), 0.01)

    def zoom_in(self) -> None:
        self.set_zoom(str(round(next_zoom(self.effective_zoom(), 1) * 100)))

    def zoom_out(self) -> None:
        self.set_zoom(str(round(next_zoom(self.effective_zoom(), -1) * 100)))

    def set_zoom(self, zoom: str) -> None:
        """``fit_width``, ``fit_page`` or a percentage ("125"); anything else falls back to fit width."""
        if zoom == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif zoom.isdigit() and 10 <= int(zoom) <= 800:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(int(zoom) / 100)
        else:
            zoom = FIT_WIDTH
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        changed, self._zoom = zoom != self._zoom, zoom
        self._update_zoom_label()
        if changed:
            self.zoom_changed.emit(zoom)

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)}%")
        self.fit_width_action.setChecked(self._zoom == FIT_WIDTH)
        self.fit_page_action.setChecked(self._zoom == FIT_PAGE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._update_zoom_label()
        return super().eventFilter(watched, event)


def _separator(parent: QWidget) -> QAction:
    separator = QAction(parent)
    separator.setSeparator(True)
    return separator


def _centred_label(width: int) -> QLabel:
    label = QLabel()
    label.setMinimumWidth(width)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
