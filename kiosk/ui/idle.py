"""Idle detection: any touch, click or key press restarts the countdown to the start screen;
and "Still there?", which asks before the kiosk wipes what an attendee was typing."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from kiosk.ui.announce import announce
from kiosk.ui.i18n import say
from kiosk.ui.overlay import CardOverlay
from kiosk.ui.widgets import body_label, heading, primary_button, secondary_button

log = logging.getLogger(__name__)

# Someone is at the screen: a touch, a click, a key, a wheel turn, the pointer moving.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Install on the QApplication. Signals:
        idle(): no input for ``timeout_ms``.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS:
            self._timer.start()
        return False


# What counts as someone being there while "Still there?" counts down: a press, a key, a
# wheel turn; not a pointer drifting or a release that ends a press made before.
_PRESENCE_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
    }
)


class StillThereOverlay(CardOverlay):
    """"Still there?" over the whole window, with a countdown and a big "Yes".

    Shown (``open``) when the idle timeout ran out while the attendee had something to
    lose. A tap on "Yes", anywhere on the dimmed window or any key or touch elsewhere (the
    on-screen keyboard) keeps everything; "Start over" or the end of the countdown wipes.

    Signals:
        kept(): someone is there; the overlay is gone and nothing was touched.
        timed_out(): nobody answered within the countdown.
        start_over(): the attendee asked to start over.
    """

    kept = Signal()
    timed_out = Signal()
    start_over = Signal()

    def __init__(self, seconds: int, parent: QWidget) -> None:
        super().__init__(parent, "stillThere")
        self.seconds = max(int(seconds), 1)
        self.left = self.seconds
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

        self.title = heading("", 1, self.card)
        say(self.title.setText, lambda: self.tr("Still there?"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = heading("", 2, self.card)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = body_label("", self.card)
        say(self.note.setText, lambda: self.tr(
            "What you entered is kept if you tap Yes. Otherwise the kiosk starts "
            "over for the next person and forgets it."))
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.yes_button = primary_button("", self.card)
        say(self.yes_button.setText, lambda: self.tr("Yes, I'm still here"))
        self.start_over_button = secondary_button("", self.card)
        say(self.start_over_button.setText, lambda: self.tr("Start over"))
        for button in (self.yes_button, self.start_over_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.yes_button.clicked.connect(self._on_yes)
        self.start_over_button.clicked.connect(self._on_start_over)

        for part in (self.title, self.countdown, self.note, self.yes_button,
                     self.start_over_button):
            self.card_layout.addWidget(part)

    # ------------------------------------------------------------------ showing

    @property
    def counting(self) -> bool:
        return self.isVisible() and self._tick.isActive()

    def open(self) -> None:
        """Cover the window and count down from ``seconds``."""
        method = QGuiApplication.inputMethod()
        method.hide()  # the keyboard would cover the buttons; it comes back after "Yes"
        self.left = self.seconds
        self._show_left()
        self.present()
        self._tick.start()
        announce(self, self.title.text(), self.countdown.text(), self.note.text(), urgent=True)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def dismiss(self) -> None:
        """Gone, without a word (the window resets, or it was answered)."""
        self._tick.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.hide()

    def _show_left(self) -> None:
        say(self.countdown.setText, lambda: self.tr("Starting over in %Ln s", None, self.left))

    # ------------------------------------------------------------------ answers

    @Slot()
    def _on_tick(self) -> None:
        self.left -= 1
        if self.left > 0:
            self._show_left()
            return
        log.info("still there? nobody answered")
        self.dismiss()
        self.timed_out.emit()

    @Slot()
    def _on_yes(self) -> None:
        self._keep()

    @Slot()
    def _on_start_over(self) -> None:
        self.dismiss()
        self.start_over.emit()

    def _keep(self) -> None:
        self.dismiss()
        focused = QApplication.focusWidget()
        if focused is not None and focused.isVisible() and focused.testAttribute(
                Qt.WidgetAttribute.WA_InputMethodEnabled):
            QGuiApplication.inputMethod().show()  # the keyboard back for the field
        self.kept.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A tap on the dimmed window, outside the buttons: someone is there."""
        event.accept()
        self._keep()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parentWidget() or watched is self.card:
            return super().eventFilter(watched, event)
        if event.type() not in _PRESENCE_EVENTS or not self.counting:
            return False
        if isinstance(watched, QWidget):
            if watched is self or self.isAncestorOf(watched):
                return False  # the overlay's own buttons answer for themselves
        elif not isinstance(watched, QWindow) or watched.inherits("QWidgetWindow"):
            return False  # a widget's window: delivered on to the widget, seen above
        self._keep()  # a key, or a tap on the on-screen keyboard's window
        # A key typed into a field goes on into it; any other key is the answer and nothing
        # more (Enter must not also press the button that has the focus behind the question).
        focused = QApplication.focusWidget()
        return event.type() == QEvent.Type.KeyPress and not (
            focused is not None
            and focused.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        )
