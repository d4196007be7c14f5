"""``GET /health``: is this server up and can it still save registrations?

For the venue's monitoring (a load balancer, a cron job with ``curl -f``, Uptime Kuma):
no token, no personal data, no secret. The answer is JSON::

    {"status": "ok", "version": "0.1.0", "databaseWritable": true, "uptimeSeconds": 3605}

200 when the database takes a write, 503 (same fields, ``"status": "unavailable"`` and a
``problem`` sentence) when it does not. ``HEAD /health`` answers the same status without
the body (the gate turns HEAD into GET everywhere); other methods get the usual JSON 405.

"Writable" is a real write, through the server's one writer thread
(:mod:`kiosk.server.writer`), so it fails when a registration would: the disk is full or
read-only, the file cannot be written, or another program holds the database's write lock
beyond ``timeout`` seconds. The probe replaces one row in ``meta`` and joins the next
group commit; its answer is reused for ``fresh_for`` seconds and concurrent checks share
one probe, so a monitor polling every second costs at most one small commit a second.
The route only awaits the writer's future: it never blocks the loop it runs on (GETs run
on the read lane, :class:`kiosk.server.connections.ReadLane`).
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime

from fastapi import FastAPI
from fastapi.responses import Response

from kiosk.server.wire import dumps
from kiosk.server.writer import WriteQueue

log = logging.getLogger(__name__)

PATH = "/health"
PROBE_KEY = "health_probe_utc"
PROBE_TIMEOUT = 2.0
FRESH_FOR = 1.0


def package_version() -> str:
    """The installed ``kiosk`` package's version ("unknown" when it carries no metadata)."""
    try:
        return importlib.metadata.version("kiosk")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _probe(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (PROBE_KEY, datetime.now(UTC).isoformat(timespec="seconds")),
    )


@dataclass(frozen=True)
class Verdict:
    at: float  # monotonic time the probe finished (or gave up)
    writable: bool
    problem: str | None


class Health:
    """The health answer of one server; see the module docstring."""

    def __init__(
        self,
        writer: WriteQueue,
        *,
        timeout: float = PROBE_TIMEOUT,
        fresh_for: float = FRESH_FOR,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.writer = writer
        self.timeout = timeout
        self.fresh_for = fresh_for
        self.clock = clock
        self.version = package_version()
        self.started = clock()
        self._lock = threading.Lock()
        self._probe: Future[None] | None = None
        self._probe_started = 0.0
        self._last: Verdict | None = None
        self._reported: str | None = None  # the problem last logged, so a monitor's polls
        # do not repeat it every second

    def _probe_future(self) -> tuple[Future[None], float]:
        """The probe in flight, or a new one, and when it was submitted: concurrent checks
        share it, and a check never waits past ``timeout`` from that moment (a writer stuck
        behind another program's lock answers every later check at once, with 503)."""
        with self._lock:
            if self._probe is None or self._probe.done():
                self._probe = self.writer.submit(_probe)
                self._probe_started = self.clock()
            return self._probe, self._probe_started

    async def verdict(self) -> Verdict:
        """Whether the database takes a write now (or did within ``fresh_for`` seconds)."""
        with self._lock:
            last = self._last
        if last is not None and self.clock() - last.at < self.fresh_for:
            return last
        problem: str | None = None
        try:
            future, started = self._probe_future()
            left = max(started + self.timeout - self.clock(), 0.0)
            await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), left)
        except TimeoutError:
            problem = (
                f"The database did not take a test write within {self.timeout:g} s: another "
                "program may hold its write lock, or the disk is very slow."
            )
        except sqlite3.Error as exc:
            # SQLite's own words ("database or disk is full", "disk I/O error", "attempt to
            # write a readonly database") name no path and no data.
            problem = f"The database cannot be written ({exc})."
        except RuntimeError:  # the write queue is closed: the server is stopping
            problem = "The server is stopping."
        except Exception as exc:  # anything else a write can meet: still a 503, never a 500
            problem = f"The database cannot be written ({type(exc).__name__})."
        verdict = Verdict(self.clock(), problem is None, problem)
        with self._lock:
            self._last = verdict
            changed, self._reported = problem != self._reported, problem
        if changed:
            if problem is None:
                log.info("health: the database is writable again")
            else:
                log.warning("health: %s", problem)
        return verdict

    def uptime_s(self) -> int:
        return int(self.clock() - self.started)

    async def answer(self) -> Response:
        verdict = await self.verdict()
        body: dict[str, object] = {
            "status": "ok" if verdict.writable else "unavailable",
            "version": self.version,
            "databaseWritable": verdict.writable,
            "uptimeSeconds": self.uptime_s(),
        }
        if verdict.problem is not None:
            body["problem"] = verdict.problem
        return Response(
            content=dumps(body),
            status_code=200 if verdict.writable else 503,
            media_type="application/json",
            headers={"Cache-Control": "no-store"},
        )


def install(app: FastAPI, writer: WriteQueue) -> Health:
    """Add ``GET /health`` (outside the API base: no token) to ``app``; returns its
    :class:`Health` (also ``app.state.health``)."""
    health = Health(writer)
    app.state.health = health

    @app.get(PATH)
    async def health_check() -> Response:
        return await health.answer()

    return health
