"""Browsing: the events list and an event's page, kept fresh from the catalog."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.api.errors import ApiError, OriginRejectedError, TokenRejectedError
from kiosk.api.images import image_type
from kiosk.api.models import Event, Speaker, Sponsorship
from kiosk.services.catalog import (
    FIRST_SCREENFUL,
    Catalog,
    EventDetails,
    EventsSnapshot,
    counts_in_list,
)
from kiosk.services.drainer import OutboxDrainer
from kiosk.services.images import QrMatrix, decode_embedded_image, qr_matrix
from kiosk.ui import text
from kiosk.ui.flows.shell import NoticeLevel, NoticeSource, Shell, repeating_timer
from kiosk.ui.screens.events import EventsScreen

if TYPE_CHECKING:  # imported with the page itself (build_page): after the first screen
    from kiosk.ui.models import ImageListModel
    from kiosk.ui.screens.event import EventScreen

log = logging.getLogger(__name__)

TICK_S = 15  # the clock on the start screen and the event page's availability
# An event never cached whose details have not come after this long says so and offers
# the way back (the request goes on: the page fills in if the answer comes later).
DETAILS_PATIENCE_S = 4.0
EVENT_PICTURE_MAX_SIDE = 960  # px: a card or the page banner at 1920x1080, not larger
# Decoded event pictures kept (up to 1.8 MB each): the cards on screen and the next
# screenful, twice over. Only those cards' pictures are decoded; a list of 1,000 pictured
# events held every one of them (GBs).
PICTURES_KEPT = 48


class BrowseFlow(QObject):
    """The start of every visit: the events list, an event's page with its pictures and
    QR code, their refreshes, and what the banner says about the catalog's freshness. It
    owns the catalog's side of the kiosk, so the window only shows what it is handed.

    Signals:
        register_requested(object): the attendee tapped Register; the open EventDetails.
        details_refreshed(object): fresh EventDetails of the open event (counts may differ).
        scan_requested(): the attendee wants to check in ("Already registered?").
    """

    register_requested = Signal(object)
    details_refreshed = Signal(object)
    scan_requested = Signal()

    def __init__(
        self,
        shell: Shell,
        catalog: Catalog,
        drainer: OutboxDrainer | None,
        events_refresh_s: float,
        counts_refresh_s: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shell = shell
        self.catalog = catalog
        self._drainer = drainer
        self._generation = 0  # bumped on every reset; stale results are dropped
        self._open_id: str | None = None
        self._last_events: EventsSnapshot | None = None
        # Cards on screen (and the next screenful) as the events screen last said; their
        # counts and passes are fetched when the published list does not carry them.
        self._visible: tuple[str, ...] = ()
        self._asked: set[str] = set()  # fetched since the last list refresh
        self._summaries_wanted: set[str] = set()
        self._summaries_busy = False
        self._first_list: Future[EventsSnapshot] | None = None  # use_first_list

        self.events_screen = EventsScreen()
        shell.add_screen(self.events_screen)
        self.events_screen.event_chosen.connect(self._on_events_screen_event_chosen)
        self.events_screen.scan_requested.connect(self.scan_requested)
        self.events_screen.visible_events_changed.connect(
            self._on_events_screen_visible_events_changed
        )
        # The event page (60-120 ms to build) after the first screen: ``build_page``, which
        # the window calls once the list is painted, or the first ``event_screen``.
        self._event_screen: EventScreen | None = None

        # Event pictures, decoded once per picture (the key is the event and its image
        # value's hash): a refresh of the list does not decode them again. Only for the
        # cards on screen (and the next screenful) and the open event; the least recently
        # wanted go beyond PICTURES_KEPT.
        self._pictures: dict[str, tuple[int, QImage | None]] = {}
        self._pictures_wanted: set[tuple[str, int]] = set()
        # The page's portraits and logos being fetched: (id of the model, item id).
        self._tiles_asked: set[tuple[int, str]] = set()
        self.patience = QTimer(self)
        self.patience.setSingleShot(True)
        self.patience.setInterval(int(DETAILS_PATIENCE_S * 1000))
        self.patience.timeout.connect(self._on_patience_timeout)

        self.events_timer = repeating_timer(self, events_refresh_s, self.refresh_events)
        self.counts_timer = repeating_timer(self, counts_refresh_s, self.refresh_open_event)
        self.tick_timer = repeating_timer(self, TICK_S, self._on_tick)

    @property
    def event_screen(self) -> EventScreen:
        """The event page, built now if nobody needed it yet."""
        if self._event_screen is None:
            self.build_page()
        assert self._event_screen is not None
        return self._event_screen

    def build_page(self) -> None:
        """Build the event page (nothing when it is built)."""
        if self._event_screen is not None:
            return
        from kiosk.ui.screens.event import EventScreen

        page = self._event_screen = EventScreen()
        self._shell.add_screen(page)
        page.back.connect(self._on_event_screen_back)
        page.register_requested.connect(self._on_event_screen_register_requested)
        page.speaker_images_wanted.connect(self._on_event_screen_speaker_images_wanted)
        page.sponsor_logos_wanted.connect(self._on_event_screen_sponsor_logos_wanted)

    # ------------------------------------------------------------------ life cycle

    def use_first_list(self, first: Future[EventsSnapshot]) -> None:
        """The published list already asked for (``Catalog.refresh_events()`` on a thread
        of the app's while the window was built): ``start`` takes its answer as its first
        refresh instead of asking again."""
        self._first_list = first

    def start(self) -> None:
        """Show the stored list at once, then begin refreshing from the API."""
        self._on_tick()
        self._shell.runner.run(self.catalog.stored_events, self._on_stored_events)
        first, self._first_list = self._first_list, None
        if first is None:
            self.refresh_events()
        else:  # the same as refresh_events() with nothing on screen yet, already asked
            self._shell.runner.run(
                first.result,
                lambda snapshot: self._on_events_refreshed(None, snapshot),
                self._on_events_failed,
            )
        self.events_timer.start()
        self.tick_timer.start()

    def stop(self) -> None:
        for timer in (self.events_timer, self.counts_timer, self.tick_timer, self.patience,
                      self.events_screen.visible_timer):
            timer.stop()
        if self._event_screen is not None:
            self._event_screen.stop()

    def reset(self) -> None:
        """Back to the top of the events list; results for the last visitor are dropped."""
        self._generation += 1
        self.show_start()
        self.events_screen.scroll_to_top()

    @property
    def last_events(self) -> EventsSnapshot | None:
        """The events list last shown (None before the first one arrives)."""
        return self._last_events

    def offer_check_in(self, offered: bool) -> None:
        """The start screen offers "Already registered? Scan your code"."""
        self.events_screen.offer_scan(offered)

    # ------------------------------------------------------------------ navigation

    def show_start(self) -> None:
        """The events list; the event page stops refreshing."""
        self._open_id = None
        self.counts_timer.stop()
        self.patience.stop()
        self._shell.show_screen(self.events_screen)

    def show_open_event(self) -> None:
        """The page of the event last opened (back from the register form)."""
        self._shell.show_screen(self.event_screen)

    @Slot()
    def _on_event_screen_back(self) -> None:
        self.show_start()

    @Slot(str)
    def _on_events_screen_event_chosen(self, readable_id: str) -> None:
        """Paint at once with what is known, then load the rest in the background."""
        self._open_id = readable_id
        generation = self._generation
        runner = self._shell.runner
        cached = self.catalog.cached_details(readable_id)
        summary = next(
            (s for s in (self._last_events.events if self._last_events else ())
             if s.readable_id == readable_id),
            None,
        )
        now = self._shell.clock()
        self.patience.stop()
        if cached is not None:
            self.event_screen.show_event(cached.event, now)
            self.event_screen.show_details(cached, now)
        elif summary is not None:
            self.event_screen.show_event(summary.event, now)
            # A copy from disk (if any) arrives long before a slow network answers.
            runner.run(
                lambda: self.catalog.stored_details(readable_id),
                lambda details: self._on_stored_details(generation, readable_id, details),
            )
        if cached is None:
            self.patience.start()
        self._shell.show_screen(self.event_screen)
        event = cached.event if cached else summary.event if summary else None
        self._load_qr(readable_id, event.public_event_url if event else None)
        if event is not None:
            self._show_page_picture(event)

        def refresh() -> None:
            if generation != self._generation or readable_id != self._open_id:
                return  # left before the page painted
            runner.run(
                lambda: self.catalog.load_event(readable_id),
                lambda details: self._on_details(generation, readable_id, details),
                lambda error: self._on_details_failed(generation, readable_id, error),
            )

        if cached is not None:
            # The page paints from memory first: the refresh (a dozen answers handled on a
            # worker) would share the interpreter with the layout of a long agenda.
            self.event_screen.after_painted(refresh)
        else:
            refresh()
        self.counts_timer.start()

    @Slot()
    def _on_event_screen_register_requested(self) -> None:
        details = self.event_screen.details
        if details is not None:
            self.register_requested.emit(details)

    # ------------------------------------------------------------------ catalog results

    @Slot()
    def refresh_events(self) -> None:
        """The published list; without its count extension, the counts and passes of the
        cards on screen too (the first screenful before the screen has said)."""
        visible = self._visible or None
        self._shell.runner.run(
            lambda: self.catalog.refresh_events(visible),
            lambda snapshot: self._on_events_refreshed(visible, snapshot),
            self._on_events_failed,
        )

    def _on_events_refreshed(
        self, visible: tuple[str, ...] | None, snapshot: EventsSnapshot
    ) -> None:
        if not snapshot.stale:
            self._asked = set(
                visible if visible is not None
                else (s.readable_id for s in snapshot.events[:FIRST_SCREENFUL])
            )
        self._on_events(snapshot)

    @Slot(list)
    def _on_events_screen_visible_events_changed(self, readable_ids: list[str]) -> None:
        """The attendee scrolled (or the list changed): fetch what the new cards lack."""
        self._visible = tuple(readable_ids)
        listed = {s.readable_id: s for s in self._last_events.events} if self._last_events else {}
        for rid in readable_ids:
            if rid in listed:
                self._load_event_picture(listed[rid].event)
        self._summaries_wanted.update(
            rid for rid in readable_ids
            if rid not in self._asked and rid in listed
            and not counts_in_list(listed[rid].event)
        )
        self._fetch_summaries()

    def _fetch_summaries(self) -> None:
        if self._summaries_busy or not self._summaries_wanted:
            return
        wanted = tuple(self._summaries_wanted)
        self._summaries_wanted.clear()
        self._asked.update(wanted)
        self._summaries_busy = True
        self._shell.runner.run(
            lambda: self.catalog.refresh_summaries(wanted),
            lambda snapshot: self._on_summaries(wanted, snapshot),
            self._on_summaries_failed,
        )

    def _on_summaries(self, asked: tuple[str, ...], snapshot: EventsSnapshot | None) -> None:
        self._summaries_busy = False
        if snapshot is not None and self._last_events is not None:
            self._last_events = snapshot
            wanted = set(asked)
            self.events_screen.show_summaries(
                [s for s in snapshot.events if s.readable_id in wanted]
            )
        self._fetch_summaries()

    def _on_summaries_failed(self, error: BaseException) -> None:
        self._summaries_busy = False
        log.info("event counts not fetched (%s)", type(error).__name__)

    def _on_stored_events(self, snapshot: EventsSnapshot | None) -> None:
        if snapshot is not None and self._last_events is None:
            if not snapshot.stale:  # the live list already (the app's first list, asked
                self._on_events(snapshot)  # for before the start): shown as one
                return
            self._last_events = snapshot
            self.events_screen.show_snapshot(snapshot, self._shell.clock())
            self._load_card_pictures(snapshot)

    def _on_events(self, snapshot: EventsSnapshot) -> None:
        if self._last_events is None or self._last_events.stale != snapshot.stale:
            log.info(
                "event list shown: %d event(s)%s",
                len(snapshot.events), " (stale)" if snapshot.stale else "",
            )
        was_stale = self._last_events is None or self._last_events.stale
        self._last_events = snapshot
        if was_stale and not snapshot.stale and self._drainer is not None:
            self._drainer.wake()  # the API answers again: deliver what waits, now
        self.events_screen.show_snapshot(snapshot, self._shell.clock())
        self._load_card_pictures(snapshot)
        self._show_staleness(snapshot.stale, snapshot.fetched_at, snapshot.error)

    def _on_events_failed(self, error: BaseException) -> None:
        self._show_staleness(True, None, error if isinstance(error, ApiError) else None)
        self.events_screen.show_unavailable()

    @Slot()
    def refresh_open_event(self) -> None:
        """Fresh counts for the open event (on a timer, and after a registration)."""
        readable_id = self._open_id
        if readable_id is None:
            return
        generation = self._generation
        self._shell.runner.run(
            lambda: self.catalog.refresh_counts(readable_id),
            lambda details: self._on_details(generation, readable_id, details),
            lambda error: self._on_details_failed(generation, readable_id, error),
        )

    def _on_stored_details(
        self, generation: int, readable_id: str, details: EventDetails | None
    ) -> None:
        """A copy from disk fills the screen while the network answers; it is not a sign
        of being offline, so the banner is left to the live request."""
        if details is None or self.event_screen.details is not None:
            return
        if generation == self._generation and readable_id == self._open_id:
            self.patience.stop()
            self.event_screen.show_details(details, self._shell.clock())

    def _on_details(self, generation: int, readable_id: str, details: EventDetails) -> None:
        if generation != self._generation or readable_id != self._open_id:
            return
        self.patience.stop()
        self.event_screen.show_details(details, self._shell.clock())
        self.details_refreshed.emit(details)
        self._show_staleness(details.stale, details.fetched_at, details.error)

    def _on_details_failed(self, generation: int, readable_id: str, error: BaseException) -> None:
        if generation != self._generation or readable_id != self._open_id:
            return
        if self.event_screen.details is None:
            # The page says it, with the way back; the banner would say it a second time.
            self.patience.stop()
            self.event_screen.show_unavailable()
            log.info("event details unavailable (%s)", type(error).__name__)
            return
        self._show_staleness(True, None, error if isinstance(error, ApiError) else None)

    @Slot()
    def _on_patience_timeout(self) -> None:
        """No details yet, and none on disk: say so now rather than after every retry."""
        if self._open_id is not None and self.event_screen.details is None:
            log.info("event details not answered within %.0f s", DETAILS_PATIENCE_S)
            self.event_screen.show_unavailable()

    def _show_staleness(
        self, stale: bool, fetched_at: datetime | None, error: ApiError | None
    ) -> None:
        if not stale:
            self._shell.clear_notice(NoticeSource.CATALOG)
            return
        if isinstance(error, TokenRejectedError | OriginRejectedError):
            # Staff must act; attendees can still register (it waits in the outbox).
            kind = error.kind
            self._shell.show_notice(
                NoticeSource.CATALOG,
                lambda: self.tr(
                    "The events API does not accept this kiosk's settings (%1). New "
                    "registrations are saved on this kiosk. Staff: check the token and origin."
                ).replace("%1", kind),
                NoticeLevel.ERROR,
            )
            log.warning("catalog refresh refused: %s", error.kind)
            return
        if fetched_at is not None:
            local = fetched_at.astimezone().replace(tzinfo=None)

            def message() -> str:
                return self.tr(
                    "Offline: showing the information from %1. New registrations are saved on "
                    "this kiosk and sent automatically."
                ).replace("%1", text.clock(local))
        else:

            def message() -> str:
                return self.tr(
                    "The event information cannot be loaded right now. Please ask a staff "
                    "member."
                )
        log.info("catalog stale (%s)", error.kind if error else "unknown")
        self._shell.show_notice(NoticeSource.CATALOG, message, NoticeLevel.WARNING)

    @Slot()
    def _on_tick(self) -> None:
        now = self._shell.clock()
        local = now.astimezone()
        self.events_screen.tick(now, lambda: text.clock(local.replace(tzinfo=None)))
        if self._event_screen is not None:
            self._event_screen.update_availability(now)

    # ------------------------------------------------------------------ QR code and pictures

    def _load_qr(self, readable_id: str, url: str | None) -> None:
        self.event_screen.set_qr(())
        if url:
            self._shell.runner.run(
                lambda: qr_matrix(url),
                lambda matrix: self._on_qr(readable_id, matrix),
            )
        else:
            self._shell.runner.run(
                lambda: _decode(self.catalog.event_qr_code(readable_id)),
                lambda image: self._on_qr_image(readable_id, image),
            )

    def _picture_key(self, event: Event) -> int:
        return hash(event.image) if event.image else 0

    def _load_card_pictures(self, snapshot: EventsSnapshot) -> None:
        """Decode the pictures of the cards on screen (before the list has said which,
        the first screenful's) in the background, once each; forget those of events no
        longer listed."""
        listed = {s.readable_id: s for s in snapshot.events}
        for gone in [rid for rid in self._pictures if rid not in listed]:
            self._forget_picture(gone)
        first = snapshot.events[:FIRST_SCREENFUL]
        wanted = self._visible or tuple(s.readable_id for s in first)
        for rid in wanted:
            if rid in listed:
                self._load_event_picture(listed[rid].event)

    def _forget_picture(self, readable_id: str) -> None:
        self._pictures.pop(readable_id, None)
        self.events_screen.model.forget_image(readable_id)

    def _keep_picture(self, readable_id: str, key: int, image: QImage | None) -> None:
        """The newest last; beyond PICTURES_KEPT the oldest go, but never one on screen or
        the open event's."""
        self._pictures.pop(readable_id, None)
        self._pictures[readable_id] = (key, image)
        spare = len(self._pictures) - PICTURES_KEPT
        if spare <= 0:
            return
        keep = {*self._visible, self._open_id, readable_id}
        for old in [rid for rid in self._pictures if rid not in keep][:spare]:
            self._forget_picture(old)

    def _load_event_picture(self, event: Event) -> None:
        readable_id, key = event.readable_event_id, self._picture_key(event)
        known = self._pictures.get(readable_id)
        if not key:
            return
        if known is not None and known[0] == key:
            self._pictures[readable_id] = self._pictures.pop(readable_id)  # wanted: newest
            return
        if (readable_id, key) in self._pictures_wanted:
            return
        self._pictures_wanted.add((readable_id, key))
        value = event.image

        def decoded(image: QImage | None) -> None:
            self._pictures_wanted.discard((readable_id, key))
            self._keep_picture(readable_id, key, image)
            if image is not None:
                self.events_screen.model.set_image(readable_id, image)
            if self._event_screen is not None:  # not built: no page shows a picture yet
                self._event_screen.set_picture(readable_id, image)

        self._shell.runner.run(
            lambda: _decode(decode_embedded_image(value), EVENT_PICTURE_MAX_SIDE), decoded
        )

    def _show_page_picture(self, event: Event) -> None:
        known = self._pictures.get(event.readable_event_id)
        if known is not None and known[0] == self._picture_key(event):
            self.event_screen.set_picture(event.readable_event_id, known[1])
        else:
            self._load_event_picture(event)

    def _on_qr(self, readable_id: str, matrix: QrMatrix) -> None:
        if readable_id == self._open_id:
            self.event_screen.set_qr(matrix)

    def _on_qr_image(self, readable_id: str, image: QImage | None) -> None:
        if readable_id == self._open_id and image is not None:
            self.event_screen.qr.set_image(image)
            self.event_screen.qr.show()
            self.event_screen.qr_caption.show()

    @Slot(list)
    def _on_event_screen_speaker_images_wanted(self, speakers: list[Speaker]) -> None:
        self._load_images_after_paint(
            self.event_screen.speaker_model, speakers, self.catalog.speaker_image
        )

    @Slot(list)
    def _on_event_screen_sponsor_logos_wanted(self, sponsorships: list[Sponsorship]) -> None:
        self._load_images_after_paint(
            self.event_screen.sponsor_model, sponsorships, self.catalog.sponsorship_logo
        )

    def _load_images_after_paint(
        self,
        model: ImageListModel[Any],
        items: Sequence[Any],
        fetch: Callable[[Any], bytes | None],
    ) -> None:
        """The page's portraits or logos that it lacks, once it has painted: they come
        after its agenda, not in competition with it (``EventScreen.after_painted``). One
        request per picture at a time, however often the grid asks while it scrolls."""
        def load() -> None:
            for item in items:
                self._fetch_tile(model, item, fetch)

        self.event_screen.after_painted(load)

    def _fetch_tile(
        self, model: ImageListModel[Any], item: Any, fetch: Callable[[Any], bytes | None]
    ) -> None:
        """One portrait or logo, unless the model has it or it is on its way."""
        asked = (id(model), item.id)
        if model.has_image(item.id) or asked in self._tiles_asked:
            return
        self._tiles_asked.add(asked)

        def show(image: QImage | None) -> None:
            self._tiles_asked.discard(asked)
            if image is not None:
                model.set_image(item.id, image)

        def failed(_: BaseException) -> None:
            self._tiles_asked.discard(asked)  # asked again when next near the screen

        self._shell.runner.run(lambda: _decode(fetch(item)), show, failed)


PICTURE_MAX_SIDE = 320  # px: twice the largest tile a portrait or logo is shown in


# The contract's picture types as Qt's image readers name them.
QT_IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF",
                    "image/webp": "WEBP"}


def _decode(data: bytes | None, max_side: int = PICTURE_MAX_SIDE) -> QImage | None:
    """Decoded off the GUI thread (QImage, unlike QPixmap, may be built in any thread) and
    scaled down there: a tenant's 2,000 px speaker photo would hold 16 MB decoded.

    Only the contract's picture types, each named to Qt: left to guess, Qt asks every
    image reader, and the SVG one opens a QTextStream, which connects a signal. A worker
    holds the interpreter lock while Qt decodes; connecting takes one of Qt's shared
    signal locks, which the GUI thread may hold while it waits for the interpreter (a
    QObject's destruction asks PySide for Python overrides). That deadlocked the kiosk in
    a test run: the worker in ``isLikelySvg``, the GUI thread in ``~QObject``."""
    if not data:
        return None
    kind = QT_IMAGE_FORMATS.get(image_type(data) or "")
    if kind is None:
        return None
    image = QImage()
    if not image.loadFromData(data, kind):
        return None
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(
            max_side,
            max_side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image
