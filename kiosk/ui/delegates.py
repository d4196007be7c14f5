"""Painting of event cards and agenda rows: cheap to draw, so long lists stay smooth."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kiosk.ui.models import Role

Index = QModelIndex | QPersistentModelIndex

CHIP_COLOURS = {
    "ok": ("#e3f4e8", "#14532d"),
    "warn": ("#fff1d6", "#7a4a00"),
    "bad": ("#fde2e0", "#8a1c14"),
    "info": ("#e0ecfb", "#163f73"),
    "neutral": ("#eceef2", "#2c3340"),
}


def _font(base: QFont, point_size: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def draw_wrapped(
    painter: QPainter, rect: QRect, text: str, font: QFont, max_lines: int, colour: QColor
) -> int:
    """Word-wrapped text, at most ``max_lines`` lines, the last one elided; returns height."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[QTextLine] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        lines.append(line)
    layout.endLayout()
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    y = rect.top()
    for number, line in enumerate(lines):
        start, length = line.textStart(), line.textLength()
        piece = text[start : start + length].rstrip()
        last = number == len(lines) - 1
        if last and start + length < len(text):
            piece = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            QRect(rect.left(), y, rect.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            piece,
        )
        y += metrics.lineSpacing()
    painter.restore()
    return y - rect.top()


def draw_chip(painter: QPainter, x: int, y: int, label: str, level: str, font: QFont) -> int:
    """A rounded status chip; returns its width."""
    if not label:
        return 0
    background, foreground = CHIP_COLOURS.get(level, CHIP_COLOURS["neutral"])
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(label) + 28
    height = metrics.height() + 12
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(background))
    painter.drawRoundedRect(QRectF(x, y, width, height), height / 2, height / 2)
    painter.setPen(QColor(foreground))
    painter.setFont(font)
    painter.drawText(QRect(x, y, width, height), int(Qt.AlignmentFlag.AlignCenter), label)
    painter.restore()
    return width


class EventCardDelegate(QStyledItemDelegate):
    """A large touch card: name, when, where, and two chips (timing, availability)."""

    def __init__(self, card_size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_size = card_size

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return self.card_size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect.adjusted(10, 10, -10, -10)
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#c9ced8"))
        painter.setBrush(QColor("#eef3fb" if pressed else "#ffffff"))
        painter.drawRoundedRect(QRectF(rect), 18, 18)
        painter.restore()

        base = option.font
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        muted = QColor("#4a5160")
        inner = rect.adjusted(28, 24, -28, -24)
        y = inner.top()
        chip_font = _font(base, 15, bold=True)
        x = inner.left()
        chip_h = QFontMetrics(chip_font).height() + 12
        x += draw_chip(painter, x, y, index.data(Role.TIMING) or "", "neutral", chip_font) + 12
        draw_chip(
            painter, x, y, index.data(Role.AVAILABILITY) or "", index.data(Role.LEVEL) or "",
            chip_font,
        )
        y += chip_h + 14
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        y += draw_wrapped(
            painter, QRect(inner.left(), y, inner.width(), 200), name, _font(base, 24, True), 2,
            text_colour,
        )
        y += 8
        for line in (index.data(Role.WHEN) or "", index.data(Role.VENUE) or ""):
            if line:
                y += draw_wrapped(
                    painter, QRect(inner.left(), y, inner.width(), 60), line, _font(base, 18), 1,
                    muted,
                )


class AgendaDelegate(QStyledItemDelegate):
    """Day headers as bands; sessions as rows with time, title, room and speakers, seats."""

    DAY_HEIGHT = 64
    SESSION_HEIGHT = 118
    TIME_WIDTH = 130

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = option.rect.width() or 600
        if index.data(Role.KIND) == "day":
            return QSize(width, self.DAY_HEIGHT)
        return QSize(width, self.SESSION_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        base: QFont = option.font
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        if index.data(Role.KIND) == "day":
            painter.fillRect(rect.adjusted(0, 8, 0, 0), QColor("#e6eaf2"))
            painter.save()
            painter.setFont(_font(base, 20, True))
            painter.setPen(text_colour)
            painter.drawText(
                rect.adjusted(20, 8, -20, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                index.data(Qt.ItemDataRole.DisplayRole) or "",
            )
            painter.restore()
            return
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        if pressed:
            painter.fillRect(rect, QColor("#eef3fb"))
        painter.save()
        painter.setPen(QColor("#dde1e8"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
        inner = rect.adjusted(20, 14, -20, -14)
        # Start time in bold, end time under it: a narrow column that never truncates.
        start, _, end = (index.data(Role.WHEN) or "").partition(" – ")
        time_font = _font(base, 18, True)
        line = QFontMetrics(time_font).lineSpacing()
        column = QRect(inner.left(), inner.top(), self.TIME_WIDTH - 20, line)
        draw_wrapped(painter, column, start, time_font, 1, text_colour)
        if end:
            draw_wrapped(
                painter, column.translated(0, line), end, _font(base, 16), 1, QColor("#4a5160")
            )
        chip_font = _font(base, 14, True)
        chip_label = index.data(Role.AVAILABILITY) or ""
        chip_w = QFontMetrics(chip_font).horizontalAdvance(chip_label) + 28 if chip_label else 0
        left = inner.left() + self.TIME_WIDTH
        width = inner.width() - self.TIME_WIDTH - chip_w - 16
        height = draw_wrapped(
            painter,
            QRect(left, inner.top(), width, 60),
            index.data(Qt.ItemDataRole.DisplayRole) or "",
            _font(base, 19, True),
            2,
            text_colour,
        )
        draw_wrapped(
            painter,
            QRect(left, inner.top() + height + 4, width, 30),
            index.data(Role.DETAIL) or "",
            _font(base, 16),
            1,
            QColor("#4a5160"),
        )
        if chip_label:
            draw_chip(
                painter, inner.right() - chip_w, inner.top(), chip_label,
                index.data(Role.LEVEL) or "neutral", chip_font,
            )
