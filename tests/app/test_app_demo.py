"""`kiosk --demo` as a user starts it: a real process, its own data folder, a clean stop."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.server.demo import DEMO_TOKEN

STARTUP_DEADLINE_S = 60  # a loaded 2-core machine; the good case takes about a second


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    env.pop("QT_IM_MODULE", None)
    return env


def _wait_for_line(log: Path, needle: str, process: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        if needle in text:
            return text
        if process.poll() is not None:
            raise AssertionError(f"the kiosk exited early with {process.returncode}")
        time.sleep(0.05)  # polling a file another process writes; bounded by the deadline
    raise AssertionError(f"no {needle!r} in the log within {STARTUP_DEADLINE_S} s")


def _kill_if_running(process: subprocess.Popen[bytes]) -> None:
    """After a failure: the kiosk killed and reaped, its pipes closed (not read to their
    end, which a child of the kiosk could hold open)."""
    if process.poll() is None:
        process.kill()
        process.wait(timeout=30)
    for pipe in (process.stdout, process.stderr):
        if pipe is not None:
            pipe.close()


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii")
    except OSError:
        return []
    return [int(child) for child in text.split()]


def _running(pid: int) -> bool:
    """Alive and not a zombie (nobody may reap a child whose parent was killed)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)  # polling /proc; bounded by the deadline
    return condition()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death "
                    "signal is Linux's")
def test_a_killed_kiosk_takes_its_demo_server_along_even_one_still_starting(
    tmp_path: Path,
) -> None:
    """The demo server is held at its start (its database locked by this test, so it
    waits on SQLite up to 10 s); the kiosk is killed meanwhile. The server must go at
    once, not when it is done starting, and with it the last holder of the kiosk's
    output pipes, which a launcher reading them waits on."""
    basedir = tmp_path / "kiosk"
    basedir.mkdir()
    database = basedir / "demo-events.sqlite3"
    # Today's demo already there, so the kiosk itself leaves the file alone.
    (basedir / "demo-events.sqlite3.day").write_text(datetime.now().date().isoformat(),
                                                       encoding="utf-8")
    with closing(sqlite3.connect(database, isolation_level=None)) as lock:
        lock.execute("CREATE TABLE held (n INTEGER)")
        lock.execute("BEGIN EXCLUSIVE")
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk.app", "--demo", "--windowed", "--basedir",
             str(basedir)],
            env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        server: list[int] = []

        def started() -> bool:
            server[:] = _children(process.pid)
            return bool(server)

        try:
            assert _until(started, STARTUP_DEADLINE_S), "the kiosk started no demo server"
            process.kill()
            process.wait(timeout=30)
            assert _until(lambda: not _running(server[0]), 5), \
                "the demo server outlived the killed kiosk"
            process.communicate(timeout=5)  # its pipes: closed now
        finally:
            _kill_if_running(process)
            for pid in server:
                if _running(pid):
                    os.kill(pid, signal.SIGKILL)


def test_kiosk_demo_opens_on_the_demo_events_and_stops_cleanly(tmp_path: Path) -> None:
    basedir = tmp_path / "kiosk"
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.app", "--demo", "--windowed", "--basedir", str(basedir)],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for_line(basedir / "logs" / "kiosk.log", "event list shown: 6 event(s)", process)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        _kill_if_running(process)
    assert process.returncode == 0, stderr.decode(errors="replace")
    assert b"Traceback" not in stderr
    # Its files are where the operator asked, and private.
    for name in ("outbox.sqlite3", "catalog.sqlite3", "demo-events.sqlite3"):
        path = basedir / name
        assert path.exists(), name
        assert path.stat().st_mode & 0o077 == 0, f"{name} is readable by others"
    log = (basedir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert DEMO_TOKEN not in log


def test_kiosk_without_settings_says_what_to_give(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.app", "--basedir", str(tmp_path / "kiosk")],
        env=_env(tmp_path), capture_output=True, timeout=60, check=False,
    )
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "Missing setting(s): --endpoint, --token, --origin." in message
    assert "kiosk --demo" in message
    assert "Traceback" not in message


def test_a_corrupt_outbox_gives_staff_a_notice_not_a_crash_loop(tmp_path: Path) -> None:
    basedir = tmp_path / "kiosk"
    basedir.mkdir()
    (basedir / "outbox.sqlite3").write_bytes(b"not a database, and it must be kept" * 200)
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.app", "--demo", "--windowed", "--basedir", str(basedir)],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for_line(basedir / "logs" / "kiosk.log", "cannot open the outbox", process)
        assert process.poll() is None  # still up, showing the notice
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        _kill_if_running(process)
    assert process.returncode == 0
    assert b"Traceback" not in stderr
    # The damaged file may hold registrations: it is left for staff, untouched.
    assert (basedir / "outbox.sqlite3").read_bytes().startswith(b"not a database")
