"""Server cost at venue scale (issue 13): cost follows the change, not the size.

Everything runs in one process against the real ASGI app (gate, routing, handlers, the
writer thread and SQLite with ``synchronous=FULL``) through ``httpx.ASGITransport``: the
figures are the server's own cost per request, without sockets or a client process.

* ``sessions``: an event with 50 / 500 / 2,000 / 5,000 sessions (150 speakers): a 304,
  a cached 200, a new version (one registration with a session, then the agenda: seat counts
  filled into the template on a worker thread), "fill" (that server work alone: the
  seats read plus the template join, timed directly), a cold build (after a seed
  reload), the old full build for comparison (``catalog.sessions`` + JSON, what
  every agenda GET cost before, 304s included), and how late a 1 ms timer on the event
  loop fired during the new-version and cold phases (p99 and max).
* ``paid``: paid registrations (Initiated) on an event whose pass already has 1k / 100k /
  500k holders, made by direct SQL inserts (the triggers keep the counters as the
  server would): through the app (with the commit's fsync, which dominates on a busy
  disk), and the registration job alone inside a rolled-back transaction (the work that
  grew with the holders); also the old ``COUNT(*)`` pass check on the same file.
* ``purge``: one batch (500) of expired Idempotency-Keys out of 100,000, with its commit.

Bounded: fixed repetitions per figure; medians (and p99 where it matters) are printed.

    .venv/bin/python benchmarks/bench_server_scale.py             # all three
    .venv/bin/python benchmarks/bench_server_scale.py sessions --sizes 50 500
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from kiosk.server import catalog
from kiosk.server.app import create_app
from kiosk.server.db import Database
from kiosk.server.loader import load_seed
from kiosk.server.registration import PURGE_BATCH, purge_idempotency_keys
from kiosk.server.runner import prepare_database
from kiosk.server.staff import StaffTokens
from kiosk.server.wire import dumps, utc_text

TOKEN = "bench-token"
ORIGIN = "http://bench.localhost"
EVENT = "Scale_Event"
PAID = "Scale_Paid"
PASS_ID = "0000000a-0000-4000-8000-000000000001"
EVENT_ID = "0000000e-0000-4000-8000-000000000001"
PAID_ID = "0000000e-0000-4000-8000-000000000002"


def _guid(n: int, kind: str) -> str:
    return f"{int(kind, 16):08x}-0000-4000-8000-{n:012x}"


def _agenda(sessions: int, name: str = "Session") -> dict[str, Any]:
    start = datetime(2099, 1, 1, 8, tzinfo=UTC)
    return {
        "eventId": EVENT_ID, "readableEventId": EVENT, "eventName": "Scale",
        "startDateUTC": start.isoformat(), "endDateUTC": (start + timedelta(days=3)).isoformat(),
        "allowAnonymousRegistrations": True, "allowCustomAgenda": True,
        "speakers": [{"id": _guid(n, "d"), "name": f"Speaker {n}", "title": "Engineer"}
                     for n in range(150)],
        "sessions": [{
            "id": _guid(n, "5"), "name": f"{name} {n}",
            "sessionSummary": "A talk about things that matter at a venue. " * 3,
            "startTimeUTC": (start + timedelta(minutes=15 * (n % 200))).isoformat(),
            "endTimeUTC": (start + timedelta(minutes=15 * (n % 200) + 45)).isoformat(),
            "maxCapacity": 100, "isCapacityRestricted": True,
            "speakerIds": [_guid(n % 150, "d")],
        } for n in range(sessions)],
    }


def _paid() -> dict[str, Any]:
    return {
        "eventId": PAID_ID, "readableEventId": PAID, "eventName": "Paid",
        "startDateUTC": "2099-02-01T09:00:00Z", "endDateUTC": "2099-02-01T17:00:00Z",
        "allowAnonymousRegistrations": True,
        "passes": [{"passId": PASS_ID, "passName": "Standard", "price": 10.0,
                    "numberOfPassesLeft": 10_000_000, "numberOfPassesSold": 0}],
    }


def _app(db: Database) -> Any:
    from kiosk.server.gate import WebApps

    return create_app(db, WebApps([(TOKEN, ORIGIN)]), now=lambda: datetime.now(UTC),
                      staff_tokens=StaffTokens("salt", ()))


def _client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://bench/EvtMgmt/api/v2.0/",
        params={"emApplicationtoken": TOKEN}, headers={"Origin": ORIGIN},
    )


async def _times(call: Callable[[], Awaitable[Any]], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        await call()
        out.append((time.perf_counter() - start) * 1000)
    return out


async def _watch_loop(stalls: list[float], stop: asyncio.Event, active: list[Any]) -> None:
    """How late a 1 ms timer fires on the event loop while ``active[0]`` (around the
    agenda GETs only): the longest the loop was held, by the server's handlers, the
    in-process client, or the GIL held by a worker thread."""
    while not stop.is_set():
        start = time.perf_counter()
        await asyncio.sleep(0.001)
        since = active[1]
        if active[0] and since is not None:
            due = max(start + 0.001, since)  # time before the GET began does not count
            stalls.append(max((time.perf_counter() - due) * 1000, 0.0))


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values):8.2f}"


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def bench_sessions(workdir: Path, sizes: list[int], repeats: int) -> None:
    print("sessions  304 ms  cached-200 ms  new-version ms  fill ms  cold ms  old-build ms"
          "  bytes   loop-stall p99/max ms")
    for size in sizes:
        path = workdir / f"sessions-{size}.sqlite3"
        db = prepare_database(path, web_apps=[(TOKEN, ORIGIN)])
        load_seed(db, {"events": [_agenda(size)]}, lambda: datetime.now(UTC))
        app = _app(db)

        async def run(
            app: Any = app, db: Database = db, size: int = size
        ) -> tuple[list[float], ...]:
            async with _client(app) as client:
                url = f"events/{EVENT}/sessions"
                first = await client.get(url)
                assert first.status_code == 200, first.text
                etag = first.headers["etag"]

                async def revalidate() -> None:
                    assert (await client.get(url, headers={"If-None-Match": etag})).status_code \
                        == 304

                async def cached() -> None:
                    assert (await client.get(url)).status_code == 200

                counter = iter(range(10**6))

                async def new_version() -> None:
                    n = next(counter)
                    # The registration itself is not timed: only the agenda after it.
                    reply = await client.post(f"events/{EVENT}/registrations", json={
                        "attendees": [{
                            "firstName": "A", "lastName": "B",
                            "email": f"p{n}-{uuid.uuid4().hex[:6]}@example.com",
                            "attendeeSessions": [{"sessionId": _guid(n % size, "5")}],
                        }]
                    })
                    assert reply.json()["status"] == "Success", reply.text
                    start = time.perf_counter()
                    active[:] = [True, time.perf_counter()]
                    assert (await client.get(url)).status_code == 200
                    active[:] = [False, None]
                    new_times.append((time.perf_counter() - start) * 1000)

                new_times: list[float] = []
                t304 = await _times(revalidate, repeats * 10)
                t200 = await _times(cached, repeats * 10)
                stop = asyncio.Event()
                stalls: list[float] = []
                active: list[Any] = [False, None]
                watch = asyncio.ensure_future(_watch_loop(stalls, stop, active))
                for _ in range(repeats):
                    await new_version()
                cold: list[float] = []
                for n in range(max(3, repeats // 4)):
                    load_seed(db, {"events": [_agenda(size, name=f"S{n}")]},
                              lambda: datetime.now(UTC))
                    start = time.perf_counter()
                    active[:] = [True, time.perf_counter()]
                    assert (await client.get(url)).status_code == 200
                    active[:] = [False, None]
                    cold.append((time.perf_counter() - start) * 1000)
                stop.set()
                await watch
                return t304, t200, new_times, cold, [float(len(first.content))], stalls

        t304, t200, tnew, tcold, size_bytes, stalls = asyncio.run(run())
        old: list[float] = []
        fill: list[float] = []
        with db.read() as conn:
            for _ in range(max(3, repeats // 4)):
                start = time.perf_counter()
                dumps([s.to_wire() for s in catalog.sessions(conn, EVENT_ID)])
                old.append((time.perf_counter() - start) * 1000)
            template = catalog.sessions_template(conn, EVENT_ID)
            for _ in range(repeats):
                start = time.perf_counter()
                template.render(catalog.session_counts(conn, EVENT_ID))
                fill.append((time.perf_counter() - start) * 1000)
        app.state.writer.close()
        db.close()
        print(f"{size:8d} {_ms(t304)} {_ms(t200)}       {_ms(tnew)}  {_ms(fill)}     "
              f"{_ms(tcold)} {_ms(old)}  {int(size_bytes[0]):8d}   "
              f"{_p99(stalls):6.2f} {max(stalls):7.2f}")


def _fill_registrations(path: Path, count: int) -> None:
    """``count`` registered holders of the pass, straight into SQLite (triggers on)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        now = utc_text(datetime.now(UTC))
        chunk = 10_000
        for base in range(0, count, chunk):
            rows = range(base, min(base + chunk, count))
            conn.executemany(
                "INSERT INTO contacts (id, email_key, email, first_name, last_name, created_utc)"
                " VALUES (?, ?, ?, 'F', 'L', ?)",
                [(f"c{n}", f"bulk{n}@example.com", f"bulk{n}@example.com", now) for n in rows],
            )
            conn.executemany(
                "INSERT INTO registrations (id, event_id, contact_id, state, pass_id, "
                "check_in_code, responses, created_utc) "
                "VALUES (?, ?, ?, 'registered', ?, ?, '[]', ?)",
                [(f"r{n}", PAID_ID, f"c{n}", PASS_ID, f"B{n:09d}", now) for n in rows],
            )
        conn.execute("COMMIT")


