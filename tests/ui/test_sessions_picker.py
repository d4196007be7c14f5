"""Picking sessions: grouped by day and time, ended ones hidden, overlaps resolved."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from kiosk_harness import Kiosk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_register_steps import _grab
from test_screens import _answer_questions, _open_register

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Session
from kiosk.server.demo import CONFERENCE
from kiosk.services.catalog import EventDetails
from kiosk.ui.screens.register import RegisterScreen


def _at(kiosk: Kiosk, when: datetime) -> None:
    kiosk.window.registration.register_screen.clock = lambda: when


def _first_start(api: EventsApiClient) -> datetime:
    starts = [s.start_time_utc for s in api.sessions(CONFERENCE) if s.start_time_utc]
    return min(starts)


def _to_sessions_step(qtbot: QtBot, screen: RegisterScreen) -> None:
    qtbot.keyClicks(screen.first_name, "Lena")
    qtbot.keyClicks(screen.last_name, "Vogt")
    qtbot.keyClicks(screen.email, "lena.vogt@example.org")
    _answer_questions(qtbot, screen)
    while screen.current_kind() != "sessions":
        before = screen.current_step()
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
        assert screen.current_step() == before + 1


def _headings(screen: RegisterScreen, role: str) -> list[str]:
    return [
        label.text() for label in screen.findChildren(QLabel)
        if label.property("role") == role and not label.isHidden()
    ]


def test_sessions_are_grouped_by_day_and_start_with_seats_as_a_chip(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    _at(kiosk, _first_start(api) - timedelta(hours=1))
    kiosk.window.resize(1280, 800)
    screen = _open_register(kiosk, qtbot, CONFERENCE)
    _to_sessions_step(qtbot, screen)
    sessions = api.sessions(CONFERENCE)
    assert len(screen._session_checks) == len(sessions) == 42
    days = {s.start_time.date() for s in sessions if s.start_time}
    assert len(_headings(screen, "sessionDay")) == len(days)
    slots = {s.start_time for s in sessions if s.start_time}
    assert len(_headings(screen, "sessionSlot")) == len(slots)
    _grab(screen, "sessions-step")
    QApplication.processEvents()
    for row in screen._session_checks.values():
        if row.chip.text():
            assert not row.chip.wordWrap()
            # The chip is never squeezed: its whole text fits on one line.
            assert row.chip.width() >= row.chip.sizeHint().width() or not row.isVisible()


def test_sessions_already_over_are_not_offered(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    sessions = api.sessions(CONFERENCE)
    first = min((s for s in sessions if s.end_time_utc), key=lambda s: s.end_time_utc)
    assert first.end_time_utc is not None
    _at(kiosk, first.end_time_utc + timedelta(minutes=1))
    screen = _open_register(kiosk, qtbot, CONFERENCE)
    over = {
        s.id for s in sessions if s.end_time_utc and s.end_time_utc <= first.end_time_utc
    }
    assert over
    shown = {sid for sid, row in screen._session_checks.items() if not row.isHidden()}
    assert shown == {s.id for s in sessions} - over
    assert not shown & over


def test_two_sessions_at_once_are_said_and_next_waits_until_one_is_dropped(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    _at(kiosk, _first_start(api) - timedelta(hours=1))
    kiosk.window.resize(1280, 800)
    screen = _open_register(kiosk, qtbot, CONFERENCE)
    _to_sessions_step(qtbot, screen)
    by_start: dict[datetime, list[Session]] = {}
    for s in api.sessions(CONFERENCE):
        if s.start_time is not None and (s.seats_left is None or s.seats_left > 0):
            by_start.setdefault(s.start_time, []).append(s)
    start, pair = next((t, group[:2]) for t, group in sorted(by_start.items()) if len(group) > 1)
    rows = [screen._session_checks[s.id] for s in pair]
    for row in rows:
        screen.scroll_area.ensureWidgetVisible(row)
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)  # anywhere on the row
    assert all(row.isChecked() for row in rows)
    clock = start.strftime("%H:%M")
    warning = screen.sessions_hint
    assert warning.text().startswith(f"You picked two sessions at {clock}")
    assert warning.objectName() == "fieldError"  # styled as an error, in the hint's place
    _grab(screen, "sessions-overlap")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.current_kind() == "sessions"  # not before it is resolved
    qtbot.mouseClick(rows[1], Qt.MouseButton.LeftButton)
    assert not rows[1].isChecked()
    assert not warning.text().startswith("You picked")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.current_kind() == "review"
    assert pair[0].name in screen.review_sessions[0].text()


def _synthetic(details: EventDetails, count: int) -> EventDetails:
    base = [s for s in details.sessions if s.start_time is not None]
    sessions = []
    for n in range(count):
        model = base[n % len(base)]
        shift = timedelta(days=n // len(base))
        sessions.append(model.model_copy(update={
            "id": f"synthetic-{n}",
            "name": f"{model.name} ({n})",
            "start_time": model.start_time + shift if model.start_time else None,
            "end_time": model.end_time + shift if model.end_time else None,
            "start_time_utc": model.start_time_utc + shift if model.start_time_utc else None,
            "end_time_utc": model.end_time_utc + shift if model.end_time_utc else None,
        }))
    return dataclasses.replace(details, sessions=tuple(sessions))


def test_two_hundred_sessions_are_built_once_per_event_shape(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    _at(kiosk, _first_start(api) - timedelta(hours=1))
    screen = _open_register(kiosk, qtbot, CONFERENCE)
    assert screen.details is not None
    big = _synthetic(screen.details, 200)
    service = kiosk.window.registration.service

    def open_big() -> None:
        screen.open_for(
            big, lambda d: service.plan(big, d), lambda d: service.validate(d, big)
        )

    open_big()
    rows = dict(screen._session_checks)
    assert len(rows) == 200
    assert sum(not row.isHidden() for row in rows.values()) == 200
    next(iter(rows.values())).setChecked(True)
    kiosk.window.registration.reset()  # the attendee walked away
    open_big()
    assert screen._session_checks == rows  # the very same rows: nothing rebuilt
    assert not any(row.isChecked() for row in rows.values())
