"""What a screen reader is told about every attendee screen, read by a real AT-SPI client.

The test starts Xvfb (a free display number, chosen by Xvfb itself), a private D-Bus
session bus, the AT-SPI bus (``at-spi-bus-launcher``) on it, and runs
``accessibility_driver.py`` with ``QT_QPA_PLATFORM=xcb`` and
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``: the kiosk full screen, screen after screen, each
read through the bus by ``atspi_walk.py`` under Debian's ``/usr/bin/python3`` (pyatspi),
as Orca would read it. It fails on every control without a name (screen, role, path),
on a walk that saw too little to prove anything (a broken bus), on an event page that
reads the Register button before the agenda, and on a form error, check-in result or
"Still there?" that reaches assistive technology without an announcement.

Without Xvfb, the D-Bus daemon, the AT-SPI bus launcher or pyatspi for /usr/bin/python3 it
is skipped on a developer's machine, saying how to install them
(``.ci/install-display-deps``), and fails in CI (``CI`` set).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from test_virtual_keyboard import NOT_INHERITED, require_xvfb, running_xvfb

DRIVER = Path(__file__).with_name("accessibility_driver.py")
REPO = Path(__file__).resolve().parents[2]
CLIENT_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
HOW_TO_INSTALL = (
    "Install the display test dependencies as root with `.ci/install-display-deps` "
    "(Xvfb, dbus, at-spi2-core and python3-pyatspi for the AT-SPI client), "
    "or set KIOSK_SKIP_DISPLAY_TESTS=1 to skip the display tests."
)


def missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what}. {HOW_TO_INSTALL}", pytrace=False)
    pytest.skip(f"{what}. {HOW_TO_INSTALL}")


def require_atspi() -> str:
    """The dbus-daemon executable, once the AT-SPI bus launcher and pyatspi are there."""
    dbus_daemon = shutil.which("dbus-daemon")
    if dbus_daemon is None:
        missing("dbus-daemon is not installed")
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing(f"{BUS_LAUNCHER} (at-spi2-core) is not installed")
    probe = subprocess.run([CLIENT_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False) if os.access(CLIENT_PYTHON, os.X_OK) else None
    if probe is None or probe.returncode != 0:
        missing(f"pyatspi is not importable by {CLIENT_PYTHON} (python3-pyatspi)")
    assert dbus_daemon is not None
    return dbus_daemon


@contextmanager
def running_session_bus(dbus_daemon: str, display: str, log: Path) -> Iterator[dict[str, str]]:
    """A private session bus and the AT-SPI bus on it: the environment to reach them."""
    log_file = log.open("wb")
    bus = subprocess.Popen(
        [dbus_daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=log_file, stdin=subprocess.DEVNULL,
    )
    launcher: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            pytest.fail(f"dbus-daemon did not start: {log.read_text(errors='replace')}",
                        pytrace=False)
        env = {"DBUS_SESSION_BUS_ADDRESS": address, "DISPLAY": display}
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"], env=os.environ | env,
            stdout=log_file, stderr=log_file, stdin=subprocess.DEVNULL,
        )
        yield env
    finally:
        for process in (launcher, bus):
            if process is None:
                continue
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if bus.stdout is not None:
            bus.stdout.close()
        log_file.close()


def run_driver(env: dict[str, str], out_dir: Path) -> dict[str, Any]:
    full = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    full.pop("QT_VIRTUALKEYBOARD_STYLE", None)
    full.update(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                QT_ACCESSIBILITY="1", ATSPI_PYTHON=CLIENT_PYTHON)
    completed = subprocess.run(
        [sys.executable, str(DRIVER), str(out_dir)],
        env=full, cwd=REPO, capture_output=True, text=True, timeout=180, check=False,
    )
    (out_dir / "driver-stderr.txt").write_text(completed.stderr)
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        pytest.fail(f"{DRIVER.name} failed (exit {completed.returncode}).\n"
                    f"stderr:\n{completed.stderr[-3000:]}\n{HOW_TO_INSTALL}", pytrace=False)
    (out_dir / "result.json").write_text(lines[-1])
    result: dict[str, Any] = json.loads(lines[-1])
    if not result["ok"]:
        pytest.fail(f"{result['error']}\nScreenshot: {out_dir / 'timeout.png'}\n"
                    f"stderr:\n{completed.stderr[-2000:]}", pytrace=False)
    return result


def test_without_the_atspi_client_the_test_says_how_to_install_and_fails_in_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no dbus-daemon on it
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"install-display-deps"):
        require_atspi()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match=r"python3-pyatspi"):
        require_atspi()


@pytest.mark.display
def test_a_screen_reader_finds_a_name_for_every_control_on_every_attendee_screen(
    tmp_path: Path,
) -> None:
    xvfb = require_xvfb()
    dbus_daemon = require_atspi()
    with (running_xvfb(xvfb, "1280x800", tmp_path / "xvfb.log") as display,
          running_session_bus(dbus_daemon, display, tmp_path / "dbus.log") as env):
        result = run_driver(env, tmp_path)
    screens: dict[str, dict[str, Any]] = result["screens"]
    print(f"screenshots: {tmp_path}/a11y-*.png")
    for name, walk in screens.items():
        print(f"{name}: {walk['nodes']} nodes, {walk['controls']} controls")

    # Every screen was read, and read through a working bus: a broken one sees nothing.
    expected = {"events list", "event page, agenda", "confirmation", "scan",
                "check-in result", "PIN pad", "check-in search", "language panel",
                "still there?"}
    assert expected <= set(screens), set(screens)
    assert any(name.startswith("register, step") for name in screens)
    for name, walk in screens.items():
        assert not walk["truncated"], name
        assert walk["nodes"] >= 5, f"{name}: only {walk['nodes']} accessible objects seen"
    assert sum(walk["controls"] for walk in screens.values()) >= 150

    problems = [
        f"{name}: {node['role']} at {node['path']}"
        for name, walk in screens.items() for node in walk["unnamed"]
    ]
    assert not problems, f"{len(problems)} controls without a name:\n" + "\n".join(problems)

    # The event page reads the event and its agenda before the Register button.
    order = [name for _, name in screens["event page, agenda"]["order"]]
    register = order.index("Register")
    assert "Agenda" in order[:register], order

    # The form reads its title and step before the fields, and on the review every answer
    # (the event's questions too) before the Register button that sends them.
    steps = sorted(name for name in screens if name.startswith("register, step"))
    first = screens[steps[0]]["order"]
    assert first.index(["label", "Register"]) < first.index(["text", "First name"]), first
    review = [name for role, name in screens[steps[-1]]["order"] if role == "push button"]
    assert review[-1] == "Register", review
    assert review.count("Edit") >= 4, review  # name, e-mail, questions, sessions

    # What changes on screen without the focus moving is announced.
    assert result["heard"] == {"form error": True, "confirmation": True,
                               "check-in result": True, "still there": True}, (
        result["announcements"])
