"""CSV export of one event's registrations, waitlist and check-ins, for the venue's staff.

One row per registration or waitlist entry. Cells that a spreadsheet would run as a
formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) are prefixed
with a single quote: attendees type their own names, and a name like ``=HYPERLINK(...)``
must stay text when the file is opened in Excel or LibreOffice.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict

from kiosk.server.db import Database

HEADER = ("kind", "registration id", "first name", "last name", "email", "status", "sessions",
          "checked in at")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class UnknownEventError(LookupError):
    """No event has the requested readable id."""


def safe_cell(value: str) -> str:
    """The cell text, defused if a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def export_event_csv(db: Database, readable_id: str) -> str:
    """The CSV text for ``readable_id``; raises UnknownEventError when there is no such event."""
    with db.read() as conn:
        row = conn.execute(
            "SELECT event_id FROM events WHERE readable_id = ?", (readable_id,)
        ).fetchone()
        if row is None:
            raise UnknownEventError(readable_id)
        event_id = row[0]
        session_names = {
            sid: json.loads(data).get("name") or sid
            for sid, data in conn.execute(
                "SELECT id, data FROM sessions WHERE event_id = ?", (event_id,)
            )
        }
        bookings: dict[str, list[str]] = defaultdict(list)
        for registration_id, session_id, waitlisted in conn.execute(
            "SELECT sr.registration_id, sr.session_id, sr.waitlisted FROM session_registrations sr "
            "JOIN registrations r ON r.id = sr.registration_id WHERE r.event_id = ? "
            "ORDER BY sr.registration_id, sr.position",
            (event_id,),
        ):
            name = session_names.get(session_id, session_id)
            bookings[registration_id].append(f"{name} (waitlist)" if waitlisted else name)
        rows = conn.execute(
            "SELECT r.id, r.state, r.pending, c.first_name, c.last_name, c.email, "
            "(SELECT checked_in_utc FROM checkins k WHERE k.registration_id = r.id "
            "AND k.session_key = '') FROM registrations r JOIN contacts c ON c.id = r.contact_id "
            "WHERE r.event_id = ? ORDER BY r.state, r.rowid",
            (event_id,),
        ).fetchall()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for registration_id, state, pending, first, last, email, checked_in in rows:
        kind = "waitlist" if state == "waitlisted" else "registration"
        status = "payment pending" if pending else state
        writer.writerow([
            safe_cell(str(cell))
            for cell in (
                kind, registration_id, first, last, email, status,
                "; ".join(bookings.get(registration_id, [])), checked_in or "",
            )
        ])
    return out.getvalue()