def _job_times(db: Database, repeats: int) -> list[float]:
    """The paid registration's own work inside its transaction (rolled back: no fsync)."""
    from kiosk.api.models import RegistrationData
    from kiosk.server.registration import Registrar

    registrar = Registrar(db, lambda: datetime.now(UTC))
    times = []
    for n in range(repeats):
        payload = {"attendees": [{"firstName": "A", "lastName": "B", "passId": PASS_ID,
                                  "email": f"job{n}@example.com"}]}
        job = registrar.register(PAID, RegistrationData.model_validate(payload),
                                 payload=payload, token=TOKEN, idempotency_key=f"job-{n}",
                                 path="/bench")
        conn = db.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            start = time.perf_counter()
            reply = job(conn)
            times.append((time.perf_counter() - start) * 1000)
            assert b"Initiated" in reply.body, reply.body
        finally:
            conn.execute("ROLLBACK")
    return times


def bench_paid(workdir: Path, sizes: list[int], repeats: int) -> None:
    print("holders   paid-reg p50 ms  p99 ms   job p50 ms  p99 ms   passes-GET(miss) ms"
          "  old COUNT(*) check ms")
    for size in sizes:
        path = workdir / f"paid-{size}.sqlite3"
        db = prepare_database(path, web_apps=[(TOKEN, ORIGIN)])
        load_seed(db, {"events": [_paid()]}, lambda: datetime.now(UTC))
        _fill_registrations(path, size)
        app = _app(db)

        async def run(app: Any = app) -> tuple[list[float], list[float]]:
            async with _client(app) as client:
                counter = iter(range(10**6))

                async def register() -> None:
                    n = next(counter)
                    reply = await client.post(f"events/{PAID}/registrations", json={
                        "attendees": [{"firstName": "A", "lastName": "B", "passId": PASS_ID,
                                       "email": f"paid{n}@example.com"}]})
                    assert reply.json()["status"] == "Initiated", reply.text

                async def passes() -> None:
                    await register()  # a new version each time: the GET below is a miss
                    start = time.perf_counter()
                    assert (await client.get(f"events/{PAID}/passes")).status_code == 200
                    miss.append((time.perf_counter() - start) * 1000)

                miss: list[float] = []
                times = await _times(register, repeats * 4)
                for _ in range(repeats):
                    await passes()
                return times, miss

        times, miss = asyncio.run(run())
        job = _job_times(db, repeats * 4)
        old: list[float] = []
        with db.read() as conn:
            for _ in range(5):
                start = time.perf_counter()
                conn.execute(
                    "SELECT p.pass_id, (SELECT COUNT(*) FROM registrations r WHERE r.pass_id = "
                    "p.pass_id AND r.state = 'registered') FROM passes p WHERE p.event_id = ?",
                    (PAID_ID,),
                ).fetchall()
                old.append((time.perf_counter() - start) * 1000)
        app.state.writer.close()
        db.close()
        print(f"{size:8d}     {_ms(times)}  {_p99(times):7.2f}   {_ms(job)} {_p99(job):7.2f}"
              f"        {_ms(miss)}              {_ms(old)}")


