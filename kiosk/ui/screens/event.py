"""The event page: what, when, where, the QR code, capacity, agenda, speakers and sponsors."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QListView,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api.models import Event, Speaker
from kiosk.services.availability import Availability, event_availability
from kiosk.services.catalog import EventDetails
from kiosk.services.images import QrMatrix
from kiosk.ui import text
from kiosk.ui.delegates import AgendaDelegate
from kiosk.ui.models import AgendaModel, Role, TrackFilter, speaker_model, sponsor_model
from kiosk.ui.widgets import (
    TOUCH_TARGET,
    CapacityBar,
    QrWidget,
    body_label,
    button_text,
    enable_kinetic_scrolling,
    heading,
    primary_button,
    screen_layout,
    scroll_page,
    secondary_button,
)


def _list_view(parent: QWidget, name: str) -> QListView:
    view = QListView(parent)
    view.setObjectName(name)
    view.setSelectionMode(QListView.SelectionMode.NoSelection)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    enable_kinetic_scrolling(view)
    return view


def _chip_strip(parent: QWidget, row: QHBoxLayout) -> QScrollArea:
    """A row of chips that scrolls sideways when it is wider than the screen (portrait)."""
    holder = QWidget()
    holder.setObjectName("chipStrip")
    row.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(row)
    strip = QScrollArea(parent)
    strip.setObjectName("chipStrip")
    strip.setWidget(holder)
    strip.setWidgetResizable(True)
    strip.setFrameShape(QScrollArea.Shape.NoFrame)
    strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    strip.setFixedHeight(TOUCH_TARGET + 32)  # room for the QSS padding and border
    QScroller.grabGesture(strip.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return strip


def _grid_view(parent: QWidget, name: str, cell: int, icon: int) -> QListView:
    view = _list_view(parent, name)
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setWrapping(True)
    view.setUniformItemSizes(True)
    view.setWordWrap(True)
    view.setIconSize(QSize(icon, icon))
    view.setGridSize(QSize(cell, cell + 70))
    return view


class EventScreen(QWidget):
    """Signals:
        back(): return to the event list.
        register_requested(): the primary button was tapped.
        speaker_images_wanted(list): speakers whose portraits should be loaded.
        sponsor_logos_wanted(list): sponsorships whose logos should be loaded.
    """

    back = Signal()
    register_requested = Signal()
    speaker_images_wanted = Signal(list)
    sponsor_logos_wanted = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventScreen")
        self.details: EventDetails | None = None
        self._event: Event | None = None

        self.back_button = secondary_button(self.tr("‹ All events"), self)
        self.back_button.clicked.connect(self.back)
        self.name = heading("", 1)
        self.when = body_label()
        self.when.setObjectName("emphasis")
        self.venue = body_label()
        self.address = body_label()
        self.address.setObjectName("muted")
        self.capacity_bar = CapacityBar(self)
        self.capacity_text = body_label()
        self.primary = primary_button("", self)
        self.primary.clicked.connect(self.register_requested)
        self.reason = body_label()
        self.reason.setObjectName("reason")
        self.qr = QrWidget(self)
        self.qr_caption = body_label(self.tr("Scan to open on your phone"))
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setObjectName("muted")
        self.loading = body_label(self.tr("Loading the agenda…"))
        self.loading.setObjectName("muted")

        info = QVBoxLayout()
        info.setSpacing(10)
        for widget in (self.name, self.when, self.venue, self.address):
            info.addWidget(widget)
        info.addSpacing(8)
        info.addWidget(self.capacity_bar)
        info.addWidget(self.capacity_text)
        info.addSpacing(8)
        info.addWidget(self.primary)
        info.addWidget(self.reason)
        info.addStretch(1)
        qr_box = QVBoxLayout()
        qr_box.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_box.addWidget(self.qr_caption)
        qr_box.addStretch(1)
        self.hero_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.hero_layout.addLayout(info, 0)
        self.hero_layout.addLayout(qr_box, 0)
        self.hero_layout.addStretch(1)
        hero = QWidget(self)
        hero.setObjectName("hero")
        hero.setLayout(self.hero_layout)
        self.hero = hero

        # Tabs: agenda, speakers, sponsors, about.
        self.tab_group = QButtonGroup(self)
        self.tab_buttons: dict[str, QPushButton] = {}
        tabs_row = QHBoxLayout()
        self.pages = QStackedWidget(self)
        self.agenda_page = self._build_agenda()
        self.speakers_page = self._build_speakers()
        self.sponsors_page = self._build_sponsors()
        self.about_page = self._build_about()
        for key, label, page in (
            ("agenda", self.tr("Agenda"), self.agenda_page),
            ("speakers", self.tr("Speakers"), self.speakers_page),
            ("sponsors", self.tr("Sponsors"), self.sponsors_page),
            ("about", self.tr("About"), self.about_page),
        ):
            button = QPushButton(label, self)
            button.setObjectName("tab")
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_TARGET)
            button.clicked.connect(lambda _=False, p=page: self.pages.setCurrentWidget(p))
            self.tab_group.addButton(button)
            self.tab_buttons[key] = button
            tabs_row.addWidget(button)
            self.pages.addWidget(page)
        tabs_row.addStretch(1)
        content = QVBoxLayout()
        content.addWidget(_chip_strip(self, tabs_row))
        content.addWidget(self.loading)
        content.addWidget(self.pages, 1)

        self.body_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body_layout.addWidget(hero, 2)
        self.body_layout.addLayout(content, 3)
        layout = screen_layout(self, self.back_button)
        layout.addLayout(self.body_layout, 1)

    # ------------------------------------------------------------------ pages

    def _build_agenda(self) -> QWidget:
        page = QWidget(self)
        self.agenda_model = AgendaModel(self)
        self.agenda_filter = TrackFilter(self)
        self.agenda_filter.setSourceModel(self.agenda_model)
        self.track_row = QHBoxLayout()
        self.track_group = QButtonGroup(self)
        # Track chip -> the ids of its sessions (None: all tracks), in display order.
        self._track_ids: dict[QAbstractButton, frozenset[str] | None] = {}
        self.agenda_view = _list_view(page, "agenda")
        self.agenda_view.setModel(self.agenda_filter)
        self.agenda_view.setItemDelegate(AgendaDelegate(self.agenda_view))
        self.agenda_empty = body_label(self.tr("The agenda has not been published yet."))
        self.agenda_empty.setObjectName("muted")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.track_row.addStretch(1)
        layout.addWidget(_chip_strip(page, self.track_row))
        layout.addWidget(self.agenda_empty)
        layout.addWidget(self.agenda_view, 1)
        return page

    def _build_speakers(self) -> QWidget:
        page = QStackedWidget(self)
        self.speaker_model = speaker_model(self)
        self.speaker_view = _grid_view(page, "speakers", 220, 150)
        self.speaker_view.setModel(self.speaker_model)
        self.speaker_view.clicked.connect(self._on_speaker_view_clicked)
        detail = QWidget(page)
        self.speaker_back = secondary_button(self.tr("‹ All speakers"), detail)
        self.speaker_back.clicked.connect(lambda: page.setCurrentIndex(0))
        self.speaker_name = heading("", 2)
        self.speaker_title = body_label()
        self.speaker_title.setObjectName("muted")
        self.speaker_bio = body_label()
        self.speaker_sessions = body_label()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        for widget in (self.speaker_name, self.speaker_title, self.speaker_bio):
            inner_layout.addWidget(widget)
        inner_layout.addWidget(heading(self.tr("Sessions"), 3))
        inner_layout.addWidget(self.speaker_sessions)
        inner_layout.addStretch(1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.speaker_back, 0, Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(scroll_page(detail, inner), 1)
        page.addWidget(self.speaker_view)
        page.addWidget(detail)
        self.speaker_stack = page
        return page

    def _build_sponsors(self) -> QWidget:
        self.sponsor_model = sponsor_model(self)
        self.sponsor_view = _grid_view(self, "sponsors", 260, 200)
        self.sponsor_view.setModel(self.sponsor_model)
        return self.sponsor_view

    def _build_about(self) -> QWidget:
        # The full name lives here: the heading shortens names that would not fit.
        self.full_name = heading("", 2)
        self.description = body_label()
        self.facilities = body_label()
        self.facilities.setObjectName("muted")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.full_name)
        layout.addWidget(self.description)
        layout.addWidget(self.facilities)
        layout.addStretch(1)
        return scroll_page(self, inner)

    # ------------------------------------------------------------------ data

    def show_event(self, event: Event) -> None:
        """Paint at once with what the list already knows; details follow."""
        self._event = event
        self.details = None
        self.name.setText(text.shortened(event.event_name))
        self.full_name.setText(event.event_name)
        self.when.setText(text.event_when(event))
        self.venue.setText(text.event_venue(event))
        self.address.setText(event.building.address if event.building else "")
        self.address.setVisible(bool(self.address.text()))
        self.description.setText(event.description or "")
        self.qr.set_matrix(())
        self.loading.show()
        self.primary.setEnabled(False)
        self.primary.setText(self.tr("Loading…"))
        self.reason.hide()
        self.capacity_bar.set_fill(None, None)
        self.capacity_text.setText("")
        self.agenda_model.replace([])
        self.speaker_model.replace([])
        self.sponsor_model.replace([])
        self.speaker_stack.setCurrentIndex(0)
        self.tab_buttons["agenda"].setChecked(True)
        self.pages.setCurrentWidget(self.agenda_page)

    def set_qr(self, matrix: QrMatrix) -> None:
        self.qr.set_matrix(matrix)
        self.qr.setVisible(bool(matrix))
        self.qr_caption.setVisible(bool(matrix))

    def show_details(self, details: EventDetails, now: datetime) -> None:
        first = self.details is None or self.details.readable_id != details.readable_id
        self.details = details
        self._event = details.event
        event = details.event
        self.loading.hide()
        self.name.setText(text.shortened(event.event_name))
        self.full_name.setText(event.event_name)
        self.when.setText(text.event_when(event))
        self.venue.setText(text.event_venue(event))
        self.address.setText(event.building.address if event.building else "")
        self.address.setVisible(bool(self.address.text()))
        self.description.setText(event.description or self.tr("No description."))
        self.facilities.setText(self._facilities(details))
        self.agenda_model.set_details(details)
        self.agenda_empty.setVisible(not details.sessions)
        if first:
            self._build_track_buttons(details)
            self.speaker_model.replace(details.speakers)
            self.sponsor_model.replace(details.sponsorships)
            self.speaker_images_wanted.emit(list(details.speakers))
            self.sponsor_logos_wanted.emit(list(details.sponsorships))
            self.tab_buttons["speakers"].setVisible(bool(details.speakers))
            self.tab_buttons["sponsors"].setVisible(bool(details.sponsorships))
        else:
            self._reapply_track()
        self.update_availability(now)

    def update_availability(self, now: datetime) -> None:
        details = self.details
        if details is None:
            return
        event = details.event
        state = event_availability(event, details.registration_count, now, paid=details.paid)
        if event.is_capacity_restricted and details.registration_count is not None:
            self.capacity_bar.show()
            self.capacity_bar.set_fill(details.registration_count, event.max_capacity)
            self.capacity_text.setText(
                self.tr("%1 of %2 seats taken")
                .replace("%1", str(min(details.registration_count, event.max_capacity)))
                .replace("%2", str(event.max_capacity))
                + " · "
                + text.availability_text(state)
            )
        else:
            self.capacity_bar.hide()
            self.capacity_text.setText(text.availability_text(state))
        availability = state.availability
        if availability is Availability.OPEN:
            self.primary.setText(self.tr("Register"))
        elif availability is Availability.WAITLIST:
            self.primary.setText(self.tr("Join the waitlist"))
        else:
            self.primary.setText(text.availability_text(state))
        self.primary.setEnabled(availability.can_register)
        reason = text.refusal_text(availability, event.website_message)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def _facilities(self, details: EventDetails) -> str:
        building = details.event.building
        if building is None:
            return ""
        lines = []
        if building.wifi_available:
            wifi = self.tr("Wi-Fi available")
            if building.wifi_ssid:
                wifi += f": {building.wifi_ssid}"
            lines.append(wifi)
        if building.disabled_access:
            lines.append(self.tr("Step-free access"))
        if building.accessible_toilets:
            lines.append(self.tr("Accessible toilets"))
        if building.disabled_parking:
            lines.append(self.tr("Accessible parking"))
        return "\n".join(lines)

    @property
    def track_buttons(self) -> list[QAbstractButton]:
        return list(self._track_ids)

    def _build_track_buttons(self, details: EventDetails) -> None:
        for button in self.track_buttons:
            self.track_group.removeButton(button)
            self.track_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._track_ids = {}
        if not details.tracks or not details.track_sessions:
            self.agenda_filter.set_track(None)
            return
        entries: list[tuple[str, frozenset[str] | None]] = [(self.tr("All tracks"), None)]
        entries += [(t.name, details.track_sessions.get(t.id, frozenset())) for t in details.tracks]
        for label, ids in entries:
            button = QPushButton(button_text(label), self)
            button.setObjectName("chip")
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_TARGET)
            button.clicked.connect(lambda _=False, i=ids: self.agenda_filter.set_track(i))
            self.track_group.addButton(button)
            self.track_row.insertWidget(self.track_row.count() - 1, button)
            self._track_ids[button] = ids
        self.track_buttons[0].setChecked(True)
        self.agenda_filter.set_track(None)

    def _reapply_track(self) -> None:
        checked = self.track_group.checkedButton()
        ids = self._track_ids.get(checked) if checked else None
        self.agenda_filter.set_track(ids)

    @Slot(QModelIndex)
    def _on_speaker_view_clicked(self, index: QModelIndex) -> None:
        speaker = index.data(Role.ITEM)
        if isinstance(speaker, Speaker):
            self.show_speaker(speaker)

    def show_speaker(self, speaker: Speaker) -> None:
        self.speaker_name.setText(speaker.name or "")
        self.speaker_title.setText(speaker.title or "")
        self.speaker_bio.setText(speaker.about or "")
        sessions = []
        if self.details is not None:
            for session in self.details.sessions:
                if any(s.id == speaker.id for s in session.speakers or ()):
                    day = text.short_day(session.start_time.date()) if session.start_time else ""
                    sessions.append(f"{day} {text.session_when(session)}  {session.name}".strip())
        self.speaker_sessions.setText("\n".join(sessions) or self.tr("No sessions listed."))
        self.speaker_stack.setCurrentIndex(1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        self.body_layout.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        # Portrait: the hero takes what it needs and the agenda the rest of the height.
        self.body_layout.setStretch(0, 0 if portrait else 2)
        self.body_layout.setStretch(1, 1 if portrait else 3)
        # Portrait: details beside the QR code; landscape: the QR code under the button.
        self.hero_layout.setStretch(0, 1 if portrait else 0)
        self.hero_layout.setStretch(2, 0 if portrait else 1)
        self.hero_layout.setDirection(
            QBoxLayout.Direction.LeftToRight if portrait else QBoxLayout.Direction.TopToBottom
        )
        side = min(self.height() // 3, 360) if portrait else min(self.width() // 6, 340)
        self.qr.setFixedSize(side, side)
