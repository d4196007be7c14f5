"""Fixtures for the local events server: real servers on loopback, real SQLite in tmp_path.

* ``demo_server``: a fresh ``--demo`` server (demo web application registered).
* ``server_factory``: start servers from seed events / options (the test staff token
  registered unless told otherwise); all stopped at teardown.
* ``clock``: a settable clock handed to the servers, so tests move time instead of sleeping.

Helpers (clients, data builders) live in ``server_helpers.py`` beside this file. Other
suites start servers through :func:`kiosk.server.runner.start_server` directly.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# The helpers beside this file are plain modules (no package __init__ in tests/).
_HERE = str(Path(__file__).parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from server_helpers import STAFF_TOKEN, WEB_APPS, Clock, ServerFactory  # noqa: E402

from kiosk.server.runner import RunningServer, start_server  # noqa: E402


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server_factory(tmp_path: Path, clock: Clock) -> Iterator[ServerFactory]:
    """Start servers on fresh databases in tmp_path; each is stopped after the test."""
    started: list[RunningServer] = []

    def start(
        *events: dict[str, Any],
        demo: bool = False,
        db_name: str | None = None,
        web_apps: tuple[tuple[str, str], ...] = WEB_APPS,
        staff_tokens: tuple[str, ...] = (STAFF_TOKEN,),
    ) -> RunningServer:
        seed_path = None
        if events:
            seed_path = tmp_path / f"seed-{len(started)}.json"
            seed_path.write_text(json.dumps({"events": list(events)}), encoding="utf-8")
        server = start_server(
            tmp_path / (db_name or f"events-{len(started)}.sqlite3"),
            demo=demo,
            seed=seed_path,
            web_apps=web_apps,
            staff_tokens=staff_tokens,
            now=clock,
        )
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def demo_server(tmp_path: Path, clock: Clock) -> Iterator[RunningServer]:
    """A fresh ``--demo`` server on its own database (plus the test web applications)."""
    server = start_server(
        tmp_path / "demo.sqlite3", demo=True, web_apps=WEB_APPS, now=clock
    )
    yield server
    server.stop()


@pytest.fixture(scope="module")
def shared_demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """One demo server for a module of read-only tests (starting one costs ~0.2 s)."""
    path = tmp_path_factory.mktemp("shared-demo") / "demo.sqlite3"
    server = start_server(path, demo=True, web_apps=WEB_APPS, now=Clock())
    yield server
    server.stop()
