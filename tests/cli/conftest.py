"""Fixtures for the ``kiosk check`` tests: the scripted server from tests/api, and a runner."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Plain helper modules (no package __init__ in tests/): this folder's, and tests/api's
# scripted server and contract payloads.
for _folder in (Path(__file__).parent, Path(__file__).parents[1] / "api"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from cli_support import KioskCheck  # noqa: E402
from scripted_server import ScriptedServer  # noqa: E402


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as srv:
        yield srv
        assert not srv.handler_errors, srv.handler_errors


@pytest.fixture
def kiosk_check(tmp_path: Path) -> KioskCheck:
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    return KioskCheck(home)
