"""Loading events from a seed: JSON in the contract's own shapes (see docs/local-server.md).

A seed is ``{"events": [...]}``; each event is an ``Event`` object with its children nested
in it (``sessions``, ``tracks``, ``speakers``, ``sponsorships``, ``passes``,
``customRegistrationFields``). Every object is parsed with the contract models, so a seed
is exactly what the API answers, plus a few seed-only keys: ``ianaTimeZone`` (to fill in
whichever of a local / UTC time pair is missing), ``sessionIds`` on tracks and passes,
``speakerIds`` on sessions, and base64 ``image`` bytes on speakers and sponsorships.

Loading is one transaction: a seed either loads whole or changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import sqlite3
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ValidationError

from kiosk.api.images import image_type
from kiosk.api.models import (
    CustomFieldType,
    CustomRegistrationField,
    Event,
    Pass,
    Session,
    SessionTrack,
    Speaker,
    Sponsorship,
    is_guid,
)
from kiosk.server.db import Database
from kiosk.server.registration import promote_waitlist
from kiosk.server.wire import utc_text

log = logging.getLogger(__name__)

READABLE_ID = re.compile(r"^[A-Za-z0-9_.~-]{1,100}$")
_ID_NAMESPACE = uuid.UUID("6f1c1d7e-5d3b-4e0c-9a59-3c0f1b1e2a10")

M = TypeVar("M", bound=BaseModel)


class SeedError(Exception):
    """The seed cannot be loaded; the message says where and why."""


@dataclass
class _Image:
    data: bytes
    content_type: str


@dataclass
class _EventSeed:
    event_id: str
    event: Event
    sessions: list[tuple[Session, list[str]]] = field(default_factory=list)
    speakers: list[tuple[Speaker, _Image | None]] = field(default_factory=list)
    tracks: list[tuple[SessionTrack, list[str]]] = field(default_factory=list)
    sponsorships: list[tuple[Sponsorship, _Image | None]] = field(default_factory=list)
    passes: list[tuple[Pass, list[str]]] = field(default_factory=list)
    fields: list[CustomRegistrationField] = field(default_factory=list)


def _json(model: BaseModel) -> str:
    return json.dumps(model.model_dump(mode="json", by_alias=True), separators=(",", ":"))


class _Parser:
    """Turns seed JSON into models, naming the exact place of the first problem."""

    def __init__(self) -> None:
        self.where = ""

    def fail(self, message: str) -> SeedError:
        return SeedError(f"{self.where}: {message}" if self.where else message)

    def obj(self, value: object, what: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(f"{what} must be a JSON object")
        return value

    def items(self, parent: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
        value = parent.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{key} must be a list")
        return [self.obj(item, f"{key}[{i}]") for i, item in enumerate(value)]

    def ids(self, parent: Mapping[str, Any], key: str) -> list[str]:
        value = parent.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{key} must be a list of id strings")
        return list(dict.fromkeys(value))

    def model(self, cls: type[M], data: Mapping[str, Any], drop: Sequence[str] = ()) -> M:
        clean = {k: v for k, v in data.items() if k not in drop}
        try:
            return cls.model_validate(clean)
        except ValidationError as exc:
            first = exc.errors(include_url=False, include_input=False)[0]
            loc = ".".join(str(p) for p in first["loc"]) or cls.__name__
            raise self.fail(f"{loc}: {first['msg']}") from None

    def guid(self, value: str, fallback: str) -> str:
        """The given GUID, or a stable one derived from where the object sits in the seed."""
        if not value:
            return str(uuid.uuid5(_ID_NAMESPACE, fallback))
        if not is_guid(value):
            raise self.fail(f"{value!r} is not a GUID")
        return value.lower()

    def image(self, value: object) -> _Image | None:
        if value is None or value == "":
            return None
        if isinstance(value, dict):
            value = value.get("image")
        if not isinstance(value, str):
            raise self.fail("image must be a base64 string")
        text = value.strip()
        if text.startswith("data:") and "," in text:
            text = text.split(",", 1)[1]
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise self.fail("image is not valid base64") from None
        content_type = image_type(data)
        if content_type is None:
            raise self.fail("image is not a JPEG, PNG, GIF or WebP picture")
        return _Image(data, content_type)


def _fill_times(
    local: datetime | None,
    utc: datetime | None,
    zone: ZoneInfo | None,
) -> tuple[datetime | None, datetime | None]:
    """Complete a (wall-clock, UTC) pair from whichever half is given, using the zone."""
    if local is not None and utc is not None:
        return local, utc
    if local is None and utc is None:
        return None, None
    if zone is None:
        zone = ZoneInfo("UTC")  # no ianaTimeZone: the wall clock is UTC's (documented)
    if utc is None:
        assert local is not None
        return local, local.replace(tzinfo=zone).astimezone(UTC)
    return utc.astimezone(zone).replace(tzinfo=None), utc


def parse_seed(data: object) -> list[_EventSeed]:
    """Validate a whole seed document before anything touches the database."""
    p = _Parser()
    root = p.obj(data, "the seed")
    if "events" not in root:
        raise p.fail('the seed must be an object with an "events" list')
    seeds: list[_EventSeed] = []
    readable_ids: set[str] = set()
    for ei, raw in enumerate(p.items(root, "events")):
        p.where = f"events[{ei}]"
        seeds.append(_parse_event(p, raw))
        rid = seeds[-1].event.readable_event_id
        if rid in readable_ids:
            raise p.fail(f"readableEventId {rid!r} appears twice in the seed")
        readable_ids.add(rid)
    return seeds


def _parse_event(p: _Parser, raw: dict[str, Any]) -> _EventSeed:
    children = (
        "sessions",
        "tracks",
        "speakers",
        "sponsorships",
        "passes",
        "customRegistrationFields",
        "ianaTimeZone",
    )
    event = p.model(Event, raw, drop=children)
    rid = event.readable_event_id
    if not READABLE_ID.match(rid):
        raise p.fail(
            "readableEventId is required: 1-100 letters, digits, '_', '-', '.' or '~' "
            f"(got {rid!r})"
        )
    p.where = f"event {rid}"
    if not event.event_name.strip():
        raise p.fail("eventName is required")
    event.event_id = p.guid(event.event_id, f"event:{rid}")
    zone: ZoneInfo | None = None
    if raw.get("ianaTimeZone") is not None:
        try:
            zone = ZoneInfo(str(raw["ianaTimeZone"]))
        except (ZoneInfoNotFoundError, ValueError):
            raise p.fail(f"ianaTimeZone {raw['ianaTimeZone']!r} is not a known time zone") from None
    event.start_date, event.start_date_utc = _fill_times(
        event.start_date, event.start_date_utc, zone
    )
    event.end_date, event.end_date_utc = _fill_times(
        event.end_date, event.end_date_utc, zone
    )
    if event.start_date_utc is None or event.end_date_utc is None:
        raise p.fail("startDate and endDate (or their UTC twins) are required")
    if event.end_date_utc < event.start_date_utc:
        raise p.fail("the event ends before it starts")
    seed = _EventSeed(event.event_id, event)
    eid = event.event_id

    speaker_ids: set[str] = set()
    for i, item in enumerate(p.items(raw, "speakers")):
        p.where = f"event {rid}, speakers[{i}]"
        speaker = p.model(Speaker, item, drop=("image", "sessions"))
        speaker.id = p.guid(speaker.id, f"{eid}:speaker:{i}")
        if speaker.id in speaker_ids:
            raise p.fail(f"speaker id {speaker.id} appears twice")
        speaker_ids.add(speaker.id)
        seed.speakers.append((speaker, p.image(item.get("image"))))

    session_ids: set[str] = set()
    for i, item in enumerate(p.items(raw, "sessions")):
        p.where = f"event {rid}, sessions[{i}]"
        session = p.model(Session, item, drop=("speakers", "speakerIds"))
        session.id = p.guid(session.id, f"{eid}:session:{i}")
        if session.id in session_ids:
            raise p.fail(f"session id {session.id} appears twice")
        session_ids.add(session.id)
        if not session.name.strip():
            raise p.fail("name is required")
        session.start_time, session.start_time_utc = _fill_times(
            session.start_time, session.start_time_utc, zone
        )
        session.end_time, session.end_time_utc = _fill_times(
            session.end_time, session.end_time_utc, zone
        )
        if session.time_zone is None:
            session.time_zone = event.time_zone
        if session.max_capacity < 0:
            raise p.fail("maxCapacity cannot be negative")
        refs = p.ids(item, "speakerIds")
        for j, ref in enumerate(p.items(item, "speakers")):
            ref_id = str(ref.get("id") or "").lower()
            if ref_id not in speaker_ids:
                if not ref.get("name"):
                    raise p.fail(f"speakers[{j}] refers to unknown speaker id {ref_id!r}")
                # A full speaker object embedded only here: add it to the event's speakers.
                speaker = p.model(Speaker, ref, drop=("image", "sessions"))
                speaker.id = p.guid(speaker.id, f"{eid}:session:{i}:speaker:{j}")
                speaker_ids.add(speaker.id)
                seed.speakers.append((speaker, p.image(ref.get("image"))))
                ref_id = speaker.id
            refs.append(ref_id)
        refs = [r.lower() for r in dict.fromkeys(refs)]
        for ref_id in refs:
            if ref_id not in speaker_ids:
                raise p.fail(f"speakerIds refers to unknown speaker id {ref_id!r}")
        session.speakers = None
        seed.sessions.append((session, refs))

    def session_refs(item: Mapping[str, Any]) -> list[str]:
        refs = p.ids(item, "sessionIds")
        refs += [str(s.get("id") or "") for s in p.items(item, "sessions")]
        refs = [r.lower() for r in dict.fromkeys(refs)]
        for ref in refs:
            if ref not in session_ids:
                raise p.fail(f"refers to unknown session id {ref!r}")
        return refs

    for i, item in enumerate(p.items(raw, "tracks")):
        p.where = f"event {rid}, tracks[{i}]"
        track = p.model(SessionTrack, item, drop=("sessionIds", "sessions"))
        track.id = p.guid(track.id, f"{eid}:track:{i}")
        seed.tracks.append((track, session_refs(item)))

    for i, item in enumerate(p.items(raw, "sponsorships")):
        p.where = f"event {rid}, sponsorships[{i}]"
        sponsorship = p.model(Sponsorship, item, drop=("image",))
        sponsorship.id = p.guid(sponsorship.id, f"{eid}:sponsorship:{i}")
        if sponsorship.sponsor_id:
            sponsorship.sponsor_id = p.guid(sponsorship.sponsor_id, "")
        seed.sponsorships.append((sponsorship, p.image(item.get("image"))))

    for i, item in enumerate(p.items(raw, "passes")):
        p.where = f"event {rid}, passes[{i}]"
        pass_ = p.model(Pass, item, drop=("sessionIds", "sessions"))
        pass_.pass_id = p.guid(pass_.pass_id, f"{eid}:pass:{i}")
        if not pass_.pass_name.strip():
            raise p.fail("passName is required")
        if pass_.number_of_passes_left < 0 or pass_.number_of_passes_sold < 0 or pass_.price < 0:
            raise p.fail("price and pass numbers cannot be negative")
        seed.passes.append((pass_, session_refs(item)))

    field_ids: set[str] = set()
    for i, item in enumerate(p.items(raw, "customRegistrationFields")):
        p.where = f"event {rid}, customRegistrationFields[{i}]"
        custom = p.model(CustomRegistrationField, item)
        custom.custom_registration_field_id = p.guid(
            custom.custom_registration_field_id, f"{eid}:field:{i}"
        )
        if custom.custom_registration_field_id in field_ids:
            raise p.fail("customRegistrationFieldId appears twice")
        field_ids.add(custom.custom_registration_field_id)
        if not isinstance(custom.type, CustomFieldType):
            raise p.fail("type must be 100000000 (text), 100000001 (yes/no), "
                         "100000002 (multiple choice) or 100000003 (single choice)")
        if not custom.text.strip():
            raise p.fail("text is required")
        choice_types = (CustomFieldType.MULTIPLE_CHOICE, CustomFieldType.SINGLE_CHOICE)
        if custom.type in choice_types and not custom.choice_list:
            raise p.fail("a choice field needs choices (one per line)")
        if custom.type not in choice_types:
            custom.choices = None
        seed.fields.append(custom)
    p.where = f"event {rid}"
    return seed


def store_seed(conn: sqlite3.Connection, data: object, now: datetime) -> list[str]:
    """Validate a seed and write it inside the caller's transaction; returns readable ids."""
    seeds = parse_seed(data)
    for seed in seeds:
        _store_event(conn, seed)
        promote_waitlist(conn, seed.event_id, seed.event, now)
        _bump_versions(conn, seed.event_id)
    for seed in seeds:
        log.info(
            "loaded event %s: %d sessions, %d speakers, %d sponsorships",
            seed.event.readable_event_id, len(seed.sessions), len(seed.speakers),
            len(seed.sponsorships),
        )
    return [seed.event.readable_event_id for seed in seeds]


