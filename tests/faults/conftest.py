"""Fixtures for the fault tests: a real local events server, a fault proxy in front of it,
and the kiosk's service layer (client, outbox, registration, check-in, catalog, drainer)
behind it. The server knows the staff token ``STAFF_TOKEN`` (offline check-in lists)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The helpers beside this file are plain modules (no package __init__ in tests/).
_HERE = str(Path(__file__).parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from fault_proxy import FaultProxy  # noqa: E402
from faultkit import ORIGIN, STAFF_TOKEN, TOKEN, Kiosk, write_seed  # noqa: E402

from kiosk.server.runner import RunningServer, start_server  # noqa: E402


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    seed = write_seed(tmp_path / "seed.json")
    running = start_server(
        tmp_path / "server.sqlite3", host="127.0.0.1", port=0, seed=seed,
        web_apps=[(TOKEN, ORIGIN)], staff_tokens=[STAFF_TOKEN],
    )
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def proxy(server: RunningServer) -> Iterator[FaultProxy]:
    with FaultProxy(server.port) as fault_proxy:
        yield fault_proxy


@pytest.fixture
def kiosk(server: RunningServer, proxy: FaultProxy, tmp_path: Path) -> Iterator[Kiosk]:
    with Kiosk(proxy.url_for(server.base_url_v2), tmp_path / "kiosk", server) as built:
        yield built
