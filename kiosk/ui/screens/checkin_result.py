"""The check-in result: what happened, readable from two metres, in words, colour and a big
drawn icon, back to scanning by itself after a few seconds or at a tap."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.api.models import Event, Session
from kiosk.services.checkin import CheckInKind, CheckInOutcome
from kiosk.ui import text
from kiosk.ui.announce import announce
from kiosk.ui.i18n import Text, say, text_of
from kiosk.ui.theme import on_unit_changed, px, theme
from kiosk.ui.widgets import body_label, scale_margins

MAX_SESSIONS = 4  # listed by name; more are counted

Words = tuple[Callable[[], str], Callable[[], str], Callable[[], str]]
"""A result's title, detail and extra line, each a text function (said again after a
language switch)."""


class ResultLevel(enum.StrEnum):
    """How a result looks (the QSS ``level`` property) and which icon it carries."""

    SUCCESS = "success"  # a tick: go in
    WARNING = "warning"  # an exclamation mark: not quite, see a staff member
    PROBLEM = "problem"  # a cross: this code does not get anyone in here
    INFO = "info"  # three dots: still checking


# Icon colours; the same hues as theme.qss gives the screen and its title.
_ACCENT = {
    ResultLevel.SUCCESS: QColor("#1b6e3a"),
    ResultLevel.WARNING: QColor("#b45309"),
    ResultLevel.PROBLEM: QColor("#b3261e"),
    ResultLevel.INFO: QColor("#1d4ed8"),
}

_LEVELS = {
    CheckInKind.CHECKED_IN: ResultLevel.SUCCESS,
    CheckInKind.ACCEPTED_OFFLINE: ResultLevel.SUCCESS,
    CheckInKind.ALREADY_CHECKED_IN: ResultLevel.WARNING,
    CheckInKind.WAITLISTED: ResultLevel.WARNING,
    CheckInKind.PAYMENT_PENDING: ResultLevel.WARNING,
    CheckInKind.NOT_REGISTERED_FOR_SESSION: ResultLevel.WARNING,
    CheckInKind.WRONG_EVENT: ResultLevel.PROBLEM,
    CheckInKind.UNKNOWN_CODE: ResultLevel.PROBLEM,
    CheckInKind.NOT_A_CODE: ResultLevel.PROBLEM,
}


def level_of(kind: CheckInKind) -> ResultLevel:
    return _LEVELS[kind]


@dataclass(frozen=True)
class ResultContext:
    """What the catalog knows to go with an outcome: the other event of a WRONG_EVENT, and
    the attendee's sessions today (both looked up off the GUI thread)."""

    other_event: Event | None = None
    sessions_today: tuple[Session, ...] = ()


