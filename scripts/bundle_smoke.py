"""Smoke test of the built bundle (``make bundle-check``; CI runs it): standard library only.

    python scripts/bundle_smoke.py dist/kiosk-<version> [--server PATH_TO_kiosk-server]

1. ``kiosk --help`` from the bundle exits 0 (the frozen interpreter and its modules load).
2. ``kiosk --demo`` offscreen paints the event list: the kiosk logs ``event list shown: N
   event(s)`` (kiosk/ui/flows/browse.py) in ``<basedir>/logs/kiosk.log`` once the list has
   its rows; and Qt Virtual Keyboard's QML loads (``keyboard language: ...``). Its demo
   events server runs in a child process of the frozen binary (kiosk/app.py ``_DemoServer``,
   multiprocessing ``spawn`` + ``freeze_support``). Then SIGTERM: the kiosk exits with
   status 0 within 5 s, and no process of its own process group (the demo server,
   multiprocessing helpers) is left 5 s after the signal; no traceback, missing QML module
   or Qt plugin on stderr. Again with ``--mode checkin``: the result sounds load
   (libpulse-simple) and the camera is looked for through QtMultimedia's FFmpeg backend.
3. ``kiosk check`` from the bundle against a local events server (``--server``, default
   ``kiosk-server`` on PATH) lists the demo events with exit status 0, and says in one line
   that the API is unreachable (exit status 1, no traceback) once the server has stopped.

Prints one line per step and ``bundle smoke test passed`` at the end; exits 1 on the
first failure with what went wrong.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

DEMO_TOKEN = "demo-kiosk-token"  # kiosk/server/demo.py: the demo web application
DEMO_ORIGIN = "http://kiosk.localhost"
PAINTED = re.compile(r"event list shown: ([1-9]\d*) event")
STOP_WITHIN_S = 5.0


class SmokeFailure(Exception):
    pass


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def _group_members(pgid: int) -> list[int]:
    """Processes (not zombies) of process group ``pgid``."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, group = fields[0], int(fields[2])
        if group == pgid and state != "Z":
            members.append(int(entry.name))
    return members


