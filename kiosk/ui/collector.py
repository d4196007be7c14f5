"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold
is crossed. When it frees a reference cycle that holds a Qt object, the C++ object is
deleted in that thread, and a TaskRunner worker deleting a widget (or a QObject with
timers) crashes the process: seen as rare segfaults inside background tasks. So the
automatic collector is switched off and a timer on the GUI thread collects what is due.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot


class GuiThreadCollector(QObject):
    """Collects the generations whose thresholds are crossed, every ``interval_ms``."""

    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    @Slot()
    def _on_timer_timeout(self) -> None:
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = [n for n in range(3) if counts[n] > thresholds[n]]
        # A generation is collected with the younger ones, as the automatic collector does.
        if due and due[0] == 0:
            generation = 0
            while generation + 1 in due:
                generation += 1
            gc.collect(generation)
