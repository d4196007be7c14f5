""""Still there?": before the idle reset wipes a form being filled in, the kiosk asks, with
a countdown and a big "Yes". The real window offscreen, the real idle timer (short
timeouts through WindowSettings), the real local server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _event, _open_register, _wait_for_events

from kiosk.api.client import EventsApiClient
from kiosk.services.availability import Availability
from kiosk.ui.idle import StillThereOverlay
from kiosk.ui.widgets import TOUCH_TARGET
from kiosk.ui.window import KioskWindow, WindowSettings

SHOTS = Path("/tmp/kiosk-still-there")


@contextmanager
def idle_kiosk(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, idle_s: float, warning_s: float
) -> Iterator[Kiosk]:
    """The kiosk with its idle watcher on the application, as kiosk.app installs it."""
    settings = WindowSettings(idle_timeout_s=idle_s, idle_warning_s=warning_s)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", settings) as kiosk:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(kiosk.window.idle)
        try:
            yield kiosk
        finally:
            app.removeEventFilter(kiosk.window.idle)


def overlay(window: KioskWindow) -> StillThereOverlay:
    assert window.still_there is not None
    return window.still_there


def start_typing(kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient) -> None:
    screen = _open_register(kiosk, qtbot, _event(api, Availability.OPEN).readable_event_id)
    qtbot.keyClicks(screen.first_name, "Private")
    qtbot.keyClicks(screen.email, "private@example.org")


def test_after_the_timeout_it_asks_and_yes_keeps_what_was_typed(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with idle_kiosk(qtbot, api, tmp_path, idle_s=3, warning_s=3) as kiosk:
        window, still_there = kiosk.window, overlay(kiosk.window)
        start_typing(kiosk, qtbot, api)
        form = window.registration.register_screen
        assert not still_there.isVisible()

        qtbot.waitUntil(still_there.isVisible, timeout=TIMEOUT)  # nobody touched it
        assert still_there.geometry() == window.rect()  # over the whole window
        assert still_there.title.text() == "Still there?"
        assert still_there.countdown.text().startswith("Starting over in ")
        assert window.stack.currentWidget() is form  # nothing wiped yet
        assert form.first_name.text() == "Private"

        qtbot.mouseClick(still_there.yes_button, Qt.MouseButton.LeftButton)
        assert not still_there.isVisible()
        assert window.stack.currentWidget() is form
        assert form.first_name.text() == "Private"
        assert form.email.text() == "private@example.org"
        assert window.idle.active  # the next 90 s start now


def test_nobody_answers_and_the_kiosk_starts_over_with_the_form_wiped(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with idle_kiosk(qtbot, api, tmp_path, idle_s=2, warning_s=2) as kiosk:
        window, still_there = kiosk.window, overlay(kiosk.window)
        start_typing(kiosk, qtbot, api)
        form = window.registration.register_screen
        qtbot.waitUntil(still_there.isVisible, timeout=TIMEOUT)
        seen = {still_there.countdown.text()}
        qtbot.waitUntil(
            lambda: seen.add(still_there.countdown.text()) or not still_there.isVisible(),
            timeout=TIMEOUT,
        )
        assert "Starting over in 2 s" in seen  # it counted down
        assert window.stack.currentWidget() is window.browse.events_screen
        assert form.first_name.text() == ""
        assert form.email.text() == ""
        assert form.details is None
        assert window.idle.active


def test_typing_during_the_countdown_cancels_it(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with idle_kiosk(qtbot, api, tmp_path, idle_s=3, warning_s=3) as kiosk:
        window, still_there = kiosk.window, overlay(kiosk.window)
        start_typing(kiosk, qtbot, api)
        form = window.registration.register_screen
        qtbot.waitUntil(still_there.isVisible, timeout=TIMEOUT)
        qtbot.keyClicks(form.email, "x")  # a key of the keyboard: someone is there
        assert not still_there.isVisible()
        assert window.stack.currentWidget() is form
        assert form.email.text() == "private@example.orgx"
        assert form.first_name.text() == "Private"


def test_enter_on_a_focused_button_answers_the_question_and_presses_nothing(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    """A keyboard or switch user answers with Enter; the Back button that had the focus
    behind the question must not take them off the form as well."""
    with idle_kiosk(qtbot, api, tmp_path, idle_s=90, warning_s=10) as kiosk:
        window, still_there = kiosk.window, overlay(kiosk.window)
        start_typing(kiosk, qtbot, api)
        form = window.registration.register_screen
        window.activateWindow()
        form.back_button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(form.back_button.hasFocus, timeout=TIMEOUT)
        window.idle.idle.emit()
        assert still_there.isVisible()
        qtbot.keyClick(form.back_button, Qt.Key.Key_Return)
        assert not still_there.isVisible()
        assert window.stack.currentWidget() is form
        assert form.first_name.text() == "Private"


def test_a_tap_on_the_dimmed_window_keeps_and_start_over_wipes(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with idle_kiosk(qtbot, api, tmp_path, idle_s=90, warning_s=10) as kiosk:
        window, still_there = kiosk.window, overlay(kiosk.window)
        start_typing(kiosk, qtbot, api)
        form = window.registration.register_screen
        window.idle.idle.emit()  # the 90 s ran out
        assert still_there.isVisible()
        assert still_there.countdown.text() == "Starting over in 10 s"
        qtbot.mouseClick(still_there, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # no button
        assert not still_there.isVisible()
        assert form.first_name.text() == "Private"

        window.idle.idle.emit()
        assert still_there.isVisible()
        qtbot.mouseClick(still_there.start_over_button, Qt.MouseButton.LeftButton)
        assert not still_there.isVisible()
        assert window.stack.currentWidget() is window.browse.events_screen
        assert form.first_name.text() == ""


def test_no_question_where_nothing_would_be_lost_nor_over_the_staff_view(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with idle_kiosk(qtbot, api, tmp_path, idle_s=90, warning_s=10) as kiosk:
        window, still_there = kiosk.window, overlay(kiosk.window)
        _wait_for_events(kiosk, qtbot)
        window.idle.idle.emit()  # the start screen, nothing typed
        assert not still_there.isVisible()
        assert window.stack.currentWidget() is window.browse.events_screen

        # An empty register form: nothing to lose either; straight back to the start.
        _open_register(kiosk, qtbot, _event(api, Availability.OPEN).readable_event_id)
        window.idle.idle.emit()
        assert not still_there.isVisible()
        assert window.stack.currentWidget() is window.browse.events_screen

        window.staff.open()  # the staff view locks by its own timer, as before
        staff = window.stack.currentWidget()
        window.idle.idle.emit()
        assert not still_there.isVisible()
        assert window.stack.currentWidget() is not staff


@pytest.mark.parametrize(
    "size", [(1024, 768), (1280, 800), (1920, 1080), (3840, 2160), (1080, 1920), (800, 1280)],
    ids=lambda s: f"{s[0]}x{s[1]}",
)
def test_the_question_reads_and_can_be_tapped_at_every_size(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None, size: tuple[int, int]
) -> None:
    with idle_kiosk(qtbot, api, tmp_path, idle_s=90, warning_s=10) as kiosk:
        window, still_there = kiosk.window, overlay(kiosk.window)
        start_typing(kiosk, qtbot, api)
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size().width() == size[0], timeout=TIMEOUT)
        window.idle.idle.emit()
        assert still_there.isVisible()
        QApplication.processEvents()
        assert still_there.geometry() == window.rect()
        card = still_there.card.geometry()
        assert still_there.rect().contains(card), (card, still_there.rect())
        assert card.width() >= size[0] * 0.5  # a question that fills a good part of the screen
        for button in (still_there.yes_button, still_there.start_over_button):
            assert button.height() >= TOUCH_TARGET, button.text()
            assert button.width() >= button.sizeHint().width(), button.text()  # not cut
        for label in still_there.card.findChildren(QLabel):
            assert label.wordWrap()
            hint = label.heightForWidth(label.width())
            assert label.height() >= hint, (label.text(), label.height(), hint)
        buttons = [b.geometry() for b in still_there.card.findChildren(QPushButton)]
        labels = [lbl.geometry() for lbl in still_there.card.findChildren(QLabel)]
        placed: list[QRect] = labels + buttons
        for i, a in enumerate(placed):
            for b in placed[i + 1:]:
                assert not a.intersects(b), (a, b)
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / f"still-there-{size[0]}x{size[1]}.png"))
        qtbot.mouseClick(still_there.yes_button, Qt.MouseButton.LeftButton)
        assert not still_there.isVisible()


def test_the_question_follows_the_window_when_the_screen_turns(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with idle_kiosk(qtbot, api, tmp_path, idle_s=90, warning_s=10) as kiosk:
        window, still_there = kiosk.window, overlay(kiosk.window)
        start_typing(kiosk, qtbot, api)
        window.resize(1280, 800)
        window.idle.idle.emit()
        assert still_there.isVisible()
        window.resize(800, 1280)  # the panel turned to portrait while it asks
        qtbot.waitUntil(lambda: still_there.geometry() == window.rect(), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not still_there._refit.isActive(), timeout=TIMEOUT)  # settled
        card = still_there.card.geometry()
        assert still_there.rect().contains(card)
        assert card.width() >= window.width() * 0.8
        note = still_there.note
        assert note.height() >= note.heightForWidth(note.width())  # nothing cut off
        qtbot.mouseClick(still_there.yes_button, Qt.MouseButton.LeftButton)
