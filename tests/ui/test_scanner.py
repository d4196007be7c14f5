"""A keyboard-wedge scanner's burst is one scan and never types into a field, while a person
typing on a hardware keyboard still gets every key, in order.

Key events are sent the way a keyboard's reach Qt (to the window, which hands them to its
focus widget) or straight to a widget (as QTest and input tools do); the time between
keys comes from an injected clock, so no test depends on how busy the machine is. Only
the scanner's own pause timers run in real time, and tests wait for their result.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.scanner import WedgeScanner

TIMEOUT = 5_000  # ms
CODE = "7KQ4-M2ZP"
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class Clock:
    """Monotonic milliseconds that a test moves on by hand."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


class Keyboard:
    """Sends key presses and releases to ``target``, moving the clock on before each."""

    def __init__(self, target: QObject, clock: Clock) -> None:
        self.target = target
        self.clock = clock

    def key(
        self, key: int, text: str = "", modifiers: Qt.KeyboardModifier = NO_MODIFIER,
        after_ms: float = 10,
    ) -> None:
        self.clock.now += after_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(self.target, QKeyEvent(kind, key, modifiers, text))

    def type(self, text: str, gap_ms: float = 10) -> None:
        """Like a scanner (or a person) on a US layout: Shift held for capitals."""
        for char in text:
            if char.isupper():
                self._modifier(QEvent.Type.KeyPress, SHIFT)
                self.key(ord(char), char, SHIFT, gap_ms)
                self._modifier(QEvent.Type.KeyRelease, NO_MODIFIER)
            else:
                self.key(ord(char.upper()), char, NO_MODIFIER, gap_ms)

    def enter(self, after_ms: float = 10) -> None:
        self.key(Qt.Key.Key_Return.value, "\r", NO_MODIFIER, after_ms)

    def _modifier(self, kind: QEvent.Type, modifiers: Qt.KeyboardModifier) -> None:
        QCoreApplication.sendEvent(self.target, QKeyEvent(kind, Qt.Key.Key_Shift, modifiers))


