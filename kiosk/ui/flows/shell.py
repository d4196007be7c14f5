"""What a flow may ask of the window it runs in, and what the window asks of every flow.

A flow (browse, registration, staff, ...) owns its screens, its background calls and its
state; the window is only the shell around them. These two protocols are the whole of
what they know of each other, so a new flow needs no new methods on the window.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from kiosk.ui.i18n import Text
from kiosk.ui.tasks import TaskRunner


class NoticeLevel(enum.StrEnum):
    """How a banner message looks (the QSS ``level`` property); an error outranks a warning."""

    ERROR = "error"
    WARNING = "warning"


class NoticeSource(enum.Enum):
    """Who posted a banner message; each source has one message at a time. At equal level
    the source listed first wins the banner."""

    OUTBOX = enum.auto()  # registrations cannot be saved on this kiosk
    CATALOG = enum.auto()  # the events API refuses this kiosk's settings, or is offline
    CHECKIN = enum.auto()  # the events API refuses the staff token (check-in list, search)
    PRINTER = enum.auto()  # the badge printer cannot print (badges wait in the staff view)
    DOOR = enum.auto()  # staff's choice of the door's event could not be saved


class Shell(Protocol):
    """The window, as a flow sees it."""

    @property
    def runner(self) -> TaskRunner: ...

    @property
    def clock(self) -> Callable[[], datetime]: ...

    def add_screen(self, screen: QWidget) -> None:
        """Put ``screen`` in the screen stack (once, when the flow is built)."""

    def show_screen(self, screen: QWidget) -> None:
        """Show ``screen``, one the flow added, in place of whatever is shown."""

    def show_notice(self, source: NoticeSource, message: Text, level: NoticeLevel) -> None:
        """Post (or replace) ``source``'s banner message; the banner shows the most urgent."""

    def clear_notice(self, source: NoticeSource) -> None:
        """Withdraw ``source``'s banner message, if it has one."""

    def refresh_queue_status(self) -> None:
        """The outbox changed: update the status line of registrations waiting to be sent."""


class Flow(Protocol):
    """A flow, as the window sees it."""

    def start(self) -> None:
        """The kiosk opens: load what the flow shows and start its timers."""

    def stop(self) -> None:
        """The kiosk closes (or a benchmark drives it): stop every timer of the flow."""

    def reset(self) -> None:
        """The attendee walked away: wipe what they left, and drop results still on the
        way (each flow bumps a generation counter, or its screen's own, for that)."""


def repeating_timer(parent: QObject, seconds: float, slot: Callable[[], None]) -> QTimer:
    """A timer calling ``slot`` every ``seconds`` (at least every 50 ms); not started."""
    timer = QTimer(parent)
    timer.setInterval(max(int(seconds * 1000), 50))
    timer.timeout.connect(slot)
    return timer
