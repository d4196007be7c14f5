"""The kiosk window: the shell the flows run in (kiosk/ui/flows/).

It holds the screen stack, the banner, the queue status line, the outbox timers, the idle
reset and the way the window closes. What attendees and staff do (browsing, registering,
the staff view) lives in the flows; the window builds them, wires them to each other and
tells each to reset when the attendee walks away.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.catalog import Catalog, EventDetails
from kiosk.services.checkin import CheckInService
from kiosk.services.drainer import OutboxDrainer
from kiosk.services.outbox import Outbox
from kiosk.services.registration import RegistrationService
from kiosk.ui.door import DoorChoice, load_door
from kiosk.ui.flows.badges import Badges
from kiosk.ui.flows.browse import BrowseFlow
from kiosk.ui.flows.checkin import CheckInFlow, CheckInSettings, KioskMode
from kiosk.ui.flows.registration import RegistrationFlow
from kiosk.ui.flows.shell import Flow, NoticeLevel, NoticeSource, repeating_timer
from kiosk.ui.flows.staff import StaffFlow
from kiosk.ui.focus import KeyActivation, give_focus
from kiosk.ui.heartbeat import Heartbeat
from kiosk.ui.i18n import Text, say, text_of, translations
from kiosk.ui.idle import IdleWatcher, StillThereOverlay
from kiosk.ui.keyboard import reset_keyboard
from kiosk.ui.pin import StaffLock
from kiosk.ui.presentation import reset_presentation
from kiosk.ui.reach import ReachMode, set_reach
from kiosk.ui.scanner import WedgeScanner
from kiosk.ui.sounds import ResultSounds
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.theme import follow_window
from kiosk.ui.widgets import Banner, StatusLine

if TYPE_CHECKING:
    from kiosk.ui.camera import CameraScanner
    from kiosk.ui.flows.desk import DeskFlow
    from kiosk.ui.flows.door import DoorFlow

log = logging.getLogger(__name__)

# The banner shows the most urgent message: an error before a warning, then by source.
_URGENCY = tuple(NoticeLevel)
_SOURCES = tuple(NoticeSource)


@dataclass(frozen=True)
class WindowSettings:
    idle_timeout_s: float = 90
    # "Still there?" counts down this long before the idle reset wipes a form being filled
    # in (never longer than idle_timeout_s; 0: no question, the form is wiped at once).
    idle_warning_s: float = 10
    events_refresh_s: float = 30
    counts_refresh_s: float = 10
    queue_status_s: float = 5
    heartbeat_s: float = 60  # the queue's line in the log (kiosk.ui.heartbeat)
    confirmation_countdown_s: int = 20
    handover_s: float = 3.0
    consent_text: str = ""
    consent_required: bool = True
    purge_after_h: float = 24
    staff_idle_s: float = 120  # an unlocked staff view locks again after this long untouched
    sound: bool = True  # a short cue with each check-in and registration result
    reach: ReachMode = "auto"  # main buttons low on a portrait screen (kiosk.ui.reach)
    checkin: CheckInSettings = field(default_factory=CheckInSettings)
    desk: bool = False  # start at the staff desk (``--mode desk``; needs a staff PIN)
    desk_lock_s: float = 180  # the unlocked desk locks after this long without input


class ScreenStack(QStackedWidget):
    """The screens, one at a time, in all of the window below the banner.

    Its height comes from the window (full screen), never from the text on its screens:
    it reports no height-for-width, and its size hint is its largest screen's without it.
    QStackedLayout works height-for-width out by asking every screen, uncached, to wrap
    its text anew, and each time one screen lays itself out again (a new check-in result,
    another screen shown) the window's layouts ask the stack again: 5-9 ms a result.
    Each screen still wraps its own text at the width it is given."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self.updateGeometry)
        # Once the flow that showed a screen has placed the focus (or not): a keyboard or
        # switch user always finds it on the screen on show (kiosk.ui.focus.give_focus).
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self._focus_shown)
        self.currentChanged.connect(self._settle.start)

    def settle_focus(self) -> None:
        """Put the focus on the screen on show, once its flow is done showing it."""
        self._settle.start()

    @Slot()
    def _focus_shown(self) -> None:
        shown = self.currentWidget()
        if shown is not None:
            give_focus(shown)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The largest screen's size hint (QLayout.totalSizeHint would add heightForWidth)."""
        layout = self.layout()
        assert layout is not None  # the QStackedLayout of every QStackedWidget
        return layout.sizeHint().grownBy(self.contentsMargins())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The shown screen's minimum only: a long form on a hidden screen must not make
        the window taller than the screen (QStackedLayout takes the largest of all)."""
        shown = self.currentWidget()
        if shown is None:
            return QSize(0, 0)
        return shown.minimumSizeHint().expandedTo(shown.minimumSize()).grownBy(
            self.contentsMargins())


class KioskWindow(QMainWindow):
    """The ``Shell`` every flow is given: the flows own the screens, the window owns
    where they are shown, the banner, the status line and the idle reset, so that a new
    capability is a new flow rather than new methods here.

    Signals:
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
        *,
        checkin: CheckInService | None = None,
        wedge: WedgeScanner | None = None,
        camera: Callable[[], CameraScanner] | None = None,
        badges: Badges | None = None,
        door_folder: Path | None = None,
        defer_forms: bool = False,
    ) -> None:
        """``door_folder``: the data folder, where staff's choice of the door's event is
        kept (None: a choice lasts until the kiosk closes). Without ``checkin`` (or in
        the register mode) the kiosk checks nobody in; the
        ``wedge`` scanner (installed on the application by the caller) is then off.
        ``camera`` makes the camera scanner, once the first screen is up. ``badges``: the
        badge printer (started and stopped by the caller; None: no badges).
        ``defer_forms``: build the register form after the first screen rather than before
        (the app: a faster start; ``registration`` builds it at once when asked)."""
        super().__init__()
        self.badges = badges or Badges(None)
        self.setObjectName("kioskWindow")
        say(self.setWindowTitle, lambda: self.tr("Events"))
        self.outbox = outbox
        self.drainer = drainer
        self.runner = runner
        self.settings = settings
        self.clock = clock
        self._closing = False  # staff confirmed: the next close event is let through
        self._notices: dict[NoticeSource, tuple[Text, NoticeLevel]] = {}
        set_reach(settings.reach)  # before the screens are built and laid out
        # One set of result cues for every flow: the setting and the audio output are
        # handled once. QtMultimedia (15-20 MB, about 0.1 s) loads when first needed: just
        # after the register form first shows (``show_screen``: long before its first cue,
        # without delaying its paint), or with the check-in flow's scan screen or a scan.
        self.sounds = ResultSounds(settings.sound, parent=self)
        self._sounds_timer = QTimer(self)
        self._sounds_timer.setSingleShot(True)
        self._sounds_timer.setInterval(300)
        self._sounds_timer.timeout.connect(self.sounds.load)

        self.banner = Banner(self)
        self.stack = ScreenStack(self)
        self.queue_status = StatusLine(self)
        self.queue_status.setObjectName("queueStatus")
        self.queue_status.hide()
        # One count of the queue at a time: a burst of deliveries asks once more, not once
        # per delivery.
        self._queue_status_reading = False
        self._queue_status_again = False

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        footer = QHBoxLayout()  # no room taken while the status line is hidden
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addStretch(1)
        footer.addWidget(self.queue_status)
        layout.addLayout(footer)
        self.setCentralWidget(central)
        self.banner.overlay(central)  # over the screens: showing it moves nothing
        follow_window(self)  # one scale unit for every size, from the window's size

        # Built in this order, the events list is the first screen of the stack.
        self.browse = BrowseFlow(
            self, catalog, drainer, settings.events_refresh_s, settings.counts_refresh_s, self
        )
        # The register form and the confirmation: built here, or with ``defer_forms`` once
        # the first screen is up (``build_deferred``) or when first used, whichever is first.
        def make_registration() -> RegistrationFlow:
            return RegistrationFlow(
                self, registration, catalog, drainer, settings.consent_text,
                settings.confirmation_countdown_s, self, badges=self.badges,
                handover_s=settings.handover_s, sounds=self.sounds,
            )

        self._make_registration: Callable[[], RegistrationFlow] = make_registration
        self._registration: RegistrationFlow | None = None
        self._started = False
        if not defer_forms:
            self.build_deferred()
        self.staff = StaffFlow(
            self, outbox, drainer, staff_lock, int(settings.staff_idle_s * 1000), self,
            badges=self.badges,
        )
        # The start flow last: its reset shows the start screen once the others are wiped.
        # (The registration flow goes first once built: _every_flow.)
        self._flows: tuple[Flow, ...] = (self.staff, self.browse)
        self.checkin: CheckInFlow | None = None
        self.door: DoorFlow | None = None
        if checkin is not None and settings.checkin.mode is not KioskMode.REGISTER:
            # Staff's choice of the door (door.json) overrides the settings file's.
            from_settings = DoorChoice(settings.checkin.event, settings.checkin.session)
            chosen = load_door(door_folder) if door_folder is not None else None
            door = chosen or from_settings
            self.checkin = CheckInFlow(
                self, checkin, catalog, drainer,
                replace(settings.checkin, event=door.event, session=door.session), camera,
                search_allowed=self.staff.guarded, badges=self.badges, sounds=self.sounds,
                parent=self,
            )
            ordered = (self.browse, self.checkin) if self.checkin.is_start else (
                self.checkin, self.browse)
            self._flows = (self.staff, *ordered)
            self.staff.set_door_offered(True)  # (the staff view is built on first use)
            self.checkin.where_changed.connect(self.staff.show_door)
            if self.staff.guarded:  # changing the kiosk needs the PIN
                from kiosk.ui.flows.door import DoorFlow  # staff only: not on the way in

                self.door = DoorFlow(
                    self, catalog, lambda: self.browse.last_events, door_folder,
                    from_settings, door, self,
                )
                self._flows = (self.staff, self.door, *ordered)
                self.staff.door_requested.connect(self.door.open)
                self.door.changed.connect(self.checkin.set_door)
                self.door.left.connect(self.staff.open)
                self.staff.locked.connect(self._on_staff_locked)
            self.browse.offer_check_in(settings.checkin.mode is KioskMode.BOTH)
            self.browse.scan_requested.connect(self.checkin.show_scan)
            self.checkin.left.connect(self.browse.show_start)
            self.checkin.search_requested.connect(self.staff.request_search)
            self.checkin.search_closed.connect(self.staff.lock)
            self.staff.search_unlocked.connect(self.checkin.open_search)
            self.staff.locked.connect(self.checkin.forget_search)
        # The staff desk (kiosk.ui.flows.desk): only behind a PIN, it shows names.
        self.desk: DeskFlow | None = None
        self._desk_active = False  # the desk is the start screen until staff leave it
        self._door_before: tuple[str, str] | None = None  # the door before the desk's search
        if staff_lock is not None:
            from kiosk.ui.flows.desk import DeskFlow  # staff only: not on the way in

            self.desk = DeskFlow(
                self, registration, catalog, outbox, drainer, staff_lock,
                lambda: self.browse.last_events,
                consent_text=settings.consent_text, lock_ms=int(settings.desk_lock_s * 1000),
                handover_s=settings.handover_s, badges=self.badges,
                event=settings.checkin.event, parent=self,
            )
            self._flows = (self.desk, *self._flows)
            self.desk.set_search_offered(self.checkin is not None)
            self.staff.set_desk_offered(True)
            self.staff.desk_requested.connect(self._open_desk)
            self.desk.left.connect(self._leave_desk)
            self.desk.search_requested.connect(self._on_desk_search_requested)
            self.queue_changed.connect(self.desk.refresh_list)
            if self.checkin is not None:
                self.checkin.search_closed.connect(self._back_to_desk)
                self.checkin.result_closed.connect(self._back_to_desk)
        self.wedge = wedge
        # Enter presses the focused button, Enter or Space taps the focused list's item.
        # Under the wedge scanner: a scan's closing Enter is the scanner's, never a press.
        self.keys = KeyActivation(self, self.stack.currentWidget)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.keys)
            if wedge is not None:
                app.removeEventFilter(wedge)
                app.installEventFilter(wedge)
        if wedge is not None:
            wedge.set_enabled(self.checkin is not None)  # off: keys pass untouched
            wedge.scanned.connect(self._on_wedge_scanned)
        self.browse.register_requested.connect(self._on_register_requested)
        self.browse.details_refreshed.connect(self._on_details_refreshed)
        self.staff.left.connect(self.show_start)
        self.staff.close_confirmed.connect(self.close_for_good)
        self.queue_changed.connect(self.refresh_queue_status)
        self.queue_changed.connect(self._show_outbox_problem)
        self.queue_changed.connect(self.staff.refresh_queue)

        self.queue_timer = repeating_timer(self, settings.queue_status_s, self.refresh_queue_status)
        self.purge_timer = repeating_timer(self, 3600, self.purge_personal_data)
        self.heartbeat = Heartbeat(outbox, runner, clock, drainer, settings.heartbeat_s, self)
        self.idle = IdleWatcher(int(settings.idle_timeout_s * 1000), self)
        self.idle.idle.connect(self._on_idle)
        # "Still there?": built by build_deferred or when first asked, whichever is first.
        self._still_there: StillThereOverlay | None = None
        # Holding the status line for two seconds opens the staff view, when a PIN guards it.
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(2000)
        self._hold_timer.timeout.connect(self.staff.open)
        self.queue_status.installEventFilter(self)
        if not defer_forms:  # the check-in screens and "Still there?" too
            self._build_screens_after_the_first()

    def _build_screens_after_the_first(self) -> None:
        """The attendee screens the first one did not need: check-in, "Still there?".
        Staff's screens (the staff view, the desk, the door chooser) are built when staff
        first open them: a kiosk that staff never touch neither loads nor holds them."""
        if self.checkin is not None:
            self.checkin.build_screens()
        _ = self.still_there

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Each flow loads what it shows; then the status line, the banner and the purge."""
        self._started = True
        for flow in self._every_flow():
            flow.start()
        self.refresh_queue_status()
        self._show_outbox_problem()
        self.purge_personal_data()
        for timer in (self.queue_timer, self.purge_timer):
            timer.start()
        self.heartbeat.start()
        self.idle.start()
        if self.settings.desk and self.desk is not None:
            self._desk_active = True
            self.desk.show()

    def stop(self) -> None:
        for timer in (self.queue_timer, self.purge_timer, self._hold_timer, self._sounds_timer):
            timer.stop()
        self.heartbeat.stop()
        self.idle.stop()
        if self._still_there is not None:
            self._still_there.dismiss()
        for flow in self._every_flow():
            flow.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)

    def _every_flow(self) -> tuple[Flow, ...]:
        """The flows built so far; the start flow last (its reset shows the start screen
        once the others are wiped)."""
        if self._registration is None:
            return self._flows
        return (self._registration, *self._flows)

    @property
    def registration(self) -> RegistrationFlow:
        """The registration flow (the register form and the confirmation), built now if
        it was deferred and nobody needed it yet."""
        if self._registration is None:
            self.build_deferred()
        assert self._registration is not None
        return self._registration

    @property
    def still_there(self) -> StillThereOverlay | None:
        """The "Still there?" question (None: the settings ask no question before the
        idle reset), built now if nobody needed it yet."""
        warning_s = min(self.settings.idle_warning_s, self.settings.idle_timeout_s)
        if self._still_there is None and warning_s >= 1:
            overlay = self._still_there = StillThereOverlay(round(warning_s), self)
            overlay.kept.connect(self.idle.start)
            overlay.timed_out.connect(self._walked_away)
            overlay.start_over.connect(self._walked_away)
        return self._still_there

    @Slot()
    def build_deferred(self) -> None:
        """Build what ``defer_forms`` left for later (nothing when it is built): the event
        page, the check-in screens, "Still there?", the register form and the
        confirmation. (All but the last two are built on first use in any case.)"""
        self.browse.build_page()
        if "staff" in vars(self):  # not while __init__ builds the form before the staff
            self._build_screens_after_the_first()
        if self._registration is not None:
            return
        flow = self._registration = self._make_registration()
        flow.back.connect(self.browse.show_open_event)
        flow.submitted.connect(self.browse.refresh_open_event)
        flow.done.connect(self.reset_to_start)
        if self._started:
            flow.start()

    @Slot(object)
    def _on_register_requested(self, details: EventDetails) -> None:
        self.registration.open_for(details)

    @Slot(object)
    def _on_details_refreshed(self, details: EventDetails) -> None:
        if self._registration is not None:  # not built: no form open to update
            self._registration.update_details(details)

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
            self.staff.request_close()

    # ------------------------------------------------------------------ screens (Shell)

    def add_screen(self, screen: QWidget) -> None:
        self.stack.addWidget(screen)

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        self.stack.settle_focus()  # shown again (the start after a reset) counts too
        flow = self._registration
        if flow is not None and not self.sounds.requested and screen in (
                flow.register_screen, flow.confirmation_screen):
            self._sounds_timer.start()  # a screen that plays cues: load them now

    @Slot()
    def show_start(self) -> None:
        """The start screen: the events, or on a door scanner the scan screen (the staff
        desk while staff work at it)."""
        if self._desk_active and self.desk is not None:
            self.desk.show()
        elif self.checkin is not None and self.checkin.is_start:
            self.checkin.show_scan()
        else:
            self.browse.show_start()

    # ------------------------------------------------------------------ the staff desk

    @Slot()
    def _open_desk(self) -> None:
        """The staff view's "Desk mode", with the PIN just given."""
        if self.desk is None:
            return
        self._desk_active = True
        self.staff.lock()
        self.desk.enter_unlocked()

    @Slot()
    def _leave_desk(self) -> None:
        """Staff gave the PIN to leave the desk: the kiosk's start, its door as before."""
        self._desk_active = False
        if self.checkin is not None and self._door_before is not None:
            self.checkin.set_door(*self._door_before)
        self._door_before = None
        self.show_start()

    @Slot(str)
    def _on_desk_search_requested(self, event: str) -> None:
        """The check-in flow's name search, for the desk's event."""
        if self.checkin is None:
            return
        current = (self.checkin.settings.event, self.checkin.settings.session)
        if current != (event, ""):
            if self._door_before is None:
                self._door_before = current
            self.checkin.set_door(event, "")
        self.checkin.open_search()

    @Slot()
    def _back_to_desk(self) -> None:
        """The search or a check-in result is done: back at the desk, if staff are at it."""
        if self._desk_active and self.desk is not None:
            self.desk.show()

    @Slot(str)
    def _on_wedge_scanned(self, text: str) -> None:
        """A scan on any attendee screen checks in at once; staff at work are not pulled
        away from the staff view."""
        shown = self.stack.currentWidget()
        if self.checkin is None or shown is self.staff.screen_built or (
                self.door is not None and self.door.shows(shown)):
            log.info("scan ignored: the staff view is open")
            return
        self.checkin.scan(text)

    @Slot()
    def _on_staff_locked(self) -> None:
        """The staff view locked again (left alone, idle reset): the door chooser goes."""
        if self.door is not None and self.door.shows(self.stack.currentWidget()):
            self.door.reset()
            self.show_start()

    @Slot()
    def reset_to_start(self) -> None:
        """Back to the start with nothing of the last person left on any screen."""
        if self._still_there is not None:
            self._still_there.dismiss()
        for flow in self._every_flow():
            flow.reset()
        translations().use_default()  # the next person starts in the kiosk's language
        self.keys.forget_keys()  # and with no keyboard focus outline
        reset_presentation(self)  # ... at the standard text size and contrast
        reset_keyboard()  # the next person gets the keyboard's language and letters back
        self.refresh_queue_status()
        if self._desk_active and self.desk is not None:
            self.desk.show()  # locked by its reset, the form kept behind the lock

    @Slot()
    def _on_idle(self) -> None:
        if (self.desk is not None and self.desk.screen_built
                and self.stack.currentWidget() is self.desk.screen):
            self.idle.start()  # no idle reset at the desk: it locks itself
            return
        if self.still_there is not None and self._something_to_lose():
            log.info("idle: asking whether anyone is still there")
            self.still_there.open()
            return
        self._walked_away()

    @Slot()
    def _walked_away(self) -> None:
        log.info("idle: back to the start")
        self.reset_to_start()
        self.idle.start()

    def _something_to_lose(self) -> bool:
        """The register form with something typed in it: worth asking before wiping. Any
        other screen (the events, a confirmation, the staff view with its own lock) just
        goes back to the start."""
        if self._registration is None:
            return False
        form = self._registration.register_screen
        if self.stack.currentWidget() is not form:
            return False
        return any(
            edit.text() and not edit.isReadOnly() for edit in form.findChildren(QLineEdit)
        )

    # ------------------------------------------------------------------ banner (Shell)

    def show_notice(self, source: NoticeSource, message: Text, level: NoticeLevel) -> None:
        self._notices[source] = (message, level)
        self._show_banner()

    def clear_notice(self, source: NoticeSource) -> None:
        self._notices.pop(source, None)
        self._show_banner()

    def _show_banner(self) -> None:
        """One strip for every source: a kiosk that cannot save registrations matters more
        than a configuration error, which matters more than being offline."""
        if not self._notices:
            self.banner.clear_message()
            return
        source = min(
            self._notices,
            key=lambda s: (_URGENCY.index(self._notices[s][1]), _SOURCES.index(s)),
        )
        message, level = self._notices[source]
        self.banner.show_message(text_of(message), level.value)

    def retranslate(self) -> None:
        """After a language switch: the banner and the queue line in the new language."""
        self._show_banner()

    @Slot()
    def _show_outbox_problem(self) -> None:
        """The drainer says whether the outbox can record results; staff must act if not."""
        if self.drainer is None:
            return
        problem = self.drainer.outbox_problem is not None
        notice = (self._cannot_save, NoticeLevel.ERROR) if problem else None
        if notice == self._notices.get(NoticeSource.OUTBOX):
            return
        if notice is None:
            self.clear_notice(NoticeSource.OUTBOX)
        else:
            self.show_notice(NoticeSource.OUTBOX, *notice)

    def _cannot_save(self) -> str:
        return self.tr(
            "This kiosk cannot save registrations right now. Staff: check the data folder."
        )

    # ------------------------------------------------------------------ status line (Shell)

    @Slot()
    def refresh_queue_status(self) -> None:
        if self._queue_status_reading:
            self._queue_status_again = True
            return
        self._queue_status_reading = True
        self.runner.run(
            self.outbox.queued_count, self._on_queue_status, self._on_queue_status_failed
        )

    def _queue_status_read(self) -> None:
        self._queue_status_reading = False
        if self._queue_status_again:
            self._queue_status_again = False
            self.refresh_queue_status()

    def _on_queue_status_failed(self, error: BaseException) -> None:
        self._queue_status_read()
        log.warning("the queue status could not be read: %s", type(error).__name__)

    def _on_queue_status(self, status: tuple[int, datetime | None]) -> None:
        self._queue_status_read()
        count, oldest = status
        if count == 0 or oldest is None:
            self.queue_status.hide()
            return
        minutes = max(int((self.clock() - oldest).total_seconds() // 60), 0)
        say(self.queue_status.setText, lambda: self.tr(
            "%Ln registration(s) waiting to be sent, the oldest for %1 min", None, count
        ).replace("%1", QLocale().toString(minutes)))
        self.queue_status.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.queue_status and self.staff.guarded:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._hold_timer.start()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._hold_timer.stop()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ outbox

    @Slot()
    def purge_personal_data(self) -> None:
        cutoff = self.clock() - timedelta(hours=self.settings.purge_after_h)
        self.runner.run(lambda: self.outbox.purge_personal_data(cutoff), lambda _: None)
