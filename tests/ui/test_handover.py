"""Never a dead wait: progress at once after Register, and after ``handover_s`` without an
answer the outbox takes over and the attendee is told the registration is saved."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from test_screens import _event, _fill, _next_steps, _open_register

from kiosk.api.client import EventsApiClient
from kiosk.api.models import CustomFieldType
from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import RunningServer
from kiosk.services.availability import Availability
from kiosk.services.catalog import EventDetails
from kiosk.services.outbox import Outbox, SubmissionState
from kiosk.services.registration import RegistrationDraft, RegistrationService
from kiosk.ui.window import WindowSettings

HANDOVER_S = 1.0
MARGIN_MS = 5_000  # a loaded 2-core machine; never waited in the good case
_HOP = {"host", "content-length", "connection", "transfer-encoding", "content-encoding"}


class SilentRegistrations(ThreadingHTTPServer):
    """A loopback proxy to the local server that accepts the first ``hold`` registration
    requests and never answers them (until the test ends); everything else passes."""

    daemon_threads = True

    def __init__(self, upstream: str, hold: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = upstream.rstrip("/")
        self.hold = hold
        self.held = 0
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.client = httpx.Client(timeout=30)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(BaseHTTPRequestHandler):
    server: SilentRegistrations

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass

    def _forward(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        if method == "POST" and self.path.split("?")[0].endswith("/registrations"):
            with self.server.lock:
                silent = self.server.held < self.server.hold
                self.server.held += silent
            if silent:
                self.server.release.wait(30)  # accepted, never answered
                return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
        answer = self.server.client.request(
            method, self.server.upstream + self.path, headers=headers, content=body
        )
        self.send_response(answer.status_code)
        for key, value in answer.headers.items():
            if key.lower() not in _HOP:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._forward("GET")

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        self._forward("POST")


@pytest.fixture
def silent(server: RunningServer) -> Iterator[SilentRegistrations]:
    proxy = SilentRegistrations(server.root_url, hold=1)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    yield proxy
    proxy.release.set()
    proxy.shutdown()
    proxy.server_close()
    proxy.client.close()


def _tap_register(qtbot: QtBot, kiosk: Kiosk) -> None:
    screen = kiosk.window.registration.register_screen
    _next_steps(qtbot, screen)
    assert screen.current_kind() == "review"
    qtbot.mouseClick(screen.submit, Qt.MouseButton.LeftButton)


def test_no_answer_within_handover_s_says_saved_and_the_outbox_delivers(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, silent: SilentRegistrations,
    tmp_path: Path, english: None,
) -> None:
    event = _event(api, Availability.OPEN)
    before = api.event_registration_count(event.readable_event_id)
    # The kiosk talks to the server through the proxy; its read timeout is longer than
    # the hand-over, so the attendee would otherwise wait for it.
    client = EventsApiClient(
        f"{silent.url}{server.base_url_v2[len(server.root_url):]}", DEMO_TOKEN, DEMO_ORIGIN,
        read_timeout=4.0,
    )
    settings = WindowSettings(handover_s=HANDOVER_S)
    try:
        with build_kiosk(qtbot, client, tmp_path / "kiosk", settings, drain=True) as kiosk:
            window = kiosk.window
            screen = _open_register(kiosk, qtbot, event.readable_event_id)
            _fill(qtbot, screen, "Slow")
            _tap_register(qtbot, kiosk)
            # Progress at once, and nothing moves: same step, no field focused, no keyboard.
            assert screen.submit.text() == "Sending…"
            assert screen.busy_bar.isVisible()
            assert screen.current_kind() == "review"
            assert not isinstance(QApplication.focusWidget(), QLineEdit)
            assert not any(e.hasSelectedText() for e in screen.findChildren(QLineEdit))
            assert not QApplication.inputMethod().isVisible()

            confirmation = window.registration.confirmation_screen
            qtbot.waitUntil(
                lambda: window.stack.currentWidget() is confirmation,
                timeout=int(HANDOVER_S * 1000) + MARGIN_MS,
            )
            assert confirmation.title.text() == "Your registration is saved"
            assert "will be sent in a moment" in confirmation.message.text()
            assert not confirmation.qr.isVisible()  # no seat is claimed yet
            assert silent.held == 1  # the server has not answered it
            assert kiosk.outbox.queued_count()[0] == 1

            # The next attendee starts; the late delivery must not take their screen.
            qtbot.mouseClick(confirmation.done_button, Qt.MouseButton.LeftButton)
            screen = _open_register(kiosk, qtbot, event.readable_event_id)
            qtbot.keyClicks(screen.first_name, "Next")
            qtbot.waitUntil(lambda: kiosk.outbox.queued_count()[0] == 0, timeout=20_000)
            assert api.event_registration_count(event.readable_event_id) == before + 1
            assert window.stack.currentWidget() is screen
            assert screen.first_name.text() == "Next"
    finally:
        client.close()


def test_a_quick_answer_is_confirmed_as_registered_not_as_saved(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    event = _event(api, Availability.OPEN)
    settings = WindowSettings(handover_s=3.0)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", settings) as kiosk:
        window = kiosk.window
        screen = _open_register(kiosk, qtbot, event.readable_event_id)
        _fill(qtbot, screen, "Quick")
        _tap_register(qtbot, kiosk)
        confirmation = window.registration.confirmation_screen
        qtbot.waitUntil(
            lambda: window.stack.currentWidget() is confirmation, timeout=3_000 + MARGIN_MS
        )
        assert confirmation.title.text() == "You are registered"
        assert confirmation.qr.has_code
        assert kiosk.outbox.queued_count()[0] == 0


def test_the_flow_hears_stored_only_once_the_submission_is_in_the_outbox(
    api: EventsApiClient, tmp_path: Path
) -> None:
    """What makes "saved" true: the callback comes after storing and before sending."""
    event = _event(api, Availability.OPEN)
    details = EventDetails(
        event=event, fields=tuple(api.custom_registration_fields(event.readable_event_id))
    )
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    try:
        service = RegistrationService(api, outbox)
        draft = RegistrationDraft("Stored", "First", "stored.first@example.org", consent=True)
        for custom in details.fields:
            if custom.is_required:
                draft.answers[custom.custom_registration_field_id] = (
                    True if custom.type is CustomFieldType.BOOLEAN
                    else custom.choice_list[0] if custom.choice_list else "Engineer"
                )
        before = api.event_registration_count(event.readable_event_id)
        heard: list[tuple[str, SubmissionState | None, int]] = []

        def on_stored(submission_id: str) -> None:
            stored = outbox.get(submission_id)
            count = api.event_registration_count(event.readable_event_id)
            heard.append((submission_id, stored.state if stored else None, count))

        outcome = service.submit(draft, details, on_stored=on_stored)
        assert heard == [(outcome.submission_id, SubmissionState.QUEUED, before)]
        assert outcome.state is SubmissionState.DELIVERED
        # A repeat stores nothing new, so it says nothing of "stored".
        heard.clear()
        again = service.submit(draft, details, on_stored=on_stored)
        assert again.already_registered
        assert heard == []
    finally:
        outbox.close()
