"""Two small QPainter charts for the statistics view: bars by dispute type and a monthly trend."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mediation_app.gui.vocab import MUTED_COLOUR

ACCEPTED_COLOUR = "#90CAF9"  # 受理: the lighter bar behind
SUCCESS_COLOUR = "#2E7D32"  # 调解成功: drawn over it
LINE_ACCEPTED_COLOUR = "#1565C0"
GRID_COLOUR = "#E0E6EA"


@dataclass(frozen=True)
class Series:
    """One named series of values, drawn in ``colour``."""

    name: str
    colour: str
    values: tuple[int, ...]


def nice_maximum(value: int) -> int:
    """The axis top: ``value`` rounded up to 1, 2 or 5 times a power of ten (at least 1)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return max(step * factor, 1)
        step *= 10


class _Chart(QWidget):
    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.empty_text = title, empty_text
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    def set_data(self, labels: tuple[str, ...], series: tuple[Series, ...]) -> None:
        self.labels, self.series = labels, series
        self.setToolTip("\n".join(self._tooltip_lines()))
        self.update()

    def _tooltip_lines(self) -> list[str]:
        lines = [" / ".join(s.name for s in self.series)] if self.series else []
        for position, label in enumerate(self.labels):
            lines.append(f"{label}  " + " / ".join(str(s.values[position]) for s in self.series))
        return lines

    def has_data(self) -> bool:
        return any(any(s.values) for s in self.series)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 260)

    def _text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _begin(self) -> tuple[QPainter, QRectF]:
        """A painter with the title and legend drawn; returns the rectangle left for the plot."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.setPen(self._text_colour())
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        x = float(self.width())
        for series in reversed(self.series):
            x -= metrics.horizontalAdvance(series.name) + 8
            painter.drawText(QPointF(x + 4, line - metrics.descent()), series.name)
            x -= 14
            painter.fillRect(QRectF(x, line / 2 - 5, 12, 10), QColor(series.colour))
        return painter, QRectF(0, line + 10, self.width(), self.height() - line - 12)

    def _draw_empty(self, painter: QPainter, area: QRectF) -> None:
        painter.setPen(QColor(MUTED_COLOUR))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The legend, then the chart (``_paint``) or, with nothing to show, the empty text."""
        painter, area = self._begin()
        if self.has_data():
            self._paint(painter, area)
        else:
            self._draw_empty(painter, area)
        painter.end()

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError


class TypeBarChart(_Chart):
    """Horizontal bars, one row per category: the first series as a light bar, the second drawn over it."""

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(label) for label in self.labels) + 8
        value_width = metrics.horizontalAdvance("00000 / 00000") + 8
        top = max(max(s.values, default=0) for s in self.series)
        scale = (area.width() - label_width - value_width) / nice_maximum(top)
        row = area.height() / len(self.labels)
        for position, label in enumerate(self.labels):
            y = area.top() + position * row
            painter.setPen(self._text_colour())
            text_rect = QRectF(0, y, label_width - 6, row)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            bar_height = max(3.0, row * 0.7)
            for series in self.series:
                width = series.values[position] * scale
                bar = QRectF(area.left() + label_width, y + (row - bar_height) / 2, width, bar_height)
                painter.fillRect(bar, QColor(series.colour))
            painter.setPen(QColor(MUTED_COLOUR))
            numbers = " / ".join(str(s.values[position]) for s in self.series)
            right = area.left() + label_width + max(s.values[position] for s in self.series) * scale + 6
            painter.drawText(QRectF(right, y, value_width, row), Qt.AlignmentFlag.AlignVCenter, numbers)


class TrendChart(_Chart):
    """Lines by month with a dot at every month; a label under every month that fits."""

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        top = nice_maximum(max(max(s.values) for s in self.series))
        axis_width = metrics.horizontalAdvance(str(top)) + 8
        plot = QRectF(area.left() + axis_width, area.top() + 4, area.width() - axis_width - 8, area.height() - 30)
        self._draw_grid(painter, plot, top)
        count = len(self.labels)
        step_x = plot.width() / max(count - 1, 1)

        def point(position: int, value: int) -> QPointF:
            x = plot.left() + (position * step_x if count > 1 else plot.width() / 2)
            return QPointF(x, plot.bottom() - value / top * plot.height())

        for series in self.series:
            painter.setPen(QPen(QColor(series.colour), 2))
            points = [point(i, v) for i, v in enumerate(series.values)]
            for start, end in itertools.pairwise(points):
                painter.drawLine(start, end)
            painter.setBrush(QColor(series.colour))
            for p in points:
                painter.drawEllipse(p, 2.5, 2.5)
        self._draw_month_labels(painter, plot, [point(i, 0).x() for i in range(count)])

    def _draw_grid(self, painter: QPainter, plot: QRectF, top: int) -> None:
        for fraction in (0, 0.5, 1):
            y = plot.bottom() - fraction * plot.height()
            painter.setPen(QPen(QColor(GRID_COLOUR), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(MUTED_COLOUR))
            text = QRectF(0, y - 10, plot.left() - 6, 20)
            painter.drawText(
                text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(int(top * fraction))
            )

    def _draw_month_labels(self, painter: QPainter, plot: QRectF, xs: list[float]) -> None:
        metrics = QFontMetrics(self.font())
        width = metrics.horizontalAdvance("0000-00") + 10
        every = max(1, int(width * len(xs) / max(plot.width(), 1)) + 1)
        painter.setPen(QColor(MUTED_COLOUR))
        for position, x in enumerate(xs):
            if position % every == 0:
                box = QRectF(x - width / 2, plot.bottom() + 6, width, metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, self.labels[position])
