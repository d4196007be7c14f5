"""Every screen lays out at every kiosk size, in English and 40% longer, and in every
language the kiosk speaks in landscape and portrait.

The real kiosk (local server with the demo data, staff token and PIN, check-in at the
door) is walked screen by screen; at each size the window is resized (the theme's unit
follows it) and the shown screen is checked: no label's text clipped or elided where it
should wrap, no button's text wider than the button, no two visible widgets on top of
each other (each clipped to what its scroll areas and parents show). The failure lists
every problem: screen, size, widget, what is wrong.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from pseudo_translation import PseudoTranslator
from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QRawFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN
from test_checkin_flow import (
    TIMEOUT,
    door_api,  # noqa: F401 - fixture
    door_server,  # noqa: F401 - fixture
    register,
    sessions_today,
    settings,
)

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE
from kiosk.services.checkin import CheckInKind
from kiosk.services.images import qr_matrix
from kiosk.services.outbox import SubmissionState
from kiosk.services.registration import SubmissionOutcome
from kiosk.ui import theme
from kiosk.ui.flows.checkin import KioskMode
from kiosk.ui.flows.shell import NoticeLevel, NoticeSource
from kiosk.ui.i18n import LANGUAGES, translations
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.setup import resources_dir
from kiosk.ui.widgets import CheckRow, primary_button
from kiosk.ui.window import KioskWindow

PIN = "2468"
# The first is the size the screens are filled at: what an attendee sees with no change of
# scale in between (a screen that lays out right only after the style sheet re-polished
# it fails there).
SIZES = ((1280, 800), (1024, 768), (1366, 768), (1920, 1080), (3840, 2160), (800, 1280),
         (1080, 1920))
# The real languages: the pseudo-language is longer than each, so landscape and portrait
# are enough to see a language's own trouble (a long German word, Arabic mirrored).
LANGUAGE_SIZES = ((1280, 800), (800, 1280), (1080, 1920))
TOLERANCE = 2  # px: anti-aliased edges and rounding
GRABS = os.environ.get("KIOSK_LAYOUT_GRABS", "")


# --------------------------------------------------------------------------- the checks


def _label_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def _describe(widget: QWidget) -> str:
    name = widget.objectName()
    kind = widget.metaObject().className()
    words = _label_text(widget).replace("\n", " ")
    if len(words) > 40:
        words = words[:37] + "..."
    where = f"{kind}#{name}" if name else kind
    return f'{where} "{words}"' if words else where


def _painted(widget: QWidget) -> bool:
    """One of the kiosk's own pictures (an event's image, a QR code, a capacity bar): a
    widget of a kiosk class with nothing inside it."""
    if widget.metaObject().className().startswith("Q"):
        return False
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return not any(c.isVisible() for c in widget.findChildren(QWidget, options=direct))


def _leaves(window: QWidget) -> list[QWidget]:
    """The visible widgets a person reads or taps, and the kiosk's painted pictures; item
    views and line edits count as one (their insides are theirs), a button's children
    are its own."""
    found: list[QWidget] = []

    def walk(widget: QWidget) -> None:
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for child in widget.findChildren(QWidget, options=direct):
            if not child.isVisible() or child.isWindow():
                continue
            if isinstance(child, QAbstractItemView | QLineEdit | QAbstractButton | QLabel) or (
                    _painted(child)):
                found.append(child)
                if isinstance(child, QAbstractItemView | QLineEdit):
                    continue
            walk(child)

    walk(window)
    return found


def _clipped(widget: QWidget, window: QWidget) -> QRect:
    """``widget``'s rectangle in window coordinates, cut to what its parents show."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def _is_ancestor(older: QWidget, younger: QWidget) -> bool:
    parent = younger.parentWidget()
    while parent is not None:
        if parent is older:
            return True
        parent = parent.parentWidget()
    return False