class KeyRecorder(QObject):
    """What reaches a widget: (press or release, key), except Shift, which passes as is."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.keys: list[tuple[str, int]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if event.key() != Qt.Key.Key_Shift.value:
                self.keys.append((kind.name, event.key()))
        return False


class Form(QWidget):
    """A window with a text field, focused, whose key events are recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        self.received = KeyRecorder(self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def scanner(qapp: QApplication, clock: Clock) -> Iterator[WedgeScanner]:
    scanner = WedgeScanner(clock=clock)
    qapp.installEventFilter(scanner)
    yield scanner
    qapp.removeEventFilter(scanner)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    form.field.setFocus()
    qtbot.waitUntil(form.field.hasFocus, timeout=TIMEOUT)
    return form


@pytest.fixture(params=["window", "widget"])
def keyboard(request: pytest.FixtureRequest, form: Form, clock: Clock) -> Keyboard:
    """A hardware keyboard's route (the window first), or straight to the focused field."""
    if request.param == "window":
        window = form.windowHandle()
        assert window is not None
        return Keyboard(window, clock)
    return Keyboard(form.field, clock)


def test_a_fast_burst_ending_in_enter_is_one_scan_and_types_nothing(
    qtbot: QtBot, scanner: WedgeScanner, form: Form, keyboard: Keyboard
) -> None:
    returns: list[None] = []
    form.field.returnPressed.connect(lambda: returns.append(None))
    with qtbot.waitSignal(scanner.scanned, timeout=TIMEOUT) as blocker:
        keyboard.type(CODE, gap_ms=8)
        keyboard.enter(after_ms=8)
    assert blocker.args == [CODE]
    with qtbot.assertNotEmitted(scanner.scanned, wait=150):
        pass  # the end pause passes too: still exactly one scan
    assert form.field.text() == ""
    assert form.received.keys == []  # not a press, not a release, not the Enter
    assert returns == []


def test_a_burst_without_enter_is_a_scan_after_the_pause(
    qtbot: QtBot, scanner: WedgeScanner, form: Form, keyboard: Keyboard
) -> None:
    with qtbot.waitSignal(scanner.scanned, timeout=TIMEOUT) as blocker:
        keyboard.type("https://events.example.org/checkin?code=7KQ4M2ZP", gap_ms=5)
    assert blocker.args == ["https://events.example.org/checkin?code=7KQ4M2ZP"]
    assert form.field.text() == ""


def test_slow_typing_reaches_the_field_in_order_and_is_no_scan(
    qtbot: QtBot, scanner: WedgeScanner, form: Form, keyboard: Keyboard
) -> None:
    with qtbot.assertNotEmitted(scanner.scanned):
        keyboard.type("hello", gap_ms=150)
        qtbot.waitUntil(lambda: form.field.text() == "hello", timeout=TIMEOUT)
        keyboard.type(" Len", gap_ms=150)
        keyboard.key(Qt.Key.Key_Backspace.value, "\b", after_ms=150)
        keyboard.type("na Vogt", gap_ms=150)  # more than a scan's length: the gaps decide
        qtbot.waitUntil(lambda: form.field.text() == "hello Lena Vogt", timeout=TIMEOUT)
    keys = [*b"HELLO LEN", Qt.Key.Key_Backspace.value, *b"NA VOGT"]
    # Each key once, pressed then released; none released before its press was delivered.
    assert form.received.keys == [
        (kind, key) for key in keys for kind in ("KeyPress", "KeyRelease")
    ]


def test_a_scan_into_a_field_that_holds_text_leaves_it_exactly_as_it_was(
    qtbot: QtBot, scanner: WedgeScanner, form: Form, keyboard: Keyboard
) -> None:
    form.field.setText("Lena Vogt")
    form.field.setCursorPosition(4)
    with qtbot.waitSignal(scanner.scanned, timeout=TIMEOUT) as blocker:
        keyboard.type(CODE, gap_ms=8)
        keyboard.enter(after_ms=8)
    assert blocker.args == [CODE]
    assert form.field.text() == "Lena Vogt"
    assert form.field.cursorPosition() == 4
    assert not form.field.isUndoAvailable()  # nothing was typed and taken back


def test_five_fast_characters_are_typing_and_reach_the_field(
    qtbot: QtBot, scanner: WedgeScanner, form: Form, keyboard: Keyboard
) -> None:
    returns: list[str] = []
    form.field.returnPressed.connect(lambda: returns.append(form.field.text()))
    with qtbot.assertNotEmitted(scanner.scanned, wait=150):
        keyboard.type("7KQ4M", gap_ms=8)
        keyboard.enter(after_ms=8)
        # The field had its five characters before it saw the Enter.
        assert returns == ["7KQ4M"]
        keyboard.type("abcde", gap_ms=8)  # and without an Enter: after the pause
        qtbot.waitUntil(lambda: form.field.text() == "7KQ4Mabcde", timeout=TIMEOUT)


@pytest.mark.parametrize(
    ("key", "modifiers", "sequence"),
    [
        (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | SHIFT, "Ctrl+Shift+S"),
        (Qt.Key.Key_F5, NO_MODIFIER, "F5"),  # no modifier key press announces this one
    ],
)
def test_a_shortcut_during_a_burst_runs_after_the_keys_typed_before_it(
    qtbot: QtBot, scanner: WedgeScanner, form: Form, clock: Clock,
    key: Qt.Key, modifiers: Qt.KeyboardModifier, sequence: str,
) -> None:
    """QTest's key click takes a real key's way: modifier presses, then ShortcutOverride
    and the window's shortcut map; the key press itself only if no shortcut took it."""
    shortcut = QShortcut(QKeySequence(sequence), form)
    text_when_activated: list[str] = []
    shortcut.activated.connect(lambda: text_when_activated.append(form.field.text()))
    with qtbot.assertNotEmitted(scanner.scanned, wait=150):
        Keyboard(form.field, clock).type("ab", gap_ms=8)
        QTest.keyClick(form.field, key, modifiers)
    assert text_when_activated == ["ab"]
    assert form.field.text() == "ab"


def test_a_scan_arrives_when_no_widget_has_focus(
    qtbot: QtBot, scanner: WedgeScanner, clock: Clock
) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    window = screen.windowHandle()
    assert window is not None
    assert QApplication.focusWidget() is None
    with qtbot.waitSignal(scanner.scanned, timeout=TIMEOUT) as blocker:
        Keyboard(window, clock).type(CODE, gap_ms=8)
        Keyboard(window, clock).enter(after_ms=8)
    assert blocker.args == [CODE]


def test_a_held_down_key_repeats_into_the_field(
    qtbot: QtBot, scanner: WedgeScanner, form: Form, keyboard: Keyboard
) -> None:
    """Auto-repeat comes as fast as a scanner; it is a person all the same."""
    key = Qt.Key.Key_X.value
    with qtbot.assertNotEmitted(scanner.scanned, wait=150):
        keyboard.clock.now += 10
        QCoreApplication.sendEvent(
            keyboard.target, QKeyEvent(QEvent.Type.KeyPress, key, NO_MODIFIER, "x")
        )
        for _ in range(8):
            keyboard.clock.now += 30
            for kind in (QEvent.Type.KeyRelease, QEvent.Type.KeyPress):
                QCoreApplication.sendEvent(
                    keyboard.target, QKeyEvent(kind, key, NO_MODIFIER, "x", True)
                )
        QCoreApplication.sendEvent(
            keyboard.target, QKeyEvent(QEvent.Type.KeyRelease, key, NO_MODIFIER, "x")
        )
    assert form.field.text() == "x" * 9


def test_keys_held_for_a_field_that_is_gone_are_dropped(
    qtbot: QtBot, scanner: WedgeScanner, form: Form, clock: Clock
) -> None:
    """The idle reset may close a screen while its last keys are held."""
    Keyboard(form.field, clock).type("ab", gap_ms=8)
    with qtbot.waitSignal(form.field.destroyed, timeout=TIMEOUT):
        form.field.deleteLater()
    other = QLineEdit()
    qtbot.addWidget(other)
    Keyboard(other, clock).type("c", gap_ms=500)  # a person's next key ends the burst
    qtbot.waitUntil(lambda: other.text() == "c", timeout=TIMEOUT)


def test_switched_off_every_key_types_at_once(
    qtbot: QtBot, scanner: WedgeScanner, form: Form, keyboard: Keyboard
) -> None:
    keyboard.type("abc", gap_ms=8)
    assert form.field.text() == ""  # held: could still become a scan
    scanner.set_enabled(False)
    assert form.field.text() == "abc"  # what was held is delivered as typed
    with qtbot.assertNotEmitted(scanner.scanned, wait=150):
        keyboard.type(CODE, gap_ms=8)
        assert form.field.text() == "abc" + CODE  # at once, no pause
        keyboard.enter(after_ms=8)
    scanner.set_enabled(True)
    with qtbot.waitSignal(scanner.scanned, timeout=TIMEOUT):
        keyboard.type(CODE, gap_ms=8)
        keyboard.enter(after_ms=8)
    assert form.field.text() == "abc" + CODE
