"""The event page and the events list as an attendee sees them: pictures, a title and a
description read in full, a state said once, and never a dead wait for an event that
cannot be loaded."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QModelIndex, QObject, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _event, _open_event, _wait_for_events

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Event, Speaker, Sponsorship
from kiosk.server.demo import CONFERENCE, DEMO_ORIGIN, DEMO_TOKEN, WORKSHOP
from kiosk.server.runner import RunningServer
from kiosk.services.availability import Availability
from kiosk.services.catalog import Catalog, EventDetails
from kiosk.services.images import decode_embedded_image, qr_matrix
from kiosk.services.registration import Answer, RegistrationDraft, build_payload, plan_for
from kiosk.ui.delegates import SpeakerTileDelegate, SponsorTileDelegate, usable
from kiosk.ui.flows.browse import DETAILS_PATIENCE_S
from kiosk.ui.models import Role, merge_sponsorships, speaker_model, sponsor_model
from kiosk.ui.screens.event import EventScreen

# The page must say "cannot be loaded" within a few seconds; the patience plus a margin
# for a loaded 2-core machine. Never waited in the good case.
GIVE_UP_MS = int(DETAILS_PATIENCE_S * 1000) + 4000


def _tap_event(kiosk: Kiosk, qtbot: QtBot, readable_id: str) -> EventScreen:
    _wait_for_events(kiosk, qtbot)
    kiosk.window.browse.events_screen.event_chosen.emit(readable_id)
    page = kiosk.window.browse.event_screen
    assert kiosk.window.stack.currentWidget() is page
    return page


def _assert_gives_up_with_a_way_back(kiosk: Kiosk, qtbot: QtBot, page: EventScreen) -> None:
    qtbot.waitUntil(lambda: page.unavailable.isVisible(), timeout=GIVE_UP_MS)
    assert "cannot be loaded" in page.unavailable.text()
    assert not page.primary.isVisible()  # no "Loading…" button that does nothing
    assert page.name.text()  # what the list knew stays on screen
    assert page.unavailable_back.isVisible()
    qtbot.mouseClick(page.unavailable_back, Qt.MouseButton.LeftButton)
    assert kiosk.window.stack.currentWidget() is kiosk.window.browse.events_screen


def test_an_event_that_cannot_be_loaded_with_the_server_stopped_offers_the_way_back(
    kiosk: Kiosk, qtbot: QtBot, server: RunningServer
) -> None:
    _wait_for_events(kiosk, qtbot)
    server.stop()
    page = _tap_event(kiosk, qtbot, CONFERENCE)
    _assert_gives_up_with_a_way_back(kiosk, qtbot, page)


class SilentServer:
    """A real listening socket that accepts connections and never answers."""

    def __init__(self) -> None:
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.listener.settimeout(0.1)
        self.port: int = self.listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="silent-server", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            self.accepted.append(conn)

    def close(self) -> None:
        """Hang up: waiting requests fail at once instead of at their read timeout."""
        self._stop.set()
        self._thread.join(timeout=5)
        for conn in self.accepted:
            conn.close()
        self.listener.close()


def test_an_event_from_a_server_that_never_answers_offers_the_way_back(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    folder = tmp_path / "kiosk"
    with build_kiosk(qtbot, api, folder) as kiosk:
        _wait_for_events(kiosk, qtbot)  # the list is kept on disk; no event opened
    silent = SilentServer()
    client = EventsApiClient(
        server.base_url_v2.replace(f":{server.port}", f":{silent.port}"), DEMO_TOKEN, DEMO_ORIGIN
    )
    try:
        with build_kiosk(qtbot, client, folder) as kiosk:
            try:
                page = _tap_event(kiosk, qtbot, CONFERENCE)
                # The kiosk is waiting on the silent server (it connected, nothing came).
                qtbot.waitUntil(lambda: bool(silent.accepted), timeout=TIMEOUT)
                _assert_gives_up_with_a_way_back(kiosk, qtbot, page)
            finally:
                silent.close()
    finally:
        silent.close()
        client.close()


def test_an_answer_that_comes_late_still_fills_the_page(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    """The message is not the end: when the details come, the page shows them."""
    page = _tap_event(kiosk, qtbot, CONFERENCE)
    page.show_unavailable()
    qtbot.waitUntil(lambda: page.details is not None, timeout=TIMEOUT)
    assert not page.unavailable.isVisible()
    assert page.primary.isVisible()
    assert page.primary.text() == "Register"


def test_a_page_from_memory_paints_before_its_refresh_asks_the_api(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    """Opened again, the page paints its agenda from memory first. The refresh (a dozen
    answers handled on a worker) starts after that paint: at 2,000 sessions it shared the
    interpreter with the agenda's layout and doubled the time to the rows (BENCHMARKS.md,
    "Tap to agenda, again"). It still comes: the page ends up with fresh details."""
    _open_event(kiosk, qtbot, CONFERENCE)
    browse = kiosk.window.browse
    page = browse.event_screen
    assert page.details is not None
    first_fetch = page.details.fetched_at
    kiosk.window.reset_to_start()  # the next attendee; the details stay in memory
    seen: list[str] = []
    runner = kiosk.window.runner
    run = runner.run

    def observed_run(work: Any, *then: Any) -> Any:  # what the GUI thread hands the workers
        if "load_event" in work.__code__.co_names:
            seen.append("refresh")
        return run(work, *then)

    runner.run = observed_run  # type: ignore[method-assign]

    class PaintSeen(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if watched is page and event.type() == QEvent.Type.Paint:
                seen.append("paint")
            return False

    watcher = PaintSeen()
    page.installEventFilter(watcher)
    try:
        browse.events_screen.event_chosen.emit(CONFERENCE)
        assert page.details is not None  # from memory, at once
        qtbot.waitUntil(lambda: "refresh" in seen, timeout=TIMEOUT)
        assert "paint" in seen
        assert seen.index("paint") < seen.index("refresh")
        qtbot.waitUntil(lambda: page.details is not None
                        and page.details.fetched_at > first_fetch, timeout=TIMEOUT)
    finally:
        page.removeEventFilter(watcher)
        del runner.run


def test_what_waits_for_the_paint_still_runs_on_a_page_that_does_not_paint(
    qtbot: QtBot, english: None
) -> None:
    """Work queued for after the page's paint (its refresh, its portraits) is not lost when
    the page is not on screen: it runs a moment later anyway."""
    page = EventScreen()
    qtbot.addWidget(page)
    ran: list[str] = []
    page.after_painted(lambda: ran.append("refresh"))
    page.after_painted(lambda: ran.append("portraits"))
    qtbot.waitUntil(lambda: ran == ["refresh", "portraits"], timeout=TIMEOUT)


def test_the_main_conference_shows_its_picture_on_its_card_and_page(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    _wait_for_events(kiosk, qtbot)
    model = kiosk.window.browse.events_screen.model
    rows = {model.index(r).data(Role.KEY): model.index(r) for r in range(model.rowCount())}
    qtbot.waitUntil(lambda: usable(rows[CONFERENCE].data(Role.IMAGE)), timeout=TIMEOUT)
    # The workshop's picture comes in the contract's {"image": ...} form.
    qtbot.waitUntil(lambda: usable(rows[WORKSHOP].data(Role.IMAGE)), timeout=TIMEOUT)
    # An event without a picture gets the designed placeholder (its date), not a blank.
    without = [k for k, i in rows.items() if k not in (CONFERENCE, "Nordlicht_Evening_Meetup",
                                                        WORKSHOP)]
    assert without
    assert all(rows[k].data(Role.IMAGE) is None for k in without)
    assert all(rows[k].data(Role.DATE) is not None for k in without)

    _open_event(kiosk, qtbot, CONFERENCE)
    page = kiosk.window.browse.event_screen
    qtbot.waitUntil(lambda: page.picture.has_picture, timeout=TIMEOUT)
    assert page.picture.isVisible()
    assert page.picture.height() > 0


def test_a_base64_jpeg_is_a_picture_not_a_url_path(qapp: QApplication) -> None:
    photo = QImage(40, 30, QImage.Format.Format_RGB32)
    photo.fill(QColor("teal"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    photo.save(buffer, "JPEG")
    buffer.close()
    encoded = bytes(data.toBase64().data()).decode()
    assert encoded.startswith("/9j/")
    assert decode_embedded_image(encoded) == bytes(data.data())
    assert decode_embedded_image("/images/event.png") is None
    assert decode_embedded_image("https://example.org/e.png") is None


def _details(name: str, description: str, **event: object) -> EventDetails:
    start = datetime.now(UTC) + timedelta(days=2)
    return EventDetails(
        Event.model_validate({
            "readableEventId": "long",
            "eventName": name,
            "description": description,
            "startDate": start.replace(tzinfo=None).isoformat(),
            "startDateUTC": start.isoformat(),
            "endDateUTC": (start + timedelta(hours=3)).isoformat(),
            **event,
        }),
        registration_count=0,
    )


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)], ids=["landscape", "portrait"])
def test_a_long_title_and_an_unbroken_description_are_read_in_full(
    qtbot: QtBot, english: None, size: tuple[int, int]
) -> None:
    page = EventScreen()
    qtbot.addWidget(page)
    page.resize(*size)
    title = "The International Conference on Very Long Event Names " * 4
    url = "https://example.org/" + "x" * 300
    details = _details(title.strip(), f"Read more at {url}")
    page.show_event(details.event)
    page.show_details(details, datetime.now(UTC))
    page.show()
    page.tab_buttons["about"].click()
    QApplication.processEvents()
    assert page.width() == size[0]  # a 300-character word did not widen the page
    assert page.name.text().replace("\u200b", "") == title.strip()  # never shortened
    # The heading wraps inside its column, below the back button, fully visible.
    assert page.name.wordWrap()
    assert page.name.height() >= page.name.heightForWidth(page.name.width())
    back = page.back_button.geometry()
    name_top = page.name.mapTo(page, page.name.rect().topLeft()).y()
    assert name_top >= back.bottom()
    assert page.description.width() <= size[0]
    assert page.description.heightForWidth(page.description.width()) > 0


@pytest.mark.parametrize(
    "size", [(1024, 768), (1280, 800), (1920, 1080), (800, 1280), (1080, 1920)],
    ids=lambda size: f"{size[0]}x{size[1]}",
)
def test_the_qr_code_is_whole_on_screen_however_long_the_details(
    qtbot: QtBot, english: None, size: tuple[int, int]
) -> None:
    """A phone cannot read half a code: it is never cut off by the scrolling details."""
    page = EventScreen()
    qtbot.addWidget(page)
    page.resize(*size)
    details = _details("Nordlicht Tech Conference " * 3, "About the event. " * 50)
    page.show_event(details.event)
    page.show_details(details, datetime.now(UTC))
    page.set_qr(qr_matrix("https://events.contoso.example/event/long?utm_source=kiosk"))
    page.show()
    qtbot.waitUntil(lambda: page.qr.isVisible())
    QApplication.processEvents()
    assert page.qr.width() >= 120
    assert page.qr.visibleRegion().boundingRect() == page.qr.rect()
    top_left = page.qr.mapTo(page, page.qr.rect().topLeft())
    assert page.rect().contains(QRect(top_left, page.qr.size()))
    assert page.qr_caption.isVisible()
    primary = page.primary.geometry()
    assert not QRect(top_left, page.qr.size()).intersects(
        QRect(page.primary.mapTo(page, page.primary.rect().topLeft()), primary.size())
    )


def test_a_closed_event_says_why_once_with_no_disabled_button(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    event = _event(api, Availability.CLOSED)
    _open_event(kiosk, qtbot, event.readable_event_id)
    page = kiosk.window.browse.event_screen
    assert not page.primary.isVisible()
    assert not page.primary.isEnabled()
    assert page.reason.isVisible()
    words = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    assert sum("closed" in w.lower() for w in words) == 1, words


def test_an_agenda_without_tracks_has_no_gap_above_it(kiosk: Kiosk, qtbot: QtBot) -> None:
    _open_event(kiosk, qtbot, WORKSHOP)
    page = kiosk.window.browse.event_screen
    QApplication.processEvents()
    assert not page.track_strip.isVisible()
    tabs_bottom = page.tab_strip.mapTo(page, page.tab_strip.rect().bottomLeft()).y()
    agenda_top = page.agenda_view.mapTo(page, page.agenda_view.rect().topLeft()).y()
    assert agenda_top - tabs_bottom < 40


def test_mixed_script_labels_take_their_own_direction(qtbot: QtBot, english: None) -> None:
    page = EventScreen()
    qtbot.addWidget(page)
    details = _details("مؤتمر التقنية Tech 2026", "Hosted by Sarah and נועה כהן.")
    page.show_event(details.event)
    page.show_details(details, datetime.now(UTC))
    assert page.name.layoutDirection() is Qt.LayoutDirection.RightToLeft
    assert page.description.layoutDirection() is Qt.LayoutDirection.LeftToRight


def test_a_sponsor_is_shown_once_and_its_logo_is_not_captioned_with_its_name(
    qapp: QApplication,
) -> None:
    merged = merge_sponsorships([
        Sponsorship(id="1", sponsor_id="s", sponsor_name="Contoso", sponsorship_topic="Gold"),
        Sponsorship(id="2", sponsor_id="s", sponsor_name="Contoso", sponsorship_topic="Coffee"),
        Sponsorship(id="3", sponsor_id="t", sponsor_name="Fabrikam",
                    sponsorship_topic="Fabrikam"),
    ])
    assert [(s.sponsor_name, s.sponsorship_topic) for s in merged] == [
        ("Contoso", "Gold · Coffee"), ("Fabrikam", "Fabrikam")
    ]
    model = sponsor_model()
    model.replace(merged)
    assert model.index(0).data(Role.DETAIL) == "Gold · Coffee"
    assert model.index(1).data(Role.DETAIL) == ""  # the topic only repeated the name


def _paint(delegate: SpeakerTileDelegate | SponsorTileDelegate, index: QModelIndex) -> QImage:
    option = QStyleOptionViewItem()
    size = delegate.sizeHint(option, index)
    option.rect = QRect(0, 0, size.width(), size.height())
    canvas = QImage(size, QImage.Format.Format_ARGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    delegate.paint(painter, option, index)
    painter.end()
    return canvas


def test_a_broken_photo_gets_initials_on_a_coloured_disc(qapp: QApplication) -> None:
    model = speaker_model()
    model.replace([Speaker(id="a", name="Lukas Schneider-Wagenknecht", title="Engineer")])
    dot = QImage(3, 3, QImage.Format.Format_RGB32)
    dot.fill(QColor("red"))
    model.set_image("a", dot)  # decodes, but is no photo
    index = model.index(0)
    assert not usable(index.data(Role.IMAGE))
    tile = _paint(SpeakerTileDelegate(), index)
    centre = tile.pixelColor(tile.width() // 2, 12 + tile.width() // 4)
    assert centre != QColor("white")
    assert centre != QColor("red")
    # The name wraps on up to three lines: the tile is tall enough for them.
    assert tile.height() > 3 * 20


def test_a_logo_is_contained_not_cropped(qapp: QApplication) -> None:
    model = sponsor_model()
    model.replace([Sponsorship(id="p", sponsor_name="Wide Logo Corp")])
    wide = QImage(1200, 100, QImage.Format.Format_RGB32)
    wide.fill(QColor("#123456"))
    model.set_image("p", wide)
    tile = _paint(SponsorTileDelegate(), model.index(0))
    colour = QColor("#123456")
    logo = [
        (x, y) for y in range(0, tile.height(), 2) for x in range(tile.width())
        if tile.pixelColor(x, y) == colour
    ]
    assert logo, "the logo is drawn"
    xs = [x for x, _ in logo]
    # Both ends of the logo are inside the tile, with a margin: nothing was cut off,
    # and the aspect is kept (a 12:1 logo stays about 12:1).
    assert min(xs) > 10
    assert max(xs) < tile.width() - 10
    ys = [y for _, y in logo]
    width, height = max(xs) - min(xs) + 1, max(ys) - min(ys) + 2
    assert 8 < width / height < 16


def test_a_counts_refresh_keeps_the_sessions_that_did_not_change(
    api: EventsApiClient,
) -> None:
    """The screens skip comparing what the catalog kept: only a session whose seats changed
    is a new object after a refresh (compared on the worker thread, not the GUI's)."""
    catalog = Catalog(api, lambda: datetime.now(UTC))
    shown = catalog.load_event(CONFERENCE)
    same = catalog.refresh_counts(CONFERENCE)
    assert all(a is b for a, b in zip(shown.sessions, same.sessions, strict=True))

    picked = next(s for s in same.sessions if s.seats_left)
    answers: dict[str, Answer] = {
        f.custom_registration_field_id: f.choice_list[0] if f.choice_list else True
        for f in same.fields if f.is_required
    }
    draft = RegistrationDraft(first_name="Seat", last_name="Taker",
                              email="seat.taker@example.org", answers=answers,
                              session_ids=[picked.id], consent=True)
    payload = build_payload(draft, same, plan_for(same, draft, datetime.now(UTC)))
    assert not api.register(CONFERENCE, payload, idempotency_key="seat-taker-1").failed
    fresh = catalog.refresh_counts(CONFERENCE)
    changed = [s for s, old in zip(fresh.sessions, same.sessions, strict=True) if s is not old]
    assert [s.id for s in changed] == [picked.id]
    assert changed[0].seats_left == (picked.seats_left or 0) - 1
