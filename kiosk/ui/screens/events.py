"""The start screen: large cards for the published events, refreshed live without flicker."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QStyle, QVBoxLayout, QWidget

from kiosk.services.catalog import EventsSnapshot
from kiosk.ui.delegates import EventCardDelegate
from kiosk.ui.models import EventListModel, Role
from kiosk.ui.widgets import body_label, enable_kinetic_scrolling, heading

CARD_MIN_WIDTH = 520
CARD_HEIGHT = 250


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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # The view keeps room for a scroll bar when it lays out a wrapping row.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.viewport().width() - bar - 4
        columns = max(1, width // CARD_MIN_WIDTH)
        card = QSize(max(width // columns, 200), CARD_HEIGHT)
        if card != self._delegate.card_size:
            self._delegate.card_size = card
            self.setGridSize(card)
        super().resizeEvent(event)


class EventsScreen(QWidget):
    """Signals:
        event_chosen(str): the readable id of the tapped event.
    """

    event_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsScreen")
        self.model = EventListModel(self)
        self.title = heading(self.tr("What's on"), 1)
        self.subtitle = body_label(self.tr("Tap an event to see its agenda or to register."))
        self.subtitle.setObjectName("muted")
        self.empty = body_label(self.tr("Loading events…"))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.delegate = EventCardDelegate(QSize(CARD_MIN_WIDTH, CARD_HEIGHT), self)
        self.view = CardGrid(self.delegate, self)
        self.view.setObjectName("eventList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        enable_kinetic_scrolling(self.view)
        self.view.clicked.connect(self._on_view_clicked)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.clock = QLabel(self)
        self.clock.setObjectName("clock")
        header.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addLayout(header)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def show_snapshot(self, snapshot: EventsSnapshot, now: datetime) -> None:
        """Apply a refresh as a diff: scroll position and taps in progress survive it."""
        self.model.now = now
        self.model.replace(snapshot.events)
        self.model.set_now(now)
        self.empty.setVisible(not snapshot.events)
        if not snapshot.events:
            self.empty.setText(
                self.tr("No events are published right now. Please ask a staff member.")
            )

    def show_unavailable(self) -> None:
        """Nothing was ever loaded and the API does not answer."""
        if self.model.rowCount() == 0:
            self.empty.setText(
                self.tr("The event list cannot be loaded right now. Please ask a staff member.")
            )
            self.empty.show()

    def tick(self, now: datetime, clock_text: str) -> None:
        self.clock.setText(clock_text)
        self.model.set_now(now)

    def scroll_to_top(self) -> None:
        self.view.scrollToTop()

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        key = index.data(Role.KEY)
        if key:
            self.event_chosen.emit(key)
