"""Run the local events server in-process: what the kiosk app, the CLI and every test use.

:func:`start_server` opens (and if asked, seeds) the database, binds the listening socket
itself (so ``port=0`` yields a real free port before anyone needs the URL), runs
uvicorn in a daemon thread and returns once the server accepts connections. GET and HEAD
requests run on a second event loop of their own (``connections.ReadLane``), so a write
never waits behind reads on uvicorn's loop.
"""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import uvicorn

from kiosk.api.errors import redact
from kiosk.server import catalog, staff
from kiosk.server.app import create_app
from kiosk.server.connections import (
    MAX_CONNECTIONS,
    MAX_WAITING_READS,
    REQUEST_TIMEOUT,
    ReadLane,
    guarded_h11,
)
from kiosk.server.db import Database
from kiosk.server.gate import V2_PREFIX, WebApps, normalise_origin
from kiosk.server.loader import load_seed_file
from kiosk.server.writer import WriteQueue

log = logging.getLogger(__name__)

STARTUP_TIMEOUT = 15.0
# Longer than the kiosk client's own keep-alive (httpx: 5 s), so the client always drops
# an idle connection first and never sends a request into one the server is closing.
KEEP_ALIVE_TIMEOUT = 30
# How long a stop waits for answers in flight before cancelling them. A write cancelled
# here has either committed already or never runs (the writer skips a cancelled job);
# either way the kiosk's retry with the same idempotency key gets the one registration.
# Reads not started by then are answered 503 (connections.ReadLane).
GRACEFUL_SHUTDOWN = 3
_WILDCARDS = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}


def _utc_now() -> datetime:
    return datetime.now(UTC)


# A staff search's query string holds what staff typed: part of a name or an address.
_SEARCH_QUERY = re.compile(r"(/attendees/*)\?[^\s\"]*")


class _RedactAccessLog(logging.Filter):
    """The access log prints the query string, which carries the token (and, on a staff
    search, the text searched for): scrub them. It prints no headers, so the staff token
    (a header) never reaches it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = _SEARCH_QUERY.sub(r"\1?***", redact(message))
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_ACCESS_REDACTOR = _RedactAccessLog()


def url_host(host: str) -> str:
    """The host to put in a URL: loopback for a wildcard bind, IPv6 in brackets."""
    host = _WILDCARDS.get(host, host)
    return f"[{host}]" if ":" in host else host


def binds_all_interfaces(host: str) -> bool:
    return host in _WILDCARDS


@dataclass
class RunningServer:
    """A server started by :func:`start_server`; ``stop()`` it when done."""

    host: str
    port: int
    org_id: str
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _db: Database = field(repr=False)
    _writer: WriteQueue = field(repr=False)
    staff_token_count: int = 0
    _lane: ReadLane | None = field(default=None, repr=False)
    _stopping: threading.Event = field(default_factory=threading.Event, repr=False)
    _stop_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _stopped: bool = field(default=False, repr=False)

    @property
    def root_url(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}"

    @property
    def base_url_v2(self) -> str:
        return f"{self.root_url}{V2_PREFIX}/"

    @property
    def base_url_v1(self) -> str:
        return f"{self.root_url}/api/v1.0/orgs/{self.org_id}/eventmanagement/"

    @property
    def db_path(self) -> Path:
        return self._db.path

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Stop serving, wait for the server thread, close the database. Idempotent."""
        with self._stop_lock:
            if self._stopped:
                return
            self._stopped = True
        self._stopping.set()
        self._server.should_exit = True
        self._thread.join(timeout=30)
        if self._thread.is_alive():  # pragma: no cover - a request that never finishes
            self._server.force_exit = True
            self._thread.join(timeout=5)
        if self._lane is not None:
            self._lane.close()
        self._writer.close()
        self._db.close()

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose
    # proto says TCP, and without it every small answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.set_inheritable(True)
    except OSError:
        sock.close()
        raise
    return sock


