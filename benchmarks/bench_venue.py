"""A venue's load on the local events server: 30 kiosks polling, one attendee registering.

What it builds (bounded, loopback only, free ports, kills only its own children):

* a seed with one free event of ``--sessions`` sessions (default 2,000; each with one or
  two of 150 speakers) and one paid event with ``--paid`` registrations (default 20,000),
  made through the API (50 attendees per request, 4 requests in flight);
* the server in its own process (``kiosk.server.runner.start_server``, as ``kiosk-server``);
* ``--kiosks`` simulated kiosks (default 30) in ONE separate process, each the kiosk's own
  ``EventsApiClient`` (keep-alive httpx, its ETag cache and ``If-None-Match``, timeouts,
  retries and parsing) making the calls of ``Catalog.refresh_counts`` every 10 s (starts
  staggered over the first 10 s): the event's registration count, then its sessions;
* one attendee registering in a loop (a new e-mail each time; keep-alive ``httpx`` client,
  ``--attendee-timeout`` 60 s), in this process, for ``--seconds`` (default 40).

It reports, per run, then the median over ``--runs``: registration p50/p99/max, poll p50/p99
(each GET of a kiosk's refresh), the share of 304 answers, the server process's CPU over
the measured window (% of one core, from ``/proc/<pid>/stat``), and client timeouts
(must be 0). Bars (issue 13): registration p99 <= 100 ms and poll p50 <= 20 ms at 2,000
sessions; ``--sessions 5000`` is reported too. Before the kiosks start, 200 paid
registrations are timed alone on the built paid event (bar: p99 <= 20 ms at 100,000
registrations, ``--paid 100000``).

    .venv/bin/python benchmarks/bench_venue.py                      # 2,000 sessions, 1 run
    .venv/bin/python benchmarks/bench_venue.py --sessions 5000 --runs 3
    .venv/bin/python benchmarks/bench_venue.py --trace              # print slow requests

``--trace`` prints every registration slower than 1 s and every poll slower than 2 s with
wall-clock start and end times, so a stall can be lined up with the server's side (e.g.
``py-spy dump --pid`` of the server process, whose pid is printed).
The code measured is whatever ``kiosk`` imports: run with ``PYTHONPATH`` set to another
checkout to measure that one.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import http.client
import json
import multiprocessing
import multiprocessing.connection
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

TOKEN = "venue-bench-token"
ORIGIN = "http://venue.localhost"
AGENDA = "Venue_Agenda"
PAID = "Venue_Paid"
SPEAKERS = 150
POLL_INTERVAL = 10.0
PER_REQUEST = 50  # attendees per registration request while building the paid event
SLOW_REGISTRATION = 1.0
SLOW_POLL = 2.0
PAID_PROBE = 200  # paid registrations timed alone after the paid event is built


def _guid(kind: int, n: int) -> str:
    return f"{kind:08x}-0000-4000-8000-{n:012x}"


def build_seed(sessions: int) -> dict[str, Any]:
    """The seed: a free event with ``sessions`` sessions and 150 speakers, a paid event."""
    start = datetime(2099, 5, 4, 8, 0, tzinfo=UTC)
    speakers = [
        {"id": _guid(1, n), "name": f"Speaker {n}", "title": "Engineer",
         "about": "Talks about venues, kiosks and the people who queue at them."}
        for n in range(SPEAKERS)
    ]
    agenda = []
    for n in range(sessions):
        begins = start + timedelta(minutes=30 * (n % 40))
        speaker_ids = [_guid(1, n % SPEAKERS)]
        if n % 3 == 0:
            speaker_ids.append(_guid(1, (n * 7 + 1) % SPEAKERS))
        agenda.append({
            "id": _guid(2, n), "name": f"Session {n}: scaling a conference, part {n % 7}",
            "sessionSummary": "A talk of the venue benchmark.",
            "startTimeUTC": begins.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "endTimeUTC": (begins + timedelta(minutes=25)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "maxCapacity": 1_000_000, "isCapacityRestricted": True,
            "speakerIds": list(dict.fromkeys(speaker_ids)),
        })
    day = {"startDateUTC": "2099-05-04T08:00:00Z", "endDateUTC": "2099-05-04T18:00:00Z"}
    return {"events": [
        {"readableEventId": AGENDA, "eventName": "Venue agenda", **day,
         "maxCapacity": 10_000_000, "isCapacityRestricted": True,
         "allowAnonymousRegistrations": True, "allowCustomAgenda": True,
         "speakers": speakers, "sessions": agenda},
        {"readableEventId": PAID, "eventName": "Venue paid", **day,
         "maxCapacity": 10_000_000, "isCapacityRestricted": True,
         "allowAnonymousRegistrations": True, "enableMultiAttendeeRegistration": True,
         "passes": [{"passId": _guid(3, 1), "passName": "Standard", "price": 10.0,
                     "currencySymbol": "EUR", "numberOfPassesLeft": 10_000_000,
                     "numberOfPassesSold": 0}]},
    ]}


def _person(run: str, n: int, pass_id: str = "") -> dict[str, Any]:
    return {"firstName": "Venue", "lastName": f"Person {n}", "email": f"{run}.{n}@example.com",
            "passId": pass_id, "waitlisted": False, "autoRegister": False, "responses": [],
            "attendeeSessions": []}


# ------------------------------------------------------------------------------- server

def _serve(db: str, seed: str, options: dict[str, Any],
           conn: multiprocessing.connection.Connection) -> None:
    from kiosk.server.runner import start_server

    server = start_server(Path(db), seed=Path(seed), web_apps=[(TOKEN, ORIGIN)], **options)
    conn.send((server.base_url_v2, os.getpid()))
    conn.recv()  # "stop"
    server.stop()


class Server:
    """The server under test in a spawned child process."""

    def __init__(self, workdir: Path, sessions: int, options: dict[str, Any]) -> None:
        seed = workdir / "seed.json"
        seed.write_text(json.dumps(build_seed(sessions)), encoding="utf-8")
        ctx = multiprocessing.get_context("spawn")
        self._pipe, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(str(workdir / "venue.sqlite3"),
                                                        str(seed), options, child),
                                   daemon=True)
        self.process.start()
        deadline = time.monotonic() + 120
        while not self._pipe.poll(0.2):
            if not self.process.is_alive() or time.monotonic() > deadline:
                self.process.kill()
                raise RuntimeError("the server process did not start")
        self.base_url, self.pid = self._pipe.recv()

    def cpu_seconds(self) -> float:
        """User + system CPU of the server process so far (``/proc/<pid>/stat``)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._pipe.send("stop")
        self.process.join(30)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


