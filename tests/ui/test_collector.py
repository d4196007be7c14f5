"""Garbage is collected on the GUI thread, never in a background worker."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
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


@contextmanager
def full_collections(collector: GuiThreadCollector) -> Iterator[list[float]]:
    """``collector`` running with every generation due at once; yields the moments full
    collections ended."""
    full: list[float] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["generation"] == 2:
            full.append(time.monotonic())

    thresholds = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.set_threshold(1, 1, 1)
    gc.callbacks.append(watch)
    collector.start()
    try:
        yield full
    finally:
        collector.stop()
        gc.callbacks.remove(watch)
        gc.set_threshold(*thresholds)
        if not was_enabled:
            gc.disable()


def tap(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_a_full_collection_waits_until_nobody_has_touched_the_screen(qtbot: QtBot) -> None:
    """A full collection stalls the screen for 10-20 ms: never under an attendee's finger."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    with full_collections(GuiThreadCollector(interval_ms=10, quiet_s=2.0)) as full:
        touched = time.monotonic()
        until = touched + 1.0
        while time.monotonic() < until:  # an attendee keeps tapping for a second
            tap(widget)
            touched = time.monotonic()
            qtbot.wait(50)
        assert full == []
        qtbot.waitUntil(lambda: bool(full), timeout=10_000)  # then walks away
        assert full[0] - touched >= 2.0


def test_a_full_collection_is_deferred_for_a_bounded_time_only(qtbot: QtBot) -> None:
    """Someone using the screen without a pause still gets their cycles freed in the end."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    with full_collections(GuiThreadCollector(interval_ms=10, quiet_s=60, max_defer_s=0.3)) as full:
        deadline = time.monotonic() + 5
        while not full and time.monotonic() < deadline:
            tap(widget)
            qtbot.wait(20)
        assert full