def _text_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + TOLERANCE:
                return f"text cut off: needs {needed} px of height, has {widget.height()}"
            return None
        hint = widget.sizeHint()
        if hint.width() > widget.width() + TOLERANCE:
            return f"text cut off: needs {hint.width()} px of width, has {widget.width()}"
        if hint.height() > widget.height() + TOLERANCE:
            return f"text cut off: needs {hint.height()} px of height, has {widget.height()}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if hint.width() > widget.width() + TOLERANCE:
            return f"text wider than the button: needs {hint.width()} px, has {widget.width()}"
    return None


def layout_problems(window: QWidget) -> list[str]:
    """What is wrong with the screen ``window`` shows now, one line a problem."""
    problems: list[str] = []
    leaves = _leaves(window)
    rects = {id(w): _clipped(w, window) for w in leaves}
    shown = [w for w in leaves if not rects[id(w)].isEmpty()]
    for widget in shown:
        problem = _text_problem(widget)
        if problem:
            problems.append(f"{_describe(widget)}: {problem}")
    for i, first in enumerate(shown):
        a = rects[id(first)]
        for second in shown[i + 1:]:
            overlap = a.intersected(rects[id(second)])
            if overlap.width() <= TOLERANCE or overlap.height() <= TOLERANCE:
                continue
            if _is_ancestor(first, second) or _is_ancestor(second, first):
                continue
            problems.append(
                f"{_describe(first)} overlaps {_describe(second)} "
                f"({overlap.width()}x{overlap.height()} px at {overlap.x()},{overlap.y()})"
            )
    return problems


# --------------------------------------------------------------------------- the kiosk


@dataclass
class Walk:
    """The screens to look at (a name and how to show it), and the problems found."""

    window: KioskWindow
    states: list[tuple[str, Callable[[], None]]]
    problems: list[str]

    def run(
        self, sizes: tuple[tuple[int, int], ...] = SIZES,
        presentation: tuple[float, str] | None = None,
    ) -> None:
        """Every screen at every size: the window resized once a size (the style sheet is
        rendered again for the size's unit), then each screen shown and checked; with
        ``presentation`` (text size, palette) chosen as an attendee does, again after a
        screen's showing reset it (kiosk/ui/presentation.py)."""
        for width, height in sizes:
            self.window.resize(width, height)
            for name, show in self.states:
                show()
                if presentation is not None:
                    theme.theme().set_presentation(*presentation)
                QApplication.processEvents()
                # A screen that needed more lets go. From the largest size straight to the
                # smallest the minimum shrinks with the scale unit, one resize at a time
                # (as a full-screen window is given the screen's size again).
                for _ in range(20):  # waits on the size, not on a count of passes
                    self.window.resize(width, height)
                    QTest.qWait(10)
                    if (self.window.width(), self.window.height()) == (width, height):
                        break
                where = f"{name} @ {width}x{height}"
                if presentation is not None:
                    where += f" (text {presentation[0]:.0%}, {presentation[1]} contrast)"
                if (self.window.width(), self.window.height()) != (width, height):
                    hint = self.window.minimumSizeHint()
                    self.problems.append(
                        f"{where}: the window cannot be {width}x{height}, it stays "
                        f"{self.window.width()}x{self.window.height()} (this screen needs "
                        f"at least {hint.width()}x{hint.height()})"
                    )
                    continue
                expected = theme.unit_for(self.window.size())
                assert theme.unit() == pytest.approx(expected), where
                self.problems.extend(f"{where}: {p}" for p in layout_problems(self.window))
                if GRABS:  # to look at: KIOSK_LAYOUT_GRABS=folder
                    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
                    self.window.grab().save(str(Path(GRABS) / f"{slug}-{width}x{height}.png"))


