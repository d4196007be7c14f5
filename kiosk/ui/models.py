"""Item models behind the list views: events, agenda (with day headers), speakers, sponsors.

Updates are diffs, not resets, so a live refresh keeps the scroll position and the
pressed item, and nothing flickers.
"""

from __future__ import annotations

import difflib
import enum
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from kiosk.api.models import Session, Speaker, Sponsorship
from kiosk.services.availability import (
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

    def set_image(self, key: str, image: QImage) -> None:
        """The decoded picture of one event (decoded off the GUI thread by the flow)."""
        self._images[key] = image
        for row, item in enumerate(self._items):
            if item.readable_id == key:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Role.IMAGE])

    def has_image(self, key: str) -> bool:
        return key in self._images

    def set_now(self, now: datetime) -> None:
        """Statuses ("starts in 5 minutes") depend on the clock: repaint them."""
        self.now = now
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

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


class AgendaModel(DiffListModel[AgendaRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(lambda r: r.key, parent)
        self._details: EventDetails | None = None

    def set_details(self, details: EventDetails) -> None:
        self._details = details
        self.replace(agenda_rows(details.sessions))

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
            parts = []
            if session.room and session.room.name:
                parts.append(session.room.name)
            names = [s.name for s in session.speakers or () if s.name]
            if names:
                parts.append(", ".join(names))
            return " · ".join(parts)
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

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._session_ids is None:
            return True
        source = self.sourceModel()
        if not isinstance(source, AgendaModel):
            return True
        row = source.item(source_row)
        if row.session is None:
            return row.day in self._days
        return row.session.id in self._session_ids


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


class ImageListModel(DiffListModel[T]):
    """Speakers or sponsors with a picture that arrives later (loaded in the background)."""

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
        self._images: dict[str, QImage] = {}
        self._placeholders: dict[str, QImage] = {}

    def set_image(self, key: str, image: QImage) -> None:
        self._images[key] = image
        for row, item in enumerate(self._items):
            if self._key(item) == key:
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
