"""Words for the screens: dates, times, statuses and availability, all through Qt's translator."""

from __future__ import annotations

import functools
import os
import re
import unicodedata
import zoneinfo
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime

from kiosk.api.models import Event, Session
from kiosk.api.timezones import short_time_zone_label, time_zone_label
from kiosk.services.availability import (
    Availability,
    EventAvailability,
    EventTiming,
    SessionAvailability,
    Timing,
)
from kiosk.services.registration import Problem


def translate(
    context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for; context "kiosk"."""
    return QCoreApplication.translate(context, source, disambiguation, n)



def default_consent() -> str:
    """The consent line when the operator set none: the attendee form's and the desk's."""
    return translate(
        "kiosk",
        "I agree that the organiser stores my details to manage my registration "
        "and may e-mail me about this event.",
    )

def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: datetime) -> QTime:
    return QTime(value.hour, value.minute)


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2... replaced in one pass (a value that itself contains
    "%2" stays as typed)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def day_label(value: date) -> str:
    """"Thursday 3 December"; the order is the translation's (Japanese: 12月3日 木曜日)."""
    pattern = translate("kiosk", "dddd d MMMM", "a date format (Qt): weekday, day, month")
    return QLocale().toString(_qdate(value), pattern)


def short_day(value: date) -> str:
    """"Thu 3 Dec" in the translation's order."""
    pattern = translate("kiosk", "ddd d MMM", "a date format (Qt): weekday, day, month, short")
    return QLocale().toString(_qdate(value), pattern)


def day_and_time(value: datetime) -> str:
    """"Thu 3 Dec, 14:30" (a moment on this kiosk's clock)."""
    local = value.astimezone()
    return fill(translate("kiosk", "%1, %2", "day, time"), short_day(local.date()),
                clock(local.replace(tzinfo=None)))


def weekday_short(value: date) -> str:
    """"Thu" in the kiosk's language."""
    return QLocale().toString(_qdate(value), "ddd")


def month_short(value: date) -> str:
    """"Dec" in the kiosk's language."""
    return QLocale().toString(_qdate(value), "MMM")


def clock(value: datetime) -> str:
    return QLocale().toString(_qtime(value), QLocale.FormatType.ShortFormat)


def utc_offset(event: Event) -> timedelta | None:
    """The event's offset from UTC at its start: its wall clock minus the UTC instant."""
    start, start_utc = event.start_date, event.start_date_utc
    if start is None or start_utc is None:
        return None
    return start.replace(tzinfo=None) - start_utc.astimezone(UTC).replace(tzinfo=None)


_NOT_PLACES = ("Etc", "SystemV", "posix", "right")  # tz folders whose names are no cities


def _zone_ids() -> set[str]:
    """The tz database's zone ids that have a region ("Europe/Berlin").

    Read from the names in its folder: ``zoneinfo.available_timezones()`` opens every
    file to check it, 26-35 ms of the GUI thread at the first card against 3 ms here (the
    one zone used is checked when ``zone_text`` opens it). zoneinfo's own list where no
    folder is there (the ``tzdata`` package)."""
    ids: set[str] = set()
    for root in (Path(folder) for folder in zoneinfo.TZPATH):
        if not root.is_dir():
            continue
        for folder, subfolders, files in os.walk(root):
            where = Path(folder).relative_to(root).as_posix()
            if where == ".":
                subfolders[:] = [name for name in subfolders if name not in _NOT_PLACES]
                continue
            ids.update(f"{where}/{name}" for name in files)
    if ids:
        return ids
    return {zone_id for zone_id in zoneinfo.available_timezones()
            if "/" in zone_id and zone_id.split("/", 1)[0] not in _NOT_PLACES}


@functools.lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, tuple[str, ...]]:
    """IANA zone ids by their city ("Berlin" -> ("Europe/Berlin",))."""
    found: dict[str, list[str]] = {}
    try:
        ids = _zone_ids()
    except OSError:  # no tz database: the offset is said as "UTC+1"
        ids = set()
    for zone_id in sorted(ids):
        found.setdefault(zone_id.rsplit("/", 1)[1].replace("_", " "), []).append(zone_id)
    return {city: tuple(zones) for city, zones in found.items()}


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_text(event: Event) -> str:
    """The zone as people know it: "CET", else "Berlin time", else "UTC+1".

    The contract gives a Dynamics label such as "(GMT+01:00) Amsterdam, Berlin, Bern" and
    the event's UTC instants; the first city of the label whose IANA zone has the event's
    offset at its start names the zone (its abbreviation when it has a lettered one).
    """
    offset = utc_offset(event)
    label = time_zone_label(event.time_zone, event.time_zone_name)
    if offset is None:
        return short_time_zone_label(event.time_zone, event.time_zone_name)
    instant = event.start_date_utc
    cities = label.split(")", 1)[1] if label.startswith("(") and ")" in label else label
    zones = _zones_by_city()
    for city in (c.strip() for c in cities.split(",")):
        for zone_id in zones.get(city, ()):
            try:
                zone = zoneinfo.ZoneInfo(zone_id)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                continue
            if instant is None or instant.astimezone(zone).utcoffset() != offset:
                continue
            abbreviation = instant.astimezone(zone).tzname() or ""
            if abbreviation.isalpha() and abbreviation.isupper():
                return abbreviation
            return translate("kiosk", "%1 time").replace("%1", city)
    return _offset_text(offset)


