"""An attendee makes the text larger or turns on high contrast (issue 12, item 8): the
button is on every attendee screen, a choice changes the shown screen at once and keeps
what was typed, the idle reset brings the standard look back, and the main screens still
lay out at 1280x800 with the largest text and in high contrast. The real window
offscreen, the real local server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN
from test_checkin_flow import door_api, door_server, settings  # noqa: F401 - fixtures
from test_layout import lock, walk_every_screen  # noqa: F401 - fixture
from test_screens import _event, _open_register, _wait_for_events

from kiosk.api.client import EventsApiClient
from kiosk.services.availability import Availability
from kiosk.ui import theme
from kiosk.ui.flows.checkin import KioskMode
from kiosk.ui.language import LanguageButton
from kiosk.ui.pin import StaffLock
from kiosk.ui.presentation import PresentationButton, PresentationPanel, reset_presentation

# The screens an attendee meets without staff: each has the language and display buttons.
# (The confirmation and the check-in result count down back to the start, and the name
# search is staff's, behind the PIN: none there.)
ATTENDEE_SCREENS = ("events list", "event page, agenda tab", "register form, step 1 of",
                    "check-in scan")


@pytest.fixture(autouse=True)
def standard_look(english: None) -> Iterator[None]:
    """Every test starts and ends at 100% in the standard palette (the theme is global)."""
    reset_presentation()
    yield
    reset_presentation()


def open_panel(window: QWidget, qtbot: QtBot) -> PresentationPanel:
    buttons = [b for b in window.findChildren(PresentationButton) if b.isVisible()]
    assert buttons, "no text size and contrast button on this screen"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    panel = window.findChild(PresentationPanel)
    assert panel is not None
    assert panel.isVisible()
    return panel


def colour_at(window: QWidget, widget: QWidget, point: QPoint) -> QColor:
    QApplication.processEvents()
    return window.grab().toImage().pixelColor(widget.mapTo(window, point))


def painted_in(button: QPushButton, colour: str) -> bool:
    """Some of the button's icon is painted in ``colour`` (not only blended edges)."""
    image = button.icon().pixmap(button.iconSize() * 2).toImage()
    wanted = QColor(colour).rgb()
    return any(image.pixelColor(x, y).rgb() == wanted and image.pixelColor(x, y).alpha() == 255
               for x in range(image.width()) for y in range(image.height()))


def test_the_style_sheet_scales_font_sizes_only_and_fills_in_the_palette() -> None:
    qss = "QLabel { font-size: 24u; padding: 8u; color: @text@; border: 2u solid @outline@; }"
    assert theme.render(qss, 1.0, 1.5, theme.PALETTES["standard"]) == (
        "QLabel { font-size: 36px; padding: 8px; color: #1c2230; border: 2px solid #767d8c; }"
    )
    assert "#000000" in theme.render(qss, 1.0, 1.0, theme.PALETTES["high"])


def test_the_display_button_is_on_every_attendee_screen_with_a_name(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811 - fixture
    lock: StaffLock,  # noqa: F811 - fixture
) -> None:
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(KioskMode.BOTH, result_s=600),
                     checkin=True, staff_token=STAFF_TOKEN, staff_lock=lock) as kiosk:
        window = kiosk.window
        window.resize(1280, 800)
        walk = walk_every_screen(kiosk, qtbot, door_api)
        seen = []
        for name, show in walk.states:
            if not name.startswith(ATTENDEE_SCREENS):
                continue
            show()
            QApplication.processEvents()
            shown = [b for b in window.findChildren(PresentationButton) if b.isVisible()]
            languages = [b for b in window.findChildren(LanguageButton) if b.isVisible()]
            assert len(shown) == 1, name
            assert len(languages) == 1, name
            assert shown[0].accessibleName() == "Text size and contrast"
            assert not shown[0].icon().isNull()
            seen.append(name)
        assert len(seen) >= len(ATTENDEE_SCREENS)
        # Register step 2 on: the way back is the only corner button (the form's own row).
        form = window.registration.register_screen
        window.show_screen(form)
        form.show_step(1)
        assert not any(b.isVisible() for b in window.findChildren(PresentationButton))


