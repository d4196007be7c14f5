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
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
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
from kiosk.server.runner import RunningServer, start_server  # noqa: E402
from kiosk.services.catalog import Catalog  # noqa: E402
from kiosk.services.drainer import OutboxDrainer, api_probe  # noqa: E402
from kiosk.services.outbox import Outbox, Submission, SubmissionState  # noqa: E402
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

    def send(self, submission: Submission) -> SubmissionOutcome:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--profile", action="store_true", help="profile the drain of one run")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)

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
