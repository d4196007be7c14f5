"""Start-up driver for bench_gui.py: the kiosk until the event list is painted.

Run by bench_gui.py in a fresh Python process, as
``python benchmarks/bench_gui_startup.py SPAWN_TIME BASEDIR [--bare | --endpoint URL]``,
where SPAWN_TIME is the parent's ``time.time()`` just before it spawned this process. It
runs the real ``kiosk.app.main(["--demo", "--basedir", BASEDIR])`` (full screen, as on a
kiosk), or with ``--endpoint URL`` the production path ``kiosk.app.main(["--endpoint",
URL, "--token", ..., "--origin", ..., "--basedir", BASEDIR])`` against a server started
before the timing, and only adds an observer: ``kiosk.app._show`` is wrapped so that, once
the window is shown, an event filter watches the Paint events of the event list's
viewport. The first paint with rows in the model and the first paint of the live (not
stored, not stale) list are timed at the end of the paint, then the window is closed and
the app quits normally. It also reports whether the local server's modules (FastAPI,
uvicorn, kiosk.server) were imported, and the process's RSS at the list painted.

With ``--bare`` it instead shows a full-screen QWidget holding a QListWidget of six rows
and times the list's first paint: the reference point (what PySide6 alone costs on this
machine for a window with a list). ``--bare-libs`` first imports what the production path
loads before its first screen (the settings with pydantic, the contract models, httpx and
httpcore), then does the same: the floor of any kiosk on these libraries.

Prints one JSON line: seconds since SPAWN_TIME for each milestone.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

SPAWN = float(sys.argv[1])
MARKS: dict[str, Any] = {"python_main": time.time() - SPAWN}

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _proc_age() -> float:
    """Seconds since the kernel started this process (10 ms resolution), a cross-check."""
    import os

    ticks = os.sysconf("SC_CLK_TCK")
    with open("/proc/self/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    start = int(fields[19]) / ticks  # field 22 of the whole line
    with open("/proc/uptime", encoding="ascii") as uptime:
        now = float(uptime.read().split()[0])
    return now - start


def _paint_timer(viewport: Any, on_painted: Any) -> Any:
    """An event filter that times the end of each Paint of ``viewport``."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    class PaintObserver(QObject):
        def __init__(self) -> None:
            super().__init__()
            self._inside = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if watched is viewport and event.type() == QEvent.Type.Paint and not self._inside:
                # Deliver the paint ourselves (once), so the time taken is after it.
                self._inside = True
                try:
                    QCoreApplication.sendEvent(watched, event)
                finally:
                    self._inside = False
                on_painted()
                return True
            return False

    observer = PaintObserver()
    viewport.installEventFilter(observer)
    return observer


def _wrap(module: Any, name: str, before: str | None, after: str | None) -> None:
    """Time a call of ``module.name`` (looked up at call time by kiosk.app): marks only."""
    original = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        if before and before not in MARKS:
            MARKS[before] = time.time() - SPAWN
            MARKS[before + "_cpu"] = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            if after and after not in MARKS:
                MARKS[after] = time.time() - SPAWN
                MARKS[after + "_cpu"] = time.process_time()

    setattr(module, name, timed)


