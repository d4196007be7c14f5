"""The kiosk's memory on a real X display with the on-screen keyboard shown (issue 13).

Run: ``.venv/bin/python benchmarks/bench_memory.py [--cycles 1000] [--runs 3]
[--display :61] [--variants kiosk,gl] [--json FILE]``

What it does (every wait bounded):

1. Starts Xvfb on ``--display`` (1920x1080x24) with openbox, and the local events server
   with the demo data in a process of its own (its memory is not the kiosk's).
2. For each variant and run, starts the real kiosk the production way, a fresh Python
   process running ``kiosk.app.main(["--endpoint", URL, "--token", ..., "--origin", ...,
   "--basedir", NEW_DIR])`` full screen with ``QT_QPA_PLATFORM=xcb``, and only adds an
   observer (``kiosk.app._show`` is wrapped, as in bench_gui_startup.py). Inside it:
   - "start": the events list painted from the server, 2 s settled (the keyboard's
     languages load a second after the start, with Qt Quick and QML);
   - "keyboard": a tap on an open event, Register, the first name focused and Qt Virtual
     Keyboard up and painted (its window swapped a frame), 1 s settled;
   - "after N": N refresh cycles with the form open, each the browse flow's own slots
     ``refresh_events()`` and ``refresh_open_event()`` (the 30 s and 10 s timers' work,
     through the task runner and its worker threads, as in the kiosk) run back to back
     until both answers are handled, instead of waiting 10 s x N;
   - growth: "after N" minus the sample after the first 10 % of the cycles (the caches
     warm up in the first cycles), and minus "keyboard";
   - "reset": ``window.reset_to_start()`` (the attendee is done: the keyboard reset for the
     next person and taken down), 1 s settled.
   Each sample is VmRSS from /proc/self/status and Pss from /proc/self/smaps_rollup. The
   observer imports nothing the kiosk does not before its samples are taken (it reaches
   the keyboard's window as a QWindow: PySide6.QtQuick would add 3-4 MB of bindings; it
   taps with QMouseEvents of its own, not PySide6.QtTest); it reports whether the kiosk
   imported PySide6.QtQuick and PySide6.QtTest.
   With ``BENCH_MEMORY_SMAPS=FILE`` each sample also appends to FILE every mapping's
   resident MB and their sum by category (``CATEGORIES``), and with ``PYTHONTRACEMALLOC=1``
   Python's heap by package; the parent prints both as medians at "start" and "keyboard"
   (the attribution table in BENCHMARKS.md, "Memory, third pass").
3. Variants: ``kiosk`` is the environment a kiosk gets (no QT_QUICK_BACKEND: the kiosk
   chooses, see kiosk.ui.keyboard.keyboard_environment); ``gl`` sets
   ``QT_QUICK_BACKEND=rhi`` as an operator would to put the keyboard back on Qt Quick's
   GPU renderer (under Xvfb that is Mesa's llvmpipe, as on a kiosk PC without a GPU
   driver). The graphics API the keyboard's window really used is reported.

4. The floor (``--floor-runs``, default: as many as ``--runs``, interleaved with them): the
   same samples, "start" and "keyboard", of a bare PySide6 window under the same display
   and environment (the kiosk's keyboard style, its software Qt Quick renderer, two malloc
   arenas): a full-screen QWidget with a six-row list and a line edit, the line edit
   focused and Qt Virtual Keyboard shown. ``bare`` imports nothing else; ``bare+libs``
   first imports what the production path loads before its first screen: the settings
   (``kiosk.app``, with pydantic), the contract models and the HTTP client
   (``kiosk.api.client``, httpx) and httpcore (its first request). What the kiosk holds
   above ``bare+libs`` is its own: screens, threads, stores, pictures, caches.

Prints a table of medians and one JSON line; ``--json`` writes it to a file too.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# kiosk.server.demo's DEMO_TOKEN and DEMO_ORIGIN, spelled out so that the kiosk's process
# does not import the server: only `kiosk --demo` does that.
TOKEN = "demo-kiosk-token"
ORIGIN = "http://kiosk.localhost"
EVENT = "Nordlicht_Tech_Conference"  # an open demo event with a register form
WAIT_S = 30.0  # bound on any single wait
BUDGET_RSS_MB = 150.0
BUDGET_GROWTH_MB = 5.0
VARIANTS = {"kiosk": {}, "gl": {"QT_QUICK_BACKEND": "rhi"}}


def smaps_by_file(limit: int = 0) -> list[tuple[str, float]]:
    """Resident MB per mapped file (anonymous memory as "[anon]"), largest first (all of
    them, or the ``limit`` largest)."""
    totals: dict[str, float] = {}
    name = "[anon]"
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as smaps:
        for line in smaps:
            first = line.split(None, 1)[0]
            if not first.endswith(":"):  # a mapping's header line: address perms ... path
                parts = line.split(None, 5)
                name = parts[5].strip() if len(parts) > 5 else "[anon]"
            elif first == "Rss:":
                totals[name] = totals.get(name, 0.0) + int(line.split()[1]) / 1024
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    return ranked[:limit] if limit else ranked


# The categories of the attribution table (BENCHMARKS.md, "Memory, third pass"): the first
# pattern a mapping's path contains names its category.
CATEGORIES = (
    ("[heap]", "malloc heap ([heap])"),
    ("[anon]", "anonymous (malloc arenas, Python objects, thread stacks)"),
    ("memfd:xorg", "X shared-memory backing stores (windows)"),
    ("memfd:JSGCHeap", "QML JavaScript heap"),
    ("libav", "FFmpeg (QtMultimedia's plugin)"),
    ("libsw", "FFmpeg (QtMultimedia's plugin)"),
    ("ffmpeg", "FFmpeg (QtMultimedia's plugin)"),
    ("Multimedia", "QtMultimedia"),
    ("libpulse", "PulseAudio client"),
    ("VirtualKeyboard", "Qt Virtual Keyboard"),
    ("/qml/", "Qt Quick/QML (plugins, QtQuick/Qml/OpenGL libraries)"),
    ("Quick", "Qt Quick/QML (plugins, QtQuick/Qml/OpenGL libraries)"),
    ("Qml", "Qt Quick/QML (plugins, QtQuick/Qml/OpenGL libraries)"),
    ("OpenGL", "Qt Quick/QML (plugins, QtQuick/Qml/OpenGL libraries)"),
    ("libicu", "ICU (Qt's)"),
    ("/PySide6/Qt/", "Qt libraries and plugins (Core, Gui, Widgets, Network, xcb, ...)"),
    ("/PySide6/", "PySide6 bindings (*.abi3.so)"),
    ("shiboken6", "PySide6 bindings (*.abi3.so)"),
    ("libpython", "Python interpreter and extension modules"),
    ("/lib-dynload/", "Python interpreter and extension modules"),
    ("pydantic_core", "Python interpreter and extension modules"),
    ("site-packages", "Python interpreter and extension modules"),
    ("libcrypto", "OpenSSL, SQLite"),
    ("libssl", "OpenSSL, SQLite"),
    ("libsqlite", "OpenSSL, SQLite"),
    ("fontconfig", "fonts (files, fontconfig cache)"),
    ("/fonts/", "fonts (files, fontconfig cache)"),
    ("/usr/lib/", "system libraries (libc, libstdc++, X11, xcb, glib, freetype, GL, ...)"),
    ("/lib/", "system libraries (libc, libstdc++, X11, xcb, glib, freetype, GL, ...)"),
)


def by_category(mappings: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """``smaps_by_file``'s mappings summed by CATEGORIES (the rest: "other")."""
    totals: dict[str, float] = {}
    for path, mb in mappings:
        name = next((c for pattern, c in CATEGORIES if pattern in path), "other")
        totals[name] = totals.get(name, 0.0) + mb
    return sorted(totals.items(), key=lambda kv: -kv[1])


