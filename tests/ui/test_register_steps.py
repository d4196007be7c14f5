"""The stepped register form: a few things per step, Next and Enter, errors beside fields."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kiosk_harness import Kiosk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _answer_questions, _open_register, _submit, _wait_confirmation

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE
from kiosk.ui.screens.register import RegisterScreen

# Set KIOSK_GRABS=/some/dir to save what each step looks like.
GRABS = os.environ.get("KIOSK_GRABS", "")


def _grab(widget: QWidget, name: str) -> None:
    if GRABS:
        Path(GRABS).mkdir(parents=True, exist_ok=True)
        widget.window().grab().save(str(Path(GRABS) / f"{name}.png"))


def _conference(kiosk: Kiosk, qtbot: QtBot) -> RegisterScreen:
    kiosk.window.resize(1280, 800)
    return _open_register(kiosk, qtbot, CONFERENCE)


def _enter(qtbot: QtBot, screen: RegisterScreen) -> None:
    """The keyboard's Enter key, in whatever field has the focus."""
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit)
    assert screen.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)], ids=["landscape", "portrait"])
def test_the_conference_form_asks_a_few_things_per_step(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient, size: tuple[int, int]
) -> None:
    screen = _conference(kiosk, qtbot)
    kiosk.window.resize(*size)
    widgets = set(screen.findChildren(QWidget))
    kinds = []
    for step in range(screen.step_count()):
        screen.show_step(step)
        kinds.append(screen.current_kind())
        assert screen.step_label.text() == f"Step {step + 1} of {screen.step_count()}"
        QApplication.processEvents()
        _grab(screen, f"register-{size[0]}x{size[1]}-step{step + 1}-{screen.current_kind()}")
        if screen.current_kind() == "review":
            # The big button is on screen without scrolling.
            bottom = screen.submit.mapTo(kiosk.window, screen.submit.rect().bottomLeft()).y()
            assert bottom <= kiosk.window.height()
            assert screen.scroll_area.verticalScrollBar().value() == 0
    assert set(screen.findChildren(QWidget)) == widgets  # a step change builds nothing
    assert kinds[:2] == ["name", "email"]
    assert "questions" in kinds
    assert kinds[-1] == "review"
    assert kinds.count("sessions") == (1 if screen.session_choices.has_sessions() else 0)
    # Each text field's step holds at most two of them.
    for step in range(screen.step_count()):
        screen.show_step(step)
        edits = [e for e in screen.findChildren(QLineEdit) if e.isVisible()]
        assert len(edits) <= 2
    email_hints = screen.email.inputMethodHints()
    assert email_hints & Qt.InputMethodHint.ImhEmailCharactersOnly


def test_enter_goes_to_the_next_field_then_the_next_step(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    screen = _conference(kiosk, qtbot)
    qtbot.waitUntil(screen.first_name.hasFocus, timeout=TIMEOUT)
    qtbot.keyClicks(screen.first_name, "Lena")
    _enter(qtbot, screen)
    assert screen.last_name.hasFocus()
    _enter(qtbot, screen)  # the last name is missing: the step stays, its error beside it
    assert screen.current_kind() == "name"
    assert screen.last_name_error.isVisible()
    assert not screen.first_name_error.isVisible()
    _grab(screen, "register-step1-error")
    qtbot.keyClicks(screen.last_name, "Vogt")
    assert not screen.last_name_error.isVisible()
    assert not screen.summary.isVisible()
    _enter(qtbot, screen)
    assert screen.current_kind() == "email"
    qtbot.waitUntil(screen.email.hasFocus, timeout=TIMEOUT)
    qtbot.keyClicks(screen.email, "lena.vogt@example.org")
    _enter(qtbot, screen)
    assert screen.current_kind() == "questions"
    # An optional text question left empty: the keyboard's Enter moves on, no tap needed.
    job_title = QApplication.focusWidget()
    assert isinstance(job_title, QLineEdit)
    assert job_title.accessibleName() == "Job title"
    typed_step = screen.current_step()
    _enter(qtbot, screen)
    assert screen.current_step() == typed_step + 1
    assert not isinstance(QApplication.focusWidget(), QLineEdit)  # choices: no keyboard
    # Back returns step by step, keeping what was typed; on step 1 to the event page.
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert screen.current_kind() == "email"
    assert screen.email.text() == "lena.vogt@example.org"
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert kiosk.window.stack.currentWidget() is kiosk.window.browse.event_screen
    qtbot.mouseClick(kiosk.window.browse.event_screen.primary, Qt.MouseButton.LeftButton)
    assert screen.current_step() == 0
    assert screen.first_name.text() == "Lena"  # the same event keeps what was typed


def test_the_review_sums_up_and_edit_leads_back_to_the_step(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    screen = _conference(kiosk, qtbot)
    qtbot.keyClicks(screen.first_name, "Lena")
    qtbot.keyClicks(screen.last_name, "Vogt")
    qtbot.keyClicks(screen.email, "lena.vogt@example.org")
    _answer_questions(qtbot, screen)
    _submit(kiosk, qtbot)  # walks to the review; Register then wants the consent
    assert screen.current_kind() == "review"
    assert screen.review_name[0].text() == "Name: Lena Vogt"
    assert screen.review_email[0].text() == "E-mail: lena.vogt@example.org"
    assert screen.consent_error.isVisible()
    assert kiosk.outbox.queued_count()[0] == 0
    _grab(screen, "register-review-consent-error")
    qtbot.mouseClick(screen.review_email[1], Qt.MouseButton.LeftButton)
    assert screen.current_kind() == "email"
    qtbot.waitUntil(screen.email.hasFocus, timeout=TIMEOUT)
    screen.email.selectAll()
    qtbot.keyClicks(screen.email, "lena@example.org")
    screen.consent.setChecked(True)
    _submit(kiosk, qtbot)
    _wait_confirmation(kiosk, qtbot)
    confirmation = kiosk.window.registration.confirmation_screen
    assert confirmation.title.text() == "You are registered"
    # A finished registration leaves the form cleared at its first step.
    qtbot.waitUntil(lambda: screen.first_name.text() == "", timeout=TIMEOUT)
    assert screen.current_step() == 0
    assert not screen.consent.isChecked()


def test_an_idle_reset_clears_every_step(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    screen = _conference(kiosk, qtbot)
    qtbot.keyClicks(screen.first_name, "Private")
    qtbot.keyClicks(screen.last_name, "Person")
    qtbot.keyClicks(screen.email, "private@example.org")
    _answer_questions(qtbot, screen)
    _submit(kiosk, qtbot)
    assert screen.current_kind() == "review"
    kiosk.window.reset_to_start()
    assert screen.current_step() == 0
    assert screen.draft().first_name == ""
    assert screen.draft().email == ""
    assert all(q.answer() in (None, "", []) for q in screen._questions)
