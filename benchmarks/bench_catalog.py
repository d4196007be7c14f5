"""Kiosk requests per events-list refresh (issue 13, item 5): requests, 304 share, seconds,
and the client's memory for its ETag cache, at 10 / 100 / 1,000 / 5,000 published events.

One local server (a child process, seeded with the seed loader) and one kiosk client in
this process, over loopback, counted by a transport wrapped around httpx's real one.
Each configuration runs in its own Python process, so ``--before-tree`` can put the code
of an earlier commit first on the import path (client, catalog and server alike):

    git archive HEAD kiosk | tar -x -C /tmp/kiosk_before       # the code before the change
    .venv/bin/python benchmarks/bench_catalog.py --before-tree /tmp/kiosk_before
    .venv/bin/python benchmarks/bench_catalog.py --sizes 10,100 --refreshes 3   # quicker

Modes (a steady refresh, after one warm-up refresh; nothing changes in between):
    before         the earlier code: Catalog.refresh_events() asks every event's count and
                   passes (2N+1 requests), 256-entry ETag cache, counts never revalidated
    dynamics       a Dynamics tenant (the published-list extension stripped by the
                   transport): counts and passes only for the cards on screen and the next
                   screenful (VISIBLE of them at 1920x1080)
    dynamics-all   the same after the attendee scrolled through every card: every card's
                   count and passes are asked (the cache must hold 2N+1 answers)
    extension      the local server's list carries registrationCount and hasPasses
    gui, gui-before  (not run by default) the GUI thread's cost of showing a list refresh
                   on the events screen, offscreen: ``--modes gui-before,gui``

Memory: tracemalloc of what the client's ETag cache alone keeps alive: a fresh client and
catalog traced through a first and a steady refresh, then the cache cleared; what that
frees is the cache's own cost (what the catalog shares with it is not counted).
Figures are noisy on a shared machine: quote medians with ``uptime``'s load.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import multiprocessing.connection
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

TOKEN = "bench-catalog-token"
ORIGIN = "http://bench-catalog.localhost"
EXTENSION = ("registrationCount", "hasPasses")
VISIBLE = 12  # 6 cards on a 1920x1080 screen and the next screenful
MODES = ("before", "dynamics", "dynamics-all", "extension")
GUI_MODES = ("gui-before", "gui")  # --modes gui-before,gui: the events screen's cost


def _seed(path: Path, count: int) -> None:
    def event(n: int) -> dict[str, Any]:
        item: dict[str, Any] = {
            "readableEventId": f"Bench_{n:05d}",
            "eventName": f"Bench event {n}",
            "description": "A day of talks and labs. " * 4,
            "startDateUTC": f"2099-{1 + n % 12:02d}-{1 + n % 28:02d}T{8 + n % 10:02d}:00:00Z",
            "endDateUTC": f"2099-{1 + n % 12:02d}-{1 + n % 28:02d}T20:00:00Z",
            "maxCapacity": 200,
            "isCapacityRestricted": True,
            "allowAnonymousRegistrations": True,
        }
        if n % 5 == 0:
            item["passes"] = [{
                "passId": f"00000000-0000-4000-8000-{n:012d}", "passName": "Day",
                "price": 10.0, "currencySymbol": "€", "numberOfPassesLeft": 50,
            }]
        return item

    path.write_text(json.dumps({"events": [event(n) for n in range(count)]}), encoding="utf-8")


def _serve_in_child(db: str, seed: str, conn: multiprocessing.connection.Connection) -> None:
    from kiosk.server.runner import start_server

    server = start_server(Path(db), seed=Path(seed), web_apps=[(TOKEN, ORIGIN)])
    conn.send(server.base_url_v2)
    conn.recv()  # wait for "stop"
    server.stop()


class Counting(httpx.BaseTransport):
    """httpx's real transport, counting answers by status; ``strip`` plays Dynamics."""

    def __init__(self, *, strip: bool) -> None:
        self._real = httpx.HTTPTransport()
        self.strip = strip
        self.statuses: Counter[int] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._real.handle_request(request)
        self.statuses[response.status_code] += 1
        if self.strip and response.status_code == 200 and request.url.path.endswith(
            "/events/published"
        ):
            items = json.loads(response.read())
            for item in items:
                for key in EXTENSION:
                    item.pop(key, None)
            headers = [(k, v) for k, v in response.headers.items()
                       if k.lower() not in ("content-length", "content-encoding")]
            return httpx.Response(200, headers=headers, content=json.dumps(items).encode())
        return response

    def close(self) -> None:
        self._real.close()


