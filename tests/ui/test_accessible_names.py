"""Assistive technology sees every control: the offscreen companion of the AT-SPI walk
(tests/e2e/test_accessibility_tree.py).

The real kiosk (local server with the demo data, staff token and PIN, check-in at the
door) is walked screen by screen, as test_layout.py does; on each, Qt's own accessibility
tree (``QAccessible.queryAccessibleInterface``, what the AT-SPI bridge hands a screen
reader) is read from the window down, and every control a person can reach or act on
(buttons, check boxes, radio buttons, fields, list items, sliders...) and every picture or
progress bar without a name fails the test with the screen, its role and its path. Fast,
runs everywhere; the AT-SPI walk checks the same through the real bus under Xvfb.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN
from test_checkin_flow import door_api, door_server, settings  # noqa: F401 - fixtures
from test_language import languages  # noqa: F401 - fixture
from test_layout import lock, walk_every_screen  # noqa: F401 - fixture
from test_screens import _open_event, _open_register

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE
from kiosk.services.outbox import SubmissionState
from kiosk.services.registration import SubmissionOutcome
from kiosk.ui.announce import announcements
from kiosk.ui.flows.checkin import KioskMode
from kiosk.ui.i18n import translations
from kiosk.ui.language import LanguagePanel
from kiosk.ui.models import Role as ROLE
from kiosk.ui.pin import StaffLock
from kiosk.ui.window import KioskWindow

Role = QAccessible.Role

# What a person reaches or acts on: each must say what it is.
CONTROLS = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.EditableText, Role.ListItem,
    Role.Slider, Role.SpinBox, Role.ComboBox, Role.Link, Role.MenuItem, Role.PageTab,
    Role.ButtonMenu, Role.ButtonDropDown, Role.Cell, Role.TreeItem, Role.Dial,
}
# What shows information without words of its own: it needs a name.
PICTURES = {Role.Graphic, Role.ProgressBar, Role.Chart, Role.Animation}


@dataclass
class Node:
    role: QAccessible.Role
    name: str
    description: str
    value: str
    path: str
    focusable: bool


def accessible_tree(root: QWidget) -> list[Node]:
    """Every interface below ``root`` that is not invisible, in the tree's order."""
    found: list[Node] = []

    def visit(iface: QAccessibleInterface, path: str, depth: int) -> None:
        if depth > 60 or not iface.isValid():
            return
        state = iface.state()
        if state.invisible:
            return
        role = iface.role()
        name = iface.text(QAccessible.Text.Name) or ""
        label = f"{path}/{role.name}" + (f"[{name[:30]}]" if name else "")
        found.append(Node(role, name, iface.text(QAccessible.Text.Description) or "",
                          iface.text(QAccessible.Text.Value) or "", label,
                          bool(state.focusable)))
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is not None:
                visit(child, label, depth + 1)

    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None
    visit(top, "", 0)
    return found


def unnamed(nodes: list[Node]) -> list[Node]:
    return [
        n for n in nodes
        if (n.role in CONTROLS or n.role in PICTURES) and not n.name.strip()
        and "ScrollBar" not in n.path  # Qt's own scroll bars: named by Qt's bridge
    ]


@dataclass
class State:
    name: str
    show: Callable[[], None]


@pytest.fixture
def walked_kiosk(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811 - fixture
    lock: StaffLock, english: None,  # noqa: F811 - fixture
) -> Iterator[tuple[KioskWindow, list[State]]]:
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(KioskMode.BOTH, result_s=600),
                     checkin=True, staff_token=STAFF_TOKEN, staff_lock=lock) as kiosk:
        window = kiosk.window
        window.resize(1280, 800)
        walk = walk_every_screen(kiosk, qtbot, door_api)
        states = [State(name, show) for name, show in walk.states]

        def show_languages() -> None:
            window.browse.show_start()
            LanguagePanel(window).present()

        def show_still_there() -> None:
            window.browse.show_start()
            assert window.still_there is not None
            window.still_there.open()

        def close_overlays() -> None:
            for panel in window.findChildren(LanguagePanel):
                panel.hide()
            if window.still_there is not None:
                window.still_there.dismiss()

        states.append(State("language panel", show_languages))
        states.append(State("still there?", show_still_there))
        def alone(show: Callable[[], None]) -> Callable[[], None]:
            def run() -> None:
                close_overlays()
                show()
            return run

        yield window, [State(s.name, alone(s.show)) for s in states]


def test_every_control_on_every_screen_has_a_name(
    walked_kiosk: tuple[KioskWindow, list[State]]
) -> None:
    window, states = walked_kiosk
    problems = []
    counted = 0
    for state in states:
        state.show()
        QApplication.processEvents()
        nodes = accessible_tree(window)
        controls = [n for n in nodes if n.role in CONTROLS]
        counted += len(controls)
        assert nodes, f"{state.name}: nothing in the accessibility tree"
        problems += [f"{state.name}: {n.role.name} at {n.path}" for n in unnamed(nodes)]
    assert counted > 100, counted  # a walk that saw (almost) nothing proves nothing
    assert not problems, f"{len(problems)} unnamed controls:\n" + "\n".join(problems)


