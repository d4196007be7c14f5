"""The check-in path's performance budgets (DESIGN.md, "Budgets"), measured on this machine.

Run: ``.venv/bin/python benchmarks/bench_checkin.py [--quick] [--only NAME ...] [--json FILE]``

One function per measurement, each run in a fresh child process; the table says how much
CPU other processes used meanwhile, because this 2-core machine is shared.

- ``camera-decode``: ``decode_qr`` (kiosk/ui/camera.py) on 1280x720 frames in the format
  ``QVideoFrame.toImage()`` gives for a webcam's YUV frame (RGB32): a scene with no code
  (the common case) and QR codes of a check-in code and of a check-in URL at the sizes a
  phone or a printed badge has in a webcam's picture, tilted 7 degrees, with sensor noise.
  200 timed runs per case after 20 warm-up runs. Budget: 15 ms median.
- ``camera-stall``: the kiosk's camera path with the camera simulated: 1280x720 NV12
  frames (what many webcams deliver) go into ``CameraScanner``'s QVideoSink at 30 fps for
  10 s, the scanner decodes them on its worker thread, and a ``CameraPreview`` paints each
  one: full screen (1920x1080, the worst case), then 960x540. A 1 ms heartbeat timer in the
  GUI thread measures stalls (the longest gap between beats); an idle phase in the same
  process, without frames, is the machine's noise. Budget: 16 ms (one frame at 60 Hz).
- ``scan-online``: the kiosk as ``kiosk.app`` builds it (``_build_window``, its logging,
  full screen) in ``checkin`` mode for the demo conference, with a staff token, against
  the local events server in a process of its own (demo data, fresh database per
  measurement). 100+ attendees are registered through the API first. Each code is typed
  as a keyboard-wedge scanner types it: a press/release per character (Shift around
  capitals), 8 ms apart by the wedge scanner's clock, then Enter, sent with
  ``QApplication.sendEvent`` to the focus widget (the window when nothing has focus).
  Timed from the Enter press to the end of the repaint that paints the result screen
  after the result was put on it (the paint clock). Each scan starts on the scan screen
  (a tap on the result goes back); then every code again (AlreadyCheckedIn). Budget:
  150 ms median.
- ``scan-offline``: the same after the offline check-in list is synced, with the server
  process killed (SIGTERM): every connection is refused at once on loopback, so the
  answer comes from the local list. Budget: 50 ms median.
- ``queue-300``: 300 people scanned back to back, online, each scan sent as soon as the
  previous result is painted (the result screen takes the next scan): time per person,
  the GUI thread's longest stall (1 ms heartbeat, with the GUI thread's scheduler
  statistics to tell running from waiting), what the GUI thread did in the long gaps
  (slot, repaint, layouts, key events), the layouts of the window after each result, and
  the CPU the server process and the kiosk process used for the 300 (``/proc``).

The three kiosk measurements time each stage of every scan (the kiosk's own methods
wrapped with a timer, a few microseconds each): the Enter press handled in the GUI thread,
the hand-over to a worker, the outbox write, the HTTP round trip or the local list, the
GUI-thread slot that shows the result, the wait for the repaint, and the repaint itself.
The kiosk's periodic timers (events refresh, list sync, queue status) are stopped once
it is ready, as bench_gui.py does; the outbox drainer thread runs as in the app.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack, suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_gui import (  # noqa: E402
    ORIGIN,
    SCREEN,
    TOKEN,
    Heartbeat,
    LoadMeter,
    _proc_cpu,
    guard,
    make_paint_clock,
    part_result,
    pct,
    print_table,
    process,
    qt_app,
    row,
    wait_until,
)

BUDGETS = {
    "decode": 15.0,  # ms, median
    "stall": 16.0,  # ms, longest
    "scan": 150.0,  # ms, median: last key of a scan to the result painted, local server
    "scan_offline": 50.0,  # ms, median: the same, answered from the offline list
}
FRAME = (1280, 720)
SHORT_CODE = "7KQ4-M2ZP"
URL_CODE = "https://events.example.org/checkin?code=7KQ4M2ZP"


# --------------------------------------------------------------------------- frames


def scene(seed: int) -> Any:
    """A grey 1280x720 picture with what a webcam at a door sees in it: shapes of light
    and dark (people, furniture, signs), edges, a little blur and sensor noise."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(seed)
    image = Image.new("L", FRAME, 150)
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(FRAME[0]), rng.randrange(FRAME[1])
        w, h = rng.randrange(30, 400), rng.randrange(30, 400)
        shape = draw.rectangle if rng.random() < 0.5 else draw.ellipse
        shape((x, y, x + w, y + h), fill=rng.randrange(40, 230))
    for _ in range(12):  # lettering on signs and clothes
        x, y = rng.randrange(FRAME[0] - 200), rng.randrange(FRAME[1] - 40)
        draw.text((x, y), "WELCOME 2026 REGISTRATION", fill=rng.choice((20, 245)))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    noise = Image.frombytes("L", FRAME, bytes(
        min(255, max(0, round(rng.gauss(128, 6)))) for _ in range(FRAME[0] * FRAME[1])
    ))
    return ImageChops.add(image, noise, scale=1, offset=-128)