class _Light:
    """A keep-alive ``http.client`` connection (cheap on CPU: used to build the paid event)."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self._path = parts.path
        self._conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port,
                                                timeout=60)

    def post(self, path: str, body: Any) -> tuple[int, Any]:
        self._conn.request("POST", f"{self._path}{path}?emApplicationtoken={TOKEN}",
                           body=json.dumps(body).encode(), headers={
                               "Origin": ORIGIN, "Content-Type": "application/json",
                               "Idempotency-Key": str(uuid.uuid4())})
        reply = self._conn.getresponse()
        return reply.status, json.loads(reply.read())

    def close(self) -> None:
        self._conn.close()


def fill_paid_event(base_url: str, total: int, parallel: int = 4) -> float:
    """Register ``total`` attendees at the paid event through the API; the seconds taken."""
    started = time.perf_counter()
    batches = [range(n, min(n + PER_REQUEST, total)) for n in range(0, total, PER_REQUEST)]
    local = threading.local()
    clients: list[_Light] = []
    lock = threading.Lock()

    def send(numbers: range) -> None:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = _Light(base_url)
            with lock:
                clients.append(client)
        body = {"attendees": [_person("paid", n, _guid(3, 1)) for n in numbers]}
        status, answer = client.post(f"events/{PAID}/registrations", body)
        if status != 200 or answer.get("status") == "Failure":
            raise RuntimeError(f"building the paid event failed: {status} {answer}")

    try:
        with concurrent.futures.ThreadPoolExecutor(parallel) as pool:
            for future in [pool.submit(send, batch) for batch in batches]:
                future.result(timeout=600)
    finally:
        for client in clients:
            client.close()
    return time.perf_counter() - started


def paid_latencies(base_url: str, count: int = PAID_PROBE) -> list[float]:
    """``count`` single-attendee paid registrations in a row, alone on the server."""
    client = _Light(base_url)
    run = uuid.uuid4().hex[:8]
    latencies = []
    try:
        for n in range(count):
            body = {"attendees": [_person(run, n, _guid(3, 1))]}
            started = time.perf_counter()
            status, answer = client.post(f"events/{PAID}/registrations", body)
            latencies.append(time.perf_counter() - started)
            if status != 200 or answer.get("status") == "Failure":
                raise RuntimeError(f"a paid registration failed: {status} {answer}")
    finally:
        client.close()
    return latencies


# ------------------------------------------------------------------------------- kiosks

class _TimedTransport(httpx.BaseTransport):
    """httpx's transport, timing each request until its body is read (status -1: timeout)."""

    def __init__(self, index: int, trace: bool) -> None:
        self._inner = httpx.HTTPTransport()
        self._index = index
        self._trace = trace
        self.polls: list[tuple[str, float, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        wall, started = time.time(), time.perf_counter()
        try:
            response = self._inner.handle_request(request)
            response.read()
        except httpx.TimeoutException:
            self.polls.append((path, time.perf_counter() - started, -1))
            if self._trace:
                print(f"  [kiosk {self._index}] timeout {path.rsplit('/', 1)[1]} "
                      f"{_clock(wall)} -> {_clock(time.time())}", flush=True)
            raise
        took = time.perf_counter() - started
        self.polls.append((path, took, response.status_code))
        if self._trace and took > SLOW_POLL:
            print(f"  [kiosk {self._index}] slow {path.rsplit('/', 1)[1]} {took:.2f} s "
                  f"{_clock(wall)} -> {_clock(wall + took)}", flush=True)
        return response

    def close(self) -> None:
        self._inner.close()


def _kiosk(base_url: str, index: int, kiosks: int, until: float, trace: bool,
           out: list[tuple[str, float, int]], lock: threading.Lock) -> None:
    """One kiosk on the agenda event's page: ``Catalog.refresh_counts``'s two calls, made
    with the kiosk's own ``EventsApiClient`` (its ETag cache, timeouts, retries and
    parsing), every 10 s."""
    from kiosk.api.client import EventsApiClient
    from kiosk.api.errors import ApiError

    time.sleep(POLL_INTERVAL * index / kiosks)  # staggered start
    transport = _TimedTransport(index, trace)
    with EventsApiClient(base_url, TOKEN, ORIGIN, transport=transport) as client:
        while time.monotonic() < until:
            tick = time.monotonic()
            try:
                client.event_registration_count(AGENDA)
                client.sessions(AGENDA)
            except ApiError:
                pass  # counted by the transport
            delay = tick + POLL_INTERVAL - time.monotonic()
            if time.monotonic() + max(delay, 0) >= until:
                break
            if delay > 0:
                time.sleep(delay)
    with lock:
        out.extend(transport.polls)


def _kiosks_process(base_url: str, kiosks: int, seconds: float, trace: bool,
                    conn: multiprocessing.connection.Connection) -> None:
    until = time.monotonic() + seconds
    polls: list[tuple[str, float, int]] = []
    lock = threading.Lock()
    threads = [threading.Thread(target=_kiosk, args=(base_url, i, kiosks, until, trace,
                                                     polls, lock), daemon=True)
               for i in range(kiosks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    conn.send(polls)


def _clock(wall: float) -> str:
    return datetime.fromtimestamp(wall, UTC).strftime("%H:%M:%S.%f")[:-3]


# ------------------------------------------------------------------------------- one run

def _percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def one_run(sessions: int, kiosks: int, seconds: float, paid: int, attendee_timeout: float,
            trace: bool, options: dict[str, Any]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-venue-") as tmp:
        server = Server(Path(tmp), sessions, options)
        try:
            print(f"  server pid {server.pid} at {server.base_url}", flush=True)
            build = fill_paid_event(server.base_url, paid) if paid else 0.0
            print(f"  paid event: {paid} registrations in {build:.1f} s", flush=True)
            paid_alone = paid_latencies(server.base_url)
            ctx = multiprocessing.get_context("spawn")
            receiver, sender = ctx.Pipe(duplex=False)
            fleet = ctx.Process(target=_kiosks_process,
                                args=(server.base_url, kiosks, seconds, trace, sender),
                                daemon=True)
            cpu_before, wall_before = server.cpu_seconds(), time.perf_counter()
            fleet.start()
            registrations, timeouts, refused = _attendee(server.base_url, seconds,
                                                         attendee_timeout, trace)
            polls: list[tuple[str, float, int]] = []
            if receiver.poll(seconds + 90):
                polls = receiver.recv()
            cpu = (server.cpu_seconds() - cpu_before) / (time.perf_counter() - wall_before)
            fleet.join(10)
            if fleet.is_alive():
                fleet.kill()
        finally:
            server.stop()
    answered = [took for _, took, status in polls if status > 0]
    poll_timeouts = sum(1 for _, _, status in polls if status < 0)
    not_modified = sum(1 for _, _, status in polls if status == 304)
    sessions_polls = [took for path, took, status in polls
                      if path.endswith("/sessions") and status > 0]
    return {
        "registrations": len(registrations),
        "reg_p50_ms": _percentile(registrations, 0.50) * 1000,
        "reg_p99_ms": _percentile(registrations, 0.99) * 1000,
        "reg_max_ms": max(registrations, default=float("nan")) * 1000,
        "polls": len(polls),
        "poll_p50_ms": _percentile(answered, 0.50) * 1000,
        "poll_p99_ms": _percentile(answered, 0.99) * 1000,
        "sessions_p50_ms": _percentile(sessions_polls, 0.50) * 1000,
        "share_304": not_modified / len(answered) if answered else float("nan"),
        "server_cpu_pct": cpu * 100,
        "timeouts": timeouts + poll_timeouts,
        "refused": refused,
        "build_s": build,
        "paid_p99_ms": _percentile(paid_alone, 0.99) * 1000,
    }


def _attendee(base_url: str, seconds: float, timeout: float,
              trace: bool) -> tuple[list[float], int, int]:
    """One attendee registering in a loop; (latencies, client timeouts, refusals)."""
    run = uuid.uuid4().hex[:8]
    latencies: list[float] = []
    timeouts = refused = 0
    until = time.monotonic() + seconds
    with httpx.Client(base_url=base_url, params={"emApplicationtoken": TOKEN},
                      headers={"Origin": ORIGIN}, timeout=timeout) as client:
        n = 0
        while time.monotonic() < until:
            n += 1
            wall, started = time.time(), time.perf_counter()
            try:
                reply = client.post(f"events/{AGENDA}/registrations",
                                    json={"attendees": [_person(run, n)]},
                                    headers={"Idempotency-Key": str(uuid.uuid4())})
            except httpx.TimeoutException:
                timeouts += 1
                print(f"  attendee: registration {n} got no answer in {timeout:.0f} s "
                      f"({_clock(wall)} -> {_clock(time.time())})", flush=True)
                continue
            took = time.perf_counter() - started
            latencies.append(took)
            if reply.status_code != 200 or reply.json().get("status") != "Success":
                refused += 1
            if trace and took > SLOW_REGISTRATION:
                print(f"  attendee: slow registration {n} {took:.2f} s "
                      f"{_clock(wall)} -> {_clock(wall + took)}", flush=True)
    return latencies, timeouts, refused


# ------------------------------------------------------------------------------- main

_COLUMNS = [
    ("reg_p50_ms", "reg p50 ms", "{:.1f}"), ("reg_p99_ms", "reg p99 ms", "{:.1f}"),
    ("reg_max_ms", "reg max ms", "{:.0f}"), ("registrations", "regs", "{:.0f}"),
    ("poll_p50_ms", "poll p50 ms", "{:.1f}"), ("poll_p99_ms", "poll p99 ms", "{:.1f}"),
    ("sessions_p50_ms", "sessions GET p50 ms", "{:.1f}"), ("share_304", "304 share", "{:.0%}"),
    ("polls", "polls", "{:.0f}"), ("server_cpu_pct", "server CPU %", "{:.0f}"),
    ("timeouts", "client timeouts", "{:.0f}"), ("refused", "refused", "{:.0f}"),
    ("build_s", "paid build s", "{:.1f}"), ("paid_p99_ms", "paid reg p99 ms (alone)", "{:.1f}"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--kiosks", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=40.0,
                        help="measured seconds per run (default 40)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--paid", type=int, default=20_000,
                        help="registrations at the paid event (default 20,000)")
    parser.add_argument("--attendee-timeout", type=float, default=60.0)
    parser.add_argument("--trace", action="store_true", help="print slow requests")
    parser.add_argument("--reads-on-loop", action="store_true",
                        help="start_server(reads_off_loop=False): every request on one loop")
    args = parser.parse_args(argv)
    if not (1 <= args.runs <= 10 and 1 <= args.seconds <= 600 and 0 <= args.kiosks <= 200
            and 1 <= args.sessions <= 20_000 and 0 <= args.paid <= 200_000):
        parser.error("out of bounds: runs 1-10, seconds 1-600, kiosks 0-200, "
                     "sessions 1-20000, paid 0-200000")
    import kiosk

    print(f"kiosk from {Path(kiosk.__file__).parent}; load average {os.getloadavg()}",
          flush=True)
    options = {"reads_off_loop": False} if args.reads_on_loop else {}
    results = []
    for run in range(args.runs):
        print(f"run {run + 1}/{args.runs}: {args.sessions} sessions, {args.kiosks} kiosks, "
              f"{args.seconds:.0f} s", flush=True)
        results.append(one_run(args.sessions, args.kiosks, args.seconds, args.paid,
                               args.attendee_timeout, args.trace, options))
    print()
    print("| run | " + " | ".join(title for _, title, _ in _COLUMNS) + " |")
    print("|---" * (len(_COLUMNS) + 1) + "|")
    rows = [(str(n + 1), r) for n, r in enumerate(results)]
    if len(results) > 1:
        rows.append(("median", {key: statistics.median(r[key] for r in results)
                                for key, _, _ in _COLUMNS}))
    for label, result in rows:
        print(f"| {label} | " + " | ".join(fmt.format(result[key]) for key, _, fmt in _COLUMNS)
              + " |")
    print(f"\n{args.sessions} sessions, {args.kiosks} kiosks, {args.paid} paid registrations; "
          f"load average after: {os.getloadavg()}")
    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    judged = rows[-1][1]  # the median when there are several runs
    print(f"bars ({rows[-1][0] if len(results) > 1 else 'the run'}): registration p99 <= 100 "
          f"ms ({verdict(judged['reg_p99_ms'] <= 100)}), poll p50 <= 20 ms "
          f"({verdict(judged['poll_p50_ms'] <= 20)}), client timeouts 0 in every run "
          f"({verdict(all(r['timeouts'] == 0 for r in results))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
