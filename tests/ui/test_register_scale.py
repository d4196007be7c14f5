"""The sessions step and the agenda at a big venue's size (issue 13, item 6): a counts
refresh relabels what changed and nothing else, ticks survive it, and 2,000 sessions are
one list, not 2,000 widgets."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from kiosk_harness import Kiosk
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_checkin_flow import register
from test_screens import TIMEOUT, _open_register
from test_sessions_picker import _at, _first_start, _synthetic, _tap, _to_sessions_step

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE
from kiosk.services.catalog import EventDetails
from kiosk.ui.models import Role
from kiosk.ui.screens.register import RegisterScreen


def _rows_told(model: object) -> list[int]:
    """The rows a model says changed, from now on (a spy on its dataChanged)."""
    told: list[int] = []

    def note(top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        told.extend(range(top.row(), bottom.row() + 1))

    model.dataChanged.connect(note)  # type: ignore[attr-defined]
    return told


def _seats(screen: RegisterScreen, session_id: str) -> str:
    choices = screen.session_choices
    return str(choices.index(choices.row_of(session_id)).data(Role.AVAILABILITY) or "")


def _agenda_seats(kiosk: Kiosk, session_id: str) -> str:
    model = kiosk.window.browse.event_screen.agenda_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data(Role.KEY) == session_id)
    return str(model.index(row).data(Role.AVAILABILITY) or "")


def test_a_refresh_relabels_the_one_session_that_changed_on_the_form_and_the_agenda(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    """Someone registers for a session at another kiosk: at the next counts refresh this
    form and the event page under it say one seat fewer for that session, tell nothing
    about any other, and the session this attendee ticked stays ticked."""
    _at(kiosk, _first_start(api) - timedelta(hours=1))
    kiosk.window.resize(1280, 800)
    screen = _open_register(kiosk, qtbot, CONFERENCE)
    _to_sessions_step(qtbot, screen)
    choices = screen.session_choices
    limited = [s for s in api.sessions(CONFERENCE)
               if s.is_capacity_restricted and (s.seats_left or 0) > 1]
    taken, mine = limited[0], limited[1]
    _tap(qtbot, screen, mine.id)
    assert choices.is_checked(mine.id)
    before = _seats(screen, taken.id)
    assert before == f"{taken.seats_left} seats left"
    agenda_before = _agenda_seats(kiosk, taken.id)
    assert agenda_before == before
    others = {sid: choices.index(choices.row_of(sid)).data() for sid in choices.offered_ids}
    form_told = _rows_told(choices)
    agenda = kiosk.window.browse.event_screen.agenda_model
    agenda_told = _rows_told(agenda)
    rebuilt: list[str] = []
    agenda.modelReset.connect(lambda: rebuilt.append("reset"))
    agenda.rowsInserted.connect(lambda *_: rebuilt.append("inserted"))

    register(api, CONFERENCE, "Chidi", sessions=(taken.id,))  # at another kiosk
    kiosk.window.browse.refresh_open_event()
    after = f"{(taken.seats_left or 0) - 1} seats left"
    qtbot.waitUntil(lambda: _seats(screen, taken.id) == after, timeout=TIMEOUT)

    index = choices.index(choices.row_of(taken.id))
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == after  # read out, too
    assert form_told == [choices.row_of(taken.id)]  # no other row relabelled
    assert {sid: choices.index(choices.row_of(sid)).data() for sid in choices.offered_ids} \
        == others
    assert choices.is_checked(mine.id)
    assert screen.draft().session_ids == [mine.id]
    assert screen.current_kind() == "sessions"  # the attendee stays where they were

    # The event page under the form: relabelled when it shows again.
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    while screen.isVisible():
        qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _agenda_seats(kiosk, taken.id) == after, timeout=TIMEOUT)
    taken_rows = {r for r in range(agenda.rowCount())
                  if agenda.index(r).data(Role.KEY) == taken.id}
    assert set(agenda_told) == taken_rows
    assert rebuilt == []


def _open_big(
    kiosk: Kiosk, screen: RegisterScreen, count: int, *, waitlist: bool = True
) -> EventDetails:
    assert screen.details is not None
    big = _synthetic(screen.details, count)
    event = big.event.model_copy(update={"show_waitlist": waitlist})
    big = dataclasses.replace(big, event=event)
    service = kiosk.window.registration.service
    screen.open_for(big, lambda d: service.plan(big, d), lambda d: service.validate(d, big))
    return big


def test_two_thousand_sessions_are_one_list_that_taps_keys_and_refreshes_work_on(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    _at(kiosk, _first_start(api) - timedelta(hours=1))
    kiosk.window.resize(1280, 800)
    screen = _open_register(kiosk, qtbot, CONFERENCE)
    widgets_at_42 = len(screen.sessions_step.page.findChildren(QWidget))
    big = _open_big(kiosk, screen, 2000)
    choices = screen.session_choices
    assert len(choices.offered_ids) == 2000
    screen.show_step(screen._active_steps().index(screen.sessions_step))
    assert screen.current_kind() == "sessions"
    QApplication.processEvents()
    # No widget per session: what the step holds does not grow with the agenda.
    step_widgets = screen.sessions_step.page.findChildren(QWidget)
    assert len(step_widgets) == widgets_at_42
    assert len(step_widgets) < 30

    # A tap anywhere on a row far down the list ticks it; a second tap clears it.
    far = choices.offered_ids[1500]
    _tap(qtbot, screen, far)
    assert choices.checked_ids() == [far]
    view = screen.session_view
    assert view.rect_of(far).height() >= 56  # a touch target
    # Space and Enter on the current row, as a keyboard or a switch sends them.
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.setCurrentIndex(choices.index(choices.row_of(far)))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not choices.is_checked(far)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert choices.is_checked(far)
    # The arrows go from session to session: a heading is never the current row.
    first_row = choices.row_of(choices.offered_ids[0])
    view.setCurrentIndex(choices.index(first_row))
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert choices.row(view.currentIndex().row()).kind == "session"

    # A counts refresh that changes one session relabels that row alone, ticks kept.
    sessions = list(big.sessions)
    at = next(n for n, s in enumerate(sessions) if s.id == choices.offered_ids[3])
    sessions[at] = sessions[at].model_copy(
        update={"max_capacity": 50, "is_capacity_restricted": True, "registration_count": 49})
    told = _rows_told(choices)
    screen.update_details(dataclasses.replace(big, sessions=tuple(sessions)))
    assert told == [choices.row_of(sessions[at].id)]
    assert _seats(screen, sessions[at].id) == "1 seat left"
    assert choices.checked_ids() == [far]
    assert screen.draft().session_ids == [far]
    screen.go_next()
    assert screen.current_kind() == "review"
    assert big.sessions[int(far.split("-")[1])].name in screen.review_sessions[0].text()


def test_a_session_that_fills_up_is_dropped_and_cannot_be_ticked(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    """The event has no waitlist for a full session here: the tick goes, and a tap on the
    full session does nothing (it says "Fully booked")."""
    _at(kiosk, _first_start(api) - timedelta(hours=1))
    kiosk.window.resize(1280, 800)
    screen = _open_register(kiosk, qtbot, CONFERENCE)
    big = _open_big(kiosk, screen, 200, waitlist=False)
    screen.show_step(screen._active_steps().index(screen.sessions_step))
    choices = screen.session_choices
    target = next(sid for sid in choices.offered_ids
                  if choices.index(choices.row_of(sid)).flags() & Qt.ItemFlag.ItemIsEnabled)
    _tap(qtbot, screen, target)
    assert choices.is_checked(target)
    sessions = list(big.sessions)
    at = next(n for n, s in enumerate(sessions) if s.id == target)
    sessions[at] = sessions[at].model_copy(
        update={"max_capacity": 10, "is_capacity_restricted": True, "registration_count": 10})
    screen.update_details(dataclasses.replace(big, sessions=tuple(sessions)))
    assert not choices.is_checked(target)
    assert _seats(screen, target) == "Fully booked"
    _tap(qtbot, screen, target)
    assert not choices.is_checked(target)
    assert screen.draft().session_ids == []
