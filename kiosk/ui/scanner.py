"""Keyboard-wedge barcode scanners: a fast burst of keys is a scan and never reaches a field.

A USB or Bluetooth scanner in keyboard-wedge mode "types" what it reads, far faster than a
person can. ``WedgeScanner`` sits on the QApplication as an event filter and holds back
each key press that could be part of such a burst until it is clear what it is: a scan is
emitted as ``scanned`` and nothing of it is typed anywhere; anything else is delivered to
the widget that had focus, in order, at most ``max_gap_ms`` late.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

Clock = Callable[[], float]
"""Monotonic milliseconds."""

MIN_LENGTH = 6  # characters: fewer is a person typing (or a key they held)

_ENTER_KEYS = frozenset({Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value})
# A scanner presses these to type characters (capitals, or symbols on some layouts).
_TYPING_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift.value, Qt.Key.Key_AltGr.value})
# Shift (capitals), the keypad and AltGr still type characters; these make a shortcut.
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class _Kind(Enum):
    CHAR = auto()  # printable: may belong to a scan, held back
    ENTER = auto()  # may end a scan
    TYPING_MODIFIER = auto()  # Shift or AltGr alone: passes, the burst goes on
    OTHER = auto()  # shortcut, navigation or editing key, other modifier: passes, ends a burst


@dataclass(frozen=True)
class _HeldKey:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    scan_code: int
    virtual_key: int
    native_modifiers: int
    text: str


def _kind(event: QKeyEvent) -> _Kind:
    if event.isAutoRepeat():
        return _Kind.OTHER  # someone holds a key down; a scanner never repeats
    if event.key() in _TYPING_MODIFIER_KEYS:
        return _Kind.TYPING_MODIFIER
    if event.modifiers() & _SHORTCUT_MODIFIERS:
        return _Kind.OTHER
    if event.key() in _ENTER_KEYS:
        return _Kind.ENTER
    text = event.text()
    return _Kind.CHAR if text and text.isprintable() else _Kind.OTHER


class WedgeScanner(QObject):
    """Turns keyboard-wedge bursts into scans. Install on the QApplication.

    A scan is at least ``MIN_LENGTH`` printable characters, each within ``max_gap_ms`` of
    the one before, ended by Enter/Return or, for scanners that send no Enter, by
    ``end_pause_ms`` of silence. Key presses that may belong to a scan are held back (their
    releases swallowed); when they turn out not to be one, they are sent again, in order,
    as new press/release pairs to the widget that had focus. Shortcuts (Control, Alt or
    Meta), keys that type nothing (Tab, arrows, Backspace) and held-down keys pass at once
    and end a burst, after what it held has been delivered. Shift and AltGr pressed alone
    pass too but do not end a burst: scanners press them to type capitals and symbols.
    Input-method text (the on-screen keyboard) is not a key press and is not touched.

    Signals:
        scanned(str): the text of one scan, without the Enter.
    """

    scanned = Signal(str)

    def __init__(
        self,
        max_gap_ms: int = 35,
        end_pause_ms: int = 80,
        clock: Clock = monotonic_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._max_gap_ms = max_gap_ms
        self._end_pause_ms = end_pause_ms
        self._clock = clock
        self._enabled = True
        self._held: list[_HeldKey] = []
        self._last_ms = 0.0
        # Key codes whose press this filter took: their release must not arrive alone.
        self._releases: Counter[int] = Counter()
        self._redelivering = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Off: every key passes untouched; a burst being held is delivered as typed."""
        if not enabled:
            self._deliver_held()
        self._enabled = enabled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if self._redelivering or not self._enabled:
            return False
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_press(watched, event)
        if kind == QEvent.Type.KeyRelease:
            assert isinstance(event, QKeyEvent)
            if not event.isAutoRepeat() and self._releases[event.key()] > 0:
                self._releases[event.key()] -= 1
                return True
            return False
        if kind == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            # A window-wide shortcut runs from this event and its key press never comes:
            # what was typed before it must land first.
            if _kind(event) is _Kind.OTHER:
                self._end_burst()
        return False

    def _on_press(self, watched: QObject, event: QKeyEvent) -> bool:
        kind = _kind(event)
        if kind is _Kind.TYPING_MODIFIER:
            return False
        if kind is _Kind.OTHER:
            self._end_burst()
            return False
        now = self._clock()
        gap = now - self._last_ms
        if kind is _Kind.ENTER:
            if self._held and gap <= self._end_pause_ms and len(self._text()) >= MIN_LENGTH:
                self._releases[event.key()] += 1
                self._emit_scan()
                return True
            self._end_burst()
            return False
        if self._held and gap > self._max_gap_ms:
            self._end_burst()
        self._held.append(
            _HeldKey(
                target=self._target(watched),
                key=event.key(),
                modifiers=event.modifiers(),
                scan_code=event.nativeScanCode(),
                virtual_key=event.nativeVirtualKey(),
                native_modifiers=event.nativeModifiers(),
                text=event.text(),
            )
        )
        self._releases[event.key()] += 1
        self._last_ms = now
        # A short burst is decided by the next key's gap; one long enough to be a scan
        # waits for the end pause of scanners that send no Enter.
        long_enough = len(self._text()) >= MIN_LENGTH
        self._timer.start(self._end_pause_ms if long_enough else self._max_gap_ms)
        return True

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._end_burst()

    def _end_burst(self) -> None:
        if len(self._text()) >= MIN_LENGTH:
            self._emit_scan()
        else:
            self._deliver_held()

    def _emit_scan(self) -> None:
        text = self._text()
        self._held = []
        self._timer.stop()
        log.info("scan received (%d characters)", len(text))
        self.scanned.emit(text)

    def _deliver_held(self) -> None:
        held, self._held = self._held, []
        self._timer.stop()
        self._redelivering = True
        try:
            for key in held:
                if not shiboken6.isValid(key.target):
                    continue  # the field went away while its keys were held
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(
                        key.target,
                        QKeyEvent(
                            kind, key.key, key.modifiers, key.scan_code, key.virtual_key,
                            key.native_modifiers, key.text,
                        ),
                    )
        finally:
            self._redelivering = False

    def _text(self) -> str:
        return "".join(key.text for key in self._held)

    @staticmethod
    def _target(watched: QObject) -> QObject:
        """The widget the key is for. A hardware key reaches the window first, which would
        pass it on to its focus widget."""
        if not isinstance(watched, QWindow):
            return watched
        focus = QApplication.focusWidget()
        return focus if focus is not None else watched
