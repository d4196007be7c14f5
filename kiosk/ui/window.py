"""The kiosk window: five screens in a stack, the refresh timers, the idle reset, the banner,
and the only way out (Ctrl+Shift+Q, then the staff PIN, then "Close the kiosk?").

Every call into the services goes through the TaskRunner; this class only reacts to
results. Results that arrive after the attendee has moved on (or walked away) are
dropped by comparing a generation counter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.api.errors import ApiError, OriginRejectedError, TokenRejectedError
from kiosk.api.models import RegistrationErrorCode, Speaker, Sponsorship
from kiosk.services.catalog import Catalog, EventDetails, EventsSnapshot
from kiosk.services.drainer import OutboxDrainer
from kiosk.services.images import QrMatrix, qr_matrix
from kiosk.services.outbox import Outbox, OutboxError, Submission
from kiosk.services.registration import (
    RegistrationDraft,
    RegistrationService,
    SubmissionOutcome,
)
from kiosk.ui import text
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.pin import StaffLock
from kiosk.ui.screens.confirmation import ConfirmationScreen
from kiosk.ui.screens.event import EventScreen
from kiosk.ui.screens.events import EventsScreen
from kiosk.ui.screens.register import RegisterScreen
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.widgets import Banner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WindowSettings:
    idle_timeout_s: float = 90
    events_refresh_s: float = 30
    counts_refresh_s: float = 10
    queue_status_s: float = 5
    confirmation_countdown_s: int = 20
    consent_text: str = ""
    consent_required: bool = True
    purge_after_h: float = 24
    staff_idle_s: float = 120  # an unlocked staff view locks again after this long untouched


class KioskWindow(QMainWindow):
    """Signals:
        queue_changed(): the outbox changed (emitted from any thread; handled here).
    """

    queue_changed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        registration: RegistrationService,
        outbox: Outbox,
        runner: TaskRunner,
        settings: WindowSettings,
        clock: Callable[[], datetime],
        drainer: OutboxDrainer | None = None,
        staff_lock: StaffLock | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.tr("Events"))
        self.catalog = catalog
        self.registration = registration
        self.outbox = outbox
        self.drainer = drainer
        self.runner = runner
        self.settings = settings
        self.clock = clock
        self.staff_lock = staff_lock
        self._closing = False  # staff confirmed: the next close event is let through
        self._catalog_notice: tuple[str, str] | None = None  # (message, level)
        self._outbox_notice: str | None = None
        self._generation = 0  # bumped on every reset; stale results are dropped
        self._open_id: str | None = None
        self._last_events: EventsSnapshot | None = None

        self.banner = Banner(self)
        self.stack = QStackedWidget(self)
        self.events_screen = EventsScreen(self)
        self.event_screen = EventScreen(self)
        self.register_screen = RegisterScreen(settings.consent_text or self._default_consent())
        self.confirmation_screen = ConfirmationScreen(settings.confirmation_countdown_s, self)
        self.staff_screen = StaffScreen(
            staff_lock, runner, int(settings.staff_idle_s * 1000), self
        )
        for screen in (
            self.events_screen,
            self.event_screen,
            self.register_screen,
            self.confirmation_screen,
            self.staff_screen,
        ):
            self.stack.addWidget(screen)
        self.queue_status = QLabel(self)
        self.queue_status.setObjectName("queueStatus")
        self.queue_status.hide()
        # Holding the status line for two seconds opens the staff view, when a PIN guards it.
        self.queue_status.installEventFilter(self)
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(2000)
        self._hold_timer.timeout.connect(self.open_staff)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(16, 0, 16, 8)
        footer.addStretch(1)
        footer.addWidget(self.queue_status)
        layout.addLayout(footer)
        self.setCentralWidget(central)

        self.events_screen.event_chosen.connect(self.open_event)
        self.event_screen.back.connect(self.show_start)
        self.event_screen.register_requested.connect(self._on_event_register_requested)
        self.event_screen.speaker_images_wanted.connect(self._on_event_speaker_images_wanted)
        self.event_screen.sponsor_logos_wanted.connect(self._on_event_sponsor_logos_wanted)
        self.register_screen.back.connect(self._on_register_back)
        self.register_screen.submit_requested.connect(self._on_register_submit_requested)
        self.register_screen.draft_changed.connect(self._on_register_draft_changed)
        self.confirmation_screen.done.connect(self.reset_to_start)
        self.staff_screen.back.connect(self._on_staff_back)
        self.staff_screen.refresh_requested.connect(self.refresh_staff)
        self.staff_screen.retry_requested.connect(self._on_staff_retry_requested)
        self.staff_screen.close_confirmed.connect(self.close_for_good)
        self.queue_changed.connect(self.refresh_queue_status)
        self.queue_changed.connect(self._show_outbox_problem)

        self.events_timer = self._timer(settings.events_refresh_s, self.refresh_events)
        self.counts_timer = self._timer(settings.counts_refresh_s, self._refresh_open_event)
        self.queue_timer = self._timer(settings.queue_status_s, self.refresh_queue_status)
        self.tick_timer = self._timer(15, self._on_tick)
        self.purge_timer = self._timer(3600, self.purge_personal_data)
        self.idle = IdleWatcher(int(settings.idle_timeout_s * 1000), self)
        self.idle.idle.connect(self._on_idle)
        # Staff's way out of full screen; deliberately nothing to tap for it.
        self.quit_shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
        self.quit_shortcut.activated.connect(self.request_close)
        self.staff_shortcut = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        self.staff_shortcut.activated.connect(self.open_staff)

    def _timer(self, seconds: float, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(max(int(seconds * 1000), 50))
        timer.timeout.connect(slot)
        return timer

    def _default_consent(self) -> str:
        return self.tr(
            "I agree that the organiser stores my details to manage my registration "
            "and may e-mail me about this event."
        )

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Show the stored list at once, then begin refreshing from the API."""
        self._on_tick()
        self.runner.run(self.catalog.stored_events, self._on_stored_events)
        self.refresh_events()
        self.refresh_queue_status()
        self._show_outbox_problem()
        self.purge_personal_data()
        for timer in (self.events_timer, self.queue_timer, self.tick_timer, self.purge_timer):
            timer.start()
        self.idle.start()

    def _all_timers(self) -> tuple[QTimer, ...]:
        return (
            self.events_timer,
            self.counts_timer,
            self.queue_timer,
            self.tick_timer,
            self.purge_timer,
            self._hold_timer,
        )

    def stop(self) -> None:
        for timer in self._all_timers():
            timer.stop()
        self.idle.stop()
        self.confirmation_screen.stop()

    @Slot()
    def request_close(self) -> None:
        """Staff want to close the kiosk: the PIN first (when set), then "Close the kiosk?"."""
        self.confirmation_screen.stop()  # its countdown would pull the prompt away
        self.staff_screen.open(for_closing=True)
        self.stack.setCurrentWidget(self.staff_screen)

    @Slot()
    def close_for_good(self) -> None:
        """Close without asking: staff confirmed it, or the program is shutting down."""
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """A close from the window manager (Alt+F4, the title bar) is no way out for a
        passer-by: ignored in full screen, and in a window it asks like Ctrl+Shift+Q."""
        if self._closing:
            self.stop()
            super().closeEvent(event)
            return
        event.ignore()
        if not self.isFullScreen():
            self.request_close()

    # ------------------------------------------------------------------ navigation

    @Slot()
    def show_start(self) -> None:
        self._open_id = None
        self.counts_timer.stop()
        self.stack.setCurrentWidget(self.events_screen)

    @Slot()
    def reset_to_start(self) -> None:
        """Back to the start with nothing of the last person left on any screen."""
        self._generation += 1
        self.confirmation_screen.stop()
        self.register_screen.forget_event()
        self.staff_screen.lock()
        self.show_start()
        self.events_screen.scroll_to_top()
        self.refresh_queue_status()

    @Slot()
    def _on_idle(self) -> None:
        log.info("idle: back to the start")
        self.reset_to_start()
        self.idle.start()

    @Slot(str)
    def open_event(self, readable_id: str) -> None:
        """Paint at once with what is known, then load the rest in the background."""
        self._open_id = readable_id
        generation = self._generation
        cached = self.catalog.cached_details(readable_id)
        summary = next(
            (s for s in (self._last_events.events if self._last_events else ())
             if s.readable_id == readable_id),
            None,
        )
        if cached is not None:
            self.event_screen.show_event(cached.event)
            self.event_screen.show_details(cached, self.clock())
        elif summary is not None:
            self.event_screen.show_event(summary.event)
            # A copy from disk (if any) arrives long before a slow network answers.
            self.runner.run(
                lambda: self.catalog.stored_details(readable_id),
                lambda details: self._on_stored_details(generation, readable_id, details),
            )
        self.stack.setCurrentWidget(self.event_screen)
        event = cached.event if cached else summary.event if summary else None
        self._load_qr(readable_id, event.public_event_url if event else None)
        self.runner.run(
            lambda: self.catalog.load_event(readable_id),
            lambda details: self._on_details(generation, readable_id, details),
            lambda error: self._on_details_failed(generation, readable_id, error),
        )
        self.counts_timer.start()

    def _on_stored_details(
        self, generation: int, readable_id: str, details: EventDetails | None
    ) -> None:
        """A copy from disk fills the screen while the network answers; it is not a sign
        of being offline, so the banner is left to the live request."""
        if details is None or self.event_screen.details is not None:
            return
        if generation == self._generation and readable_id == self._open_id:
            self.event_screen.show_details(details, self.clock())

    def _load_qr(self, readable_id: str, url: str | None) -> None:
        self.event_screen.set_qr(())
        if url:
            self.runner.run(
                lambda: qr_matrix(url),
                lambda matrix: self._on_qr(readable_id, matrix),
            )
        else:
            self.runner.run(
                lambda: _decode(self.catalog.event_qr_code(readable_id)),
                lambda image: self._on_qr_image(readable_id, image),
            )

    def _on_qr(self, readable_id: str, matrix: QrMatrix) -> None:
        if readable_id == self._open_id:
            self.event_screen.set_qr(matrix)

    def _on_qr_image(self, readable_id: str, image: QImage | None) -> None:
        if readable_id == self._open_id and image is not None:
            self.event_screen.qr.set_image(image)
            self.event_screen.qr.show()
            self.event_screen.qr_caption.show()

    # ------------------------------------------------------------------ catalog results

    @Slot()
    def refresh_events(self) -> None:
        self.runner.run(self.catalog.refresh_events, self._on_events, self._on_events_failed)

    def _on_stored_events(self, snapshot: EventsSnapshot | None) -> None:
        if snapshot is not None and self._last_events is None:
            self._last_events = snapshot
            self.events_screen.show_snapshot(snapshot, self.clock())

    def _on_events(self, snapshot: EventsSnapshot) -> None:
        if self._last_events is None or self._last_events.stale != snapshot.stale:
            log.info(
                "event list shown: %d event(s)%s",
                len(snapshot.events), " (stale)" if snapshot.stale else "",
            )
        was_stale = self._last_events is None or self._last_events.stale
        self._last_events = snapshot
        if was_stale and not snapshot.stale and self.drainer is not None:
            self.drainer.wake()  # the API answers again: deliver what waits, now
        self.events_screen.show_snapshot(snapshot, self.clock())
        self._show_staleness(snapshot.stale, snapshot.fetched_at, snapshot.error)

    def _on_events_failed(self, error: BaseException) -> None:
        self._show_staleness(True, None, error if isinstance(error, ApiError) else None)
        self.events_screen.show_unavailable()

    def _show_banner(self) -> None:
        """One strip for two sources: a kiosk that cannot save registrations matters more
        than catalog news, so it stays up until the outbox works again."""
        if self._outbox_notice is not None:
            self.banner.show_message(self._outbox_notice, "error")
        elif self._catalog_notice is not None:
            self.banner.show_message(*self._catalog_notice)
        else:
            self.banner.clear_message()

    @Slot()
    def _show_outbox_problem(self) -> None:
        """The drainer says whether the outbox can record results; staff must act if not."""
        if self.drainer is None:
            return
        notice = None if self.drainer.outbox_problem is None else self._cannot_save()
        if notice != self._outbox_notice:
            self._outbox_notice = notice
            self._show_banner()

    def _cannot_save(self) -> str:
        return self.tr(
            "This kiosk cannot save registrations right now. Staff: check the data folder."
        )

    def _show_staleness(
        self, stale: bool, fetched_at: datetime | None, error: ApiError | None
    ) -> None:
        if not stale:
            self._catalog_notice = None
            self._show_banner()
            return
        if isinstance(error, TokenRejectedError | OriginRejectedError):
            # Staff must act; attendees can still register (it waits in the outbox).
            self._catalog_notice = (
                self.tr(
                    "The events API does not accept this kiosk's settings (%1). New "
                    "registrations are saved on this kiosk. Staff: check the token and origin."
                ).replace("%1", error.kind),
                "error",
            )
            self._show_banner()
            log.warning("catalog refresh refused: %s", error.kind)
            return
        if fetched_at is not None:
            local = fetched_at.astimezone()
            when = text.clock(local.replace(tzinfo=None))
            message = self.tr(
                "Offline: showing the information from %1. New registrations are saved on "
                "this kiosk and sent automatically."
            ).replace("%1", when)
        else:
            message = self.tr(
                "The event information cannot be loaded right now. Please ask a staff member."
            )
        log.info("catalog stale (%s)", error.kind if error else "unknown")
        self._catalog_notice = (message, "warning")
        self._show_banner()

    @Slot()
    def _refresh_open_event(self) -> None:
        readable_id = self._open_id
        if readable_id is None:
            return
        generation = self._generation
        self.runner.run(
            lambda: self.catalog.refresh_counts(readable_id),
            lambda details: self._on_details(generation, readable_id, details),
            lambda error: self._on_details_failed(generation, readable_id, error),
        )

    def _on_details(self, generation: int, readable_id: str, details: EventDetails) -> None:
        if generation != self._generation or readable_id != self._open_id:
            return
        self.event_screen.show_details(details, self.clock())
        self.register_screen.update_details(details)
        self._show_staleness(details.stale, details.fetched_at, details.error)

    def _on_details_failed(self, generation: int, readable_id: str, error: BaseException) -> None:
        if generation != self._generation or readable_id != self._open_id:
            return
        if self.event_screen.details is None:
            self.event_screen.loading.setText(
                self.tr("The agenda cannot be loaded right now. Please try again later.")
            )
        self._show_staleness(True, None, error if isinstance(error, ApiError) else None)

    # ------------------------------------------------------------------ pictures

    @Slot(list)
    def _on_event_speaker_images_wanted(self, speakers: list[Speaker]) -> None:
        model = self.event_screen.speaker_model
        for speaker in speakers:
            if not model.has_image(speaker.id):
                self._load_picture(
                    partial(self.catalog.speaker_image, speaker),
                    partial(model.set_image, speaker.id),
                )

    @Slot(list)
    def _on_event_sponsor_logos_wanted(self, sponsorships: list[Sponsorship]) -> None:
        model = self.event_screen.sponsor_model
        for sponsorship in sponsorships:
            if not model.has_image(sponsorship.id):
                self._load_picture(
                    partial(self.catalog.sponsorship_logo, sponsorship),
                    partial(model.set_image, sponsorship.id),
                )

    def _load_picture(
        self, fetch: Callable[[], bytes | None], show: Callable[[QImage], None]
    ) -> None:
        def shown(image: QImage | None) -> None:
            if image is not None:
                show(image)

        self.runner.run(lambda: _decode(fetch()), shown)

    # ------------------------------------------------------------------ registration

    @Slot()
    def _on_event_register_requested(self) -> None:
        details = self.event_screen.details
        if details is None:
            return
        readable_id = details.readable_id
        self.register_screen.open_for(details, lambda draft: self.registration.plan(
            self.catalog.cached_details(readable_id) or details, draft
        ))
        self.stack.setCurrentWidget(self.register_screen)

    @Slot()
    def _on_register_back(self) -> None:
        self.stack.setCurrentWidget(self.event_screen)

    @Slot()
    def _on_register_draft_changed(self) -> None:
        # Once problems are shown, they update as the attendee fixes them.
        screen = self.register_screen
        if screen.details is None or not screen.shown_problems:
            return
        screen.show_problems(
            self.registration.validate(screen.draft(), screen.details), focus=False
        )

    @Slot(object)
    def _on_register_submit_requested(self, draft: RegistrationDraft) -> None:
        screen = self.register_screen
        details = screen.details
        if details is None or screen.busy:
            return
        problems = self.registration.validate(draft, details)
        screen.show_problems(problems)
        if problems:
            return
        screen.set_busy(True)
        generation = self._generation

        def submit() -> tuple[SubmissionOutcome, QrMatrix]:
            outcome = self.registration.submit(draft, details)
            code = outcome.check_in_code
            # A repeat registration shows no code: the one typing may not be its owner.
            return outcome, qr_matrix(code) if code and not outcome.already_registered else ()

        self.runner.run(
            submit,
            lambda done: self._on_submitted(generation, draft, details, *done),
            lambda error: self._on_submit_failed(generation, error),
        )

    def _on_submitted(
        self,
        generation: int,
        draft: RegistrationDraft,
        details: EventDetails,
        outcome: SubmissionOutcome,
        matrix: QrMatrix,
    ) -> None:
        self.refresh_queue_status()
        if outcome.queued and self.drainer is not None:
            self.drainer.wake()
        self._refresh_open_event()
        if generation != self._generation:
            return  # the attendee walked away; the outbox has it either way
        if outcome.state.value == "refused":
            self.register_screen.show_refusal(self._refusal_message(outcome, details))
            return
        names = [
            s.name for sid in outcome.waitlisted_session_ids if (s := details.session(sid))
        ]
        attendee = f"{' '.join(draft.first_name.split())} {' '.join(draft.last_name.split())}"
        self.confirmation_screen.show_outcome(
            outcome, attendee, details.event.event_name, names, matrix
        )
        self.stack.setCurrentWidget(self.confirmation_screen)
        # The attendee is done: wipe the (now hidden) form once the confirmation has been
        # painted, so the two never share one frame's time.
        generation_now = self._generation
        QTimer.singleShot(50, lambda: self._forget_form(generation_now))

    def _forget_form(self, generation: int) -> None:
        if generation == self._generation:  # a reset meanwhile has wiped it already
            self.register_screen.forget_event()

    def _refusal_message(self, outcome: SubmissionOutcome, details: EventDetails) -> str:
        code = outcome.error_code
        if code == RegistrationErrorCode.EVENT_FULL:
            if details.event.show_waitlist:
                return self.tr(
                    "Sorry, the event filled up a moment ago. You can join the waitlist "
                    "instead: tap the button again."
                )
            return self.tr("Sorry, the event filled up a moment ago.")
        if code == RegistrationErrorCode.SESSION_FULL:
            return self.tr(
                "Sorry, a session you chose filled up a moment ago. Please check your sessions."
            )
        if code == RegistrationErrorCode.REGISTRATION_CLOSED:
            return self.tr("Sorry, registration for this event has just closed.")
        reason = (outcome.reason or "").strip()
        if reason:
            return self.tr("The registration was not accepted: %1").replace("%1", reason)
        return self.tr("The registration was not accepted. Please ask a staff member.")

    def _on_submit_failed(self, generation: int, error: BaseException) -> None:
        if isinstance(error, OutboxError):
            log.error("outbox unusable: %s", error)
            self._outbox_notice = self._cannot_save()
            self._show_banner()
        else:
            log.error("registration failed unexpectedly", exc_info=error)
        if generation == self._generation:
            self.register_screen.show_refusal(
                self.tr(
                    "Sorry, this kiosk cannot take your registration right now. Nothing you "
                    "typed is lost: please ask a staff member."
                )
            )

    # ------------------------------------------------------------------ status line

    @Slot()
    def refresh_queue_status(self) -> None:
        self.runner.run(self.outbox.queued_count, self._on_queue_status)

    def _on_queue_status(self, status: tuple[int, datetime | None]) -> None:
        count, oldest = status
        if count == 0 or oldest is None:
            self.queue_status.hide()
            return
        minutes = max(int((self.clock() - oldest).total_seconds() // 60), 0)
        self.queue_status.setText(
            self.tr("%n registration(s) waiting to be sent", None, count)
            + " · "
            + self.tr("oldest %n min", None, minutes)
        )
        self.queue_status.show()

    # ------------------------------------------------------------------ staff

    @Slot()
    def open_staff(self) -> None:
        self.confirmation_screen.stop()  # its countdown would pull the staff view away
        self.staff_screen.open()
        self.stack.setCurrentWidget(self.staff_screen)

    @Slot()
    def _on_staff_back(self) -> None:
        self.staff_screen.lock()
        self.show_start()

    @Slot()
    def refresh_staff(self) -> None:
        self.runner.run(self.outbox.undelivered, self._on_staff_rows)

    def _on_staff_rows(self, rows: list[Submission]) -> None:
        now = self.clock()
        seen = self.staff_screen.show_submissions(rows, now)
        if seen:
            # Staff have seen these refusals: their attendee data may now be purged.
            self.runner.run(lambda: self.outbox.mark_seen_by_staff(seen, now), lambda _: None)

    @Slot(list)
    def _on_staff_retry_requested(self, ids: list[str]) -> None:
        def requeue() -> int:
            wanted = set(ids)
            chosen = [
                s.id for s in self.outbox.undelivered()
                if s.payload is not None and (not wanted or s.id in wanted)
            ]
            for submission_id in chosen:
                self.outbox.requeue(submission_id)
            return len(chosen)

        def done(count: int) -> None:
            if self.drainer is not None:
                self.drainer.wake()
            self.staff_screen.show_retried(count)
            self.refresh_staff()
            self.refresh_queue_status()

        self.runner.run(requeue, done)

    @Slot()
    def purge_personal_data(self) -> None:
        cutoff = self.clock() - timedelta(hours=self.settings.purge_after_h)
        self.runner.run(lambda: self.outbox.purge_personal_data(cutoff), lambda _: None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.queue_status and self.staff_lock is not None:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._hold_timer.start()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._hold_timer.stop()
        return super().eventFilter(watched, event)

    @Slot()
    def _on_tick(self) -> None:
        now = self.clock()
        local = now.astimezone()
        self.events_screen.tick(now, text.clock(local.replace(tzinfo=None)))
        self.event_screen.update_availability(now)


PICTURE_MAX_SIDE = 320  # px: twice the largest tile a portrait or logo is shown in


def _decode(data: bytes | None) -> QImage | None:
    """Decoded off the GUI thread (QImage, unlike QPixmap, may be built in any thread) and
    scaled down there: a tenant's 2,000 px speaker photo would hold 16 MB decoded."""
    if not data:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PICTURE_MAX_SIDE:
        image = image.scaled(
            PICTURE_MAX_SIDE,
            PICTURE_MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image