def prepare_database(
    db_path: Path,
    *,
    demo: bool = False,
    seed: Path | None = None,
    web_apps: Sequence[tuple[str, str]] = (),
    staff_tokens: Sequence[str] = (),
    now: Callable[[], datetime] = _utc_now,
) -> Database:
    """Open the database and load what was asked for; raises DatabaseError or SeedError
    (ValueError for an unusable web application or staff token)."""
    from kiosk.server import demo as demo_data  # pillow is only needed with --demo

    db = Database.open(db_path)
    try:
        if seed is not None:
            load_seed_file(db, seed, now)
        apps = [(token.strip(), normalise_origin(origin)) for token, origin in web_apps]
        if demo:
            demo_data.load_demo_if_empty(db, now)
            apps.append((demo_data.DEMO_TOKEN, demo_data.DEMO_ORIGIN))
        if any(not token for token, _ in apps):
            raise ValueError("a web application token cannot be empty")
        if apps or staff_tokens:
            with db.write() as conn:  # all or nothing: a short staff token stores no app
                for token, origin in apps:
                    catalog.add_web_app(conn, token, origin, now())
                for token in staff_tokens:
                    staff.add(conn, token, now())
    except BaseException:
        db.close()
        raise
    return db


def start_server(
    db_path: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    demo: bool = False,
    seed: Path | None = None,
    web_apps: Sequence[tuple[str, str]] = (),
    staff_tokens: Sequence[str] = (),
    now: Callable[[], datetime] | None = None,
    access_log: bool = False,
    request_timeout: float = REQUEST_TIMEOUT,
    keep_alive_timeout: int = KEEP_ALIVE_TIMEOUT,
    max_connections: int = MAX_CONNECTIONS,
    reads_off_loop: bool = True,
    max_waiting_reads: int = MAX_WAITING_READS,
) -> RunningServer:
    """Start a server on ``db_path`` and return when it accepts connections.

    ``now`` replaces the clock (tests move time); ``web_apps`` are (token, origin) pairs
    to register; ``staff_tokens`` are stored (hashed) to unlock the staff extensions;
    ``demo`` loads the built-in demo into an empty database and registers
    the demo web application. A request must arrive whole within ``request_timeout``
    seconds, an idle keep-alive connection is closed after ``keep_alive_timeout``, and
    connections beyond ``max_connections`` are answered 503 (see connections.py).
    ``reads_off_loop`` runs GET and HEAD requests on their own event loop thread, with at
    most ``max_waiting_reads`` waiting (more are answered 503).
    """
    clock = now or _utc_now
    db = prepare_database(
        db_path, demo=demo, seed=seed, web_apps=web_apps, staff_tokens=staff_tokens, now=clock
    )
    try:
        with db.read() as conn:
            apps = WebApps(catalog.web_apps(conn))
            staff_hashes = staff.load(conn)
        app = create_app(db, apps, now=clock, staff_tokens=staff_hashes)
    except BaseException:
        db.close()
        raise
    writer: WriteQueue = app.state.writer
    try:
        sock = _bind(host, port)
        actual_port = sock.getsockname()[1]
    except BaseException:
        writer.close()
        db.close()
        raise
    if access_log:
        access = logging.getLogger("uvicorn.access")
        if _ACCESS_REDACTOR not in access.filters:
            access.addFilter(_ACCESS_REDACTOR)
    stopping = threading.Event()
    lane = (ReadLane(app, max_waiting=max_waiting_reads, stopping=stopping.is_set)
            if reads_off_loop else None)
    config = uvicorn.Config(
        lane if lane is not None else app,
        log_level="info" if access_log else "warning",
        access_log=access_log,
        log_config=None,  # leave the embedding program's logging alone
        lifespan="off",
        http=guarded_h11(
            request_timeout=request_timeout, max_connections=max_connections,
            stopping=stopping.is_set,
        ),
        timeout_keep_alive=keep_alive_timeout,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN,
        server_header=False,
    )
    server = uvicorn.Server(config)

    def serve() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException:  # a dead server thread must say why
            log.exception("the events server stopped with an error")
        finally:
            sock.close()

    thread = threading.Thread(target=serve, name="kiosk-events-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(timeout=5)
            if lane is not None:
                lane.close()
            writer.close()
            db.close()
            raise RuntimeError("the events server did not start; see the log for why")
        time.sleep(0.005)
    running = RunningServer(
        host=host, port=actual_port, org_id=db.org_id, _server=server, _thread=thread, _db=db,
        _writer=writer, staff_token_count=len(staff_hashes), _stopping=stopping, _lane=lane,
    )
    log.info("events server listening on %s", running.root_url)
    return running