def python_heap_mb(limit: int = 25) -> list[tuple[str, float]]:
    """With tracemalloc on (PYTHONTRACEMALLOC=1): Python's allocations in MB by where they
    were made: module code and other objects of the import system ("import"), each
    package, the kiosk's own modules, the standard library ("stdlib")."""
    import tracemalloc

    totals: dict[str, float] = {}
    for stat in tracemalloc.take_snapshot().statistics("filename"):
        name = stat.traceback[0].filename
        if name.startswith("<frozen importlib") or name.startswith("<frozen zipimport"):
            group = "import (module code, classes made at import)"
        elif "site-packages/" in name:
            group = name.split("site-packages/", 1)[1].split("/", 1)[0]
        elif "/kiosk/" in name:
            group = "kiosk/" + name.split("/kiosk/", 1)[1].split("/", 1)[0]
        elif "/lib/python3" in name:
            group = "stdlib " + name.split("/lib/python3", 1)[1].split("/", 2)[1]
        else:
            group = name
        totals[group] = totals.get(group, 0.0) + stat.size / 2**20
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    return [("total", sum(totals.values())), *ranked[:limit]]


def memory_mb(label: str = "") -> dict[str, float]:
    """This process's resident set and proportional set size, in MB (with
    BENCH_MEMORY_SMAPS=FILE, also every mapping's resident MB, their categories and,
    with tracemalloc on, Python's heap by package appended to FILE as one JSON line)."""
    dump = os.environ.get("BENCH_MEMORY_SMAPS")
    if dump:
        import tracemalloc

        mappings = smaps_by_file()
        record: dict[str, Any] = {"label": label, "categories": by_category(mappings),
                                  "mappings": mappings}
        if tracemalloc.is_tracing():
            record["python"] = python_heap_mb()
        if label == "keyboard":
            record["modules"] = sorted(sys.modules)
        with open(dump, "a", encoding="utf-8") as out_file:
            out_file.write(json.dumps(record) + "\n")
    out: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                out["rss"] = int(line.split()[1]) / 1024
    with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                out["pss"] = int(line.split()[1]) / 1024
    return out


