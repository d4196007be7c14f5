"""``kiosk check`` against the project's own local events server (its demo data)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_support import KioskCheck, table_rows
from scripted_server import ORIGIN, TOKEN

runner = pytest.importorskip("kiosk.server.runner")


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[Any]:
    server = runner.start_server(tmp_path / "events.sqlite", demo=True, web_apps=[(TOKEN, ORIGIN)])
    try:
        yield server
    finally:
        server.stop()


def test_check_against_the_local_events_server(local_server: Any, kiosk_check: KioskCheck) -> None:
    for base in (local_server.base_url_v2, local_server.base_url_v1):
        run = kiosk_check("--endpoint", base, "--token", TOKEN, "--origin", ORIGIN)
        assert run.code == 0, run
        assert run.err == ""
        assert run.out_lines[0] == f"Connected to {base} as origin {ORIGIN}."
        assert re.fullmatch(r"\d+ published event\(s\):", run.out_lines[1])
        rows = table_rows(run.out_lines)
        assert rows
        assert all(len(row) == 5 for row in rows)

    first_id = rows[0][1]
    run = kiosk_check(
        "--endpoint",
        local_server.base_url_v2,
        "--token",
        TOKEN,
        "--origin",
        ORIGIN,
        "--event",
        first_id,
    )
    assert run.code == 0, run
    report = run.out[run.out.index("Event: ") :]
    assert f"({first_id})" in report.splitlines()[0]
    assert "  QR code:     image, " in report
