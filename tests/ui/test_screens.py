"""The kiosk as an attendee uses it: real window offscreen, real local server, real outbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from kiosk_harness import Kiosk, active_timers, build_kiosk, walk_away_now
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QListView, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Event
from kiosk.services.availability import Availability, event_availability
from kiosk.services.catalog import EventDetails
from kiosk.services.outbox import SubmissionState
from kiosk.services.registration import Decision, Plan, build_payload
from kiosk.ui.models import Role
from kiosk.ui.screens.register import RegisterScreen
from kiosk.ui.widgets import wipe_field
from kiosk.ui.window import WindowSettings

TIMEOUT = 10_000  # ms; generous for a loaded 2-core machine, never waited in the good case


def _events_by_state(api: EventsApiClient) -> dict[Availability, list[Event]]:
    now = datetime.now(UTC)
    found: dict[Availability, list[Event]] = {}
    for event in api.published_events():
        paid = bool(api.passes(event.readable_event_id))
        count = api.event_registration_count(event.readable_event_id)
        state = event_availability(event, count, now, paid=paid).availability
        found.setdefault(state, []).append(event)
    return found


def _event(api: EventsApiClient, state: Availability) -> Event:
    events = _events_by_state(api).get(state)
    assert events, f"the demo has no event that is {state.value}"
    return events[0]


def _wait_for_events(kiosk: Kiosk, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: kiosk.window.browse.events_screen.model.rowCount() > 0, timeout=TIMEOUT)


def _tap_index(qtbot: QtBot, view: QListView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open_event(kiosk: Kiosk, qtbot: QtBot, readable_id: str) -> None:
    _wait_for_events(kiosk, qtbot)
    screen = kiosk.window.browse.events_screen
    row = next(
        r for r in range(screen.model.rowCount())
        if screen.model.index(r).data(Role.KEY) == readable_id
    )
    _tap_index(qtbot, screen.view, row)
    page = kiosk.window.browse.event_screen
    qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is page, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.details is not None, timeout=TIMEOUT)


def _open_register(kiosk: Kiosk, qtbot: QtBot, readable_id: str) -> RegisterScreen:
    _open_event(kiosk, qtbot, readable_id)
    primary = kiosk.window.browse.event_screen.primary
    assert primary.isEnabled()
    qtbot.mouseClick(primary, Qt.MouseButton.LeftButton)
    assert kiosk.window.stack.currentWidget() is kiosk.window.registration.register_screen
    return kiosk.window.registration.register_screen


def _fill(qtbot: QtBot, screen: RegisterScreen, first: str = "Lena", email: str = "") -> None:
    """Type like an attendee: names, e-mail, one answer per question, consent."""
    qtbot.keyClicks(screen.first_name, first)
    qtbot.keyClicks(screen.last_name, "Vogt")
    qtbot.keyClicks(screen.email, email or f"{first.lower()}.vogt@example.org")
    _answer_questions(qtbot, screen)
    screen.consent.setChecked(True)


def _answer_questions(qtbot: QtBot, screen: RegisterScreen) -> None:
    for question in screen._questions:
        if question.edit is not None:
            qtbot.keyClicks(question.edit, "Engineer")
        elif question.checks:
            question.checks[0].setChecked(True)
        elif question.group is not None:
            question.group.buttons()[0].click()


def _next_steps(qtbot: QtBot, screen: RegisterScreen) -> None:
    """Tap Next as an attendee does, until the review step or a step that has a problem."""
    for _ in range(screen.step_count()):
        if screen.current_kind() == "review":
            return
        before = screen.current_step()
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
        if screen.current_step() == before:
            return  # this step has a problem: its message is shown, the step stays


def _submit(kiosk: Kiosk, qtbot: QtBot) -> None:
    """Walk the steps with Next, then tap the big button on the review step."""
    screen = kiosk.window.registration.register_screen
    _next_steps(qtbot, screen)
    if screen.current_kind() == "review":
        screen.scroll_area.ensureWidgetVisible(screen.submit)
        qtbot.mouseClick(screen.submit, Qt.MouseButton.LeftButton)


def _wait_confirmation(kiosk: Kiosk, qtbot: QtBot) -> None:
    qtbot.waitUntil(
        lambda: kiosk.window.stack.currentWidget() is kiosk.window.registration.confirmation_screen,
        timeout=TIMEOUT,
    )


def test_the_start_screen_lists_the_published_events_in_start_order(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    _wait_for_events(kiosk, qtbot)
    model = kiosk.window.browse.events_screen.model
    shown = [model.index(r).data(Role.KEY) for r in range(model.rowCount())]
    published = sorted(
        api.published_events(), key=lambda e: e.start_date_utc or datetime.max.replace(tzinfo=UTC)
    )
    assert shown == [e.readable_event_id for e in published]
    for row in range(model.rowCount()):
        assert model.index(row).data(Role.WHEN)  # date, time and time-zone label
        assert model.index(row).data(Role.AVAILABILITY)
    assert not kiosk.window.banner.isVisible()


def test_tapping_a_card_opens_the_event_with_its_qr_code(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = _event(api, Availability.OPEN)
    _open_event(kiosk, qtbot, event.readable_event_id)
    screen = kiosk.window.browse.event_screen
    assert screen.name.text() == event.event_name
    assert screen.primary.text() == "Register"
    assert screen.primary.isEnabled()
    qtbot.waitUntil(lambda: screen.qr.has_code, timeout=TIMEOUT)
    assert screen.qr_caption.text() == "Scan to open on your phone"
    # The back button returns to the list.
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert kiosk.window.stack.currentWidget() is kiosk.window.browse.events_screen


def test_the_agenda_is_grouped_by_day_and_filtered_by_track(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    events = [e for e in api.published_events() if api.tracks(e.readable_event_id)]
    event = max(events, key=lambda e: len(api.sessions(e.readable_event_id)))
    _open_event(kiosk, qtbot, event.readable_event_id)
    screen = kiosk.window.browse.event_screen
    proxy = screen.agenda_filter
    rows = [
        (proxy.index(r, 0).data(Role.KIND), proxy.index(r, 0).data(Role.ITEM))
        for r in range(proxy.rowCount())
    ]
    sessions = api.sessions(event.readable_event_id)
    assert sum(1 for kind, _ in rows if kind == "session") == len(sessions)
    days = {s.start_time.date() for s in sessions if s.start_time}
    assert sum(1 for kind, _ in rows if kind == "day") == len(days)
    # Within a day, by time.
    times = [item.start_time for kind, item in rows if kind == "session"]
    assert times == sorted(times)

    track = api.tracks(event.readable_event_id)[0]
    expected = {s.id for s in api.track_sessions(track.id)}
    button = next(b for b in screen.track_buttons if b.text().replace("&&", "&") == track.name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    shown = {
        proxy.index(r, 0).data(Role.KEY)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(Role.KIND) == "session"
    }
    assert shown == expected


def test_a_walk_up_registration_reaches_the_server(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = _event(api, Availability.OPEN)
    before = api.event_registration_count(event.readable_event_id)
    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    assert screen.title.text() == "Register"
    _fill(qtbot, screen, "Amira")
    _submit(kiosk, qtbot)
    qtbot.waitUntil(lambda: screen.busy, timeout=TIMEOUT)
    assert not screen.submit.isEnabled()  # cannot be pressed twice while sending
    assert screen.submit.text() == "Sending…"
    _submit(kiosk, qtbot)
    _wait_confirmation(kiosk, qtbot)
    confirmation = kiosk.window.registration.confirmation_screen
    assert confirmation.title.text() == "You are registered"
    assert "Amira Vogt" in confirmation.who.text()
    assert confirmation.qr.has_code
    assert confirmation.code.text().startswith("Your check-in code: ")
    assert api.event_registration_count(event.readable_event_id) == before + 1
    assert kiosk.outbox.undelivered() == []
    assert kiosk.outbox.queued_count()[0] == 0
    # The form forgets the attendee once they are done (right after the confirmation).
    qtbot.waitUntil(lambda: screen.first_name.text() == "", timeout=TIMEOUT)
    assert screen.details is None


def test_a_full_event_offers_its_waitlist(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = _event(api, Availability.WAITLIST)
    before = api.event_registration_count(event.readable_event_id)
    _open_event(kiosk, qtbot, event.readable_event_id)
    assert kiosk.window.browse.event_screen.primary.text() == "Join the waitlist"
    qtbot.mouseClick(kiosk.window.browse.event_screen.primary, Qt.MouseButton.LeftButton)
    screen = kiosk.window.registration.register_screen
    assert screen.title.text() == "Join the waitlist"
    assert screen.submit.text() == "Join the waitlist"
    _fill(qtbot, screen, "Tomas")
    _submit(kiosk, qtbot)
    _wait_confirmation(kiosk, qtbot)
    assert kiosk.window.registration.confirmation_screen.title.text() == "You are on the waitlist"
    assert api.event_registration_count(event.readable_event_id) == before


def test_a_closed_event_cannot_be_registered(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = _event(api, Availability.CLOSED)
    _open_event(kiosk, qtbot, event.readable_event_id)
    screen = kiosk.window.browse.event_screen
    assert not screen.primary.isEnabled()
    assert screen.reason.isVisible()
    assert screen.reason.text() == (event.website_message or "").strip()


def test_a_paid_event_sends_the_attendee_to_staff(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = _event(api, Availability.PAID)
    _open_event(kiosk, qtbot, event.readable_event_id)
    screen = kiosk.window.browse.event_screen
    assert not screen.primary.isEnabled()
    assert screen.reason.text() == "Please ask a staff member to register you for this event."


def test_each_validation_message_and_nothing_is_sent(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = next(
        e for e in _events_by_state(api).get(Availability.OPEN, [])
        if any(f.is_required for f in api.custom_registration_fields(e.readable_event_id))
    )
    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    # Next checks only the step shown: the names, not yet the e-mail.
    _submit(kiosk, qtbot)
    assert screen.current_step() == 0
    assert screen.first_name_error.text() == "Please fill in your first name."
    assert screen.last_name_error.text() == "Please fill in your last name."
    assert screen.first_name_error.isVisible()
    assert not screen.email_error.isVisible()
    assert screen.summary.text() == "Please check the fields marked in red."
    qtbot.keyClicks(screen.first_name, "x" * 60)
    assert screen.first_name_error.text() == "Please shorten this to 50 characters or fewer."
    wipe_field(screen.first_name)
    qtbot.keyClicks(screen.first_name, "Lena")
    qtbot.keyClicks(screen.last_name, "Vogt")
    assert not screen.first_name_error.isVisible()
    assert not screen.summary.isVisible()  # the summary line goes once all is fixed

    _submit(kiosk, qtbot)  # on to the e-mail, which stops the walk
    assert screen.current_kind() == "email"
    assert screen.email_error.text() == "Please fill in your e-mail address."
    qtbot.keyClicks(screen.email, "lena@")
    assert screen.email_error.text() == (
        "This does not look like an e-mail address (name@example.org)."
    )
    qtbot.keyClicks(screen.email, "example.org")
    assert not screen.email_error.isVisible()

    _submit(kiosk, qtbot)  # the questions
    assert screen.current_kind() == "questions"
    required = [
        q for q in screen._questions if q.field.is_required and q.error.isVisibleTo(screen)
    ]
    assert required
    for question in required:
        expected = (
            "Please answer this question." if question.edit is not None
            else "Please choose an answer."
        )
        assert question.error.text() == expected
    _answer_questions(qtbot, screen)
    _submit(kiosk, qtbot)
    assert screen.current_kind() == "review"
    assert screen.consent_error.text() == "Please tick the box to agree before registering."
    assert kiosk.outbox.queued_count()[0] == 0
    assert kiosk.window.stack.currentWidget() is screen


def test_a_full_session_offers_its_waitlist(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    candidates = []
    for event in _events_by_state(api).get(Availability.OPEN, []):
        if event.allow_custom_agenda and event.show_waitlist:
            full = [s for s in api.sessions(event.readable_event_id) if s.seats_left == 0]
            if full:
                candidates.append((event, full[0]))
    assert candidates, "the demo needs an open event with a full session and a waitlist"
    event, session = candidates[0]
    # Seen before the session starts (the form hides sessions already over).
    assert session.start_time_utc is not None
    before_it = session.start_time_utc - timedelta(hours=1)
    kiosk.window.registration.register_screen.clock = lambda: before_it
    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    choices = screen.session_choices
    index = choices.index(choices.row_of(session.id))
    assert index.flags() & Qt.ItemFlag.ItemIsEnabled  # picked the same way: its waitlist
    assert index.data(Role.AVAILABILITY) == "Full – waitlist"
    _fill(qtbot, screen, "Noor")
    assert choices.set_checked(session.id, True)
    _submit(kiosk, qtbot)
    _wait_confirmation(kiosk, qtbot)
    confirmation = kiosk.window.registration.confirmation_screen
    assert confirmation.title.text() == "You are registered"
    assert f"Waitlisted for: {session.name}" in confirmation.message.text()


def test_a_refusal_shows_the_servers_reason_and_keeps_the_form(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = min(
        (e for e in _events_by_state(api).get(Availability.OPEN, []) if e.is_capacity_restricted),
        key=lambda e: e.max_capacity - api.event_registration_count(e.readable_event_id),
    )
    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    _fill(qtbot, screen, "Late")
    # Meanwhile other kiosks take every remaining seat.
    left = event.max_capacity - api.event_registration_count(event.readable_event_id)
    fields = api.custom_registration_fields(event.readable_event_id)
    answers = screen.draft().answers
    details = EventDetails(event=event, fields=tuple(fields))
    for n in range(left):
        draft = screen.draft()
        draft.email = f"other{n}@example.org"
        draft.answers = answers
        payload = build_payload(draft, details, Plan(Decision.REGISTER))
        assert api.register(event.readable_event_id, payload).succeeded
    _submit(kiosk, qtbot)
    qtbot.waitUntil(lambda: screen.summary.isVisible() and not screen.busy, timeout=TIMEOUT)
    assert kiosk.window.stack.currentWidget() is screen
    message = screen.summary.text()
    assert message.startswith("Sorry, the event filled up a moment ago.")
    assert screen.first_name.text() == "Late"  # nothing typed is lost
    refused = kiosk.outbox.undelivered()
    assert [s.state for s in refused] == [SubmissionState.REFUSED]


def test_the_idle_timer_returns_to_the_start_and_wipes_the_form(
    qtbot: QtBot, api: EventsApiClient, tmp_path, english: None
) -> None:
    event = _event(api, Availability.OPEN)
    settings = WindowSettings(idle_timeout_s=90, idle_warning_s=0)  # no "Still there?"
    with build_kiosk(qtbot, api, tmp_path, settings) as kiosk:
        QApplication.instance().installEventFilter(kiosk.window.idle)
        try:
            screen = _open_register(kiosk, qtbot, event.readable_event_id)
            qtbot.keyClicks(screen.first_name, "Private")
            qtbot.keyClicks(screen.email, "private@example.org")
            walk_away_now(kiosk.window.idle)
            qtbot.waitUntil(
                lambda: kiosk.window.stack.currentWidget() is kiosk.window.browse.events_screen,
                timeout=TIMEOUT,
            )
            assert screen.first_name.text() == ""
            assert screen.email.text() == ""
            assert screen.details is None
        finally:
            QApplication.instance().removeEventFilter(kiosk.window.idle)


def test_stopping_leaves_no_timer_running(kiosk: Kiosk, qtbot: QtBot) -> None:
    _wait_for_events(kiosk, qtbot)
    kiosk.window.stop()
    assert active_timers(kiosk.window) == []


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_touch_targets_are_large_enough_in_both_orientations(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient, size: tuple[int, int]
) -> None:
    kiosk.window.resize(*size)
    event = _event(api, Availability.OPEN)
    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    small = []
    for step in range(screen.step_count()):
        screen.show_step(step)
        QApplication.processEvents()
        small += [
            (type(w).__name__, w.text(), w.height())
            for w in screen.findChildren(QPushButton) + screen.findChildren(QCheckBox)
            + screen.findChildren(QRadioButton)
            if w.isVisible() and w.height() < 56
        ]
    assert small == []
    assert screen.width() <= size[0]


def test_the_next_attendee_gets_the_same_form_cleared_not_rebuilt(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = next(
        e for e in _events_by_state(api).get(Availability.OPEN, []) if e.allow_custom_agenda
    )
    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    choices = screen.session_choices
    offered = choices.offered_ids
    assert offered
    first_row = choices.row(choices.row_of(offered[0]))
    _fill(qtbot, screen, "First")
    assert choices.set_checked(offered[0], True)
    kiosk.window.reset_to_start()  # the attendee walked away

    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    # The very same rows: no rebuild.
    assert choices.row(choices.row_of(offered[0])) is first_row
    assert choices.checked_ids() == []
    assert screen.first_name.text() == ""
    assert all(q.answer() in (None, "", []) for q in screen._questions)


def test_a_repeat_registration_shows_no_code_only_where_to_find_it(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    """Whoever types a registered attendee's e-mail must not get their check-in code."""
    event = _event(api, Availability.OPEN)
    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    _fill(qtbot, screen, "Mara", "mara.vogt@example.org")
    _submit(kiosk, qtbot)
    _wait_confirmation(kiosk, qtbot)
    confirmation = kiosk.window.registration.confirmation_screen
    assert confirmation.qr.has_code  # the owner, the first time, gets the code
    qtbot.mouseClick(confirmation.done_button, Qt.MouseButton.LeftButton)

    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    _fill(qtbot, screen, "Someone", "MARA.Vogt@Example.ORG")
    _submit(kiosk, qtbot)
    _wait_confirmation(kiosk, qtbot)
    assert confirmation.title.text() == "You were already registered"
    assert confirmation.message.text() == "Your check-in code is in your confirmation e-mail."
    assert not confirmation.qr.has_code
    assert not confirmation.qr.isVisible()
    assert not confirmation.code.isVisible()
    shown = " ".join(
        label.text() for label in (
            confirmation.title, confirmation.message, confirmation.who, confirmation.code
        )
    )
    assert "Mara" not in shown  # only what this person typed
    assert "Someone Vogt" in confirmation.who.text()
