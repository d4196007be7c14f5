"""The register form left for after the first screen (``KioskWindow(defer_forms=True)``,
as `kiosk` starts): the events list comes up without it, an attendee who taps Register
before it is built still gets the form at once, and the later build shows nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from kiosk_harness import Kiosk
from pytestqt.qtbot import QtBot
from test_screens import (
    TIMEOUT,
    _fill,
    _open_register,
    _submit,
    _wait_confirmation,
    _wait_for_events,
)

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE
from kiosk.services.catalog import Catalog
from kiosk.services.catalog_cache import CatalogCache
from kiosk.services.outbox import Outbox
from kiosk.services.registration import RegistrationService
from kiosk.ui.screens.register import RegisterScreen
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.window import KioskWindow, WindowSettings


@pytest.fixture
def deferred(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> Iterator[Kiosk]:
    """The window as the app builds it (kiosk.app._build_window passes defer_forms)."""
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    cache = CatalogCache(tmp_path / "catalog.sqlite3")

    def clock() -> datetime:
        return datetime.now(UTC)

    runner = TaskRunner()
    window = KioskWindow(
        Catalog(api, clock, cache), RegistrationService(api, outbox, clock=clock), outbox,
        runner, WindowSettings(), clock, defer_forms=True,
    )
    runner.setParent(window)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.start()
    try:
        yield Kiosk(window, outbox, runner)
    finally:
        window.close_for_good()
        runner.shutdown()
        cache.close()
        outbox.close()


def test_the_events_come_up_without_the_form_and_register_still_opens_it(
    deferred: Kiosk, qtbot: QtBot
) -> None:
    window = deferred.window
    _wait_for_events(deferred, qtbot)
    assert window.findChildren(RegisterScreen) == []  # not built for the first screen
    # An attendee taps Register before the form was built: it is built and shown at once.
    form = _open_register(deferred, qtbot, CONFERENCE)
    assert form.isVisible()
    assert len(window.findChildren(RegisterScreen)) == 1
    _fill(qtbot, form)
    _submit(deferred, qtbot)
    _wait_confirmation(deferred, qtbot)
    qtbot.waitUntil(lambda: deferred.outbox.queued_count()[0] == 0, timeout=TIMEOUT)


def test_the_later_build_leaves_the_events_list_on_screen(
    deferred: Kiosk, qtbot: QtBot
) -> None:
    window = deferred.window
    _wait_for_events(deferred, qtbot)
    start = window.stack.currentWidget()
    window.build_deferred()  # what the app does once the first screen is painted
    window.build_deferred()  # and only once
    assert len(window.findChildren(RegisterScreen)) == 1
    assert window.stack.currentWidget() is start
    # The idle reset reaches the form built later, as it does one built at the start.
    window.reset_to_start()
    assert window.stack.currentWidget() is start
