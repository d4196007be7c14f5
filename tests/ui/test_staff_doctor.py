"""The staff view's setup check: what `kiosk doctor` says about this machine, one line per
item with what to do, run off the GUI thread, in the kiosk's language, never the token."""

from __future__ import annotations

import functools
from pathlib import Path

from kiosk_harness import build_kiosk
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from kiosk.api.client import EventsApiClient
from kiosk.app import _setup_check
from kiosk.config import load_settings
from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import RunningServer
from kiosk.services.badges import scheduler_running
from kiosk.ui.i18n import translations
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CHECK_TIMEOUT = 120_000  # ms: a Qt child process and the API on a loaded 2-core machine
ITEMS = ("Display", "On-screen keyboard", "Fonts", "Camera", "Badge printer", "Data folder",
         "Events API")


def test_staff_run_the_setup_check_and_see_what_to_fix(
    qtbot: QtBot, api: EventsApiClient, server: RunningServer, tmp_path: Path, english: None
) -> None:
    data = tmp_path / "kiosk"
    data.mkdir(mode=0o700)
    (tmp_path / "none.toml").write_text("", encoding="utf-8")
    settings = load_settings(
        config_file=tmp_path / "none.toml", environ={},
        overrides={
            "basedir": data,
            "api": {"endpoint": server.base_url_v2, "token": DEMO_TOKEN, "origin": DEMO_ORIGIN},
            "badges": {"printer": "no-such-badge-queue"},
        },
    )
    lock = StaffLock(StaffPin(hashed=hash_pin("2468")), tmp_path)
    with build_kiosk(qtbot, api, data, staff_lock=lock) as kiosk:
        window = kiosk.window
        window.staff.set_setup_check(functools.partial(_setup_check, settings))
        staff = window.staff.screen
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
        qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)
        qtbot.keyClicks(staff.pin_edit, "2468")
        qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: staff.unlocked, timeout=10_000)
        assert staff.setup_section.isVisibleTo(window)

        qtbot.mouseClick(staff.setup_button, Qt.MouseButton.LeftButton)
        assert not staff.setup_button.isEnabled()  # one check at a time
        assert staff.setup_report.text() == "Checking…"
        qtbot.waitUntil(lambda: staff.setup_button.isEnabled(), timeout=CHECK_TIMEOUT)
        # The GUI stayed responsive: the check ran on the task runner, not here.
        lines = staff.setup_report.text().splitlines()
        assert [line.split(" · ")[1].split(":")[0] for line in lines[:-1]] == list(ITEMS)
        by_item = {line.split(" · ")[1].split(":")[0]: line for line in lines[:-1]}
        assert by_item["Display"].startswith("OK · Display: Qt platform offscreen")
        assert by_item["Events API"].startswith(
            f"OK · Events API: Connected to {server.base_url_v2}"
        )
        assert by_item["Data folder"].startswith(f"OK · Data folder: {data} is writable")
        printer = by_item["Badge printer"]
        assert printer.startswith("Needs fixing · Badge printer: ")
        assert ("no-such-badge-queue" in printer if scheduler_running()
                else "start cupsd" in printer)
        assert lines[-1] == "Items to fix: 1"
        assert DEMO_TOKEN not in staff.setup_report.text()

        window.grab().save(str(tmp_path / "setup-report.png"))  # to look at
        saved = QLocale()
        translations().use("en")  # a switch retranslates what is on screen
        translations().use("de")
        try:
            german = staff.setup_report.text().splitlines()
            assert german[-1] == "Zu behebende Punkte: 1"
            assert german[0].startswith("OK · Anzeige: ")
        finally:  # English again on screen, and no translator or locale left behind
            translations().use("en")
            translations().unload()
            QLocale.setDefault(saved)

        staff.lock()  # left alone: the next person sees no report
        assert staff.setup_report.text() == ""
