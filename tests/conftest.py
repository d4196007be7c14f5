"""Test-wide settings: Qt runs headless, and no test reads the developer's own settings.

The cyclic garbage collector is off while a test runs and collects on the main thread
after it, as the kiosk does with kiosk.ui.collector: a collection that happens to run in
a background worker would delete Qt objects from that thread and crash the process.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must be set before any Qt module is imported (pytest-qt imports Qt at plugin load).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

# The test running now. pytest-timeout ends a hung run with every thread's stack, which
# fills the end of the log; .ci/run names the test from this file afterwards. A run that
# ends normally removes it.
RUNNING = Path(__file__).resolve().parent.parent / ".pytest_cache" / "kiosk-running"


def pytest_runtest_logstart(nodeid: str, location: object) -> None:
    RUNNING.parent.mkdir(exist_ok=True)
    RUNNING.write_text(nodeid + "\n", encoding="utf-8")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    RUNNING.unlink(missing_ok=True)


@pytest.fixture(autouse=True, scope="session")
def _no_automatic_collection() -> Iterator[None]:
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread(_no_automatic_collection: None) -> Iterator[None]:
    yield
    _delete_closed_windows()
    gc.collect()


def _delete_closed_windows() -> None:
    """pytest-qt closes a test's windows and asks Qt to delete them later: delete them now,
    while their Python side is whole. Left to the collection below, a window held only by
    reference cycles is torn down from Python: the collector first empties the objects'
    attributes, and the C++ teardown's events then reach event filters without them."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
