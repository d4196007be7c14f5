"""The staff PIN resists guessing: only a salted hash is stored, and wrong PINs lock the
pad for longer and longer, also across a restart of the kiosk."""

from __future__ import annotations

import base64
import logging
import re
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.pin import (
    LOCK_FILE,
    MAX_DELAY_S,
    StaffLock,
    StaffPin,
    Verdict,
    hash_pin,
    pin_problem,
)
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.tasks import TaskRunner

TIMEOUT = 10_000  # ms


class Clock:
    """Wall-clock seconds that a test moves on by hand (a lockout lasts minutes)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_pin_is_kept_as_a_salted_scrypt_hash() -> None:
    stored = hash_pin("482913")
    kind, n, r, p, salt, digest = stored.split("$")
    assert (kind, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(digest)) == 32
    assert "482913" not in stored
    assert hash_pin("482913") != stored  # a fresh salt each time
    pin = StaffPin(hashed=stored)
    assert pin.matches("482913")
    assert not pin.matches("482914")
    assert not pin.matches("")
    with pytest.raises(ValueError, match="expected scrypt"):
        StaffPin(hashed="scrypt$16384$8$1$bad")


def test_a_pin_has_four_to_twelve_digits() -> None:
    assert pin_problem("2468") is None
    assert pin_problem("123456789012") is None
    assert pin_problem("123") is not None
    assert pin_problem("1234567890123") is not None
    assert pin_problem("12a4") is not None
    assert pin_problem("١٢٣٤") is not None  # digits of another script: not on the pad


def test_five_wrong_pins_lock_the_pad_for_longer_each_time(tmp_path: Path) -> None:
    clock = Clock()
    lock = StaffLock(StaffPin(plain="2468"), tmp_path, clock)
    for attempt in range(1, 5):
        result = lock.attempt("1111")
        assert (result.verdict, result.failures, result.locked_for) == (Verdict.WRONG, attempt, 0)
    delays = []
    for _ in range(9):
        result = lock.attempt("0000")
        assert result.verdict is Verdict.WRONG
        delays.append(result.locked_for)
        # While locked even the right PIN is not looked at.
        assert lock.attempt("2468").verdict is Verdict.LOCKED
        clock.now += result.locked_for
    assert delays == [30, 60, 120, 240, 480, 960, 1920, MAX_DELAY_S, MAX_DELAY_S]
    assert lock.attempt("2468").verdict is Verdict.ACCEPTED
    # Success starts the count afresh.
    assert lock.attempt("1111").locked_for == 0


def test_a_restart_keeps_the_pad_locked(tmp_path: Path) -> None:
    clock = Clock()
    pin = StaffPin(hashed=hash_pin("2468"))
    first = StaffLock(pin, tmp_path, clock)
    for _ in range(5):
        first.attempt("9999")
    clock.now += 10

    restarted = StaffLock(pin, tmp_path, clock)
    assert restarted.locked_for() == 20
    assert restarted.attempt("2468").verdict is Verdict.LOCKED
    clock.now += 20
    assert restarted.attempt("9999").locked_for == 60  # the count went on, too
    state = tmp_path / LOCK_FILE
    assert stat.S_IMODE(state.stat().st_mode) == 0o600
    assert "2468" not in state.read_text(encoding="utf-8")


def test_a_clock_set_back_does_not_lock_the_pad_for_ever(tmp_path: Path) -> None:
    clock = Clock()
    lock = StaffLock(StaffPin(plain="2468"), tmp_path, clock)
    for _ in range(5):
        lock.attempt("9999")
    clock.now -= 30 * 24 * 3600  # NTP corrects a clock that ran a month fast
    assert lock.locked_for() == 30


def test_wrong_pins_are_logged_without_the_digits(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lock = StaffLock(StaffPin(plain="2468"), tmp_path, Clock())
    with caplog.at_level(logging.INFO):
        lock.attempt("1357")
        lock.attempt("8642")
        lock.attempt("2468")
    assert "wrong staff PIN (attempt 1)" in caplog.text
    assert "wrong staff PIN (attempt 2)" in caplog.text
    for digits in ("1357", "8642", "2468"):
        assert digits not in caplog.text


def _enter_pin(qtbot: QtBot, screen: StaffScreen, pin: str) -> None:
    qtbot.keyClicks(screen.pin_edit, pin)
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)


def test_a_new_staff_screen_after_a_restart_is_still_locked(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    pin = StaffPin(hashed=hash_pin("2468"))
    runner = TaskRunner()
    try:
        screen = StaffScreen(StaffLock(pin, tmp_path), runner)
        qtbot.addWidget(screen)
        screen.show()
        screen.open()
        for attempt in range(4):
            _enter_pin(qtbot, screen, f"000{attempt}")
            qtbot.waitUntil(
                lambda: screen.pin_error.text() == "That PIN is not right.", timeout=TIMEOUT
            )
            screen.pin_error.clear()
        _enter_pin(qtbot, screen, "0004")
        qtbot.waitUntil(lambda: not screen.pin_edit.isEnabled(), timeout=TIMEOUT)
        assert screen.pin_error.text() in {
            "Too many wrong PINs. Try again in 0:30.",
            "Too many wrong PINs. Try again in 0:29.",
        }

        # The kiosk restarts: a new screen over the same data folder.
        restarted = StaffScreen(StaffLock(pin, tmp_path), runner)
        qtbot.addWidget(restarted)
        restarted.show()
        restarted.open()
        assert re.fullmatch(
            r"Too many wrong PINs\. Try again in 0:(2\d|30)\.", restarted.pin_error.text()
        )
        assert not restarted.pin_edit.isEnabled()
        assert not restarted.unlock_button.isEnabled()
        _enter_pin(qtbot, restarted, "2468")  # typed into a disabled field: nothing
        assert restarted.pages.currentIndex() == restarted.PIN_PAGE
        assert restarted.pin_edit.text() == ""
        assert restarted.model.rowCount() == 0
    finally:
        runner.shutdown()
