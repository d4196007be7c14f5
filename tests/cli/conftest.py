"""Fixtures for the ``kiosk check`` tests: the scripted server from tests/api."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Reuse the scripted server and the contract payloads written for the API tests.
_API_TESTS = str(Path(__file__).parents[1] / "api")
if _API_TESTS not in sys.path:
    sys.path.insert(0, _API_TESTS)

from scripted_server import ScriptedServer  # noqa: E402


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as srv:
        yield srv
        assert not srv.handler_errors, srv.handler_errors
