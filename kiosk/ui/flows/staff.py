"""Staff: the PIN, the queue of undelivered registrations, the badge printer, and the
only way out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from kiosk.services.badges import BadgeData, BadgeRecord, QueueState, TemplateError
from kiosk.services.drainer import OutboxDrainer
from kiosk.services.outbox import Outbox, Page, PageKey, QueueCounts, SubmissionState
from kiosk.ui.flows.badges import Badges
from kiosk.ui.flows.shell import NoticeLevel, NoticeSource, Shell
from kiosk.ui.i18n import Text, text_of
from kiosk.ui.pin import StaffLock

if TYPE_CHECKING:
    from kiosk.ui.screens.staff import StaffScreen

log = logging.getLogger(__name__)

LIVE_REFRESH_MS = 2000  # the open queue re-reads the outbox this often (and on every change)
PREVIEW_DPI = 150  # the staff view's badge preview is drawn at this resolution
# Nobody's data: what the preview shows until staff (with the PIN) tap a waiting badge.
SAMPLE_BADGE = BadgeData(first_name="Alex", last_name="Sample", event_name="Event",
                         date_text="1 January 2026", check_in_code="SAMPLE01")


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
    door_requested = Signal()  # the screen's "Change the door" (relayed)
    desk_requested = Signal()  # the screen's "Desk mode" (relayed)

    def __init__(
        self,
        shell: Shell,
        outbox: Outbox,
        drainer: OutboxDrainer | None,
        lock: StaffLock | None,
        idle_lock_ms: int,
        window: QWidget,
        *,
        badges: Badges | None = None,
    ) -> None:
        """``window`` holds the shortcuts: they work wherever the kiosk has the focus.
        ``badges``: the badge printer, shown and controlled here (None: no badges)."""
        super().__init__(window)
        self._shell = shell
        self._outbox = outbox
        self._drainer = drainer
        self.badges = badges or Badges(None)
        self.guarded = lock is not None  # a PIN guards the staff view
        # The screen (70-90 ms to build, and its module) is built when staff first need
        # it (``screen``): until then nobody can have unlocked it, and what the window
        # offers on it is kept here.
        self._lock = lock
        self._idle_lock_ms = idle_lock_ms
        self._screen: StaffScreen | None = None
        self._door_offered = False
        self._door_line: tuple[str, str] | None = None
        self._desk_offered = False
        self._printer_line: tuple[str, Text] = ("", "")  # the printer's last state, reason
        # The setup check (kiosk.doctor, composed by the app): None offers none.
        self._setup_check: Callable[[], list[tuple[str, str, str]]] | None = None
        self._setup_runs = 0  # bumped by a lock: a check still running is then dropped
        # While staff look at the queue it stays current: rows leave as they are delivered.
        self._live = QTimer(self)
        self._live.setInterval(LIVE_REFRESH_MS)
        self._live.timeout.connect(self.refresh_queue)
        # One read of the outbox at a time: a burst of deliveries (hundreds a second when
        # the API comes back) makes one more read, not one each.
        self._reading = False
        self._read_again: tuple[str, PageKey | None] | None = None
        self._reads = 0  # bumped by a page change: a read of the old page is dropped
        printer = self.badges.printer
        if printer is not None:
            printer.state_changed.connect(self._on_printer_state_changed)
            printer.error.connect(self._on_printer_error)
            printer.pending_changed.connect(self._on_badges_changed)
            printer.sent.connect(self._on_badges_changed)
            printer.waiting.connect(self._on_badges_changed)
            printer.cancelled.connect(self._on_badges_changed)
        # Staff's way out of full screen; deliberately nothing to tap for it.
        self.quit_shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), window)
        self.quit_shortcut.activated.connect(self.request_close)
        self.staff_shortcut = QShortcut(QKeySequence("Ctrl+Shift+S"), window)
        self.staff_shortcut.activated.connect(self.open)

    # ------------------------------------------------------------------ the screen

    @property
    def screen(self) -> StaffScreen:
        """The staff view, built now if nobody needed it yet."""
        if self._screen is None:
            self.build_screen()
        assert self._screen is not None
        return self._screen

    @property
    def screen_built(self) -> StaffScreen | None:
        """The staff view if it is built (None: nobody has opened or unlocked it)."""
        return self._screen

    def build_screen(self) -> None:
        """Build the staff view (nothing when it is built), with what it was offered."""
        if self._screen is not None:
            return
        from kiosk.ui.screens.staff import StaffScreen  # loaded with the screen

        screen = self._screen = StaffScreen(self._lock, self._shell.runner, self._idle_lock_ms)
        self._shell.add_screen(screen)
        screen.back.connect(self._on_screen_back)
        screen.refresh_requested.connect(self._on_screen_refresh_requested)
        screen.page_requested.connect(self._on_screen_page_requested)
        screen.retry_requested.connect(self._on_screen_retry_requested)
        screen.close_confirmed.connect(self.close_confirmed)
        screen.search_unlocked.connect(self.search_unlocked)
        screen.locked.connect(self.locked)
        screen.locked.connect(self._on_screen_locked)
        screen.door_requested.connect(self.door_requested)
        screen.desk_requested.connect(self.desk_requested)
        screen.set_door_offered(self._door_offered)
        if self._door_line is not None:
            screen.show_door(*self._door_line)
        screen.set_desk_offered(self._desk_offered)
        screen.set_setup_check_offered(self._setup_check is not None)
        screen.setup_check_requested.connect(self._on_setup_check_requested)
        screen.set_badges_enabled(self.badges.enabled)
        printer = self.badges.printer
        if printer is not None:
            screen.show_printer(printer.printer, *self._printer_line)
            screen.badge_retry_requested.connect(self._on_screen_badge_retry_requested)
            screen.badge_cancel_requested.connect(self._on_screen_badge_cancel_requested)
            screen.badge_selected.connect(self._on_screen_badge_selected)

    def set_door_offered(self, offered: bool) -> None:
        """The staff view offers "Change the door" (kiosks that check people in)."""
        self._door_offered = offered
        if self._screen is not None:
            self._screen.set_door_offered(offered)

    @Slot(str, str)
    def show_door(self, event_name: str, session_name: str) -> None:
        """The door line of the staff view (kept until the view is built)."""
        self._door_line = (event_name, session_name)
        if self._screen is not None:
            self._screen.show_door(event_name, session_name)

    def set_desk_offered(self, offered: bool) -> None:
        """The staff view offers "Desk mode" (kiosk.ui.flows.desk)."""
        self._desk_offered = offered
        if self._screen is not None:
            self._screen.set_desk_offered(offered)

    def set_setup_check(self, check: Callable[[], list[tuple[str, str, str]]] | None) -> None:
        """What "Check this kiosk's setup" runs (off the GUI thread): one (item, OK/WARN/
        FAIL, detail) per item, as ``kiosk doctor`` prints them."""
        self._setup_check = check
        if self._screen is not None:
            self._screen.set_setup_check_offered(check is not None)

    @Slot()
    def _on_setup_check_requested(self) -> None:
        check = self._setup_check
        if check is None:
            return
        runs = self._setup_runs

        def done(rows: list[tuple[str, str, str]]) -> None:
            if runs == self._setup_runs:
                self.screen.show_setup_report(rows)

        def failed(error: BaseException) -> None:
            log.error("the setup check failed: %s", type(error).__name__)
            if runs == self._setup_runs:
                self.screen.show_setup_report(None)

        self._shell.runner.run(check, done, failed)

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Nothing to load: the view lists the outbox when it opens."""

    def stop(self) -> None:
        """The live refresh stops; the screen's relock and lockout timers are its own."""
        self._live.stop()

    def reset(self) -> None:
        """The next person starts at the PIN pad, with no rows of the last one."""
        self.lock()

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
        if self._screen is None:  # never built, so never unlocked: just say it is locked
            self.locked.emit()
            return
        self._screen.lock()

    @Slot()
    def _on_screen_back(self) -> None:
        self.screen.lock()
        self.left.emit()

    # ------------------------------------------------------------------ the queue

    @Slot()
    def _on_screen_refresh_requested(self) -> None:
        """The queue page opened: list it, draw the sample badge, and keep it current."""
        self.refresh_queue()
        if self.badges.enabled:
            self._preview(SAMPLE_BADGE)
        self._live.start()

    @Slot()
    def _on_screen_locked(self) -> None:
        self._live.stop()
        self._setup_runs += 1
        if self._screen is not None:
            self._screen.reset_setup_check()

    @Slot()
    def refresh_queue(self) -> None:
        """Re-read the page shown and the waiting badges, when the queue page is open."""
        if self._screen is None or not self._screen.showing_queue:
            return
        self._read_page("start", self.screen.page_start)
        self._list_badges()

    @Slot(str, object)
    def _on_screen_page_requested(self, direction: str, key: PageKey) -> None:
        """"Next page" or "Previous page": the page after or before this row."""
        self._reads += 1  # a refresh of the page left must not bring it back
        self._read_page(direction, key)

    def _read_page(self, direction: str, key: PageKey | None) -> None:
        if self._reading:
            if self._read_again is None or direction != "start":
                self._read_again = (direction, key)
            return
        self._reading = True
        reads = self._reads
        from kiosk.ui.screens.staff import PAGE_SIZE  # (the screen is built: loaded)

        retried = self.screen.retried
        outbox = self._outbox
        now = self._shell.clock()

        def read() -> tuple[Page, QueueCounts, dict[str, SubmissionState]]:
            page = outbox.undelivered_page(**{direction: key}, limit=PAGE_SIZE)
            if not page.submissions and key is not None:
                # Everything from this row on left the queue: the last page there is.
                page = outbox.undelivered_page(before=key, limit=PAGE_SIZE)
            return page, outbox.counts(now), outbox.states_of(retried) if retried else {}

        def done(result: tuple[Page, QueueCounts, dict[str, SubmissionState]]) -> None:
            try:
                if reads == self._reads:  # else staff turned the page meanwhile
                    self._on_page(*result, retried=bool(retried), now=now)
            finally:
                self._read_done()

        def failed(error: BaseException) -> None:
            self._read_done()
            log.warning("the staff view could not read the outbox: %s", type(error).__name__)

        self._shell.runner.run(read, done, failed)

    def _read_done(self) -> None:
        self._reading = False
        again, self._read_again = self._read_again, None
        if again is not None and self.screen.showing_queue:
            direction, key = again
            self._read_page(direction, key if direction != "start" else self.screen.page_start)

    def _on_page(
        self,
        page: Page,
        counts: QueueCounts,
        states: dict[str, SubmissionState],
        *,
        retried: bool,
        now: datetime,
    ) -> None:
        seen = self.screen.show_page(page, counts, states if retried else None)
        if seen:
            # Staff have seen these refusals: their attendee data may now be purged.
            self._shell.runner.run(
                lambda: self._outbox.mark_seen_by_staff(seen, now), lambda _: None
            )

    @Slot(list)
    def _on_screen_retry_requested(self, ids: list[str]) -> None:
        def requeue() -> list[str]:
            # One transaction for all of them (empty: every one whose data is kept).
            return self._outbox.requeue_many(list(ids) or None)

        def done(chosen: list[str]) -> None:
            if self._drainer is not None:
                self._drainer.wake()
            self.screen.show_retried(chosen)
            self.refresh_queue()
            self._shell.refresh_queue_status()

        def failed(error: BaseException) -> None:
            log.error("retry failed: %s", type(error).__name__)
            self.screen.show_retry_failed()

        self._shell.runner.run(requeue, done, failed)

    # ------------------------------------------------------------------ badges

    @Slot(str, str)
    def _on_printer_state_changed(self, state: str, reason: str) -> None:
        """The printer line, and a banner while the printer cannot print (cleared when it
        is back): staff see it within a poll (2 s) wherever the kiosk is."""
        printer = self.badges.printer
        assert printer is not None
        # The printer says the reason again in the new language after a switch.
        said: Text = printer.reason_text if reason else ""
        self._printer_line = (state, said or reason)
        if self._screen is not None:  # else the view shows it when built
            self._screen.show_printer(printer.printer, state, said or reason)
        if not reason:
            self._shell.clear_notice(NoticeSource.PRINTER)
            return
        serious = state in (QueueState.MISSING.value, QueueState.UNAVAILABLE.value)
        self._shell.show_notice(
            NoticeSource.PRINTER,
            lambda: self.tr("%1 Check-ins go on; badges wait in the staff view.")
            .replace("%1", text_of(said or reason)),
            NoticeLevel.ERROR if serious else NoticeLevel.WARNING,
        )

    @Slot(str)
    def _on_printer_error(self, words: str) -> None:
        printer = self.badges.printer
        said: Text = printer.last_error if printer is not None else ""
        self._shell.show_notice(NoticeSource.PRINTER, said or words, NoticeLevel.ERROR)

    @Slot()
    def _on_badges_changed(self) -> None:
        self._list_badges()

    def _list_badges(self) -> None:
        printer = self.badges.printer
        if printer is None or self._screen is None or not self._screen.showing_queue:
            return
        self._shell.runner.run(printer.print_log.pending, self._on_badges)

    def _on_badges(self, records: list[BadgeRecord]) -> None:
        self.screen.show_badges(records)

    @Slot(str)
    def _on_screen_badge_retry_requested(self, badge_id: str) -> None:
        printer = self.badges.printer
        if printer is not None:
            printer.retry(badge_id or None)

    @Slot(str)
    def _on_screen_badge_cancel_requested(self, badge_id: str) -> None:
        printer = self.badges.printer
        if printer is not None:
            printer.cancel(badge_id)
            self.screen.show_badge_feedback(lambda: self.tr("Badge cancelled."))

    @Slot(str)
    def _on_screen_badge_selected(self, badge_id: str) -> None:
        """The preview shows the tapped badge with its names only when the PIN was given."""
        printer = self.badges.printer
        if printer is None or not self.screen.unlocked:
            return
        self._shell.runner.run(
            lambda: printer.print_log.get(badge_id),
            lambda record: self._preview(record.data) if record is not None and record.data
            else None,
        )

    def _preview(self, data: BadgeData) -> None:
        """The badge drawn off the GUI thread, shown scaled down."""
        printer = self.badges.printer
        if printer is None:
            return
        template, paper = printer.template, printer.paper

        def render() -> QImage:
            # Here: the renderer (QtPrintSupport) loads only when a printer is set.
            from kiosk.ui.badges import DEFAULT_DPI, render_badge_image

            try:
                return render_badge_image(template, data, paper, PREVIEW_DPI)
            except TemplateError:  # too coarse for the QR code's smallest size
                return render_badge_image(template, data, paper, DEFAULT_DPI)

        def failed(error: BaseException) -> None:
            log.warning("badge preview not drawn: %s", type(error).__name__)

        self._shell.runner.run(render, self.screen.show_badge_preview, failed)
