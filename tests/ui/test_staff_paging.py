"""The staff view of a long queue: one page at a time, oldest first, with a way to the
next and previous page by touch and by keyboard; what staff do on a row works on the page
shown; the page lays out at a landscape and a portrait kiosk size."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from test_layout import layout_problems
from test_screens import TIMEOUT, _event

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, RegistrationData, RegistrationResult
from kiosk.services.availability import Availability
from kiosk.services.outbox import Outbox, Submission, SubmissionState
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.screens.staff import PAGE_SIZE, StaffScreen

PIN = "2468"
START = datetime.now(UTC) - timedelta(days=1)
CTRL = Qt.KeyboardModifier.ControlModifier
GRABS = os.environ.get("KIOSK_STAFF_GRABS", "")  # a folder: the screenshots are kept there


def _fill(outbox: Outbox, event_id: str, event_name: str, count: int) -> list[str]:
    """``count`` queued registrations a second apart, written the way the outbox writes
    them, in one transaction (a day offline, fast); every tenth one refused."""
    payload = json.dumps(RegistrationData(attendees=[
        Attendee(first_name="Queued", last_name="Person", email="queued@example.org")
    ]).to_wire())
    ids = [f"{n:08d}-0000-4000-8000-000000000000" for n in range(count)]
    with closing(sqlite3.connect(outbox.path)) as db:
        db.executemany(
            "INSERT INTO submissions (id, created_at, readable_event_id, event_name, payload,"
            " state, idempotency_key, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (sid, START.timestamp() + n, event_id, event_name, payload,
                 "refused" if n % 10 == 9 else "queued", sid,
                 "The event is full." if n % 10 == 9 else None)
                for n, sid in enumerate(ids)
            ],
        )
        db.commit()
    return ids


def _get(outbox: Outbox, submission_id: str) -> Submission:
    stored = outbox.get(submission_id)
    assert stored is not None
    return stored


def _shown_ids(staff: StaffScreen) -> list[str]:
    return [staff.model.submission(row).id for row in range(staff.model.rowCount())]


def _unlock(qtbot: QtBot, kiosk: Kiosk) -> StaffScreen:
    staff = kiosk.window.staff.screen
    kiosk.window.staff.open()
    qtbot.keyClicks(staff.pin_edit, PIN)
    qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: staff.unlocked, timeout=TIMEOUT)
    return staff


def test_staff_page_through_a_long_queue_oldest_first_by_touch_and_keys(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        opened = _event(api, Availability.OPEN)
        ids = _fill(kiosk.outbox, opened.readable_event_id, opened.event_name, 120)
        staff = _unlock(qtbot, kiosk)
        qtbot.waitUntil(lambda: staff.model.rowCount() == PAGE_SIZE, timeout=TIMEOUT)
        assert _shown_ids(staff) == ids[:50]  # the oldest first
        assert staff.pager.isVisible()
        assert staff.page_line.text() == "Rows 1–50 of 120"
        assert not staff.previous_page_button.isEnabled()
        assert staff.summary.text() == (
            "108 registrations waiting to be sent\n12 registrations refused by the server"
        )

        # A tap on "Next page".
        qtbot.mouseClick(staff.next_page_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _shown_ids(staff) == ids[50:100], timeout=TIMEOUT)
        assert staff.page_line.text() == "Rows 51–100 of 120"
        assert staff.previous_page_button.isEnabled()

        # Meanwhile one is delivered and a new one arrives: the page shown stays put.
        kiosk.outbox.mark_delivered(ids[60], RegistrationResult(status="Success"))
        late = kiosk.outbox.add(opened.readable_event_id, opened.event_name, RegistrationData(
            attendees=[Attendee(first_name="Late", last_name="Arrival", email="l@example.org")]))
        kiosk.window.queue_changed.emit()
        qtbot.waitUntil(lambda: ids[60] not in _shown_ids(staff), timeout=TIMEOUT)
        assert _shown_ids(staff) == ids[50:60] + ids[61:101]
        assert staff.page_line.text() == "Rows 51–100 of 120"

        # The keyboard: Ctrl+Page Down to the last page, and Tab to the buttons.
        staff.table.setFocus()
        QTest.keyClick(staff.table, Qt.Key.Key_PageDown, CTRL)
        qtbot.waitUntil(lambda: _shown_ids(staff)[-1] == late.id, timeout=TIMEOUT)
        assert _shown_ids(staff) == [*ids[101:], late.id]
        assert staff.page_line.text() == "Rows 101–120 of 120"
        assert not staff.next_page_button.isEnabled()
        assert staff.previous_page_button.focusPolicy() & Qt.FocusPolicy.TabFocus
        staff.previous_page_button.setFocus()
        QTest.keyClick(staff.previous_page_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: _shown_ids(staff)[0] == ids[50], timeout=TIMEOUT)
        assert staff.page_line.text() == "Rows 51–100 of 120"
        QTest.keyClick(staff.table, Qt.Key.Key_PageUp, CTRL)
        qtbot.waitUntil(lambda: _shown_ids(staff)[0] == ids[0], timeout=TIMEOUT)
        assert staff.page_line.text() == "Rows 1–50 of 120"

        # Big enough to hit with a finger.
        for button in (staff.previous_page_button, staff.next_page_button):
            assert button.height() >= 48
            assert button.width() >= 48


def test_retry_and_seen_act_on_the_page_shown(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    """Retry the selected row of page two; only the refusals staff were shown start the
    purge clock (those of the page they never opened keep their data)."""
    lock = StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        closed = _event(api, Availability.CLOSED)
        ids = _fill(kiosk.outbox, closed.readable_event_id, closed.event_name, 70)
        staff = _unlock(qtbot, kiosk)
        qtbot.waitUntil(lambda: staff.model.rowCount() == PAGE_SIZE, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: _get(kiosk.outbox, ids[49]).seen_by_staff_at is not None,
                        timeout=TIMEOUT)
        assert _get(kiosk.outbox, ids[59]).seen_by_staff_at is None  # on page two

        qtbot.mouseClick(staff.next_page_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _shown_ids(staff) == ids[50:], timeout=TIMEOUT)
        qtbot.waitUntil(lambda: _get(kiosk.outbox, ids[59]).seen_by_staff_at is not None,
                        timeout=TIMEOUT)
        row = _shown_ids(staff).index(ids[59])
        staff.table.selectionModel().select(
            staff.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        qtbot.mouseClick(staff.retry_selected_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: staff.feedback.text() == "Sending 1 registration again…", timeout=TIMEOUT
        )
        again = _get(kiosk.outbox, ids[59])
        assert again.state is SubmissionState.QUEUED
        assert again.previous_keys == (ids[59],)  # a new attempt, a new key
        # The server refuses it again (closed event): the view says so, on its own.
        kiosk.window.registration.service.send(again)
        qtbot.waitUntil(
            lambda: staff.feedback.text() == "1 registration refused again (see the reason).",
            timeout=TIMEOUT,
        )
        assert staff.page_line.text() == "Rows 51–70 of 70"


@pytest.mark.parametrize("count", [0, 3, 120, 50_000])
@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)])
def test_the_staff_queue_lays_out_with_any_number_waiting(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None,
    count: int, size: tuple[int, int],
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        opened = _event(api, Availability.OPEN)
        _fill(kiosk.outbox, opened.readable_event_id, opened.event_name, count)
        window = kiosk.window
        window.resize(*size)
        qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=TIMEOUT)
        staff = _unlock(qtbot, kiosk)
        if count:
            qtbot.waitUntil(lambda: staff.model.rowCount() == min(count, PAGE_SIZE),
                            timeout=TIMEOUT)
        else:
            qtbot.waitUntil(staff.empty_state.isVisible, timeout=TIMEOUT)
        assert staff.pager.isVisible() == (count > PAGE_SIZE)
        if count > PAGE_SIZE:
            total = QLocale().toString(count)  # grouped as the kiosk's language groups it
            assert staff.page_line.text() == f"Rows 1–50 of {total}"
            for button in (staff.previous_page_button, staff.next_page_button):
                assert button.height() >= 48
        QTest.qWait(50)  # let the layout settle
        problems = [p for p in layout_problems(window) if "Pager" in p or "page" in p.lower()]
        assert problems == []
        if GRABS:
            window.grab().save(str(Path(GRABS) / f"staff-{count}-{size[0]}x{size[1]}.png"))
