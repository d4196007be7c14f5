"""An attendee picks a language: the screen on show changes at once, nothing typed is
lost, Arabic mirrors the layout, and the next person starts in the kiosk's own language.
The real window offscreen, the real translations (built by `make translations`), the real
local server."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from pseudo_translation import PseudoTranslator
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN
from test_checkin_flow import door_api, door_server, settings  # noqa: F401 - fixtures
from test_layout import lock, walk_every_screen  # noqa: F401 - fixture
from test_screens import TIMEOUT, _event, _open_event, _open_register, _wait_for_events

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE
from kiosk.services.availability import Availability
from kiosk.ui.delegates import CHIP_COLOURS, text_direction
from kiosk.ui.flows.checkin import KioskMode
from kiosk.ui.i18n import LANGUAGES, retranslate_all, translations
from kiosk.ui.language import LanguageButton, LanguagePanel
from kiosk.ui.models import Role
from kiosk.ui.pin import StaffLock
from kiosk.ui.setup import resources_dir
from kiosk.ui.theme import colour
from kiosk.ui.window import KioskWindow


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[None]:
    """The kiosk in English, as configured; afterwards no translator or locale lingers."""
    saved = QLocale()
    state = translations()
    state.default = "en"
    state.use("en")
    yield
    state.unload()
    state.default = None
    QLocale.setDefault(saved)


def pick(window: QApplication | object, qtbot: QtBot, code: str) -> None:
    """Open the picker from the first language button on show and tap a language."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    buttons = [b for b in window.findChildren(LanguageButton) if b.isVisible()]
    assert buttons, "no language button on this screen"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    panel = window.findChild(LanguagePanel)
    assert panel is not None
    assert panel.isVisible()
    qtbot.mouseClick(panel.buttons[code], Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert translations().language == code


def visible_texts(root: object) -> list[str]:
    from PySide6.QtWidgets import QWidget

    assert isinstance(root, QWidget)
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text().strip() and widget.objectName() != "clock":
            found.append(widget.text())
    return found


def test_the_start_screen_changes_language_at_once_and_the_next_person_gets_english(
    languages: None, kiosk: Kiosk, qtbot: QtBot
) -> None:
    window = kiosk.window
    _wait_for_events(kiosk, qtbot)
    events = window.browse.events_screen
    english = visible_texts(events)
    pick(window, qtbot, "de")
    german = visible_texts(events)
    assert german != english
    assert any("Veranstaltung" in text or "Termin" in text for text in german), german
    window.reset_to_start()
    assert translations().language == "en"
    assert visible_texts(events) == english


def test_switching_keeps_what_was_typed(
    languages: None, kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    window = kiosk.window
    form = _open_register(kiosk, qtbot, _event(api, Availability.OPEN).readable_event_id)
    qtbot.keyClicks(form.first_name, "Amara")
    before = form.next_button.text()
    LanguagePanel(window).present()
    panel = window.findChild(LanguagePanel)
    assert panel is not None
    qtbot.mouseClick(panel.buttons["fr"], Qt.MouseButton.LeftButton)
    assert form.first_name.text() == "Amara"
    assert window.stack.currentWidget() is form
    assert form.next_button.text() != before  # "Suivant ›"


def test_arabic_mirrors_the_layout_and_the_idle_reset_straightens_it(
    languages: None, kiosk: Kiosk, qtbot: QtBot
) -> None:
    window = kiosk.window
    _wait_for_events(kiosk, qtbot)
    pick(window, qtbot, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.browse.events_screen.isRightToLeft()
    window.reset_to_start()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_picker_names_every_language_in_itself(
    languages: None, kiosk: Kiosk, qtbot: QtBot
) -> None:
    panel = LanguagePanel(kiosk.window)
    panel.present()
    assert [b.text() for b in panel.buttons.values()] == list(LANGUAGES.values())
    assert panel.buttons["en"].isChecked()


def _english_sources() -> tuple[set[str], list[str]]:
    """Every English source text, and its fixed pieces of two words or more."""
    tree = ET.parse(resources_dir() / "translations" / "kiosk_en.ts")
    whole, pieces = set(), []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        whole.add(source.strip())
        for piece in re.split(r"%\d+|%n", source):
            piece = piece.strip(" .,:;·–")
            if len(piece.split()) >= 2:
                pieces.append(piece)
    return whole, pieces


def _shown_texts(window: KioskWindow) -> list[tuple[str, str]]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName() == "clock":
            continue
        texts = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.accessibleName())
        name = f"{type(widget).__name__}#{widget.objectName()}"
        found.extend((name, t) for t in texts if t.strip())
    return found


def test_every_screen_changes_language_where_it_stands(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811 - fixture
    lock: StaffLock, english: None, qapp: QApplication,  # noqa: F811 - fixture
) -> None:
    """Whatever screen an attendee (or staff member) is on, a switch leaves no English
    behind: every text is set again in the new language, on the spot (the pseudo-language
    accents and lengthens every string, so a text left as it was shows)."""
    whole, pieces = _english_sources()
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(KioskMode.BOTH, result_s=600),
                     checkin=True, staff_token=STAFF_TOKEN, staff_lock=lock) as kiosk:
        window = kiosk.window
        window.resize(1280, 800)
        walk = walk_every_screen(kiosk, qtbot, door_api)
        pseudo = PseudoTranslator()
        problems = []
        for name, show in walk.states:
            show()
            QApplication.processEvents()
            qapp.installTranslator(pseudo)
            try:
                retranslate_all()
                QApplication.processEvents()
                for widget, shown in _shown_texts(window):
                    stripped = shown.strip()
                    if stripped in whole or any(piece in shown for piece in pieces):
                        problems.append(f"{name}: {widget} still says {shown[:60]!r}")
            finally:
                qapp.removeTranslator(pseudo)
                retranslate_all()
    assert not problems, f"{len(problems)} texts not switched:\n" + "\n".join(problems)


def test_arabic_event_cards_put_the_picture_on_the_right(
    languages: None, kiosk: Kiosk, qtbot: QtBot
) -> None:
    """A mirrored screen with cards still drawn left to right would read backwards."""

    def is_white(colour: QColor) -> bool:
        return min(colour.red(), colour.green(), colour.blue()) > 240

    window = kiosk.window
    _wait_for_events(kiosk, qtbot)
    view = window.browse.events_screen.view
    for code, picture_on_the_right in (("en", False), ("ar", True)):
        if code != "en":
            pick(window, qtbot, code)
        QApplication.processEvents()
        rect = view.visualRect(view.model().index(0, 0))
        card = view.viewport().grab(rect).toImage()
        y = card.height() - 16  # below the text, inside the card
        left = card.pixelColor(card.width() // 10, y)
        right = card.pixelColor(card.width() * 9 // 10, y)
        assert is_white(left) == picture_on_the_right, code
        assert is_white(right) != picture_on_the_right, code


def test_arabic_agenda_rows_read_from_the_right(
    languages: None, kiosk: Kiosk, qtbot: QtBot
) -> None:
    """In Arabic the times lead on the right and the seats chip trails on the left; an
    English title keeps its own direction (its colon after the word, not before)."""
    window = kiosk.window
    window.resize(1280, 800)
    _open_event(kiosk, qtbot, CONFERENCE)
    page = window.browse.event_screen
    view = page.agenda_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 1, timeout=TIMEOUT)
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 0).data(Role.AVAILABILITY))
    index = view.model().index(row, 0)
    chip = colour(CHIP_COLOURS[index.data(Role.LEVEL) or "neutral"][0]).rgb()

    def chip_centre() -> float:
        QApplication.processEvents()
        view.scrollTo(view.model().index(row, 0))
        image = view.viewport().grab(view.visualRect(view.model().index(row, 0))).toImage()
        xs = [x for x in range(image.width()) for y in range(0, image.height(), 4)
              if image.pixel(x, y) == chip]
        assert xs, "no seats chip drawn"
        return sum(xs) / len(xs) / image.width()

    assert chip_centre() > 0.7  # English: the chip on the right
    pick(window, qtbot, "ar")
    assert chip_centre() < 0.3  # Arabic: mirrored
    assert text_direction("Opening Keynote: عربي", Qt.LayoutDirection.RightToLeft) == (
        Qt.LayoutDirection.LeftToRight)
    assert text_direction("سارة Smith", Qt.LayoutDirection.LeftToRight) == (
        Qt.LayoutDirection.RightToLeft)
    assert text_direction("10:00", Qt.LayoutDirection.RightToLeft) == (
        Qt.LayoutDirection.RightToLeft)
