"""The read side of the API: contract objects built from the database with live counts.

Stored JSON is parsed back through the contract models on every build, so whatever the
models say (every field present, ``null`` where blank) is what goes out, even for rows
written by an older version of the server. Counts (``registrationCount``,
``numberOfPassesLeft``/``Sold``) come from counters kept by triggers on the registration
tables (db.py). The server caches built answers per event version (app.py); the large
ones are kept as templates (:class:`Template`) with their seat counts left open.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.api.models import (
    CustomRegistrationField,
    Event,
    Pass,
    Session,
    SessionTrack,
    Speaker,
    Sponsorship,
)
from kiosk.server.registration import seats_taken
from kiosk.server.wire import dumps, parse_utc_text, utc_text

# Events stay in the published list until they have been over for this long, so a kiosk
# can still show "ended" and check late arrivals in.
PUBLISHED_GRACE = timedelta(days=1)

# ``taken`` is kept by triggers on session_registrations (db.py).
_SESSION_COLUMNS = "s.id, s.data, s.taken"
_SESSION_ORDER = "ORDER BY s.start_utc IS NULL, s.start_utc, s.position"


def event_id_for(conn: sqlite3.Connection, readable_id: str) -> str | None:
    row = conn.execute(
        "SELECT event_id FROM events WHERE readable_id = ?", (readable_id,)
    ).fetchone()
    return None if row is None else str(row[0])


# ---------------------------------------------------------------- rendered answers (issue 13)
#
# The server caches rendered answers per event version (app.py). Seat counts move with
# every registration, texts and agenda order only with a seed load: the large answers
# (sessions, speakers) are kept as a :class:`Template` per ``content_version`` whose
# seat counts are filled in from one indexed read, so a new version costs a join of
# bytes, not a parse of every stored session.

COUNT_KEY = "registrationCount"


class Template:
    """An answer's bytes with each session's ``registrationCount`` left open."""

    __slots__ = ("_chunks", "parts", "session_ids")

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.session_ids: list[str] = []
        self._chunks: list[bytes] = []

    def text(self, data: bytes) -> None:
        self._chunks.append(data)

    def count(self, session_id: str) -> None:
        self.parts.append(b"".join(self._chunks))
        self._chunks = []
        self.session_ids.append(session_id)

    def done(self) -> Template:
        self.parts.append(b"".join(self._chunks))
        self._chunks = []
        return self

    def render(self, counts: Mapping[str, str | int]) -> bytes:
        """The answer with ``counts`` (session id -> seats taken) filled in."""
        out = [self.parts[0]]
        for session_id, part in zip(self.session_ids, self.parts[1:], strict=True):
            out.append(str(counts.get(session_id, 0)).encode())
            out.append(part)
        return b"".join(out)


def _open_object(wire: dict[str, object], key: str) -> bytes:
    """``wire`` without ``key`` as JSON, left open for ``"key":`` to follow."""
    body = dumps({k: v for k, v in wire.items() if k != key})
    return body[:-1] + (b"," if len(body) > 2 else b"") + dumps(key) + b":"


def _session_fragment(template: Template, session: Session) -> None:
    template.text(_open_object(session.to_wire(), COUNT_KEY))
    template.count(session.id)
    template.text(b"}")


def sessions_template(conn: sqlite3.Connection, event_id: str) -> Template:
    """The agenda (:func:`sessions`) with its seat counts left open."""
    template = Template()
    template.text(b"[")
    for index, item in enumerate(sessions(conn, event_id)):
        if index:
            template.text(b",")
        _session_fragment(template, item)
    template.text(b"]")
    return template.done()


def speakers_template(conn: sqlite3.Connection, event_id: str) -> Template:
    """The speakers (:func:`speakers`) with the seat counts of their sessions left open."""
    template = Template()
    template.text(b"[")
    for index, speaker in enumerate(speakers(conn, event_id)):
        if index:
            template.text(b",")
        template.text(_open_object(speaker.to_wire(), "sessions"))
        if speaker.sessions is None:
            template.text(b"null}")
            continue
        template.text(b"[")
        for position, item in enumerate(speaker.sessions):
            if position:
                template.text(b",")
            _session_fragment(template, item)
        template.text(b"]}")
    template.text(b"]")
    return template.done()


def session_counts(conn: sqlite3.Connection, event_id: str) -> dict[str, str]:
    """Seats taken per session of the event, as JSON number text (kept by triggers).

    One row of text from the covering index ``sessions_seats``: at 5,000 sessions this
    is about half the cost of 5,000 Python rows. Session ids are GUIDs (no spaces).
    """
    text = conn.execute(
        "SELECT group_concat(id || ' ' || taken, ' ') FROM sessions WHERE event_id = ?",
        (event_id,),
    ).fetchone()[0]
    if not text:
        return {}
    parts = str(text).split(" ")
    return dict(zip(parts[::2], parts[1::2], strict=True))


@dataclass(frozen=True)
class Versions:
    """An event's versions (db.py migration 4): ``all`` moves with any change to an answer
    about the event, ``content`` with seed loads only, ``seats`` with seed loads and
    session seats (what the agenda and speakers answers hold)."""

    all: int
    content: int
    seats: int


_VERSIONS = "version, content_version, seats_version"


def event_versions(conn: sqlite3.Connection, readable_id: str) -> tuple[str, Versions] | None:
    """(event id, versions) of an event: one indexed lookup."""
    row = conn.execute(
        f"SELECT event_id, {_VERSIONS} FROM events WHERE readable_id = ?", (readable_id,)
    ).fetchone()
    return _id_and_versions(row)


def owner_versions(
    conn: sqlite3.Connection, table: str, item_id: str
) -> tuple[str, Versions] | None:
    """(event id, versions) of the event a session or a track (``table``) belongs to: one
    primary-key lookup and one join on the event's primary key."""
    if table not in ("sessions", "tracks"):
        raise ValueError(table)
    row = conn.execute(  # only events has the version columns: they need no prefix
        f"SELECT e.event_id, {_VERSIONS} "
        f"FROM {table} t JOIN events e ON e.event_id = t.event_id WHERE t.id = ?",
        (item_id.lower(),),
    ).fetchone()
    return _id_and_versions(row)


