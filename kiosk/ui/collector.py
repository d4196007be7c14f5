"""Garbage collection on the GUI thread only, and full collections only when nobody is there.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold
is crossed. When it frees a reference cycle that holds a Qt object, the C++ object is
deleted in that thread, and a TaskRunner worker deleting a widget (or a QObject with
timers) crashes the process: seen as rare segfaults inside background tasks. So the
automatic collector is switched off and a timer on the GUI thread collects what is due.

A young collection takes a millisecond or two. A full one walks everything alive (an
event's agenda, the screens) and takes 10-20 ms with a 200-session event, longer with a
bigger one: a visible hitch under a finger (benchmarks/bench_gui.py). So a full
collection waits until the screen has been left alone for a few seconds, and at most
``max_defer_s`` when someone keeps using it; cycles wait a little longer to be freed.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot

from kiosk.ui.idle import INPUT_EVENTS

QUIET_S = 5.0
"""Seconds without input before a full collection may run."""

class GuiThreadCollector(QObject):
    """Collects the generations whose thresholds are crossed, every ``interval_ms``; the
    oldest only after ``quiet_s`` without input (or ``max_defer_s`` after it fell due)."""

    def __init__(
        self,
        interval_ms: int = 1000,
        quiet_s: float = QUIET_S,
        max_defer_s: float = 600.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._quiet_s = quiet_s
        self._max_defer_s = max_defer_s
        self._last_input = float("-inf")
        self._full_due_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self, *, watch_input: bool = True) -> None:
        """``watch_input=False``: the caller calls ``watch_input`` later (the app, once its
        window is built: an application-wide filter sees every event of the construction,
        some 5 % of the start)."""
        gc.disable()
        if watch_input:
            self.watch_input()
        self._timer.start()

    def watch_input(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        gc.enable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    @Slot()
    def _on_timer_timeout(self) -> None:
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = [n for n in range(3) if counts[n] > thresholds[n]]
        # A generation is collected with the younger ones, as the automatic collector does.
        if not due or due[0] != 0:
            return
        generation = 0
        while generation + 1 in due:
            generation += 1
        if generation == 2 and not self._full_collection_allowed():
            generation = 1
        gc.collect(generation)

    def _full_collection_allowed(self) -> bool:
        now = time.monotonic()
        if self._full_due_since is None:
            self._full_due_since = now
        someone_there = now - self._last_input < self._quiet_s
        if someone_there and now - self._full_due_since < self._max_defer_s:
            return False
        self._full_due_since = None
        return True
