"""The task runner: what an attendee waits for never queues behind background work."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from kiosk.ui.tasks import TaskRunner


def test_an_urgent_task_runs_while_every_background_worker_is_busy(qtbot: QtBot) -> None:
    """Offline, catalog refreshes and picture loads retry with backoff and can hold every
    background worker for seconds; a check-in or a registration must still go at once."""
    runner = TaskRunner(workers=2, urgent_workers=1)
    release = threading.Event()
    try:
        for _ in range(4):  # two running, two waiting behind them
            runner.run(lambda: release.wait(30), lambda _: None)
        done: list[str] = []
        runner.run(lambda: "checked in", done.append, urgent=True)
        qtbot.waitUntil(lambda: done == ["checked in"], timeout=5000)
        assert not release.is_set()  # the background work was still blocked meanwhile
    finally:
        release.set()
        runner.shutdown()
