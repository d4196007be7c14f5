"""How fast the outbox empties when the API comes back after an outage.

Scenario (one run): a local events server on a free loopback port; the kiosk's service
layer with the real ``OutboxDrainer`` at its production settings (backoff 1 s .. 30 s with
jitter, probe every 1 s through a probe client without GET retries, as ``kiosk.app``
builds it). The server is stopped; 1,000 registrations are submitted (each is stored,
its first POST is refused, it stays queued); the outage goes on until the drainer's own
retries have pushed its backoff to the cap (the next regular retry is 15-30 s away).
Then the server is started again on the same port and database, and we measure:

* **first delivery**: from the moment the server accepts connections again to the first
  submission marked delivered. Budget 2 s. With the backoff at its cap, only the probe
  can make this.
* **drain rate**: 1,000 / (time from the server's return to the last delivery).
  Budget >= 200 submissions/s.

Every run also checks the server's database: 1,000 registrations, 1,000 Idempotency-Keys.

Run: ``.venv/bin/python benchmarks/bench_outbox.py [--runs 3] [--count 1000] [--profile]``

``--scale`` measures the outbox at venue scale instead (issue 13): with 10 / 1,000 / 50,000
queued (``--sizes``), written in one transaction as the outbox writes them,

* **queue status**: ``Outbox.queued_count`` (what the status line asks after every
  delivery attempt), median of ``--repeat`` calls;
* **drain, per delivery**: the real ``OutboxDrainer`` and ``RegistrationService`` against a
  real local server over HTTP, its ``on_change`` asking the queue status as the window
  does; the time of ``--deliveries`` deliveries from the front of the full queue, divided
  by their number (the API's own time included, the same at every size);
* **staff view**: the first page (``undelivered_page`` + ``counts``, 50 rows), and the last
  page reached by keyset (``after`` the last row but 50).

Each figure is taken twice on the same file: "before" runs the outbox side as it was
before schema 4 (the ``COUNT(*)``/``MIN`` over the queue, the drainer's choice ranking the
whole queue with a window function, the staff view parsing every undelivered row);
"after" is the code as it is.

Run: ``.venv/bin/python benchmarks/bench_outbox.py --scale [--sizes 10,1000,50000]
[--deliveries 100] [--repeat 20]``
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.api.client import EventsApiClient  # noqa: E402
from kiosk.api.models import Attendee, RegistrationData  # noqa: E402
from kiosk.server.runner import RunningServer, start_server  # noqa: E402
from kiosk.services.catalog import Catalog  # noqa: E402
from kiosk.services.drainer import OutboxDrainer, api_probe  # noqa: E402
from kiosk.services.outbox import (  # noqa: E402
    STUCK_AFTER,
    STUCK_AFTER_ATTEMPTS,
    Outbox,
    Submission,
    SubmissionState,
)
from kiosk.services.registration import (  # noqa: E402
    RegistrationDraft,
    RegistrationService,
    SubmissionOutcome,
)

FIRST_DELIVERY_BUDGET_S = 2.0
DRAIN_RATE_BUDGET = 200.0
TOKEN = "bench-outbox-token"
ORIGIN = "http://kiosk.bench.example"
EVENT = "BenchFest"
OUTAGE_LIMIT_S = 120.0


class TimedRegistration(RegistrationService):
    """Records when deliveries happen (the drainer calls ``send`` for every attempt)."""

    def __init__(self, *args: Any, expected: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.expected = expected
        self.delivered_at: list[float] = []
        self.all_delivered = threading.Event()
        self.attempts = 0

    def send(self, submission: Submission) -> SubmissionOutcome:
        self.attempts += 1
        outcome = super().send(submission)
        if outcome.state is SubmissionState.DELIVERED:
            self.delivered_at.append(time.perf_counter())
            if len(self.delivered_at) >= self.expected:
                self.all_delivered.set()
        return outcome


class ProfiledDrainer(OutboxDrainer):
    """The real drainer, its thread under cProfile (``--profile``)."""

    profile: cProfile.Profile | None = None

    def _run(self) -> None:
        if self.profile is None:
            super()._run()
        else:
            self.profile.runcall(super()._run)


@dataclass
class RunResult:
    queue_s: float
    outage_s: float
    next_regular_retry_s: float
    first_delivery_s: float
    drain_s: float
    count: int

    @property
    def rate(self) -> float:
        """From the API's return (includes waiting for the probe)."""
        return self.count / self.drain_s

    @property
    def steady_rate(self) -> float:
        """From the first delivery to the last."""
        return (self.count - 1) / (self.drain_s - self.first_delivery_s)


