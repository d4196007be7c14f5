"""``kiosk-server stats``: registrations, waitlist and check-ins per event, for the operator.

The database is opened read-only (``mode=ro``): nothing is migrated or written, and it
works while the server runs, on a snapshot that a running server's writes do not disturb
(WAL). Counts only: no name, no e-mail, no code.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote


class StatsError(Exception):
    """The database cannot be read; the message says why."""


@dataclass(frozen=True)
class EventStats:
    readable_event_id: str
    event_name: str
    start_utc: str
    registered: int  # confirmed (a paid event's unfinished payments are ``payment_pending``)
    payment_pending: int
    waitlisted: int
    checked_in: int  # registrations checked in to the event (the door), not to sessions


@dataclass(frozen=True)
class Stats:
    database: str
    read_at: datetime
    events: list[EventStats]

    def total(self, name: str) -> int:
        return sum(int(getattr(e, name)) for e in self.events)


_COUNTS = ("registered", "payment_pending", "waitlisted", "checked_in")

_QUERY = """
SELECT e.readable_id, e.data, e.start_utc,
    (SELECT COUNT(*) FROM registrations r
        WHERE r.event_id = e.event_id AND r.state = 'registered' AND r.pending = 0),
    (SELECT COUNT(*) FROM registrations r
        WHERE r.event_id = e.event_id AND r.state = 'registered' AND r.pending != 0),
    (SELECT COUNT(*) FROM registrations r
        WHERE r.event_id = e.event_id AND r.state = 'waitlisted'),
    (SELECT COUNT(*) FROM registrations r JOIN checkins k ON k.registration_id = r.id
        WHERE r.event_id = e.event_id AND k.session_key = '')
FROM events e
ORDER BY e.start_utc, e.readable_id
"""


def _open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise StatsError(f"There is no events database at {path}.")
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error as exc:
        raise StatsError(f"Cannot open {path} read-only: {exc}.") from None
    return conn


def read_stats(path: Path) -> Stats:
    """The counts of every event in the database at ``path``, in one snapshot."""
    conn = _open_read_only(Path(path))
    try:
        conn.execute("BEGIN")  # one snapshot: the totals add up even while kiosks register
        rows = conn.execute(_QUERY).fetchall()
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise StatsError(f"{path} is not a readable events database ({exc}).") from None
    finally:
        conn.close()
    events = []
    for readable_id, data, start_utc, registered, pending, waitlisted, checked_in in rows:
        try:
            name = str(json.loads(data).get("eventName") or "")
        except (ValueError, AttributeError):
            name = ""
        events.append(EventStats(readable_id, name, start_utc, registered, pending,
                                 waitlisted, checked_in))
    return Stats(str(path), datetime.now(UTC), events)


def as_json(stats: Stats) -> str:
    """The counts as JSON (camelCase, like the API), with totals."""

    def camel(name: str) -> str:
        head, *rest = name.split("_")
        return head + "".join(word.capitalize() for word in rest)

    def event(e: EventStats) -> dict[str, Any]:
        return {camel(k): v for k, v in asdict(e).items()}

    document = {
        "database": stats.database,
        "readAt": stats.read_at.isoformat(timespec="seconds"),
        "events": [event(e) for e in stats.events],
        "totals": {camel(name): stats.total(name) for name in _COUNTS} | {
            "events": len(stats.events)},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


_HEADINGS = ("event", "starts (UTC)", "registered", "pending payment", "waitlist",
             "checked in")


def _start(text: str) -> str:
    try:
        return datetime.fromisoformat(text).astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return text


def as_table(stats: Stats, *, name_width: int = 40) -> str:
    """The counts as a plain-text table for a terminal, a totals line last."""

    def label(e: EventStats) -> str:
        text = e.readable_event_id
        if e.event_name and e.event_name.replace(" ", "_") != e.readable_event_id:
            text = f"{e.readable_event_id} ({e.event_name})"
        return text if len(text) <= name_width else text[: name_width - 1] + "\u2026"

    rows = [
        [label(e), _start(e.start_utc), *(str(getattr(e, n)) for n in _COUNTS)]
        for e in stats.events
    ]
    count = len(stats.events)
    total = [f"total ({count} event{'s' if count != 1 else ''})", "",
             *(str(stats.total(n)) for n in _COUNTS)]
    widths = [max(len(r[i]) for r in [list(_HEADINGS), *rows, total])
              for i in range(len(_HEADINGS))]

    def line(cells: list[str]) -> str:
        left = [cells[0].ljust(widths[0]), cells[1].ljust(widths[1])]
        right = [c.rjust(w) for c, w in zip(cells[2:], widths[2:], strict=True)]
        return "  ".join(left + right).rstrip()

    out = [f"{stats.database}, read {stats.read_at:%Y-%m-%d %H:%M:%S} UTC", "",
           line(list(_HEADINGS)), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    if not rows:
        out.append("(no events)")
    out += [line(["-" * w for w in widths]), line(total)]
    return "\n".join(out) + "\n"