def _id_and_versions(row: tuple[str, int, int, int] | None) -> tuple[str, Versions] | None:
    return None if row is None else (str(row[0]), Versions(*map(int, row[1:])))


def event_version(conn: sqlite3.Connection, event_id: str) -> Versions:
    """The versions of an event known to exist."""
    row = conn.execute(f"SELECT {_VERSIONS} FROM events WHERE event_id = ?", (event_id,))
    return Versions(*map(int, row.fetchone()))


def catalog_version(conn: sqlite3.Connection) -> int:
    """Moves with every event's version and when an event is added or removed."""
    return int(conn.execute("SELECT value FROM catalog_version").fetchone()[0])


class PublishedList:
    """GET events/published with the local server's extension, built from cached parts.

    The events not over for more than a day, soonest first (contract open question 4).

    Each item is the event plus ``registrationCount`` (``events.registered``, the number
    registrations/count answers) and ``hasPasses`` (an indexed EXISTS on passes). An
    event's static JSON is kept per (event id, content version), so a new catalog version
    re-renders only two small numbers per event.
    """

    MAX_PARTS = 4096

    def __init__(self) -> None:
        self._parts: dict[tuple[str, int], bytes] = {}

    def build(self, conn: sqlite3.Connection, now: datetime) -> tuple[int, datetime | None, bytes]:
        """(catalog version, when the answer next changes by time alone, the bytes)."""
        version = catalog_version(conn)
        rows = conn.execute(
            "SELECT e.event_id, e.content_version, e.data, e.registered, e.end_utc, "
            "EXISTS (SELECT 1 FROM passes p WHERE p.event_id = e.event_id) "
            "FROM events e WHERE e.end_utc >= ? ORDER BY e.start_utc, e.readable_id",
            (utc_text(now - PUBLISHED_GRACE),),
        ).fetchall()
        if len(self._parts) > self.MAX_PARTS:
            self._parts.clear()
        out: list[bytes] = []
        earliest_end: str | None = None
        for event_id, content_version, data, registered, end_utc, has_passes in rows:
            key = (str(event_id), int(content_version))
            part = self._parts.get(key)
            if part is None:
                part = _open_object(Event.model_validate_json(data).to_wire(), COUNT_KEY)
                self._parts[key] = part
            out.append(
                part + str(int(registered)).encode()
                + (b',"hasPasses":true}' if has_passes else b',"hasPasses":false}')
            )
            if earliest_end is None or end_utc < earliest_end:
                earliest_end = end_utc
        # The first listed event to drop out of the list does so PUBLISHED_GRACE after
        # its end: until then the answer changes only with the catalog version.
        valid_until = (
            None if earliest_end is None else parse_utc_text(earliest_end) + PUBLISHED_GRACE
        )
        return version, valid_until, b"[" + b",".join(out) + b"]"


