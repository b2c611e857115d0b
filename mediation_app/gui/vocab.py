"""Vocabulary labels in the UI language (they are data, not UI strings) and the four risk colours."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from mediation_app.domain.vocabulary import FormCode, RiskLevel, Vocabulary
from mediation_app.gui import i18n

RISK_COLOURS: dict[RiskLevel, str] = {
    RiskLevel.RED: "#C62828",
    RiskLevel.ORANGE: "#EF6C00",
    RiskLevel.YELLOW: "#F9A825",
    RiskLevel.BLUE: "#1565C0",
}
# The one colour for "late" and "wrong": overdue dates, zero-tolerance counts, field errors.
ALERT_COLOUR = "#C62828"
MUTED_COLOUR = "#607D8B"


def label(member: Vocabulary | None) -> str:
    """The member's Chinese label in a Chinese UI, its English label otherwise; "" for None."""
    if member is None:
        return ""
    return member.zh if i18n.is_chinese() else member.en


def paper_name(form: FormCode) -> str:
    """A printed form's name: its Chinese title, or in English its English name with the title the paper bears."""
    return form.zh if i18n.is_chinese() else f"{form.en} ({form.zh})"


def form_name(form_id: str, title: str) -> str:
    """The name of the form stored as ``form_id`` (``title``, the paper's own, when the code is unknown)."""
    code = next((member for member in FormCode if member.value == form_id), None)
    return paper_name(code) if code is not None else title


def risk_colour(level: RiskLevel) -> QColor:
    return QColor(RISK_COLOURS[level])


@cache
def dot_pixmap(colour: str, size: int = 12) -> QPixmap:
    """A filled circle, drawn at 2x so it stays crisp on high-DPI screens."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return pixmap


@cache
def risk_icon(level: RiskLevel, size: int = 12) -> QIcon:
    return QIcon(dot_pixmap(RISK_COLOURS[level], size))