def _wait_for(condition: Callable[[], bool], timeout: float, step: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


def check_help(kiosk: Path) -> None:
    result = subprocess.run(
        [str(kiosk), "--help"], env=_env(), capture_output=True, text=True, timeout=120
    )
    if result.returncode != 0 or "usage: kiosk" not in result.stdout:
        raise SmokeFailure(f"kiosk --help: exit {result.returncode}\n{result.stderr[-2000:]}")
    print("ok: kiosk --help")


# What each run must log (in <basedir>/logs/kiosk.log) before it is stopped: the list painted,
# Qt Virtual Keyboard's QML modules loaded (kiosk/ui/keyboard.py limits its languages through
# them) and, at the door, the result sounds (libpulse-simple, the system's) and the camera's
# QtMultimedia with its FFmpeg backend (no camera here: "no camera found" is only said once
# QMediaDevices has answered; a missing backend is on stderr, see BROKEN).
MARKERS = {
    "both": [("the event list painted", PAINTED),
             ("the keyboard's QML loaded", re.compile(r"keyboard language: \w+"))],
    "checkin": [("the event list painted", PAINTED),
                ("the keyboard's QML loaded", re.compile(r"keyboard language: \w+")),
                ("the result sounds on", re.compile(r"result sounds on")),
                ("the camera looked for", re.compile(r"camera: |no camera found"))],
}
# What must not be on stderr: a traceback, a missing QML module or Qt plugin.
BROKEN = re.compile(r"Traceback|is not installed|No QtMultimedia backends found|"
                    r"Could not load the Qt platform plugin|cannot load: ")


def check_demo(kiosk: Path, work: Path, mode: str) -> None:
    basedir = work / f"demo-{mode}"
    log = basedir / "logs" / "kiosk.log"
    stderr_path = work / f"demo-{mode}-stderr.txt"
    markers = MARKERS[mode]
    with stderr_path.open("wb") as stderr:
        started = time.monotonic()
        proc = subprocess.Popen(
            [str(kiosk), "--demo", "--mode", mode, "--basedir", str(basedir)],
            env=_env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
            start_new_session=True,  # its own process group: its children are findable
        )
        try:
            found: dict[str, str] = {}

            def all_logged() -> bool:
                if proc.poll() is not None:
                    return True
                try:
                    text = log.read_text(errors="replace")
                except OSError:
                    return False
                for what, pattern in markers:
                    match = pattern.search(text)
                    if match and what not in found:
                        found[what] = f"{time.monotonic() - started:.1f} s"
                        if pattern is PAINTED:
                            found["events"] = match.group(1)
                return all(what in found for what, _ in markers)

            _wait_for(all_logged, 120)
            missing = [what for what, _ in markers if what not in found]
            if missing:
                raise SmokeFailure(
                    f"kiosk --demo --mode {mode}: not logged within 120 s: "
                    f"{', '.join(missing)} (exit status {proc.poll()})\n"
                    f"{_tail(stderr_path)}\n{_tail(log)}"
                )
            print(f"ok: kiosk --demo --mode {mode}: " + ", ".join(
                f"{what} ({found[what]})" for what, _ in markers
            ) + f"; {found['events']} events")
            children = [pid for pid in _group_members(proc.pid) if pid != proc.pid]
            if not children:
                raise SmokeFailure("kiosk --demo: no demo server child process found")
            signalled = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            try:
                code = proc.wait(STOP_WITHIN_S)
            except subprocess.TimeoutExpired:
                raise SmokeFailure(
                    f"kiosk --demo still running {STOP_WITHIN_S:.0f} s after SIGTERM"
                ) from None
            took = time.monotonic() - signalled
            if code != 0:
                raise SmokeFailure(f"kiosk --demo exited with status {code} on SIGTERM\n"
                                   f"{_tail(stderr_path)}")
            left = STOP_WITHIN_S - took
            if not _wait_for(lambda: not _group_members(proc.pid), max(left, 0.0)):
                raise SmokeFailure(
                    f"processes left {STOP_WITHIN_S:.0f} s after SIGTERM: "
                    f"{_describe(_group_members(proc.pid))}"
                )
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for pid in _group_members(proc.pid):
                os.kill(pid, signal.SIGKILL)
    broken = BROKEN.search(stderr_path.read_text(errors="replace"))
    if broken:
        raise SmokeFailure(f"kiosk --demo --mode {mode} wrote {broken.group(0)!r}:\n"
                           f"{_tail(stderr_path)}")
    print(f"ok: SIGTERM: exit status 0 in {took:.2f} s; its {len(children)} child "
          "process(es) (the demo server, multiprocessing's resource tracker) gone too")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _check(kiosk: Path, endpoint: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(kiosk), "check", "--endpoint", endpoint, "--token", DEMO_TOKEN,
         "--origin", DEMO_ORIGIN, "--connect-timeout", "3", "--read-timeout", "10"],
        env=_env(), capture_output=True, text=True, timeout=120,
    )


def check_api(kiosk: Path, server: str, work: Path) -> None:
    port = _free_port()
    endpoint = f"http://127.0.0.1:{port}/EvtMgmt/api/v2.0/"
    server_log = work / "server.log"
    with server_log.open("wb") as out:
        proc = subprocess.Popen(
            [server, "--demo", "--port", str(port), "--db", str(work / "events.sqlite3")],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
        )
        try:
            if not _wait_for(lambda: proc.poll() is not None or _listening(port), 60):
                raise SmokeFailure(f"the local server did not listen within 60 s\n"
                                   f"{_tail(server_log)}")
            if proc.poll() is not None:
                raise SmokeFailure(f"the local server exited\n{_tail(server_log)}")
            result = _check(kiosk, endpoint)
            events = re.search(r"(\d+) published event", result.stdout)
            if result.returncode != 0 or not events or int(events.group(1)) == 0:
                raise SmokeFailure(f"kiosk check: exit {result.returncode}\n{result.stdout}\n"
                                   f"{result.stderr[-2000:]}")
            print(f"ok: kiosk check against {endpoint}: {events.group(1)} published events")
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    result = _check(kiosk, endpoint)
    if result.returncode != 1 or "unreachable" not in result.stderr \
            or "Traceback" in result.stderr:
        raise SmokeFailure(f"kiosk check with the server stopped: exit {result.returncode}\n"
                           f"{result.stderr[-2000:]}")
    print("ok: kiosk check with the server stopped: exit 1, 'unreachable', no traceback")