def event(conn: sqlite3.Connection, readable_id: str) -> Event | None:
    row = conn.execute("SELECT data FROM events WHERE readable_id = ?", (readable_id,)).fetchone()
    return None if row is None else Event.model_validate_json(row[0])


def _speaker(data: str, speaker_id: str, has_image: bool) -> Speaker:
    speaker = Speaker.model_validate_json(data)
    if has_image:
        # Images travel through speakers/{id}/image (contract #17), not inline, which
        # keeps agenda lists small; imageUrl is relative to the base URL (§4.7).
        speaker.image = None
        speaker.image_url = f"speakers/{speaker_id}/image"
    return speaker


def _build_sessions(
    conn: sqlite3.Connection, rows: Iterable[tuple[str, str, int]], *, with_speakers: bool
) -> list[Session]:
    sessions: list[Session] = []
    for _, data, taken in rows:
        session = Session.model_validate_json(data)
        session.registration_count = int(taken)
        session.speakers = [] if with_speakers else None
        sessions.append(session)
    if with_speakers and sessions:
        by_id = {s.id: s for s in sessions}
        marks = ",".join("?" * len(by_id))
        for session_id, speaker_id, data, has_image in conn.execute(
            "SELECT ss.session_id, sp.id, sp.data, sp.image IS NOT NULL FROM session_speakers ss "
            f"JOIN speakers sp ON sp.id = ss.speaker_id WHERE ss.session_id IN ({marks}) "
            "ORDER BY ss.session_id, ss.position",
            tuple(by_id),
        ):
            speaker = _speaker(data, speaker_id, bool(has_image))
            speaker.sessions = []  # embedded speakers carry an empty list (mocks)
            speakers = by_id[session_id].speakers
            assert speakers is not None
            speakers.append(speaker)
    return sessions


def sessions(conn: sqlite3.Connection, event_id: str) -> list[Session]:
    """The agenda, by start time, each session with its speakers embedded."""
    rows = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions s WHERE s.event_id = ? {_SESSION_ORDER}",
        (event_id,),
    ).fetchall()
    return _build_sessions(conn, rows, with_speakers=True)


def session(conn: sqlite3.Connection, session_id: str) -> Session | None:
    rows = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions s WHERE s.id = ?", (session_id.lower(),)
    ).fetchall()
    found = _build_sessions(conn, rows, with_speakers=True)
    return found[0] if found else None


def session_registration_count(conn: sqlite3.Connection, session_id: str) -> int | None:
    """The session's seats taken; None when there is no such session."""
    row = conn.execute("SELECT taken FROM sessions WHERE id = ?", (session_id.lower(),)).fetchone()
    return int(row[0]) if row else None


def event_registration_count(conn: sqlite3.Connection, event_id: str) -> int:
    return seats_taken(conn, event_id)


def track_sessions(conn: sqlite3.Connection, track_id: str) -> list[Session] | None:
    if conn.execute("SELECT 1 FROM tracks WHERE id = ?", (track_id.lower(),)).fetchone() is None:
        return None
    rows = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions s JOIN track_sessions ts "
        f"ON ts.session_id = s.id WHERE ts.track_id = ? {_SESSION_ORDER}",
        (track_id.lower(),),
    ).fetchall()
    return _build_sessions(conn, rows, with_speakers=True)


def tracks(conn: sqlite3.Connection, event_id: str) -> list[SessionTrack]:
    rows = conn.execute(
        "SELECT data FROM tracks WHERE event_id = ? ORDER BY position", (event_id,)
    )
    return [SessionTrack.model_validate_json(row[0]) for row in rows]


