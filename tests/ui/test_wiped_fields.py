"""The next person at the kiosk cannot get the last one's details back: a wiped field has
no undo or redo history and no context menu, and nothing typed stays on the clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk, walk_away_now
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from test_screens import (
    TIMEOUT,
    _events_by_state,
    _fill,
    _open_register,
    _submit,
    _wait_confirmation,
)

from kiosk.api.client import EventsApiClient
from kiosk.api.models import CustomFieldType
from kiosk.services.availability import Availability
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.window import WindowSettings

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
UNDO_REDO = [(Qt.Key.Key_Z, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)]


def _event_with_a_text_question(api: EventsApiClient) -> str:
    for event in _events_by_state(api).get(Availability.OPEN, []):
        fields = api.custom_registration_fields(event.readable_event_id)
        if any(f.type is CustomFieldType.SIMPLE_TEXT for f in fields):
            return event.readable_event_id
    raise AssertionError("the demo needs an open event with a text question")


def _personal_fields(kiosk: Kiosk) -> list[QLineEdit]:
    screen = kiosk.window.registration.register_screen
    answers = [q.edit for q in screen._questions if q.edit is not None]
    assert answers, "no text answer on the form"
    return [screen.first_name, screen.last_name, screen.email, *answers]


def _assert_nothing_comes_back(qtbot: QtBot, field: QLineEdit) -> None:
    name = field.accessibleName()
    assert field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu, name
    assert not field.isUndoAvailable(), name
    assert not field.isRedoAvailable(), name
    field.setFocus()
    for key, modifiers in UNDO_REDO:
        qtbot.keyClick(field, key, modifiers)
        assert field.text() == "", name


@pytest.mark.parametrize("leaves_by", ["submitting", "walking away"])
def test_the_next_attendee_cannot_undo_back_the_last_ones_details(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None, leaves_by: str
) -> None:
    readable_id = _event_with_a_text_question(api)
    settings = WindowSettings(idle_timeout_s=90, idle_warning_s=0)  # no "Still there?"
    with build_kiosk(qtbot, api, tmp_path / "kiosk", settings) as kiosk:
        window = kiosk.window
        QApplication.instance().installEventFilter(window.idle)
        try:
            screen = _open_register(kiosk, qtbot, readable_id)
            _fill(qtbot, screen, "Private", "private.person@example.org")
            assert all(field.isUndoAvailable() for field in _personal_fields(kiosk))
            screen.email.selectAll()
            qtbot.keyClick(screen.email, Qt.Key.Key_C, CTRL)  # copied, not yet pasted
            assert QApplication.clipboard().text() == "private.person@example.org"
            if leaves_by == "submitting":
                _submit(kiosk, qtbot)
                _wait_confirmation(kiosk, qtbot)
                qtbot.waitUntil(lambda: screen.details is None, timeout=TIMEOUT)
                qtbot.mouseClick(window.registration.confirmation_screen.done_button,
                                 Qt.MouseButton.LeftButton)
            else:
                walk_away_now(window.idle)
                qtbot.waitUntil(
                    lambda: window.stack.currentWidget() is window.browse.events_screen,
                    timeout=TIMEOUT,
                )
        finally:
            QApplication.instance().removeEventFilter(window.idle)

        # The next person opens the same form and tries every way back.
        screen = _open_register(kiosk, qtbot, readable_id)
        for field in _personal_fields(kiosk):
            _assert_nothing_comes_back(qtbot, field)
        assert QApplication.clipboard().text() == ""
        qtbot.keyClick(screen.email, Qt.Key.Key_V, CTRL)
        assert screen.email.text() == ""


def test_the_staff_pin_cannot_be_undone_back_into_the_pad(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin("2468")), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        window, staff = kiosk.window, kiosk.window.staff.screen
        window.staff.open()
        qtbot.keyClicks(staff.pin_edit, "2468")  # typed, then the staff member walks away
        window.reset_to_start()
        window.staff.open()
        _assert_nothing_comes_back(qtbot, staff.pin_edit)

        qtbot.keyClicks(staff.pin_edit, "2468")
        qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)  # given: the pad empties at once
        _assert_nothing_comes_back(qtbot, staff.pin_edit)
        qtbot.waitUntil(lambda: staff.unlocked, timeout=TIMEOUT)
