"""The confirmation says only what is true: a code and QR for a seat, none otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_register_steps import _grab

from kiosk.services.images import qr_matrix
from kiosk.services.outbox import SubmissionState
from kiosk.services.registration import SubmissionOutcome
from kiosk.ui.screens.confirmation import ConfirmationScreen


@pytest.fixture
def screen(qtbot: QtBot, english: None) -> ConfirmationScreen:
    shown = ConfirmationScreen(20)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def _show(screen: ConfirmationScreen, outcome: SubmissionOutcome) -> str:
    code = outcome.check_in_code
    screen.show_outcome(outcome, "Lena Vogt", "Nordlicht Tech Conference", [],
                        qr_matrix(code) if code else ())
    QApplication.processEvents()
    return " ".join(w.text() for w in (screen.title, screen.message, screen.code))


def test_a_registered_attendee_gets_the_code_and_its_qr(screen: ConfirmationScreen) -> None:
    shown = _show(screen, SubmissionOutcome(
        "s1", SubmissionState.DELIVERED, waitlisted=False, check_in_code="K7Q2M9"
    ))
    _grab(screen, "confirmation-registered")
    assert screen.title.text() == "You are registered"
    assert screen.qr.isVisible()
    assert screen.qr.has_code
    assert "Your check-in code: K7Q2M9" in shown


def test_a_waitlisted_attendee_is_told_what_it_means_and_gets_no_check_in_code(
    screen: ConfirmationScreen,
) -> None:
    # Even if the server sent a code along, a waitlisted person cannot check in.
    shown = _show(screen, SubmissionOutcome(
        "s2", SubmissionState.DELIVERED, waitlisted=True, check_in_code="W1W1W1"
    ))
    _grab(screen, "confirmation-waitlisted")
    assert screen.title.text() == "You are on the waitlist"
    assert "If a place becomes free, we will e-mail you." in screen.message.text()
    assert not screen.qr.isVisible()
    assert not screen.qr.has_code
    assert "check-in code" not in shown.lower()
    assert "W1W1W1" not in shown


def test_a_saved_registration_claims_no_seat(screen: ConfirmationScreen) -> None:
    shown = _show(screen, SubmissionOutcome("s3", SubmissionState.QUEUED, waitlisted=False))
    _grab(screen, "confirmation-saved")
    assert screen.title.text() == "Your registration is saved"
    assert "will be sent in a moment" in screen.message.text()
    assert "confirmation e-mail follows" in screen.message.text()
    assert not screen.qr.isVisible()
    assert "registered" not in screen.title.text().lower()
    assert "check-in code" not in shown.lower()
