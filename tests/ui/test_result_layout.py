"""The check-in result in the real window: a long answer wraps and stays on screen, in a
landscape window and on a portrait screen (the screen stack takes its height from the
window, not from the text on its screens)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_harness import build_kiosk
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.api.client import EventsApiClient
from kiosk.services.checkin import CheckInKind, CheckInOutcome
from kiosk.ui.flows.checkin import CheckInSettings, KioskMode
from kiosk.ui.screens.checkin_result import ResultContext
from kiosk.ui.window import WindowSettings

TIMEOUT = 10_000  # ms; generous for a loaded 2-core machine, never waited in the good case
LONG_NAME = (
    "The International Conference on Extremely Long Event Names, Accessibility, "
    "Multilingual Signage and Their Consequences for Self-Service Kiosks 2026"
)


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)], ids=["landscape", "portrait"])
def test_a_long_wrong_event_answer_wraps_and_stays_on_screen(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None, size: tuple[int, int]
) -> None:
    settings = WindowSettings(checkin=CheckInSettings(mode=KioskMode.CHECKIN, result_s=600))
    with build_kiosk(qtbot, api, tmp_path / "kiosk", settings, checkin=True) as kiosk:
        window = kiosk.window
        assert window.checkin is not None
        result = window.checkin.result_screen
        window.resize(*size)
        result.show_outcome(
            CheckInOutcome(kind=CheckInKind.WRONG_EVENT, other_event_name=LONG_NAME),
            ResultContext(),
        )
        window.show_screen(result)
        qtbot.waitUntil(
            lambda: window.size().toTuple() == size and result.isVisible(), timeout=TIMEOUT
        )
        QApplication.processEvents()  # the layouts the new text asked for

        assert result.detail.text() == LONG_NAME
        assert result.geometry() == window.stack.rect()
        for label in (result.title, result.detail, result.hint):
            assert label.wordWrap()
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, f"{label.objectName()} cut to {label.height()} px"
            assert result.rect().contains(label.geometry()), f"{label.objectName()} off screen"
        # The name takes more than one line at either width: it wrapped, it was not cut.
        assert result.detail.height() >= 2 * result.detail.fontMetrics().lineSpacing()
