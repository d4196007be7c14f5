"""Item models behind the list views: events, agenda (with day headers), speakers, sponsors.

Updates are diffs, not resets, so a live refresh keeps the scroll position and the
pressed item, and nothing flickers.
"""

from __future__ import annotations

import difflib
import enum
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from itertools import compress
from operator import is_not
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from kiosk.api.models import Event, Session, Speaker, Sponsorship
from kiosk.services.availability import (
    Availability,
    SessionAvailability,
    Timing,
    event_availability,
    event_timing,
    session_availability,
)
from kiosk.services.catalog import EventDetails, EventSummary
from kiosk.ui import text

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

USER = Qt.ItemDataRole.UserRole


class Role(enum.IntEnum):
    KEY = USER + 1  # stable id of the row
    ITEM = USER + 2  # the service object behind the row
    WHEN = USER + 3
    VENUE = USER + 4
    TIMING = USER + 5
    AVAILABILITY = USER + 6
    LEVEL = USER + 7  # ok / warn / bad / info
    KIND = USER + 8  # agenda: "day" or "session"
    DETAIL = USER + 9  # agenda: room and speakers
    IMAGE = USER + 10  # events: the event's picture (QImage), None while there is none
    DATE = USER + 11  # events: the event's start date (a date), for the placeholder


class DiffListModel(QAbstractListModel, Generic[T]):
    """A list model that applies a new list as inserts, removals and changes (never a reset)."""

    def __init__(self, key: Callable[[T], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._key = key
        self._items: list[T] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def item(self, row: int) -> T:
        return self._items[row]

    @property
    def items(self) -> list[T]:
        return list(self._items)

    def replace(self, items: Sequence[T]) -> None:
        new = list(items)
        old_keys = [self._key(i) for i in self._items]
        new_keys = [self._key(i) for i in new]
        matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
        # Apply from the end so earlier row numbers stay valid.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag in ("replace", "delete"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._items[i1:i2]
                self.endRemoveRows()
            if tag in ("replace", "insert"):
                self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
                self._items[i1:i1] = new[j1:j2]
                self.endInsertRows()
        # Same keys now; refresh the content of every row whose data changed.
        for row, item in enumerate(new):
            if self._items[row] != item:
                self._items[row] = item
                index = self.index(row)
                self.dataChanged.emit(index, index)
            else:
                self._items[row] = item
        self.changed_rows_done()

    def changed_rows_done(self) -> None:
        """Hook for subclasses that keep derived data."""

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt API
        names = super().roleNames()
        names.update({int(r): QByteArray(r.name.lower().encode()) for r in Role})
        return names


# --------------------------------------------------------------------------- events


class EventListModel(DiffListModel[EventSummary]):
    """The start screen's cards. ``now`` is set by the screen on each refresh tick."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(lambda s: s.readable_id, parent)
        self.now: datetime | None = None
        self._images: dict[str, QImage] = {}
        self._row_of: dict[str, int] | None = None  # readable id -> row, built when asked

    def replace(self, items: Sequence[EventSummary]) -> None:
        """As ``DiffListModel.replace``; the same cards in the same order (every refresh
        but one that adds or removes an event) skip the sequence diff, and a card whose
        summary is the very same object (a 304) is not compared field by field."""
        new = list(items)
        if len(new) != len(self._items) or any(
            old.readable_id != item.readable_id for old, item in zip(self._items, new,
                                                                     strict=True)
        ):
            super().replace(new)
            return
        for row, item in enumerate(new):
            old = self._items[row]
            self._items[row] = item
            if old is not item and old != item:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def changed_rows_done(self) -> None:
        self._row_of = None

    def _row(self, readable_id: str) -> int | None:
        """The card's row, without walking every card (pictures and counts come one card
        at a time, at any list size)."""
        if self._row_of is None:
            self._row_of = {item.readable_id: row for row, item in enumerate(self._items)}
        return self._row_of.get(readable_id)

    def update_summaries(self, summaries: Iterable[EventSummary]) -> None:
        """New counts for some cards (those scrolled to): only their rows change."""
        for summary in summaries:
            row = self._row(summary.readable_id)
            if row is not None and self._items[row] != summary:
                self._items[row] = summary
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def set_image(self, key: str, image: QImage) -> None:
        """The decoded picture of one event (decoded off the GUI thread by the flow)."""
        self._images[key] = image
        self._image_changed(key)

    def has_image(self, key: str) -> bool:
        return key in self._images

    def forget_image(self, key: str) -> None:
        """Drop one event's picture (its card draws the date leaf until it comes again)."""
        if self._images.pop(key, None) is not None:
            self._image_changed(key)

    def _image_changed(self, key: str) -> None:
        row = self._row(key)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Role.IMAGE])

    def set_now(self, now: datetime, rows: range | None = None) -> None:
        """Statuses ("starts in 5 minutes") depend on the clock: repaint them (``rows``:
        only those, the cards on screen; a list view asks every changed row's size, so a
        change over 5,000 cards cost the GUI thread 20 ms)."""
        self.now = now
        first, last = (0, len(self._items) - 1) if rows is None else (rows.start, rows.stop - 1)
        last = min(last, len(self._items) - 1)
        if 0 <= first <= last:
            self.dataChanged.emit(self.index(first), self.index(last))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        summary = self._items[index.row()]
        event = summary.event
        if role == Qt.ItemDataRole.DisplayRole:
            return event.event_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{event.event_name}, {text.event_when(event, self.now)}"
        if role == Role.KEY:
            return summary.readable_id
        if role == Role.ITEM:
            return summary
        if role == Role.WHEN:
            return text.event_when(event, self.now)
        if role == Role.VENUE:
            return text.event_venue(event)
        if role == Role.IMAGE:
            return self._images.get(summary.readable_id)
        if role == Role.DATE:
            return event.start_date.date() if event.start_date else None
        if self.now is None:
            return None
        timing = event_timing(event, self.now)
        if role == Role.TIMING:
            return text.timing_text(timing)
        state = event_availability(event, summary.registration_count, self.now, paid=summary.paid)
        if summary.pending and state.availability is Availability.OPEN:
            # Count and passes not fetched yet (they come for the cards on screen): a
            # neutral chip where the seats will be, never a guessed "open" or "0 taken".
            if role == Role.AVAILABILITY:
                return self.tr("Checking seats…")
            return "neutral" if role == Role.LEVEL else None
        if role == Role.AVAILABILITY:
            if timing.timing is Timing.ENDED:
                return ""  # the timing chip says "Ended" already: said once
            return text.availability_text(state)
        if role == Role.LEVEL:
            return text.availability_level(state)
        return None


