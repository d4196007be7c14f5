"""Staff: the PIN, the queue of undelivered registrations, and the only way out."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from kiosk.services.drainer import OutboxDrainer
from kiosk.services.outbox import Outbox, Submission
from kiosk.ui.flows.shell import Shell
from kiosk.ui.pin import StaffLock
from kiosk.ui.screens.staff import StaffScreen


class StaffFlow(QObject):
    """What staff do at the kiosk: give the PIN (the screen checks it, locks out guessers
    and locks again when left alone), list and retry what the outbox holds, and close the
    kiosk (Ctrl+Shift+Q, then the PIN, then "Close the kiosk?"). Ctrl+Shift+S opens it.

    It keeps no generation counter: the screen's session counter drops a PIN check that
    ends after a lock, and a locked screen drops rows that arrive late.

    It also guards staff functions of other flows with the same PIN (``request_search``):
    one PIN pad, one lockout, one relock after two minutes untouched.

    Signals:
        left(): staff left the staff view (it is locked again).
        close_confirmed(): staff chose to close the kiosk.
        search_unlocked(): the PIN was given for the attendee search.
        locked(): the staff view locked again; whatever it unlocked must go.
    """

    left = Signal()
    close_confirmed = Signal()
    search_unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        shell: Shell,
        outbox: Outbox,
        drainer: OutboxDrainer | None,
        lock: StaffLock | None,
        idle_lock_ms: int,
        window: QWidget,
    ) -> None:
        """``window`` holds the shortcuts: they work wherever the kiosk has the focus."""
        super().__init__(window)
        self._shell = shell
        self._outbox = outbox
        self._drainer = drainer
        self.guarded = lock is not None  # a PIN guards the staff view
        self.screen = StaffScreen(lock, shell.runner, idle_lock_ms)
        shell.add_screen(self.screen)
        self.screen.back.connect(self._on_screen_back)
        self.screen.refresh_requested.connect(self._on_screen_refresh_requested)
        self.screen.retry_requested.connect(self._on_screen_retry_requested)
        self.screen.close_confirmed.connect(self.close_confirmed)
        self.screen.search_unlocked.connect(self.search_unlocked)
        self.screen.locked.connect(self.locked)
        # Staff's way out of full screen; deliberately nothing to tap for it.
        self.quit_shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), window)
        self.quit_shortcut.activated.connect(self.request_close)
        self.staff_shortcut = QShortcut(QKeySequence("Ctrl+Shift+S"), window)
        self.staff_shortcut.activated.connect(self.open)

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Nothing to load: the view lists the outbox when it opens."""

    def stop(self) -> None:
        """Nothing repeats here: the screen's relock and lockout timers are its own."""

    def reset(self) -> None:
        """The next person starts at the PIN pad, with no rows of the last one."""
        self.screen.lock()

    # ------------------------------------------------------------------ entering, leaving

    @Slot()
    def open(self) -> None:
        """The staff view: the PIN pad when a PIN is set (unless given), then the queue."""
        self.screen.open()
        self._shell.show_screen(self.screen)

    @Slot()
    def request_close(self) -> None:
        """Staff want to close the kiosk: the PIN first (when set), then "Close the kiosk?"."""
        self.screen.open(for_closing=True)
        self._shell.show_screen(self.screen)

    @Slot()
    def request_search(self) -> None:
        """Staff want to search for attendees: personal data, so only with a PIN set, and
        only after it was given (at once when the view is already unlocked)."""
        if not self.guarded:
            return
        if self.screen.unlocked:
            self.search_unlocked.emit()
            return
        self.screen.open(for_search=True)
        self._shell.show_screen(self.screen)

    @Slot()
    def lock(self) -> None:
        """Staff are done with a staff function elsewhere: the PIN is needed again."""
        self.screen.lock()

    @Slot()
    def _on_screen_back(self) -> None:
        self.screen.lock()
        self.left.emit()

    # ------------------------------------------------------------------ the queue

    @Slot()
    def _on_screen_refresh_requested(self) -> None:
        self._list_queue()

    def _list_queue(self) -> None:
        self._shell.runner.run(self._outbox.undelivered, self._on_rows)

    def _on_rows(self, rows: list[Submission]) -> None:
        now = self._shell.clock()
        seen = self.screen.show_submissions(rows, now)
        if seen:
            # Staff have seen these refusals: their attendee data may now be purged.
            self._shell.runner.run(
                lambda: self._outbox.mark_seen_by_staff(seen, now), lambda _: None
            )

    @Slot(list)
    def _on_screen_retry_requested(self, ids: list[str]) -> None:
        def requeue() -> int:
            wanted = set(ids)
            chosen = [
                s.id for s in self._outbox.undelivered()
                if s.payload is not None and (not wanted or s.id in wanted)
            ]
            for submission_id in chosen:
                self._outbox.requeue(submission_id)
            return len(chosen)

        def done(count: int) -> None:
            if self._drainer is not None:
                self._drainer.wake()
            self.screen.show_retried(count)
            self._list_queue()
            self._shell.refresh_queue_status()

        self._shell.runner.run(requeue, done)
