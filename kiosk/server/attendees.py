"""Staff reads of attendee data: search, one full record, the offline check-in list.

Only the staff endpoints call these (see :mod:`kiosk.server.staff`); nothing here is
reachable with the public web application token alone.

* Search compares prefixes of folded keys (:func:`fold`: case-folded, accents removed),
  stored per registration in ``attendee_search`` when it is written, so a search is one
  range over the ``(event_id, key, registration_id)`` primary key, never a table scan.
* The check-in list carries each code only as ``sha256(salt + code)``
  (:func:`kiosk.api.codes.check_in_code_hash`) with a salt per event, and follows
  changes through ``registrations.change_seq``, which triggers (db.py) set from one
  counter whenever an entry of the list changes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import sqlite3
import unicodedata
from collections import defaultdict

from kiosk.api.codes import check_in_code_hash
from kiosk.api.models import (
    AttendeeHit,
    AttendeeRecord,
    AttendeeSessions,
    AttendeeState,
    CheckInList,
    CheckInListEntry,
    SessionCheckIn,
)
from kiosk.server.wire import parse_utc_text

MAX_HITS = 20
MIN_QUERY = 2
MAX_QUERY = 100
SECRET_KEY = "checkin_list_secret"

# Letters NFKD leaves whole, spelled as people without the key type them.
_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_WORD_BREAK = re.compile(r"[\s\-'\u2019]+")
# Above every character a key can hold: "key < prefix + _TOP" ends the prefix range.
_TOP = "\U0010ffff"
_CURSOR = re.compile(r"^(\d{1,18})\.([0-9a-f]{16})$")


class InvalidInput(Exception):
    """A query or cursor the server cannot use (answered 400 with this message)."""


def fold(text: str) -> str:
    """Text as search compares it: "José  Müller" and "jose muller" are the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.translate(_LETTERS).split())


def search_keys(first_name: str, last_name: str, email_key: str) -> set[str]:
    """What a search can start with: each name, each word of them, "first last", the e-mail."""
    keys = {fold(first_name), fold(last_name), fold(f"{first_name} {last_name}"),
            fold(email_key)}
    for name in (first_name, last_name):
        keys.update(_WORD_BREAK.split(fold(name)))
    keys.discard("")
    return keys


def index_attendee(
    conn: sqlite3.Connection,
    registration_id: str,
    event_id: str,
    first_name: str,
    last_name: str,
    email_key: str,
) -> None:
    """Store the search keys of a new registration (inside the caller's transaction)."""
    conn.executemany(
        "INSERT INTO attendee_search (event_id, key, registration_id) VALUES (?, ?, ?)",
        [(event_id, key, registration_id)
         for key in sorted(search_keys(first_name, last_name, email_key))],
    )


def _state(state: str, pending: int) -> AttendeeState:
    if pending:
        return AttendeeState.PENDING_PAYMENT
    return AttendeeState.WAITLISTED if state == "waitlisted" else AttendeeState.REGISTERED


def initial(last_name: str) -> str:
    """"Kowalski" -> "K.": enough to tell two Annas apart on a kiosk screen."""
    name = unicodedata.normalize("NFC", last_name.strip())
    return f"{name[:1]}." if name else ""


# --------------------------------------------------------------------------- search


def search_prefix(text: str) -> str:
    """The folded prefix to look for, or InvalidInput saying what is wrong with ``text``."""
    prefix = fold(text)
    if len(prefix) < MIN_QUERY:
        raise InvalidInput(f"The search text needs at least {MIN_QUERY} letters or digits.")
    if len(prefix) > MAX_QUERY:
        raise InvalidInput(f"The search text can have at most {MAX_QUERY} characters.")
    return prefix


def search(conn: sqlite3.Connection, event_id: str, prefix: str) -> list[AttendeeHit]:
    """Up to MAX_HITS registrations of the event with a key starting with ``prefix``.

    Ordered by the first matching key, so "ann" lists Anna before Annabel.
    """
    rows = conn.execute(
        "WITH hits AS (SELECT registration_id, MIN(key) AS first_key FROM attendee_search "
        "WHERE event_id = ? AND key >= ? AND key < ? GROUP BY registration_id "
        "ORDER BY first_key, registration_id LIMIT ?) "
        "SELECT r.id, c.first_name, c.last_name, r.state, r.pending, r.check_in_code, "
        "k.checked_in_utc FROM hits h JOIN registrations r ON r.id = h.registration_id "
        "JOIN contacts c ON c.id = r.contact_id "
        "LEFT JOIN checkins k ON k.registration_id = r.id AND k.session_key = '' "
        "ORDER BY h.first_key, r.id",
        (event_id, prefix, prefix + _TOP, MAX_HITS),
    ).fetchall()
    return [
        AttendeeHit(
            registration_id=registration_id,
            first_name=first,
            last_name_initial=initial(last),
            state=_state(state, pending).value,
            checked_in=checked_in is not None,
            checked_in_at=parse_utc_text(checked_in) if checked_in else None,
            check_in_code=code,
        )
        for registration_id, first, last, state, pending, code, checked_in in rows
    ]