def walk_every_screen(kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient) -> Walk:
    """Fill every screen with the demo data once; ``run()`` then only shows them."""
    window = kiosk.window
    states: list[tuple[str, Callable[[], None]]] = []
    browse = window.browse
    checkin = window.checkin
    door = window.door
    assert checkin is not None
    assert door is not None

    def wait(condition: Callable[[], object]) -> None:
        qtbot.waitUntil(lambda: bool(condition()), timeout=TIMEOUT)

    wait(lambda: browse.events_screen.model.rowCount() > 0)
    states.append(("events list", browse.show_start))

    # The event page, every tab it shows.
    events = browse.events_screen
    events.event_chosen.emit(CONFERENCE)
    page = browse.event_screen
    wait(lambda: page.details is not None and page.primary.isEnabled())
    for key, tab in page.tab_buttons.items():
        if not tab.isHidden():
            def show_tab(tab: QAbstractButton = tab) -> None:
                window.show_screen(page)
                tab.click()
            states.append((f"event page, {key} tab", show_tab))

    # The form, step by step when it has steps.
    page.primary.click()
    form = window.registration.register_screen
    wait(lambda: window.stack.currentWidget() is form)
    steps = form.step_count() if hasattr(form, "step_count") else 1
    for step in range(steps):
        def show_step(step: int = step) -> None:
            window.show_screen(form)
            if hasattr(form, "show_step"):
                form.show_step(step)
        states.append((f"register form, step {step + 1} of {steps}", show_step))

    # The confirmation of a registration with a code.
    confirmation = window.registration.confirmation_screen
    outcome = SubmissionOutcome("layout-test", SubmissionState.DELIVERED, waitlisted=False,
                                check_in_code="K7Q2M9XD")
    details = page.details
    assert details is not None
    confirmation.show_outcome(outcome, "Amara Okafor", details.event.event_name, [],
                              qr_matrix("K7Q2M9XD"))
    confirmation.stop()

    def show_confirmation() -> None:
        window.show_screen(confirmation)
        confirmation.stop()
    states.append(("confirmation", show_confirmation))

    # Check-in: the scan screen, a welcome with today's sessions, the staff search.
    checkin.show_scan()
    wait(lambda: checkin.scan_screen.where.text())
    states.append(("check-in scan", checkin.show_scan))

    def show_code_page() -> None:
        checkin.show_scan()
        checkin.scan_screen.show_code_page()
    states.append(("check-in typed code", show_code_page))
    sessions = tuple(s for s, _ in sessions_today(api, 3))
    _, code = register(api, CONFERENCE, "Amara", sessions=sessions)
    checkin.scan(code)
    result = checkin.result_screen
    wait(lambda: window.stack.currentWidget() is result and result.kind is CheckInKind.CHECKED_IN)
    states.append(("check-in result", lambda: window.show_screen(result)))

    # Staff: the PIN pad, the unlocked view, the door chooser (both pages), the search.
    staff = window.staff.screen

    def show_pin_pad() -> None:
        window.staff.lock()
        window.staff.open()

    def show_staff_view() -> None:
        show_pin_pad()
        qtbot.keyClicks(staff.pin_edit, PIN)
        qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
        wait(lambda: staff.unlocked)

    show_staff_view()
    door.open()
    wait(lambda: door.screen.events_list.findChildren(QAbstractButton))
    picked = door.screen.events_list.findChildren(QAbstractButton)[0]
    picked.click()
    wait(lambda: door.screen.sessions_list.findChildren(QAbstractButton))

    def show_door(page_index: int) -> None:
        window.show_screen(door.screen)
        door.screen.pages.setCurrentIndex(page_index)

    states.append(("staff PIN pad", show_pin_pad))
    states.append(("staff view", show_staff_view))
    states.append(("door chooser, events", lambda: show_door(door.screen.EVENTS_PAGE)))
    states.append(("door chooser, sessions", lambda: show_door(door.screen.SESSIONS_PAGE)))
    states.append(("check-in staff search", checkin.open_search))
    search = checkin.search_screen

    def show_record() -> None:
        """Staff found Amara by name and opened her registration."""
        checkin.open_search()
        search.field.setText("Amara")
        wait(lambda: search.list.count() > 0)
        search.list.itemClicked.emit(search.list.item(0))
        wait(lambda: search.pages.currentIndex() == search.RECORD_PAGE)
    states.append(("check-in staff search, a registration", show_record))
    return Walk(window, states, [])


@pytest.fixture
def lock(tmp_path: Path) -> StaffLock:
    return StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)


