"""The production kiosk showing its events holds no QtMultimedia (sounds, camera: 15-20 MB
with FFmpeg) and no QR code library (qrcode imports Pillow): both load when a screen
first needs them (issue 13, memory). The real program in a subprocess against a real
local server, as in test_app_imports.py; stopped with SIGTERM once its events are shown
and its start-up delays (the devices at 1 s, the collector's tuning at 1.5 s) are over.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

from test_app_demo import _env, _wait_for_line
from test_app_imports import KIOSK, events_server  # noqa: F401 - a fixture used by name

from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN

ON_DEMAND = ("PySide6.QtMultimedia", "kiosk.ui.camera", "qrcode", "PIL")


def test_a_kiosk_showing_its_events_has_not_loaded_sounds_camera_or_qr_codes(
    tmp_path: Path, events_server: str  # noqa: F811
) -> None:
    basedir = tmp_path / "kiosk"
    modules_file = tmp_path / "modules.json"
    # Mode both (the default): the kiosk could scan, but nobody asked it to yet.
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
        # it has decided to wait for a screen that needs them.
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
    assert "kiosk.ui.flows.checkin" in modules  # the kiosk that ran could check people in
    loaded = sorted(
        name for name in modules
        if any(name == top or name.startswith(top + ".") for top in ON_DEMAND)
    )
    assert loaded == [], f"loaded before any screen needed them: {loaded}"
