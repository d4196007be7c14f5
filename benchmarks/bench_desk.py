"""A walk-in registered at the staff desk, timed and counted: ``python benchmarks/bench_desk.py``.

It starts Xvfb (display ``--display``, default :71) with openbox, then the real kiosk there
(``kiosk --demo --mode desk``, full screen, its own data folder and a settings file with a
staff PIN and the demo meetup as the desk's event). Setup, not measured: the PIN typed at
the lock. Then, for each walk-in, ``xdotool`` types as a trained person at 40 words per
minute (5 characters a word: 200 characters a minute, 300 ms a key): the first name, Tab,
the last name, Tab, the e-mail, Tab past the optional "Company", Tab to the consent, Space
to tick it, Enter. The time runs from just before the first key to the kiosk's log line
for that registration's answer (``desk registration <id>: delivered``, logged in the same
GUI-thread call that writes "... is registered for ..." on the desk). Keys besides typing,
Tab and Enter are counted (here: the Space on the consent box).

The bar (issue 14): at most 20 s and at most 1 key besides typing, Tab and Enter.
Prints one JSON line per walk-in and the medians; quote ``uptime``'s load with them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kiosk.server.demo import MEETUP
from kiosk.ui.pin import hash_pin

PIN = "2468"
KEY_DELAY_MS = 300  # 40 wpm x 5 characters = 200 characters a minute
# xdotool's --delay is not the time between characters: measured here,
# ``--delay 300`` types a character every 150 ms: twice the delay gives 300 ms a key
# (each run reports the pace it measured, ``ms_per_char``).
XDOTOOL_DELAY_MS = 2 * KEY_DELAY_MS
PEOPLE = [
    ("Ada", "Lovelace"), ("Grace", "Hopper"), ("Alan", "Turing"), ("Barbara", "Liskov"),
    ("Edsger", "Dijkstra"), ("Katherine", "Johnson"), ("Donald", "Knuth"),
]


def xdotool(env: dict[str, str], *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=120)


def wait_for_log(log: Path, needle: str, since: int, timeout_s: float) -> tuple[float, str]:
    """(the moment ``needle`` appeared in the log after byte ``since``, its line)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if log.exists():
            with log.open("rb") as handle:
                handle.seek(since)
                for raw in handle.read().decode("utf-8", "replace").splitlines():
                    if needle in raw:
                        return time.monotonic(), raw
        time.sleep(0.02)
    raise SystemExit(f"timed out waiting for {needle!r} in {log}")


def log_size(log: Path) -> int:
    return log.stat().st_size if log.exists() else 0


def run(display: str, runs: int, size: str, folder: Path) -> list[dict[str, Any]]:
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=(folder / "xvfb.log").open("wb"),
    )
    # A desk has a hardware keyboard: no on-screen keyboard (QT_IM_MODULE left empty;
    # BENCH_DESK_IM=qtvirtualkeyboard runs it with the kiosk's on-screen keyboard).
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8",
               QT_IM_MODULE=os.environ.get("BENCH_DESK_IM", ""))
    processes: list[subprocess.Popen[bytes]] = [xvfb]
    try:
        for _ in range(100):
            if subprocess.run(["xdotool", "getmouselocation"], env=env, capture_output=True,
                              check=False).returncode == 0:
                break
            time.sleep(0.05)
        if shutil.which("openbox"):
            processes.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                              stderr=subprocess.DEVNULL))
        settings = folder / "kiosk.toml"
        settings.write_text(
            f'[screen]\nmode = "desk"\nevent = "{MEETUP}"\nlanguage = "en"\n'
            f'staff_pin_hash = "{hash_pin(PIN)}"\n', encoding="utf-8")
        data = folder / "data"
        log = data / "logs" / "kiosk.log"
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--config", str(settings), "--basedir", str(data),
             "--demo"],
            env=env, stdout=(folder / "kiosk.out").open("wb"), stderr=subprocess.STDOUT,
        )
        processes.append(kiosk)
        # Setup: the PIN at the lock (the kiosk starts at the desk, locked).
        wait_for_log(log, f"desk ready for event {MEETUP}", 0, 90)
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Events$"],
            env=env, capture_output=True, text=True, timeout=60, check=True)
        window = found.stdout.split()[0]
        for _ in range(3):  # the window may take the focus a moment after it maps
            subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env,
                           capture_output=True, timeout=10, check=False)
            mark = log_size(log)
            xdotool(env, "key", "--delay", "20", *["BackSpace"] * 12)
            xdotool(env, "type", "--delay", "50", PIN)
            xdotool(env, "key", "Return")
            try:
                wait_for_log(log, "desk unlocked", mark, 8)
                break
            except SystemExit:
                continue
        else:
            raise SystemExit("the desk did not unlock")
        time.sleep(0.5)
        results = []
        for n in range(runs):
            first, last = PEOPLE[n % len(PEOPLE)]
            email = f"{first.lower()}.{last.lower()}{n}@example.org"
            typed = 0
            counted = {"tab": 0, "enter": 0, "other": 0}
            mark = log_size(log)
            begin = time.monotonic()
            typing = 0.0
            for words, after in ((first, "Tab"), (last, "Tab"), (email, "Tab")):
                before = time.monotonic()
                xdotool(env, "type", "--delay", str(XDOTOOL_DELAY_MS), words)
                typing += time.monotonic() - before
                typed += len(words)
                time.sleep(KEY_DELAY_MS / 1000)
                xdotool(env, "key", after)
                counted["tab"] += 1
            time.sleep(KEY_DELAY_MS / 1000)
            xdotool(env, "key", "Tab")  # past the optional "Company"
            counted["tab"] += 1
            time.sleep(KEY_DELAY_MS / 1000)
            xdotool(env, "key", "space")  # ticks the consent box
            counted["other"] += 1
            time.sleep(KEY_DELAY_MS / 1000)
            entered = time.monotonic()
            xdotool(env, "key", "Return")
            counted["enter"] += 1
            answered, line = wait_for_log(log, "desk registration ", mark, 60)
            results.append({
                "walk_in": n + 1, "seconds": round(answered - begin, 2),
                "after_enter_s": round(answered - entered, 3),
                "typed_chars": typed, "ms_per_char": round(typing * 1000 / typed),
                "tabs": counted["tab"], "enters": counted["enter"],
                "other_keys": counted["other"], "outcome": line.rsplit(": ", 1)[-1].strip(),
            })
            print(json.dumps(results[-1]), flush=True)
            time.sleep(1.0)  # the next person steps up
        return results
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in reversed(processes):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=":71")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--keep", type=Path, help="keep the kiosk's folder (logs) here")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (apt-get install xvfb xdotool openbox)")
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = run(args.display, args.runs, args.size, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-desk-") as scratch:
            results = run(args.display, args.runs, args.size, Path(scratch))
    seconds = statistics.median(r["seconds"] for r in results)
    other = max(r["other_keys"] for r in results)
    delivered = sum(r["outcome"] == "delivered" for r in results)
    print(json.dumps({
        "median_seconds": seconds,
        "median_after_enter_s": statistics.median(r["after_enter_s"] for r in results),
        "max_other_keys": other, "runs": len(results),
        "delivered": delivered, "key_delay_ms": KEY_DELAY_MS,
        "bar_met": seconds <= 20 and other <= 1 and delivered == len(results),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
