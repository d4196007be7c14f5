"""The door chooser (staff, behind the PIN): which event this kiosk checks people in
for, and the whole event or one of its sessions; or back to the settings file's choice."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.api.models import Event, Session
from kiosk.ui import text
from kiosk.ui.i18n import say
from kiosk.ui.widgets import (
    body_label,
    heading,
    scale_margins,
    scroll_page,
    secondary_button,
)


def _choice_button(words: Callable[[], str], parent: QWidget) -> QPushButton:
    """``words``: a text function (said again after a language switch)."""
    button = QPushButton(parent)
    say(button.setText, words)
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
        self.back_button = secondary_button("", events)
        say(self.back_button.setText, lambda: self.tr("‹ Back to the staff view"))
        self.back_button.clicked.connect(self.back)
        self.events_note = body_label("", events)
        self.events_note.setObjectName("muted")
        self.settings_button = secondary_button("", events)
        say(self.settings_button.setText, lambda: self.tr("Use the settings file's choice"))
        self.settings_button.clicked.connect(self.cleared)
        self.events_list = QWidget(events)
        self._events_layout = QVBoxLayout(self.events_list)
        scale_margins(self._events_layout, 0, 0, 0, 0, spacing=8)
        layout = QVBoxLayout(events)
        scale_margins(layout, 32, 16, 32, 16, spacing=12)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        title = heading("", 1, events)
        say(title.setText, lambda: self.tr("Which event is this door for?"))
        layout.addWidget(title)
        layout.addWidget(self.events_note)
        layout.addWidget(scroll_page(events, self.events_list), 1)
        layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignLeft)

        sessions = QWidget(self)
        self.sessions_back_button = secondary_button("", sessions)
        say(self.sessions_back_button.setText, lambda: self.tr("‹ Other events"))
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

            def words(event: Event = event) -> str:
                name = event.event_name or event.readable_event_id
                when = text.event_when(event)
                return name + ("\n" + when if when else "")

            button = _choice_button(words, self.events_list)
            button.setCheckable(True)
            button.setChecked(event.readable_event_id == current)
            readable_id = event.readable_event_id
            button.clicked.connect(lambda _=False, rid=readable_id: self._on_event(rid))
            self._events_layout.addWidget(button)
            listed += 1
        self._events_layout.addStretch(1)
        if listed:
            say(self.events_note.setText, str)
        else:
            say(self.events_note.setText, lambda: self.tr(
                "No events are known yet. Please try again in a moment."
            ))
        self.events_note.setVisible(not listed)

    @Slot()
    def show_events_page(self) -> None:
        self._event = ""
        self.pages.setCurrentIndex(self.EVENTS_PAGE)

    def _on_event(self, readable_id: str) -> None:
        self._event = readable_id
        _clear(self._sessions_layout)
        self.event_title.setText(readable_id)
        say(self.sessions_note.setText, lambda: self.tr("Loading the agenda…"))
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
        whole = _choice_button(lambda: self.tr("Whole event"), self.sessions_list)
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

                def label(day: date | None = day) -> str:
                    if day == today:
                        return self.tr("Today")
                    if day is not None:
                        return text.day_label(day)
                    return self.tr("Time to be announced")

                day_heading = heading("", 3, self.sessions_list)
                say(day_heading.setText, label)
                self._sessions_layout.addWidget(day_heading)
                shown_day = day

            def words(session: Session = session) -> str:
                when = text.session_when(session)
                room = session.room.name if session.room is not None else ""
                if when and room:
                    details = self.tr("%1 · %2", "a session's time · its room").replace(
                        "%1", when).replace("%2", room)
                else:
                    details = when or room
                return (session.name or session.id) + ("\n" + details if details else "")

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
        say(self.sessions_note.setText, lambda: self.tr(
            "The agenda cannot be loaded right now; the whole event can be chosen."
        ))
        self.sessions_note.show()
        whole = _choice_button(lambda: self.tr("Whole event"), self.sessions_list)
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