def _start_once(command: list[str], basedir: Path) -> float:
    """Seconds from spawning ``command --demo --basedir BASEDIR`` (offscreen) to the event
    list shown (the log line's own millisecond timestamp); then SIGTERM."""
    log = basedir / "logs" / "kiosk.log"
    offset = log.stat().st_size if log.exists() else 0
    spawned = time.time()
    proc = subprocess.Popen(
        [*command, "--demo", "--basedir", str(basedir)], env=_env(),
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        line: list[str] = []

        def shown() -> bool:
            try:
                with log.open(errors="replace") as text:
                    text.seek(offset)
                    line.extend(row for row in text if PAINTED.search(row))
            except OSError:
                return False
            return bool(line) or proc.poll() is not None

        _wait_for(shown, 120, step=0.05)
        if not line:
            raise SmokeFailure(f"{command[0]} --demo: no event list within 120 s")
        stamp = datetime.strptime(line[0][:23], "%Y-%m-%d %H:%M:%S,%f").timestamp()
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        return stamp - spawned
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in _group_members(proc.pid):
            os.kill(pid, signal.SIGKILL)


def measure_startup(commands: dict[str, list[str]], runs: int, work: Path) -> None:
    """Start-up to the event list shown, ``--demo`` offscreen, each command in turn (so
    that the machine's load falls on both alike): cold (a new data folder: the demo
    database and the catalog cache are made) and warm (the same folder again)."""
    times: dict[tuple[str, str], list[float]] = {}
    for run in range(runs):
        for name, command in commands.items():
            basedir = work / f"start-{name}-{run}"
            times.setdefault((name, "cold"), []).append(_start_once(command, basedir))
            times.setdefault((name, "warm"), []).append(_start_once(command, basedir))
    with open("/proc/loadavg", encoding="ascii") as loadavg:
        load = " ".join(loadavg.read().split()[:3])
    for (name, kind), values in times.items():
        print(f"start-up {name} {kind}: median {statistics.median(values):.2f} s over {runs} "
              f"(min {min(values):.2f}, max {max(values):.2f}); load average {load}")


def _tail(path: Path, chars: int = 3000) -> str:
    try:
        return path.read_text(errors="replace")[-chars:]
    except OSError:
        return f"({path} missing)"


def _describe(pids: list[int]) -> str:
    names = []
    for pid in pids:
        try:
            names.append(f"{pid} {Path(f'/proc/{pid}/cmdline').read_bytes()[:80]!r}")
        except OSError:
            names.append(str(pid))
    return ", ".join(names)


def _size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/kiosk-<version>)")
    parser.add_argument("--server", default="kiosk-server",
                        help="the local events server command (default: kiosk-server)")
    parser.add_argument("--startup", type=int, metavar="RUNS",
                        help="instead of the smoke test: time RUNS cold and warm starts of the "
                        "bundle (and of --compare) to the event list shown")
    parser.add_argument("--compare", metavar="KIOSK",
                        help="with --startup: another kiosk command to time alike, e.g. "
                        ".venv/bin/kiosk")
    args = parser.parse_args(argv)
    kiosk = args.bundle / "kiosk"
    if not kiosk.is_file():
        print(f"bundle smoke test FAILED: no {kiosk}; run make bundle", file=sys.stderr)
        return 1
    server = shutil.which(args.server) or args.server
    print(f"bundle: {args.bundle} ({_size_mb(args.bundle):.0f} MB)")
    with tempfile.TemporaryDirectory(prefix="kiosk-bundle-smoke-") as tmp:
        work = Path(tmp)
        if args.startup:
            commands = {"bundle": [str(kiosk)]}
            if args.compare:
                commands["compare"] = [args.compare]
            measure_startup(commands, args.startup, work)
            return 0
        try:
            check_help(kiosk)
            check_demo(kiosk, work, "both")
            check_demo(kiosk, work, "checkin")
            check_api(kiosk, server, work)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"bundle smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
