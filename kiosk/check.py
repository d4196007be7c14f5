"""``kiosk check``: the connection test staff run when setting up a kiosk.

It lists the published events, and with ``--event`` fetches every sub-resource of that
event, saying what it found and what the kiosk will be able to do with it. On failure it
prints one line naming the failure and exits non-zero.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TextIO, TypeVar

from kiosk.api.client import EventsApiClient
from kiosk.api.errors import ApiError, NotFoundError
from kiosk.api.models import Event
from kiosk.api.timezones import short_time_zone_label

EXIT_OK = 0
EXIT_API_FAILURE = 1
EXIT_CONFIG = 2

T = TypeVar("T")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` terminal columns with an ellipsis, then pad it."""
    text = " ".join(text.split())
    if _display_width(text) > width:
        out = ""
        for ch in text:
            if _display_width(out + ch) > width - 1:
                break
            out += ch
        text = out + "…"
    return text + " " * (width - _display_width(text))


def format_start(event: Event) -> str:
    if event.start_date is None:
        return "-"
    label = short_time_zone_label(event.time_zone, event.time_zone_name)
    stamp = event.start_date.strftime("%Y-%m-%d %H:%M")
    return f"{stamp} {label}".strip()


def format_capacity(event: Event) -> str:
    return str(event.max_capacity) if event.is_capacity_restricted else "unlimited"


def events_table(rows: Sequence[tuple[Event, int | None]]) -> list[str]:
    headers = ("Name", "Readable id", "Starts", "Capacity", "Registered")
    cells = [
        (
            event.event_name or "(no name)",
            event.readable_event_id,
            format_start(event),
            format_capacity(event),
            "?" if count is None else str(count),
        )
        for event, count in rows
    ]
    limits = (40, 36, 30, 10, 10)
    widths = [
        min(limit, max(_display_width(" ".join(text.split())) for text in column))
        for column, limit in zip(zip(headers, *cells, strict=True), limits, strict=True)
    ]
    lines = ["  ".join(_fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(_fit(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    return lines


def _optional(fetch: Callable[[], T]) -> T | None:
    """Endpoints only one flavour offers (QR code on RTM, say) answer 404 elsewhere."""
    try:
        return fetch()
    except NotFoundError:
        return None


def describe_event(client: EventsApiClient, readable_id: str, out: TextIO) -> None:
    """Fetch every sub-resource of one event and report it, ending with kiosk readiness."""
    try:
        event = client.event(readable_id)
    except NotFoundError:
        raise NotFoundError(
            f"There is no event with the readable id {readable_id!r}; "
            "the table above lists the published ones."
        ) from None
    sessions = client.sessions(readable_id)
    tracks = client.tracks(readable_id)
    speakers = client.speakers(readable_id)
    sponsorships = client.sponsorships(readable_id)
    passes = client.passes(readable_id)
    fields = client.custom_registration_fields(readable_id)
    count = client.event_registration_count(readable_id)
    qr = _optional(lambda: client.event_qr_code(readable_id))

    full_sessions = sum(1 for s in sessions if s.seats_left == 0)
    required = sum(1 for f in fields if f.is_required)
    place = ", ".join(
        p for p in (
            event.building.name if event.building else "",
            event.room.name if event.room else "",
            event.building.address if event.building else "",
        ) if p
    )
    capacity = (
        f"{count} registered of {event.max_capacity}"
        if event.is_capacity_restricted
        else f"{count} registered, capacity unlimited"
    )
    lines = [
        f"Event: {event.event_name} ({event.readable_event_id})",
        f"  starts:      {format_start(event)}",
        f"  venue:       {place or '-'}",
        f"  capacity:    {capacity}; waitlist {'on' if event.show_waitlist else 'off'}",
        f"  sessions:    {len(sessions)} ({full_sessions} full)",
        f"  tracks:      {len(tracks)}",
        f"  speakers:    {len(speakers)}",
        f"  sponsors:    {len(sponsorships)}",
        f"  passes:      {len(passes)}" + (" (paid event)" if passes else " (free event)"),
        f"  questions:   {len(fields)} custom registration fields ({required} required)",
        "  QR code:     "
        + (f"image, {len(qr)} bytes" if qr is not None else "not offered by this API"),
    ]
    lines.extend(f"  note:        {note}" for note in readiness_notes(event, bool(passes)))
    out.write("\n".join(lines) + "\n")


def readiness_notes(event: Event, paid: bool, now: datetime | None = None) -> list[str]:
    """What stops walk-up registration at a kiosk, in the words staff need."""
    now = now or datetime.now(UTC)
    notes = []
    if event.registration_closed_at(now):
        notes.append("registration is closed; the kiosk shows the event's website message")
    if paid:
        notes.append("paid event: the kiosk sends attendees to a staff member")
    if event.enable_captcha:
        notes.append("captcha required: the kiosk cannot register attendees for this event")
    if event.registration_form:
        notes.append("registers through an embedded marketing form, not the API")
    if not event.allow_anonymous_registrations:
        notes.append("anonymous registration is off: the kiosk cannot register attendees")
    return notes


def run_check(client: EventsApiClient, event_id: str | None, out: TextIO, err: TextIO) -> int:
    try:
        events = sorted(
            client.published_events(),
            key=lambda e: (e.start_date_utc or datetime.max.replace(tzinfo=UTC), e.event_name),
        )
        rows = [(e, client.event_registration_count(e.readable_event_id)) for e in events]
        out.write(f"Connected to {client.base_url} as origin {client.origin}.\n")
        if rows:
            out.write(f"{len(rows)} published event(s):\n")
            out.write("\n".join(events_table(rows)) + "\n")
        else:
            out.write(
                "No published events. Publish an event for this web application "
                "('Custom solution using event API').\n"
            )
        if event_id:
            out.write("\n")
            describe_event(client, event_id, out)
    except ApiError as exc:
        # One line, even when the server's message spans several.
        err.write(f"kiosk check failed: {exc.kind}: {' '.join(str(exc).split())}\n")
        return EXIT_API_FAILURE
    return EXIT_OK
