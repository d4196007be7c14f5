"""One log line a minute saying how this kiosk's queue is doing, for an operator's log tools.

In ``kiosk.log`` in the data folder, one line (wrapped here)::

    2026-12-01 09:14:00,012 INFO kiosk.heartbeat: heartbeat queue=3 oldest_wait_s=125
        stuck=0 refused=1 delivered_since_start=42 sending=ok

Fields (key=value, always all of them, in this order, so ``grep``/``awk`` over a fleet's
logs works):

* ``queue``: submissions (registrations and check-ins) waiting to be sent;
* ``oldest_wait_s``: seconds the oldest of them has waited (0 with an empty queue);
* ``stuck``: of the queued ones, those the API keeps failing (staff should look);
* ``refused``: refusals staff have not dealt with yet;
* ``delivered_since_start``: deliveries by the background sender since the kiosk started;
* ``sending``: ``ok``, ``paused`` (the outbox cannot record results: the data folder) or
  ``off`` (no background sender).

Counts only: never a name, an e-mail address or a code. The outbox is read on a worker
(the window's :class:`~kiosk.ui.tasks.TaskRunner`), like the status line; a line whose
read fails says ``queue=unreadable``. A first line is written at start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject

from kiosk.services.drainer import OutboxDrainer
from kiosk.services.outbox import Outbox, QueueCounts
from kiosk.ui.flows.shell import repeating_timer
from kiosk.ui.tasks import TaskRunner

log = logging.getLogger("kiosk.heartbeat")

INTERVAL_S = 60.0


class Heartbeat(QObject):
    """Logs the heartbeat line every ``interval_s`` seconds once started (see the module)."""

    def __init__(
        self,
        outbox: Outbox,
        runner: TaskRunner,
        clock: Callable[[], datetime],
        drainer: OutboxDrainer | None = None,
        interval_s: float = INTERVAL_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.runner = runner
        self.clock = clock
        self.drainer = drainer
        self.timer = repeating_timer(self, interval_s, self.beat)
        self._reading = False  # one read at a time: a slow disk skips a beat, never piles up

    def start(self) -> None:
        self.timer.start()
        self.beat()

    def stop(self) -> None:
        self.timer.stop()

    def beat(self) -> None:
        if self._reading:
            return
        self._reading = True
        now = self.clock()
        self.runner.run(lambda: self.outbox.counts(now), lambda c: self._log(c, now),
                        self._failed)

    def _sending(self) -> str:
        if self.drainer is None or not self.drainer.running:
            return "off"
        return "paused" if self.drainer.outbox_problem else "ok"

    def _delivered(self) -> int:
        return self.drainer.delivered if self.drainer is not None else 0

    def _log(self, counts: QueueCounts, now: datetime) -> None:
        self._reading = False
        oldest = counts.oldest_queued
        wait_s = max(int((now - oldest).total_seconds()), 0) if oldest and counts.queued else 0
        log.info(
            "heartbeat queue=%d oldest_wait_s=%d stuck=%d refused=%d "
            "delivered_since_start=%d sending=%s",
            counts.queued, wait_s, counts.stuck, counts.refused, self._delivered(),
            self._sending(),
        )

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        # The type only: an outbox error's message could name the data folder's path.
        log.warning(
            "heartbeat queue=unreadable oldest_wait_s=unreadable stuck=unreadable "
            "refused=unreadable delivered_since_start=%d sending=%s error=%s",
            self._delivered(), self._sending(), type(error).__name__,
        )
