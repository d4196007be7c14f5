"""The kiosk with a keyboard or a switch device only: Tab / Shift+Tab to move, Enter or
Space to press, arrows inside a list. No mouse, no call into a screen: keys go to the
widget that has the focus, as a hardware keyboard's do."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN
from test_checkin_flow import (  # the door kiosk's server, as the check-in tests use it
    PIN,
    Scanner,
    ScannerClock,
    clock,  # noqa: F401 - a fixture
    door,  # noqa: F401 - a fixture
    door_api,  # noqa: F401 - a fixture
    door_server,  # noqa: F401 - a fixture
    flow,
    register,
    settings,
    wait_for_result,
    wait_ready,
)
from test_screens import TIMEOUT, _event, _wait_for_events

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, RegistrationData
from kiosk.server.demo import CONFERENCE
from kiosk.services.availability import Availability
from kiosk.services.checkin import CheckInKind
from kiosk.ui.focus import tab_stops
from kiosk.ui.language import LanguagePanel
from kiosk.ui.models import Role
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.screens.register import RegisterScreen
from kiosk.ui.theme import OUTLINE_WIDTHS, colour, px, theme

TAB_LIMIT = 80  # more stops than any screen has
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focused() -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    return focused


def _press(qtbot: QtBot, key: Qt.Key) -> QWidget:
    """One key on whatever has the focus, as a keyboard sends it; the new focus."""
    qtbot.keyClick(_focused(), key)
    return _focused()


def _tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], what: str) -> QWidget:
    """Tab until the focus is on what ``wanted`` accepts."""
    for _ in range(TAB_LIMIT):
        focused = _focused()
        if wanted(focused):
            return focused
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {what}")


def _focus_settles_on(kiosk: Kiosk, qtbot: QtBot, screen: QWidget) -> None:
    """After a screen change the focus is on a control of the new screen, shown."""
    qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is screen, timeout=TIMEOUT)

    def settled() -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and focused.isVisible() and (
            focused is screen or screen.isAncestorOf(focused))

    qtbot.waitUntil(settled, timeout=TIMEOUT)


def _ready(kiosk: Kiosk, qtbot: QtBot, width: int = 1280, height: int = 800) -> None:
    window = kiosk.window
    window.resize(width, height)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    _wait_for_events(kiosk, qtbot)
    _focus_settles_on(kiosk, qtbot, window.browse.events_screen)


def _card_to(qtbot: QtBot, kiosk: Kiosk, readable_id: str) -> None:
    """Tab to the cards, then the arrows to the card of ``readable_id``."""
    screen = kiosk.window.browse.events_screen
    _tab_to(qtbot, lambda w: w is screen.view, "the event cards")
    model = screen.model
    target = next(
        r for r in range(model.rowCount()) if model.index(r).data(Role.KEY) == readable_id)
    for _ in range(model.rowCount() * 2):
        row = screen.view.currentIndex().row()
        if row == target:
            return
        key = Qt.Key.Key_Right if row < target else Qt.Key.Key_Left
        _press(qtbot, key)
        if screen.view.currentIndex().row() == row:  # the end of a row of cards
            _press(qtbot, Qt.Key.Key_Down if row < target else Qt.Key.Key_Up)
    assert screen.view.currentIndex().row() == target, "the arrows never reach the card"


def _fill_step(qtbot: QtBot, screen: RegisterScreen) -> None:
    """Tab through the step shown, typing or ticking what it asks, to its Next button."""
    page = screen.pages.currentWidget()
    assert page is not None
    # Each choice's question: one answer each (the first option a Tab reaches).
    choices = {
        id(button): number for number, question in enumerate(screen._questions)
        for button in (*question.checks, *(
            question.group.buttons() if question.group is not None else ()))
    }
    answered: set[int] = set()
    for _ in range(TAB_LIMIT):
        focused = _focused()
        if focused is screen.next_button:
            _press(qtbot, Qt.Key.Key_Return)
            return
        if isinstance(focused, QLineEdit) and not focused.text():
            text = {
                id(screen.first_name): "Amira", id(screen.last_name): "Haddad",
                id(screen.email): "amira.haddad@example.org",
            }.get(id(focused), "Engineer")
            qtbot.keyClicks(focused, text)
        elif isinstance(focused, QAbstractButton) and (
                choices.get(id(focused), -1) not in answered | {-1}):
            answered.add(choices[id(focused)])
            if not focused.isChecked():
                _press(qtbot, Qt.Key.Key_Space)
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches Next on step {screen.current_kind()}")


def test_a_walk_up_registration_with_the_keys_alone(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = _event(api, Availability.OPEN)
    before = api.event_registration_count(event.readable_event_id)
    _ready(kiosk, qtbot)
    window = kiosk.window

    _card_to(qtbot, kiosk, event.readable_event_id)
    _press(qtbot, Qt.Key.Key_Return)
    page = window.browse.event_screen
    _focus_settles_on(kiosk, qtbot, page)
    qtbot.waitUntil(lambda: page.details is not None and page.primary.isEnabled(),
                    timeout=TIMEOUT)

    _tab_to(qtbot, lambda w: w is page.primary, "Register on the event page")
    _press(qtbot, Qt.Key.Key_Return)
    form = window.registration.register_screen
    _focus_settles_on(kiosk, qtbot, form)
    assert _focused() is form.first_name  # the attendee asked to type: the first field

    while form.current_kind() != "review":
        step = form.current_step()
        _fill_step(qtbot, form)
        qtbot.waitUntil(lambda s=step: form.current_step() != s, timeout=TIMEOUT)
        _focus_settles_on(kiosk, qtbot, form)

    consent = _tab_to(qtbot, lambda w: w is form.consent.check, "the consent box")
    _press(qtbot, Qt.Key.Key_Space)
    assert consent.isChecked()
    _tab_to(qtbot, lambda w: w is form.submit, "Register on the review step")
    _press(qtbot, Qt.Key.Key_Return)

    confirmation = window.registration.confirmation_screen
    _focus_settles_on(kiosk, qtbot, confirmation)
    assert confirmation.title.text() == "You are registered"
    assert "Amira Haddad" in confirmation.who.text()
    assert api.event_registration_count(event.readable_event_id) == before + 1


def _round(qtbot: QtBot, key: Qt.Key) -> list[QWidget]:
    """The stops Tab (or Shift+Tab) visits from the focus until it comes back to it."""
    start = _focused()
    visited = [start]
    for _ in range(TAB_LIMIT):
        now = _press(qtbot, key)
        if now is start:
            return visited
        assert now.isVisible(), f"{key.name} moved the focus to a hidden {now!r}"
        visited.append(now)
    raise AssertionError(f"{key.name} is trapped: never back to {start!r} ({visited[-4:]})")


def _goes_round(qtbot: QtBot, screen: QWidget, name: str) -> None:
    """Tab and Shift+Tab go round and come back, visiting every control of ``screen``;
    a group of exclusive choices is one stop (as in any application)."""
    forward = _round(qtbot, Qt.Key.Key_Tab)
    backward = _round(qtbot, Qt.Key.Key_Backtab)
    assert set(map(id, forward)) == set(map(id, backward)), f"{name}: Shift+Tab differs"
    for stop in tab_stops(screen):
        group = stop.group() if isinstance(stop, QAbstractButton) else None
        reached = stop in forward or (
            group is not None and group.exclusive() and any(b in forward for b in group.buttons()))
        assert reached, f"{name}: Tab never reaches {stop!r}"
    # ... in reading order: from the top, each stop further down or further along the line
    # (right, or left in a right-to-left language); never back up against the reading.
    rtl = screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    on_screen = [w for w in forward if screen.isAncestorOf(w)]
    places = [_place(w, screen, rtl) for w in on_screen]
    first = places.index(min(places, key=lambda p: (p.y(), p.x())))
    places = places[first:] + places[:first]
    on_screen = on_screen[first:] + on_screen[:first]
    for (a, b), (wa, wb) in zip(pairwise(places), pairwise(on_screen), strict=True):
        assert b.y() > a.y() or b.x() > a.x(), (
            f"{name}: Tab goes back from {_name(wa)} at {a.x()},{a.y()} to {_name(wb)} at "
            f"{b.x()},{b.y()}")


def _place(widget: QWidget, screen: QWidget, rtl: bool) -> QPoint:
    """Where ``widget`` starts on ``screen``, x counted along the reading direction."""
    at = widget.mapTo(screen, QPoint(0, 0))
    return QPoint(screen.width() - at.x() - widget.width() if rtl else at.x(), at.y())


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return f"{type(widget).__name__} {text() if callable(text) else widget.objectName()!r}"


def test_tab_goes_round_every_screen_and_never_traps(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = _event(api, Availability.OPEN)
    _ready(kiosk, qtbot)
    window = kiosk.window
    events = window.browse.events_screen
    _goes_round(qtbot, events, "the events")

    _card_to(qtbot, kiosk, event.readable_event_id)
    _press(qtbot, Qt.Key.Key_Space)  # Space opens a card as Enter does
    page = window.browse.event_screen
    _focus_settles_on(kiosk, qtbot, page)
    qtbot.waitUntil(lambda: page.details is not None and page.primary.isEnabled(),
                    timeout=TIMEOUT)
    _goes_round(qtbot, page, "the event page")

    _tab_to(qtbot, lambda w: w is page.primary, "Register")
    _press(qtbot, Qt.Key.Key_Return)
    form = window.registration.register_screen
    _focus_settles_on(kiosk, qtbot, form)
    _goes_round(qtbot, form, "the register form")

    # The staff view, its queue table holding rows: Tab leaves the table.
    kiosk.outbox.add(
        event.readable_event_id, event.event_name,
        RegistrationData(attendees=[
            Attendee(first_name="Quinn", last_name="Waits", email="quinn@example.org")]),
    )
    qtbot.keyClick(_focused(), Qt.Key.Key_S, CTRL_SHIFT)
    staff = window.staff.screen
    _focus_settles_on(kiosk, qtbot, staff)
    qtbot.waitUntil(lambda: staff.model.rowCount() == 1, timeout=TIMEOUT)
    _tab_to(qtbot, lambda w: w is staff.table, "the queue table")
    assert _press(qtbot, Qt.Key.Key_Tab) is not staff.table, "the table traps Tab"
    _goes_round(qtbot, staff, "the staff view")


def test_the_focused_card_has_a_ring_and_the_language_panel_keeps_the_focus(
    kiosk: Kiosk, qtbot: QtBot, tmp_path: Path
) -> None:
    _ready(kiosk, qtbot)
    events = kiosk.window.browse.events_screen
    view = events.view
    _tab_to(qtbot, lambda w: w is view, "the event cards")
    _press(qtbot, Qt.Key.Key_Right)
    index = view.currentIndex()
    assert index.row() == 1
    rect = view.visualRect(index)
    image = view.viewport().grab(rect).toImage()
    image.save(str(tmp_path / "focused_card.png"))
    ring = colour("focus")
    # The ring runs round the card, just inside its edge (the card sits 10 units into its
    # cell): on all four sides of the focused card, on none of the card beside it.
    other = view.viewport().grab(view.visualRect(view.model().index(0, 0))).toImage()
    other.save(str(tmp_path / "unfocused_card.png"))
    for card, focused in ((image, True), (other, False)):
        on_ring = _ring_pixels(card)
        assert all(_near(p, ring) for p in on_ring) is focused, (
            f"ring pixels {[p.name() for p in on_ring]} on a card with focus={focused}")

    # The language panel: the focus comes in, Tab stays inside, and goes back after.
    button = _tab_to(qtbot, lambda w: w is events.language_button, "the language button")
    _press(qtbot, Qt.Key.Key_Return)
    panel = kiosk.window.findChild(LanguagePanel)
    assert panel is not None
    assert panel.isVisible()
    inside = _round(qtbot, Qt.Key.Key_Tab)
    assert all(panel.isAncestorOf(w) for w in inside), "Tab leaves the open language panel"
    assert panel.close_button in inside
    assert set(map(id, _round(qtbot, Qt.Key.Key_Backtab))) == set(map(id, inside))
    _tab_to(qtbot, lambda w: w is panel.close_button, "Close")
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=TIMEOUT)
    assert _focused() is button  # back where it was


def _ring_pixels(card: QImage) -> list[QColor]:
    """The middle of each side of a card, one focus outline's half-width inside its edge."""
    inset = px(10) + max(px(OUTLINE_WIDTHS[theme().contrast][1]), 2) // 2
    width, height = card.width(), card.height()
    return [card.pixelColor(x, y) for x, y in (
        (inset, height // 2), (width - 1 - inset, height // 2),
        (width // 2, inset), (width // 2, height - 1 - inset),
    )]


def _near(pixel: QColor, wanted: QColor) -> bool:
    return max(abs(pixel.red() - wanted.red()), abs(pixel.green() - wanted.green()),
               abs(pixel.blue() - wanted.blue())) <= 24


class _SlowKeys:
    """The wedge scanner's clock for a person typing: 150 ms between keys, never a burst
    (a scanner's keys come 8 ms apart)."""

    def __init__(self) -> None:
        self.now = 100_000.0

    def __call__(self) -> float:
        self.now += 150
        return self.now


def test_staff_check_someone_in_by_name_with_the_keys_alone(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811 - the fixture
    english: None,
) -> None:
    register(door_api, CONFERENCE, "Zaynab")
    lock = StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(), checkin=True,
                     staff_token=STAFF_TOKEN, staff_lock=lock,
                     scanner_clock=_SlowKeys()) as kiosk:
        window = kiosk.window
        _ready(kiosk, qtbot)
        wait_ready(kiosk, qtbot)
        events = window.browse.events_screen
        _tab_to(qtbot, lambda w: w is events.scan_button, "Already registered? Scan")
        _press(qtbot, Qt.Key.Key_Return)
        scan = flow(kiosk).scan_screen
        _focus_settles_on(kiosk, qtbot, scan)
        _goes_round(qtbot, scan, "the scan screen")

        _tab_to(qtbot, lambda w: w is scan.search_button, "Find by name")
        _press(qtbot, Qt.Key.Key_Return)
        staff = window.staff.screen
        _focus_settles_on(kiosk, qtbot, staff)
        assert _focused() is staff.pin_edit  # staff asked to type the PIN
        qtbot.keyClicks(_focused(), PIN)
        _press(qtbot, Qt.Key.Key_Return)
        search = flow(kiosk).search_screen
        _focus_settles_on(kiosk, qtbot, search)
        assert _focused() is search.field
        qtbot.keyClicks(_focused(), "zay")
        qtbot.waitUntil(lambda: search.list.count() == 1, timeout=TIMEOUT)

        _tab_to(qtbot, lambda w: w is search.list, "the names found")
        _press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: search.name.text() == "Zaynab Okafor", timeout=TIMEOUT)
        _tab_to(qtbot, lambda w: w is search.check_in_button, "Check in")
        _press(qtbot, Qt.Key.Key_Space)

        wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)
        result = flow(kiosk).result_screen
        assert result.title.text() == "Welcome, Zaynab!"
        _focus_settles_on(kiosk, qtbot, result)
        _goes_round(qtbot, result, "the check-in result")