def bench_purge(workdir: Path, keys: int, repeats: int) -> None:
    path = workdir / "purge.sqlite3"
    db = Database.open(path)
    old = utc_text(datetime.now(UTC) - timedelta(days=30))
    with db.write() as conn:
        conn.executemany(
            "INSERT INTO idempotency_keys (token, key, path, request_hash, status_code, body, "
            "created_utc) VALUES ('t', ?, '/p', ?, 200, ?, ?)",
            [(f"k{n}", "h" * 64, b"x" * 600, old) for n in range(keys)],
        )
    times = []
    deletes = []
    for _ in range(repeats):
        start = time.perf_counter()
        with db.write() as conn:
            begun = time.perf_counter()
            purged = purge_idempotency_keys(conn, datetime.now(UTC) - timedelta(days=7),
                                            PURGE_BATCH)
            deletes.append((time.perf_counter() - begun) * 1000)
        times.append((time.perf_counter() - start) * 1000)
        assert purged == PURGE_BATCH
    db.close()
    print(f"purge: one batch of {PURGE_BATCH} out of {keys:,} keys: the DELETE median "
          f"{_ms(deletes).strip()} ms (max {max(deletes):.2f}); with its commit (fsync) "
          f"median {_ms(times).strip()} ms, max {max(times):.2f} ms ({repeats} batches)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="*", default=["sessions", "paid", "purge"],
                        choices=["sessions", "paid", "purge"])
    parser.add_argument("--sizes", type=int, nargs="*", help="sizes for one kind")
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args(argv)
    print(f"load average: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if "sessions" in args.what:
            bench_sessions(workdir, args.sizes or [50, 500, 2000, 5000], args.repeats)
        if "paid" in args.what:
            bench_paid(workdir, args.sizes or [1_000, 100_000, 500_000], args.repeats)
        if "purge" in args.what:
            bench_purge(workdir, 100_000, 10)
    print(f"load average: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