def local_today(event: Event, now: datetime | None) -> date | None:
    """Today's date on the event's own wall clock (None when it cannot be known)."""
    offset = utc_offset(event)
    if now is None or offset is None:
        return None
    return (now.astimezone(UTC).replace(tzinfo=None) + offset).date()


def relative_day(value: date, today: date | None) -> str:
    """"Today", "Tomorrow", else "Thu 3 Dec" (the locale's day and month names)."""
    if today is not None:
        if value == today:
            return translate("kiosk", "Today")
        if value == today + timedelta(days=1):
            return translate("kiosk", "Tomorrow")
    return short_day(value)


def event_when(event: Event, now: datetime | None = None) -> str:
    """"Tomorrow, 09:00 – 17:30 CET" in the event's own wall-clock time.

    With ``now`` (an aware instant), today and tomorrow are said in words.
    """
    start, end = event.start_date, event.end_date
    if start is None:
        return translate("kiosk", "Date to be announced")
    today = local_today(event, now)
    day = relative_day(start.date(), today)
    if end is None:
        when = fill(translate("kiosk", "%1, %2", "day, time"), day, clock(start))
    elif end.date() == start.date():
        when = fill(translate("kiosk", "%1, %2 – %3", "day, start time – end time"),
                    day, clock(start), clock(end))
    else:
        when = fill(translate("kiosk", "%1, %2 – %3, %4", "start day, time – end day, time"),
                    day, clock(start), relative_day(end.date(), today), clock(end))
    zone = zone_text(event)
    if not zone:
        return when
    return fill(translate("kiosk", "%1 %2", "a date and time, then its time zone"), when, zone)


def session_when(session: Session) -> str:
    if session.start_time is None:
        return ""
    if session.end_time is None:
        return clock(session.start_time)
    return fill(translate("kiosk", "%1 – %2", "a start time – an end time"),
                clock(session.start_time), clock(session.end_time))