class ResultIcon(QWidget):
    """A filled circle in the level's colour with a white tick, "!", cross or dots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = ResultLevel.INFO
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_level(self, level: ResultLevel) -> None:
        self.level = level
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 200)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        circle = QRectF(0, 0, side, side)
        circle.moveCenter(QRectF(self.rect()).center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_ACCENT[self.level])
        painter.drawEllipse(circle)
        pen = QPen(QColor("white"), side * 0.1)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        c = circle.center()
        u = side / 100  # the glyphs are drawn on a 100-unit square

        def at(x: float, y: float) -> QPointF:
            return QPointF(c.x() + x * u, c.y() + y * u)

        path = QPainterPath()
        if self.level is ResultLevel.SUCCESS:
            path.moveTo(at(-24, 2))
            path.lineTo(at(-7, 19))
            path.lineTo(at(26, -17))
        elif self.level is ResultLevel.WARNING:
            path.moveTo(at(0, -27))
            path.lineTo(at(0, 8))
            path.moveTo(at(0, 27))
            path.lineTo(at(0, 27.5))
        elif self.level is ResultLevel.PROBLEM:
            path.moveTo(at(-20, -20))
            path.lineTo(at(20, 20))
            path.moveTo(at(20, -20))
            path.lineTo(at(-20, 20))
        else:
            for x in (-24, 0, 24):
                path.moveTo(at(x, 0))
                path.lineTo(at(x, 0.5))
        painter.drawPath(path)
        painter.end()


class CheckInResultScreen(QWidget):
    """The answer to one scan. Its timer runs only while it is shown; a new result shown
    meanwhile starts it again. While the kiosk is still checking, a tap does nothing.

    Signals:
        done(): the attendee tapped, or the result had been shown long enough.
    """

    done = Signal()

    def __init__(self, result_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinResult")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.kind: CheckInKind | None = None  # None while checking or after a failure
        self.level = ResultLevel.INFO
        self._checking = False
        self._extra: Callable[[], str] = str  # the extra line's text function (add_line)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(result_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

        self.icon = ResultIcon(self)
        self.title = self._label("resultTitle")
        self.detail = self._label("resultDetail")
        self.extra = self._label("resultExtra")
        self.hint = self._label("resultHint")
        say(self.hint.setText, lambda: self.tr("Tap anywhere to continue"))

        layout = QVBoxLayout(self)
        scale_margins(layout, 48, 32, 48, 32, spacing=20)
        layout.addStretch(2)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        on_unit_changed(self, self._size_icon)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.extra)
        layout.addStretch(3)
        layout.addWidget(self.hint)
        self._set_level(ResultLevel.INFO)

    def _label(self, name: str) -> QLabel:
        label = body_label("", self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    # ------------------------------------------------------------------ what it says

    def show_checking(self) -> None:
        """The answer takes a moment: say so (no timer; the answer replaces it)."""
        self._timer.stop()
        self._checking = True
        self.kind = None
        self._show(ResultLevel.INFO, lambda: self.tr("Checking your code…"), str, str)
        self.hint.hide()

    def show_failure(self) -> None:
        """The kiosk itself could not take the check-in (its outbox, or the API refusing
        the kiosk): nothing the attendee can fix."""
        self.kind = None
        self._show(
            ResultLevel.PROBLEM,
            lambda: self.tr("Sorry, this kiosk cannot check you in right now"),
            lambda: self.tr("Please see a staff member."),
            str,
        )
        self._restart()

    def show_outcome(self, outcome: CheckInOutcome, context: ResultContext) -> None:
        """Words for ``outcome``; times in the kiosk's local time (the venue's)."""
        self.kind = outcome.kind
        title, detail, extra = self._words(outcome, context)
        self._show(level_of(outcome.kind), title, detail, extra)
        self._restart()

    def add_line(self, line: Text) -> None:
        """One more line under the result shown (the badge); the next result replaces it."""
        before = self._extra

        def extra() -> str:
            return "\n".join(part for part in (before(), text_of(line)) if part)

        self._say_extra(extra)

    def _words(self, outcome: CheckInOutcome, context: ResultContext) -> Words:
        kind = outcome.kind
        name = " ".join((outcome.first_name or "").split())

        def please() -> str:
            return self.tr("Please see a staff member.")

        if kind is CheckInKind.CHECKED_IN:

            def welcome() -> str:
                return (
                    self.tr("Welcome, %1!").replace("%1", name) if name
                    else self.tr("Welcome!")
                )

            sessions = context.sessions_today
            return (
                welcome, lambda: self.tr("You're checked in"), lambda: self._sessions(sessions)
            )
        if kind is CheckInKind.ACCEPTED_OFFLINE:
            return (
                lambda: self.tr("Checked in"),
                lambda: self.tr("We'll confirm as soon as the connection is back."),
                str,
            )
        if kind is CheckInKind.ALREADY_CHECKED_IN:
            at = outcome.checked_in_at

            def already() -> str:
                if at is None:
                    return self.tr("Already checked in")
                return self.tr("Already checked in at %1").replace("%1", _local_clock(at))

            return (
                already, lambda: self.tr("If that was not you, please see a staff member."), str
            )
        if kind is CheckInKind.WAITLISTED:
            return lambda: self.tr("On the waitlist"), please, str
        if kind is CheckInKind.PAYMENT_PENDING:
            return lambda: self.tr("Payment not completed"), please, str
        if kind is CheckInKind.NOT_REGISTERED_FOR_SESSION:
            return lambda: self.tr("Not registered for this session"), please, str
        if kind is CheckInKind.WRONG_EVENT:
            return (lambda: self.tr("This code is for another event"), *self._other_event(
                outcome, context.other_event
            ))
        if kind is CheckInKind.NOT_A_CODE:
            return (
                lambda: self.tr("That is not a check-in code"),
                lambda: self.tr("Please scan the QR code from your confirmation e-mail."),
                str,
            )
        return (
            lambda: self.tr("Code not recognised"),
            lambda: self.tr("Please check the code, or see a staff member."),
            str,
        )

    def _other_event(
        self, outcome: CheckInOutcome, event: Event | None
    ) -> tuple[Callable[[], str], Callable[[], str]]:
        """The other event's name (data), and when and where it is (said again after a
        switch: the date is in the kiosk's language)."""
        name = (event.event_name if event is not None else "") or outcome.other_event_name
        name = name or outcome.other_event_id or ""
        if event is None:
            return lambda: name, str

        def where() -> str:
            parts = (text.event_when(event), text.event_venue(event))
            return "\n".join(part for part in parts if part)

        return lambda: name, where

    def _sessions(self, sessions: tuple[Session, ...]) -> str:
        """Called inside a text function: the times follow the kiosk's language."""
        if not sessions:
            return ""
        lines = [
            f"{text.clock(s.start_time) if s.start_time else ''}  {s.name}".strip()
            for s in sessions[:MAX_SESSIONS]
        ]
        more = len(sessions) - MAX_SESSIONS
        if more > 0:
            lines.append(self.tr("and %Ln more", None, more))
        return self.tr("Your sessions today:") + "\n" + "\n".join(lines)

    def _show(
        self,
        level: ResultLevel,
        title: Callable[[], str],
        detail: Callable[[], str],
        extra: Callable[[], str],
    ) -> None:
        self._set_level(level)
        say(self.title.setText, title)
        say(self.detail.setText, detail)
        self.detail.setVisible(bool(self.detail.text()))
        self._say_extra(extra)
        announce(self.title, self.title.text(), self.detail.text(), urgent=True)

    def _say_extra(self, extra: Callable[[], str]) -> None:
        self._extra = extra
        say(self.extra.setText, extra)
        self.extra.setVisible(bool(self.extra.text()))

    def _set_level(self, level: ResultLevel) -> None:
        self.level = level
        self.icon.set_level(level)
        for widget in (self, self.title):
            widget.setProperty("level", level.value)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    # ------------------------------------------------------------------ going back

    def _restart(self) -> None:
        self._checking = False
        self.hint.show()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def forget(self) -> None:
        """Nothing of the last result stays, not even hidden: the next person could reach a
        hidden label's text through assistive technology."""
        self.stop()
        self.kind = None
        self._show(ResultLevel.INFO, str, str, str)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self._checking and self.rect().contains(event.position().toPoint()):
            self._finish()
        super().mouseReleaseEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if not event.spontaneous():
            self.stop()
        super().hideEvent(event)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        self.done.emit()

    # ------------------------------------------------------------------ sizes

    def _size_icon(self) -> None:
        """Everything scales with the screen (the theme's unit; theme.qss sizes the words),
        so the result reads from two metres on a 10-inch tablet and on a 32-inch portrait
        screen alike."""
        # Smaller when the attendee chose larger text: the words need the room.
        side = round(px(200) / theme().text_scale ** 2)
        self.icon.setFixedSize(side, side)


def _local_clock(moment: datetime) -> str:
    return text.clock(moment.astimezone().replace(tzinfo=None))