@pytest.fixture(params=["english", "pseudo", *sorted(set(LANGUAGES) - {"en"})])
def language(request: pytest.FixtureRequest, english: None, qapp: QApplication) -> Iterator[str]:
    """English as shipped, every string 40% longer (installed last: it answers first), or
    one of the kiosk's languages as an attendee picks it (Arabic mirrored)."""
    if request.param == "english":
        yield "english"
        return
    if request.param in LANGUAGES:
        saved = QLocale()
        state = translations()
        state.default = request.param  # an idle reset on the way keeps the language
        state.use(request.param)
        yield request.param
        state.unload()
        state.default = None
        QLocale.setDefault(saved)
        return
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield "pseudo"
    qapp.removeTranslator(translator)
    assert translator.seen > 0


@pytest.fixture
def walked(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811 - fixture
    lock: StaffLock, language: str,
) -> Iterator[Walk]:
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(KioskMode.BOTH, result_s=600),
                     checkin=True, staff_token=STAFF_TOKEN, staff_lock=lock) as kiosk:
        kiosk.window.resize(*SIZES[0])
        QApplication.processEvents()
        try:
            walk = walk_every_screen(kiosk, qtbot, door_api)
            walk.run(SIZES if language in ("english", "pseudo") else LANGUAGE_SIZES)
            yield walk
        finally:
            kiosk.window.resize(1920, 1080)


def test_every_screen_lays_out_at_every_size(walked: Walk, language: str) -> None:
    if language in LANGUAGES:
        assert translations().language == language  # still, after the walk's resets
    assert len(walked.states) >= 13
    assert not walked.problems, (
        f"{len(walked.problems)} layout problems:\n" + "\n".join(walked.problems)
    )


# --------------------------------------------------------------------------- the scale unit


@pytest.mark.parametrize(("size", "unit"), [
    ((1280, 800), 1.0), ((1920, 1080), 1.35), ((3840, 2160), 2.7), ((800, 1280), 1.0),
    ((1080, 1920), 1.35), ((1024, 768), 0.95), ((1366, 768), 0.95), ((640, 480), 48 / 56),
])
def test_the_unit_follows_the_shorter_side_and_never_shrinks_a_touch_target_below_48_px(
    size: tuple[int, int], unit: float
) -> None:
    assert theme.unit_for(QSize(*size)) == pytest.approx(unit, abs=0.001)
    assert round(56 * theme.unit_for(QSize(*size))) >= 48


def test_the_style_sheet_is_rendered_in_pixels_at_the_unit() -> None:
    qss = "QPushButton { min-height: 56u; border: 2u solid #1d4ed8; font-size: 24u; }"
    assert theme.render(qss, 1.35) == (
        "QPushButton { min-height: 76px; border: 3px solid #1d4ed8; font-size: 32px; }"
    )


