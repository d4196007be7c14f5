"""One writer thread with group commit: every write of the running server goes through it.

Why a thread: a commit waits for ``fsync`` (``synchronous=FULL``); done on the event
loop, that wait would stall every other request. Why one: SQLite has one writer at a
time anyway, and a single thread avoids the GIL convoy of a pool.

Why group commit: while one transaction commits, more submissions arrive. The writer
takes everything queued (up to ``max_batch``), runs each job inside its own SAVEPOINT
within one ``BEGIN IMMEDIATE`` transaction, and commits once, so one fsync covers the
batch. Each job still sees the writes of the jobs before it (capacity cannot be
oversold), a job that raises is rolled back to its savepoint alone (a submission stays
all-or-nothing), and no answer is released before the COMMIT that makes it durable.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from kiosk.server.db import Database

log = logging.getLogger(__name__)

T = TypeVar("T")
Job = Callable[[sqlite3.Connection], Any]

_STOP = object()


class WriteQueue:
    """Runs write jobs on one thread, several per transaction; see the module docstring."""

    def __init__(self, db: Database, *, max_batch: int = 64) -> None:
        self.db = db
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="kiosk-db-writer", daemon=True)
        self._closed = False
        self._lock = threading.Lock()
        self.batches = 0
        self.jobs = 0
        self._thread.start()

    def submit(self, job: Callable[[sqlite3.Connection], T]) -> Future[T]:
        """Queue ``job``; the future resolves after the commit that includes it."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the write queue is closed")
            self._queue.put((job, future))
        return future

    def close(self) -> None:
        """Finish the queued jobs, then stop the thread. Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._queue.put(_STOP)
        self._thread.join(timeout=30)

    def _loop(self) -> None:
        stopping = False
        while not stopping:
            batch = [self._queue.get()]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            if _STOP in batch:
                stopping = True
                batch = [item for item in batch if item is not _STOP]
            if batch:
                self._run_batch(batch)

    def _run_batch(self, batch: list[tuple[Job, Future[Any]]]) -> None:
        outcomes: list[tuple[Future[Any], bool, Any]] = []
        try:
            with self.db.write() as conn:
                for job, future in batch:
                    if not future.set_running_or_notify_cancel():
                        continue
                    conn.execute("SAVEPOINT job")
                    try:
                        result = job(conn)
                    except BaseException as exc:  # the job's own failure, answered below
                        conn.execute("ROLLBACK TO job")
                        conn.execute("RELEASE job")
                        outcomes.append((future, False, exc))
                    else:
                        conn.execute("RELEASE job")
                        outcomes.append((future, True, result))
        except BaseException as exc:  # the transaction itself failed: nothing was kept
            log.exception("a write batch of %d jobs failed to commit", len(batch))
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        self.batches += 1
        self.jobs += len(outcomes)
        for future, ok, value in outcomes:
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