def test_every_track_is_reached_by_taps_on_a_narrow_screen(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    """Portrait: the track chips are wider than the screen. Tapping the last chip in
    sight brings the next ones in: no swipe is needed to reach the last track."""
    _ready(kiosk, qtbot, 800, 1280)
    _card_to(qtbot, kiosk, CONFERENCE)
    _press(qtbot, Qt.Key.Key_Return)
    page = kiosk.window.browse.event_screen
    _focus_settles_on(kiosk, qtbot, page)
    qtbot.waitUntil(lambda: len(page.track_buttons) > 2 and page.track_strip.isVisible(),
                    timeout=TIMEOUT)
    strip = page.track_strip
    viewport = strip.viewport()
    qtbot.waitUntil(lambda: strip.horizontalScrollBar().maximum() > 0, timeout=TIMEOUT)
    chips = page.track_buttons

    def in_sight(chip: QWidget) -> QRect:
        return QRect(chip.mapTo(viewport, QPoint(0, 0)), chip.size()).intersected(
            viewport.rect())

    assert in_sight(chips[-1]).width() < chips[-1].width(), "the strip should overflow"
    for _ in range(len(chips)):
        if in_sight(chips[-1]).width() == chips[-1].width():
            break
        last = [c for c in chips if not in_sight(c).isEmpty()][-1]
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=in_sight(last).center())
        # The strip's scroller hands a press on after a moment (it may become a drag).
        qtbot.waitUntil(last.isChecked, timeout=TIMEOUT)  # the tap chose that track
    assert in_sight(chips[-1]).width() == chips[-1].width(), "taps never reach the last track"


