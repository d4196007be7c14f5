"""The one way the GUI runs blocking work: ``TaskRunner.run(fn, on_done, on_error)``.

Network and disk calls run on a small thread pool; results come back to the GUI thread
as a queued signal, so callbacks may touch widgets. Errors come back as data to
``on_error``; nothing is thrown across threads.

What an attendee is waiting for (a registration being submitted, a check-in) runs
``urgent``, on a pool of its own: offline, catalog refreshes and picture loads retry and
back off for seconds, and a scan must not queue behind them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables off the GUI thread.

    Signals:
        _finished(object): internal; carries (callback, value) back to the GUI thread.
        busy_changed(int): how many tasks are running, for tests and a spinner.
    """

    _finished = Signal(object)
    busy_changed = Signal(int)

    def __init__(
        self, workers: int = 4, urgent_workers: int = 2, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kiosk-task")
        self._urgent_pool = ThreadPoolExecutor(
            max_workers=urgent_workers, thread_name_prefix="kiosk-urgent"
        )
        self._running = 0
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def running(self) -> int:
        return self._running

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None = None,
        *,
        urgent: bool = False,
    ) -> None:
        if self._closed:
            return
        self._running += 1
        self.busy_changed.emit(self._running)
        future = (self._urgent_pool if urgent else self._pool).submit(fn)
        future.add_done_callback(lambda f: self._finished.emit((f, on_done, on_error)))

    @Slot(object)
    def _deliver(self, item: tuple[Future[Any], Done, Failed | None]) -> None:
        future, on_done, on_error = item
        self._running -= 1
        self.busy_changed.emit(self._running)
        if self._closed or future.cancelled():
            return
        error = future.exception()
        if error is None:
            on_done(future.result())
        elif on_error is not None:
            on_error(error)
        else:
            log.error("background task failed", exc_info=error)

    def shutdown(self) -> None:
        """Stop accepting work and wait for what runs (their results are dropped)."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._urgent_pool.shutdown(wait=True, cancel_futures=True)
