"""The staff credential: a second token, on top of the web application's, for personal data.

The web application token is public (every browser portal embeds it), so nothing that
names an attendee beyond a check-in greeting may be read with it alone. Attendee search
and the offline check-in list also need ``X-Kiosk-Staff-Token``: kiosks hold it, portals
never do.

Staff tokens are stored only as ``sha256(salt + token)`` with a random per-database salt.
A fast hash is enough: a staff token is a long random secret (at least
:data:`MIN_LENGTH` characters, checked when one is added), so there is nothing to guess
by trying candidates, which is what slow password hashes defend against; the salt stops
one precomputed table from serving every database. A copy of the database file then
holds no usable staff token.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from collections.abc import Iterable
from datetime import datetime

from kiosk.server.wire import utc_text

HEADER = "X-Kiosk-Staff-Token"
MIN_LENGTH = 16
# RFC 9110 lets any answer say which credentials would change it; the client reads this
# to tell a refused staff token from a refused application token.
CHALLENGE = 'KioskStaffToken realm="staff"'
SALT_KEY = "staff_token_salt"


def token_hash(salt: str, token: str) -> str:
    return hashlib.sha256((salt + token).encode("utf-8")).hexdigest()


def check_new_token(token: str) -> str:
    """The token to store (trimmed), or ValueError saying why it is not good enough."""
    token = token.strip()
    if len(token) < MIN_LENGTH:
        raise ValueError(
            f"a staff token needs at least {MIN_LENGTH} characters (it unlocks attendee "
            "data); make one with: python -c \"import secrets; print(secrets.token_urlsafe(24))\""
        )
    return token


class StaffTokens:
    """The hashes of the staff tokens, held in memory (read at start-up, like web apps)."""

    def __init__(self, salt: str, hashes: Iterable[str]) -> None:
        self._salt = salt
        self._hashes = tuple(hashes)

    def __len__(self) -> int:
        return len(self._hashes)

    def verify(self, token: str) -> bool:
        """Whether ``token`` is a staff token; the same work whichever hash it matches."""
        digest = token_hash(self._salt, token)
        found = False
        for stored in self._hashes:
            found |= hmac.compare_digest(digest, stored)
        return found


def load(conn: sqlite3.Connection) -> StaffTokens:
    hashes = [str(row[0]) for row in conn.execute("SELECT token_hash FROM staff_tokens")]
    return StaffTokens(_salt(conn), hashes)


def add(conn: sqlite3.Connection, token: str, now: datetime) -> None:
    """Store a staff token (hashed); adding one that is already there changes nothing."""
    conn.execute(
        "INSERT OR IGNORE INTO staff_tokens (token_hash, created_utc) VALUES (?, ?)",
        (token_hash(_salt(conn), check_new_token(token)), utc_text(now)),
    )


def _salt(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (SALT_KEY,)).fetchone()
    return str(row[0])