# --------------------------------------------------------------------------- agenda


class AgendaRow:
    """A day header (``session`` None) or one session under it."""

    __slots__ = ("day", "session")

    def __init__(self, day: date | None, session: Session | None) -> None:
        self.day = day
        self.session = session

    @property
    def key(self) -> str:
        return self.session.id if self.session else f"day:{self.day}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AgendaRow) and other.day == self.day and (
            other.session is self.session or other.session == self.session  # `is`: cheap
        )

    __hash__ = None  # type: ignore[assignment]


def agenda_rows(sessions: Sequence[Session]) -> list[AgendaRow]:
    """Sessions grouped by local day and ordered by time, a header row before each day."""
    dated = sorted(
        sessions,
        key=lambda s: (s.start_time or datetime.max, s.end_time or datetime.max, s.name),
    )
    rows: list[AgendaRow] = []
    current: date | None | str = "none yet"
    for session in dated:
        day = session.start_time.date() if session.start_time else None
        if day != current:
            rows.append(AgendaRow(day, None))
            current = day
        rows.append(AgendaRow(day, session))
    return rows


def agenda_detail(session: Session) -> str:
    """The line under a session's title in the agenda: its room and its speakers."""
    parts = []
    if session.room and session.room.name:
        parts.append(session.room.name)
    names = [s.name for s in session.speakers or () if s.name]
    if names:
        parts.append(", ".join(names))
    return " · ".join(parts)


def agenda_shown_rows(model: QAbstractItemModel | None) -> list[AgendaRow] | None:
    """The agenda's rows as ``model`` (the agenda or its TrackFilter) shows them, in order;
    None when that cannot be told cheaply."""
    if isinstance(model, TrackFilter):
        return model.shown_rows()
    if isinstance(model, AgendaModel):
        return model.items
    return None


def agenda_row_at(index: Index) -> AgendaRow | None:
    """The agenda's row under ``index`` of the agenda model or of a proxy over it, found
    without asking the model for roles (what the delegate's size hints use: a 2,000-session
    agenda is measured in one pass, so each row must cost microseconds)."""
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = index.model()
    if not isinstance(model, AgendaModel):
        return None
    number = index.row()
    return model.item(number) if 0 <= number < model.rowCount() else None


