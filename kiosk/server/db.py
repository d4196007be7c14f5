"""The local events server's SQLite database: schema, migrations, connections, transactions.

One file holds everything (catalog, contacts, registrations, check-ins, idempotency
keys). It runs in WAL mode with ``synchronous=FULL`` so a committed registration survives
a power cut. Each thread gets its own connection; writers are serialised by a process
lock *and* ``BEGIN IMMEDIATE`` (the lock keeps waiting writers off SQLite's sleep-based
busy handler, which would wreck tail latency; ``BEGIN IMMEDIATE`` still protects against
a second process on the same file).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from kiosk.api.identity import email_key
from kiosk.server import attendees, staff

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """The database cannot be used; the message says why and what to do."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer kiosk server than this one."""


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run a script's statements one by one inside the caller's transaction.

    ``executescript`` would commit first, splitting a migration into pieces.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending[:60]!r}")


def _migration_1(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE web_apps (
            token TEXT NOT NULL,
            origin TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            PRIMARY KEY (token, origin)
        );
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            readable_id TEXT NOT NULL UNIQUE,
            start_utc TEXT NOT NULL,
            end_utc TEXT NOT NULL,
            data TEXT NOT NULL,
            registered INTEGER NOT NULL DEFAULT 0,
            waitlisted INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(event_id),
            position INTEGER NOT NULL,
            start_utc TEXT,
            data TEXT NOT NULL,
            taken INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX sessions_by_event ON sessions(event_id, start_utc, position);
        CREATE TABLE speakers (
            id TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            image BLOB,
            image_type TEXT
        );
        CREATE TABLE event_speakers (
            event_id TEXT NOT NULL REFERENCES events(event_id),
            speaker_id TEXT NOT NULL REFERENCES speakers(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (event_id, speaker_id)
        );
        CREATE TABLE session_speakers (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            speaker_id TEXT NOT NULL REFERENCES speakers(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (session_id, speaker_id)
        );
        CREATE INDEX session_speakers_by_speaker ON session_speakers(speaker_id);
        CREATE TABLE tracks (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(event_id),
            position INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE track_sessions (
            track_id TEXT NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (track_id, session_id)
        );
        CREATE TABLE sponsorships (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(event_id),
            position INTEGER NOT NULL,
            data TEXT NOT NULL,
            logo BLOB,
            logo_type TEXT
        );
        CREATE TABLE passes (
            pass_id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(event_id),
            position INTEGER NOT NULL,
            data TEXT NOT NULL,
            total INTEGER NOT NULL,
            sold_elsewhere INTEGER NOT NULL
        );
        CREATE TABLE pass_sessions (
            pass_id TEXT NOT NULL REFERENCES passes(pass_id) ON DELETE CASCADE,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (pass_id, session_id)
        );
        CREATE TABLE registration_fields (
            event_id TEXT NOT NULL REFERENCES events(event_id),
            field_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (event_id, field_id)
        );
        CREATE TABLE contacts (
            id TEXT PRIMARY KEY,
            email_key TEXT NOT NULL UNIQUE,
            email TEXT NOT NULL,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            created_utc TEXT NOT NULL
        );
        CREATE TABLE purchases (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(event_id),
            state TEXT NOT NULL CHECK (state IN ('pending', 'finalized', 'expired')),
            created_utc TEXT NOT NULL,
            expires_utc TEXT NOT NULL,
            outcomes TEXT NOT NULL,
            result TEXT
        );
        CREATE INDEX purchases_pending ON purchases(state, expires_utc);
        CREATE TABLE registrations (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(event_id),
            contact_id TEXT NOT NULL REFERENCES contacts(id),
            state TEXT NOT NULL CHECK (state IN ('registered', 'waitlisted')),
            pending INTEGER NOT NULL DEFAULT 0,
            purchase_id TEXT REFERENCES purchases(id),
            pass_id TEXT REFERENCES passes(pass_id),
            auto_register INTEGER NOT NULL DEFAULT 0,
            check_in_code TEXT UNIQUE,
            responses TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            promoted_utc TEXT,
            UNIQUE (event_id, contact_id)
        );
        CREATE INDEX registrations_by_state ON registrations(event_id, state);
        CREATE INDEX registrations_by_pass ON registrations(pass_id);
        CREATE INDEX registrations_by_purchase ON registrations(purchase_id);
        CREATE TABLE session_registrations (
            registration_id TEXT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
            session_id TEXT NOT NULL REFERENCES sessions(id),
            waitlisted INTEGER NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (registration_id, session_id)
        );
        CREATE INDEX session_registrations_by_session
            ON session_registrations(session_id, waitlisted);
        CREATE TABLE checkins (
            registration_id TEXT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
            session_key TEXT NOT NULL,
            checked_in_utc TEXT NOT NULL,
            PRIMARY KEY (registration_id, session_key)
        );
        CREATE TRIGGER registrations_counted AFTER INSERT ON registrations BEGIN
            UPDATE events SET registered = registered + (NEW.state = 'registered'),
                waitlisted = waitlisted + (NEW.state = 'waitlisted')
            WHERE event_id = NEW.event_id;
        END;
        CREATE TRIGGER registrations_uncounted AFTER DELETE ON registrations BEGIN
            UPDATE events SET registered = registered - (OLD.state = 'registered'),
                waitlisted = waitlisted - (OLD.state = 'waitlisted')
            WHERE event_id = OLD.event_id;
        END;
        CREATE TRIGGER registrations_recounted AFTER UPDATE OF state ON registrations BEGIN
            UPDATE events SET
                registered = registered - (OLD.state = 'registered') + (NEW.state = 'registered'),
                waitlisted = waitlisted - (OLD.state = 'waitlisted') + (NEW.state = 'waitlisted')
            WHERE event_id = NEW.event_id;
        END;
        CREATE TRIGGER session_seats_counted AFTER INSERT ON session_registrations BEGIN
            UPDATE sessions SET taken = taken + (NEW.waitlisted = 0) WHERE id = NEW.session_id;
        END;
        CREATE TRIGGER session_seats_uncounted AFTER DELETE ON session_registrations BEGIN
            UPDATE sessions SET taken = taken - (OLD.waitlisted = 0) WHERE id = OLD.session_id;
        END;
        CREATE TRIGGER session_seats_recounted AFTER UPDATE OF waitlisted
        ON session_registrations BEGIN
            UPDATE sessions SET taken = taken - (OLD.waitlisted = 0) + (NEW.waitlisted = 0)
            WHERE id = NEW.session_id;
        END;
        CREATE TABLE idempotency_keys (
            token TEXT NOT NULL,
            key TEXT NOT NULL,
            path TEXT NOT NULL,
            request_hash TEXT NOT NULL,
            status_code INTEGER NOT NULL,
            body BLOB NOT NULL,
            created_utc TEXT NOT NULL,
            PRIMARY KEY (token, key)
        );
        """
    )
    # The org id appears in the v1.0 base URL; it is fixed for the life of the file.
    conn.execute("INSERT INTO meta (key, value) VALUES ('org_id', ?)", (str(uuid.uuid4()),))


def _migration_2(conn: sqlite3.Connection) -> None:
    """Re-key contacts with :func:`email_key` (version 1 case-folded the address).

    Case-folding merged ``straße@`` with ``strasse@`` and kept NFD/NFC spellings and
    punycode/Unicode domains apart. Contacts are re-keyed oldest first; one whose new key
    is in use (some contact's key before the migration, or an older contact's new key)
    keeps its old key, so the migration never trips over the UNIQUE constraint and never
    moves two contacts onto one key. Contacts merged by version 1 stay merged: which
    person typed which spelling was never recorded.
    """
    taken = {row[0] for row in conn.execute("SELECT email_key FROM contacts")}
    kept = 0
    for contact_id, old_key, email in conn.execute(
        "SELECT id, email_key, email FROM contacts ORDER BY created_utc, rowid"
    ).fetchall():
        new_key = email_key(email)
        if new_key is None or new_key == old_key:
            continue
        if new_key in taken:
            kept += 1
            continue
        conn.execute("UPDATE contacts SET email_key = ? WHERE id = ?", (new_key, contact_id))
        taken.add(new_key)
    if kept:
        # A count only: logs never carry addresses.
        log.warning("%d contacts kept their old e-mail key: another contact has the new one",
                    kept)


# One change counter for the offline check-in list: each change to an entry (a new
# registration, a promotion, a finalized payment, an event check-in) takes the next
# number, so "changed since N" is a range over registrations_by_change.
_BUMP = """
    UPDATE change_counter SET value = value + 1;
    UPDATE registrations SET change_seq = (SELECT value FROM change_counter) WHERE id = {id};
"""


def _migration_3(conn: sqlite3.Connection) -> None:
    """Staff extensions: hashed staff tokens, attendee search keys, the change counter.

    Existing registrations get their search keys, and change numbers in the order they
    were written, so the first check-in list after the upgrade already has them all.
    """
    _run_script(
        conn,
        f"""
        CREATE TABLE staff_tokens (
            token_hash TEXT PRIMARY KEY,
            created_utc TEXT NOT NULL
        );
        CREATE TABLE attendee_search (
            event_id TEXT NOT NULL,
            key TEXT NOT NULL,
            registration_id TEXT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, key, registration_id)
        ) WITHOUT ROWID;
        CREATE INDEX attendee_search_by_registration ON attendee_search(registration_id);
        CREATE TABLE change_counter (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            value INTEGER NOT NULL
        );
        ALTER TABLE registrations ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
        UPDATE registrations SET change_seq = rowid;
        INSERT INTO change_counter (id, value)
            SELECT 1, COALESCE(MAX(change_seq), 0) FROM registrations;
        CREATE INDEX registrations_by_change ON registrations(event_id, change_seq);
        CREATE TRIGGER registrations_changed_on_insert AFTER INSERT ON registrations BEGIN
            {_BUMP.format(id="NEW.id")}
        END;
        CREATE TRIGGER registrations_changed AFTER UPDATE OF state, pending, check_in_code
        ON registrations
        WHEN OLD.state IS NOT NEW.state OR OLD.pending IS NOT NEW.pending
            OR OLD.check_in_code IS NOT NEW.check_in_code
        BEGIN
            {_BUMP.format(id="NEW.id")}
        END;
        CREATE TRIGGER registrations_changed_on_check_in AFTER INSERT ON checkins
        WHEN NEW.session_key = ''
        BEGIN
            {_BUMP.format(id="NEW.registration_id")}
        END;
        """,
    )
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [(staff.SALT_KEY, secrets.token_hex(16)),
         (attendees.SECRET_KEY, secrets.token_hex(32))],
    )
    for registration_id, event_id, first, last, key in conn.execute(
        "SELECT r.id, r.event_id, c.first_name, c.last_name, c.email_key "
        "FROM registrations r JOIN contacts c ON c.id = r.contact_id"
    ).fetchall():
        attendees.index_attendee(conn, registration_id, event_id, first, last, key)


def _migration_4(conn: sqlite3.Connection) -> None:
    """Versions and counters, so reads cost what changed, not what is stored (issue 13).

    * ``events.version`` goes up in the same transaction as any change to an answer about
      the event: its registration count (trigger on ``events.registered``), a session's
      seats (trigger on ``sessions.taken``), a pass's seats (trigger on ``passes.used``);
      the seed loader bumps the events it (re)loads. ``events.content_version`` moves
      only with a seed load: what it covers (texts, agenda order) is cached longer;
      ``events.seats_version`` moves with a seed load or a session's seats, which is all
      the agenda and speakers answers depend on (a registration without sessions keeps
      them).
      ``catalog_version`` goes up with any event's version and when an event is added or
      removed: the published list's version.
    * ``passes.used`` counts the registrations holding the pass with state 'registered'
      (held seats of unfinished payments included), kept by triggers: the pass check and
      the passes answer no longer count registrations.
    * Indexes: idempotency keys by age (the purge), events in published-list order,
      passes, tracks and sponsorships by event, sessions in agenda order (no temporary
      sort for the lists) and the seats of an event's sessions (a covering index: the
      counts of a 5,000-session agenda without reading its stored JSON).
    """
    _run_script(
        conn,
        """
        ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN content_version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN seats_version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE passes ADD COLUMN used INTEGER NOT NULL DEFAULT 0;
        UPDATE passes SET used = (
            SELECT COUNT(*) FROM registrations r
            WHERE r.pass_id = passes.pass_id AND r.state = 'registered'
        );
        CREATE TABLE catalog_version (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            value INTEGER NOT NULL
        );
        INSERT INTO catalog_version (id, value) VALUES (1, 0);
        CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_utc);
        CREATE INDEX events_by_start ON events(start_utc, readable_id);
        CREATE INDEX passes_by_event ON passes(event_id, position);
        CREATE INDEX tracks_by_event ON tracks(event_id, position);
        CREATE INDEX sponsorships_by_event ON sponsorships(event_id, position);
        CREATE INDEX sessions_in_order
            ON sessions(event_id, start_utc IS NULL, start_utc, position);
        CREATE INDEX sessions_seats ON sessions(event_id, id, taken);
        CREATE TRIGGER pass_used_on_insert AFTER INSERT ON registrations
        WHEN NEW.pass_id IS NOT NULL AND NEW.state = 'registered'
        BEGIN
            UPDATE passes SET used = used + 1 WHERE pass_id = NEW.pass_id;
        END;
        CREATE TRIGGER pass_used_on_delete AFTER DELETE ON registrations
        WHEN OLD.pass_id IS NOT NULL AND OLD.state = 'registered'
        BEGIN
            UPDATE passes SET used = used - 1 WHERE pass_id = OLD.pass_id;
        END;
        CREATE TRIGGER pass_used_on_update AFTER UPDATE OF state, pass_id ON registrations
        WHEN OLD.state IS NOT NEW.state OR OLD.pass_id IS NOT NEW.pass_id
        BEGIN
            UPDATE passes SET used = used - 1
            WHERE OLD.state = 'registered' AND pass_id = OLD.pass_id;
            UPDATE passes SET used = used + 1
            WHERE NEW.state = 'registered' AND pass_id = NEW.pass_id;
        END;
        CREATE TRIGGER event_version_on_count AFTER UPDATE OF registered, waitlisted ON events
        WHEN OLD.registered IS NOT NEW.registered OR OLD.waitlisted IS NOT NEW.waitlisted
        BEGIN
            UPDATE events SET version = version + 1 WHERE event_id = NEW.event_id;
        END;
        CREATE TRIGGER event_version_on_session_seats AFTER UPDATE OF taken ON sessions
        WHEN OLD.taken IS NOT NEW.taken
        BEGIN
            UPDATE events SET version = version + 1, seats_version = seats_version + 1
            WHERE event_id = NEW.event_id;
        END;
        CREATE TRIGGER event_version_on_pass_seats AFTER UPDATE OF used ON passes
        WHEN OLD.used IS NOT NEW.used
        BEGIN
            UPDATE events SET version = version + 1 WHERE event_id = NEW.event_id;
        END;
        CREATE TRIGGER catalog_version_on_event_version AFTER UPDATE OF version ON events
        BEGIN
            UPDATE catalog_version SET value = value + 1;
        END;
        CREATE TRIGGER catalog_version_on_event_insert AFTER INSERT ON events
        BEGIN
            UPDATE catalog_version SET value = value + 1;
        END;
        CREATE TRIGGER catalog_version_on_event_delete AFTER DELETE ON events
        BEGIN
            UPDATE catalog_version SET value = value + 1;
        END;
        """,
    )


# Index i holds the migration that takes a database from user_version i to i + 1.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migration_1, _migration_2, _migration_3, _migration_4,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only (it holds attendee data).

    SQLite gives the ``-wal`` and ``-shm`` files the main file's permissions, so creating
    the main file first with 0600 covers all three.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    except FileExistsError:
        return
    os.close(fd)


class Database:
    """The server's database: migrated on open, one connection per thread.

    ``generation`` goes up after every committed write made through this object, so
    callers can cache rendered answers until the data changes.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._closed = False
        self.generation = 0
        self.org_id = ""

    @classmethod
    def open(cls, path: Path, *, create: bool = True) -> Database:
        """Open (and create or migrate) the database, or raise DatabaseError saying why."""
        path = Path(path)
        if not create and not path.exists():
            raise DatabaseError(f"There is no events database at {path}.")
        if create:
            try:
                _create_private_file(path)
            except OSError as exc:
                raise DatabaseError(
                    f"Cannot create the events database at {path}: {exc.strerror}."
                ) from None
        db = cls(path)
        try:
            db._migrate()
            row = db.connection().execute("SELECT value FROM meta WHERE key = 'org_id'").fetchone()
            db.org_id = row[0]
        except sqlite3.DatabaseError as exc:
            db.close()
            raise DatabaseError(
                f"{path} is not a usable events database ({exc}). Use another --db path."
            ) from None
        except DatabaseError:
            db.close()
            raise
        return db

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise DatabaseError("The events database is closed.")
            # check_same_thread=False only so close() can close every thread's connection;
            # each connection is still used by the one thread that opened it.
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, cached_statements=256
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees one consistent snapshot."""
        conn = self.connection()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``): committed on success, else rolled back."""
        conn = self.connection()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            self.generation += 1

    def _migrate(self) -> None:
        conn = self.connection()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise DatabaseTooNewError(
                        f"The events database at {self.path} has schema version {version}, "
                        f"but this kiosk-server understands versions up to {SCHEMA_VERSION}. "
                        "It was written by a newer kiosk; upgrade kiosk or use another --db."
                    )
                for step in range(version, SCHEMA_VERSION):
                    log.info("migrating events database to schema version %d", step + 1)
                    MIGRATIONS[step](conn)
                    # PRAGMA takes no parameters; the value is our own integer.
                    conn.execute(f"PRAGMA user_version = {step + 1:d}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close every thread's connection. Safe to call more than once."""
        self._closed = True
        with self._connections_lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            with contextlib.suppress(sqlite3.ProgrammingError):
                conn.close()
        self._local = threading.local()
