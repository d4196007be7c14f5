"""The staff desk: walk-ins typed by staff at a hardware keyboard, one screen, Enter
registers, the form empty at once for the next person, a line about the last one, the
day's list with its delivery status, and a PIN lock that keeps (and hides) what was typed.

A real local server, a real outbox, the real window offscreen."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk, walk_away_now
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QWidget
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, RegistrationData
from kiosk.server.demo import CLOSED, CONFERENCE, FULL_LAB, MEETUP
from kiosk.server.runner import RunningServer
from kiosk.services.outbox import SubmissionState
from kiosk.ui.flows.desk import DAY_LIMIT, DeskFlow
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.screens.desk import DeskScreen
from kiosk.ui.widgets import CheckRow
from kiosk.ui.window import WindowSettings

PIN = "2468"
TIMEOUT = 15_000


@pytest.fixture
def lock(tmp_path: Path) -> StaffLock:
    return StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)


def _desk_kiosk(
    qtbot: QtBot, api: EventsApiClient, folder: Path, lock: StaffLock, **settings: object
) -> Iterator[Kiosk]:
    chosen = WindowSettings(desk=True, **settings)  # type: ignore[arg-type]
    with build_kiosk(qtbot, api, folder, chosen, staff_lock=lock) as kiosk:
        yield kiosk


@pytest.fixture
def desk_kiosk(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None, lock: StaffLock
) -> Iterator[Kiosk]:
    yield from _desk_kiosk(qtbot, api, tmp_path / "kiosk", lock)


def desk_of(kiosk: Kiosk) -> DeskFlow:
    desk = kiosk.window.desk
    assert desk is not None
    return desk


def give_pin(qtbot: QtBot, screen: DeskScreen, pin: str = PIN) -> None:
    qtbot.waitUntil(lambda: screen.pin_edit.isVisible() and screen.pin_edit.isEnabled(),
                    timeout=TIMEOUT)
    qtbot.keyClicks(screen.pin_edit, pin)
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)


def open_desk(kiosk: Kiosk, qtbot: QtBot, event: str) -> DeskFlow:
    """The desk unlocked with the PIN, ``event`` chosen and its fields on screen."""
    desk = desk_of(kiosk)
    qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is desk.screen,
                    timeout=TIMEOUT)
    give_pin(qtbot, desk.screen)
    qtbot.waitUntil(lambda: not desk.screen.locked, timeout=TIMEOUT)
    desk.choose_event(event)
    qtbot.waitUntil(lambda: desk.details is not None and desk.details.readable_id == event
                    and desk.screen.first_name.isEnabled(), timeout=TIMEOUT)
    return desk


def type_person(qtbot: QtBot, screen: DeskScreen, first: str, last: str, email: str) -> None:
    qtbot.keyClicks(screen.first_name, first)
    qtbot.keyClicks(screen.last_name, last)
    qtbot.keyClicks(screen.email, email)


def enter_on_consent(qtbot: QtBot, screen: DeskScreen) -> None:
    """Space ticks the consent box (the one key besides typing, Tab and Enter), Enter
    registers."""
    box = screen.consent.check
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Return)


def status_of(screen: DeskScreen, name: str) -> str:
    row = next((r for r in screen.day_rows() if r.name == name), None)
    return row.status if row is not None else ""


def test_the_desk_starts_locked_and_shows_nothing_without_the_pin(
    desk_kiosk: Kiosk, qtbot: QtBot
) -> None:
    desk = desk_of(desk_kiosk)
    qtbot.waitUntil(lambda: desk_kiosk.window.stack.currentWidget() is desk.screen,
                    timeout=TIMEOUT)
    assert desk.screen.locked
    assert not desk.screen.first_name.isVisible()
    give_pin(qtbot, desk.screen, "1111")
    qtbot.waitUntil(lambda: "not right" in desk.screen.pin_error.text(), timeout=TIMEOUT)
    assert desk.screen.locked
    give_pin(qtbot, desk.screen)
    qtbot.waitUntil(lambda: desk.screen.first_name.isVisible(), timeout=TIMEOUT)


def test_tab_visits_every_field_of_the_event_in_order(
    desk_kiosk: Kiosk, qtbot: QtBot
) -> None:
    window = desk_kiosk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    desk = open_desk(desk_kiosk, qtbot, CONFERENCE)
    screen = desk.screen
    assert desk.details is not None
    assert desk.details.fields
    assert desk.details.sessions
    screen.first_name.setFocus()
    visited: list[QWidget] = [screen.first_name]
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        visited.append(now)
        if now is screen.register_button:
            break
    answers = [w.check if isinstance(w, CheckRow) else w for w in screen._answers.values()]
    expected = [screen.first_name, screen.last_name, screen.email, *answers, screen.sessions,
                screen.consent.check, screen.register_button]
    assert visited == expected
    assert any(isinstance(w, QComboBox) for w in answers)
    assert any(isinstance(w, QListWidget) for w in answers)


def test_enter_registers_and_the_form_is_empty_at_once_for_the_next_person(
    desk_kiosk: Kiosk, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    desk = open_desk(desk_kiosk, qtbot, MEETUP)
    screen = desk.screen
    type_person(qtbot, screen, "Ada", "Lovelace", "ada.desk@example.org")
    enter_on_consent(qtbot, screen)
    # At once, before the server has answered: empty, the focus on the first name.
    assert screen.form_empty()
    assert QApplication.focusWidget() is screen.first_name
    qtbot.waitUntil(lambda: "Ada Lovelace is registered for" in screen.outcome.text(),
                    timeout=TIMEOUT)
    submissions, total = desk_kiosk.outbox.registrations_since(
        desk_kiosk.window.clock().replace(hour=0, minute=0), 10)
    assert total == 1
    assert submissions[0].state is SubmissionState.DELIVERED
    qtbot.waitUntil(lambda: status_of(screen, "Ada Lovelace") == "Registered",
                    timeout=TIMEOUT)
    assert "1 registration today" in screen.day_summary.text()

    # The next person: Enter in the e-mail field, the consent not ticked: the form says so
    # and keeps everything.
    type_person(qtbot, screen, "Grace", "Hopper", "grace.desk@example.org")
    qtbot.keyClick(screen.email, Qt.Key.Key_Return)
    assert "Consent" in screen.problems.text()
    assert screen.first_name.text() == "Grace"
    assert "Ada Lovelace" in screen.outcome.text()
    assert "desk registration" in caplog.text
    for private in ("Ada", "Lovelace", "ada.desk", "Grace"):  # no names in the log
        assert private not in caplog.text


def test_the_days_list_is_bounded_and_says_how_many_there_are(
    desk_kiosk: Kiosk, qtbot: QtBot
) -> None:
    outbox = desk_kiosk.outbox
    for n in range(DAY_LIMIT + 5):
        outbox.add(MEETUP, "Meetup", RegistrationData(attendees=[Attendee(
            first_name=f"Walk{n}", last_name="In", email=f"walk{n}@example.org")]))
    desk = open_desk(desk_kiosk, qtbot, MEETUP)
    screen = desk.screen
    qtbot.waitUntil(lambda: len(screen.day_rows()) == DAY_LIMIT, timeout=TIMEOUT)
    assert screen.day_rows()[0].name == f"Walk{DAY_LIMIT + 4} In"  # the newest first
    assert all(row.status == "Queued to send" for row in screen.day_rows())
    assert f"{DAY_LIMIT + 5} registrations today" in screen.day_summary.text()
    assert f"the latest {DAY_LIMIT} shown" in screen.day_summary.text()


def test_a_waitlisted_walk_in_is_said_so(desk_kiosk: Kiosk, qtbot: QtBot) -> None:
    desk = open_desk(desk_kiosk, qtbot, FULL_LAB)
    screen = desk.screen
    assert "waitlist" in screen.event_state.text()
    type_person(qtbot, screen, "Alan", "Turing", "alan.desk@example.org")
    for widget in screen._answers.values():
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(1)
    enter_on_consent(qtbot, screen)
    assert screen.form_empty()
    qtbot.waitUntil(lambda: "Alan Turing is on the waitlist for" in screen.outcome.text(),
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: status_of(screen, "Alan Turing") == "Waitlisted",
                    timeout=TIMEOUT)


def test_a_refusal_says_why_in_plain_words_and_keeps_the_details(
    desk_kiosk: Kiosk, qtbot: QtBot
) -> None:
    desk = open_desk(desk_kiosk, qtbot, CLOSED)
    screen = desk.screen
    type_person(qtbot, screen, "Edsger", "Dijkstra", "edsger.desk@example.org")
    enter_on_consent(qtbot, screen)
    # The event's own words (its website message) say why.
    assert "Edsger Dijkstra was not registered: Registration for the Security Leaders " \
        "Breakfast has closed" in screen.outcome.text()
    assert screen.first_name.text() == "Edsger"  # nothing typed is lost
    assert desk_kiosk.outbox.registrations_since(
        desk_kiosk.window.clock().replace(hour=0, minute=0), 10)[1] == 0


def test_with_the_server_down_the_walk_in_is_queued_and_listed_so(
    desk_kiosk: Kiosk, qtbot: QtBot, server: RunningServer
) -> None:
    desk = open_desk(desk_kiosk, qtbot, MEETUP)
    screen = desk.screen
    server.stop()
    type_person(qtbot, screen, "Barbara", "Liskov", "barbara.desk@example.org")
    enter_on_consent(qtbot, screen)
    assert screen.form_empty()
    qtbot.waitUntil(lambda: "Barbara Liskov is saved at this desk and queued for delivery"
                    in screen.outcome.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: status_of(screen, "Barbara Liskov") == "Queued to send",
                    timeout=TIMEOUT)
    queued, _ = desk_kiosk.outbox.queued_count()
    assert queued == 1  # in the outbox: never lost


def test_no_idle_reset_and_no_countdown_at_the_desk(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None, lock: StaffLock
) -> None:
    fired: list[bool] = []
    for kiosk in _desk_kiosk(qtbot, api, tmp_path / "kiosk", lock, idle_warning_s=5):
        window = kiosk.window
        desk = open_desk(kiosk, qtbot, MEETUP)
        screen = desk.screen
        type_person(qtbot, screen, "Katherine", "Johnson", "kj.desk@example.org")
        window.idle.idle.connect(lambda: fired.append(True))
        walk_away_now(window.idle, 50)
        qtbot.waitUntil(lambda: bool(fired), timeout=TIMEOUT)
        QApplication.processEvents()
        assert window.stack.currentWidget() is screen
        assert screen.first_name.text() == "Katherine"
        assert not screen.locked
        assert window.still_there is not None
        assert not window.still_there.isVisible()


def test_the_desk_locks_when_left_alone_and_keeps_the_typed_text_hidden(
    desk_kiosk: Kiosk, qtbot: QtBot
) -> None:
    window = desk_kiosk.window
    window.activateWindow()  # the focus is followed: the window must have it
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    desk = open_desk(desk_kiosk, qtbot, MEETUP)
    screen = desk.screen
    type_person(qtbot, screen, "Ada", "Lovelace", "ada.lock@example.org")
    enter_on_consent(qtbot, screen)
    qtbot.waitUntil(lambda: bool(screen.day_rows()), timeout=TIMEOUT)
    qtbot.keyClicks(screen.first_name, "Margaret")
    screen.last_name.setFocus()  # Tab, as staff press it
    qtbot.keyClicks(screen.last_name, "Hamil")
    interval = desk.idle.interval_ms
    walk_away_now(desk.idle, 50)
    qtbot.waitUntil(lambda: screen.locked, timeout=TIMEOUT)
    desk.idle._timer.setInterval(interval)  # staff come back: minutes again, not 50 ms
    # Nothing personal readable while locked: neither the form nor the day's list.
    assert not screen.first_name.isVisible()
    assert not screen.day_list.isVisible()
    assert screen.day_list.topLevelItemCount() == 0
    assert not screen.day_rows()
    assert "Ada" not in screen.outcome.text() or not screen.outcome.isVisible()
    give_pin(qtbot, screen)
    qtbot.waitUntil(lambda: not screen.locked, timeout=TIMEOUT)
    assert screen.first_name.text() == "Margaret"
    assert screen.last_name.text() == "Hamil"
    assert QApplication.focusWidget() is screen.last_name  # where staff left off
    qtbot.waitUntil(lambda: status_of(screen, "Ada Lovelace") == "Registered",
                    timeout=TIMEOUT)


def test_leaving_the_desk_and_closing_the_kiosk_need_the_pin(
    desk_kiosk: Kiosk, qtbot: QtBot
) -> None:
    window = desk_kiosk.window
    desk = open_desk(desk_kiosk, qtbot, MEETUP)
    screen = desk.screen
    qtbot.keyClicks(screen.first_name, "Half")
    screen.leave_button.click()
    assert screen.locked
    assert "leave desk mode" in screen.pin_prompt.text()
    screen.stay_button.click()  # changed their mind: back, as it was
    assert not screen.locked
    assert screen.first_name.text() == "Half"
    screen.leave_button.click()
    give_pin(qtbot, screen, "1357")
    qtbot.waitUntil(lambda: "not right" in screen.pin_error.text(), timeout=TIMEOUT)
    assert window.stack.currentWidget() is screen
    give_pin(qtbot, screen)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.browse.events_screen,
                    timeout=TIMEOUT)
    assert screen.locked
    # Closing the kiosk asks for the PIN too (the staff view's PIN pad).
    window.staff.request_close()
    assert window.stack.currentWidget() is window.staff.screen
    assert not window.staff.screen.unlocked


@pytest.mark.parametrize("deferred", [False, True], ids=["built", "as-the-app-starts"])
def test_staff_open_the_desk_from_the_staff_view_after_the_pin(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None, lock: StaffLock,
    deferred: bool
) -> None:
    """The desk's screen is built when staff first open it (built or ``deferred`` forms
    alike): the desk button builds it."""
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock,
                     defer_forms=deferred) as kiosk:
        window = kiosk.window
        desk = desk_of(kiosk)
        assert not desk.screen_built
        staff = window.staff.screen
        qtbot.waitUntil(lambda: window.browse.last_events is not None, timeout=TIMEOUT)
        assert window.stack.currentWidget() is not desk.screen  # an attendee kiosk
        window.staff.open()
        qtbot.keyClicks(staff.pin_edit, PIN)
        qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: staff.unlocked and staff.desk_button.isVisible(),
                        timeout=TIMEOUT)
        staff.desk_button.click()
        assert window.stack.currentWidget() is desk.screen
        assert not desk.screen.locked  # the PIN was just given
        assert not staff.unlocked  # the staff view locked behind it


def test_the_desk_searches_and_comes_back(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None, lock: StaffLock
) -> None:
    with build_kiosk(qtbot, api, tmp_path / "kiosk", WindowSettings(desk=True),
                     staff_lock=lock, checkin=True, staff_token=STAFF_TOKEN) as kiosk:
        window = kiosk.window
        desk = open_desk(kiosk, qtbot, CONFERENCE)
        checkin = window.checkin
        assert checkin is not None
        assert desk.screen.search_button.isVisible()
        desk.screen.search_button.click()
        assert window.stack.currentWidget() is checkin.search_screen
        assert checkin.settings.event == CONFERENCE
        checkin.search_screen.back.emit()
        assert window.stack.currentWidget() is desk.screen
        assert not desk.screen.locked


def test_a_portrait_desk_fits_its_screen_with_the_list_under_the_form(
    desk_kiosk: Kiosk, qtbot: QtBot
) -> None:
    """A portrait kiosk's staff opening the desk: nothing wider than the screen, the day's
    list below the form, and back side by side in landscape."""
    window = desk_kiosk.window
    desk = open_desk(desk_kiosk, qtbot, CONFERENCE)
    screen = desk.screen

    def list_below_form() -> bool:
        return screen.day_list.mapTo(screen, screen.day_list.rect().topLeft()).y() > \
            screen.register_button.mapTo(screen, screen.register_button.rect().bottomLeft()).y()

    window.resize(1080, 1920)
    qtbot.waitUntil(list_below_form, timeout=TIMEOUT)
    window.resize(1080, 1920)  # the theme's unit follows the window: asked once more
    qtbot.waitUntil(lambda: window.width() == 1080, timeout=TIMEOUT)
    assert window.minimumSizeHint().width() <= 1080
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not list_below_form() and window.width() == 1280, timeout=TIMEOUT)
