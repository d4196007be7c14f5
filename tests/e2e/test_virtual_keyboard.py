"""The on-screen keyboard on a real X display: Qt Virtual Keyboard docked at the bottom,
never over the focused field, e-mail hints on the e-mail field, keys that type.

Each case starts its own Xvfb (a free display number, chosen by Xvfb itself) and runs
``keyboard_driver.py`` in a subprocess with ``QT_QPA_PLATFORM=xcb``: the input method and
the platform are fixed before QApplication exists, and this session's QApplication is
offscreen. Without Xvfb they are skipped on a developer's machine, saying how to install
it (``.ci/install-display-deps``), and fail in CI (``CI`` set), which installs it first;
``KIOSK_SKIP_DISPLAY_TESTS=1`` skips them anywhere.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

DRIVER = Path(__file__).with_name("keyboard_driver.py")
REPO = Path(__file__).resolve().parents[2]
HOW_TO_INSTALL = (
    "Install the display test dependencies as root with `.ci/install-display-deps` "
    "(Xvfb, Qt's xcb libraries and libpulse0 for Qt Virtual Keyboard), "
    "or set KIOSK_SKIP_DISPLAY_TESTS=1 to skip the display tests."
)
# Environment that would change what the driver tests: the app chooses the input method.
NOT_INHERITED = ("QT_IM_MODULE", "QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "WAYLAND_DISPLAY")


def require_xvfb() -> str:
    """The Xvfb executable. Missing: a failure in CI, a skip that says why elsewhere (so
    `make test` on a fresh machine stays green while CI still runs these tests)."""
    if os.environ.get("KIOSK_SKIP_DISPLAY_TESTS") == "1":
        pytest.skip("KIOSK_SKIP_DISPLAY_TESTS=1")
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail(f"Xvfb is not installed. {HOW_TO_INSTALL}", pytrace=False)
        pytest.skip(f"Xvfb is not installed. {HOW_TO_INSTALL}")
    return xvfb


@contextmanager
def running_xvfb(xvfb: str, size: str, log: Path) -> Iterator[str]:
    """An X server on a display number Xvfb picks itself (-displayfd); stopped afterwards."""
    read_end, write_end = os.pipe()
    with log.open("wb") as log_file:
        server = subprocess.Popen(
            [xvfb, "-displayfd", str(write_end), "-screen", "0", f"{size}x24",
             "-nolisten", "tcp"],
            pass_fds=(write_end,), stdin=subprocess.DEVNULL,
            stdout=log_file, stderr=subprocess.STDOUT,
        )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([read_end], [], [], max(left, 0))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:  # Xvfb exited, or the deadline passed
                pytest.fail(
                    f"Xvfb did not start: {log.read_text(errors='replace')[-2000:]}",
                    pytrace=False,
                )
            number += chunk
        yield f":{int(number)}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def run_driver(
    display: str, out_dir: Path, driver: Path = DRIVER
) -> tuple[dict[str, Any], str]:
    """Run an on-screen driver (display_kiosk.py) on ``display``: its result and stderr.
    A driver that fails, or a wait that times out, fails the test with the clues."""
    env = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    env.pop("QT_VIRTUALKEYBOARD_STYLE", None)  # the app chooses its style
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    completed = subprocess.run(
        [sys.executable, str(driver), str(out_dir)],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=240, check=False,
    )
    (out_dir / "driver-stderr.txt").write_text(completed.stderr)
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        missing = [line for line in completed.stderr.splitlines() if "cannot open" in line]
        pytest.fail(
            f"{driver.name} failed (exit {completed.returncode}).\n"
            + "".join(line + "\n" for line in missing[:5])
            + f"stderr:\n{completed.stderr[-3000:]}\n{HOW_TO_INSTALL} "
            "QT_DEBUG_PLUGINS=1 names the library Qt misses.",
            pytrace=False,
        )
    result: dict[str, Any] = json.loads(lines[-1])
    if not result["ok"]:
        # A keyboard that never shows is most often QtQuick.VirtualKeyboard failing to load.
        clues = [
            line for line in completed.stderr.splitlines()
            if "VirtualKeyboard" in line or "cannot open shared object" in line
        ]
        pytest.fail(
            f"{result['error']}\n" + "\n".join(clues[:5])
            + f"\nScreenshot: {out_dir / 'timeout.png'}\n{HOW_TO_INSTALL}",
            pytrace=False,
        )
    return result, completed.stderr


def overlaps(a: list[int], b: list[int]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def test_without_xvfb_the_display_tests_say_how_to_install_and_fail_in_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no Xvfb on it
    monkeypatch.delenv("KIOSK_SKIP_DISPLAY_TESTS", raising=False)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"install-display-deps"):
        require_xvfb()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match=r"install-display-deps"):
        require_xvfb()
    monkeypatch.setenv("KIOSK_SKIP_DISPLAY_TESTS", "1")
    with pytest.raises(pytest.skip.Exception):
        require_xvfb()


@pytest.mark.display
@pytest.mark.parametrize("size", ["1920x1080", "1080x1920"], ids=["landscape", "portrait"])
def test_the_keyboard_docks_at_the_bottom_and_never_covers_the_focused_field(
    size: str, tmp_path: Path
) -> None:
    xvfb = require_xvfb()
    with running_xvfb(xvfb, size, tmp_path / "xvfb.log") as display:
        result, _ = run_driver(display, tmp_path)
    print(f"screenshots: {sorted(str(p) for p in tmp_path.glob('keyboard-*.png'))}")
    width, height = (int(n) for n in size.split("x"))
    assert result["screen"] == [0, 0, width, height]
    assert result["window"] == [0, 0, width, height]

    # Opening the form puts the focus in the first name, and that alone brings the
    # keyboard up: nothing to tap first.
    assert result["focus_after_open"] == "First name"
    assert result["shown_on_open"], "the focused first name did not bring the keyboard up"
    assert result["keyboard_visible"]
    # Qt Virtual Keyboard's desktop panel: a top-level window of its own over the screen.
    panel = result["panel_window"]
    assert panel is not None
    assert panel["class"] == "QtVirtualKeyboard::InputView"
    assert panel["geometry"] == [0, 0, width, height]

    fields = result["fields"]
    assert set(fields) == {"first_name", "email", "last", "tapped_low"}
    assert result["last_field"] == "Job title"
    for name, field in fields.items():
        kx, ky, kw, kh = field["keyboard"]
        # Docked: the full width of the screen, down to its bottom edge.
        assert (kx, kw, ky + kh) == (0, width, height), (name, field["keyboard"])
        assert 0 < kh < height
        assert field["focused"], name
        if name != "tapped_low":
            assert field["shown_on_focus"], f"the focus alone did not bring up the keyboard: {name}"
        assert not overlaps(field["field"], field["keyboard"]), (name, field)
        assert not field["intersects_keyboard"], (name, field)
        assert field["fully_seen"], f"{name} is not fully visible above the keyboard: {field}"
    # A step of the form fits above the keyboard: no field is ever where it comes up.
    assert not fields["tapped_low"]["before_under_keyboard"], fields["tapped_low"]

    # E-mail input hints, and keys of the keyboard's own window that type: the first name
    # starts with a capital, the e-mail does not (ImhNoAutoUppercase).
    assert result["email_only"], f"e-mail hints: {result['email_hints']:#x}"
    typed = result["typed"]
    assert typed["first_name"]["key_found"]
    assert typed["first_name"]["after"] == "Q", typed
    assert typed["email"]["key_found"]
    assert typed["email"]["after"] == "q", typed
    for name in ("first_name", "email", "last", "tapped_low"):
        assert (tmp_path / f"keyboard-{name}.png").stat().st_size > 0