def with_code(background: Any, text: str, side: int, centre: tuple[int, int]) -> Any:
    """``background`` with a QR code of ``text``, ``side`` px across, tilted 7 degrees."""
    import qrcode
    from PIL import Image

    square = qrcode.make(text, box_size=20).get_image().convert("L")
    square = square.resize((side, side), Image.Resampling.BOX)
    code = square.rotate(7, Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    mask = Image.new("L", square.size, 255).rotate(7, Image.Resampling.BILINEAR, expand=True)
    out = background.copy()
    out.paste(code, (centre[0] - code.width // 2, centre[1] - code.height // 2), mask)
    return out


def to_rgb32(image: Any) -> Any:
    from PySide6.QtGui import QImage

    rgb = image.convert("RGB")
    wrapped = QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3,
                     QImage.Format.Format_RGB888)
    return wrapped.convertToFormat(QImage.Format.Format_RGB32)


class Nv12Maker:
    """Fresh NV12 QVideoFrames from grey pictures, as a camera hands them over (a frame
    caches its converted image, so each frame fed must be new)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QSize
        from PySide6.QtMultimedia import QVideoFrameFormat

        self.format = QVideoFrameFormat(
            QSize(*FRAME), QVideoFrameFormat.PixelFormat.Format_NV12
        )

    def frame(self, luma: bytes) -> Any:
        from PySide6.QtMultimedia import QVideoFrame

        frame = QVideoFrame(self.format)
        if not frame.map(QVideoFrame.MapMode.WriteOnly):
            raise RuntimeError("could not map a new NV12 frame")
        try:
            width, height = FRAME
            if frame.bytesPerLine(0) != width or frame.bytesPerLine(1) != width:
                raise RuntimeError("unexpected NV12 row padding")
            frame.bits(0)[: width * height] = luma
            frame.bits(1)[: width * height // 2] = b"\x80" * (width * height // 2)
        finally:
            frame.unmap()
        return frame


# --------------------------------------------------------------------------- camera-decode


def camera_decode(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.camera import decode_qr

    app = QGuiApplication([sys.argv[0]])
    runs, warmup = (50, 5) if args.quick else (200, 20)
    background = scene(1)
    cases = [
        ("no code (textured scene)", background, []),
        ("check-in code, 120 px (phone far away)",
         with_code(background, SHORT_CODE, 120, (400, 300)), [SHORT_CODE]),
        ("check-in code, 240 px (phone at arm's length)",
         with_code(background, SHORT_CODE, 240, (700, 380)), [SHORT_CODE]),
        ("check-in URL, 240 px", with_code(background, URL_CODE, 240, (640, 360)), [URL_CODE]),
        ("check-in URL, 420 px (phone held close)",
         with_code(background, URL_CODE, 420, (640, 360)), [URL_CODE]),
    ]
    rows = []
    for label, picture, expected in cases:
        image = to_rgb32(picture)
        found = decode_qr(image)
        if found != expected:
            raise RuntimeError(f"{label}: decoded {found!r}, expected {expected!r}")
        for _ in range(warmup):
            decode_qr(image)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            decode_qr(image)
            times.append((time.perf_counter() - t0) * 1e3)
        rows.append(row(f"decode_qr 1280x720: {label}", times, "ms", BUDGETS["decode"],
                        spread="p99", note=f"p95 {pct(times, 95):.2f} ms"))
    del app
    return {"rows": rows}


# --------------------------------------------------------------------------- camera-stall


def camera_stall(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.camera import CameraPreview, CameraScanner, decode_qr

    app = QApplication([sys.argv[0]])
    seconds = 3.0 if args.quick else 10.0
    idle_seconds = 2.0 if args.quick else 5.0

    # 30 pictures (a code walking across the scene, gone every third frame) in NV12 luma.
    background = scene(2)
    lumas = []
    for i in range(30):
        picture = background if i % 3 == 2 else with_code(
            background, SHORT_CODE, 200, (300 + i * 25, 360)
        )
        lumas.append(picture.tobytes())
    maker = Nv12Maker()

    decode_ms: list[float] = []

    def timed_decode(image: QImage) -> list[str]:
        t0 = time.perf_counter()
        texts = decode_qr(image)
        decode_ms.append((time.perf_counter() - t0) * 1e3)
        return texts

    scanner = CameraScanner("", repeat_ms=3000, decode=timed_decode)
    decoded: list[str] = []
    scanner.decoded.connect(decoded.append)
    preview = CameraPreview()
    scanner.frame_changed.connect(preview.set_frame)
    preview.set_available(True)
    preview.set_caption("Hold the QR code of your ticket inside the square")
    preview.resize(1920, 1080)
    preview.show()
    clock = make_paint_clock(preview, [preview])
    scanner.start()

    def run_for(duration: float) -> None:
        end = time.perf_counter() + duration
        while time.perf_counter() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.0005)

    run_for(0.5)  # first paint, first use of every code path
    fed = 0
    make_ms: list[float] = []
    feed_ms: list[tuple[float, float]] = []  # (end, ms)

    def feed() -> None:
        nonlocal fed
        t0 = time.perf_counter()
        frame = maker.frame(lumas[fed % len(lumas)])
        t1 = time.perf_counter()
        scanner.video_sink.setVideoFrame(frame)  # toImage, preview update, hand-over
        t2 = time.perf_counter()
        make_ms.append((t1 - t0) * 1e3)
        feed_ms.append((t2, (t2 - t1) * 1e3))
        fed += 1

    camera = QTimer()
    camera.setTimerType(Qt.TimerType.PreciseTimer)
    camera.setInterval(round(1000 / 30))
    camera.timeout.connect(feed)

    heart = Heartbeat()
    heart.start()
    idle_start = time.perf_counter()
    run_for(idle_seconds)
    idle_end = time.perf_counter()
    phases = []
    for width, height in ((1920, 1080), (960, 540)):
        preview.resize(width, height)
        run_for(0.3)
        fed_before, decoded_before = fed, len(decode_ms)
        start = time.perf_counter()
        camera.start()
        run_for(seconds)
        camera.stop()
        phases.append((width, height, start, time.perf_counter(), fed - fed_before,
                       len(decode_ms) - decoded_before))
        run_for(0.3)
    heart.stop()
    scanner.stop()
    preview.close()
    del app

    gaps = heart.gaps()
    idle_gaps = [g for end, g in gaps if idle_start <= end <= idle_end]
    rows = []
    for width, height, start, end, n_fed, n_decoded in phases:
        phase_gaps = [g for t, g in gaps if start <= t <= end]
        paints = [(e - s) * 1e3 for s, e, _ in clock.passes if start <= e <= end]
        ends = [e for _, e, _ in clock.passes if start <= e <= end]
        paint_gaps = [(b - a) * 1e3 for a, b in zip(ends, ends[1:], strict=False)]
        rows += [
            row(f"GUI stall: 30 fps NV12 1280x720 for {seconds:g} s, preview {width}x{height}",
                phase_gaps, "ms", BUDGETS["stall"], judge="max", spread="p99",
                note=f"1 ms heartbeat, n = gaps; {n_fed} frames fed, {n_decoded} decoded, "
                     f"{sum(g > BUDGETS['stall'] for g in phase_gaps)} gaps over budget"),
            row("  GUI thread per frame: setVideoFrame (toImage, update, hand-over)",
                [ms for t, ms in feed_ms if start <= t <= end], "ms", None, spread="p99"),
            row(f"  GUI thread per frame: repaint of the {width}x{height} preview", paints,
                "ms", None, spread="p99"),
            row("  paint-to-paint gap", paint_gaps, "ms", None, spread="p99"),
        ]
    rows += [
        row(f"  idle {idle_seconds:g} s, same process, no frames (machine noise)", idle_gaps,
            "ms", None, judge="max", spread="p99"),
        row("  simulation only: building each NV12 frame", make_ms, "ms", None, spread="p99",
            note="a real camera does this on its own thread"),
        row("  worker thread: decode_qr per decoded frame", decode_ms, "ms", None,
            spread="p99", note=f"codes announced: {len(decoded)} (one code, repeat_ms 3000)"),
    ]
    return {"rows": rows}


# --------------------------------------------------------------------------- door kiosk

STAFF_TOKEN = "bench-checkin-staff-token-0001"
# kiosk.server.demo.CONFERENCE, spelled out so that the kiosk's process does not import the
# server (the server process checks that it still matches).
CONFERENCE = "Nordlicht_Tech_Conference"
KEY_GAP_MS = 8.0  # between a wedge scanner's keys, by the wedge scanner's clock
FIRST_NAMES = ("Amara", "Bjorn", "Chiara", "Dawit", "Elif", "Farid", "Greta", "Hiroshi",
               "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Noor", "Olu", "Priya")


def serve(db: str) -> None:
    """``--serve DB``: the local events server with the demo data and the staff token, in
    this process, until standard input closes. Prints ``{"url", "pid", "port"}``."""
    from kiosk.server import demo
    from kiosk.server.runner import start_server

    if (demo.CONFERENCE, demo.DEMO_TOKEN, demo.DEMO_ORIGIN) != (CONFERENCE, TOKEN, ORIGIN):
        raise RuntimeError("bench_checkin's CONFERENCE/TOKEN/ORIGIN no longer match the demo")
    server = start_server(Path(db), demo=True, web_apps=[(demo.DEMO_TOKEN, demo.DEMO_ORIGIN)],
                          staff_tokens=[STAFF_TOKEN])
    try:
        print(json.dumps({"url": server.base_url_v2, "pid": os.getpid(), "port": server.port}),
              flush=True)
        sys.stdin.read()
    finally:
        server.stop()


def register_attendees(url: str, count: int) -> tuple[list[tuple[str, str]], int]:
    """``count`` attendees of the conference registered through the API (as a web portal
    would), each with the first two unrestricted sessions of today: ([(first name, code)],
    number of sessions today each has)."""
    from kiosk.api.client import EventsApiClient
    from kiosk.api.models import (
        Attendee,
        AttendeeSessions,
        CustomRegistrationFieldResponse,
        RegistrationData,
    )

    client = EventsApiClient(url, TOKEN, ORIGIN)
    try:
        responses = [
            CustomRegistrationFieldResponse(
                id=f.custom_registration_field_id, value=(f.choice_list or ["Yes"])[0]
            )
            for f in client.custom_registration_fields(CONFERENCE) if f.is_required
        ]
        today = datetime.now().astimezone().date()
        sessions = sorted(
            (s for s in client.sessions(CONFERENCE)
             if s.start_time_utc is not None and not s.is_capacity_restricted
             and s.start_time_utc.astimezone().date() == today),
            key=lambda s: s.start_time_utc or datetime.max,
        )
        chosen = [s.id for s in sessions[:1] + sessions[-1:]] if len(sessions) > 1 else [
            s.id for s in sessions
        ]
        people = []
        for n in range(count):
            first = f"{FIRST_NAMES[n % len(FIRST_NAMES)]}{n}"
            person = Attendee(
                first_name=first, last_name="Okafor", email=f"{first.lower()}@door.example",
                responses=responses,
                attendee_sessions=[AttendeeSessions(session_id=s) for s in chosen],
            )
            result = client.register(CONFERENCE, RegistrationData(attendees=[person]))
            if not result.attendees or not result.attendees[0].check_in_code:
                raise RuntimeError(f"registration {n} failed: {result.error_message}")
            people.append((first, result.attendees[0].check_in_code))
        return people, len(chosen)
    finally:
        client.close()


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """``bench_gui.wait_until`` without its polling: the events are processed as they come
    (``WaitForMoreEvents``, as ``app.exec()`` waits), the condition checked after each
    batch. Every condition waited on here changes in a GUI-thread slot, after an event.
    A timer wakes the loop at the deadline."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    deadline = time.perf_counter() + timeout
    alarm = QTimer()
    alarm.setSingleShot(True)
    alarm.start(int(timeout * 1000) + 10)
    try:
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"gave up waiting for {what}")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            guard().top_up()
    finally:
        alarm.stop()


class ScannerClock:
    """Monotonic milliseconds for the wedge scanner, moved on by ``Wedge`` per key."""

    def __init__(self) -> None:
        self.now = 100_000.0

    def __call__(self) -> float:
        return self.now


class Stages:
    """Times calls of the kiosk's own methods (wrapped on their instances)."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float, float, int]] = []  # name, start, end, thread

    def wrap(self, owner: Any, attribute: str, name: str | None = None) -> None:
        original = getattr(owner, attribute)
        label = name or attribute
        marks = self.marks

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                marks.append((label, t0, time.perf_counter(), threading.get_ident()))

        setattr(owner, attribute, timed)

    def within(self, start: int, a: float, b: float, name: str,
               thread: int | None = None) -> list[tuple[float, float]]:
        return [(s, e) for n, s, e, t in self.marks[start:]
                if n == name and a <= s and e <= b and (thread is None or t == thread)]


def make_layout_clock(widgets: Sequence[Any]) -> Any:
    """Times the LayoutRequest events of ``widgets``: (start, end, widget's class name).

    An application event filter, because QApplication hands a LayoutRequest to the
    widget's layout (``QLayout::widgetEvent``, where the layout is done) after the
    application's filters and before the widget's own: the filter delivers the event
    itself, the way the paint clock does with UpdateRequest. Python code on every event
    of the application: only where layouts are looked at (queue-300)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    class LayoutClock(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.passes: list[tuple[float, float, str]] = []
            self._names = {id(w): type(w).__name__ for w in widgets}
            self._inside: set[int] = set()
            app = QCoreApplication.instance()
            assert app is not None
            app.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            key = id(watched)
            if (event.type() != QEvent.Type.LayoutRequest or key not in self._names
                    or key in self._inside):
                return False
            self._inside.add(key)
            start = time.perf_counter()
            try:
                QCoreApplication.sendEvent(watched, event)
            finally:
                self._inside.discard(key)
            self.passes.append((start, time.perf_counter(), self._names[key]))
            return True

        def remove(self) -> None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    return LayoutClock()


class DoorKiosk:
    """The door kiosk as ``kiosk --mode checkin`` builds it: its settings from a settings
    file ([api] staff_token, [screen] mode and event), the command line for the rest,
    ``_configure_logging``, ``_build_window``, the idle watcher on the application, full
    screen; then ready when the door's event is named, the offline list synced and the
    sounds set up (1 s after the start)."""

    def __init__(self, url: str, folder: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from kiosk import app as kiosk_app
        from kiosk.services.outbox import Outbox

        folder.mkdir(parents=True, exist_ok=True)
        config = folder / "kiosk.toml"
        config.write_text(
            f'[api]\nstaff_token = "{STAFF_TOKEN}"\n\n'
            f'[screen]\nmode = "checkin"\nevent = "{CONFERENCE}"\n',
            encoding="utf-8",
        )
        args = kiosk_app.build_parser().parse_args(
            ["--config", str(config), "--endpoint", url, "--token", TOKEN, "--origin", ORIGIN,
             "--basedir", str(folder), "--lang", "en", "--mode", "checkin"]
        )
        settings = kiosk_app._settings(args)
        kiosk_app._configure_logging(settings.data_dir)
        self.settings = settings
        self.cleanup = ExitStack()
        self.client = kiosk_app.make_client(settings)
        self.cleanup.callback(self.client.close)
        self.outbox = Outbox(folder / "outbox.sqlite3")
        self.cleanup.callback(self.outbox.close)
        self.window = w = kiosk_app._build_window(
            settings, self.client, self.outbox, folder, self.cleanup
        )
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(w.idle)
        w.showFullScreen()
        w.start()
        flow = self.flow
        service = flow.service
        wait_until(lambda: flow.scan_screen.where.text() != "", "the door's event")
        wait_until(lambda: service._list is not None and service._list.status() is not None,
                   "the offline check-in list")
        wait_until(lambda: flow.sounds is not None, "the camera and sounds")
        wait_until(lambda: w.stack.currentWidget() is flow.scan_screen, "the scan screen")
        # The benchmark drives everything itself: no timer may add work at random.
        w.stop()
        self.settle()
        self.scanner_clock = ScannerClock()
        assert w.wedge is not None
        w.wedge._clock = self.scanner_clock  # keys 8 ms apart without waiting 8 ms
        self.clock = make_paint_clock(w, [flow.scan_screen, flow.result_screen])
        self.stages = Stages()
        self.shown: list[tuple[float, str, bool, str | None]] = []  # at, kind, offline, name
        self._instrument()

    @property
    def flow(self) -> Any:
        assert self.window.checkin is not None
        return self.window.checkin

    @property
    def list_entries(self) -> int:
        status = self.flow.service._list.status()
        return int(status.entries) if status is not None else 0

    def _instrument(self) -> None:
        flow, stages = self.flow, self.stages
        service = flow.service
        stages.wrap(flow, "_check_in", "worker")  # the runner's lambda looks it up per call
        stages.wrap(service, "check_in", "service")
        stages.wrap(self.client, "check_in", "http")
        stages.wrap(self.outbox, "add", "outbox.add")
        stages.wrap(self.outbox, "mark_delivered", "outbox.mark_delivered")
        stages.wrap(self.outbox, "record_failed_attempt", "outbox.record_failed_attempt")
        stages.wrap(service, "_remember", "list.remember")
        stages.wrap(service, "_offline_answer", "list.answer")
        stages.wrap(flow, "_context", "context")
        stages.wrap(self.window.runner, "run", "runner.run")
        stages.wrap(flow, "_on_checked", "gui.on_checked")
        show = flow.result_screen.show_outcome

        def show_outcome(outcome: Any, context: Any) -> None:
            self.shown.append((time.perf_counter(), str(outcome.kind), bool(outcome.offline),
                               outcome.first_name))
            show(outcome, context)

        flow.result_screen.show_outcome = show_outcome

    def settle(self) -> None:
        wait_until(lambda: self.window.runner.running == 0, "background tasks")
        process(0.05)
        wait_until(lambda: self.window.runner.running == 0, "background tasks")

    def close(self) -> None:
        self.window.stop()
        self.window.close_for_good()
        self.cleanup.close()


class Wedge:
    """A keyboard-wedge scanner: a press and a release per character (Shift around
    capitals, as a US-layout scanner sends them) and Enter, ``KEY_GAP_MS`` apart by the
    wedge scanner's clock, sent to the focus widget (the window when nothing has focus).
    Before each key the events already waiting are processed (no waiting), as the event
    loop turns between a real keyboard's events: a burst does not hold the GUI thread as
    one block."""

    def __init__(self, kiosk: DoorKiosk) -> None:
        self.kiosk = kiosk
        self.targets: set[str] = set()
        self.send_ms: list[float] = []  # per burst: in sendEvent (the kiosk's key handling)
        self.loop_ms: list[float] = []  # per burst: in processEvents between the keys
        self.loops: list[tuple[float, float]] = []  # each processEvents between keys
        self._send_s = 0.0

    def _send(self, target: Any, kind: Any, key: int, char: str, modifiers: Any) -> None:
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        event = QKeyEvent(kind, key, modifiers, char)
        t0 = time.perf_counter()
        QApplication.sendEvent(target, event)
        self._send_s += time.perf_counter() - t0

    def scan(self, code: str) -> tuple[float, float, float, float]:
        """Types ``code`` and Enter; returns (first key pressed, Enter pressed, Enter press
        handled, Enter released)."""
        from PySide6.QtCore import QCoreApplication, QEvent, Qt
        from PySide6.QtWidgets import QApplication

        press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
        shift, plain = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier
        focus = QApplication.focusWidget()
        target = focus if focus is not None else self.kiosk.window.windowHandle()
        self.targets.add(type(target).__name__ + (f" {target.objectName()}"
                                                  if target.objectName() else ""))
        clock = self.kiosk.scanner_clock
        first = time.perf_counter()
        self._send_s = loop_s = 0.0
        for char in code:
            t_loop = time.perf_counter()
            QCoreApplication.processEvents()
            self.loops.append((t_loop, time.perf_counter()))
            loop_s += time.perf_counter() - t_loop
            capital = char.isupper()
            if capital:
                self._send(target, press, Qt.Key.Key_Shift.value, "", shift)
            clock.now += KEY_GAP_MS
            modifiers = shift if capital else plain
            self._send(target, press, ord(char.upper()), char, modifiers)
            self._send(target, release, ord(char.upper()), char, modifiers)
            if capital:
                self._send(target, release, Qt.Key.Key_Shift.value, "", plain)
        t_loop = time.perf_counter()
        QCoreApplication.processEvents()
        self.loops.append((t_loop, time.perf_counter()))
        loop_s += time.perf_counter() - t_loop
        self.send_ms.append(self._send_s * 1e3)
        self.loop_ms.append(loop_s * 1e3)
        clock.now += KEY_GAP_MS
        enter = Qt.Key.Key_Return.value
        t0 = time.perf_counter()
        self._send(target, press, enter, "\r", plain)
        handled = time.perf_counter()
        self._send(target, release, enter, "\r", plain)
        return first, t0, handled, time.perf_counter()


def scan_and_wait(kiosk: DoorKiosk, wedge: Wedge, code: str, expect: str,
                  name: str) -> dict[str, float]:
    """One timed scan: keys, then the events processed until the result for it is painted.
    Returns the stages in ms (and ``total``)."""
    stages, passes, screen = kiosk.stages, kiosk.clock.passes, kiosk.flow.result_screen
    shown_before, marks_before, passes_before = len(kiosk.shown), len(stages.marks), len(passes)
    first_key, enter, handled, burst_end = wedge.scan(code)
    wait_for(lambda: len(kiosk.shown) > shown_before, "the check-in result")
    at, kind, offline, first = kiosk.shown[shown_before]
    if kind != expect or first != name or len(kiosk.shown) != shown_before + 1:
        raise RuntimeError(f"scan of {name}: {kiosk.shown[shown_before:]}, expected {expect}")

    def painted() -> tuple[float, float] | None:
        for start, end, seen in passes[passes_before:]:
            if start >= at and id(screen) in seen:
                return start, end
        return None

    wait_for(lambda: painted() is not None, "the result painted")
    paint = painted()
    assert paint is not None
    end = paint[1]
    submits = stages.within(marks_before, enter, end, "runner.run")
    worker = stages.within(marks_before, enter, end, "worker")
    gui = stages.within(marks_before, enter, end, "gui.on_checked")
    if len(worker) != 1 or len(gui) != 1:
        raise RuntimeError(f"expected one worker call and one GUI slot, got {worker} {gui}")
    (w0, w1), (g0, g1) = worker[0], gui[0]
    submit = min(s for s, _ in submits)  # the check-in's (refresh_queue_status's is later)
    thread = next(t for n, s, _, t in stages.marks[marks_before:] if n == "worker" and s == w0)

    def spent(name_: str) -> float:
        return sum(e - s for s, e in stages.within(marks_before, w0, w1, name_, thread)) * 1e3

    http, add = spent("http"), spent("outbox.add")
    delivered, failed = spent("outbox.mark_delivered"), spent("outbox.record_failed_attempt")
    remember, answer, context = spent("list.remember"), spent("list.answer"), spent("context")
    worker_ms = (w1 - w0) * 1e3
    return {
        "total": (end - enter) * 1e3,
        "gui_enter": (submit - enter) * 1e3,
        "to_worker": (w0 - submit) * 1e3,
        "outbox_add": add,
        "http": http,
        "outbox_result": delivered + failed,
        "list": remember + answer,
        "context": context,
        "worker_rest": worker_ms - add - http - delivered - failed - remember - answer - context,
        "worker": worker_ms,
        "to_gui": (g0 - w1) * 1e3,
        "gui_slot": (g1 - g0) * 1e3,
        "to_paint": (paint[0] - g1) * 1e3,
        "paint": (paint[1] - paint[0]) * 1e3,
        "offline": float(offline),
        # absolute times, for attributing GUI stalls
        "t_burst": first_key, "t_burst_end": burst_end, "t_slot": g0, "t_slot_end": g1,
        "t_paint": paint[0], "t_paint_end": paint[1],
    }


def back_to_scan(kiosk: DoorKiosk) -> None:
    """A tap on the result, as an attendee leaving it; until the scan screen is painted."""
    from bench_gui import tap

    flow, passes = kiosk.flow, kiosk.clock.passes
    before = len(passes)
    tap(flow.result_screen)
    wait_for(lambda: kiosk.window.stack.currentWidget() is flow.scan_screen,
             "the scan screen")
    wait_for(lambda: any(id(flow.scan_screen) in seen for _, _, seen in passes[before:]),
             "the scan screen painted")
    wait_for(lambda: kiosk.window.runner.running == 0, "background tasks")


STAGE_ROWS = (
    ("gui_enter", "GUI: Enter press -> runner.run (wedge filter, window, flow)"),
    ("to_worker", "runner.run -> worker thread starts the check-in"),
    ("outbox_add", "worker: outbox.add (stored, fsync)"),
    ("http", "worker: POST /checkins (client.check_in; offline: refused)"),
    ("outbox_result", "worker: outbox mark delivered / failed attempt"),
    ("list", "worker: offline list (remember / answer from it)"),
    ("context", "worker: sessions today from the catalog (_context)"),
    ("worker_rest", "worker: the rest (code, request, pydantic, outcome)"),
    ("to_gui", "worker done -> GUI slot starts (queued signal)"),
    ("gui_slot", "GUI: _on_checked (show_outcome, show_screen, sound)"),
    ("to_paint", "GUI slot done -> repaint starts"),
    ("paint", "repaint of the window (result screen)"),
)


def row95(what: str, values: Sequence[float], unit: str, budget: float | None,
          note: str = "") -> dict[str, Any]:
    """A table row with the p95 as its spread (bench_gui.row knows p90 and p99)."""
    r = row(what, values, unit, budget, note=note)
    r["spread_name"], r["spread"] = "p95", pct(values, 95)
    return r


def series_rows(label: str, runs: list[dict[str, float]], budget: float | None,
                note: str = "") -> list[dict[str, Any]]:
    totals = [r["total"] for r in runs]
    rows = [row95(label, totals, "ms", budget, note=note)]
    for key, what in STAGE_ROWS:
        values = [r[key] for r in runs]
        if max(values) < 0.005:
            continue
        rows.append(row95(f"  {what}", values, "ms", None))
    return rows


def kill_server(pid: int, port: int) -> dict[str, Any]:
    """SIGTERM the server process; return when every thread of it has ended and its port
    refuses connections (a leader thread may show as a zombie before the others are
    gone and the sockets closed)."""
    import signal
    import socket

    os.kill(pid, signal.SIGTERM)

    def gone() -> bool:
        try:
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return True
        for tid in threads:
            try:
                with open(f"/proc/{pid}/task/{tid}/stat", encoding="ascii") as stat:
                    if stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X"):
                        return False
            except OSError:
                continue
        return True

    def refused() -> float | None:
        t0 = time.perf_counter()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        except ConnectionRefusedError:
            return (time.perf_counter() - t0) * 1e3
        return None

    wait_until(gone, "the server process to end", timeout=15)
    wait_until(lambda: refused() is not None, "the server's port to refuse", timeout=15)
    samples = [refused() for _ in range(5)]
    if any(ms is None for ms in samples):
        raise RuntimeError("the server's port accepted a connection again")
    return {"refused_after_ms": round(max(ms or 0.0 for ms in samples), 3)}


def door_part(args: argparse.Namespace, folder: str, count: int) -> tuple[Any, DoorKiosk,
                                                                          list[tuple[str, str]],
                                                                          int]:
    app = qt_app()
    people, sessions = register_attendees(args.url, count)
    kiosk = DoorKiosk(args.url, Path(args.work) / folder)
    if kiosk.list_entries < count:
        raise RuntimeError(f"offline list holds {kiosk.list_entries} of {count} attendees")
    return app, kiosk, people, sessions


# --------------------------------------------------------------------------- scan-online


WARMUP_SCANS = 3


def scan_series(kiosk: DoorKiosk, wedge: Wedge, people: Sequence[tuple[str, str]],
                expect: str) -> list[dict[str, float]]:
    runs = []
    for name, code in people:
        runs.append(scan_and_wait(kiosk, wedge, code, expect, name))
        back_to_scan(kiosk)
    return runs


def scan_online(args: argparse.Namespace) -> dict[str, Any]:
    n = 20 if args.quick else 120
    app, kiosk, people, sessions = door_part(args, "online", n + WARMUP_SCANS)
    wedge = Wedge(kiosk)
    scan_series(kiosk, wedge, people[:WARMUP_SCANS], "checked_in")
    timed = people[WARMUP_SCANS:]
    first = scan_series(kiosk, wedge, timed, "checked_in")
    again = scan_series(kiosk, wedge, timed, "already_checked_in")
    kiosk.close()
    del app
    budget = BUDGETS["scan"]
    where = "from the scan screen (a tap on each result goes back to it)"
    return {
        "rows": [
            *series_rows("Scan (Enter) -> result painted, online: CheckedIn", first, budget,
                         note=f"{len(first)} attendees, each once, {where}"),
            *series_rows("Same codes again: AlreadyCheckedIn", again, budget,
                         note=f"same attendees, second pass, {where}"),
        ],
        "info": {
            "network": "local events server in its own process, loopback, keep-alive",
            "keys_sent_to": sorted(wedge.targets),
            "sessions_today_per_attendee": sessions,
            "sounds": "loaded" if kiosk.flow.sounds._effects else "no audio output (off)",
        },
    }


# --------------------------------------------------------------------------- scan-offline


def scan_offline(args: argparse.Namespace) -> dict[str, Any]:
    n = 20 if args.quick else 120
    app, kiosk, people, sessions = door_part(args, "offline", n + WARMUP_SCANS)
    wedge = Wedge(kiosk)
    scan_series(kiosk, wedge, people[:WARMUP_SCANS], "checked_in")  # online, first use
    kiosk.settle()
    network = kill_server(args.server_pid, args.server_port)
    timed = people[WARMUP_SCANS:]
    first = scan_series(kiosk, wedge, timed, "checked_in")
    again = scan_series(kiosk, wedge, timed, "already_checked_in")
    if not all(r["offline"] for r in first + again):
        raise RuntimeError("an offline scan was answered online")
    queued = kiosk.outbox.queued_count()[0]
    entries = kiosk.list_entries
    kiosk.close()
    del app
    budget = BUDGETS["scan_offline"]
    where = "from the scan screen (a tap on each result goes back to it)"
    return {
        "rows": [
            *series_rows("Scan (Enter) -> result painted, offline list: CheckedIn", first,
                         budget, note=f"{len(first)} attendees, each once, {where}; first scan "
                                      f"after the outage {first[0]['total']:.1f} ms"),
            *series_rows("Same codes again, offline: AlreadyCheckedIn", again, budget,
                         note=f"second pass, {where}"),
        ],
        "info": {
            "network": "server process SIGTERMed after the list sync; its loopback port "
                       f"refuses connections (a test connect was refused in "
                       f"{network['refused_after_ms']} ms); the kiosk's client keeps its "
                       "connect timeout of "
                       f"{kiosk.settings.api.connect_timeout:g} s, never reached",
            "list_entries": entries,
            "check_ins_left_queued": queued,
            "keys_sent_to": sorted(wedge.targets),
        },
    }


# --------------------------------------------------------------------------- queue-300


class SchedHeartbeat(Heartbeat):
    """bench_gui's heartbeat that also reads the GUI thread's scheduler statistics at each
    beat (/proc/self/task/<tid>/schedstat: ns on a CPU, ns waiting for one), so that a gap
    splits into running, waiting for a core, and blocked (the interpreter lock, I/O)."""

    def __init__(self) -> None:
        super().__init__()
        self.sched: list[tuple[int, int]] = []
        self._fd = os.open(f"/proc/self/task/{threading.get_native_id()}/schedstat",
                           os.O_RDONLY)

    def _beat(self) -> None:
        self.beats.append(time.perf_counter())
        running, waiting = os.pread(self._fd, 64, 0).split()[:2]
        self.sched.append((int(running), int(waiting)))

    def split(self, over: float, start: float, end: float) -> str:
        """Running / waiting for a core / blocked, in ms, summed over gaps > ``over`` ms."""
        b, sched = self.beats, self.sched
        run = queue = blocked = 0.0
        count = 0
        for i in range(1, min(len(b), len(sched))):
            gap = (b[i] - b[i - 1]) * 1e3
            if gap <= over or not start <= b[i] <= end:
                continue
            count += 1
            r = (sched[i][0] - sched[i - 1][0]) / 1e6
            q = (sched[i][1] - sched[i - 1][1]) / 1e6
            run, queue, blocked = run + r, queue + q, blocked + max(0.0, gap - r - q)
        return (f"{count} gaps: GUI thread running {run:.0f} ms, waiting for a core "
                f"{queue:.0f} ms, blocked {blocked:.0f} ms")


def thread_cpu() -> dict[str, float]:
    """CPU seconds of each thread of this process so far, by name (Python's thread names,
    the OS's for the others; same names summed)."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    tick = os.sysconf("SC_CLK_TCK")
    found: dict[str, float] = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat", encoding="ascii") as stat:
                head, tail = stat.read().rsplit(")", 1)
        except OSError:
            continue
        fields = tail.split()
        name = names.get(int(tid)) or head.split("(", 1)[1]
        name = name.rstrip("0123456789_-")  # kiosk-task_0, kiosk-task_1 ... together
        found[name] = found.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return found


def attribute_stalls(gaps: Sequence[tuple[float, float]], runs: Sequence[dict[str, float]],
                     passes: Sequence[tuple[float, float, Any]],
                     layouts: Sequence[tuple[float, float, str]],
                     loops: Sequence[tuple[float, float]], over: float) -> str:
    """What the GUI thread was doing during the gaps over ``over`` ms: ms spent in the
    check-in slot, a repaint, a layout (LayoutRequest of the window, its central widget,
    the stack, the result screen), the key events, the rest."""
    spans: list[tuple[float, float, str]] = []
    for r in runs:
        spans.append((r["t_slot"], r["t_slot_end"], "slot"))
    spans += [(a, b, "paint") for a, b, _ in passes]
    spans += [(a, b, "layout") for a, b, _ in layouts]
    totals = {"slot": 0.0, "paint": 0.0, "layout": 0.0, "keys": 0.0, "other": 0.0}
    bursts = [(r["t_burst"], r["t_burst_end"]) for r in runs]
    big = [(end, gap) for end, gap in gaps if gap > over]
    for end, gap in big:
        begin = end - gap / 1e3
        covered = 0.0
        for a, b, kind in spans:
            overlap = max(0.0, min(b, end) - max(a, begin)) * 1e3
            totals[kind] += overlap
            covered += overlap
        # In a burst, outside the processEvents between keys: the key events themselves.
        for a, b in bursts:
            in_burst = max(0.0, min(b, end) - max(a, begin)) * 1e3
            if in_burst <= 0:
                continue
            in_loops = sum(max(0.0, min(d, b, end) - max(c, a, begin)) * 1e3 for c, d in loops)
            totals["keys"] += in_burst - in_loops
            covered += in_burst - in_loops
        totals["other"] += max(0.0, gap - covered)
    if not big:
        return "none"
    return f"{len(big)} gaps, {sum(g for _, g in big):.0f} ms: " + ", ".join(
        f"{kind} {ms:.0f} ms" for kind, ms in totals.items()
    )


def write_profile(profiler: Any, path: str, title: str) -> None:
    import io
    import pstats

    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(35)
    stats.sort_stats("cumulative").print_stats(35)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"==== {title}\n{out.getvalue()}\n")


def queue_300(args: argparse.Namespace) -> dict[str, Any]:
    count = 60 if args.quick else 300
    app, kiosk, people, sessions = door_part(args, "queue", count + WARMUP_SCANS)
    wedge = Wedge(kiosk)
    scan_series(kiosk, wedge, people[:WARMUP_SCANS], "checked_in")
    kiosk.settle()
    queue = people[WARMUP_SCANS:]
    w = kiosk.window
    layout_clock = make_layout_clock(
        [w, w.centralWidget(), w.stack, kiosk.flow.result_screen, kiosk.flow.scan_screen]
    )
    heart = SchedHeartbeat()
    heart.start()
    idle_seconds = 1.0 if args.quick else 3.0
    idle0 = resource.getrusage(resource.RUSAGE_SELF)
    idle_start = time.perf_counter()
    wait_for(lambda: time.perf_counter() - idle_start >= idle_seconds, "the idle phase")
    idle_end = time.perf_counter()
    idle1 = resource.getrusage(resource.RUSAGE_SELF)
    idle_cpu = (idle1.ru_utime - idle0.ru_utime) + (idle1.ru_stime - idle0.ru_stime)
    server_cpu0 = _proc_cpu(args.server_pid)
    threads0 = thread_cpu()
    own0 = resource.getrusage(resource.RUSAGE_SELF)
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()  # the GUI thread only
    start = time.perf_counter()
    runs = [scan_and_wait(kiosk, wedge, code, "checked_in", name) for name, code in queue]
    end = time.perf_counter()
    if profiler is not None:
        profiler.disable()
        write_profile(profiler, args.profile, "queue-300, GUI thread")
    server_cpu = _proc_cpu(args.server_pid) - server_cpu0
    threads1 = thread_cpu()
    own1 = resource.getrusage(resource.RUSAGE_SELF)
    kiosk_cpu = (own1.ru_utime - own0.ru_utime) + (own1.ru_stime - own0.ru_stime)
    heart.stop()
    passes = list(kiosk.clock.passes)
    layout_clock.remove()
    layouts = [(a, b, name) for a, b, name in layout_clock.passes if start <= b <= end]
    kiosk.close()
    del app
    gaps = heart.gaps()
    busy = [(t, g) for t, g in gaps if start <= t <= end]
    idle = [g for t, g in gaps if idle_start <= t <= idle_end]
    per_person = (end - start) / len(queue) * 1e3
    stall = BUDGETS["stall"]
    busy_gaps = [g for _, g in busy]
    bursts = [(r["t_burst_end"] - r["t_burst"]) * 1e3 for r in runs]
    stalls = attribute_stalls(busy, runs, passes, layouts, wedge.loops, BUDGETS["stall"])
    layout_by: dict[str, float] = {}
    for a, b, name in layouts:
        layout_by[name] = layout_by.get(name, 0.0) + (b - a) * 1e3
    # Per person: the layouts between its result's slot and its paint, and after its paint
    # (until the next person's Enter).
    layout_before, layout_after = [], []
    for i, r in enumerate(runs):
        limit = runs[i + 1]["t_slot"] if i + 1 < len(runs) else end
        layout_before.append(sum((b - a) * 1e3 for a, b, _ in layouts
                                 if r["t_slot"] <= a and b <= r["t_paint"]))
        layout_after.append(sum((b - a) * 1e3 for a, b, _ in layouts
                                if r["t_paint_end"] <= a and b <= limit))
    return {
        "rows": [
            row(f"Queue of {len(queue)}: wall time per person (kiosk side)", [per_person], "ms",
                None, judge="max",
                note=f"{end - start:.2f} s for {len(queue)}; each scan sent when the last "
                     f"result was painted; {len(queue) / (end - start):.1f} people/s"),
            *series_rows("  Enter -> result painted, back to back", runs, BUDGETS["scan"],
                         note="result screen to result screen"),
            row95("  benchmark: delivering one burst of keys (not in the figures above)",
                  bursts, "ms", None,
                  note=f"{KEY_GAP_MS:g} ms apart by the scanner's clock; of which in "
                       f"sendEvent (the kiosk's key handling) median "
                       f"{statistics.median(wedge.send_ms):.2f} ms, in processEvents "
                       f"between keys {statistics.median(wedge.loop_ms):.2f} ms"),
            row("  layouts (LayoutRequest) per person, after the result painted",
                layout_after, "ms", None,
                note="by widget: "
                     + ", ".join(f"{name} {ms / len(queue):.2f}"
                                 for name, ms in layout_by.items())
                     + " ms per person; before the paint (in Enter -> painted) median "
                       f"{statistics.median(layout_before):.2f} ms"),
            row("GUI stall during the queue (1 ms heartbeat)", busy_gaps, "ms", stall,
                judge="max", spread="p99",
                note=f"{len(busy_gaps)} gaps, {sum(g > stall for g in busy_gaps)} over "
                     f"{stall:g} ms; in those: {stalls}; {heart.split(stall, start, end)}"),
            row("  idle, same process, before the queue (machine noise)", idle, "ms", None,
                judge="max", spread="p99"),
            row(f"Server process CPU for the {len(queue)} check-ins", [server_cpu * 1e3], "ms",
                None, judge="max",
                note=f"{server_cpu / len(queue) * 1e3:.2f} ms CPU per check-in "
                     f"(/proc/<pid>/stat, 10 ms ticks)"),
            row(f"Kiosk process CPU for the {len(queue)} (incl. the benchmark's key bursts)",
                [kiosk_cpu * 1e3], "ms", None, judge="max",
                note=f"{kiosk_cpu / len(queue) * 1e3:.2f} ms CPU per person; idle with the "
                     f"heartbeat: {idle_cpu / (idle_end - idle_start) * 1e3:.0f} ms CPU/s"),
        ],
        "info": {
            "network": "local events server in its own process, loopback, keep-alive",
            "keys_sent_to": sorted(wedge.targets),
            "kiosk_cpu_ms_per_person_by_thread": {
                name: round((cpu - threads0.get(name, 0.0)) / len(queue) * 1e3, 2)
                for name, cpu in sorted(threads1.items(), key=lambda kv: -kv[1])
                if cpu - threads0.get(name, 0.0) > 0
            },
        },
    }


# --------------------------------------------------------------------------- driver

MEASUREMENTS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "camera-decode": camera_decode,
    "camera-stall": camera_stall,
    "scan-online": scan_online,
    "scan-offline": scan_offline,
    "queue-300": queue_300,
}
WITH_SERVER = frozenset({"scan-online", "scan-offline", "queue-300"})


def start_server_process(db: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str],
                                                                   dict[str, Any]]:
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert server.stdout is not None
    line = server.stdout.readline()
    if not line:
        server.wait(timeout=30)
        raise RuntimeError(f"the events server did not start (exit {server.returncode})")
    return server, json.loads(line)


def stop_server_process(server: subprocess.Popen[str]) -> None:
    """Close its standard input (it stops); one the part killed is only reaped."""
    assert server.stdin is not None
    with suppress(BrokenPipeError):
        server.stdin.close()
    server.wait(timeout=60)


def run_part(name: str, args: argparse.Namespace, env: dict[str, str],
             work: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--part", name, "--work", str(work)]
    if args.quick:
        command.append("--quick")
    if args.profile:
        command += ["--profile", str(Path(args.profile).resolve())]
    server = None
    if name in WITH_SERVER:  # a fresh database for each measurement
        server, hello = start_server_process(work / f"events-{name}.sqlite3", env)
        command += ["--url", hello["url"], "--server-pid", str(hello["pid"]),
                    "--server-port", str(hello["port"])]
    meter = LoadMeter(server.pid if server is not None else None)
    started = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800,
                              check=False)
    finally:
        if server is not None:
            # Before the meter reads: a reaped server's CPU counts among our children.
            stop_server_process(server)
    return part_result(name, done, started, meter)


def orchestrate(args: argparse.Namespace) -> int:
    wanted = [name for name in MEASUREMENTS if not args.only or name in args.only]
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench_checkin_") as tmp:
        screen_file = Path(tmp) / "screen.json"
        screen_file.write_text(json.dumps(SCREEN), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file}"
        for name in wanted:
            print(f"... {name}", file=sys.stderr, flush=True)
            results[name] = run_part(name, args, env, Path(tmp))
    from importlib.metadata import version

    print(f"bench_checkin {date.today().isoformat()} {'(quick)' if args.quick else ''}; "
          f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}, PySide6 "
          f"{version('PySide6-Essentials')}, zxing-cpp {version('zxing-cpp')}; "
          f"QT_QPA_PLATFORM=offscreen, one 1920x1080 screen; load average "
          f"{' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    ok = print_table(results, what_width=72, budget_width=16)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--only", nargs="+", choices=list(MEASUREMENTS),
                        help="run only these measurements")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--profile", metavar="FILE",
                        help="queue-300: append a cProfile of the GUI thread to FILE")
    parser.add_argument("--part", choices=list(MEASUREMENTS), help=argparse.SUPPRESS)
    parser.add_argument("--serve", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--server-pid", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--server-port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve)
        return 0
    if args.part:
        result = MEASUREMENTS[args.part](args)
        print(json.dumps(result), flush=True)
        sys.stderr.flush()
        if args.part in WITH_SERVER:
            # No interpreter tear-down (see bench_gui.NoneGuard): the Qt calls' lost
            # references to None would abort the process while it frees the kiosk.
            os._exit(0)
        return 0
    return orchestrate(args)


if __name__ == "__main__":
    sys.exit(main())
