"""Reach from a wheelchair on a portrait floor-standing kiosk (``[screen] reach``).

Every primary button of the attendee's way (the start screen's scan button, Register on the
event page, Back / Next / Register on every step of the form, Done, the scan screen's
buttons, "Still there?" and the language panel) has its top at or below the reach line
(kiosk.ui.reach.REACH_LINE: the lower 55 % of the window). With the setting off they stay
where a landscape-minded layout puts them (at the top), so the test can fail.

``KIOSK_REACH_GRABS=<folder>`` saves each screen at 1080x1920 as
<screen>-portrait-reach-1080x1920.png (those in docs/screenshots/ were then reduced to 128
colours as scripts/screenshots.py does).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _event, _fill, _open_register, _wait_for_events

from kiosk.api.client import EventsApiClient
from kiosk.config import ScreenSettings, SettingsError, load_settings
from kiosk.server.runner import RunningServer
from kiosk.services.availability import Availability
from kiosk.ui.flows.checkin import CheckInSettings
from kiosk.ui.language import LanguagePanel
from kiosk.ui.reach import REACH_LINE, ReachMode
from kiosk.ui.window import KioskWindow, WindowSettings

GRABS = os.environ.get("KIOSK_REACH_GRABS", "")


@pytest.fixture(autouse=True)
def _reach_back_to_auto() -> Iterator[None]:
    """The mode is one per application: the next test's kiosk starts from the default."""
    yield
    from kiosk.ui.reach import set_reach

    set_reach("auto")


def _kiosk(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, reach: ReachMode
) -> AbstractContextManager[Kiosk]:
    settings = WindowSettings(reach=reach, checkin=CheckInSettings(devices_after_ms=0))
    return build_kiosk(qtbot, api, tmp_path / "kiosk", settings, checkin=True)


def _top(window: KioskWindow, button: QWidget, name: str) -> int:
    """The button's top edge in the window, after the layouts have settled."""
    QApplication.processEvents()
    assert button.isVisible(), f"{name} not shown"
    return button.mapTo(window, QPoint(0, 0)).y()


def _grab(qtbot: QtBot, window: KioskWindow, name: str) -> None:
    if GRABS:
        Path(GRABS).mkdir(parents=True, exist_ok=True)
        agenda = window.browse.event_screen.agenda_view
        if window.stack.currentWidget() is window.browse.event_screen:
            # The agenda lays out its rows in batches between paints.
            qtbot.waitUntil(lambda: agenda.indexAt(QPoint(8, 8)).isValid(), timeout=TIMEOUT)
        QApplication.processEvents()
        window.grab().save(str(Path(GRABS) / f"{name}-portrait-reach-1080x1920.png"))


def _walk(kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient) -> Iterator[tuple[str, QWidget]]:
    """Every primary button of the attendee's way, each on its screen as it is shown."""
    window = kiosk.window
    browse, registration = window.browse, window.registration
    assert kiosk.wedge is not None
    kiosk.wedge.set_enabled(False)  # typing the form fast is not a scanner's burst here
    _wait_for_events(kiosk, qtbot)
    events = browse.events_screen
    yield "events", events.scan_button

    language = events.language_button
    qtbot.mouseClick(language, Qt.MouseButton.LeftButton)
    panel = window.findChild(LanguagePanel)
    assert panel is not None
    assert panel.isVisible()
    for code, button in panel.buttons.items():
        yield f"language-{code}", button
    yield "language-close", panel.close_button
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)

    event = _event(api, Availability.OPEN)
    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)  # back to the page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is browse.event_screen,
                    timeout=TIMEOUT)
    yield "event", browse.event_screen.primary
    qtbot.mouseClick(browse.event_screen.primary, Qt.MouseButton.LeftButton)

    _fill(qtbot, screen, "Reach")
    for step in range(screen.step_count()):
        screen.show_step(step)
        kind = screen.current_kind()
        yield f"register-{kind}-back", screen.back_button
        if kind in ("name", "email"):  # what a step asks sits low too
            yield f"register-{kind}-field", screen.first_name if kind == "name" else screen.email
        yield f"register-{kind}", screen.submit if kind == "review" else screen.next_button
    screen.show_step(0)

    assert window.still_there is not None
    window.still_there.open()
    yield "still-there", window.still_there.yes_button
    yield "still-there-start-over", window.still_there.start_over_button
    qtbot.mouseClick(window.still_there.yes_button, Qt.MouseButton.LeftButton)

    screen.show_step(screen.step_count() - 1)
    qtbot.mouseClick(screen.submit, Qt.MouseButton.LeftButton)
    confirmation = registration.confirmation_screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is confirmation, timeout=TIMEOUT)
    yield "confirmation", confirmation.done_button

    checkin = window.checkin
    assert checkin is not None
    checkin.show_scan()
    yield "scan", checkin.scan_screen.type_button
    checkin.scan_screen.show_code_page()
    yield "scan-code", checkin.scan_screen.check_in_button


@pytest.mark.parametrize(
    ("size", "reach"),
    [((1080, 1920), "auto"), ((800, 1280), "auto"), ((1280, 800), "low")],
    ids=["1080x1920", "800x1280", "1280x800-low"],
)
def test_in_portrait_every_primary_button_is_within_reach(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None,
    size: tuple[int, int], reach: ReachMode,
) -> None:
    """"auto" puts them low in portrait; "low" in landscape too."""
    with _kiosk(qtbot, api, tmp_path, reach) as kiosk:
        window = kiosk.window
        window.resize(*size)
        line = window.height() * REACH_LINE
        seen = []
        for name, button in _walk(kiosk, qtbot, api):
            top = _top(window, button, name)
            assert top >= line, f"{name}: top at {top} px, above the reach line at {line:.0f}"
            bottom = button.mapTo(window, QPoint(0, button.height())).y()
            assert bottom <= window.height(), f"{name}: below the window"
            seen.append(name)
            if size == (1080, 1920) and not name.endswith(("-back", "-field", "-start-over")) and (
                    not name.startswith("language-") or name == "language-en"):
                _grab(qtbot, window, name.removesuffix("-en"))
        assert {"events", "event", "confirmation", "scan", "scan-code", "still-there",
                "register-review", "register-name"} <= set(seen)


def test_with_reach_off_the_buttons_are_not_forced_down(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with _kiosk(qtbot, api, tmp_path, "off") as kiosk:
        window = kiosk.window
        window.resize(1080, 1920)
        line = window.height() * REACH_LINE
        tops = {}
        for name, button in _walk(kiosk, qtbot, api):
            tops[name] = _top(window, button, name)
        # The start screen's scan button above the cards; Back and Next in the top row.
        assert tops["events"] < line
        assert tops["register-name"] < line
        assert tops["register-email-back"] < line


def test_landscape_is_unchanged_by_the_auto_setting(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    with _kiosk(qtbot, api, tmp_path, "auto") as kiosk:
        window = kiosk.window
        window.resize(1920, 1080)
        _wait_for_events(kiosk, qtbot)
        assert _top(window, window.browse.events_screen.scan_button, "events") < window.height() / 3
        screen = _open_register(kiosk, qtbot, _event(api, Availability.OPEN).readable_event_id)
        assert _top(window, screen.next_button, "next") < window.height() / 3  # the top row


def test_the_setting_is_read_from_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[screen]\nreach = "off"\n', encoding="utf-8")
    assert load_settings(path, environ={}).screen.reach == "off"
    assert ScreenSettings().reach == "auto"  # low in portrait unless told otherwise
    path.write_text('[screen]\nreach = "high"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="reach"):
        load_settings(path, environ={})
