"""Name badges for the flows: what goes on a badge, and when one is printed.

The printing itself (a worker thread, a renderer process, the CUPS queue, the print log
that prints each badge once) is ``kiosk.ui.badges.BadgePrinter``; this module only turns
a first check-in or a confirmed registration into a ``BadgeData`` and hands it over. The
flows call it on the GUI thread; anything slow (the attendee's last name from the events
API) runs on the shell's task runner, and nothing here waits for the printer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from kiosk.api.models import Event
from kiosk.services.badges import BadgeData, QueueState
from kiosk.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the renderer (QtPrintSupport) loads only with a printer: kiosk.app
    from kiosk.ui.badges import BadgePrinter

log = logging.getLogger(__name__)

CHECKIN, REGISTRATION = "checkin", "registration"  # ``[badges] print_on`` values


def badge_date(event: Event | None) -> str:
    """The event's date in words in the kiosk's language: "12 May 2026", or
    "12 May 2026 – 14 May 2026" over several days; "" when it has none."""
    if event is None or event.start_date is None:
        return ""
    locale = QLocale()

    def words(moment: datetime) -> str:
        day = moment.date()
        return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    start, end = event.start_date, event.end_date
    if end is None or end.date() == start.date():
        return words(start)
    return f"{words(start)} – {words(end)}"


class Badges:
    """The kiosk's badge printer as the flows use it: which moments print
    (``[badges] print_on``), and the badge data of each.

    ``printer`` None (no ``[badges] printer``) means no badges: every call is a no-op and
    ``enabled`` is false.
    """

    def __init__(
        self, printer: BadgePrinter | None, print_on: Iterable[str] = (CHECKIN,)
    ) -> None:
        self.printer = printer if printer is not None and printer.printer else None
        self.print_on = frozenset(print_on)

    @property
    def enabled(self) -> bool:
        return self.printer is not None

    def prints_on(self, moment: str) -> bool:
        return self.printer is not None and moment in self.print_on

    @property
    def in_trouble(self) -> bool:
        """The queue was seen in a state that does not print (stopped, missing, ...)."""
        status = self.printer.status if self.printer is not None else None
        return status is not None and not status.ready and status.state is not QueueState.OFF

    def print_badge(self, registration_id: str | None, data: BadgeData) -> None:
        if self.printer is not None:
            self.printer.print_badge(registration_id, data)

    def reprint(self, registration_id: str | None, data: BadgeData) -> None:
        if self.printer is not None:
            self.printer.reprint(registration_id, data)

    def print_later(
        self,
        runner: TaskRunner,
        registration_id: str | None,
        make: Callable[[], BadgeData | None],
        *,
        reprint: bool = False,
    ) -> None:
        """``make`` the badge's data off the GUI thread (it may ask the events API), then
        print it; a ``make`` that fails or returns None prints nothing."""
        if self.printer is None:
            return

        def made(data: BadgeData | None) -> None:
            if data is None:
                return
            if reprint:
                self.reprint(registration_id, data)
            else:
                self.print_badge(registration_id, data)

        def failed(error: BaseException) -> None:
            log.error("badge data not made: %s", type(error).__name__)

        runner.run(make, made, failed)