def interface(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface


def name_of(widget: QWidget) -> str:
    return interface(widget).text(QAccessible.Text.Name)


def test_a_check_box_is_named_by_its_words_in_the_language_on_show(
    languages: None, kiosk: Kiosk, qtbot: QtBot,  # noqa: F811 - fixture
) -> None:
    """The consent box keeps its words in a label beside it (they wrap), and each session is
    a checkable item of one list: a screen reader must still hear their words as the name,
    in the attendee's language, and a session's seats after its title."""
    form = _open_register(kiosk, qtbot, CONFERENCE)
    assert name_of(form.consent.check) == form.consent.label.text()
    assert interface(form.consent.check).role() == Role.CheckBox
    choices = form.session_choices
    view = interface(form.session_view)
    assert view.role() == Role.List
    items = [view.child(row) for row in range(view.childCount())]
    sessions = [
        (item, choices.index(row)) for row, item in enumerate(items)
        if choices.row(row).kind == "session"
    ]
    assert len(sessions) > 5
    for item, index in sessions:
        assert item.role() == Role.ListItem
        assert item.state().checkable
        assert item.text(QAccessible.Text.Name) == index.data()
        assert item.text(QAccessible.Text.Name).startswith(index.data(ROLE.ITEM).name)
        # The seats of a session are its description, read after its title.
        assert item.text(QAccessible.Text.Description) == (index.data(ROLE.AVAILABILITY) or "")
    english_consent = name_of(form.consent.check)
    headings = [item.text(QAccessible.Text.Name) for item in items]
    translations().use("de")
    assert name_of(form.consent.check) == form.consent.label.text() != english_consent
    view = interface(form.session_view)
    german = [view.child(row).text(QAccessible.Text.Name) for row in range(view.childCount())]
    assert german != headings  # the days' names, now in German
    assert german == [choices.index(row).data() for row in range(choices.rowCount())]


def test_the_capacity_bar_and_the_qr_code_say_what_they_show(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    _open_event(kiosk, qtbot, CONFERENCE)
    page = kiosk.window.browse.event_screen
    qtbot.waitUntil(lambda: page.capacity_bar.isVisible(), timeout=5000)
    bar = interface(page.capacity_bar)
    assert bar.role() == Role.ProgressBar
    assert bar.text(QAccessible.Text.Name) == "Seats taken"
    count = api.event_registration_count(CONFERENCE)
    assert bar.text(QAccessible.Text.Description).startswith(f"{count} of ")
    assert bar.text(QAccessible.Text.Description) == page.capacity_text.text()
    value = bar.valueInterface()
    assert value is not None
    assert value.currentValue() == count
    qtbot.waitUntil(lambda: page.qr.has_code, timeout=5000)
    qr = interface(page.qr)
    assert qr.role() == Role.Graphic
    assert qr.text(QAccessible.Text.Name) == "QR code of this event's web page"
    assert qr.text(QAccessible.Text.Description) == "Scan to open on your phone"


def test_the_event_page_reads_the_event_and_its_agenda_before_the_register_button(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    _open_event(kiosk, qtbot, CONFERENCE)
    page = kiosk.window.browse.event_screen
    names = [n.name for n in accessible_tree(page) if n.name]
    register = names.index("Register")
    assert page.name.text() in names[:register]
    assert "Agenda" in names[:register]


def test_the_form_reads_its_title_first_and_the_register_button_after_the_answers(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    form = _open_register(kiosk, qtbot, CONFERENCE)
    names = [n.name for n in accessible_tree(form) if n.name]
    assert names.index(form.title.text()) < names.index("First name")
    form.show_step(form.step_count() - 1)
    buttons = [n.name for n in accessible_tree(form) if n.role == Role.PushButton]
    assert buttons[-1] == "Register", buttons
    assert buttons.count("Edit") >= 4, buttons


def test_errors_results_and_the_countdown_are_announced(
    walked_kiosk: tuple[KioskWindow, list[State]], qtbot: QtBot
) -> None:
    """What appears away from the focus reaches a screen reader as an announcement."""
    window, _ = walked_kiosk
    heard: list[tuple[str, bool]] = []
    announcements().announced.connect(lambda text, urgent: heard.append((text, urgent)))

    # A field error: Next on an empty name step.
    window.browse.event_screen.primary.click()
    form = window.registration.register_screen
    form.show_step(0)
    form.first_name.setText("")
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert ("Please fill in your first name.", True) in heard
    # ...and it is read with the field, which has the focus now.
    assert form.first_name.hasFocus()
    assert interface(form.first_name).text(QAccessible.Text.Description) == (
        "Please fill in your first name.")

    # A submit's result: the confirmation's title, then what it means.
    heard.clear()
    window.registration.confirmation_screen.show_outcome(
        SubmissionOutcome("a11y", SubmissionState.DELIVERED, waitlisted=False,
                          check_in_code="K7Q2M9XD"), "Amara Okafor", "Conference", [], ())
    assert [text for text, _ in heard] == ["You are registered", "See you there!"]
    window.registration.confirmation_screen.stop()

    # A scan's result.
    heard.clear()
    checkin = window.checkin
    assert checkin is not None
    checkin.scan("ZZZZZZZZ")
    qtbot.waitUntil(lambda: any("code" in text.lower() for text, _ in heard
                                if text != "Checking your code…"), timeout=5000)

    # "Still there?" opens.
    heard.clear()
    still_there = window.still_there
    assert still_there is not None
    still_there.open()
    assert heard[0] == ("Still there?", True)
    assert heard[1][0].startswith("Starting over in ")
    still_there.dismiss()

    # The banner: said when it changes, not again at every refresh.
    heard.clear()
    window.banner.show_message("No connection. Registrations are saved on this kiosk.")
    window.banner.show_message("No connection. Registrations are saved on this kiosk.")
    assert heard == [("No connection. Registrations are saved on this kiosk.", False)]
    window.banner.clear_message()