def record(conn: sqlite3.Connection, event_id: str, registration_id: str) -> AttendeeRecord | None:
    """The whole registration ``registration_id`` of the event, or None."""
    row = conn.execute(
        "SELECT r.id, c.first_name, c.last_name, c.email, r.state, r.pending, r.check_in_code "
        "FROM registrations r JOIN contacts c ON c.id = r.contact_id "
        "WHERE r.id = ? AND r.event_id = ?",
        (registration_id.strip().lower(), event_id),
    ).fetchone()
    if row is None:
        return None
    rid, first, last, email, state, pending, code = row
    sessions = [
        AttendeeSessions(session_id=session_id, waitlisted=bool(waitlisted))
        for session_id, waitlisted in conn.execute(
            "SELECT session_id, waitlisted FROM session_registrations "
            "WHERE registration_id = ? ORDER BY position",
            (rid,),
        )
    ]
    event_check_in = None
    session_check_ins: list[SessionCheckIn] = []
    for session_key, checked_in in conn.execute(
        "SELECT session_key, checked_in_utc FROM checkins WHERE registration_id = ? "
        "ORDER BY checked_in_utc, session_key",
        (rid,),
    ):
        if session_key:
            session_check_ins.append(SessionCheckIn(
                session_id=session_key, checked_in_at=parse_utc_text(checked_in)
            ))
        else:
            event_check_in = parse_utc_text(checked_in)
    return AttendeeRecord(
        registration_id=rid,
        first_name=first,
        last_name=last,
        email=email,
        state=_state(state, pending).value,
        check_in_code=code,
        checked_in=event_check_in is not None,
        checked_in_at=event_check_in,
        sessions=sessions,
        session_check_ins=session_check_ins,
    )


# --------------------------------------------------------------------------- check-in list


def _secret(conn: sqlite3.Connection) -> bytes:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (SECRET_KEY,)).fetchone()
    return bytes.fromhex(row[0])


def _mac(secret: bytes, text: str) -> str:
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


def _cursor(secret: bytes, event_id: str, seq: int) -> str:
    return f"{seq}.{_mac(secret, f'cursor:{event_id}:{seq}')[:16]}"


def _read_cursor(secret: bytes, event_id: str, cursor: str, latest: int) -> int:
    """The change number in ``cursor``; InvalidInput unless this database made it for this
    event (a cursor from another event, a recreated database or a restored backup)."""
    match = _CURSOR.match(cursor.strip())
    if match is not None:
        seq = int(match.group(1))
        if seq <= latest and hmac.compare_digest(_cursor(secret, event_id, seq), match.group(0)):
            return seq
    raise InvalidInput(
        "The since cursor does not belong to this event's check-in list. Fetch the whole "
        "list again, without since."
    )


def check_in_list(conn: sqlite3.Connection, event_id: str, since: str | None) -> CheckInList:
    """Every registration of the event (pending payments left out), or those changed after
    ``since``, in the order they changed; with the event's salt and the next cursor.

    Call inside one read transaction: the cursor and the entries are one snapshot.
    """
    secret = _secret(conn)
    latest = int(conn.execute("SELECT value FROM change_counter").fetchone()[0])
    after = 0 if since is None else _read_cursor(secret, event_id, since, latest)
    salt = _mac(secret, f"salt:{event_id}")[:32]
    sessions: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for registration_id, session_id, waitlisted in conn.execute(
        "SELECT sr.registration_id, sr.session_id, sr.waitlisted FROM registrations r "
        "JOIN session_registrations sr ON sr.registration_id = r.id "
        "WHERE r.event_id = ? AND r.change_seq > ? AND r.pending = 0 "
        "ORDER BY sr.registration_id, sr.position",
        (event_id, after),
    ):
        sessions[registration_id][1 if waitlisted else 0].append(session_id)
    entries: list[CheckInListEntry] = []
    for registration_id, code, first, last, state, checked_in in conn.execute(
        "SELECT r.id, r.check_in_code, c.first_name, c.last_name, r.state, k.checked_in_utc "
        "FROM registrations r JOIN contacts c ON c.id = r.contact_id "
        "LEFT JOIN checkins k ON k.registration_id = r.id AND k.session_key = '' "
        "WHERE r.event_id = ? AND r.change_seq > ? AND r.pending = 0 ORDER BY r.change_seq",
        (event_id, after),
    ):
        seats, waiting = sessions.get(registration_id, ([], []))
        entries.append(CheckInListEntry(
            registration_id=registration_id,
            code_hash=check_in_code_hash(salt, code),
            first_name=first,
            last_name_initial=initial(last),
            waitlisted=state == "waitlisted",
            session_ids=seats,
            waitlisted_session_ids=waiting,
            checked_in_at=parse_utc_text(checked_in) if checked_in else None,
        ))
    return CheckInList(salt=salt, cursor=_cursor(secret, event_id, latest), entries=entries)
