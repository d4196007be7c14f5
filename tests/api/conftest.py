"""Fixtures for the API layer tests: a scripted HTTP server and a client pointed at it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The helpers beside this file are plain modules (no package __init__ in tests/).
_HERE = str(Path(__file__).parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from scripted_server import ScriptedServer  # noqa: E402

TOKEN = "tok-SECRET-1234"
ORIGIN = "https://kiosk.fabrikam.example"


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as srv:
        yield srv
        assert not srv.handler_errors, srv.handler_errors
