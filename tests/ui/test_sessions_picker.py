"""Picking sessions: grouped by day and time, ended ones hidden, overlaps resolved."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from kiosk_harness import Kiosk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_register_steps import _grab
from test_screens import _answer_questions, _open_register

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Session
from kiosk.server.demo import CONFERENCE
from kiosk.services.catalog import EventDetails
from kiosk.ui.models import Role
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


def _headings(screen: RegisterScreen, kind: str) -> list[str]:
    choices = screen.session_choices
    return [
        choices.index(row).data() for row in range(choices.rowCount())
        if choices.row(row).kind == kind
    ]


def _tap(qtbot: QtBot, screen: RegisterScreen, session_id: str) -> None:
    """A finger on the session's row, away from its box (anywhere on the row ticks it)."""
    view = screen.session_view
    QApplication.processEvents()  # the step shown is laid out
    # Long lists are laid out in batches between paints: the row may not be placed yet.
    def placed() -> bool:
        rect = view.rect_of(session_id)
        return not rect.isEmpty() and view.viewport().rect().contains(rect.center())

    qtbot.waitUntil(placed, timeout=10_000)
    rect = view.rect_of(session_id)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_sessions_are_grouped_by_day_and_start_with_seats_as_a_chip(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    _at(kiosk, _first_start(api) - timedelta(hours=1))
    kiosk.window.resize(1280, 800)
    screen = _open_register(kiosk, qtbot, CONFERENCE)
    _to_sessions_step(qtbot, screen)
    sessions = api.sessions(CONFERENCE)
    choices = screen.session_choices
    assert len(choices.offered_ids) == len(sessions) == 42
    days = {s.start_time.date() for s in sessions if s.start_time}
    assert len(_headings(screen, "day")) == len(days)
    slots = {s.start_time for s in sessions if s.start_time}
    assert len(_headings(screen, "slot")) == len(slots)
    _grab(screen, "sessions-step")
    QApplication.processEvents()
    view = screen.session_view
    seats = [choices.index(choices.row_of(s.id)).data(Role.AVAILABILITY) for s in sessions]
    assert any(seats)
    for session in sessions[:6]:
        rect = view.rect_of(session.id)
        assert rect.height() >= 56  # a touch target: the whole row ticks the session
        assert rect.width() >= view.viewport().width() - 2


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
    shown = set(screen.session_choices.offered_ids)
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
    choices = screen.session_choices
    for session in pair:
        _tap(qtbot, screen, session.id)
    assert all(choices.is_checked(s.id) for s in pair)
    clock = start.strftime("%H:%M")
    warning = screen.sessions_hint
    assert warning.text().startswith(f"You picked two sessions at {clock}")
    assert warning.objectName() == "fieldError"  # styled as an error, in the hint's place
    _grab(screen, "sessions-overlap")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.current_kind() == "sessions"  # not before it is resolved
    _tap(qtbot, screen, pair[1].id)
    assert not choices.is_checked(pair[1].id)
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
    choices = screen.session_choices
    offered = choices.offered_ids
    assert len(offered) == 200
    rows = [choices.row(n) for n in range(choices.rowCount())]
    assert choices.set_checked(offered[0], True)
    kiosk.window.registration.reset()  # the attendee walked away
    open_big()
    # The very same rows: nothing rebuilt.
    assert [choices.row(n) for n in range(choices.rowCount())] == rows
    assert choices.checked_ids() == []
