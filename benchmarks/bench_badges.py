"""Badge printing's performance budgets (DESIGN.md, "Budgets"), measured on this machine.

Run: ``.venv/bin/python benchmarks/bench_badges.py [--quick] [--only NAME ...] [--json FILE]
[--printer QUEUE]``

One function per measurement, each run in a fresh child process; the table says how much
CPU other processes used meanwhile, because this 2-core machine is shared.

- ``render``: ``render_badge_image`` of the default template on 4 x 3 in paper at 300 dpi,
  the names cycling through a 50-character name, an Arabic, a CJK and an emoji name and a
  plain one. 200 timed runs after 20 warm-up runs. Budget: 50 ms median. The PDF the print
  path renders (``render_badge_pdf``, QPrinter) is timed too, for reference.
- ``print``: through a real CUPS queue (``--printer``, default ``$KIOSK_TEST_PRINTER`` or
  kiosk-badges-pdf from ``.ci/start-cups``): ``BadgePrinter.print_badge`` for a new
  registration each time, from the call on the GUI thread to the ``sent`` signal there
  (print log claim with fsync, ``lpstat``, PDF render, ``lp`` returning the job id). One
  badge at a time, after 3 warm-up badges. Budget: 500 ms median. Meanwhile a 1 ms
  heartbeat timer in the GUI thread measures stalls (the longest gap between beats);
  an idle phase in the same process is the machine's noise. Budget: 16 ms (one frame).
  The PDFs CUPS-PDF writes are deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_gui import SCREEN, Heartbeat, LoadMeter, part_result, print_table, row  # noqa: E402

BUDGETS = {
    "render": 50.0,  # ms, median
    "accepted": 500.0,  # ms, median
    "stall": 16.0,  # ms, longest
}
NAMES = [
    ("Maximiliana-Alexandrina Konstantinopoulou-Vanderbi", "Lee", "Contoso"),
    ("عبد الرحمن", "الهاشمي", "شركة كونتوسو"),
    ("花子", "山田", "株式会社コントソ"),
    ("Zoë 🎉", "Müller", None),
    ("Ada", "Lovelace", "Analytical Engines"),
]


def _badges() -> list[Any]:
    from kiosk.services.badges import BadgeData

    return [
        BadgeData(first_name=first, last_name=last, company=company,
                  event_name="Contoso Summit 2026", date_text="12–14 May 2026",
                  band_label="Speaker", check_in_code="7KQ4M2ZP")
        for first, last, company in NAMES
    ]


def _template() -> Any:
    from kiosk.services.badges import load_template

    return load_template(ROOT / "resources" / "badges", "default")


def run_for(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)


# --------------------------------------------------------------------------- measurements


def render(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from kiosk.services.badges import PAPERS
    from kiosk.ui.badges import render_badge_image, render_badge_pdf

    app = QApplication([sys.argv[0]])
    template, badges, paper = _template(), _badges(), PAPERS["4x3in"]
    warm, runs = (5, 40) if args.quick else (20, 200)
    image_ms: list[float] = []
    for i in range(warm + runs):
        start = time.perf_counter()
        render_badge_image(template, badges[i % len(badges)], paper, 300)
        if i >= warm:
            image_ms.append((time.perf_counter() - start) * 1e3)
    pdf_ms: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench_badges_") as folder:
        for i in range(warm + runs // 2):
            start = time.perf_counter()
            render_badge_pdf(template, badges[i % len(badges)], paper,
                             Path(folder) / "badge.pdf", 300)
            if i >= warm:
                pdf_ms.append((time.perf_counter() - start) * 1e3)
    del app
    return {"rows": [
        row("render_badge_image: default template, 4x3 in, 300 dpi (5 names in turn)",
            image_ms, "ms", BUDGETS["render"]),
        row("  render_badge_pdf (QPrinter PDF, what the print path sends)", pdf_ms, "ms", None),
    ]}


def print_path(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from kiosk.services.badges import FILE_NAME, PAPERS, PrintLog, QueueState, queue_status
    from kiosk.ui.badges import BadgePrinter

    queue = args.printer
    if queue_status(queue).state is not QueueState.IDLE:
        raise RuntimeError(f"print queue {queue} is not idle: run .ci/start-cups")
    app = QApplication([sys.argv[0]])
    template, badges = _template(), _badges()
    warm, runs = (2, 10) if args.quick else (3, 40)
    accepted_ms: list[float] = []
    jobs: list[int] = []
    with tempfile.TemporaryDirectory(prefix="bench_badges_") as folder:
        print_log = PrintLog(Path(folder) / FILE_NAME)
        printer = BadgePrinter(print_log, template, PAPERS["4x3in"], queue)
        sent: list[tuple[float, int]] = []
        printer.sent.connect(lambda _badge, job: sent.append((time.perf_counter(), job)))
        printer.start()
        run_for(3.0)  # the monitor's first answer; the renderer process started, fonts loaded
        heart = Heartbeat()
        heart.start()
        idle_start = time.perf_counter()
        run_for(3.0)
        idle_end = time.perf_counter()
        busy_start = time.perf_counter()
        for i in range(warm + runs):
            before = len(sent)
            start = time.perf_counter()
            printer.print_badge(f"bench-{os.getpid()}-{i}", badges[i % len(badges)])
            deadline = start + 30
            while len(sent) == before and time.perf_counter() < deadline:
                run_for(0.001)
            if len(sent) == before:
                raise RuntimeError("CUPS did not accept a badge within 30 s")
            when, job = sent[-1]
            jobs.append(job)
            if i >= warm:
                accepted_ms.append((when - start) * 1e3)
            run_for(0.05)  # a pause between check-ins, as at a door
        busy_end = time.perf_counter()
        heart.stop()
        printer.stop()
        print_log.close()
    del app
    gaps = heart.gaps()
    idle = [g for end, g in gaps if idle_start <= end <= idle_end]
    busy = [g for end, g in gaps if busy_start <= end <= busy_end]
    _delete_pdfs(jobs)
    return {"rows": [
        row(f"print_badge to job accepted by CUPS ({queue}), one at a time", accepted_ms,
            "ms", BUDGETS["accepted"]),
        row("GUI stall while printing (1 ms heartbeat)", busy, "ms", BUDGETS["stall"],
            judge="max", spread="p99",
            note=f"n = gaps; {sum(g > BUDGETS['stall'] for g in busy)} gaps over budget"),
        row("  idle 3 s, same process, nothing printing (machine noise)", idle, "ms", None,
            judge="max", spread="p99"),
    ]}


def _delete_pdfs(jobs: Sequence[int]) -> None:
    """The PDFs of these jobs, once CUPS-PDF has written them (they hold names)."""
    folder = os.environ.get("KIOSK_TEST_PDF_DIR", "/var/spool/cups-pdf/kiosk-badges")
    pattern = re.compile(r"(?:^|[-_])job_(\d+)(?:[-_.]|$)")
    wanted = set(jobs)
    deadline = time.monotonic() + 60
    while wanted and time.monotonic() < deadline:
        for path in Path(folder).glob("*.pdf"):
            match = pattern.search(path.stem)
            if match and int(match.group(1)) in wanted:
                path.unlink(missing_ok=True)
                wanted.discard(int(match.group(1)))
        time.sleep(0.2)


# --------------------------------------------------------------------------- driver

MEASUREMENTS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "render": render,
    "print": print_path,
}


def run_part(name: str, args: argparse.Namespace, env: dict[str, str]) -> dict[str, Any]:
    command = [sys.executable, __file__, "--part", name, "--printer", args.printer]
    if args.quick:
        command.append("--quick")
    meter = LoadMeter()
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800,
                          check=False)
    return part_result(name, done, started, meter)


def orchestrate(args: argparse.Namespace) -> int:
    wanted = [name for name in MEASUREMENTS if not args.only or name in args.only]
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench_badges_") as tmp:
        screen_file = Path(tmp) / "screen.json"
        screen_file.write_text(json.dumps(SCREEN), encoding="utf-8")
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file}"
        for name in wanted:
            print(f"... {name}", file=sys.stderr, flush=True)
            results[name] = run_part(name, args, env)
    from importlib.metadata import version

    cups = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "cups-daemon"],
                          capture_output=True, text=True, check=False).stdout.strip() or "?"
    print(f"bench_badges {date.today().isoformat()} {'(quick)' if args.quick else ''}; "
          f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}, PySide6 "
          f"{version('PySide6-Essentials')}, CUPS {cups}; QT_QPA_PLATFORM=offscreen; "
          f"load average {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    ok = print_table(results, what_width=72, budget_width=16)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--only", nargs="+", choices=list(MEASUREMENTS),
                        help="run only these measurements")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--printer", default=os.environ.get("KIOSK_TEST_PRINTER",
                                                            "kiosk-badges-pdf"),
                        help="the CUPS queue to print to (default: kiosk-badges-pdf)")
    parser.add_argument("--part", choices=list(MEASUREMENTS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.part:
        result = MEASUREMENTS[args.part](args)
        print(json.dumps(result), flush=True)
        return 0
    return orchestrate(args)


if __name__ == "__main__":
    sys.exit(main())
