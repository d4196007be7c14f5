"""With a hardware keyboard, Tab visits every field of a register step in reading order."""

from __future__ import annotations

from kiosk_harness import Kiosk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from test_keyboard_only import (
    _card_to,
    _focus_settles_on,
    _focused,
    _goes_round,
    _press,
    _ready,
    _tab_to,
)
from test_language import languages  # noqa: F401 - a fixture
from test_screens import TIMEOUT, _event, _open_register

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE
from kiosk.services.availability import Availability
from kiosk.ui.language import LanguagePanel


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


def test_in_arabic_tab_reads_right_to_left(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient,
    languages: None,  # noqa: F811 - the fixture
) -> None:
    """Chosen with the keys alone, Arabic mirrors the screens and Tab follows: from the
    right, every control, round and back; the picker gives the focus back to its button."""
    _ready(kiosk, qtbot)
    window = kiosk.window
    events = window.browse.events_screen
    button = _tab_to(qtbot, lambda w: w is events.language_button, "the language button")
    _press(qtbot, Qt.Key.Key_Return)
    panel = window.findChild(LanguagePanel)
    assert panel is not None
    _tab_to(qtbot, lambda w: w is panel.buttons["ar"], "العربية")
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=TIMEOUT)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _focused() is button
    _goes_round(qtbot, events, "the events in Arabic")

    event = _event(api, Availability.OPEN)
    _card_to(qtbot, kiosk, event.readable_event_id)
    _press(qtbot, Qt.Key.Key_Return)
    page = window.browse.event_screen
    _focus_settles_on(kiosk, qtbot, page)
    qtbot.waitUntil(lambda: page.details is not None and page.primary.isEnabled(),
                    timeout=TIMEOUT)
    _goes_round(qtbot, page, "the event page in Arabic")
    _tab_to(qtbot, lambda w: w is page.primary, "Register")
    _press(qtbot, Qt.Key.Key_Return)
    form = window.registration.register_screen
    _focus_settles_on(kiosk, qtbot, form)
    _goes_round(qtbot, form, "the register form in Arabic")