def run_one(events: int, mode: str, refreshes: int) -> dict[str, Any]:
    """One configuration, in this process: the figures as a dict."""
    from kiosk.api.client import EventsApiClient
    from kiosk.services.catalog import Catalog

    workdir = Path(tempfile.mkdtemp(prefix="bench_catalog_"))
    seed = workdir / "seed.json"
    _seed(seed, events)
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(
        target=_serve_in_child, args=(str(workdir / "events.sqlite3"), str(seed), child)
    )
    process.start()
    try:
        if not parent.poll(300):
            raise RuntimeError("the server process did not start")
        base_url = parent.recv()
        transport = Counting(strip=mode.startswith("dynamics"))
        client = EventsApiClient(base_url, TOKEN, ORIGIN, transport=transport, read_timeout=120)
        catalog = Catalog(client)

        def refresh() -> Any:
            if mode == "before":
                return catalog.refresh_events()
            if mode == "dynamics-all":
                return catalog.refresh_events(visible=everything)
            return catalog.refresh_events(visible=shown)

        everything: list[str] = []
        shown: list[str] = []
        first = catalog.refresh_events()  # warm-up: the connection, the first 200s
        everything = [s.readable_id for s in first.events]
        shown = everything[:VISIBLE]
        refresh()  # the cards on screen now held too
        seconds: list[float] = []
        per_refresh: list[int] = []
        hits: list[int] = []
        for _ in range(refreshes):
            transport.statuses.clear()
            started = time.perf_counter()
            refresh()
            seconds.append(time.perf_counter() - started)
            per_refresh.append(sum(transport.statuses.values()))
            hits.append(transport.statuses[304])

        client.close()

        # What the cache alone keeps alive: a fresh kiosk traced from its start through a
        # first and a steady refresh, then its cache cleared (what the catalog shares
        # with it stays; what only the cache holds is freed).
        gc.collect()
        tracemalloc.start()
        transport = Counting(strip=mode.startswith("dynamics"))
        client = EventsApiClient(base_url, TOKEN, ORIGIN, transport=transport, read_timeout=120)
        catalog = Catalog(client)
        catalog.refresh_events()
        refresh()
        gc.collect()
        full = tracemalloc.get_traced_memory()[0]
        entries = len(client._etags)
        client._etags.clear()
        gc.collect()
        cleared = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        client.close()
        return {
            "events": events,
            "mode": mode,
            "requests": statistics.median(per_refresh),
            "share_304": statistics.median(h / max(r, 1) for h, r in zip(hits, per_refresh,
                                                                         strict=True)),
            "seconds_median": statistics.median(seconds),
            "seconds_all": [round(s, 4) for s in seconds],
            "cache_entries": entries,
            "cache_kib": round((full - cleared) / 1024, 1),
            "code": str(Path(sys.modules["kiosk"].__file__ or "").parent),
        }
    finally:
        parent.send("stop")
        process.join(60)
        if process.is_alive():
            process.kill()