def test_the_largest_text_makes_the_shown_screen_bigger_and_keeps_what_was_typed(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    window = kiosk.window
    window.resize(1280, 800)
    form = _open_register(kiosk, qtbot, _event(api, Availability.OPEN).readable_event_id)
    qtbot.keyClicks(form.first_name, "Amara")
    title_before = form.title.font().pixelSize()
    field_before = form.first_name.font().pixelSize()
    panel = open_panel(window, qtbot)
    assert panel.size_buttons[1.0].isChecked()
    qtbot.mouseClick(panel.size_buttons[1.5], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert panel.isVisible()  # to see the result
    assert panel.size_buttons[1.5].isChecked()
    # Body text half as big again; a heading grows up to the cap (theme.FONT_CAP).
    assert form.first_name.font().pixelSize() == pytest.approx(field_before * 1.5, abs=1)
    assert form.title.font().pixelSize() == pytest.approx(
        theme.text_size(title_before, 1.5), abs=1)
    assert form.title.font().pixelSize() > title_before
    assert form.first_name.text() == "Amara"
    assert window.stack.currentWidget() is form
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert form.first_name.height() >= form.first_name.sizeHint().height()  # laid out again


def test_high_contrast_recolours_the_shown_screen_and_the_idle_reset_restores_everything(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    window = kiosk.window
    window.resize(1280, 800)
    window.show()
    _wait_for_events(kiosk, qtbot)
    events = window.browse.events_screen
    corner = QPoint(4, events.height() - 4)  # the page, below the last card
    assert colour_at(window, events, corner) == QColor(theme.STANDARD["page"])
    title_size = events.title.font().pixelSize()
    subtitle_size = events.subtitle.font().pixelSize()
    panel = open_panel(window, qtbot)
    qtbot.mouseClick(panel.contrast_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.size_buttons[1.25], Qt.MouseButton.LeftButton)
    assert panel.contrast_button.isChecked()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert colour_at(window, events, corner) == QColor(theme.HIGH_CONTRAST["page"])
    assert events.title.palette().color(events.title.foregroundRole()) == QColor("#000000")
    assert events.subtitle.font().pixelSize() == pytest.approx(subtitle_size * 1.25, abs=1)
    assert events.title.font().pixelSize() > title_size
    # The painted globe and display icons follow the palette too.
    for button in (events.language_button, events.corner.display):
        assert painted_in(button, theme.HIGH_CONTRAST["accent"])
        assert not painted_in(button, theme.STANDARD["accent"])

    open_panel(window, qtbot)  # left open by the person who walked away
    window.reset_to_start()  # what the idle timer does when the person has gone
    QApplication.processEvents()
    assert painted_in(events.language_button, theme.STANDARD["accent"])
    assert not window.findChild(PresentationPanel).isVisible()
    assert (theme.theme().text_scale, theme.theme().contrast) == (1.0, "standard")
    assert events.title.font().pixelSize() == title_size
    assert events.subtitle.font().pixelSize() == subtitle_size
    assert colour_at(window, events, corner) == QColor(theme.STANDARD["page"])
    panel = open_panel(window, qtbot)
    assert panel.size_buttons[1.0].isChecked()
    assert not panel.contrast_button.isChecked()
    panel.hide()


@pytest.mark.parametrize("presentation", [(1.5, "standard"), (1.0, "high")],
                         ids=["largest-text", "high-contrast"])
def test_the_screens_lay_out_at_1280x800_with_the_largest_text_and_in_high_contrast(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811 - fixture
    lock: StaffLock, presentation: tuple[float, str],  # noqa: F811 - fixture
) -> None:
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(KioskMode.BOTH, result_s=600),
                     checkin=True, staff_token=STAFF_TOKEN, staff_lock=lock) as kiosk:
        window = kiosk.window
        window.resize(1280, 800)
        QApplication.processEvents()
        try:
            walk = walk_every_screen(kiosk, qtbot, door_api)
            walk.run(((1280, 800),), presentation=presentation)
        finally:
            reset_presentation()
            window.resize(1920, 1080)
        assert len(walk.states) >= 13
        assert not walk.problems, (
            f"{len(walk.problems)} layout problems:\n" + "\n".join(walk.problems)
        )
