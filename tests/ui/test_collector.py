"""Garbage is collected on the GUI thread, never in a background worker."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from kiosk.ui.collector import GuiThreadCollector


def test_cycles_are_collected_by_the_gui_thread_not_by_whichever_thread_allocates(
    qtbot: QtBot,
) -> None:
    """A cycle freed in a worker would delete its Qt objects there and crash the kiosk."""
    collected_in: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    collector = GuiThreadCollector(interval_ms=10)
    was_enabled = gc.isenabled()
    collector.start()
    try:
        assert not gc.isenabled()

        alive: list[list[object]] = []

        def allocate() -> None:  # a worker crossing the youngest threshold
            for _ in range(3):
                Cycle()
            alive.extend([] for _ in range(5 * gc.get_threshold()[0]))

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert collected_in == []  # nothing freed in the worker
        qtbot.waitUntil(lambda: len(collected_in) == 3, timeout=5000)
        assert set(collected_in) == {threading.main_thread().name}
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