def _mark_calls() -> None:
    # (kiosk --demo starts its server in a process of its own: nothing to wrap here, and
    # importing kiosk.server would load the server into the kiosk's process.)
    from kiosk import app as kiosk_app

    def wrap_setup() -> None:
        from kiosk.ui import setup

        _wrap(setup, "enable_virtual_keyboard", "qt_start", None)
        _wrap(setup, "apply_theme", "qapplication_made", "theme_applied")

    skip = getattr(kiosk_app, "_skip_pyside_source_scan", None)
    if skip is None:  # an older kiosk: its Qt modules may as well load now
        wrap_setup()
    else:
        # kiosk.ui.setup (PySide6) imported where the kiosk imports it, after the kiosk
        # has set PySide6's import hook up: imported here, every later module would pay
        # for the hook's source scan, as the kiosk does not.
        def skip_then_wrap() -> None:
            skip()
            wrap_setup()

        kiosk_app._skip_pyside_source_scan = skip_then_wrap
    _wrap(kiosk_app, "_build_window", "window_build", "window_built")


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_kiosk(basedir: str, endpoint: str | None) -> None:
    from kiosk import app as kiosk_app

    MARKS["imported_app"] = time.time() - SPAWN
    MARKS["imported_app_cpu"] = time.process_time()
    original_show = kiosk_app._show
    keep: list[Any] = []

    def show(widget: Any, windowed: bool) -> None:
        original_show(widget, windowed)
        MARKS["window_shown"] = time.time() - SPAWN
        MARKS["window_shown_cpu"] = time.process_time()
        browse = getattr(widget, "browse", None)  # not on the staff notice
        if browse is None:
            return
        screen = browse.events_screen
        from PySide6.QtCore import QTimer

        def painted() -> None:
            rows = screen.model.rowCount()
            if rows and "rows_painted" not in MARKS:
                MARKS["rows_painted"] = time.time() - SPAWN
                MARKS["rows"] = rows
                MARKS["proc_age_at_rows"] = _proc_age()
                MARKS["none_refs_at_rows"] = sys.getrefcount(None)
                MARKS["rss_mb_at_rows"] = _rss_mb()
                MARKS["cpu_at_rows"] = time.process_time()  # this process, all threads
                MARKS["server_imported"] = sorted(
                    name for name in ("fastapi", "uvicorn", "kiosk.server", "PIL")
                    if name in sys.modules)
            last = browse._last_events
            if rows and last is not None and not last.stale and "live_painted" not in MARKS:
                MARKS["live_painted"] = time.time() - SPAWN
                QTimer.singleShot(0, widget.close_for_good)

        keep.append(_paint_timer(screen.view.viewport(), painted))
        # A bound on a broken run: give up after 30 s.
        QTimer.singleShot(30_000, widget.close_for_good)

    kiosk_app._show = show
    _mark_calls()
    if endpoint is None:
        argv = ["--demo", "--basedir", basedir]
    else:  # kiosk.server.demo's DEMO_TOKEN and DEMO_ORIGIN (not imported: see above)
        argv = ["--endpoint", endpoint, "--token", "demo-kiosk-token", "--origin",
                "http://kiosk.localhost", "--basedir", basedir]
    code = kiosk_app.main(argv)
    MARKS["exit_code"] = code


def run_bare(with_libs: bool = False) -> None:
    if with_libs:
        from production_libs import import_production_libraries

        import_production_libraries()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QListWidget, QVBoxLayout, QWidget

    MARKS["imported_app"] = time.time() - SPAWN
    app = QApplication(sys.argv[:1])
    window = QWidget()
    listing = QListWidget(window)
    listing.addItems([f"Event {n}" for n in range(1, 7)])
    QVBoxLayout(window).addWidget(listing)

    def painted() -> None:
        if "rows_painted" not in MARKS:
            MARKS["rows_painted"] = MARKS["live_painted"] = time.time() - SPAWN
            MARKS["proc_age_at_rows"] = _proc_age()
            MARKS["cpu_at_rows"] = time.process_time()
            QTimer.singleShot(0, window.close)

    observer = _paint_timer(listing.viewport(), painted)
    window.showFullScreen()
    QTimer.singleShot(30_000, window.close)
    app.exec()
    del observer


def main() -> None:
    if "--bare" in sys.argv[2:] or "--bare-libs" in sys.argv[2:]:
        run_bare(with_libs="--bare-libs" in sys.argv[2:])
    else:
        rest = sys.argv[3:]
        endpoint = rest[rest.index("--endpoint") + 1] if "--endpoint" in rest else None
        run_kiosk(sys.argv[2], endpoint)
    print(json.dumps(MARKS), flush=True)


if __name__ == "__main__":
    main()
