"""Painting of event cards and agenda rows: cheap to draw, so long lists stay smooth."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kiosk.api.models import Session
from kiosk.ui.focus import KEY_FOCUS, paint_focus_ring
from kiosk.ui.models import (
    AgendaRow,
    Role,
    agenda_detail,
    agenda_row_at,
    agenda_shown_rows,
    initials,
)
from kiosk.ui.text import clock, month_short, translate, weekday_short
from kiosk.ui.theme import colour, font_px, px, theme

Index = QModelIndex | QPersistentModelIndex

# (background, text) palette names (kiosk/ui/theme.py) per level.
CHIP_COLOURS = {
    "ok": ("chip-ok", "chip-ok-text"),
    "warn": ("chip-warn", "chip-warn-text"),
    "bad": ("chip-bad", "chip-bad-text"),
    "info": ("chip-info", "chip-info-text"),
    "neutral": ("chip-neutral", "chip-neutral-text"),
}


def _font(base: QFont, size: float, bold: bool = False) -> QFont:
    """``size`` design pixels (a 1280x800 panel), scaled with the screen and the text size
    the attendee chose."""
    font = QFont(base)
    font.setPixelSize(max(font_px(size), 8))
    font.setBold(bold)
    return font


# Tints for pictures that are missing: a hue per name, dark enough for white text (>= 4.5:1).
TINTS = (
    "#1f5f99", "#a4421f", "#226b43", "#74388f", "#8a5a00", "#12666a", "#99324f", "#3f4f7a",
)

MIN_PICTURE_SIDE = 16  # px: a decoded picture smaller than this is broken, not a photo
# Painted cards (and their tiles and scaled pictures) kept by the events list: about three
# screenfuls at any resolution. Each is an image of the full card.
CARDS_KEPT = 24


def tint(name: str) -> QColor:
    if theme().contrast == "high":  # one dark hue, white on it at 21:1
        return colour("selected")
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=2).digest()
    return QColor(TINTS[digest[0] % len(TINTS)])


def usable(image: object) -> bool:
    """A picture worth showing: decoded, and not a few stray pixels."""
    return (
        isinstance(image, QImage)
        and not image.isNull()
        and min(image.width(), image.height()) >= MIN_PICTURE_SIDE
    )


class PixmapCache:
    """Scaled pixmaps of pictures, so painting a list never scales an image twice."""

    def __init__(self, limit: int = 96) -> None:
        self._limit = limit
        self._cache: dict[tuple[int, int, int, bool], QPixmap] = {}

    def get(self, image: QImage, size: QSize, cover: bool) -> QPixmap:
        key = (image.cacheKey(), size.width(), size.height(), cover)
        pixmap = self._cache.get(key)
        if pixmap is None:
            mode = (
                Qt.AspectRatioMode.KeepAspectRatioByExpanding
                if cover
                else Qt.AspectRatioMode.KeepAspectRatio
            )
            scaled = image.scaled(size, mode, Qt.TransformationMode.SmoothTransformation)
            if cover:  # the middle of the picture, exactly the size of the frame
                x = (scaled.width() - size.width()) // 2
                y = (scaled.height() - size.height()) // 2
                scaled = scaled.copy(x, y, size.width(), size.height())
            if len(self._cache) >= self._limit:
                self._cache.pop(next(iter(self._cache)))
            pixmap = self._cache[key] = QPixmap.fromImage(scaled)
        return pixmap

    def clear(self) -> None:
        self._cache.clear()


def draw_initials_disc(painter: QPainter, rect: QRect, name: str) -> None:
    """The fallback for a missing or broken photo: initials on a disc of the name's tint."""
    side = min(rect.width(), rect.height())
    disc = QRect(rect.left() + (rect.width() - side) // 2, rect.top(), side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tint(name))
    painter.drawEllipse(disc)
    font = QFont(painter.font())
    font.setPixelSize(max(side * 3 // 8, 8))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), initials(name))
    painter.restore()


def text_direction(text: str, otherwise: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of ``text`` by its first strong letter (Unicode's rule for a
    paragraph); ``otherwise`` for text without one (digits, punctuation)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return otherwise


def draw_wrapped(
    painter: QPainter,
    rect: QRect,
    text: str,
    font: QFont,
    max_lines: int,
    colour: QColor,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> int:
    """Word-wrapped text, at most ``max_lines`` lines, the last one elided; returns height.
    Each text takes its own direction (an Arabic name reads right to left, an English
    title in the Arabic interface keeps its colon after the word), aligned to the
    interface's side (``align`` is flipped in right-to-left as for any widget)."""
    metrics = QFontMetrics(font)
    side = QStyle.visualAlignment(painter.layoutDirection(), align)
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
    painter.setLayoutDirection(text_direction(text, painter.layoutDirection()))
    y = rect.top()
    for number, line in enumerate(lines):
        start, length = line.textStart(), line.textLength()
        piece = text[start : start + length].rstrip()
        last = number == len(lines) - 1
        if last and start + length < len(text):
            piece = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            QRect(rect.left(), y, rect.width(), metrics.height()),
            int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter),
            piece,
        )
        y += metrics.lineSpacing()
    painter.restore()
    return y - rect.top()


def chip_width(label: str, font: QFont) -> int:
    return QFontMetrics(font).horizontalAdvance(label) + px(28) if label else 0


def draw_chip(
    painter: QPainter, x: int, y: int, label: str, level: str, font: QFont,
    max_width: int | None = None,
) -> int:
    """A rounded status chip, at most ``max_width`` wide (its words elided beyond);
    returns its width."""
    if not label:
        return 0
    background, foreground = CHIP_COLOURS.get(level, CHIP_COLOURS["neutral"])
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(label) + px(28)
    if max_width is not None and width > max_width:
        label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max_width - px(28))
        width = max_width
    height = metrics.height() + px(12)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(background))
    painter.drawRoundedRect(QRectF(x, y, width, height), height / 2, height / 2)
    painter.setPen(colour(foreground))
    painter.setFont(font)
    painter.drawText(QRect(x, y, width, height), int(Qt.AlignmentFlag.AlignCenter), label)
    painter.restore()
    return width


class EventCardDelegate(QStyledItemDelegate):
    """A large touch card: the event's picture (or a calendar tile), then chips (timing,
    availability), name, when and where."""

    def __init__(self, card_size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_size = card_size
        self.pixmaps = PixmapCache(limit=CARDS_KEPT)
        # The card's leading tile (picture or date leaf) with the card's rounded corners
        # already cut: painted once per size, then only copied (clipping every paint to an
        # antialiased path cost the events list most of its repaint).
        self._tiles: dict[tuple[object, ...], QPixmap] = {}
        # Whole cards: per event (and pressed or not) the last one painted, with what it
        # shows. A card whose words changed ("Starts in 12 min" each minute, its places)
        # replaces its old picture instead of adding one: keyed by what they showed, the
        # old ones piled up to the limit, 48 cards of 0.7-0.9 MB each within an hour on
        # the list (BENCHMARKS.md, "Memory, fourth pass").
        self._cards: dict[tuple[object, bool], tuple[tuple[object, ...], QPixmap]] = {}

    def forget(self) -> None:
        """Drop the painted cards, tiles and scaled pictures: the list is off screen.

        A card is some 0.7 MB of pixels at 1920x1080: with the register form and the
        on-screen keyboard up, the hidden list held 13 MB of them and their tiles
        (BENCHMARKS.md, "Memory, fourth pass"). A screenful is painted again when the list
        comes back, about 2 ms a card."""
        self._cards.clear()
        self._tiles.clear()
        self.pixmaps.clear()

    def _leading_tile(
        self, index: Index, size: QSize, radius: int, rtl: bool = False
    ) -> QPixmap:
        image = index.data(Role.IMAGE)
        picture = image if usable(image) else None
        what: object = (
            ("picture", picture.cacheKey()) if picture is not None
            else ("date", index.data(Role.KEY) or "", index.data(Role.DATE), QLocale().name())
        )
        key = (what, size.width(), size.height(), radius, rtl, theme().contrast)
        tile = self._tiles.get(key)
        if tile is not None:
            return tile
        tile = QPixmap(size)
        tile.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tile)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        corners = QPainterPath()  # only the outer corners: the inner edge runs on past
        left = -2 * radius if rtl else 0
        corners.addRoundedRect(QRectF(left, 0, size.width() + 2 * radius, size.height()),
                               radius, radius)
        painter.setClipPath(corners)
        frame = QRect(0, 0, size.width(), size.height())
        if picture is not None:
            painter.drawPixmap(frame, self.pixmaps.get(picture, size, cover=True))
        else:
            draw_date_tile(painter, frame, index.data(Role.KEY) or "", index.data(Role.DATE))
        painter.end()
        if len(self._tiles) >= CARDS_KEPT:
            self._tiles.pop(next(iter(self._tiles)))
        self._tiles[key] = tile
        return tile

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return self.card_size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A card is drawn once into a pixmap and then copied: a refresh repaints every
        card on screen, and laying out its wrapped words each time cost 1-2 ms a card."""
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        image = index.data(Role.IMAGE)
        shown = tuple(index.data(role) for role in (
            Qt.ItemDataRole.DisplayRole, Role.KEY, Role.DATE, Role.TIMING, Role.AVAILABILITY,
            Role.LEVEL, Role.WHEN, Role.VENUE,
        ))
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (shown, image.cacheKey() if usable(image) else 0, option.rect.size().width(),
               option.rect.size().height(), pressed, font_px(100), theme().contrast, ratio,
               option.palette.color(QPalette.ColorRole.Text).rgba(), option.font.key(),
               option.direction)
        slot = (index.data(Role.KEY) or f"row {index.row()}", pressed)
        kept = self._cards.get(slot)
        card = kept[1] if kept is not None and kept[0] == key else None
        if card is None:
            card = QPixmap(option.rect.size() * ratio)
            card.setDevicePixelRatio(ratio)
            card.fill(Qt.GlobalColor.transparent)
            into = QPainter(card)
            local = QStyleOptionViewItem(option)
            local.rect = QRect(0, 0, option.rect.width(), option.rect.height())
            self._paint_card(into, local, index, pressed)
            into.end()
            self._cards.pop(slot, None)  # this card as it was: it shows something else now
            if len(self._cards) >= CARDS_KEPT:
                self._cards.pop(next(iter(self._cards)))
            self._cards[slot] = (key, card)
        painter.drawPixmap(option.rect.topLeft(), card)
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard is on this card
            gap = px(10)
            paint_focus_ring(painter, QRectF(option.rect.adjusted(gap, gap, -gap, -gap)),
                             px(18))

    def _paint_card(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, pressed: bool
    ) -> None:
        gap = px(10)
        rect = option.rect.adjusted(gap, gap, -gap, -gap)
        radius = px(18)
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(rect), radius, radius)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour("card-outline"))
        painter.setBrush(colour("card-pressed" if pressed else "surface"))
        painter.drawPath(outline)
        # The picture on the card's leading side (the right in Arabic), as tall as the card.
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        side = min(rect.height(), rect.width() * 3 // 10)
        picture = QRect(rect.right() + 1 - side if rtl else rect.left(), rect.top(), side,
                        rect.height())
        painter.drawPixmap(picture.topLeft(),
                           self._leading_tile(index, picture.size(), radius, rtl))
        painter.restore()

        base = option.font
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        muted = colour("muted")
        if rtl:
            inner = rect.adjusted(px(22), px(18), -(picture.width() + px(22)), -px(16))
        else:
            inner = rect.adjusted(picture.width() + px(22), px(18), -px(22), -px(16))
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft

        def chip(x: int, y: int, label: str, level: str, room: int) -> int:
            """A chip at ``x`` counted from the leading edge; returns its width."""
            width = min(chip_width(label, chip_font), room)
            at = inner.left() + inner.right() + 1 - (x + width) if rtl else x
            return draw_chip(painter, at, y, label, level, chip_font, room)

        y = inner.top()
        chip_font = _font(base, 17, bold=True)
        x = inner.left()
        timing = index.data(Role.TIMING) or ""
        availability = index.data(Role.AVAILABILITY) or ""
        chip_h = QFontMetrics(chip_font).height() + px(12)
        if timing or availability:
            if timing:
                x += chip(x, y, timing, "neutral", inner.width()) + px(10)
            if timing and x + chip_width(availability, chip_font) > inner.right():
                x, y = inner.left(), y + chip_h + px(6)  # the second chip on a row of its own
            chip(x, y, availability, index.data(Role.LEVEL) or "", inner.right() - x)
            y += chip_h + px(10)
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        title_font = _font(base, 25, True)
        lines = 3 if not (timing or availability) else 2
        if theme().text_scale > 1:  # larger text: a taller card, the name gets a line more
            lines += 1
        y += draw_wrapped(
            painter, QRect(inner.left(), y, inner.width(), 0), name, title_font, lines,
            text_colour, align,
        )
        y += px(6)
        small = _font(base, 19)
        spacing = QFontMetrics(small).lineSpacing()
        for line in (index.data(Role.WHEN) or "", index.data(Role.VENUE) or ""):
            room = min((inner.bottom() - y) // spacing, 2)
            if line and room > 0:
                y += draw_wrapped(
                    painter, QRect(inner.left(), y, inner.width(), 0), line, small, room, muted,
                    align,
                )


def draw_date_tile(painter: QPainter, rect: QRect, key: str, day: date | None) -> None:
    """The designed placeholder of an event without a picture: its date as a calendar
    leaf on a gradient of the event's own tint."""
    colour = tint(key)
    gradient = QLinearGradient(rect.topLeft().toPointF(), rect.bottomRight().toPointF())
    gradient.setColorAt(0.0, colour.lighter(125))
    gradient.setColorAt(1.0, colour.darker(115))
    painter.fillRect(rect, gradient)
    if day is None:
        return
    side = min(rect.width(), rect.height()) * 3 // 5
    leaf = QRect(rect.center().x() - side // 2, rect.center().y() - side // 2, side, side)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(QRectF(leaf), side / 8, side / 8)
    band = QRect(leaf.left(), leaf.top(), leaf.width(), side // 4)
    path = QPainterPath()
    path.addRoundedRect(QRectF(band.adjusted(0, 0, 0, side // 8)), side / 8, side / 8)
    painter.save()
    painter.setClipRect(band)
    painter.fillPath(path, colour)
    painter.restore()
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(side // 7, 8))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), weekday_short(day).upper())
    font.setPixelSize(max(side * 2 // 5, 8))
    painter.setFont(font)
    painter.setPen(QColor("#1c2230"))
    number = QRect(leaf.left(), band.bottom(), leaf.width(), side * 9 // 20)
    painter.drawText(number, int(Qt.AlignmentFlag.AlignCenter), QLocale().toString(day.day))
    font.setPixelSize(max(side // 7, 8))
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(colour.darker(130))
    rest = QRect(leaf.left(), number.bottom(), leaf.width(), leaf.bottom() - number.bottom())
    painter.drawText(rest, int(Qt.AlignmentFlag.AlignCenter), month_short(day).upper())


class SpeakerTileDelegate(QStyledItemDelegate):
    """A speaker: round portrait (or initials on a disc), the name wrapped on up to three
    lines, never cut to "Lukas ...", and the job title."""

    PHOTO = 132  # design px
    WIDTH = 220

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmaps = PixmapCache()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        name_font, title_font = _font(option.font, 19, True), _font(option.font, 16)
        height = (
            px(12) + px(self.PHOTO) + px(10)
            + 3 * QFontMetrics(name_font).lineSpacing()
            + 2 * QFontMetrics(title_font).lineSpacing() + px(12)
        )
        return QSize(px(self.WIDTH), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self._paint_item(painter, option, index)
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard is on it
            ring = QRectF(option.rect.adjusted(px(2), px(4), -px(2), -px(4)))
            paint_focus_ring(painter, ring, px(16))

    def _paint_item(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect.adjusted(px(8), px(12), -px(8), -px(12))
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        side = px(self.PHOTO)
        photo = QRect(rect.center().x() - side // 2, rect.top(), side, side)
        image = index.data(Role.IMAGE)
        if usable(image):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            clip = QPainterPath()
            clip.addEllipse(QRectF(photo))
            painter.setClipPath(clip)
            painter.drawPixmap(photo, self.pixmaps.get(image, photo.size(), cover=True))
            painter.restore()
        else:
            draw_initials_disc(painter, photo, name)
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        y = photo.bottom() + px(10)
        name_font = _font(option.font, 19, True)
        y += draw_wrapped(painter, QRect(rect.left(), y, rect.width(), 0), name, name_font, 3,
                          text_colour, Qt.AlignmentFlag.AlignHCenter)
        title = index.data(Role.DETAIL) or ""
        if title:
            draw_wrapped(painter, QRect(rect.left(), y, rect.width(), 0), title,
                         _font(option.font, 16), 2, colour("muted"),
                         Qt.AlignmentFlag.AlignHCenter)


class SponsorTileDelegate(QStyledItemDelegate):
    """A sponsor: its logo contained in a white tile (aspect kept, never cropped, with a
    margin), and the sponsorship under it. The name is written only when there is no
    logo, since a logo shows the name already."""

    WIDTH = 280
    LOGO_HEIGHT = 130

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmaps = PixmapCache()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        topic_font = _font(option.font, 16)
        height = px(12) + px(self.LOGO_HEIGHT) + px(8) + 2 * QFontMetrics(topic_font).lineSpacing()
        return QSize(px(self.WIDTH), height + px(12))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self._paint_item(painter, option, index)
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard is on it
            ring = QRectF(option.rect.adjusted(px(4), px(4), -px(4), -px(4)))
            paint_focus_ring(painter, ring, px(14))

    def _paint_item(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect.adjusted(px(10), px(12), -px(10), -px(12))
        tile = QRect(rect.left(), rect.top(), rect.width(), px(self.LOGO_HEIGHT))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour("card-outline"))
        painter.setBrush(colour("surface"))
        painter.drawRoundedRect(QRectF(tile), px(12), px(12))
        painter.restore()
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        image = index.data(Role.IMAGE)
        room = tile.adjusted(px(14), px(14), -px(14), -px(14))
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        if usable(image):
            pixmap = self.pixmaps.get(image, room.size(), cover=False)
            x = room.left() + (room.width() - pixmap.width()) // 2
            y = room.top() + (room.height() - pixmap.height()) // 2
            painter.drawPixmap(x, y, pixmap)
        else:
            font = _font(option.font, 22, True)
            lines = max(1, min(3, room.height() // QFontMetrics(font).lineSpacing()))
            layout_height = min(lines, 2) * QFontMetrics(font).lineSpacing()
            top = room.top() + (room.height() - layout_height) // 2
            draw_wrapped(painter, QRect(room.left(), top, room.width(), 0), name, font, lines,
                         text_colour, Qt.AlignmentFlag.AlignHCenter)
        topic = index.data(Role.DETAIL) or ""
        if topic:
            draw_wrapped(painter, QRect(rect.left(), tile.bottom() + px(8), rect.width(), 0),
                         topic, _font(option.font, 16), 2, colour("muted"),
                         Qt.AlignmentFlag.AlignHCenter)


def wrapped_height(text: str, font: QFont, width: int, max_lines: int) -> int:
    """The height ``draw_wrapped`` takes for ``text`` in ``width``."""
    if not text or width <= 0:
        return 0
    metrics = QFontMetrics(font)
    if metrics.horizontalAdvance(text) <= width:  # one line: no layout needed
        return metrics.lineSpacing()
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = 0
    while lines < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines += 1
    layout.endLayout()
    return lines * QFontMetrics(font).lineSpacing()


def count_lines(
    text: str, metrics: QFontMetrics, widths: dict[str, int], width: int, max_lines: int
) -> int:
    """The lines ``draw_wrapped`` takes for ``text`` in ``width`` (at most ``max_lines``),
    found from the widths of its words (kept in ``widths``, one ``horizontalAdvance`` per
    word ever seen in that font) instead of laying the text out: words go on a line while
    they fit; a word wider than a line breaks anywhere (as a title without spaces, e.g. in
    Japanese, does). Microseconds a title, so a 2,000-session agenda is measured at once."""
    if not text or width <= 0:
        return 0
    space = widths.get(" ")
    if space is None:
        space = widths[" "] = metrics.horizontalAdvance(" ")
    lines, x = 1, -1
    for word in text.split(" "):
        advance = widths.get(word)
        if advance is None:
            advance = widths[word] = metrics.horizontalAdvance(word)
        if x < 0:
            x = advance
        elif x + space + advance <= width:
            x += space + advance
        else:
            lines += 1
            x = advance
        while x > width and lines < max_lines:  # broken anywhere
            lines += 1
            x -= width
        if lines >= max_lines:
            return max_lines
    return lines


class AgendaDelegate(QStyledItemDelegate):
    """Day headers as bands; sessions as rows with time, title, room and speakers, seats.
    A session's row is as tall as its title needs: titles wrap, they are not cut.

    Heights are cheap so the view lays the whole agenda out in one pass (2,000 sessions in
    a few tens of ms): a row's lines are counted from its words' widths (``count_lines``),
    kept by (title, detail) for the width and text size, and by row number until the rows
    change (``forget``); the paint draws the lines the measure counted, never more."""

    DAY_HEIGHT = 64  # design px
    TIME_WIDTH = 130
    TITLE_LINES = 6
    DETAIL_LINES = 2

    def _width(self, option: QStyleOptionViewItem) -> int:
        """The rows' width with the scroll bar shown, whether it is or not: the bar coming
        up (the first time a long agenda is laid out) must not measure every row again."""
        view = self._view
        if view is not None:
            bar = view.verticalScrollBar()  # not kept: a view may be given another one
            shown = bar.isVisibleTo(view)
            return view.viewport().width() - (0 if shown else bar.sizeHint().width())
        return option.rect.width() or 600

    _chip_room_at: tuple[int, int]

    def _chip_room(self, option: QStyleOptionViewItem) -> int:
        """The width kept for the seats chip on every row: the widest chip a session can
        show. Fixed per scale, so a refresh of the counts never changes how a title
        wraps, and row heights never need measuring again."""
        scale = px(100)
        if self._chip_room_at[0] != scale:
            font = _font(option.font, 19, True)
            metrics = QFontMetrics(font)
            labels = (
                translate("kiosk", "%Ln seat(s) left", None, 999),
                translate("kiosk", "Fully booked"),
                translate("kiosk", "Full – waitlist"),
            )
            self._chip_room_at = (scale, max(metrics.horizontalAdvance(t) for t in labels) + px(28))
        return self._chip_room_at[1]

    def _columns(self, option: QStyleOptionViewItem, index: Index, width: int) -> tuple[int, int]:
        """(left of the title, width of the title) in a row ``width`` wide."""
        inner = width - 2 * px(20)
        room = self._chip_room(option)
        return self._time_width(), max(inner - self._time_width() - room - px(16), px(80))

    def _time_width(self) -> int:
        """The times' column, as wide as their text size (24 px at 100 %) needs."""
        return px(self.TIME_WIDTH) * font_px(24) // max(px(24), 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = parent if isinstance(parent, QAbstractItemView) else None
        self._chip_room_at = (0, 0)  # (scale, px)
        # What the measures below hold for: (row width, unit, text scale); checked on every
        # size hint, so only attribute reads (a new chip room comes with ``retranslate``).
        self._at: tuple[int, float, float] = (0, 0.0, 0.0)
        # (day height, the times' height, title width, title and detail metrics)
        self._sizes: tuple[int, int, int, QFontMetrics | None, QFontMetrics | None] = (
            0, 0, 0, None, None)
        # (title, detail) -> (height, title lines, detail lines): a refresh of the counts or
        # an agenda built again measures only words it has not seen.
        self._heights: dict[tuple[str, str], tuple[int, int, int]] = {}
        # Word -> width, per font (title, detail): counting lines costs look-ups.
        self._title_words: dict[str, int] = {}
        self._detail_words: dict[str, int] = {}
        # By row number: QListView measures every row on each layout (a resize, new rows);
        # a row's height then costs one look-up. Void when rows change (``forget``).
        self._by_row: dict[int, int] = {}
        # Session id -> (the session, its height): a row built again costs a look-up.
        self._by_session: dict[str, tuple[Session, int]] = {}

    def forget(self) -> None:
        """Row heights by row number are void: rows came, went or were filtered, or a
        title changed. (A list view measures every row again on any data change, so a
        counts refresh must find its heights here, not measure them.)"""
        self._by_row.clear()

    def retranslate(self) -> None:
        """The seat chips' words changed (a language switch): their room is measured again,
        and so is every row (called by the screen that owns the agenda)."""
        self._chip_room_at = (0, 0)
        self._at = (0, 0.0, 0.0)
        self._title_words.clear()
        self._detail_words.clear()
        self.forget()

    def _measures(self, option: QStyleOptionViewItem, width: int) -> None:
        """Brings the measures up to date for ``width`` and the text size."""
        state = theme()
        at = (width, state.unit, state.text_scale)
        if at == self._at:
            return
        if at[1:] != self._at[1:]:  # a new text size: words have new widths
            self._title_words.clear()
            self._detail_words.clear()
        self._at = at
        self._heights.clear()
        self._by_session.clear()
        self._by_row.clear()
        day_font = QFontMetrics(_font(option.font, 26, True))
        times = QFontMetrics(_font(option.font, 24, True)).lineSpacing() * 2
        _, title_w = self._columns(option, QModelIndex(), width)
        self._sizes = (
            max(px(self.DAY_HEIGHT), day_font.lineSpacing() + px(24)),
            times,
            title_w,
            QFontMetrics(_font(option.font, 25, True)),
            QFontMetrics(_font(option.font, 21)),
        )

    def _session_size(self, title: str, detail: str) -> tuple[int, int, int]:
        """(height, title lines, detail lines) of a session's row, for the current measures."""
        key = (title, detail)
        known = self._heights.get(key)
        if known is not None:
            return known
        _, times, title_w, title_metrics, detail_metrics = self._sizes
        assert title_metrics is not None
        assert detail_metrics is not None
        title_lines = count_lines(title, title_metrics, self._title_words, title_w,
                                  self.TITLE_LINES)
        detail_lines = count_lines(detail, detail_metrics, self._detail_words, title_w,
                                   self.DETAIL_LINES)
        text_h = (title_lines * title_metrics.lineSpacing() + px(4)
                  + detail_lines * detail_metrics.lineSpacing())
        height = max(text_h, times) + 2 * px(14) + 1
        if len(self._heights) > 20000:
            self._heights.clear()
        if len(self._title_words) > 50000:
            self._title_words.clear()
            self._detail_words.clear()
        known = self._heights[key] = (height, title_lines, detail_lines)
        return known

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        # Called for every row on every layout: the common case is two look-ups.
        width = self._width(option)
        self._measures(option, width)
        number = index.row()
        known = self._by_row.get(number)
        if known is None:
            # The view asks for every row next: all are measured in one pass of Python.
            rows = None if self._by_row else agenda_shown_rows(index.model())
            if rows is not None:
                self._by_row = dict(enumerate(map(self._row_height, rows)))
                known = self._by_row.get(number)
            if known is None:
                known = self._row_height(agenda_row_at(index))
                self._by_row[number] = known
        return QSize(width, known)

    def _row_height(self, row: AgendaRow | None) -> int:
        session = row.session if row is not None else None
        if session is None:
            return self._sizes[0]
        seen = self._by_session.get(session.id)
        if seen is not None and seen[0] is session:
            return seen[1]
        height = self._session_size(session.name, agenda_detail(session))[0]
        if len(self._by_session) > 20000:
            self._by_session.clear()
        self._by_session[session.id] = (session, height)
        return height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self._paint_item(painter, option, index)
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard is on it
            paint_focus_ring(painter, QRectF(option.rect.adjusted(1, 1, -1, -1)), px(0))

    def _paint_item(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect: QRect = option.rect
        base: QFont = option.font
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        if index.data(Role.KIND) == "day":
            painter.fillRect(rect.adjusted(0, px(8), 0, 0), colour("day-band"))
            painter.save()
            painter.setFont(_font(base, 26, True))
            painter.setPen(text_colour)
            painter.drawText(
                rect.adjusted(px(20), px(8), -px(20), 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                index.data(Qt.ItemDataRole.DisplayRole) or "",
            )
            painter.restore()
            return
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        if pressed:
            painter.fillRect(rect, colour("row-pressed"))
        painter.save()
        painter.setPen(colour("separator"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
        inner = rect.adjusted(px(20), px(14), -px(20), -px(14))
        rtl = option.direction == Qt.LayoutDirection.RightToLeft

        def lead(x: int, w: int) -> int:
            """``x`` counted from the leading edge (the right in Arabic), for ``w`` wide."""
            return inner.left() + inner.right() + 1 - x - w if rtl else x

        # Start time in bold, end time under it: a narrow column that never truncates.
        session = index.data(Role.ITEM)
        start = clock(session.start_time) if session and session.start_time else ""
        end = clock(session.end_time) if session and session.end_time else ""
        time_font = _font(base, 24, True)
        line = QFontMetrics(time_font).lineSpacing()
        column_w = self._time_width() - px(20)
        column = QRect(lead(inner.left(), column_w), inner.top(), column_w, line)
        draw_wrapped(painter, column, start, time_font, 1, text_colour)
        if end:
            draw_wrapped(
                painter, column.translated(0, line), end, _font(base, 21), 1, colour("muted")
            )
        chip_font = _font(base, 19, True)
        chip_label = index.data(Role.AVAILABILITY) or ""
        # The title's column and lines as measured (``sizeHint``): the text fits its row.
        measured = self._width(option)
        self._measures(option, measured)
        width = self._sizes[2]
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        detail = index.data(Role.DETAIL) or ""
        _, title_lines, detail_lines = self._session_size(title, detail)
        offset = self._time_width()
        left = lead(inner.left() + offset, width)
        height = draw_wrapped(
            painter,
            QRect(left, inner.top(), width, 0),
            title,
            _font(base, 25, True),
            max(title_lines, 1),
            text_colour,
        )
        draw_wrapped(
            painter,
            QRect(left, inner.top() + height + px(4), width, 0),
            detail,
            _font(base, 21),
            max(detail_lines, 1),
            colour("muted"),
        )
        if chip_label:
            chip_w = QFontMetrics(chip_font).horizontalAdvance(chip_label) + px(28)
            draw_chip(
                painter, lead(inner.right() - chip_w, chip_w), inner.top(), chip_label,
                index.data(Role.LEVEL) or "neutral", chip_font,
            )


def draw_check_box(painter: QPainter, rect: QRect, checked: bool, enabled: bool) -> None:
    """The form's check box (resources/icons/check-*.svg, as the style sheet draws it for a
    QCheckBox), painted in ``rect`` (a square)."""
    scale = rect.width() / 48
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.left(), rect.top())
    painter.scale(scale, scale)
    edge = QColor("#1d4ed8" if enabled else "#767d8c")
    if checked:
        fill = edge
    else:
        edge = QColor("#4a5160") if enabled else edge
        fill = QColor("#ffffff" if enabled else "#eceef2")
    pen = QPen(edge, 4)
    if not enabled and not checked:
        pen.setDashPattern([1.5, 1.0])  # the SVG's "6 4" in pen widths
    painter.setPen(pen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(3, 3, 42, 42), 8, 8)
    if checked:
        tick = QPen(QColor("#ffffff"), 6)
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        path.moveTo(12, 25)
        path.lineTo(20.5, 33.5)
        path.lineTo(36.5, 15)
        painter.drawPath(path)
    painter.restore()


class SessionChoiceDelegate(QStyledItemDelegate):
    """The register form's sessions (kiosk.ui.models.SessionChoiceModel) as the check rows
    they were as widgets: a day heading, a start-time heading, then per session its box,
    its title and time and room (wrapping, never cut), and its seats as a chip. Rows are a
    touch target tall at least; their heights depend on the words, never on the seats, so
    a counts refresh measures nothing again."""

    BOX = 40  # design px, as QCheckBox::indicator
    TEXT_SIZE = 24  # the form's body text
    TEXT_LINES = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A session's height by its words (and the width and text size): kept when the
        # rows are built again, so a rebuilt agenda measures only new words.
        self._heights: dict[tuple[str, int, int], int] = {}
        # By row: QListView measures every row on each layout (a resize, new rows); a
        # row's height then costs one look-up. Void when the rows change (``forget_rows``).
        self._by_row: dict[int, int] = {}
        self._by_row_at = (0, 0)  # (width, text size) of ``_by_row``
        self._chip_room_at = (0, 0)  # (scale, px)
        # (text size, width) -> (day, slot, smallest session height; text width, metrics)
        self._sizes_at: tuple[int, int] = (0, 0)
        self._sizes: tuple[int, int, int, int, QFontMetrics | None, QFont | None] = (
            0, 0, 0, 0, None, None)

    def forget_rows(self) -> None:
        """The rows changed (the model was reset): their heights are found again."""
        self._by_row.clear()

    def forget(self) -> None:
        """Heights are void (a language switch, a new text size)."""
        self._heights.clear()
        self._by_row.clear()
        self._chip_room_at = (0, 0)
        self._sizes_at = (0, 0)

    retranslate = forget

    def _width(self, option: QStyleOptionViewItem) -> int:
        """The rows' width with the scroll bar shown, whether it is or not: the bar coming
        up must not make every row be measured again."""
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            bar = view.verticalScrollBar()
            shown = bar.isVisibleTo(view)
            return view.viewport().width() - (0 if shown else bar.sizeHint().width())
        return option.rect.width() or 600

    def _chip_room(self, option: QStyleOptionViewItem) -> int:
        """The room kept for the seats chip on every row: the widest chip there can be."""
        scale = font_px(100)
        if self._chip_room_at[0] != scale:
            metrics = QFontMetrics(_font(option.font, 19, True))
            labels = (
                translate("kiosk", "%Ln seat(s) left", None, 9999),
                translate("kiosk", "Fully booked"),
                translate("kiosk", "Full – waitlist"),
            )
            self._chip_room_at = (scale, max(metrics.horizontalAdvance(t) for t in labels)
                                  + px(28))
        return self._chip_room_at[1]

    BOX_LEFT = 2  # design px, from the view's edge

    def _text_left(self) -> int:
        return px(self.BOX_LEFT) + px(self.BOX) + px(38)

    def _text_width(self, option: QStyleOptionViewItem, width: int) -> int:
        return max(width - self._text_left() - self._chip_room(option) - px(24), px(80))

    def _sizes_for(
        self, option: QStyleOptionViewItem, width: int, scale: int
    ) -> tuple[int, int, int, int, QFontMetrics | None, QFont | None]:
        if self._sizes_at != (scale, width):
            font = _font(option.font, self.TEXT_SIZE)
            self._sizes = (
                QFontMetrics(_font(option.font, 28, True)).lineSpacing() + px(20),
                QFontMetrics(_font(option.font, 21, True)).lineSpacing() + px(12),
                px(12) + px(self.BOX) + px(12),
                self._text_width(option, width),
                QFontMetrics(font),
                font,
            )
            self._sizes_at = (scale, width)
        return self._sizes

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = self._width(option)
        scale = font_px(100)
        if self._by_row_at != (width, scale):
            self._by_row.clear()
            self._by_row_at = (width, scale)
        row = index.row()
        known = self._by_row.get(row)
        if known is None:
            known = self._measure(option, index, width, scale)
            self._by_row[row] = known
        return QSize(width, known)

    def _measure(self, option: QStyleOptionViewItem, index: Index, width: int, scale: int) -> int:
        day, slot, smallest, text_w, metrics, font = self._sizes_for(option, width, scale)
        kind = index.data(Role.KIND)
        if kind != "session":
            return day if kind == "day" else slot
        words = index.data(Qt.ItemDataRole.DisplayRole) or ""
        key = (words, width, scale)
        height = self._heights.get(key)
        if height is None:
            assert metrics is not None
            assert font is not None
            spacing = metrics.lineSpacing()
            widest = metrics.maxWidth()
            lines = 0
            for part in words.split("\n"):
                if len(part) * widest <= text_w or metrics.horizontalAdvance(part) <= text_w:
                    # One line (the first test needs no shaping: times and rooms are short).
                    lines += spacing
                else:
                    lines += max(wrapped_height(part, font, text_w, self.TEXT_LINES), 1)
            height = max(smallest, lines + px(17) + px(22))
            if len(self._heights) > 50000:
                self._heights.clear()
            self._heights[key] = height
        return height

    def editorEvent(  # noqa: N802 - Qt override
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        # Not the default's tick on its own small indicator: the view ticks a session on a
        # tap anywhere on its row, and on Space or Enter (its ``clicked``).
        return False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self._paint_item(painter, option, index)
        view = self.parent()
        keys = isinstance(view, QWidget) and bool(view.property(KEY_FOCUS))
        if keys and option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard is on it
            paint_focus_ring(painter, QRectF(option.rect.adjusted(1, 1, -1, -1)), px(10))

    def _paint_item(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect: QRect = option.rect
        base: QFont = option.font
        kind = index.data(Role.KIND)
        words = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rtl = option.direction == Qt.LayoutDirection.RightToLeft

        def lead(x: int, w: int) -> int:
            """``x`` from the leading edge (the right in Arabic), for something ``w`` wide."""
            return rect.left() + rect.right() + 1 - x - w if rtl else x

        if kind == "day":
            font = _font(base, 28, True)
            top = rect.top() + px(12)
            draw_wrapped(painter, QRect(rect.left() + px(5), top, rect.width() - px(10), 0),
                         words, font, 1, option.palette.color(QPalette.ColorRole.Text))
            return
        if kind == "slot":
            font = _font(base, 21, True)
            draw_wrapped(painter, QRect(rect.left() + px(3), rect.top() + px(4),
                                        rect.width() - px(6), 0),
                         words, font, 1, colour("muted"))
            return
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        box = px(self.BOX)
        box_top = rect.top() + px(12)
        draw_check_box(painter, QRect(lead(rect.left() + px(self.BOX_LEFT), box), box_top, box,
                                      box),
                       checked, enabled)
        font = _font(base, self.TEXT_SIZE)
        metrics = QFontMetrics(font)
        text_w = self._text_width(option, self._width(option))  # as measured
        text_colour = (option.palette.color(QPalette.ColorRole.Text) if enabled
                       else colour("disabled"))
        # The first line level with the box.
        y = box_top + box // 2 - metrics.lineSpacing() // 2
        top = y
        for part in words.split("\n"):
            y += draw_wrapped(
                painter, QRect(lead(rect.left() + self._text_left(), text_w), y, text_w, 0),
                part, font, self.TEXT_LINES, text_colour,
            )
        chip_label = index.data(Role.AVAILABILITY) or ""
        if chip_label:
            chip_font = _font(base, 19, True)
            chip_metrics = QFontMetrics(chip_font)
            chip_w = min(chip_metrics.horizontalAdvance(chip_label) + px(28),
                         self._chip_room(option))
            chip_h = chip_metrics.height() + px(12)
            middle = (top + y) // 2 if y - top <= 2 * metrics.lineSpacing() else box_top + box // 2
            draw_chip(painter, lead(rect.right() - px(12) - chip_w, chip_w), middle - chip_h // 2,
                      chip_label, index.data(Role.LEVEL) or "neutral", chip_font, chip_w)
