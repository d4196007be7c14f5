"""Checking people in: the scan screen, the result, staff's name search, the offline list."""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.api.errors import ApiError
from kiosk.api.models import AttendeeHit, AttendeeRecord, Event, Session
from kiosk.services.badges import BadgeData
from kiosk.services.catalog import Catalog, EventDetails
from kiosk.services.checkin import CheckInKind, CheckInOutcome, CheckInService, extract_code
from kiosk.services.drainer import OutboxDrainer
from kiosk.services.outbox import OutboxError
from kiosk.ui.flows.badges import CHECKIN, Badges, badge_date
from kiosk.ui.flows.shell import NoticeLevel, NoticeSource, Shell, repeating_timer

if TYPE_CHECKING:  # the screens' modules load with the screens (build_screens)
    from kiosk.ui.camera import CameraScanner
    from kiosk.ui.screens.checkin_result import CheckInResultScreen, ResultContext
    from kiosk.ui.screens.checkin_search import StaffSearchScreen
    from kiosk.ui.screens.scan import ScanScreen
    from kiosk.ui.sounds import ResultSounds

log = logging.getLogger(__name__)

SUCCESS, PROBLEM = "success", "problem"  # the two result sounds (kiosk.ui.sounds)

CHECKING_AFTER_MS = 100  # no answer yet: say "Checking your code…" (never a dead wait)
CAMERA_REPEAT_S = 3.0  # a code still held up this long after its result is not a new scan


class KioskMode(enum.StrEnum):
    """What the kiosk is for (``[screen] mode``)."""

    BOTH = "both"  # register walk-ups; "Already registered? Scan your code" on the start
    REGISTER = "register"  # no check-in anywhere
    CHECKIN = "checkin"  # a door scanner: the scan screen is the start


@dataclass(frozen=True)
class CheckInSettings:
    """What the check-in flow needs of the ``[screen]`` settings, and its tuning."""

    mode: KioskMode = KioskMode.BOTH
    event: str = ""  # readable id of the door's event; "": whatever event a code is for
    session: str = ""  # a room door: this session of ``event``
    result_s: float = 5  # the result stays this long (or until a tap)
    sound: bool = True
    list_sync_s: float = 30  # the offline check-in list is brought up to date this often
    search_delay_ms: int = 250  # typing pauses this long before a name search runs
    # The camera and the sounds (QtMultimedia, zxing-cpp: about 0.1 s and 15-20 MB) are
    # set up when first needed (the scan screen shown, a scan), and never sooner than this
    # long after the start, so they do not delay the first screen.
    devices_after_ms: int = 1000