def load_seed(db: Database, data: object, now: Callable[[], datetime]) -> list[str]:
    """Load a parsed JSON seed into the database in one transaction; returns readable ids."""
    with db.write() as conn:
        return store_seed(conn, data, now())


def load_seed_file(db: Database, path: Path, now: Callable[[], datetime]) -> list[str]:
    """Load a seed file, or raise SeedError with a one-line reason."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SeedError(f"cannot read the seed file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise SeedError(f"the seed file {path} is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SeedError(
            f"the seed file {path} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg})"
        ) from None
    try:
        return load_seed(db, data, now)
    except SeedError as exc:
        raise SeedError(f"{path}: {exc}") from None


def _bump_versions(conn: sqlite3.Connection, event_id: str) -> None:
    """Move the version of a (re)loaded event, so cached answers and ETags change with it.

    Speakers are shared between events: the events that list one of this event's speakers
    move too (a speaker's text or image may have changed in this load).
    """
    conn.execute(
        "UPDATE events SET version = version + 1, content_version = content_version + 1, "
        "seats_version = seats_version + 1 WHERE event_id = ? OR event_id IN ("
        "SELECT other.event_id FROM event_speakers mine JOIN event_speakers other "
        "ON other.speaker_id = mine.speaker_id WHERE mine.event_id = ?)",
        (event_id, event_id),
    )


def _owner_conflict(
    conn: sqlite3.Connection, table: str, key: str, ids: Sequence[str], event_id: str
) -> str | None:
    """An id of ``ids`` that already belongs to another event, if any."""
    for item_id in ids:
        row = conn.execute(
            f"SELECT event_id FROM {table} WHERE {key} = ?", (item_id,)
        ).fetchone()
        if row is not None and row[0] != event_id:
            return item_id
    return None


def _store_event(conn: sqlite3.Connection, seed: _EventSeed) -> None:
    event, eid = seed.event, seed.event_id
    rid = event.readable_event_id
    row = conn.execute("SELECT event_id FROM events WHERE readable_id = ?", (rid,)).fetchone()
    if row is not None and row[0] != eid:
        raise SeedError(f"event {rid}: another event ({row[0]}) already has this readableEventId")
    checks = (
        ("sessions", "id", [s.id for s, _ in seed.sessions]),
        ("tracks", "id", [t.id for t, _ in seed.tracks]),
        ("sponsorships", "id", [s.id for s, _ in seed.sponsorships]),
        ("passes", "pass_id", [p.pass_id for p, _ in seed.passes]),
    )
    for table, key, ids in checks:
        clash = _owner_conflict(conn, table, key, ids, eid)
        if clash is not None:
            raise SeedError(f"event {rid}: {table} id {clash} already belongs to another event")
    assert event.start_date_utc is not None
    assert event.end_date_utc is not None
    conn.execute(
        "INSERT INTO events (event_id, readable_id, start_utc, end_utc, data) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET "
        "readable_id = excluded.readable_id, start_utc = excluded.start_utc, "
        "end_utc = excluded.end_utc, data = excluded.data",
        (eid, rid, utc_text(event.start_date_utc), utc_text(event.end_date_utc), _json(event)),
    )

    # Sessions and passes are updated in place: registrations point at them.
    keep = [s.id for s, _ in seed.sessions]
    _delete_missing(conn, rid, "sessions", "id", eid, keep, (
        "SELECT COUNT(*) FROM session_registrations WHERE session_id = ?",
        "it has registrations",
    ))
    for position, (session, _) in enumerate(seed.sessions):
        start = utc_text(session.start_time_utc) if session.start_time_utc else None
        conn.execute(
            "INSERT INTO sessions (id, event_id, position, start_utc, data) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
            "start_utc = excluded.start_utc, data = excluded.data",
            (session.id, eid, position, start, _json(session)),
        )
    pass_keep = [p.pass_id for p, _ in seed.passes]
    _delete_missing(conn, rid, "passes", "pass_id", eid, pass_keep, (
        "SELECT COUNT(*) FROM registrations WHERE pass_id = ?",
        "registrations use it",
    ))
    for position, (pass_, _) in enumerate(seed.passes):
        total = pass_.number_of_passes_left + pass_.number_of_passes_sold
        stored = pass_.model_copy(update={"sessions": []})
        conn.execute(
            "INSERT INTO passes (pass_id, event_id, position, data, total, sold_elsewhere) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (pass_id) DO UPDATE SET "
            "position = excluded.position, data = excluded.data, total = excluded.total, "
            "sold_elsewhere = excluded.sold_elsewhere",
            (pass_.pass_id, eid, position, _json(stored), total, pass_.number_of_passes_sold),
        )

    # Everything else is replaced wholesale.
    session_ids = [(sid,) for sid in keep]
    conn.executemany("DELETE FROM session_speakers WHERE session_id = ?", session_ids)
    conn.execute("DELETE FROM event_speakers WHERE event_id = ?", (eid,))
    conn.execute("DELETE FROM tracks WHERE event_id = ?", (eid,))
    conn.execute("DELETE FROM sponsorships WHERE event_id = ?", (eid,))
    conn.execute("DELETE FROM registration_fields WHERE event_id = ?", (eid,))
    conn.executemany("DELETE FROM pass_sessions WHERE pass_id = ?", [(p,) for p in pass_keep])

    for position, (speaker, image) in enumerate(seed.speakers):
        stored_speaker = speaker.model_copy(update={"image": None, "sessions": None})
        conn.execute(
            "INSERT INTO speakers (id, data, image, image_type) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET data = excluded.data, image = excluded.image, "
            "image_type = excluded.image_type",
            (
                speaker.id,
                _json(stored_speaker),
                image.data if image else None,
                image.content_type if image else None,
            ),
        )
        conn.execute(
            "INSERT INTO event_speakers (event_id, speaker_id, position) VALUES (?, ?, ?)",
            (eid, speaker.id, position),
        )
    conn.executemany(
        "INSERT INTO session_speakers (session_id, speaker_id, position) VALUES (?, ?, ?)",
        [
            (session.id, speaker_id, position)
            for session, refs in seed.sessions
            for position, speaker_id in enumerate(refs)
        ],
    )
    for position, (track, refs) in enumerate(seed.tracks):
        conn.execute(
            "INSERT INTO tracks (id, event_id, position, data) VALUES (?, ?, ?, ?)",
            (track.id, eid, position, _json(track)),
        )
        conn.executemany(
            "INSERT INTO track_sessions (track_id, session_id, position) VALUES (?, ?, ?)",
            [(track.id, sid, i) for i, sid in enumerate(refs)],
        )
    for position, (sponsorship, logo) in enumerate(seed.sponsorships):
        stored_sponsorship = sponsorship.model_copy(update={"image": None})
        conn.execute(
            "INSERT INTO sponsorships (id, event_id, position, data, logo, logo_type) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                sponsorship.id,
                eid,
                position,
                _json(stored_sponsorship),
                logo.data if logo else None,
                logo.content_type if logo else None,
            ),
        )
    for pass_, refs in seed.passes:
        conn.executemany(
            "INSERT INTO pass_sessions (pass_id, session_id, position) VALUES (?, ?, ?)",
            [(pass_.pass_id, sid, i) for i, sid in enumerate(refs)],
        )
    conn.executemany(
        "INSERT INTO registration_fields (event_id, field_id, position, data) VALUES (?, ?, ?, ?)",
        [
            (eid, custom.custom_registration_field_id, position, _json(custom))
            for position, custom in enumerate(seed.fields)
        ],
    )


def _delete_missing(
    conn: sqlite3.Connection,
    rid: str,
    table: str,
    key: str,
    event_id: str,
    keep: Sequence[str],
    in_use: tuple[str, str],
) -> None:
    """Remove an event's items that the seed no longer lists, unless registrations use them."""
    existing = [r[0] for r in conn.execute(f"SELECT {key} FROM {table} WHERE event_id = ?",
                                           (event_id,))]
    wanted = set(keep)
    for item_id in existing:
        if item_id in wanted:
            continue
        if conn.execute(in_use[0], (item_id,)).fetchone()[0]:
            raise SeedError(
                f"event {rid}: {table} id {item_id} is missing from the seed but cannot be "
                f"removed because {in_use[1]}"
            )
        conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (item_id,))