# --------------------------------------------------------------------------- the kiosk child


def run_kiosk_child(url: str, basedir: str, cycles: int) -> None:
    """In the kiosk's own process: kiosk.app.main plus the observer described above."""
    from kiosk import app as kiosk_app

    result: dict[str, Any] = {"ok": False}
    original_show = kiosk_app._show

    def show(widget: Any, windowed: bool) -> None:
        original_show(widget, windowed)
        if getattr(widget, "browse", None) is None:  # the staff notice: nothing to drive
            return
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: drive(widget, result, cycles))

    kiosk_app._show = show
    code = kiosk_app.main(["--endpoint", url, "--token", TOKEN, "--origin", ORIGIN,
                           "--basedir", basedir])
    result["exit_code"] = code
    print(json.dumps(result), flush=True)


def _process(seconds: float = 0.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + seconds
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if time.monotonic() >= end:
            return
        time.sleep(0.005)


def _wait(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} within {WAIT_S:.0f} s")
        _process(0.01)


def _panel() -> Any:
    """The keyboard's window, without importing PySide6.QtQuick (None before it exists)."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui import keyboard

    return next((w for w in QGuiApplication.topLevelWindows()
                 if w.metaObject().className() == keyboard.PANEL_CLASS), None)


def _tap(widget: Any, pos: Any = None) -> None:
    """A left-button press and release at ``pos`` (the middle by default), as a finger's tap
    arrives. Not QTest.mouseClick: importing PySide6.QtTest maps Qt Test and its bindings
    (about 0.5 MB) into the kiosk's process, which the kiosk itself never loads."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    local = QPointF(pos if pos is not None else widget.rect().center())
    where = QPointF(widget.mapToGlobal(local.toPoint()))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                          (QEvent.Type.MouseButtonRelease, none)):
        QApplication.sendEvent(widget, QMouseEvent(kind, local, where, left, buttons,
                                                   Qt.KeyboardModifier.NoModifier))