def run_gui(events: int, refreshes: int) -> dict[str, Any]:
    """GUI-thread cost of showing a list refresh on the events screen (offscreen, 1920x1080):
    the same answer again (a 304: the client hands out the same models) and a 200 in which
    one event's count changed (every event parsed anew). The client here is a stand-in that
    hands out parsed lists, so only the catalog's and the screen's work is timed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QApplication

    from kiosk.api import models
    from kiosk.services.catalog import Catalog
    from kiosk.ui.screens.events import EventsScreen
    from kiosk.ui.setup import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)  # type: ignore[arg-type]
    now = datetime.now(UTC)
    model = getattr(models, "PublishedEvent", models.Event)

    class Answers:
        def __init__(self) -> None:
            self.bump = 0
            self.same = False
            self.last: list[Any] = []

        def published_events(self) -> list[Any]:
            if not (self.same and self.last):
                self.last = [model.model_validate({
                    "readableEventId": f"E{n:05d}", "eventName": f"Event {n}",
                    "startDateUTC": (now + timedelta(hours=n)).isoformat(),
                    "endDateUTC": (now + timedelta(hours=n + 2)).isoformat(),
                    "maxCapacity": 50, "isCapacityRestricted": True, "hasPasses": False,
                    "registrationCount": (n + (self.bump if n == 3 else 0)) % 50,
                }) for n in range(events)]
            return list(self.last)

        def event_registration_count(self, readable_id: str) -> int:
            return 3

        def passes(self, readable_id: str) -> list[Any]:
            return []

    answers = Answers()
    catalog = Catalog(answers)  # type: ignore[arg-type]
    screen = EventsScreen()
    screen.resize(1920, 1080)
    screen.show()
    screen.show_snapshot(catalog.refresh_events(), now)
    app.processEvents()
    timed: dict[str, list[float]] = {"same": [], "one_changed": []}
    for _ in range(refreshes):
        for kind in timed:
            answers.same = kind == "same"
            answers.bump += kind == "one_changed"
            snapshot = catalog.refresh_events()
            started = time.perf_counter()
            screen.show_snapshot(snapshot, now)
            app.processEvents()
            timed[kind].append(time.perf_counter() - started)
    screen.close()
    return {
        "events": events, "mode": "gui",
        "gui_ms_same": round(1000 * statistics.median(timed["same"]), 1),
        "gui_ms_one_changed": round(1000 * statistics.median(timed["one_changed"]), 1),
        "code": str(Path(sys.modules["kiosk"].__file__ or "").parent),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,100,1000,5000")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--refreshes", type=int, default=5, help="timed refreshes per run")
    parser.add_argument("--before-tree", type=Path, default=None,
                        help="a folder holding the earlier kiosk package (mode 'before')")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="one JSON line per run")
    args = parser.parse_args()
    if args.one:
        (size,), (mode,) = args.sizes.split(","), args.modes.split(",")
        if mode in ("gui", "gui-before"):
            print(json.dumps(run_gui(int(size), args.refreshes)))
        else:
            print(json.dumps(run_one(int(size), mode, args.refreshes)))
        return

    repo = Path(__file__).resolve().parents[1]
    print(f"load average: {os.getloadavg()}", flush=True)
    print(f"{'events':>6} {'mode':<13} {'requests':>8} {'304 %':>6} {'s/refresh':>10} "
          f"{'cache entries':>13} {'cache KiB':>9}", flush=True)
    for size in (int(s) for s in args.sizes.split(",")):
        for mode in args.modes.split(","):
            tree = repo
            if mode in ("before", "gui-before"):
                if args.before_tree is None:
                    continue
                tree = args.before_tree.resolve()
            # The earlier code before the venv's site-packages and this checkout.
            env = dict(os.environ, PYTHONPATH=str(tree))
            slow = mode in ("before", "dynamics-all") and size >= 5000  # 10,001 requests each
            refreshes = 2 if slow else args.refreshes
            done = subprocess.run(
                [sys.executable, __file__, "--one", "--sizes", str(size), "--modes", mode,
                 "--refreshes", str(refreshes)],
                env=env, cwd=tree, capture_output=True, text=True, timeout=1800, check=False,
            )
            if done.returncode != 0:
                print(f"{size:>6} {mode:<13} failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            if args.json:
                print(json.dumps(row), flush=True)
            elif mode.startswith("gui"):
                print(f"{size:>6} {mode:<13} GUI thread per list refresh: unchanged "
                      f"{row['gui_ms_same']} ms, one event changed {row['gui_ms_one_changed']} ms",
                      flush=True)
            else:
                print(f"{size:>6} {mode:<13} {row['requests']:>8.0f} "
                      f"{100 * row['share_304']:>5.0f}% {row['seconds_median']:>10.4f} "
                      f"{row['cache_entries']:>13} {row['cache_kib']:>9}", flush=True)
    print(f"load average: {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
