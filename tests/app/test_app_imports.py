"""The production kiosk (`kiosk --endpoint ...`) loads only what it runs: not the local
events server (FastAPI, uvicorn, the kiosk's server modules), which only `kiosk --demo`
starts (in a child process), nor httpx's command-line client; and while it shows its
events, no QtMultimedia (sounds, camera: 15-20 MB with FFmpeg) and no QR code library
(qrcode imports Pillow): those load when a screen first needs them (issue 13, memory).

The kiosk is the real program in a subprocess against a real local server this test
starts; a few lines run around ``kiosk.app.main`` only to write, when the kiosk exits,
the modules it had imported. It stops as an operator stops it (SIGTERM) once its log says
it shows the events and its start-up delays (the devices at 1 s, the collector's tuning
at 1.5 s) are over.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_app_demo import _env, _wait_for_line

from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import start_server

# Runs kiosk.app.main with the command line given; at exit, the imported modules go to
# the file named by the first argument.
KIOSK = """
import atexit, json, sys
out, argv = sys.argv[1], sys.argv[2:]
def write_modules():
    with open(out, "w", encoding="utf-8") as f:
        json.dump(sorted(sys.modules), f)
atexit.register(write_modules)
from kiosk.app import main
sys.exit(main(argv))
"""

SERVER_ONLY = ("fastapi", "uvicorn", "starlette", "kiosk.server", "multipart")
ON_DEMAND = ("PySide6.QtMultimedia", "kiosk.ui.camera", "qrcode", "PIL")


def _imported(modules: set[str], tops: tuple[str, ...]) -> list[str]:
    return sorted(
        name for name in modules if any(name == top or name.startswith(top + ".") for top in tops)
    )


@pytest.fixture
def events_server(tmp_path: Path) -> Iterator[str]:
    server = start_server(
        tmp_path / "events.sqlite3", demo=True, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)]
    )
    try:
        yield server.base_url_v2
    finally:
        server.stop()


def test_the_production_kiosk_shows_its_events_without_the_server_devices_or_qr_codes(
    tmp_path: Path, events_server: str
) -> None:
    basedir = tmp_path / "kiosk"
    modules_file = tmp_path / "modules.json"
    process = subprocess.Popen(
        [sys.executable, "-c", KIOSK, str(modules_file), "--endpoint", events_server,
         "--token", DEMO_TOKEN, "--origin", DEMO_ORIGIN, "--windowed",
         "--basedir", str(basedir)],
        env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        log_file = basedir / "logs" / "kiosk.log"
        _wait_for_line(log_file, "event list shown: 6 event(s)", process)
        # The check-in flow logs this when its start-up delay for the devices is over and
        # it has decided to wait for a screen that needs them (mode both: it could scan).
        _wait_for_line(log_file, "camera and sounds wait for a screen that needs them",
                       process)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr.decode(errors="replace")
    assert b"Traceback" not in stderr
    modules = set(json.loads(modules_file.read_text(encoding="utf-8")))
    assert "kiosk.ui.window" in modules  # the observer saw the kiosk that ran
    server = _imported(modules, SERVER_ONLY)
    assert server == [], f"the production kiosk imported the server's modules: {server}"
    assert "kiosk.ui.flows.checkin" in modules  # the kiosk that ran could check people in
    devices = _imported(modules, ON_DEMAND)
    assert devices == [], f"loaded before any screen needed them: {devices}"
    # httpx's command-line client (click, rich, pygments) is never run by a kiosk.
    assert "rich" not in modules
    assert "pygments" not in modules
