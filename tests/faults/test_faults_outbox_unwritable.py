"""An outbox that cannot record results (a full disk, a file turned read-only) pauses
sending, tells staff, and resumes by itself: no hot loop against the API, no log flood.

Both conditions are made by SQLite itself on the outbox's own connection, so they are
real SQLite errors on a real file: ``max_page_count`` at the file's current size is a
full disk (SQLITE_FULL for anything that needs a new page), and ``query_only`` refuses
every write (SQLITE_READONLY), as a file system remounted read-only does.
"""

from __future__ import annotations

import logging
import threading
import time

import pytest
from fault_proxy import Exchange, FaultProxy
from faultkit import DRAINER_OPTIONS, Kiosk, assert_delivered_once, draft, wait_until

from kiosk.server.runner import RunningServer
from kiosk.services.drainer import OutboxDrainer
from kiosk.services.outbox import DISK_FULL, READ_ONLY, Outbox, OutboxError, SubmissionState

SQLITE_MAX_PAGES = 4294967294


def _pragma(outbox: Outbox, statement: str) -> None:
    """Change the outbox connection's limits (the test's stand-in for the disk)."""
    with outbox._lock:
        outbox._db.execute(statement)


def _fill_disk(outbox: Outbox) -> None:
    with outbox._lock:
        pages = outbox._db.execute("PRAGMA page_count").fetchone()[0]
        outbox._db.execute(f"PRAGMA max_page_count={pages}")


class Watch:
    """What the drainer tells the window: every outbox_problem it reported, in order."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.problems: list[str | None] = []
        self._lock = threading.Lock()

    def __call__(self) -> None:
        assert self.kiosk.drainer is not None  # set before the drainer starts
        problem = self.kiosk.drainer.outbox_problem
        with self._lock:
            if not self.problems or self.problems[-1] != problem:
                self.problems.append(problem)


def _count_probes(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """When the drainer checked whether the outbox can be written again (a real write)."""
    probes: list[float] = []
    real_check = kiosk.outbox.check_writable

    def counted_check(*, durable: bool = True) -> None:
        if durable:
            probes.append(time.monotonic())
        real_check(durable=durable)

    monkeypatch.setattr(kiosk.outbox, "check_writable", counted_check)
    return probes


def _assert_spaced(probes: list[float]) -> None:
    interval = DRAINER_OPTIONS["health_interval"]
    gaps = [b - a for a, b in zip(probes, probes[1:], strict=False)]
    assert min(gaps) >= interval * 0.9, gaps


def _start(kiosk: Kiosk) -> tuple[OutboxDrainer, Watch]:
    watch = Watch(kiosk)
    return kiosk.start_drainer(on_change=watch), watch


def _drainer_lines(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [
        r for r in caplog.records if r.name == "kiosk.services.drainer" and r.levelno == level
    ]


def test_a_full_disk_pauses_sending_until_there_is_room_again(
    kiosk: Kiosk,
    proxy: FaultProxy,
    server: RunningServer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.INFO)
    attendee = draft("disk-full")
    details = kiosk.details()
    proxy.refuse()
    outcome = kiosk.registration.submit(attendee, details)
    assert outcome.state is SubmissionState.QUEUED
    proxy.restore()
    _fill_disk(kiosk.outbox)
    with pytest.raises(OutboxError) as full:
        kiosk.outbox.check_writable()
    assert full.value.reason == DISK_FULL

    probes = _count_probes(kiosk, monkeypatch)
    drainer, watch = _start(kiosk)

    assert wait_until(lambda: drainer.outbox_problem == DISK_FULL, 5.0)
    assert wait_until(lambda: len(probes) >= 4, 10.0), "the outbox is not checked again"
    # Paused, not spinning: nothing sent, checks spaced by the interval, one log line.
    assert proxy.forwarded() == 0
    _assert_spaced(probes)
    assert len(_drainer_lines(caplog, logging.ERROR)) == 1
    assert all(r.exc_info is None for r in caplog.records if r.name.startswith("kiosk"))
    assert kiosk.queued() == 1

    _pragma(kiosk.outbox, f"PRAGMA max_page_count={SQLITE_MAX_PAGES}")  # space freed
    kiosk.wait_drained()

    assert drainer.outbox_problem is None
    assert watch.problems == [DISK_FULL, None]
    assert len(_drainer_lines(caplog, logging.ERROR)) == 1
    assert len([r for r in _drainer_lines(caplog, logging.INFO) if "again" in r.message]) == 1
    assert proxy.forwarded() == 1
    assert_delivered_once(server.db_path, kiosk.outbox.get(outcome.submission_id), attendee.email)


def test_a_result_that_cannot_be_recorded_is_resent_once_the_outbox_is_writable(
    kiosk: Kiosk,
    proxy: FaultProxy,
    server: RunningServer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The worst moment: the server registered the attendee, then the outbox became
    read-only before the kiosk could write that down. The resend after the repair is
    answered from the server's Idempotency-Key store: registered once."""
    caplog.set_level(logging.INFO)
    attendee = draft("unrecorded")
    details = kiosk.details()
    proxy.refuse()
    outcome = kiosk.registration.submit(attendee, details)
    assert outcome.state is SubmissionState.QUEUED
    proxy.restore()

    def outbox_turns_read_only(exchange: Exchange) -> None:
        if exchange.method == "POST":
            proxy.after_forward = None
            _pragma(kiosk.outbox, "PRAGMA query_only=ON")

    proxy.after_forward = outbox_turns_read_only
    probes = _count_probes(kiosk, monkeypatch)
    drainer, watch = _start(kiosk)

    assert wait_until(lambda: drainer.outbox_problem == READ_ONLY, 5.0)
    assert wait_until(lambda: len(probes) >= 4, 10.0), "the outbox is not checked again"
    assert proxy.forwarded() == 1  # no resend while the result cannot be recorded
    _assert_spaced(probes)
    stored = kiosk.outbox.get(outcome.submission_id)
    assert stored is not None
    assert stored.state is SubmissionState.QUEUED  # what the server did is not recorded yet

    _pragma(kiosk.outbox, "PRAGMA query_only=OFF")
    kiosk.wait_drained()

    assert drainer.outbox_problem is None
    assert watch.problems == [READ_ONLY, None]
    assert len(_drainer_lines(caplog, logging.ERROR)) == 1
    posts = [e for e in proxy.exchanges if e.method == "POST"]
    assert [e.replayed for e in posts] == [False, True]
    assert_delivered_once(server.db_path, kiosk.outbox.get(outcome.submission_id), attendee.email)