def _seed(path: Path) -> Path:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)
    event = {
        "readableEventId": EVENT,
        "eventName": "Bench Fest",
        "startDateUTC": start.isoformat().replace("+00:00", "Z"),
        "endDateUTC": (start + timedelta(hours=8)).isoformat().replace("+00:00", "Z"),
        "ianaTimeZone": "UTC",
        "maxCapacity": 1_000_000,
        "isCapacityRestricted": True,
        "allowAnonymousRegistrations": True,
    }
    path.write_text(json.dumps({"events": [event]}), encoding="utf-8")
    return path


def _server_counts(db_path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        registrations = conn.execute("SELECT COUNT(*) FROM registrations").fetchone()[0]
        keys = conn.execute("SELECT COUNT(*) FROM idempotency_keys").fetchone()[0]
    return int(registrations), int(keys)


def run_once(count: int, workdir: Path, profile: cProfile.Profile | None) -> RunResult:
    db_path = workdir / "server.sqlite3"
    server: RunningServer = start_server(
        db_path, seed=_seed(workdir / "seed.json"), web_apps=[(TOKEN, ORIGIN)]
    )
    port = server.port
    client = EventsApiClient(server.base_url_v2, TOKEN, ORIGIN)
    probe_client = EventsApiClient(
        server.base_url_v2, TOKEN, ORIGIN, get_attempts=1, connect_timeout=2.0, read_timeout=3.0
    )
    outbox = Outbox(workdir / "outbox.sqlite3")
    registration = TimedRegistration(client, outbox, expected=count)
    drainer = ProfiledDrainer(outbox, registration, probe=api_probe(probe_client))
    try:
        details = Catalog(client).load_event(EVENT)
        server.stop()  # the outage begins
        outage_started = time.perf_counter()
        drainer.profile = profile  # the whole drainer thread: outage and drain
        drainer.start()
        for n in range(count):
            draft = RegistrationDraft(
                first_name="Bench", last_name=f"Attendee{n}",
                email=f"bench.{n}@outbox.example", consent=True,
            )
            outcome = registration.submit(draft, details)
            assert outcome.state is SubmissionState.QUEUED, outcome
        queue_s = time.perf_counter() - outage_started

        # Let the outage last until the drainer's backoff is at its cap.
        next_retry = 0.0
        deadline = time.monotonic() + OUTAGE_LIMIT_S
        while time.monotonic() < deadline:
            head = outbox.get(queue_head(outbox))
            if head is not None and head.next_attempt_at is not None:
                next_retry = (head.next_attempt_at - datetime.now(UTC)).total_seconds()
                if next_retry >= 14.0:
                    break
            time.sleep(0.05)
        else:
            raise RuntimeError("the drainer's backoff never reached its cap")
        outage_s = time.perf_counter() - outage_started

        server = start_server(db_path, port=port, web_apps=[(TOKEN, ORIGIN)])
        back = time.perf_counter()
        if not registration.all_delivered.wait(timeout=300):
            raise RuntimeError(f"only {len(registration.delivered_at)} delivered in 300 s")
        first = registration.delivered_at[0] - back
        drain = registration.delivered_at[-1] - back
        drainer.stop()
        assert outbox.queued_count()[0] == 0
        registrations, keys = _server_counts(db_path)
        assert registrations == keys == count, (registrations, keys)
        return RunResult(queue_s, outage_s, next_retry, first, drain, count)
    finally:
        drainer.stop()
        outbox.close()
        probe_client.close()
        client.close()
        server.stop()


def queue_head(outbox: Outbox) -> str:
    """The head's id, without parsing the whole queue."""
    with closing(sqlite3.connect(f"file:{outbox.path}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            "SELECT id FROM submissions WHERE state = 'queued' ORDER BY created_at, rowid LIMIT 1"
        ).fetchone()
    return str(row[0]) if row else ""


# --------------------------------------------------------------------------- at venue scale

_LEGACY_NEXT = """
WITH queue AS (
    SELECT rowid AS r, readable_event_id, created_at, next_attempt_at,
        (failures >= :attempts OR (first_failed_at IS NOT NULL
            AND first_failed_at < :since)) AS stuck
    FROM submissions WHERE state = 'queued'
), ranked AS (
    SELECT *, ROW_NUMBER() OVER (
        PARTITION BY readable_event_id, stuck ORDER BY created_at, r) AS n
    FROM queue
)
SELECT r FROM ranked WHERE stuck OR n = 1
ORDER BY COALESCE(next_attempt_at > :now, 0),
    CASE WHEN next_attempt_at > :now THEN next_attempt_at END,
    stuck, created_at, r
LIMIT 1
"""


class LegacyOutbox(Outbox):
    """The outbox side as it was before schema 4 (same file, same connection and lock):
    the queue counted, and the whole queue ranked, for every delivery."""

    def queued_count(self) -> tuple[int, datetime | None]:
        with self._lock:
            count, oldest = self._db.execute(
                "SELECT COUNT(*), MIN(created_at) FROM submissions WHERE state = 'queued'"
            ).fetchone()
        return int(count), datetime.fromtimestamp(oldest, UTC) if oldest else None

    def next_to_send(self, now: datetime) -> Submission | None:
        with self._lock:
            row = self._db.execute(_LEGACY_NEXT, {
                "attempts": STUCK_AFTER_ATTEMPTS, "since": (now - STUCK_AFTER).timestamp(),
                "now": now.timestamp(),
            }).fetchone()
        if row is None:
            return None
        rows = self._select("WHERE rowid = ?", (row[0],))
        return rows[0] if rows else None


def _fill(outbox: Outbox, count: int, tag: str) -> None:
    """``count`` queued registrations, one second apart, in one transaction."""
    t0 = time.time() - count - 60
    rows = []
    for n in range(count):
        sid = f"{tag}-{n:08d}"
        payload = RegistrationData(attendees=[Attendee(
            first_name="Bench", last_name=f"Queued{n}", email=f"{tag}.{n}@outbox.example")])
        rows.append((sid, t0 + n, EVENT, "Bench Fest",
                     json.dumps(payload.to_wire()), "queued", sid))
    with closing(sqlite3.connect(outbox.path)) as db:
        db.executemany(
            "INSERT INTO submissions (id, created_at, readable_event_id, event_name, payload,"
            " state, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.commit()


def _median_ms(fn: Any, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def _drain_ms(outbox: Outbox, client: EventsApiClient, deliveries: int) -> tuple[float, float]:
    """ms per delivery, and of that the outbox's choice of the next one and the status
    line's count: the real drainer sends ``deliveries`` from the front of the queue to the
    server, asking the queue status after each as the window does."""
    registration = TimedRegistration(client, outbox, expected=deliveries)
    spent = [0.0]

    def timed(method: Any) -> Any:
        def call(*args: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args)
            finally:
                spent[0] += time.perf_counter() - started
        return call

    choose = timed(outbox.next_to_send)
    count = timed(outbox.queued_count)
    setattr(outbox, "next_to_send", choose)  # noqa: B010 - this instance only

    def status_line() -> None:
        count()

    drainer = OutboxDrainer(outbox, registration, on_change=status_line)
    started = time.perf_counter()
    drainer.start()
    try:
        if not registration.all_delivered.wait(timeout=600):
            raise RuntimeError(f"only {len(registration.delivered_at)} delivered in 600 s")
    finally:
        drainer.stop()
        delattr(outbox, "next_to_send")
    whole = (registration.delivered_at[deliveries - 1] - started) / deliveries * 1000
    return whole, spent[0] / max(registration.attempts, 1) * 1000


def run_scale(sizes: list[int], deliveries: int, repeat: int) -> int:
    with tempfile.TemporaryDirectory(prefix="bench-outbox-scale-") as tmp:
        workdir = Path(tmp)
        server = start_server(workdir / "server.sqlite3", seed=_seed(workdir / "seed.json"),
                              web_apps=[(TOKEN, ORIGIN)])
        client = EventsApiClient(server.base_url_v2, TOKEN, ORIGIN)
        try:
            print(f"load average before: {os.getloadavg()}")
            print("queued | side | status ms | drain ms/delivery | of it choice+status ms"
                  " | staff first page ms | staff last page ms")
            for size in sizes:
                for side, kind in (("before", LegacyOutbox), ("after", Outbox)):
                    path = workdir / f"outbox-{size}-{side}.sqlite3"
                    outbox = kind(path)
                    _fill(outbox, size, f"{side}{size}")
                    now = datetime.now(UTC)
                    status = _median_ms(outbox.queued_count, repeat)
                    if side == "before":
                        first = _median_ms(outbox.undelivered, max(3, repeat // 5))
                        last = first  # every page was every row
                    else:
                        first = _median_ms(
                            lambda o=outbox, n=now: (o.undelivered_page(limit=50), o.counts(n)),
                            repeat)
                        page = outbox.undelivered_page(limit=50)
                        tail_key = (page.keys[0][0] + max(size - 51, 0), 0)
                        last = _median_ms(
                            lambda o=outbox, k=tail_key, n=now: (
                                o.undelivered_page(after=k, limit=50), o.counts(n)),
                            repeat)
                    drain, overhead = _drain_ms(outbox, client, min(deliveries, size))
                    count = outbox.queued_count()[0]
                    assert count <= size - min(deliveries, size), (count, size)
                    outbox.close()
                    print(f"{size} | {side} | {status:.3f} | {drain:.2f} | {overhead:.3f}"
                          f" | {first:.2f} | {last:.2f}", flush=True)
            print(f"load average after: {os.getloadavg()}")
        finally:
            client.close()
            server.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--profile", action="store_true", help="profile the drain of one run")
    parser.add_argument("--scale", action="store_true",
                        help="queue status, drain and staff view at 10 / 1,000 / 50,000 queued")
    parser.add_argument("--sizes", default="10,1000,50000")
    parser.add_argument("--deliveries", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.scale:
        sizes = [int(size) for size in args.sizes.split(",")]
        return run_scale(sizes, args.deliveries, args.repeat)

    results: list[RunResult] = []
    for run in range(1, args.runs + 1):
        profile = cProfile.Profile() if args.profile and run == 1 else None
        with tempfile.TemporaryDirectory(prefix="bench-outbox-") as tmp:
            result = run_once(args.count, Path(tmp), profile)
        results.append(result)
        print(
            f"run {run}: queued {result.count} in {result.queue_s:.2f}s during the outage; "
            f"outage {result.outage_s:.1f}s, next regular retry {result.next_regular_retry_s:.1f}s "
            f"away at the API's return; first delivery {result.first_delivery_s:.3f}s; "
            f"drained in {result.drain_s:.2f}s = {result.rate:.0f}/s "
            f"({result.steady_rate:.0f}/s once the first was through)"
        )
        if profile is not None:
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(30)
            print(out.getvalue())

    first = statistics.median(r.first_delivery_s for r in results)
    rate = statistics.median(r.rate for r in results)
    steady = statistics.median(r.steady_rate for r in results)
    queue_rate = statistics.median(r.count / r.queue_s for r in results)
    print(
        f"median of {len(results)} runs: first delivery {first:.3f}s "
        f"(budget {FIRST_DELIVERY_BUDGET_S:.1f}s); drain rate {rate:.0f}/s from the API's "
        f"return (budget >= {DRAIN_RATE_BUDGET:.0f}/s), {steady:.0f}/s once delivering; "
        f"queueing while offline {queue_rate:.0f}/s"
    )
    ok = first <= FIRST_DELIVERY_BUDGET_S and rate >= DRAIN_RATE_BUDGET
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
