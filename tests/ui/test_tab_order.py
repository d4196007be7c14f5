"""With a hardware keyboard, Tab visits every field of a register step in reading order."""

from __future__ import annotations

from kiosk_harness import Kiosk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _open_register

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE


def _tab_round(qtbot: QtBot, start: QWidget, limit: int = 60) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back round."""
    visited = [start]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return visited
        visited.append(now)
    raise AssertionError(f"Tab never came back to {start!r}: {visited}")


def test_tab_visits_every_question_of_a_step_in_order(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    window = kiosk.window
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    screen = _open_register(kiosk, qtbot, CONFERENCE)
    for step in range(screen.step_count()):
        screen.show_step(step)
        QApplication.processEvents()
        page = screen.pages.currentWidget()
        assert page is not None
        fields = [
            w for w in page.findChildren(QWidget)
            if w.isVisible() and isinstance(w, QLineEdit | QAbstractButton)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if not fields:
            continue
        fields[0].setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(fields[0].hasFocus, timeout=TIMEOUT)
        visited = _tab_round(qtbot, fields[0])
        on_page = [w for w in visited if page.isAncestorOf(w)]
        # Every question of the step is reached (a radio group is one stop, as in any app).
        for field in fields:
            group = getattr(field, "group", lambda: None)()
            reached = field in on_page or (
                group is not None and any(b in on_page for b in group.buttons())
            )
            assert reached, f"step {step + 1} ({screen.current_kind()}): Tab skips {field!r}"
        # ... in reading order: each stop is further down, or in a column further right
        # (the review puts consent and Register beside the summary); never back up-left.
        places = [w.mapTo(page, QPoint(0, 0)) for w in on_page]
        for a, b in zip(places, places[1:], strict=False):
            assert b.y() > a.y() or b.x() > a.x(), (
                f"step {step + 1} ({screen.current_kind()}): Tab jumps back from "
                f"{a.x()},{a.y()} to {b.x()},{b.y()}"
            )
        # ... and the step's buttons are on the way round.
        assert screen.next_button in visited or screen.current_kind() == "review"