class CheckInFlow(QObject):
    """From a code (wedge scanner, camera, typed, or staff's pick from a name search) to
    the result on screen: the check-in runs off the GUI thread, the latest scan's answer
    wins, and the result goes back to the scan screen by itself. It also keeps the
    offline check-in list fresh and tells staff when the server refuses the staff token.

    Personal data on its screens (a typed code, a search, a record) goes at the idle
    reset; the search also when staff leave it or the staff view locks again.

    Signals:
        left(): the attendee went back to the events (a kiosk that also registers).
        search_requested(): staff want the name search; the staff flow asks for the PIN.
        search_closed(): staff are done with the search; the staff view must lock.
        where_changed(str, str): the door's event and session as staff read them (names
            once loaded, else ids; "" for any event or the whole event).
        result_closed(): the result went back to the scan screen (by itself or a tap).
    """

    left = Signal()
    search_requested = Signal()
    search_closed = Signal()
    where_changed = Signal(str, str)
    result_closed = Signal()

    def __init__(
        self,
        shell: Shell,
        service: CheckInService,
        catalog: Catalog,
        drainer: OutboxDrainer | None,
        settings: CheckInSettings,
        camera: Callable[[], CameraScanner] | None = None,
        *,
        search_allowed: bool = False,
        badges: Badges | None = None,
        sounds: ResultSounds | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``sounds``: the window's result cues, shared with registration (None: the flow
        makes its own from ``settings.sound``);
        ``camera`` makes the camera scanner (after the start; None: no camera);
        ``search_allowed``: a staff PIN guards the kiosk (no PIN, no personal data);
        ``badges``: the badge printer (None or switched off: no badges)."""
        super().__init__(parent)
        self.badges = badges or Badges(None)
        self._shell = shell
        self.service = service
        self._catalog = catalog
        self._drainer = drainer
        self.settings = settings
        self._make_camera = camera
        self.camera: CameraScanner | None = None
        self.sounds: ResultSounds | None = sounds
        self.last_sound: str | None = None  # SUCCESS or PROBLEM, asked for with a result
        self._search_allowed = search_allowed
        self._generation = 0  # bumped on every reset; answers for a walked-away visitor drop
        self._scans = 0  # numbers each scan: only the latest one's answer is shown
        self._shown = 0  # the number of the scan whose answer is on screen
        self._searches = 0  # numbers each search call: only the latest one's answer counts
        self._syncing = False
        self._synced_event = ""  # the event the sync under way is for
        self._token_refused = False
        self._event_name = ""
        self._session_name = ""
        self._last_camera: tuple[str, float] = ("", 0.0)
        self._devices_allowed = False  # the first screen is up: QtMultimedia may load

        # The scan, result and search screens: built by build_screens, when first needed
        # or once the first screen is up (the window's build_deferred), whichever is first.
        self._screens: tuple[ScanScreen, CheckInResultScreen, StaffSearchScreen] | None = None
        self._checking_timer = QTimer(self)
        self._checking_timer.setSingleShot(True)
        self._checking_timer.setInterval(CHECKING_AFTER_MS)
        self._checking_timer.timeout.connect(self._on_checking_timer_timeout)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(settings.search_delay_ms)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.sync_timer = repeating_timer(self, settings.list_sync_s, self._on_sync_timer_timeout)
        self._devices_timer = QTimer(self)
        self._devices_timer.setSingleShot(True)
        self._devices_timer.setInterval(settings.devices_after_ms)
        self._devices_timer.timeout.connect(self._on_devices_timer_timeout)

    # ------------------------------------------------------------------ the screens

    def build_screens(self) -> None:
        """Build the scan, result and search screens (once). A kiosk whose start screen
        is the events list shows its first screen without them: about 40 ms less."""
        if self._screens is not None:
            return
        from kiosk.ui.screens.checkin_result import CheckInResultScreen
        from kiosk.ui.screens.checkin_search import StaffSearchScreen
        from kiosk.ui.screens.scan import ScanScreen

        scan = ScanScreen(can_go_back=self.settings.mode is KioskMode.BOTH)
        result = CheckInResultScreen(int(self.settings.result_s * 1000))
        search = StaffSearchScreen(can_reprint=self.badges.enabled)
        self._screens = (scan, result, search)
        for screen in self._screens:
            self._shell.add_screen(screen)
        scan.back.connect(self.left)
        scan.code_entered.connect(self._on_scan_screen_code_entered)
        scan.search_requested.connect(self.search_requested)
        scan.scanning_changed.connect(self._on_scan_screen_scanning_changed)
        result.done.connect(self._on_result_screen_done)
        result.done.connect(self.result_closed)
        search.back.connect(self._on_search_screen_back)
        search.query_changed.connect(self._on_search_screen_query_changed)
        search.hit_chosen.connect(self._on_search_screen_hit_chosen)
        search.check_in_requested.connect(self._on_search_screen_check_in_requested)
        search.reprint_requested.connect(self._on_search_screen_reprint_requested)
        # What the flow learnt before its screens existed.
        scan.set_where(self._event_name, self._session_name)
        self._update_search_button()

    @property
    def screens_built(self) -> bool:
        return self._screens is not None

    @property
    def scan_screen(self) -> ScanScreen:
        self.build_screens()
        assert self._screens is not None
        return self._screens[0]

    @property
    def result_screen(self) -> CheckInResultScreen:
        self.build_screens()
        assert self._screens is not None
        return self._screens[1]

    @property
    def search_screen(self) -> StaffSearchScreen:
        self.build_screens()
        assert self._screens is not None
        return self._screens[2]

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """The door's event (its name, its sessions), the offline list, the start screen."""
        self._update_search_button()
        self._emit_where()
        if self.settings.event:
            self._load_event()
            self._sync_list()
            self.sync_timer.start()
        if self.settings.mode is KioskMode.CHECKIN:
            self.show_scan()
        self._devices_timer.start()

    def stop(self) -> None:
        for timer in (
            self.sync_timer, self._checking_timer, self._search_timer, self._devices_timer
        ):
            timer.stop()
        if self._screens is not None:
            self.result_screen.stop()
        if self.camera is not None:
            self.camera.stop()

    def reset(self) -> None:
        """No result, code or search of the last visitor stays; a door kiosk shows the scan
        screen again."""
        self._generation += 1
        self._checking_timer.stop()
        if self._screens is not None:
            self.result_screen.forget()
            self.scan_screen.forget_code()
            self.scan_screen.show_scan_page()
        self._forget_search()
        if self.settings.mode is KioskMode.CHECKIN:
            self.show_scan()

    @property
    def is_start(self) -> bool:
        """The scan screen is the kiosk's start screen (a door scanner)."""
        return self.settings.mode is KioskMode.CHECKIN

    @Slot()
    def show_scan(self) -> None:
        self.scan_screen.show_scan_page()
        self._shell.show_screen(self.scan_screen)

    @Slot(str, str)
    def set_door(self, event: str, session: str) -> None:
        """Staff chose the door's event (readable id; "": any event) and session: scans
        go there from now on, the scan screen says so, the offline list follows."""
        if (event, session) == (self.settings.event, self.settings.session):
            self._emit_where()
            return
        self.settings = replace(self.settings, event=event, session=session if event else "")
        self._event_name = ""
        self._session_name = ""
        if self._screens is not None:
            self.scan_screen.set_where("", "")
        self._emit_where()
        self._update_search_button()
        if event:
            self._load_event()
            self._sync_list()
            self.sync_timer.start()
        else:
            self.sync_timer.stop()

    def _emit_where(self) -> None:
        self.where_changed.emit(
            self._event_name or self.settings.event,
            self._session_name or self.settings.session,
        )

    # ------------------------------------------------------------------ checking in

    @Slot(str)
    def scan(self, text: str) -> None:
        """Check in whoever's code is in ``text``, whatever screen is shown. A search in
        progress ends with it: whoever comes next may be anyone, so the PIN is needed
        again."""
        self._load_sounds()  # a wedge scan from any screen: loaded before its answer's cue
        if self._screens is not None and self.search_screen.isVisible():
            self._forget_search()
            self.search_closed.emit()
        self._scans += 1
        number = self._scans
        generation = self._generation
        self._checking_timer.start()
        self._shell.runner.run(
            lambda: self._check_in(text),
            lambda done: self._on_checked(generation, number, *done, text=text),
            lambda error: self._on_check_failed(generation, number, error),
            urgent=True,
        )

    def _check_in(self, text: str) -> tuple[CheckInOutcome, ResultContext]:
        """Off the GUI thread: the check-in, then what the catalog adds to its answer."""
        outcome = self.service.check_in(
            text, self.settings.event or None, self.settings.session or None,
            event_name=self._event_name,
        )
        return outcome, self._context(outcome)

    def _context(self, outcome: CheckInOutcome) -> ResultContext:
        from kiosk.ui.screens.checkin_result import ResultContext

        if outcome.kind is CheckInKind.WRONG_EVENT and outcome.other_event_id:
            return ResultContext(other_event=self._known_event(outcome.other_event_id))
        if outcome.kind is CheckInKind.CHECKED_IN and outcome.session_ids:
            return ResultContext(sessions_today=self._sessions_today(outcome.session_ids))
        return ResultContext()

    def _known_event(self, readable_id: str) -> Event | None:
        snapshot = self._catalog.stored_events()
        for summary in snapshot.events if snapshot is not None else ():
            if summary.readable_id == readable_id:
                return summary.event
        details = self._catalog.stored_details(readable_id)
        return details.event if details is not None else None

    def _sessions_today(self, session_ids: tuple[str, ...]) -> tuple[Session, ...]:
        """The attendee's sessions that start today (the venue's day), by start time, from
        the catalog's copy of the door's event, or of any event holding them."""
        wanted = {sid.lower() for sid in session_ids}
        if self.settings.event:
            candidates = [self.settings.event]
        else:
            snapshot = self._catalog.stored_events()
            candidates = [s.readable_id for s in snapshot.events] if snapshot else []
        today = self._shell.clock().astimezone().date()
        for readable_id in candidates:
            details = self._catalog.stored_details(readable_id)
            found = [
                s for s in (details.sessions if details is not None else ())
                if s.id.lower() in wanted
            ]
            if found:
                starts = [
                    (start, s) for s in found
                    if (start := s.start_time_utc) is not None
                    and start.astimezone().date() == today
                ]
                return tuple(s for _, s in sorted(starts, key=lambda pair: pair[0]))
        return ()

    def _on_checked(
        self, generation: int, number: int, outcome: CheckInOutcome, context: ResultContext,
        *, text: str = "",
    ) -> None:
        from kiosk.ui.screens.checkin_result import ResultLevel, level_of

        self._shell.refresh_queue_status()
        if outcome.queued and self._drainer is not None:
            self._drainer.wake()
        # Printed whether or not the attendee is still looking (the print log keeps it
        # to once per registration): they walked in, their badge should be there.
        printing = self._print_badge(outcome, text)
        if generation != self._generation or number < self._shown:
            return  # the visitor walked away, or a later scan's answer is on screen
        self._shown = number
        if number == self._scans:
            self._checking_timer.stop()
        self.result_screen.show_outcome(outcome, context)
        if printing:
            trouble = self.badges.in_trouble  # as it stands now; the line is not updated

            def badge_line() -> str:
                if trouble:
                    return self.tr("Please collect your badge from a staff member.")
                return self.tr("Your badge is printing.")

            self.result_screen.add_line(badge_line)
        self._shell.show_screen(self.result_screen)
        success = level_of(outcome.kind) is ResultLevel.SUCCESS
        self._play(SUCCESS if success else PROBLEM)
        log.info("check-in result shown: %s%s", outcome.kind, " (offline)" if outcome.offline
                 else "")

    # ------------------------------------------------------------------ badges

    def _print_badge(self, outcome: CheckInOutcome, text: str) -> bool:
        """A first check-in (``CHECKED_IN``: confirmed by the server, or answered from the
        offline list) prints the attendee's badge; whether one was asked for."""
        if outcome.kind is not CheckInKind.CHECKED_IN or not self.badges.prints_on(CHECKIN):
            return False
        code = extract_code(text)
        if not code:
            return False
        first_name = " ".join((outcome.first_name or "").split())
        registration_id = outcome.registration_id
        readable_id = self.settings.event
        event_name = self._event_name
        offline = outcome.offline

        def make() -> BadgeData:
            # The last name only from the server (with the staff token); offline, or
            # without a token, the badge carries the first name only.
            first, last = first_name, ""
            if (not offline and registration_id and readable_id
                    and self.service.supports_search):
                try:
                    record = self.service.attendee(readable_id, registration_id)
                    first = " ".join(record.first_name.split()) or first
                    last = " ".join(record.last_name.split())
                except Exception as exc:  # the badge prints without it
                    log.info("badge without the last name (%s)", type(exc).__name__)
            details = self._catalog.stored_details(readable_id) if readable_id else None
            return BadgeData(
                first_name=first, last_name=last,
                event_name=event_name or (details.event.event_name if details else ""),
                date_text=badge_date(details.event if details else None),
                check_in_code=code,
            )

        # Keyed by the code, not the registration id: a badge printed at a kiosk
        # registration (which knows only the code) is then not printed again here.
        self.badges.print_later(self._shell.runner, None, make)
        return True

    @Slot(object)
    def _on_search_screen_reprint_requested(self, record: AttendeeRecord) -> None:
        """Staff reprint the open record's badge (logged as a reprint)."""
        code = record.check_in_code
        if not code or not self.badges.enabled:
            return
        readable_id = self.settings.event
        first = " ".join(record.first_name.split())
        last = " ".join(record.last_name.split())
        event_name = self._event_name

        def make() -> BadgeData:
            details = self._catalog.stored_details(readable_id) if readable_id else None
            return BadgeData(
                first_name=first, last_name=last,
                event_name=event_name or (details.event.event_name if details else ""),
                date_text=badge_date(details.event if details else None),
                check_in_code=code,
            )

        self.badges.print_later(self._shell.runner, None, make, reprint=True)
        self.search_screen.show_reprint_sent()

    def _on_check_failed(self, generation: int, number: int, error: BaseException) -> None:
        if isinstance(error, OutboxError):
            log.error("outbox unusable: %s", error)
            self._shell.show_notice(
                NoticeSource.OUTBOX,
                lambda: self.tr(
                    "This kiosk cannot save check-ins right now. Staff: check the data folder."
                ),
                NoticeLevel.ERROR,
            )
        elif isinstance(error, ApiError):
            log.warning("check-in refused by the events API: %s", error.kind)
        else:
            log.error("check-in failed unexpectedly", exc_info=error)
        if generation != self._generation or number < self._shown:
            return
        self._shown = number
        if number == self._scans:
            self._checking_timer.stop()
        self.result_screen.show_failure()
        self._shell.show_screen(self.result_screen)
        self._play(PROBLEM)

    def _play(self, sound: str) -> None:
        """Never the only signal: the screen says it too (and the sounds may be off)."""
        self.last_sound = sound
        if self.sounds is not None:
            self.sounds.play(sound)

    @Slot()
    def _on_checking_timer_timeout(self) -> None:
        self.result_screen.show_checking()
        self._shell.show_screen(self.result_screen)

    @Slot()
    def _on_result_screen_done(self) -> None:
        self.show_scan()

    @Slot(str)
    def _on_scan_screen_code_entered(self, code: str) -> None:
        self.scan(code)

    # ------------------------------------------------------------------ camera and sounds

    @Slot()
    def _on_devices_timer_timeout(self) -> None:
        """The first screen is up: QtMultimedia (the sounds, the camera) may load now, and
        does at once if the scan page is on screen (a door kiosk's start), else when it
        first is. Until then the kiosk does without its 15-20 MB."""
        self._devices_allowed = True
        if self._screens is not None and self.scan_screen.scanning:
            self._load_devices()
        else:
            log.info("camera and sounds wait for a screen that needs them")

    def _load_sounds(self) -> None:
        """The result cues, loaded before the first one can be asked for (loading takes
        about 0.1 s; a cue asked for while the file still loads plays once it is in)."""
        from kiosk.ui.sounds import ResultSounds  # QtMultimedia: kept off the start-up path

        if self.sounds is None:
            self.sounds = ResultSounds(self.settings.sound, parent=self)
        self.sounds.load()

    def _load_devices(self) -> None:
        """The sounds and the camera (running at once if the scan page is on screen)."""
        self._load_sounds()
        if self._make_camera is None or self.camera is not None:
            return
        camera = self.camera = self._make_camera()
        if camera.parent() is None:
            camera.setParent(self)  # gone with the flow, on this thread
        self.scan_screen.set_camera_available(camera.available)
        camera.availability_changed.connect(self.scan_screen.set_camera_available)
        camera.frame_changed.connect(self.scan_screen.show_frame)
        camera.decoded.connect(self._on_camera_decoded)
        if self.scan_screen.scanning:
            camera.start()

    @Slot(bool)
    def _on_scan_screen_scanning_changed(self, scanning: bool) -> None:
        """The camera runs only while the scan page is on screen (made the first time)."""
        if scanning and self._devices_allowed and self.camera is None:
            self._load_devices()  # starts the camera when there is one
            return
        if self.camera is None:
            return
        if scanning:
            self.camera.start()
        else:
            self.camera.stop()

    @Slot(str)
    def _on_camera_decoded(self, text: str) -> None:
        if not self.scan_screen.scanning:
            return
        now = time.monotonic()
        last_text, last_at = self._last_camera
        if text == last_text and now - last_at < self.settings.result_s + CAMERA_REPEAT_S:
            return  # the same phone, still held up after its result: not a new scan
        self._last_camera = (text, now)
        self.scan(text)

    # ------------------------------------------------------------------ the door's event

    def _load_event(self) -> None:
        """Its name and the session's for the scan screen: the copy on disk at once, then
        the live one (retried with each list sync until it comes)."""
        readable_id = self.settings.event
        runner = self._shell.runner
        runner.run(lambda: self._catalog.stored_details(readable_id), self._on_event_details)
        runner.run(
            lambda: self._catalog.load_event(readable_id), self._on_event_details,
            self._on_event_details_failed,
        )

    def _on_event_details(self, details: EventDetails | None) -> None:
        if details is None or (
                details.event.readable_event_id.lower() != self.settings.event.lower()):
            return  # none yet, or staff chose another door meanwhile
        self._event_name = details.event.event_name
        session_name = ""
        if self.settings.session:
            wanted = self.settings.session.lower()
            session = next((s for s in details.sessions if s.id.lower() == wanted), None)
            session_name = session.name if session is not None else ""
        self._session_name = session_name
        if self._screens is not None:
            self.scan_screen.set_where(self._event_name, session_name)
        self._emit_where()

    def _on_event_details_failed(self, error: BaseException) -> None:
        log.info("the door's event is not loaded yet (%s)",
                 error.kind if isinstance(error, ApiError) else type(error).__name__)

    # ------------------------------------------------------------------ the offline list

    @Slot()
    def _on_sync_timer_timeout(self) -> None:
        if not self._event_name:
            self._load_event()
        self._sync_list()

    def _sync_list(self) -> None:
        """Bring the offline list up to date (it needs the staff token and the door's
        event); one sync at a time."""
        if self._syncing or not self.service.supports_search or not self.settings.event:
            return
        self._syncing = True
        readable_id = self._synced_event = self.settings.event
        self._shell.runner.run(
            lambda: self.service.sync_list(readable_id),
            self._on_list_synced,
            self._on_list_sync_failed,
        )

    def _on_list_synced(self, _: None) -> None:
        self._syncing = False
        self._synced_event = ""  # the event the sync under way is for
        self._token_refused = False
        self._shell.clear_notice(NoticeSource.CHECKIN)
        self._update_search_button()

    def _on_list_sync_failed(self, error: BaseException) -> None:
        self._syncing = False
        if self.settings.event and self._synced_event != self.settings.event:
            self._sync_list()  # another door now: its list may well come
            return
        if not isinstance(error, ApiError):
            log.error("check-in list sync failed unexpectedly", exc_info=error)
            return
        # sync_list raises only what staff must fix: the server refuses the staff token.
        log.warning("check-in list refused: %s", error.kind)
        self._token_refused = True
        self._update_search_button()
        kind = error.kind
        self._shell.show_notice(
            NoticeSource.CHECKIN,
            lambda: self.tr(
                "The events server does not accept this kiosk's staff token (%1). Check-ins "
                "still work, but without the offline list and the name search. Staff: "
                "check the staff token."
            ).replace("%1", kind),
            NoticeLevel.ERROR,
        )

    # ------------------------------------------------------------------ staff's name search

    def _update_search_button(self) -> None:
        if self._screens is None:
            return  # build_screens asks again
        self.scan_screen.set_search_available(
            self._search_allowed
            and bool(self.settings.event)
            and self.service.supports_search
            and not self._token_refused
        )

    @Slot()
    def open_search(self) -> None:
        """Staff gave the PIN: a fresh search."""
        self._searches += 1
        self.search_screen.open()
        self._shell.show_screen(self.search_screen)

    @Slot()
    def forget_search(self) -> None:
        """The staff view locked again: the search goes, and the scan screen takes its
        place if it was shown."""
        shown = self._screens is not None and self.search_screen.isVisible()
        self._forget_search()
        if shown:
            self.show_scan()

    def _forget_search(self) -> None:
        self._searches += 1
        self._search_timer.stop()
        if self._screens is not None:
            self.search_screen.clear()

    @Slot()
    def _on_search_screen_back(self) -> None:
        self._forget_search()
        self.show_scan()
        self.search_closed.emit()

    @Slot(str)
    def _on_search_screen_query_changed(self, query: str) -> None:
        from kiosk.ui.screens.checkin_search import MIN_QUERY

        self._searches += 1  # an answer to an older query no longer counts
        if sum(ch.isalnum() for ch in query) < MIN_QUERY:
            self._search_timer.stop()
            self.search_screen.show_too_short()
            return
        self._search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        query = self.search_screen.field.text()
        readable_id = self.settings.event
        self._searches += 1
        number = self._searches
        self.search_screen.show_searching()
        self._shell.runner.run(
            lambda: self.service.search(readable_id, query),
            lambda hits: self._on_hits(number, hits),
            lambda error: self._on_search_failed(number, error),
        )

    def _on_hits(self, number: int, hits: list[AttendeeHit]) -> None:
        if number == self._searches:
            self.search_screen.show_hits(hits)

    def _on_search_failed(self, number: int, error: BaseException) -> None:
        log.warning("attendee search failed: %s",
                    error.kind if isinstance(error, ApiError) else type(error).__name__)
        if number == self._searches:
            self.search_screen.show_search_failed()

    @Slot(str)
    def _on_search_screen_hit_chosen(self, registration_id: str) -> None:
        readable_id = self.settings.event
        self._searches += 1
        number = self._searches
        self._shell.runner.run(
            lambda: self.service.attendee(readable_id, registration_id),
            lambda record: self._on_record(number, record),
            lambda error: self._on_record_failed(number, error),
        )

    def _on_record(self, number: int, record: AttendeeRecord) -> None:
        if number == self._searches:
            self.search_screen.show_record(record)

    def _on_record_failed(self, number: int, error: BaseException) -> None:
        log.warning("attendee record not loaded: %s",
                    error.kind if isinstance(error, ApiError) else type(error).__name__)
        if number == self._searches:
            self.search_screen.show_record_failed()

    @Slot(str)
    def _on_search_screen_check_in_requested(self, code: str) -> None:
        """Staff picked the person: the same check-in as a scan (which ends the search)."""
        self.scan(code)
