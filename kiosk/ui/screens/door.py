"""The door chooser (staff, behind the PIN): which event this kiosk checks people in
for, and the whole event or one of its sessions; or back to the settings file's choice."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.api.models import Event, Session
from kiosk.ui import text
from kiosk.ui.widgets import (
    body_label,
    heading,
    scale_margins,
    scroll_page,
    secondary_button,
)


def _choice_button(words: str, parent: QWidget) -> QPushButton:
    button = QPushButton(words, parent)
    button.setObjectName("choice")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setProperty("align", "left")  # theme.qss: text-align left, scaled padding
    return button


class DoorScreen(QWidget):
    """Two pages: the published events, then the chosen event's "Whole event" and its
    sessions (today's first, then by day, each with its time and room).

    Signals:
        back(): leave the chooser (to the staff view).
        event_picked(str): staff tapped an event (its readable id); its sessions are wanted.
        chosen(str, str): the door is this event (readable id) and session (id; "": whole).
        cleared(): staff chose "Use the settings file's choice".
    """

    back = Signal()
    event_picked = Signal(str)
    chosen = Signal(str, str)
    cleared = Signal()

    EVENTS_PAGE, SESSIONS_PAGE = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doorScreen")
        self._event = ""  # readable id of the event whose sessions are listed
        self.pages = QStackedWidget(self)

        events = QWidget(self)
        self.back_button = secondary_button(self.tr("‹ Back to the staff view"), events)
        self.back_button.clicked.connect(self.back)
        self.events_note = body_label("", events)
        self.events_note.setObjectName("muted")
        self.settings_button = secondary_button(self.tr("Use the settings file's choice"), events)
        self.settings_button.clicked.connect(self.cleared)
        self.events_list = QWidget(events)
        self._events_layout = QVBoxLayout(self.events_list)
        scale_margins(self._events_layout, 0, 0, 0, 0, spacing=8)
        layout = QVBoxLayout(events)
        scale_margins(layout, 32, 16, 32, 16, spacing=12)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(heading(self.tr("Which event is this door for?"), 1, events))
        layout.addWidget(self.events_note)
        layout.addWidget(scroll_page(events, self.events_list), 1)
        layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignLeft)

        sessions = QWidget(self)
        self.sessions_back_button = secondary_button(self.tr("‹ Other events"), sessions)
        self.sessions_back_button.clicked.connect(self.show_events_page)
        self.event_title = heading("", 1, sessions)
        self.sessions_note = body_label("", sessions)
        self.sessions_note.setObjectName("muted")
        self.sessions_list = QWidget(sessions)
        self._sessions_layout = QVBoxLayout(self.sessions_list)
        scale_margins(self._sessions_layout, 0, 0, 0, 0, spacing=8)
        layout = QVBoxLayout(sessions)
        scale_margins(layout, 32, 16, 32, 16, spacing=12)
        layout.addWidget(self.sessions_back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.event_title)
        layout.addWidget(self.sessions_note)
        layout.addWidget(scroll_page(sessions, self.sessions_list), 1)

        self.pages.addWidget(events)
        self.pages.addWidget(sessions)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    # ------------------------------------------------------------------ the events

    def show_events(self, events: Iterable[Event], current: str) -> None:
        """The published events, the door's current one marked."""
        _clear(self._events_layout)
        listed = 0
        for event in events:
            words = event.event_name or event.readable_event_id
            when = text.event_when(event)
            if when:
                words += "\n" + when
            button = _choice_button(words, self.events_list)
            button.setCheckable(True)
            button.setChecked(event.readable_event_id == current)
            readable_id = event.readable_event_id
            button.clicked.connect(lambda _=False, rid=readable_id: self._on_event(rid))
            self._events_layout.addWidget(button)
            listed += 1
        self._events_layout.addStretch(1)
        self.events_note.setText(
            "" if listed else self.tr("No events are known yet. Please try again in a moment.")
        )
        self.events_note.setVisible(not listed)

    @Slot()
    def show_events_page(self) -> None:
        self._event = ""
        self.pages.setCurrentIndex(self.EVENTS_PAGE)

    def _on_event(self, readable_id: str) -> None:
        self._event = readable_id
        _clear(self._sessions_layout)
        self.event_title.setText(readable_id)
        self.sessions_note.setText(self.tr("Loading the agenda…"))
        self.sessions_note.show()
        self.pages.setCurrentIndex(self.SESSIONS_PAGE)
        self.event_picked.emit(readable_id)

    @property
    def picked_event(self) -> str:
        return self._event

    # ------------------------------------------------------------------ the sessions

    def show_sessions(
        self, event: Event, sessions: Iterable[Session], now: datetime, current: str
    ) -> None:
        """"Whole event", then today's sessions, then the others by day; ``current`` is
        the door's session (marked)."""
        if event.readable_event_id != self._event:
            return  # staff went back or picked another event meanwhile
        _clear(self._sessions_layout)
        self.event_title.setText(event.event_name or event.readable_event_id)
        self.sessions_note.hide()
        whole = _choice_button(self.tr("Whole event"), self.sessions_list)
        whole.setCheckable(True)
        whole.setChecked(not current)
        whole.clicked.connect(lambda: self.chosen.emit(self._event, ""))
        self._sessions_layout.addWidget(whole)
        today = now.astimezone().date()

        def key(session: Session) -> tuple[int, datetime]:
            start = session.start_time_utc
            if start is None:
                return (2, datetime.max.replace(tzinfo=now.tzinfo))
            return (0 if start.astimezone().date() == today else 1, start)

        shown_day: object = self  # no day heading yet (None is "no time yet")
        for session in sorted(sessions, key=key):
            start = session.start_time_utc
            day = start.astimezone().date() if start is not None else None
            if day != shown_day:
                label = (
                    self.tr("Today") if day == today
                    else text.day_label(day) if day is not None
                    else self.tr("Time to be announced")
                )
                self._sessions_layout.addWidget(heading(label, 3, self.sessions_list))
                shown_day = day
            parts = [session.name or session.id]
            when = text.session_when(session)
            room = session.room.name if session.room is not None else ""
            details = " · ".join(part for part in (when, room) if part)
            words = parts[0] + ("\n" + details if details else "")
            button = _choice_button(words, self.sessions_list)
            button.setCheckable(True)
            button.setChecked(session.id.lower() == current.lower() and bool(current))
            session_id = session.id
            button.clicked.connect(
                lambda _=False, sid=session_id: self.chosen.emit(self._event, sid)
            )
            self._sessions_layout.addWidget(button)
        self._sessions_layout.addStretch(1)

    def show_sessions_failed(self, readable_id: str) -> None:
        """No agenda: the whole event can still be chosen."""
        if readable_id != self._event:
            return
        _clear(self._sessions_layout)
        self.sessions_note.setText(
            self.tr("The agenda cannot be loaded right now; the whole event can be chosen.")
        )
        self.sessions_note.show()
        whole = _choice_button(self.tr("Whole event"), self.sessions_list)
        whole.clicked.connect(lambda: self.chosen.emit(self._event, ""))
        self._sessions_layout.addWidget(whole)
        self._sessions_layout.addStretch(1)

    def clear(self) -> None:
        """Back to the first page with nothing listed."""
        _clear(self._events_layout)
        _clear(self._sessions_layout)
        self.show_events_page()


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