def test_the_style_sheet_is_rendered_again_only_when_the_unit_changes(
    qtbot: QtBot, english: None
) -> None:
    state = theme.theme()
    window = QWidget()
    qtbot.addWidget(window)
    button = primary_button("Register", window)
    theme.follow_window(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert theme.unit() == 1.0
    renders = state.renders
    window.resize(1290, 805)  # the same unit: nothing is re-polished
    QApplication.processEvents()
    assert state.renders == renders
    window.resize(1920, 1080)
    QApplication.processEvents()
    assert theme.unit() == pytest.approx(1.35)
    assert state.renders == renders + 1
    assert button.height() >= round((56 + 16) * 1.35)
    assert button.font().pixelSize() == round(29 * 1.35)
    window.resize(1280, 800)
    QApplication.processEvents()


# --------------------------------------------------------------------------- the controls


def _contrast(first: str, second: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    low, high = sorted((luminance(first), luminance(second)))
    return (high + 0.05) / (low + 0.05)


def test_check_boxes_radios_and_fields_are_outlined_at_3_to_1_and_disabled_text_reads() -> None:
    page = "#f5f6f9"
    icons = resources_dir() / "icons"
    for name in ("check-off", "radio-off", "check-off-disabled", "radio-off-disabled"):
        svg = (icons / f"{name}.svg").read_text()
        outline = re.search(r'stroke="(#[0-9a-f]{6})"', svg)
        assert outline, name
        assert _contrast(outline.group(1), page) >= 3, name
    # The template's colours are palette tokens (tests/ui/test_contrast.py checks them all).
    qss = theme.render((resources_dir() / "theme.qss").read_text(), 1.0, 1.0,
                       theme.tokens("standard"))
    field = re.search(r"QLineEdit \{[^}]*border: 2px solid (#[0-9a-f]{6})", qss)
    assert field
    assert _contrast(field.group(1), page) >= 3
    disabled = re.search(r"QPushButton:disabled[^{]*\{\s*color: (#[0-9a-f]{6})", qss)
    assert disabled
    assert _contrast(disabled.group(1), page) >= 4.5


def test_the_consent_is_a_bordered_panel_unlike_a_session_choice_and_the_clear_button_is_a_target(
    qtbot: QtBot, english: None
) -> None:
    theme.set_unit(1.0)
    form = QWidget()
    form.setObjectName("form")
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    session = CheckRow("Opening keynote", form)
    consent = CheckRow("I agree that my name and e-mail are stored for this event.", form)
    consent.setObjectName("consent")
    field = QLineEdit("Lena", form)
    field.setClearButtonEnabled(True)
    disabled = primary_button("Register", form)
    disabled.setEnabled(False)
    for widget in (session, consent, field, disabled):
        layout.addWidget(widget)
    form.resize(800, 600)
    form.show()
    qtbot.waitExposed(form)
    picture = form.grab().toImage()
    page = QColor("#f5f6f9")

    def colour_at(widget: QWidget, x: int, y: int) -> QColor:
        return picture.pixelColor(widget.mapTo(form, QPoint(x, y)))

    assert colour_at(consent, consent.width() // 2, 1) == QColor("#1d4ed8")  # its border
    assert colour_at(consent, consent.width() - 20, consent.height() // 2) == QColor("#ffffff")
    assert colour_at(session, session.width() - 20, session.height() // 2) == page
    # A disabled button is flat on the page: nothing to tap.
    assert colour_at(disabled, disabled.width() // 2, 4) == page
    (clear,) = [b for b in field.findChildren(QToolButton) if b.isVisible()]
    assert min(clear.width(), clear.height()) >= 48
    indicator = session.check.style().subElementRect(
        QStyle.SubElement.SE_CheckBoxIndicator, QStyleOptionButton(), session.check)
    assert indicator.width() >= 36


def test_names_in_every_script_and_emoji_render_with_the_font_fallbacks(english: None) -> None:
    families = set(QFontDatabase.families())
    missing = [f for f in theme.FONT_FAMILIES if f not in families]
    if missing:
        pytest.skip(f"fonts not installed (.ci/install-display-deps): {missing}")
    for character in "ë李محمد🎉":
        assert any(
            QRawFont.fromFont(QFont(family)).supportsCharacter(ord(character))
            for family in theme.FONT_FAMILIES
        ), character
    label = QLabel("Zoë 李小龙 محمد 🎉")
    label.ensurePolished()  # the style sheet's font list, as every widget gets it
    assert label.font().families()[: len(theme.FONT_FAMILIES)] == list(theme.FONT_FAMILIES)


def test_the_banner_floats_over_the_screen_and_moves_nothing(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = kiosk.window
    qtbot.waitUntil(lambda: window.browse.events_screen.model.rowCount() > 0, timeout=TIMEOUT)
    window.resize(1280, 800)
    QApplication.processEvents()
    screen = window.stack.currentWidget()
    before = (window.stack.geometry(), screen.geometry())
    window.show_notice(NoticeSource.CATALOG, "No connection to the events server. Showing "
                       "saved events; registrations are kept and sent later.",
                       NoticeLevel.WARNING)
    QApplication.processEvents()
    banner = window.banner
    assert banner.isVisible()
    assert (window.stack.geometry(), screen.geometry()) == before
    assert banner.heightForWidth(banner.width()) <= banner.height()  # all of it readable
    assert banner.geometry().left() > window.width() // 4  # the way back stays free
    window.clear_notice(NoticeSource.CATALOG)
    assert not banner.isVisible()
