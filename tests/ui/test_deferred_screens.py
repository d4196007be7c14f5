"""The event page left for after the first screen, the staff view for staff (issue 13,
start-up and memory): the kiosk as `kiosk` starts it (``KioskWindow(defer_forms=True)``)
paints its events without them; building the page later shows no window of its own and
leaves the kiosk's window active with the events on screen, and still no staff view; staff
who press Ctrl+Shift+S get the staff view at once."""

from __future__ import annotations

from typing import Any

from kiosk_harness import Kiosk
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_deferred_form import deferred  # noqa: F401 - the fixture
from test_screens import TIMEOUT, _wait_for_events

from kiosk.ui.screens.event import EventScreen
from kiosk.ui.screens.staff import StaffScreen

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class _WindowsShown(QObject):
    """Every top-level widget shown while installed, but the kiosk's window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and watched is not self._window):
            self.shown.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


def _active(kiosk: Kiosk, qtbot: QtBot) -> Any:
    window = kiosk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    _wait_for_events(kiosk, qtbot)
    return window


def test_the_page_is_built_later_without_a_window_and_the_staff_view_waits_for_staff(
    deferred: Kiosk, qtbot: QtBot  # noqa: F811
) -> None:
    window = _active(deferred, qtbot)
    start = window.stack.currentWidget()
    assert window.findChildren(EventScreen) == []  # not built for the first screen
    assert window.findChildren(StaffScreen) == []
    spy = _WindowsShown(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    try:
        window.build_deferred()  # what the app does once the first screen is painted
        qtbot.wait(50)  # (bounded: lets a window that flashed up take the activation)
    finally:
        app.removeEventFilter(spy)
    assert len(window.findChildren(EventScreen)) == 1
    assert window.findChildren(StaffScreen) == []  # nobody asked for it: not built
    assert spy.shown == []
    assert window.isActiveWindow()  # a wedge scanner's keys still reach the kiosk
    assert window.stack.currentWidget() is start


def test_ctrl_shift_s_before_the_staff_view_is_built_opens_it(
    deferred: Kiosk, qtbot: QtBot  # noqa: F811
) -> None:
    window = _active(deferred, qtbot)
    assert window.findChildren(StaffScreen) == []
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)
    staff = window.staff.screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is staff, timeout=TIMEOUT)
    assert len(window.findChildren(StaffScreen)) == 1
    # No PIN on this kiosk: the queue straight away, and the focus on the staff view.
    qtbot.waitUntil(lambda: (focused := QApplication.focusWidget()) is not None
                    and staff.isAncestorOf(focused), timeout=TIMEOUT)
    assert window.isActiveWindow()
    staff.back.emit()  # the way back, as the view's Back button does
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.browse.events_screen,
                    timeout=TIMEOUT)