def drive(window: Any, result: dict[str, Any], cycles: int) -> None:
    from PySide6.QtCore import SIGNAL, QObject, Qt
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui import keyboard
    from kiosk.ui.models import Role

    try:
        browse = window.browse
        events = browse.events_screen
        _wait(lambda: events.model.rowCount() > 0 and browse.last_events is not None
              and not browse.last_events.stale, "live events list")
        _process(2.0)
        result["start"] = memory_mb("start")

        row = next(r for r in range(events.model.rowCount())
                   if events.model.index(r, 0).data(Role.KEY) == EVENT)
        index = events.model.index(row, 0)
        events.view.scrollTo(index)
        _tap(events.view.viewport(), events.view.visualRect(index).center())
        page = browse.event_screen
        _wait(lambda: window.stack.currentWidget() is page and page.details is not None
              and not page.details.stale and page.primary.isEnabled(), "event page")
        _tap(page.primary)
        form = window.registration.register_screen
        _wait(lambda: window.stack.currentWidget() is form, "register form")
        form.first_name.setFocus(Qt.FocusReason.OtherFocusReason)
        method = QGuiApplication.inputMethod()
        # The observer imports nothing the kiosk does not (PySide6.QtQuick, with its
        # QtOpenGL bindings, costs some 3-6 MB): the keyboard's window as a QWindow, its
        # frames through the signal's name.
        _wait(lambda: method.isVisible() and _panel() is not None, "on-screen keyboard")
        panel = _panel()
        assert panel is not None
        frames: list[None] = []
        QObject.connect(panel, SIGNAL("frameSwapped()"), lambda: frames.append(None))
        panel.requestUpdate()
        _wait(lambda: bool(frames), "keyboard painted")
        _process(1.0)
        result["quick_bindings_imported"] = "PySide6.QtQuick" in sys.modules
        result["test_bindings_imported"] = "PySide6.QtTest" in sys.modules
        result["keyboard"] = memory_mb("keyboard")
        result["panel_geometry"] = panel.geometry().getRect()
        del panel  # a QWindow's wrapper: wrapped again as a QQuickWindow at the end
        result["keyboard_rect"] = method.keyboardRectangle().toAlignedRect().getRect()
        state = keyboard.keyboard_state() or {}  # the languages the kiosk limited it to
        result["keyboard_locales"] = [str(state.get("locale")),
                                      [str(x) for x in state.get("activeLocales") or []]]

        runner = window.runner
        samples: list[tuple[int, dict[str, float]]] = [(0, memory_mb())]
        step = max(cycles // 10, 1)
        cycle_ms: list[float] = []
        for n in range(1, cycles + 1):
            t0 = time.perf_counter()
            browse.refresh_events()
            browse.refresh_open_event()
            _wait(lambda: runner.running == 0, "refresh answers")
            cycle_ms.append((time.perf_counter() - t0) * 1e3)
            if n % step == 0:
                samples.append((n, memory_mb(f"after {n}")))
        if window.stack.currentWidget() is not form or not method.isVisible():
            raise RuntimeError("the form or the keyboard went away during the cycles")
        result["samples"] = samples
        result["after"] = samples[-1][1]
        result["cycle_ms_median"] = statistics.median(cycle_ms)
        # The attendee is done: the kiosk goes back to its events list, the keyboard reset
        # for the next person and taken down (kiosk.ui.keyboard.reset_keyboard).
        window.reset_to_start()
        _wait(lambda: not method.isVisible(), "the keyboard to go down")
        _process(1.0)
        result["reset"] = memory_mb("reset")
        result["quick_bindings_after_reset"] = "PySide6.QtQuick" in sys.modules
        keyboard._settings.panel = None  # the kiosk's QWindow wrapper of it, let go too
        gc.collect()
        from PySide6.QtQuick import QQuickWindow  # all measured: now the observer may

        quick = keyboard.panel_window()
        assert isinstance(quick, QQuickWindow), type(quick)
        result["graphics_api"] = quick.rendererInterface().graphicsApi().name
        result["ok"] = True
    except Exception as exc:  # reported to the parent, which fails the run
        result["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        window.close_for_good()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.exit(0)


# --------------------------------------------------------------------------- the floor child


def run_floor_child(with_libs: bool) -> None:
    """A bare PySide6 window with Qt Virtual Keyboard shown (the floor, in the docstring):
    prints one JSON line with its "start" and "keyboard" samples."""
    if with_libs:
        from production_libs import import_production_libraries

        import_production_libraries()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    listing = QListWidget(window)
    listing.addItems([f"Event {n}" for n in range(1, 7)])
    field = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(listing)
    layout.addWidget(field)
    window.showFullScreen()
    result: dict[str, Any] = {"ok": False}
    try:
        _process(2.0)
        result["start"] = memory_mb()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        method = QGuiApplication.inputMethod()
        method.show()
        _wait(lambda: method.isVisible() and _panel() is not None, "on-screen keyboard")
        _process(2.0)
        result["keyboard"] = memory_mb()
        result["ok"] = True
    except Exception as exc:  # reported to the parent, which fails the run
        result["error"] = f"{type(exc).__name__}: {exc}"
    print(json.dumps(result), flush=True)
    window.close()
    app.quit()


# --------------------------------------------------------------------------- the server child


def run_server_child(db: str) -> None:
    from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
    from kiosk.server.runner import start_server

    server = start_server(Path(db), demo=True, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)])
    try:
        print(json.dumps({"url": server.base_url_v2, "pid": os.getpid()}), flush=True)
        sys.stdin.read()  # until the benchmark closes our standard input
    finally:
        server.stop()