def shortened(value: str, limit: int = 110) -> str:
    """At most ``limit`` characters, cut at a word and marked with an ellipsis."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:-–") + "…"


ZERO_WIDTH_SPACE = "\u200b"
_LONG_RUN = re.compile(r"\S{25,}")


def breakable(value: str, every: int = 12) -> str:
    """``value`` with a zero-width break chance every ``every`` characters inside a run of
    25 or more without a space (a pasted URL), so a wrapping label can break it instead of
    widening the page. Short words are untouched."""

    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return ZERO_WIDTH_SPACE.join(run[i : i + every] for i in range(0, len(run), every))

    return _LONG_RUN.sub(split, value)


def direction(value: str) -> Qt.LayoutDirection:
    """The direction of ``value`` from its first strong character (Unicode's rule P2/P3):
    an Arabic or Hebrew name reads right to left, even inside an English screen."""
    for char in value:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def event_venue(event: Event) -> str:
    building = event.building.name.strip() if event.building else ""
    room = event.room.name.strip() if event.room else ""
    if building and room:
        return fill(translate("kiosk", "%1, %2", "a building, a room in it"), building, room)
    return building or room


def timing_text(timing: EventTiming) -> str:
    """A chip for what is happening now; a later event says nothing here, its date line
    ("Tomorrow, 14:30") already tells when."""
    if timing.timing is Timing.HAPPENING_NOW:
        return translate("kiosk", "On now")
    if timing.timing is Timing.STARTS_SOON:
        minutes = timing.minutes_until_start or 0
        if minutes <= 1:
            return translate("kiosk", "Starting now")
        return translate("kiosk", "Starts in %Ln min", None, minutes)
    if timing.timing is Timing.ENDED:
        return translate("kiosk", "Ended")
    return ""


def availability_text(state: EventAvailability) -> str:
    a = state.availability
    if a is Availability.OPEN:
        if state.seats_left is None:
            return translate("kiosk", "Open for registration")
        return translate("kiosk", "%Ln seat(s) left", None, state.seats_left)
    if a is Availability.WAITLIST:
        return translate("kiosk", "Full – waitlist open")
    if a is Availability.FULL:
        return translate("kiosk", "Full")
    if a is Availability.CLOSED:
        return translate("kiosk", "Registration closed")
    if a is Availability.ENDED:
        return translate("kiosk", "Event has ended")
    return translate("kiosk", "Register with a staff member")


def availability_level(state: EventAvailability) -> str:
    """A style hint for chips: ok / warn / bad / info."""
    a = state.availability
    if a is Availability.OPEN:
        return "warn" if state.seats_left is not None and state.seats_left <= 5 else "ok"
    if a is Availability.WAITLIST:
        return "warn"
    if a.needs_staff:
        return "info"
    return "bad"


def session_availability_text(session: Session, state: SessionAvailability) -> str:
    if state is SessionAvailability.FULL:
        return translate("kiosk", "Fully booked")
    if state is SessionAvailability.WAITLIST:
        return translate("kiosk", "Full – waitlist")
    left = session.seats_left
    if left is None:
        return ""
    return translate("kiosk", "%Ln seat(s) left", None, left)


def refusal_text(availability: Availability | None, website_message: str | None) -> str:
    """Why the primary button is disabled, in the words the attendee needs."""
    if availability is Availability.CLOSED:
        if website_message and website_message.strip():
            return website_message.strip()
        return translate("kiosk", "Registration for this event is closed.")
    if availability is Availability.FULL:
        return translate("kiosk", "This event is full.")
    if availability is Availability.ENDED:
        return translate("kiosk", "This event has ended.")
    if availability is not None and availability.needs_staff:
        return translate("kiosk", "Please ask a staff member to register you for this event.")
    return ""


def problem_text(problem: Problem, limit: int | None = None) -> str:
    """A validation message. A missing answer is said by the form in a whole sentence per
    field ("Please fill in your first name."), which languages with cases need."""
    if problem is Problem.TOO_LONG:
        if limit is None:
            return translate("kiosk", "This is too long. Please shorten it.")
        return translate("kiosk", "Please shorten this to %Ln character(s) or fewer.", None, limit)
    if problem is Problem.INVALID_EMAIL:
        return translate("kiosk", "This does not look like an e-mail address (name@example.org).")
    if problem is Problem.INVALID_CHOICE:
        return translate("kiosk", "Please choose one of the options.")
    if problem is Problem.INVALID_CHARACTERS:
        return translate("kiosk", "This contains characters that cannot be used.")
    if problem is Problem.CONSENT_REQUIRED:
        return translate("kiosk", "Please tick the box to agree before registering.")
    if problem is Problem.SESSION_FULL:
        return translate("kiosk", "A session you chose is fully booked. Please remove it.")
    return ""