class AgendaModel(DiffListModel[AgendaRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(lambda r: r.key, parent)
        self._details: EventDetails | None = None
        self._row_of: dict[str, int] | None = None  # session id -> row, for a relabel

    def set_details(self, details: EventDetails) -> bool:
        """Show ``details``; True when rows came or went (the filter must be applied again).

        A counts refresh hands back the sessions that did not change as the very same
        objects: when the agenda's sessions are the same ones in the same order, only the
        rows of the sessions that changed are told (found by id), so a refresh of 5,000
        sessions costs what changed, not a sort and a diff of the whole agenda."""
        before = self._details
        self._details = details
        # (No rows shown, e.g. emptied while the page showed another event: built anew.)
        if before is not None and self._items and self._relabel(before.sessions,
                                                                details.sessions):
            if details.event is not before.event and self._items:
                # The event's waitlist decides every session's seats label.
                self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
            return False
        self.replace(agenda_rows(details.sessions))
        return True

    def _relabel(self, old: Sequence[Session], new: Sequence[Session]) -> bool:
        """Relabel in place when ``new`` is ``old`` with some sessions' counts changed;
        False (nothing done) when the agenda itself changed."""
        if len(old) != len(new):
            return False
        changed = []
        for before, after in compress(zip(old, new, strict=True), map(is_not, old, new)):
            if (before.id, before.name, before.start_time, before.end_time, before.room,
                    before.speakers) != (after.id, after.name, after.start_time,
                                         after.end_time, after.room, after.speakers):
                return False
            changed.append(after)
        if not changed:
            return True
        if self._row_of is None or len(self._row_of) != len(old):
            self._row_of = {
                row.session.id: number for number, row in enumerate(self._items) if row.session
            }
        for session in changed:
            number = self._row_of.get(session.id)
            if number is None:
                return False
            self._items[number] = AgendaRow(self._items[number].day, session)
            index = self.index(number)
            self.dataChanged.emit(index, index)
        return True

    def changed_rows_done(self) -> None:
        self._row_of = None  # rows came or went: found again on the next relabel

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row = self._items[index.row()]
        session = row.session
        if role == Role.KIND:
            return "session" if session else "day"
        if role == Role.KEY:
            return row.key
        if session is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if row.day is None:
                    return text.translate("kiosk", "Time to be announced")
                return text.day_label(row.day)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return session.name
        if role == Role.ITEM:
            return session
        if role == Role.WHEN:
            return text.session_when(session)
        if role == Role.DETAIL:
            return agenda_detail(session)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{text.session_when(session)} {session.name}"
        if self._details is None:
            return None
        state = session_availability(session, self._details.event)
        if role == Role.AVAILABILITY:
            return text.session_availability_text(session, state)
        if role == Role.LEVEL:
            return {"open": "ok", "waitlist": "warn", "full": "bad"}[state.value]
        return None


class TrackFilter(QSortFilterProxyModel):
    """Shows the sessions of one track (or all), with only the day headers that still apply."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._session_ids: frozenset[str] | None = None
        self._days: set[date | None] = set()

    def set_track(self, session_ids: frozenset[str] | None) -> None:
        self.beginFilterChange()
        self._session_ids = session_ids
        self._days = set()
        source = self.sourceModel()
        if session_ids is not None and isinstance(source, AgendaModel):
            self._days = {
                r.day for r in source.items if r.session is not None and r.session.id in session_ids
            }
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _accepts(self, row: AgendaRow) -> bool:
        if self._session_ids is None:
            return True
        if row.session is None:
            return row.day in self._days
        return row.session.id in self._session_ids

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._session_ids is None:
            return True
        source = self.sourceModel()
        if not isinstance(source, AgendaModel):
            return True
        return self._accepts(source.item(source_row))

    def shown_rows(self) -> list[AgendaRow] | None:
        """The rows this proxy shows, in its order (the source's: it does not sort), in one
        pass of Python instead of a ``mapToSource`` per row; None when they cannot be
        told (no agenda under it, or its row count disagrees)."""
        source = self.sourceModel()
        if not isinstance(source, AgendaModel):
            return None
        rows = source.items
        if self._session_ids is not None:
            rows = [r for r in rows if self._accepts(r)]
        return rows if len(rows) == self.rowCount() else None


# --------------------------------------------------------------------------- the form's sessions


class ChoiceRow:
    """A row of the register form's sessions step: a day heading, a start-time heading, or
    one session (``session`` set)."""

    __slots__ = ("day", "kind", "session", "start")

    def __init__(
        self, kind: str, day: date | None, start: datetime | None, session: Session | None
    ) -> None:
        self.kind = kind  # "day", "slot" or "session"
        self.day = day
        self.start = start
        self.session = session


def _choice_shape(session: Session) -> tuple[object, ...]:
    """What places a session among the rows and words it (not its seats)."""
    room = session.room.name if session.room is not None else None
    return (session.name, session.start_time, session.end_time, session.end_time_utc, room)


class SessionChoiceModel(QAbstractListModel):
    """The sessions an attendee may pick on the register form, grouped under day and
    start-time headings; sessions already over are left out.

    Built once per agenda; a counts refresh (``update``) relabels only the sessions whose
    objects changed (the catalog hands back unchanged sessions as the very same objects),
    each found by id: no widget per session and nothing quadratic, at 5,000 sessions too.
    What is ticked is kept by session id, so it survives a refresh and a rebuild.

    Signals:
        toggled(): the attendee ticked or cleared a session.
    """

    toggled = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChoiceRow] = []
        self._row_of: dict[str, int] = {}  # session id -> row
        self._sessions: dict[str, Session] = {}  # every session of the event, by id
        self._order: tuple[Session, ...] = ()  # the sessions as the last details had them
        self._event: Event | None = None
        self._checked: set[str] = set()
        self._next_end: datetime | None = None  # when the next offered session ends
        # A session's words (title, times, room), formatted once per language: the view
        # reads them whenever it measures its rows.
        self._words: dict[str, str] = {}
        self._whens: dict[tuple[datetime | None, datetime | None], str] = {}

    # ------------------------------------------------------------------ building

    def set_details(self, details: EventDetails | None, now: datetime) -> None:
        """Rows for ``details`` (None: no sessions offered); ticks kept by id."""
        self.beginResetModel()
        self._rows = []
        self._row_of = {}
        before = self._sessions
        self._sessions = {s.id: s for s in details.sessions} if details is not None else {}
        self._order = details.sessions if details is not None else ()
        self._words = {
            sid: words for sid, words in self._words.items()
            if (old := before.get(sid)) is not None and (new := self._sessions.get(sid))
            is not None and (old is new or _choice_shape(old) == _choice_shape(new))
        }
        self._event = details.event if details is not None else None
        self._next_end = None
        offered = [
            s for s in self._sessions.values()
            if s.end_time_utc is None or s.end_time_utc > now
        ]
        offered.sort(key=lambda s: (s.start_time is None, s.start_time or datetime.min, s.name))
        last_day: object = object()
        last_start: object = object()
        for session in offered:
            start = session.start_time
            day = start.date() if start is not None else None
            if day != last_day:
                self._rows.append(ChoiceRow("day", day, None, None))
                last_day, last_start = day, object()
            if start is not None and start != last_start:
                self._rows.append(ChoiceRow("slot", day, start, None))
                last_start = start
            self._row_of[session.id] = len(self._rows)
            self._rows.append(ChoiceRow("session", day, start, session))
            end = session.end_time_utc
            if end is not None and (self._next_end is None or end < self._next_end):
                self._next_end = end
        self._checked = {sid for sid in self._checked if self._pickable(sid)}
        self.endResetModel()

    def update(self, details: EventDetails, now: datetime) -> int:
        """Fresh counts: relabel the sessions that changed; rebuild only when the agenda
        itself changed (a session added, moved or renamed) or a session is now over.
        Returns how many rows were relabelled (-1: rebuilt)."""
        sessions = details.sessions
        known = self._sessions
        changed: list[Session] = []
        previous = self._order
        rebuild = len(sessions) != len(known) or len(sessions) != len(previous) or (
            self._next_end is not None and now >= self._next_end
        )
        if not rebuild:
            # The objects that are not the ones of the last refresh, found in C (a
            # Python loop over 5,000 sessions cost 2-8 ms); each then checked by id.
            for session in compress(sessions, map(is_not, sessions, previous)):
                before = known.get(session.id)
                if before is session:
                    continue
                if before is None or _choice_shape(before) != _choice_shape(session):
                    rebuild = True
                    break
                changed.append(session)
        if rebuild:
            self.set_details(details, now)
            return -1
        self._order = sessions
        if details.event is not self._event:
            # The event's own terms (its waitlist) decide every session's state.
            self._event = details.event
            self._checked = {sid for sid in self._checked if self._pickable(sid)}
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        many = len(changed) > 64  # then one signal for all rows, not one per row
        for session in changed:
            known[session.id] = session
            row = self._row_of.get(session.id)
            if row is None:
                continue
            self._rows[row].session = session
            if not self._pickable(session.id):
                self._checked.discard(session.id)
            if not many:
                index = self.index(row)
                self.dataChanged.emit(index, index)
        if many and self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        return len(changed)

    def retranslate(self) -> None:
        """Another language: every row's words again (the headings' dates, the seats)."""
        self._words = {}
        self._whens = {}
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    # ------------------------------------------------------------------ reading

    def _state(self, session: Session) -> SessionAvailability:
        if self._event is None:
            return SessionAvailability.OPEN
        return session_availability(session, self._event)

    def _pickable(self, session_id: str) -> bool:
        session = self._sessions.get(session_id)
        return (
            session is not None and session_id in self._row_of
            and self._state(session) is not SessionAvailability.FULL
        )

    def session(self, session_id: str) -> Session | None:
        """A session of the event by id (O(1))."""
        return self._sessions.get(session_id)

    def row_of(self, session_id: str) -> int:
        """The row of a session offered (-1: not offered: over, or not in the agenda)."""
        return self._row_of.get(session_id, -1)

    @property
    def offered_ids(self) -> list[str]:
        """The sessions offered, in the order shown."""
        return list(self._row_of)

    def has_sessions(self) -> bool:
        return bool(self._row_of)

    def is_checked(self, session_id: str) -> bool:
        return session_id in self._checked

    def checked_ids(self) -> list[str]:
        """The sessions ticked, in the order shown."""
        return sorted(self._checked, key=self._row_of.__getitem__)

    def set_checked(self, session_id: str, checked: bool) -> bool:
        """Tick or clear a session offered; False when it cannot be (full, not offered)."""
        if checked and not self._pickable(session_id):
            return False
        if checked == (session_id in self._checked):
            return True
        if checked:
            self._checked.add(session_id)
        else:
            self._checked.discard(session_id)
        row = self._row_of.get(session_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self._rows) and (session := self._rows[row].session) is not None:
            self.set_checked(session.id, session.id not in self._checked)

    def clear_checks(self) -> None:
        """Nothing ticked (quietly: the form re-plans once for the cleared form)."""
        rows = [self._row_of[sid] for sid in self._checked if sid in self._row_of]
        self._checked = set()
        for row in rows:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def row(self, row: int) -> ChoiceRow:
        return self._rows[row]

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        session = self._rows[index.row()].session
        if session is None:
            return Qt.ItemFlag.NoItemFlags  # a heading: the keyboard goes past it
        if self._state(session) is SessionAvailability.FULL:
            return Qt.ItemFlag.ItemIsUserCheckable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Role.KIND:
            return row.kind
        session = row.session
        if session is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if row.kind == "slot" and row.start is not None:
                    return text.clock(row.start)
                if row.day is None:
                    return text.translate("RegisterScreen", "Other sessions")
                return text.short_day(row.day)
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = session.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            words = self._words.get(session.id)
            if words is None:
                room = session.room.name.strip() if session.room is not None else ""
                slot = (session.start_time, session.end_time)
                when = self._whens.get(slot)
                if when is None:  # formatted once per time slot: 100 sessions share one
                    when = self._whens[slot] = text.session_when(session)
                where = " · ".join(part for part in (when, room) if part)
                words = f"{session.name}\n{where}" if where else session.name
                self._words[session.id] = words
            return words
        if role == Role.KEY:
            return session.id
        if role == Role.ITEM:
            return session
        if role in (Role.AVAILABILITY, Qt.ItemDataRole.AccessibleDescriptionRole):
            return text.session_availability_text(session, self._state(session))
        if role == Role.LEVEL:
            return {"open": "ok", "waitlist": "warn", "full": "bad"}[self._state(session).value]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A tick from assistive technology (its toggle action)."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        session = self._rows[index.row()].session
        if session is None:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        return self.set_checked(session.id, state == Qt.CheckState.Checked.value)


# --------------------------------------------------------------------------- people and logos


def initials(name: str) -> str:
    """"Priya Raman" -> "PR"; "Noor" -> "NO"; "" -> "?" (letters of any script)."""
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def placeholder_image(label: str, size: int = 150) -> QImage:
    """A round badge with initials, for a speaker or sponsor whose picture is missing."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#3f4f7a"))
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(size // 3)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRect(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), initials(label))
    painter.end()
    return image


IMAGES_KEPT = 48  # decoded pictures a speaker or sponsor grid holds: a few screenfuls


class ImageListModel(DiffListModel[T]):
    """Speakers or sponsors with a picture that arrives later (loaded in the background).

    It holds the pictures of its own items only, and at most ``IMAGES_KEPT`` of them: a
    big conference's 150 portraits decoded at up to 320 px would hold about 60 MB. Those
    let go are the least recently set that are not near the screen (``keep_near``); the
    grid asks for them again when they scroll back into view."""

    def __init__(
        self,
        key: Callable[[T], str],
        label: Callable[[T], str],
        parent: Any = None,
        detail: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__(key, parent)
        self._label = label
        self._detail = detail
        self._images: dict[str, QImage] = {}  # the most recently set last
        self._placeholders: dict[str, QImage] = {}
        self._listed: set[str] = set()
        self._near: set[str] = set()

    def replace(self, items: Sequence[T]) -> None:
        """The new items; the pictures of those no longer listed go."""
        super().replace(items)
        self._listed = {self._key(item) for item in items}
        for held in (self._images, self._placeholders):
            for key in [key for key in held if key not in self._listed]:
                del held[key]

    def keep_near(self, keys: Iterable[str]) -> None:
        """The items on screen and about to be: their pictures are never the ones let go."""
        self._near = set(keys)

    def set_image(self, key: str, image: QImage) -> None:
        """``key``'s picture; dropped if the item is no longer listed (it came late)."""
        if key not in self._listed:
            return
        self._images.pop(key, None)
        self._images[key] = image
        changed = {key}
        spare = len(self._images) - IMAGES_KEPT
        if spare > 0:
            for old in [k for k in self._images if k not in self._near and k != key][:spare]:
                del self._images[old]
                changed.add(old)
        for row, item in enumerate(self._items):
            if self._key(item) in changed:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def has_image(self, key: str) -> bool:
        return key in self._images

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._label(item)
        if role == Qt.ItemDataRole.DecorationRole:
            key = self._key(item)
            image = self._images.get(key)
            if image is None:
                image = self._placeholders.get(key)
                if image is None:
                    image = self._placeholders[key] = placeholder_image(self._label(item))
            return image
        if role == Role.IMAGE:
            return self._images.get(self._key(item))  # None: the delegate draws a fallback
        if role == Role.DETAIL:
            return self._detail(item) if self._detail else None
        if role == Role.KEY:
            return self._key(item)
        if role == Role.ITEM:
            return item
        return None


def speaker_model(parent: Any = None) -> ImageListModel[Speaker]:
    return ImageListModel(
        lambda s: s.id, lambda s: (s.name or "").strip(), parent, lambda s: (s.title or "").strip()
    )


def _sponsor_detail(sponsorship: Sponsorship) -> str:
    """The sponsorship ("Gold sponsor"), unless it only repeats the sponsor's name."""
    topic = (sponsorship.sponsorship_topic or "").strip()
    name = (sponsorship.sponsor_name or "").strip()
    return "" if not topic or topic.casefold() == name.casefold() else topic


def merge_sponsorships(sponsorships: Sequence[Sponsorship]) -> list[Sponsorship]:
    """One tile per sponsor: a sponsor with two sponsorships ("Gold sponsor", "Coffee bar
    sponsor") is shown once, with both, instead of its name twice."""
    merged: dict[str, Sponsorship] = {}
    for sponsorship in sponsorships:
        name = (sponsorship.sponsor_name or "").strip()
        key = sponsorship.sponsor_id or name.casefold() or sponsorship.id
        first = merged.get(key)
        if first is None:
            merged[key] = sponsorship
            continue
        topics = [t for t in (first.sponsorship_topic, sponsorship.sponsorship_topic) if t]
        joined = " · ".join(dict.fromkeys(t.strip() for t in topics if t.strip()))
        merged[key] = first.model_copy(
            update={
                "sponsorship_topic": joined or None,
                "image": first.image or sponsorship.image,
            }
        )
    return list(merged.values())


def sponsor_model(parent: Any = None) -> ImageListModel[Sponsorship]:
    return ImageListModel(
        lambda s: s.id, lambda s: (s.sponsor_name or "").strip(), parent, _sponsor_detail
    )
