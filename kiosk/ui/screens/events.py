"""The start screen: large cards for the published events, refreshed live without flicker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kiosk.api.models import Event
from kiosk.services.catalog import EventsSnapshot, EventSummary
from kiosk.ui.delegates import EventCardDelegate
from kiosk.ui.i18n import Text, say
from kiosk.ui.models import EventListModel, Role
from kiosk.ui.presentation import CornerButtons
from kiosk.ui.reach import reach_low
from kiosk.ui.theme import on_unit_changed, px, theme
from kiosk.ui.widgets import (
    ROWS_SETTLE_MS,
    TOUCH_TARGET,
    body_label,
    enable_kinetic_scrolling,
    heading,
    rows_on_screen,
    scale_margins,
    scan_icon,
)

CARD_MIN_WIDTH = 520  # design px (a 1280x800 panel); scaled with the screen
CARD_HEIGHT = 230
SCAN_ICON = 48  # px: the QR sketch on the scan button


class ScanButton(QPushButton):
    """The QR sketch, a gap, and words that wrap; as tall as the words need at its width
    (a narrow portrait screen, a longer language), never below a big touch target. A
    QPushButton does not grow for a layout's wrapped text: it answers heightForWidth."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        icon = QLabel(self)
        icon.setPixmap(scan_icon(SCAN_ICON).pixmap(SCAN_ICON, SCAN_ICON))
        say(icon.setAccessibleName, lambda: self.tr("QR code symbol"))
        self.words = QLabel(caption, self)
        self.words.setObjectName("scanButtonText")
        self.words.setWordWrap(True)
        self._row = QHBoxLayout(self)
        scale_margins(self._row, 28, 8, 28, 8, spacing=20)
        self._row.addWidget(icon)
        self._row.addWidget(self.words, 1)
        for label in (icon, self.words):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Any width (the screen's); as tall as the words need at that width.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        margins = self._row.contentsMargins()
        room = width - margins.left() - margins.right() - self._row.spacing() - SCAN_ICON
        needed = self.words.heightForWidth(max(room, 1)) + margins.top() + margins.bottom()
        return max(px(TOUCH_TARGET + 24), needed + px(8))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(px(TOUCH_TARGET) * 3, px(TOUCH_TARGET + 24))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = px(TOUCH_TARGET) * 3
        return QSize(width, self.heightForWidth(max(self.width(), width)))


def in_list_order(events: list[EventSummary], now: datetime) -> list[EventSummary]:
    """Events that are on or to come first, in start order; ended ones last."""
    return sorted(events, key=lambda s: _ended(s.event, now))


def _ended(event: Event, now: datetime) -> bool:
    """``event_timing(event, now).timing is Timing.ENDED``, without building the timing:
    the list sorts thousands of events on the GUI thread."""
    start, end = event.start_date_utc, event.end_date_utc
    return start is not None and end is not None and now >= end


class CardGrid(QListView):
    """A wrapping grid of cards whose width follows the view: as many columns as fit."""

    def __init__(self, delegate: EventCardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        on_unit_changed(self, self._fit_cards)  # the text size too: cards grow with it

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._fit_cards()
        super().resizeEvent(event)

    def _fit_cards(self) -> None:
        # The view keeps room for a scroll bar when it lays out a wrapping row.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.viewport().width() - bar - 4
        # Larger text: wider cards too (one column at 1280x800), so names are not cut.
        scale = theme().text_scale
        columns = max(1, width // round(px(CARD_MIN_WIDTH) * scale))
        card = QSize(max(width // columns, 200), round(px(CARD_HEIGHT) * (0.6 + 0.4 * scale)))
        if card != self._delegate.card_size:
            self._delegate.card_size = card
            self.setGridSize(card)


class EventsScreen(QWidget):
    """Signals:
        event_chosen(str): the readable id of the tapped event.
        scan_requested(): "Already registered? Scan your code" was tapped.
        visible_events_changed(list): readable ids of the cards on screen and of the next
            screenful, after a scroll, a resize or a new list has settled.
    """

    event_chosen = Signal(str)
    scan_requested = Signal()
    visible_events_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsScreen")
        self.model = EventListModel(self)
        self.title = heading("", 1)
        say(self.title.setText, lambda: self.tr("What's on"))
        self.subtitle = body_label()
        say(self.subtitle.setText,
            lambda: self.tr("Tap an event to see its agenda or to register."))
        self.subtitle.setObjectName("muted")
        self.empty = body_label()
        say(self.empty.setText, lambda: self.tr("Loading events…"))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.delegate = EventCardDelegate(QSize(CARD_MIN_WIDTH, CARD_HEIGHT), self)
        self.view = CardGrid(self.delegate, self)
        self.view.setObjectName("eventList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # A stop of Tab (not of a tap: a finger leaves no focus ring behind); the arrows
        # move between cards, Enter or Space opens one (kiosk.ui.focus.KeyActivation).
        self.view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        enable_kinetic_scrolling(self.view)
        self.view.clicked.connect(self._on_view_clicked)
        # Which cards are on screen: told once the list settles, not on every pixel.
        self.visible_timer = QTimer(self)
        self.visible_timer.setSingleShot(True)
        self.visible_timer.setInterval(ROWS_SETTLE_MS)
        self.visible_timer.timeout.connect(self._on_visible_timer_timeout)
        self.view.verticalScrollBar().valueChanged.connect(self._schedule_visible)
        for changed in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved,
                        self.model.modelReset, self.model.layoutChanged):
            changed.connect(self._schedule_visible)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.corner = CornerButtons(self)  # the language and text size / contrast buttons
        self.language_button = self.corner.language
        header.addWidget(self.corner, 0, Qt.AlignmentFlag.AlignTop)
        self.clock = QLabel(self)
        self.clock.setObjectName("clock")
        header.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        # On a kiosk that also checks people in: as big as an event, above them all.
        self.scan_button = self._scan_button(lambda: self.tr("Already registered? Scan your code"))
        self.scan_button.clicked.connect(self.scan_requested)
        self.scan_button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addLayout(header)
        layout.addWidget(self.scan_button)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_for_reach()
        self._schedule_visible()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._schedule_visible()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        if not event.spontaneous():  # another screen, not the window minimised
            self.delegate.forget()

    @Slot()
    def _schedule_visible(self) -> None:
        self.visible_timer.start()

    @Slot()
    def _on_visible_timer_timeout(self) -> None:
        if self.isVisible() and self.model.rowCount():
            self.visible_events_changed.emit(self.visible_events())

    def visible_events(self) -> list[str]:
        """Readable ids of the cards on screen and of the next screenful, in list order.

        Walks only those cards (from the first one on screen), so it costs the same at
        10 and at 5,000 events."""
        rows = self._visible_rows(screens=2)
        return [] if rows is None else [self.model.item(row).readable_id for row in rows]

    def _visible_rows(self, screens: int = 1) -> range | None:
        """The rows of the cards on screen (and ``screens - 1`` screenfuls below); None
        when the view has no size yet (hidden): then every row."""
        return rows_on_screen(self.view, screens, self.delegate.card_size)

    def _place_for_reach(self) -> None:
        """Reach (kiosk.ui.reach): on a portrait kiosk the scan button goes under the
        cards, at the bottom of the screen; else it is above them all."""
        layout = self.layout()
        if not isinstance(layout, QVBoxLayout):
            return
        low = reach_low(self)
        index = layout.indexOf(self.scan_button)
        wanted = layout.count() - 1 if low else 1
        if index == wanted:
            return
        layout.removeWidget(self.scan_button)
        layout.insertWidget(wanted, self.scan_button)
        if low:  # Tab follows: the cards, then the scan button
            QWidget.setTabOrder(self.view, self.scan_button)
        else:
            QWidget.setTabOrder(self.language_button, self.scan_button)
            QWidget.setTabOrder(self.scan_button, self.view)

    def _scan_button(self, caption: Callable[[], str]) -> QPushButton:
        """A wide button with the QR sketch and a gap before its words (a QPushButton puts
        its icon right against the text)."""
        button = ScanButton("", self)
        say(button.words.setText, caption)
        button.setObjectName("scanButton")
        say(button.setAccessibleName, caption)
        return button

    def offer_scan(self, offered: bool) -> None:
        """Show the scan button (a kiosk that registers and checks people in)."""
        self.scan_button.setVisible(offered)

    def show_snapshot(self, snapshot: EventsSnapshot, now: datetime) -> None:
        """Apply a refresh as a diff: scroll position and taps in progress survive it."""
        self.model.now = now
        self.model.replace(in_list_order(list(snapshot.events), now))
        self.model.set_now(now, self._visible_rows())
        self.empty.setVisible(not snapshot.events)
        if not snapshot.events:
            say(self.empty.setText, lambda: self.tr(
                "No events are published right now. Please ask a staff member."
            ))

    def show_unavailable(self) -> None:
        """Nothing was ever loaded and the API does not answer."""
        if self.model.rowCount() == 0:
            say(self.empty.setText, lambda: self.tr(
                "The event list cannot be loaded right now. Please ask a staff member."
            ))
            self.empty.show()

    def show_summaries(self, summaries: list[EventSummary]) -> None:
        """Counts and passes fetched for some cards (those scrolled to): only they change."""
        self.model.update_summaries(summaries)

    def tick(self, now: datetime, clock_text: Text) -> None:
        """The clock (its text, or a function giving it in the kiosk's language now)."""
        say(self.clock.setText, clock_text if callable(clock_text) else lambda: clock_text)
        self.model.set_now(now, self._visible_rows())

    def scroll_to_top(self) -> None:
        self.view.scrollToTop()

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        key = index.data(Role.KEY)
        if key:
            self.event_chosen.emit(key)