# --------------------------------------------------------------------------- the parent


def start_display(display: str, work: Path) -> list[subprocess.Popen[bytes]]:
    number = display.lstrip(":")
    if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        raise SystemExit(f"display {display} is in use: choose another with --display")
    xvfb = shutil.which("Xvfb")
    openbox = shutil.which("openbox")
    if xvfb is None or openbox is None:
        raise SystemExit("needs Xvfb and openbox")
    log = (work / "xvfb.log").open("wb")
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1920x1080x24", "-nolisten",
                               "tcp"], stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + WAIT_S
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"Xvfb did not start: see {work / 'xvfb.log'}")
        time.sleep(0.05)
    wm = subprocess.Popen([openbox], env=dict(os.environ, DISPLAY=display), stdout=log,
                          stderr=log, stdin=subprocess.DEVNULL)
    return [wm, server]


def kiosk_env(display: str, extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("QT_QPA_PLATFORM", "QT_IM_MODULE", "QT_QUICK_BACKEND", "QSG_RHI_BACKEND",
                 "WAYLAND_DISPLAY", "QT_VIRTUALKEYBOARD_STYLE"):
        env.pop(name, None)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8")
    env.update(extra)
    return env


def floor_env(display: str) -> dict[str, str]:
    """The environment the kiosk gives itself for its keyboard (its style, the software
    Qt Quick renderer, kiosk.ui.setup.enable_virtual_keyboard) and its two malloc arenas
    (kiosk.app._share_malloc_arenas), for the floor's bare window."""
    from kiosk.ui.keyboard import keyboard_environment, quick_backend_environment
    from kiosk.ui.setup import resources_dir

    env = kiosk_env(display, {"QT_IM_MODULE": "qtvirtualkeyboard", "MALLOC_ARENA_MAX": "2"})
    env.update(keyboard_environment(resources_dir(), env))
    env.update(quick_backend_environment(env))
    return env


def floor_run(display: str, with_libs: bool) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--floor", "libs" if with_libs else "bare"],
        env=floor_env(display), capture_output=True, text=True, timeout=WAIT_S * 2,
        check=False,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    result = dict(json.loads(lines[-1])) if lines else {}
    if not result.get("ok"):
        raise RuntimeError(f"the floor run failed: {result} {done.stderr[-2000:]}")
    return result


def one_run(url: str, display: str, extra: dict[str, str], basedir: Path,
            cycles: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--kiosk", url, str(basedir), str(cycles)],
        env=kiosk_env(display, extra), capture_output=True, text=True,
        timeout=WAIT_S * 4 + cycles * 0.5, check=False,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"the kiosk run failed: {done.stderr[-2000:]}")
    result = dict(json.loads(lines[-1]))
    if not result.get("ok"):
        raise RuntimeError(f"the kiosk run failed: {result} {done.stderr[-2000:]}")
    return result


def summarise(runs: list[dict[str, Any]], cycles: int) -> dict[str, Any]:
    def med(values: list[float]) -> float:
        return round(statistics.median(values), 1)

    out: dict[str, Any] = {"graphics_api": sorted({r["graphics_api"] for r in runs})}
    for kind in ("rss", "pss"):
        start = [r["start"][kind] for r in runs]
        board = [r["keyboard"][kind] for r in runs]
        after = [r["after"][kind] for r in runs]
        warm = [r["samples"][1][1][kind] for r in runs]
        out[kind] = {
            "start": med(start),
            "keyboard": med(board),
            "keyboard_cost": med([b - s for b, s in zip(board, start, strict=True)]),
            f"after_{cycles}": med(after),
            "growth_from_keyboard": med([a - b for a, b in zip(after, board, strict=True)]),
            "growth_after_warmup": med([a - w for a, w in zip(after, warm, strict=True)]),
            "reset": med([r["reset"][kind] for r in runs]),
        }
    out["cycle_ms_median"] = med([r["cycle_ms_median"] for r in runs])
    return out


def print_attribution(dump: Path) -> None:
    """The medians over the runs of BENCH_MEMORY_SMAPS's categories and Python heap, at the
    start and with the keyboard shown."""
    records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    for part in ("categories", "python"):
        table: dict[str, dict[str, list[float]]] = {}
        for record in records:
            if record.get("label") in ("start", "keyboard"):
                for name, mb in record.get(part) or []:
                    table.setdefault(name, {"start": [], "keyboard": []})[
                        record["label"]].append(mb)
        if not table:
            continue
        print(f"{'resident by category' if part == 'categories' else 'Python heap':60} "
              f"{'start':>7} {'keyboard':>9}   (MB, medians)")
        rows = [(name, statistics.median(v["start"] or [0.0]),
                 statistics.median(v["keyboard"] or [0.0])) for name, v in table.items()]
        for name, start, board in sorted(rows, key=lambda r: -r[2]):
            print(f"{name[:60]:60} {start:7.1f} {board:9.1f}")
        print(f"{'sum':60} {sum(r[1] for r in rows):7.1f} {sum(r[2] for r in rows):9.1f}")


def main() -> None:
    if sys.argv[1:2] == ["--kiosk"]:
        run_kiosk_child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    if sys.argv[1:2] == ["--serve"]:
        run_server_child(sys.argv[2])
        return
    if sys.argv[1:2] == ["--floor"]:
        run_floor_child(sys.argv[2] == "libs")
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--display", default=":61")
    parser.add_argument("--variants", default="kiosk,gl")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--floor-runs", type=int, default=None,
                        help="runs of each floor window (default: --runs; 0: none)")
    args = parser.parse_args()
    floor_runs = args.runs if args.floor_runs is None else args.floor_runs
    variants = [v for v in args.variants.split(",") if v]
    work = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    started: list[subprocess.Popen[Any]] = []
    results: dict[str, Any] = {"cycles": args.cycles, "runs": args.runs,
                               "load_before": os.getloadavg()}
    try:
        started.extend(start_display(args.display, work))
        server = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(work / "events.sqlite3")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        started.insert(0, server)
        assert server.stdout is not None
        url = json.loads(server.stdout.readline())["url"]
        per_variant: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
        floors: dict[str, list[dict[str, Any]]] = {"bare": [], "bare+libs": []}
        for i in range(max(args.runs, floor_runs)):
            if i < args.runs:
                for variant in variants:  # interleaved: the machine's load hits all alike
                    per_variant[variant].append(one_run(
                        url, args.display, VARIANTS[variant], work / f"{variant}-{i}",
                        args.cycles))
            if i < floor_runs:
                for name, runs in floors.items():
                    runs.append(floor_run(args.display, with_libs=name == "bare+libs"))
        for variant, runs in per_variant.items():
            results[variant] = summarise(runs, args.cycles)
            results[variant]["raw"] = runs
        if floor_runs:
            results["floor"] = {
                name: {kind: {sample: round(statistics.median(r[sample][kind] for r in runs), 1)
                              for sample in ("start", "keyboard")}
                       for kind in ("rss", "pss")}
                for name, runs in floors.items()
            }
    finally:
        for process in started:
            if process.stdin is not None:
                process.stdin.close()
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(work, ignore_errors=True)
    results["load_after"] = os.getloadavg()
    print(f"{'variant':8} {'graphics':10} {'':4} {'start':>7} {'keyboard':>9} {'kb cost':>8} "
          f"{'after':>7} {'growth':>7} {'growth*':>8} {'reset':>7}   (MB, medians of "
          f"{args.runs})")
    for variant in variants:
        summary = results[variant]
        for kind in ("rss", "pss"):
            s = summary[kind]
            print(f"{variant:8} {','.join(summary['graphics_api']):10} {kind:4} "
                  f"{s['start']:7.1f} {s['keyboard']:9.1f} {s['keyboard_cost']:8.1f} "
                  f"{s[f'after_{args.cycles}']:7.1f} {s['growth_from_keyboard']:7.1f} "
                  f"{s['growth_after_warmup']:8.1f} {s['reset']:7.1f}")
    for name, floor in results.get("floor", {}).items():
        for kind in ("rss", "pss"):
            start, board = floor[kind]["start"], floor[kind]["keyboard"]
            print(f"{name:19} {kind:4} {start:7.1f} {board:9.1f} {board - start:8.1f}   "
                  "(floor: a bare window, Qt Virtual Keyboard shown)")
    print(f"growth = after {args.cycles} cycles - with keyboard; growth* = after - after "
          f"the first {max(args.cycles // 10, 1)} cycles. Budgets: RSS <= {BUDGET_RSS_MB:.0f} "
          f"MB with the keyboard, growth <= {BUDGET_GROWTH_MB:.0f} MB. Load average "
          f"{results['load_before'][0]:.2f} before, {results['load_after'][0]:.2f} after.")
    dump = os.environ.get("BENCH_MEMORY_SMAPS")
    if dump and Path(dump).is_file():
        print_attribution(Path(dump))
    if "floor" in results and "kiosk" in results:
        own = results["kiosk"]["rss"]["keyboard"] - results["floor"]["bare+libs"]["rss"]["keyboard"]
        room = BUDGET_RSS_MB - results["floor"]["bare+libs"]["rss"]["keyboard"]
        print(f"The kiosk's own share with the keyboard shown (kiosk - bare+libs): {own:.1f} MB "
              f"RSS; the budget leaves it {room:.1f} MB.")
    line = json.dumps({k: v for k, v in results.items()} | {
        v: {k: x for k, x in results[v].items() if k != "raw"} for v in variants})
    print(line)
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
