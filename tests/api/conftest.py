"""Fixtures for the API layer tests: a scripted HTTP server and clients pointed at it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# The helpers beside this file are plain modules (no package __init__ in tests/).
_HERE = str(Path(__file__).parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from scripted_server import ORIGIN, TOKEN, ScriptedServer  # noqa: E402

from kiosk.api.client import EventsApiClient  # noqa: E402

MakeClient = Callable[..., EventsApiClient]


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as srv:
        yield srv
        assert not srv.handler_errors, srv.handler_errors


@pytest.fixture
def sleeps() -> list[float]:
    """What the client asked to sleep for (it never really waits in these tests)."""
    return []


@pytest.fixture
def make_client(server: ScriptedServer, sleeps: list[float]) -> Iterator[MakeClient]:
    clients: list[EventsApiClient] = []

    def make(endpoint: str | None = None, **kwargs: Any) -> EventsApiClient:
        kwargs.setdefault("sleep", sleeps.append)
        kwargs.setdefault("connect_timeout", 2.0)
        kwargs.setdefault("read_timeout", 5.0)
        client = EventsApiClient(endpoint or server.v2_base, TOKEN, ORIGIN, **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: MakeClient) -> EventsApiClient:
    return make_client()
