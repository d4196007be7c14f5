"""GUI test fixtures: a real local events server, a real outbox, the real window offscreen."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import RunningServer, start_server
from kiosk.ui.setup import apply_theme, resources_dir

# The server tests' helpers (the staff token, ...) are plain modules beside their conftest.
_SERVER_TESTS = str(Path(__file__).parents[1] / "server")
if _SERVER_TESTS not in sys.path:
    sys.path.append(_SERVER_TESTS)


@pytest.fixture(scope="session")
def english(qapp: QApplication) -> Iterator[None]:
    """The shipped English plural forms ("1 seat left") and the theme, as the app loads them."""
    translator = QTranslator()
    assert translator.load("kiosk_en", str(resources_dir() / "translations")), (
        "run `make translations` first"
    )
    qapp.installTranslator(translator)
    apply_theme(qapp)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def no_leaks(qapp: QApplication) -> Iterator[None]:
    """Each GUI test leaves no worker threads and no stray top-level windows behind."""
    threads_before = {t.ident for t in threading.enumerate()}
    yield
    QApplication.processEvents()
    extra = [
        t.name for t in threading.enumerate()
        if t.ident not in threads_before and t.is_alive() and not t.daemon
    ]
    assert not extra, f"threads left running: {extra}"
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not visible, f"windows left open: {visible}"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_server(
        tmp_path / "events.sqlite3", demo=True, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)]
    )
    yield running
    running.stop()


@pytest.fixture
def api(server: RunningServer) -> Iterator[EventsApiClient]:
    client = EventsApiClient(server.base_url_v2, DEMO_TOKEN, DEMO_ORIGIN)
    yield client
    client.close()


@pytest.fixture
def kiosk(qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None) -> Iterator[Kiosk]:
    with build_kiosk(qtbot, api, tmp_path / "kiosk") as assembled:
        yield assembled