def speakers(conn: sqlite3.Connection, event_id: str) -> list[Speaker]:
    """The event's speakers, each with the sessions they speak at (speakers: null inside)."""
    result: list[Speaker] = []
    for speaker_id, data, has_image in conn.execute(
        "SELECT sp.id, sp.data, sp.image IS NOT NULL FROM event_speakers es "
        "JOIN speakers sp ON sp.id = es.speaker_id WHERE es.event_id = ? ORDER BY es.position",
        (event_id,),
    ):
        speaker = _speaker(data, speaker_id, bool(has_image))
        speaker.sessions = []
        result.append(speaker)
    if result:
        by_id = {s.id: s for s in result}
        rows = conn.execute(
            f"SELECT ss.speaker_id, {_SESSION_COLUMNS} FROM sessions s JOIN session_speakers ss "
            f"ON ss.session_id = s.id WHERE s.event_id = ? {_SESSION_ORDER}",
            (event_id,),
        ).fetchall()
        grouped: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for speaker_id, *session_row in rows:
            grouped[speaker_id].append((session_row[0], session_row[1], session_row[2]))
        for speaker_id, session_rows in grouped.items():
            if speaker_id in by_id:
                by_id[speaker_id].sessions = _build_sessions(
                    conn, session_rows, with_speakers=False
                )
    return result


def sponsorships(conn: sqlite3.Connection, event_id: str) -> list[Sponsorship]:
    rows = conn.execute(
        "SELECT data FROM sponsorships WHERE event_id = ? ORDER BY position", (event_id,)
    )
    return [Sponsorship.model_validate_json(row[0]) for row in rows]


def passes(conn: sqlite3.Connection, event_id: str) -> list[Pass]:
    """Passes with live numbers: sold = sold before loading + registrations holding one."""
    result: list[Pass] = []
    for pass_id, data, total, sold_elsewhere, used in conn.execute(
        # ``used`` is kept by triggers on registrations (db.py migration 4): O(1).
        "SELECT p.pass_id, p.data, p.total, p.sold_elsewhere, p.used "
        "FROM passes p WHERE p.event_id = ? ORDER BY p.position",
        (event_id,),
    ).fetchall():
        pass_ = Pass.model_validate_json(data)
        sold = int(sold_elsewhere) + int(used)
        pass_.number_of_passes_sold = sold
        pass_.number_of_passes_left = max(int(total) - sold, 0)
        rows = conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions s JOIN pass_sessions ps "
            f"ON ps.session_id = s.id WHERE ps.pass_id = ? {_SESSION_ORDER}",
            (pass_id,),
        ).fetchall()
        pass_.sessions = _build_sessions(conn, rows, with_speakers=False)
        result.append(pass_)
    return result


def registration_fields(conn: sqlite3.Connection, event_id: str) -> list[CustomRegistrationField]:
    rows = conn.execute(
        "SELECT data FROM registration_fields WHERE event_id = ? ORDER BY position", (event_id,)
    )
    return [CustomRegistrationField.model_validate_json(row[0]) for row in rows]


def speaker_image(conn: sqlite3.Connection, speaker_id: str) -> tuple[bytes, str] | None:
    row = conn.execute(
        "SELECT image, image_type FROM speakers WHERE id = ? AND image IS NOT NULL",
        (speaker_id.lower(),),
    ).fetchone()
    return None if row is None else (bytes(row[0]), str(row[1]))


def sponsorship_logo(conn: sqlite3.Connection, sponsorship_id: str) -> tuple[bytes, str] | None:
    row = conn.execute(
        "SELECT logo, logo_type FROM sponsorships WHERE id = ? AND logo IS NOT NULL",
        (sponsorship_id.lower(),),
    ).fetchone()
    return None if row is None else (bytes(row[0]), str(row[1]))


def web_apps(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in conn.execute("SELECT token, origin FROM web_apps")]


def add_web_app(conn: sqlite3.Connection, token: str, origin: str, now: datetime) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO web_apps (token, origin, created_utc) VALUES (?, ?, ?)",
        (token, origin, utc_text(now)),
    )


def has_events(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None
