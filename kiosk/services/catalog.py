"""The live catalog: published events and, for the open event, everything on its page.

Calls block (they run on the background helper, never the GUI thread). Each call returns
an immutable snapshot; when the API fails, the last good snapshot comes back marked
``stale`` with the error, so screens keep showing data and a banner explains why.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kiosk.api.client import EventsApiClient
from kiosk.api.errors import ApiError, NotFoundError
from kiosk.api.models import (
    CustomRegistrationField,
    Event,
    Pass,
    PublishedEvent,
    Session,
    SessionTrack,
    Speaker,
    Sponsorship,
)
from kiosk.services.images import decode_embedded_image

if TYPE_CHECKING:
    from kiosk.services.catalog_cache import CatalogCache

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class EventSummary:
    """One card on the start screen.

    ``pending``: the count and whether it is paid are not known yet (a Dynamics tenant
    sends neither in the published list; they are fetched for the cards on screen)."""

    event: Event
    registration_count: int | None = None
    paid: bool = False
    pending: bool = False

    @property
    def readable_id(self) -> str:
        return self.event.readable_event_id


@dataclass(frozen=True)
class EventsSnapshot:
    events: tuple[EventSummary, ...]
    fetched_at: datetime
    stale: bool = False
    error: ApiError | None = None


@dataclass(frozen=True)
class EventDetails:
    """Everything the event, agenda and register screens need about one event."""

    event: Event
    sessions: tuple[Session, ...] = ()
    tracks: tuple[SessionTrack, ...] = ()
    # track id -> ids of its sessions; empty when the API has no tracks/{id}/sessions (RTM).
    track_sessions: dict[str, frozenset[str]] = field(default_factory=dict)
    speakers: tuple[Speaker, ...] = ()
    sponsorships: tuple[Sponsorship, ...] = ()
    passes: tuple[Pass, ...] = ()
    fields: tuple[CustomRegistrationField, ...] = ()
    registration_count: int | None = None
    fetched_at: datetime = field(default_factory=utc_now)
    stale: bool = False
    error: ApiError | None = None

    @property
    def readable_id(self) -> str:
        return self.event.readable_event_id

    @property
    def paid(self) -> bool:
        return bool(self.passes)

    def session(self, session_id: str) -> Session | None:
        return next((s for s in self.sessions if s.id == session_id), None)


# Without the published-list extension: the events whose count and passes are fetched
# when the screen has not said yet which cards it shows (two screenfuls of cards).
FIRST_SCREENFUL = 24

# An image the API said it does not have (404: a speaker without a portrait) is not asked
# for again for this long; a portrait added meanwhile shows after it. At most this many
# such answers are kept (the expired ones go first).
IMAGE_MISS_S = 600.0
IMAGE_MISSES_KEPT = 4096


def sort_key(event: Event) -> tuple[datetime, str]:
    start = event.start_date_utc or datetime.max.replace(tzinfo=UTC)
    return (start, event.event_name.casefold())


class Catalog:
    """Fetches and remembers the catalog. Thread-safe: one lock guards the last good copies."""

    def __init__(
        self,
        client: EventsApiClient,
        clock: Clock = utc_now,
        cache: CatalogCache | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._clock = clock
        self._cache = cache
        self._lock = threading.Lock()
        self._events: EventsSnapshot | None = None
        self._details: dict[str, EventDetails] = {}
        # readable id -> (the speakers the client handed out, the same without sessions)
        self._speakers: dict[str, tuple[tuple[Speaker, ...], tuple[Speaker, ...]]] = {}
        # image path -> when the API last said it has no such image (404)
        self._image_misses: dict[str, float] = {}
        self._monotonic = monotonic

    # ------------------------------------------------------------------ published events

    def refresh_events(self, visible: Iterable[str] | None = None) -> EventsSnapshot:
        """Published events sorted by start, each with its count and whether it is paid.

        The local server says both in the list itself (one request). Without that
        extension (Dynamics), they are fetched per event for ``visible`` only (the cards
        on screen and the next screenful; None: the first ``FIRST_SCREENFUL`` events);
        the others keep what was fetched before, or are ``pending``."""
        try:
            events = self._unchanged_events(sorted(self._client.published_events(), key=sort_key))
            wanted = (
                {e.readable_event_id for e in events[:FIRST_SCREENFUL]}
                if visible is None else set(visible)
            )
            fetched = self._fetch_summaries(e for e in events if e.readable_event_id in wanted)
        except ApiError as exc:
            return self._stale_events(exc)
        with self._lock:
            before = {s.readable_id: s for s in self._events.events} if self._events else {}
            summaries = tuple(
                _kept(
                    fetched.get(e.readable_event_id)
                    or _summary(e, before.get(e.readable_event_id)),
                    before.get(e.readable_event_id),
                )
                for e in events
            )
            snapshot = EventsSnapshot(summaries, self._clock())
            self._events = snapshot
        if self._cache is not None:
            self._cache.save_events(snapshot)
        return snapshot

    def _unchanged_events(self, events: list[PublishedEvent]) -> list[PublishedEvent]:
        """``events``, each that did not change replaced by the object listed before.

        A 200 of the list (any registration anywhere changes it) parses every event anew;
        compared here, on a worker thread, the events screen then finds the unchanged cards
        identical (``is``) and compares nothing on the GUI thread (150 ms at 5,000)."""
        with self._lock:
            last = self._events
        if last is None:
            return events
        shown = {s.readable_id: s.event for s in last.events}
        return [
            kept
            if isinstance(kept := shown.get(e.readable_event_id), PublishedEvent)
            and (kept is e or kept == e)
            else e
            for e in events
        ]

    def refresh_summaries(self, readable_ids: Iterable[str]) -> EventsSnapshot | None:
        """Fresh counts and passes of these listed events (the cards the screen shows),
        merged into the last list; None before any list. Without the published-list
        extension this is two requests per event, each a 304 when nothing changed."""
        wanted = set(readable_ids)
        with self._lock:
            current = self._events
        if current is None:
            return None
        try:
            fetched = self._fetch_summaries(
                s.event for s in current.events if s.readable_id in wanted
            )
        except ApiError as exc:
            log.info("event counts not refreshed: %s", exc.kind)
            return None
        if not fetched:
            return current
        with self._lock:
            latest = self._events or current
            snapshot = replace(
                latest,
                events=tuple(
                    _kept(fetched[s.readable_id], s) if s.readable_id in fetched else s
                    for s in latest.events
                ),
            )
            self._events = snapshot
        return snapshot

    def _fetch_summaries(self, events: Iterable[Event]) -> dict[str, EventSummary]:
        """Count and passes of the events that lack the published-list extension."""
        fetched: dict[str, EventSummary] = {}
        for event in events:
            count, has_passes = _extension(event)
            if count is not None and has_passes is not None:
                continue
            rid = event.readable_event_id
            if count is None:
                try:
                    count = self._client.event_registration_count(rid)
                except NotFoundError:
                    count = None
            if has_passes is None:
                try:
                    has_passes = bool(self._client.passes(rid))
                except NotFoundError:
                    has_passes = False
            fetched[rid] = EventSummary(event, count, has_passes)
        return fetched

    def _stale_events(self, error: ApiError) -> EventsSnapshot:
        log.warning("events refresh failed: %s", error.kind)
        last = self.stored_events()
        if last is None:
            raise error
        return replace(last, stale=True, error=error)

    def stored_events(self) -> EventsSnapshot | None:
        """The last good list: in memory, else from disk (marked stale). Fast: no network."""
        with self._lock:
            last = self._events
        if last is None and self._cache is not None:
            last = self._cache.load_events()
            if last is not None:
                with self._lock:
                    self._events = self._events or last
        return last

    # ------------------------------------------------------------------ one event

    def load_event(self, readable_id: str) -> EventDetails:
        """Fetch the event and all its sub-resources (the event screen's data)."""
        client = self._client
        try:
            event = client.event(readable_id)
            tracks = tuple(client.tracks(readable_id))
            details = EventDetails(
                event=event,
                sessions=tuple(client.sessions(readable_id)),
                tracks=tracks,
                track_sessions=self._track_sessions(tracks),
                speakers=self._without_sessions(readable_id, client.speakers(readable_id)),
                sponsorships=tuple(client.sponsorships(readable_id)),
                passes=tuple(client.passes(readable_id)),
                fields=tuple(client.custom_registration_fields(readable_id)),
                registration_count=client.event_registration_count(readable_id),
                fetched_at=self._clock(),
            )
        except ApiError as exc:
            return self._stale_details(readable_id, exc)
        self._remember(details)
        return details

    def _without_sessions(
        self, readable_id: str, speakers: Sequence[Speaker]
    ) -> tuple[Speaker, ...]:
        """The speakers without the copies of their sessions that the API nests in them.

        The kiosk shows a speaker's name, title, text and picture; their sessions are in
        the agenda already. The nested copies were half of what the catalog kept in memory
        and on disk. The client shares the models it parsed (a 304 hands them out again),
        so they are copied, never changed; an unchanged answer reuses the last copies."""
        given = tuple(speakers)
        with self._lock:
            last = self._speakers.get(readable_id)
        if last is not None and len(last[0]) == len(given) and all(
            a is b for a, b in zip(last[0], given, strict=True)
        ):
            return last[1]
        stripped = tuple(
            s if s.sessions is None else s.model_copy(update={"sessions": None}) for s in given
        )
        with self._lock:
            self._speakers[readable_id] = (given, stripped)
        return stripped

    def _remember(self, details: EventDetails) -> None:
        with self._lock:
            self._details[details.readable_id] = details
        if self._cache is not None:
            self._cache.save_details(details)

    def _track_sessions(self, tracks: tuple[SessionTrack, ...]) -> dict[str, frozenset[str]]:
        mapping: dict[str, frozenset[str]] = {}
        for track in tracks:
            try:
                sessions = self._client.track_sessions(track.id)
            except NotFoundError:
                # RTM has no tracks/{id}/sessions (contract #15): no track filter there.
                return {}
            mapping[track.id] = frozenset(s.id for s in sessions)
        return mapping

    def refresh_counts(self, readable_id: str) -> EventDetails:
        """Fresh event and session counts for the open event (cheap with ETags)."""
        with self._lock:
            current = self._details.get(readable_id)
        if current is None:
            return self.load_event(readable_id)
        try:
            count = self._client.event_registration_count(readable_id)
            sessions = _unchanged_kept(current.sessions, self._client.sessions(readable_id))
        except ApiError as exc:
            return self._stale_details(readable_id, exc)
        details = replace(
            current,
            registration_count=count,
            sessions=sessions,
            fetched_at=self._clock(),
            stale=False,
            error=None,
        )
        # Memory only: counts go stale within seconds anyway, and rewriting the whole
        # agenda to disk every 10 s cost the GUI thread long waits for the GIL.
        with self._lock:
            self._details[readable_id] = details
        return details

    def _stale_details(self, readable_id: str, error: ApiError) -> EventDetails:
        log.warning("event %s refresh failed: %s", readable_id, error.kind)
        last = self.stored_details(readable_id)
        if last is None or isinstance(error, NotFoundError):
            raise error
        return replace(last, stale=True, error=error)

    def cached_details(self, readable_id: str) -> EventDetails | None:
        """The details in memory (cheap enough for the GUI thread)."""
        with self._lock:
            return self._details.get(readable_id)

    def stored_details(self, readable_id: str) -> EventDetails | None:
        """In memory, else from disk (marked stale). No network; may touch the disk."""
        last = self.cached_details(readable_id)
        if last is None and self._cache is not None:
            last = self._cache.load_details(readable_id)
            if last is not None:
                with self._lock:
                    self._details.setdefault(readable_id, last)
        return last

    # ------------------------------------------------------------------ images

    def speaker_image(self, speaker: Speaker) -> bytes | None:
        """Portrait bytes: the embedded base64 image, else the speaker image endpoint."""
        embedded = decode_embedded_image(speaker.image)
        if embedded is not None:
            return embedded
        return self._image(f"speakers/{speaker.id}", self._client.speaker_image, speaker.id)

    def sponsorship_logo(self, sponsorship: Sponsorship) -> bytes | None:
        embedded = decode_embedded_image(sponsorship.image)
        if embedded is not None:
            return embedded
        return self._image(
            f"sponsorships/{sponsorship.id}", self._client.sponsorship_logo, sponsorship.id
        )

    def _image(self, key: str, fetch: Callable[[str], bytes], item_id: str) -> bytes | None:
        """An image from the API, None without one. That the API has none (404) is kept
        for ``IMAGE_MISS_S``: an agenda's speakers without portraits are otherwise asked for
        again at every opening of the page (150 requests at a big conference)."""
        now = self._monotonic()
        with self._lock:
            missed = self._image_misses.get(key)
        if missed is not None and now - missed < IMAGE_MISS_S:
            return None
        try:
            return fetch(item_id)
        except NotFoundError:
            with self._lock:
                if len(self._image_misses) >= IMAGE_MISSES_KEPT:
                    self._image_misses = {
                        k: t for k, t in self._image_misses.items() if now - t < IMAGE_MISS_S
                    }
                self._image_misses[key] = now
            return None
        except ApiError:  # unreachable, refused...: asked again next time
            return None

    def event_qr_code(self, readable_id: str) -> bytes | None:
        try:
            return self._client.event_qr_code(readable_id)
        except ApiError:
            return None


def _extension(event: Event) -> tuple[int | None, bool | None]:
    """The local server's published-list extension, (None, None) from Dynamics."""
    if isinstance(event, PublishedEvent):
        return event.registration_count, event.has_passes
    return None, None


def counts_in_list(event: Event) -> bool:
    """The published list said this event's count and whether it has passes (the local
    server's extension): nothing to fetch per event."""
    count, has_passes = _extension(event)
    return count is not None and has_passes is not None


def _kept(summary: EventSummary, before: EventSummary | None) -> EventSummary:
    """The card as it was when nothing on it changed (the same object: nothing to repaint)."""
    return before if before is not None and before == summary else summary


def _summary(event: Event, before: EventSummary | None) -> EventSummary:
    """A card without a fetch now: the list's extension, else what was known before."""
    count, has_passes = _extension(event)
    if count is not None and has_passes is not None:
        return EventSummary(event, count, has_passes)
    if before is not None and not before.pending:
        return EventSummary(
            event,
            count if count is not None else before.registration_count,
            has_passes if has_passes is not None else before.paid,
        )
    return EventSummary(event, count, bool(has_passes), pending=True)


def _unchanged_kept(old: Sequence[Session], new: Sequence[Session]) -> tuple[Session, ...]:
    """``new``, with each session that did not change replaced by the object shown now.

    Compared here, on a worker thread: the screens then find most of a refresh's sessions
    identical (``is``) and skip comparing 200 of them field by field on the GUI thread."""
    shown = {session.id: session for session in old}
    return tuple(
        kept
        if (kept := shown.get(session.id)) is not None and (kept is session or kept == session)
        else session
        for session in new
    )
