"""What an event or a session offers right now: timing, seats, and whether a kiosk can register.

Pure functions of the contract objects and an instant, so every screen and the
registration service agree, and tests need no clock tricks.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.api.models import Event, Session

STARTS_SOON = timedelta(minutes=60)


class Timing(enum.Enum):
    HAPPENING_NOW = "now"
    STARTS_SOON = "soon"
    LATER = "later"
    ENDED = "ended"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class EventTiming:
    timing: Timing
    minutes_until_start: int | None = None


def event_timing(event: Event, now: datetime) -> EventTiming:
    """Now / soon / later / ended, from the ``*UTC`` instants (never the wall-clock fields)."""
    start, end = event.start_date_utc, event.end_date_utc
    if start is None:
        return EventTiming(Timing.UNKNOWN)
    if end is not None and now >= end:
        return EventTiming(Timing.ENDED)
    if now >= start:
        return EventTiming(Timing.HAPPENING_NOW)
    until = start - now
    minutes = int(until.total_seconds() // 60)
    if until <= STARTS_SOON:
        return EventTiming(Timing.STARTS_SOON, max(minutes, 1) if until.total_seconds() > 0 else 0)
    return EventTiming(Timing.LATER, minutes)


class Availability(enum.Enum):
    """What the primary button of an event can do, and if not, why."""

    OPEN = "open"  # Register
    WAITLIST = "waitlist"  # Join the waitlist
    FULL = "full"  # full, no waitlist
    CLOSED = "closed"  # registration window over (show websiteMessage)
    ENDED = "ended"
    PAID = "paid"  # passes: staff only
    CAPTCHA = "captcha"  # the HIP widget needs a browser: staff only
    EMBEDDED_FORM = "form"  # registers through a marketing form, not the API
    NO_ANONYMOUS = "no_anonymous"  # needs a signed-in user, which a kiosk has not

    @property
    def can_register(self) -> bool:
        return self in (Availability.OPEN, Availability.WAITLIST)

    @property
    def needs_staff(self) -> bool:
        return self in (
            Availability.PAID,
            Availability.CAPTCHA,
            Availability.EMBEDDED_FORM,
            Availability.NO_ANONYMOUS,
        )


@dataclass(frozen=True)
class EventAvailability:
    availability: Availability
    seats_left: int | None  # None: unlimited or unknown


def seats_left(event: Event, registration_count: int | None) -> int | None:
    if not event.is_capacity_restricted or registration_count is None:
        return None
    return max(event.max_capacity - registration_count, 0)


def event_availability(
    event: Event,
    registration_count: int | None,
    now: datetime,
    *,
    paid: bool = False,
) -> EventAvailability:
    """The kiosk's view of whether a walk-up attendee can register for ``event`` at ``now``.

    Order matters: a closed or ended event says so even when it is also full; staff-only
    reasons come before capacity, because the attendee cannot use the kiosk either way.
    """
    left = seats_left(event, registration_count)
    if event_timing(event, now).timing is Timing.ENDED:
        return EventAvailability(Availability.ENDED, left)
    if event.registration_closed_at(now):
        return EventAvailability(Availability.CLOSED, left)
    if event.registration_form and event.registration_form.strip():
        return EventAvailability(Availability.EMBEDDED_FORM, left)
    if not event.allow_anonymous_registrations:
        return EventAvailability(Availability.NO_ANONYMOUS, left)
    if paid:
        return EventAvailability(Availability.PAID, left)
    if event.enable_captcha:
        return EventAvailability(Availability.CAPTCHA, left)
    if left == 0:
        if event.show_waitlist:
            return EventAvailability(Availability.WAITLIST, 0)
        return EventAvailability(Availability.FULL, 0)
    return EventAvailability(Availability.OPEN, left)


class SessionAvailability(enum.Enum):
    OPEN = "open"
    WAITLIST = "waitlist"  # full, but the event has a waitlist
    FULL = "full"


def session_availability(session: Session, event: Event) -> SessionAvailability:
    if session.seats_left == 0:
        return SessionAvailability.WAITLIST if event.show_waitlist else SessionAvailability.FULL
    return SessionAvailability.OPEN
