"""Start-up driver for bench_gui.py: ``kiosk --demo`` until the event list is painted.

Run by bench_gui.py in a fresh Python process, as
``python benchmarks/bench_gui_startup.py SPAWN_TIME BASEDIR [--bare]``, where SPAWN_TIME
is the parent's ``time.time()`` just before it spawned this process. It runs the real
``kiosk.app.main(["--demo", "--basedir", BASEDIR])`` (full screen, as on a kiosk) and
only adds an observer: ``kiosk.app._show`` is wrapped so that, once the window is shown,
an event filter watches the Paint events of the event list's viewport. The first paint
with rows in the model and the first paint of the live (not stored, not stale) list are
timed at the end of the paint, then the window is closed and the app quits normally.

With ``--bare`` it instead shows an empty full-screen QWidget and times its first paint:
the reference point (what PySide6 alone costs on this machine).

Prints one JSON line: seconds since SPAWN_TIME for each milestone.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

SPAWN = float(sys.argv[1])
MARKS: dict[str, float] = {"python_main": time.time() - SPAWN}

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
        try:
            return original(*args, **kwargs)
        finally:
            if after and after not in MARKS:
                MARKS[after] = time.time() - SPAWN

    setattr(module, name, timed)


def _mark_calls() -> None:
    from kiosk import app as kiosk_app
    from kiosk.server import runner
    from kiosk.ui import setup

    _wrap(runner, "start_server", "server_start", "server_started")
    _wrap(setup, "enable_virtual_keyboard", "qt_start", None)
    _wrap(setup, "apply_theme", "qapplication_made", "theme_applied")
    _wrap(kiosk_app, "_build_window", "window_build", "window_built")


def run_kiosk(basedir: str) -> None:
    from kiosk import app as kiosk_app

    MARKS["imported_app"] = time.time() - SPAWN
    original_show = kiosk_app._show
    keep: list[Any] = []

    def show(widget: Any, windowed: bool) -> None:
        original_show(widget, windowed)
        MARKS["window_shown"] = time.time() - SPAWN
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
            last = browse._last_events
            if rows and last is not None and not last.stale and "live_painted" not in MARKS:
                MARKS["live_painted"] = time.time() - SPAWN
                QTimer.singleShot(0, widget.close_for_good)

        keep.append(_paint_timer(screen.view.viewport(), painted))
        # A bound on a broken run: give up after 30 s.
        QTimer.singleShot(30_000, widget.close_for_good)

    kiosk_app._show = show
    _mark_calls()
    code = kiosk_app.main(["--demo", "--basedir", basedir])
    MARKS["exit_code"] = code


def run_bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    MARKS["imported_app"] = time.time() - SPAWN
    app = QApplication(sys.argv[:1])
    window = QWidget()

    def painted() -> None:
        if "rows_painted" not in MARKS:
            MARKS["rows_painted"] = MARKS["live_painted"] = time.time() - SPAWN
            MARKS["proc_age_at_rows"] = _proc_age()
            QTimer.singleShot(0, window.close)

    observer = _paint_timer(window, painted)
    window.showFullScreen()
    QTimer.singleShot(30_000, window.close)
    app.exec()
    del observer


def main() -> None:
    if "--bare" in sys.argv[2:]:
        run_bare()
    else:
        run_kiosk(sys.argv[2])
    print(json.dumps(MARKS), flush=True)


if __name__ == "__main__":
    main()
