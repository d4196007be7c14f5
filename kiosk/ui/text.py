"""Words for the screens: dates, times, statuses and availability, all through Qt's translator."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kiosk.api.models import Event, Session
from kiosk.api.timezones import short_time_zone_label
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


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: datetime) -> QTime:
    return QTime(value.hour, value.minute)


def day_label(value: date) -> str:
    return QLocale().toString(_qdate(value), "dddd d MMMM")


def short_day(value: date) -> str:
    return QLocale().toString(_qdate(value), "ddd d MMM")


def clock(value: datetime) -> str:
    return QLocale().toString(_qtime(value), QLocale.FormatType.ShortFormat)


def event_when(event: Event) -> str:
    """"Thu 26 Nov, 09:00 – 17:30 GMT+01:00" in the event's own wall-clock time."""
    start, end = event.start_date, event.end_date
    if start is None:
        return translate("kiosk", "Date to be announced")
    zone = short_time_zone_label(event.time_zone, event.time_zone_name)
    text = f"{short_day(start.date())}, {clock(start)}"
    if end is not None:
        if end.date() == start.date():
            text += f" – {clock(end)}"
        else:
            text += f" – {short_day(end.date())}, {clock(end)}"
    return f"{text} {zone}".strip()


def session_when(session: Session) -> str:
    if session.start_time is None:
        return ""
    text = clock(session.start_time)
    if session.end_time is not None:
        text += f" – {clock(session.end_time)}"
    return text


def shortened(value: str, limit: int = 110) -> str:
    """At most ``limit`` characters, cut at a word and marked with an ellipsis."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:-–") + "…"


def event_venue(event: Event) -> str:
    parts = []
    if event.building and event.building.name.strip():
        parts.append(event.building.name.strip())
    if event.room and event.room.name.strip():
        parts.append(event.room.name.strip())
    return ", ".join(parts)


def timing_text(timing: EventTiming) -> str:
    if timing.timing is Timing.HAPPENING_NOW:
        return translate("kiosk", "Happening now")
    if timing.timing is Timing.STARTS_SOON:
        minutes = timing.minutes_until_start or 0
        if minutes <= 1:
            return translate("kiosk", "Starting now")
        return translate("kiosk", "Starts in %n minute(s)", None, minutes)
    if timing.timing is Timing.ENDED:
        return translate("kiosk", "Ended")
    if timing.timing is Timing.LATER:
        return translate("kiosk", "Later")
    return ""


def availability_text(state: EventAvailability) -> str:
    a = state.availability
    if a is Availability.OPEN:
        if state.seats_left is None:
            return translate("kiosk", "Open for registration")
        return translate("kiosk", "%n seat(s) left", None, state.seats_left)
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
    return translate("kiosk", "%n seat(s) left", None, left)


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


def problem_text(problem: Problem, field: str, limit: int | None = None) -> str:
    """A validation message; ``field`` reads like "your first name"."""
    if problem is Problem.REQUIRED:
        return translate("kiosk", "Please fill in %1.").replace("%1", field)
    if problem is Problem.TOO_LONG:
        if limit is None:
            return translate("kiosk", "This is too long. Please shorten it.")
        return translate("kiosk", "Please shorten this to %n character(s) or fewer.", None, limit)
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
