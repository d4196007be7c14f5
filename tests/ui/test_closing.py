"""Every way out of the kiosk needs the staff: Ctrl+Shift+Q asks for the PIN and then
"Close the kiosk?"; the window manager's close is ignored in full screen."""

from __future__ import annotations

from pathlib import Path

from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT

from kiosk.api.client import EventsApiClient
from kiosk.services.outbox import SubmissionState
from kiosk.services.registration import SubmissionOutcome
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.window import WindowSettings

QUIT = (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _press_quit(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(window, *QUIT)


def _enter_pin(qtbot: QtBot, staff: StaffScreen, pin: str) -> None:
    qtbot.keyClicks(staff.pin_edit, pin)
    qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)


def _pin_guarded(folder: Path) -> StaffLock:
    return StaffLock(StaffPin(hashed=hash_pin("2468")), folder)


def test_ctrl_shift_q_asks_for_the_pin_then_whether_to_close(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with build_kiosk(
        qtbot, api, tmp_path / "kiosk", staff_lock=_pin_guarded(tmp_path)
    ) as kiosk:
        window, staff = kiosk.window, kiosk.window.staff.screen
        _press_quit(qtbot, kiosk)
        assert window.isVisible()
        assert window.stack.currentWidget() is staff
        assert staff.pages.currentIndex() == staff.PIN_PAGE
        assert staff.pin_prompt.text() == "Enter the staff PIN to close the kiosk."

        _enter_pin(qtbot, staff, "1357")
        qtbot.waitUntil(lambda: staff.pin_error.text() == "That PIN is not right.",
                        timeout=TIMEOUT)
        assert window.isVisible()
        assert staff.pages.currentIndex() == staff.PIN_PAGE

        _enter_pin(qtbot, staff, "2468")
        qtbot.waitUntil(lambda: staff.pages.currentIndex() == staff.CLOSE_PAGE,
                        timeout=TIMEOUT)
        assert window.isVisible()
        assert staff.close_button.text() == "Close the kiosk"
        assert staff.close_button.height() >= 56
        assert staff.cancel_button.height() >= 56
        qtbot.mouseClick(staff.close_button, Qt.MouseButton.LeftButton)
        assert not window.isVisible()
        assert window.idle.active is False  # stopped on the way out


def test_without_a_pin_ctrl_shift_q_still_asks_and_cancel_goes_back(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    window, staff = kiosk.window, kiosk.window.staff.screen
    _press_quit(qtbot, kiosk)
    assert window.isVisible()
    assert window.stack.currentWidget() is staff
    assert staff.pages.currentIndex() == staff.CLOSE_PAGE
    qtbot.mouseClick(staff.cancel_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert window.stack.currentWidget() is window.browse.events_screen


def test_the_window_manager_cannot_close_the_full_screen_kiosk(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    window = kiosk.window
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen, timeout=TIMEOUT)
    assert window.close() is False  # as Alt+F4 would ask
    assert window.isVisible()
    assert window.stack.currentWidget() is window.browse.events_screen  # no prompt for a stranger


def test_in_a_window_a_close_request_asks_for_the_pin_like_the_shortcut(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with build_kiosk(
        qtbot, api, tmp_path / "kiosk", staff_lock=_pin_guarded(tmp_path)
    ) as kiosk:
        window, staff = kiosk.window, kiosk.window.staff.screen
        assert not window.isFullScreen()
        assert window.close() is False
        assert window.isVisible()
        assert window.stack.currentWidget() is staff
        assert staff.pages.currentIndex() == staff.PIN_PAGE
        _enter_pin(qtbot, staff, "2468")
        qtbot.waitUntil(lambda: staff.pages.currentIndex() == staff.CLOSE_PAGE,
                        timeout=TIMEOUT)
        qtbot.mouseClick(staff.close_button, Qt.MouseButton.LeftButton)
        assert not window.isVisible()


def test_the_confirmation_countdown_does_not_pull_the_close_prompt_away(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with build_kiosk(
        qtbot, api, tmp_path / "kiosk", WindowSettings(confirmation_countdown_s=1)
    ) as kiosk:
        window, staff = kiosk.window, kiosk.window.staff.screen
        confirmation = window.registration.confirmation_screen
        confirmation.show_outcome(
            SubmissionOutcome("s1", SubmissionState.DELIVERED, waitlisted=False),
            "Ana Vogt", "Event", [], (),
        )
        window.stack.setCurrentWidget(confirmation)
        _press_quit(qtbot, kiosk)
        with qtbot.waitSignal(confirmation.done, timeout=2500, raising=False) as blocker:
            pass  # longer than the countdown
        assert not blocker.signal_triggered
        assert window.stack.currentWidget() is staff
        assert staff.pages.currentIndex() == staff.CLOSE_PAGE


def test_the_staff_notice_is_no_way_out_when_a_pin_is_set(qtbot: QtBot) -> None:
    """The notice that stands in for a kiosk that cannot open its outbox: with a PIN set,
    neither Ctrl+Shift+Q nor the window manager closes it; the kiosk opening in its place
    does. Without a PIN, Ctrl+Shift+Q quits as before."""
    from PySide6.QtGui import QShortcut

    from kiosk.ui.notice import NoticeWindow

    guarded = NoticeWindow("The outbox is damaged.", lambda: None, can_quit=False)
    qtbot.addWidget(guarded)
    guarded.showFullScreen()
    qtbot.waitExposed(guarded)
    assert guarded.findChildren(QShortcut) == []  # no quit shortcut at all
    guarded.close()
    assert guarded.isVisible()
    guarded.close_for_good()
    assert not guarded.isVisible()

    open_one = NoticeWindow("The outbox is damaged.", lambda: None, can_quit=True)
    qtbot.addWidget(open_one)
    open_one.showFullScreen()
    qtbot.waitExposed(open_one)
    open_one.activateWindow()
    qtbot.waitUntil(open_one.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(open_one, *QUIT)
    qtbot.waitUntil(lambda: not open_one.isVisible(), timeout=TIMEOUT)