def test_a_scan_ending_in_enter_presses_no_focused_button(
    qtbot: QtBot, door: Kiosk, door_api: EventsApiClient,  # noqa: F811 - the fixture
    clock: ScannerClock,  # noqa: F811 - the fixture
) -> None:
    """Enter presses the focused button, but the Enter that ends a wedge scanner's burst
    is the scanner's: the code is checked in and the button under the focus stays put."""
    _, code = register(door_api, CONFERENCE, "Farah")
    _ready(door, qtbot)
    wait_ready(door, qtbot)
    events = door.window.browse.events_screen
    _tab_to(qtbot, lambda w: w is events.language_button, "the language button")
    Scanner(door.window, clock).scan(code)
    wait_for_result(door, qtbot, CheckInKind.CHECKED_IN)
    panel = door.window.findChild(LanguagePanel)
    assert panel is None or not panel.isVisible(), "the scan's Enter pressed the button"


def test_the_focus_outline_shows_for_keys_and_not_after_a_finger(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    """A switch user sees where the focus is; a finger's tap leaves no outline behind on
    the button it pressed (the web's :focus-visible)."""
    _ready(kiosk, qtbot)
    screen = kiosk.window.browse.events_screen
    button = screen.language_button
    focus_colour = colour("focus")

    def outlined() -> bool:
        image = button.grab().toImage()
        edge = [image.pixelColor(x, image.height() // 2) for x in range(px(6))]
        return any(c.rgb() == focus_colour.rgb() for c in edge)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # opens the language panel
    panel = kiosk.window.findChild(LanguagePanel)
    assert panel is not None
    qtbot.waitUntil(panel.isVisible, timeout=TIMEOUT)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=TIMEOUT)
    button.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=TIMEOUT)
    assert button.property("keyFocus") is not True
    assert not outlined()

    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Backtab)  # back on the button, by keys this time
    assert _focused() is button
    assert button.property("keyFocus") is True
    assert outlined()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a finger again
    qtbot.waitUntil(panel.isVisible, timeout=TIMEOUT)
    assert button.property("keyFocus") is not True
