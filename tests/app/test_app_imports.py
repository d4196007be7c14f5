"""The production kiosk (`kiosk --endpoint ...`) loads only what it runs: not the local
events server (FastAPI, uvicorn, the kiosk's server modules), which only `kiosk --demo`
starts (in a child process), nor httpx's command-line client; and while it shows its
events, no QtMultimedia (sounds, camera: 15-20 MB with FFmpeg) and no QR code library
(qrcode imports Pillow): those load when a screen first needs them (issue 13, memory).

Its first list is painted before the rest is built (issue 13, start-up): when the events
first show, the event page, the staff view and the register form are not built yet, nor
the API models the list does not use (pydantic builds a model's validator on first use);
a moment later the window has built the page and the form. Staff's screens (the staff
view, the desk, the door chooser) and their modules wait until staff open them.

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
from test_app_demo import _env, _kill_if_running, _wait_for_line

from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import start_server

# Runs kiosk.app.main with the command line given; at exit, the imported modules go to
# the file named by the first argument.
KIOSK = """
import atexit, json, sys
out, argv = sys.argv[1], sys.argv[2:]
seen = {}
def built(window):
    models = sys.modules.get("kiosk.api.models")
    return {
        "modules": sorted(sys.modules),
        "event_page": window.browse._event_screen is not None,
        "staff_view": window.staff.screen_built is not None,
        "register_form": window._registration is not None,
        "models_built": sorted(
            name for name, value in vars(models).items()
            if isinstance(value, type) and getattr(value, "__pydantic_complete__", False)
        ) if models else [],
    }
def write_modules():
    window = seen.get("window")
    if window is not None:
        seen["at_exit"] = built(window)
    seen.pop("window", None)
    seen["modules"] = sorted(sys.modules)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(seen, f)
atexit.register(write_modules)
from kiosk import app
show = app._show
def observed_show(widget, windowed):
    show(widget, windowed)
    if getattr(widget, "browse", None) is None:
        return
    seen["window"] = widget
    browse = widget.browse
    on_events = browse._on_events
    def first_list(snapshot):
        on_events(snapshot)
        if "at_first_list" not in seen and snapshot.events:
            seen["at_first_list"] = built(widget)
    browse._on_events = first_list
app._show = observed_show
sys.exit(app.main(argv))
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
        _kill_if_running(process)
    assert process.returncode == 0, stderr.decode(errors="replace")
    assert b"Traceback" not in stderr
    seen = json.loads(modules_file.read_text(encoding="utf-8"))
    modules = set(seen["modules"])
    assert "kiosk.ui.window" in modules  # the observer saw the kiosk that ran
    server = _imported(modules, SERVER_ONLY)
    assert server == [], f"the production kiosk imported the server's modules: {server}"
    assert "kiosk.ui.flows.checkin" in modules  # the kiosk that ran could check people in
    devices = _imported(modules, ON_DEMAND)
    assert devices == [], f"loaded before any screen needed them: {devices}"
    # httpx's command-line client (click, rich, pygments) is never run by a kiosk.
    assert "rich" not in modules
    assert "pygments" not in modules
    # The first list was painted before the other screens and models were built ...
    first = seen["at_first_list"]
    assert not first["event_page"], "the event page was built before the first list"
    assert not first["staff_view"], "the staff view was built before the first list"
    assert not first["register_form"], "the register form was built before the first list"
    assert "PublishedEvent" in first["models_built"]  # what the list was read with
    unused = {"Session", "Speaker", "RegistrationData", "RegistrationResult",
              "CheckInResult", "CheckInList", "AttendeeRecord"}
    early = sorted(unused & set(first["models_built"]))
    assert early == [], f"API models built before the first list needed them: {early}"
    # email-validator with the first address (later: the start-up's tuning loads it).
    assert "email_validator" not in first["modules"]
    # The badge renderer (QtPrintSupport) only with a printer.
    assert _imported(set(first["modules"]), ("kiosk.ui.badges", "PySide6.QtPrintSupport")) == []
    # ... and built a moment later, so the first tap does not wait for them.
    later = seen["at_exit"]
    assert later["event_page"]
    assert later["register_form"]
    # Staff's screens wait for staff: nobody opened the staff view, so neither it nor
    # the desk's and the door chooser's modules were loaded.
    assert not later["staff_view"]
    staff_only = _imported(modules, ("kiosk.ui.screens.staff", "kiosk.ui.screens.desk",
                                     "kiosk.ui.flows.desk", "kiosk.ui.screens.door"))
    assert staff_only == [], f"loaded though staff never opened them: {staff_only}"


def test_the_kiosk_names_the_demo_server_s_credentials_as_the_server_does() -> None:
    """`kiosk --demo` spells the demo's token, origin and conference out rather than import
    kiosk.server.demo (its database code and Pillow) into the kiosk's process."""
    from kiosk import app
    from kiosk.server import demo

    assert (app._DEMO_TOKEN, app._DEMO_ORIGIN, app._DEMO_CONFERENCE) == (
        demo.DEMO_TOKEN, demo.DEMO_ORIGIN, demo.CONFERENCE)
