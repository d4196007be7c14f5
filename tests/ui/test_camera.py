"""QR codes from the camera: real codes as a webcam sees them decode to their exact text,
a code held up is one scan, decoding never piles up, and no camera is a normal state.

The only thing simulated is the camera hardware: frames go into ``CameraScanner``'s
``QVideoSink`` with ``setVideoFrame``, the path a QCamera's frames take through the
capture session. Codes are made with ``qrcode`` and spoilt with Pillow (qr_images.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QMediaDevices, QVideoFrame, QVideoFrameFormat
from pytestqt.qtbot import QtBot
from qr_images import (
    SHORT_CODE,
    URL_CODE,
    blurred,
    everything,
    glare,
    in_frame,
    inverted,
    low_contrast,
    noisy,
    nv12_frame,
    qr_image,
    rotated,
    small,
    to_qimage,
)

from kiosk.ui.camera import CameraPreview, CameraScanner, decode_qr, preferred_format

TIMEOUT = 10_000  # ms
Spoil = Callable[[Image.Image], Image.Image]


class Clock:
    """Monotonic milliseconds that a test moves on by hand."""

    def __init__(self) -> None:
        self.now = 50_000.0

    def __call__(self) -> float:
        return self.now


class CountingDecoder:
    """decode_qr, counting the frames decoded and noting on which threads."""

    def __init__(self) -> None:
        self.calls = 0
        self.threads: set[str] = set()

    def __call__(self, image: QImage) -> list[str]:
        texts = decode_qr(image)
        self.threads.add(threading.current_thread().name)
        self.calls += 1
        return texts


class Camera:
    """The simulated camera: frames into the scanner's QVideoSink, as a QCamera's go."""

    def __init__(self, qtbot: QtBot, scanner: CameraScanner, decoder: CountingDecoder) -> None:
        self.qtbot = qtbot
        self.scanner = scanner
        self.decoder = decoder
        self._syncs = 0

    def feed(self, image: QImage) -> None:
        self.scanner.video_sink.setVideoFrame(QVideoFrame(image))

    def show(self, image: QImage) -> None:
        """One frame, decoded before the next comes (so none is dropped)."""
        before = self.decoder.calls
        self.feed(image)
        self.qtbot.waitUntil(lambda: self.decoder.calls > before, timeout=TIMEOUT)

    def settle(self) -> str:
        """Wait until every result so far has reached the GUI thread: results arrive in
        order, so once a new code shown after them is announced, they have been handled."""
        self._syncs += 1
        marker = f"SYNC-{self._syncs}"
        with self.qtbot.waitSignal(
            self.scanner.decoded, timeout=TIMEOUT, check_params_cb=lambda text: text == marker
        ):
            self.show(frame_with(marker))
        return marker


def frame_with(text: str, spoil: Spoil | None = None) -> QImage:
    code = qr_image(text)
    return to_qimage(in_frame(spoil(code) if spoil is not None else code))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_scanner(qtbot: QtBot, clock: Clock) -> Iterator[Callable[..., CameraScanner]]:
    """Scanners with no camera device (frames come from the test), stopped afterwards."""
    made: list[CameraScanner] = []

    def make(**kwargs: Any) -> CameraScanner:
        scanner = CameraScanner("", clock=clock, **kwargs)
        made.append(scanner)
        return scanner

    yield make
    for scanner in made:
        scanner.stop()


# --------------------------------------------------------------------------- decode_qr


@pytest.mark.parametrize("text", [SHORT_CODE, URL_CODE])
@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(None, id="plain"),
        pytest.param(rotated(17), id="rotated-17"),
        pytest.param(rotated(90), id="rotated-90"),
        pytest.param(blurred, id="blurred"),
        pytest.param(low_contrast, id="low-contrast"),
        pytest.param(noisy, id="noisy"),
        pytest.param(glare, id="glare"),
        pytest.param(inverted, id="light-on-dark"),
        pytest.param(everything, id="tilted-blurred-dim-noisy"),
    ],
)
def test_decode_qr_reads_a_code_as_a_webcam_sees_it(text: str, spoil: Spoil | None) -> None:
    assert decode_qr(frame_with(text, spoil)) == [text]


@pytest.mark.parametrize("text", [SHORT_CODE, URL_CODE])
def test_decode_qr_reads_a_code_only_60_px_across(text: str) -> None:
    assert decode_qr(to_qimage(in_frame(small(text), centre=(200, 600)))) == [text]


@pytest.mark.parametrize(
    "fmt",
    [
        QImage.Format.Format_RGB32,
        QImage.Format.Format_ARGB32_Premultiplied,
        QImage.Format.Format_RGBA8888,
        QImage.Format.Format_RGB888,
        QImage.Format.Format_BGR888,
        QImage.Format.Format_Grayscale8,
        QImage.Format.Format_RGB16,  # not read in place: converted first
    ],
    ids=lambda fmt: fmt.name,
)
def test_decode_qr_reads_each_image_format_a_frame_comes_in(fmt: QImage.Format) -> None:
    # 1279 px wide: 3-byte and 1-byte rows are padded, so the row stride is honoured.
    frame = in_frame(qr_image(URL_CODE)).crop((0, 0, 1279, 720))
    image = to_qimage(frame, fmt)
    assert image.format() == fmt
    assert decode_qr(image) == [URL_CODE]


def test_decode_qr_finds_nothing_where_there_is_no_code() -> None:
    assert decode_qr(to_qimage(in_frame(Image.new("L", (300, 300), 255)))) == []
    assert decode_qr(QImage()) == []


# --------------------------------------------------------------------------- CameraScanner


def test_a_code_held_up_to_the_camera_is_one_scan(
    qtbot: QtBot, make_scanner: Callable[..., CameraScanner], clock: Clock
) -> None:
    decoder = CountingDecoder()
    scanner = make_scanner(decode=decoder, repeat_ms=3000)
    camera = Camera(qtbot, scanner, decoder)
    decoded: list[str] = []
    scanner.decoded.connect(decoded.append)
    scanner.start()
    code = frame_with(SHORT_CODE)
    for _ in range(10):  # 10 frames of the same picture, 100 ms apart
        camera.show(code)
        clock.now += 100
    first = camera.settle()
    assert decoder.calls == 11
    assert decoder.threads == {"kiosk-camera-decoder"}  # never the GUI thread
    assert decoded == [SHORT_CODE, first]
    # Still in view 2.5 s later and 2.5 s after that: the same scan.
    for _ in range(2):
        clock.now += 2500
        camera.show(code)
    second = camera.settle()
    # Out of sight for 3 s (a frame without it), then shown again: a new scan.
    camera.show(to_qimage(in_frame(Image.new("L", (300, 300), 255))))
    clock.now += 3001
    camera.show(code)
    camera.settle()
    assert decoded[:4] == [SHORT_CODE, first, second, SHORT_CODE]


def test_a_webcam_frame_in_nv12_is_read(
    qtbot: QtBot, make_scanner: Callable[..., CameraScanner]
) -> None:
    scanner = make_scanner()
    scanner.start()
    with qtbot.waitSignal(scanner.decoded, timeout=TIMEOUT) as blocker:
        scanner.video_sink.setVideoFrame(nv12_frame(in_frame(qr_image(URL_CODE))))
    assert blocker.args == [URL_CODE]


def test_frames_arriving_while_one_is_decoded_replace_each_other(
    qtbot: QtBot, make_scanner: Callable[..., CameraScanner]
) -> None:
    """A decoder slower than the camera: the worker takes the newest frame when it is
    free again, and the frames in between are never decoded."""
    busy = threading.Event()
    free = threading.Event()
    calls: list[int] = []

    def slow_decode(image: QImage) -> list[str]:
        calls.append(1)
        busy.set()
        free.wait(timeout=TIMEOUT / 1000)  # busy until the test has fed its burst
        return decode_qr(image)

    scanner = make_scanner(decode=slow_decode)
    decoded: list[str] = []
    scanner.decoded.connect(decoded.append)
    scanner.start()
    first, last = frame_with(SHORT_CODE), frame_with(URL_CODE)
    try:
        scanner.video_sink.setVideoFrame(QVideoFrame(first))
        qtbot.waitUntil(busy.is_set, timeout=TIMEOUT)
        for _ in range(58):
            scanner.video_sink.setVideoFrame(QVideoFrame(first))
        scanner.video_sink.setVideoFrame(QVideoFrame(last))
    finally:
        free.set()
    qtbot.waitUntil(lambda: URL_CODE in decoded, timeout=TIMEOUT)
    assert len(calls) == 2  # of 60 frames fed: the one in progress and the newest
    assert decoded == [SHORT_CODE, URL_CODE]


def test_a_failing_decoder_is_logged_once_and_decoding_goes_on(
    qtbot: QtBot, make_scanner: Callable[..., CameraScanner], caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []

    def flaky_decode(image: QImage) -> list[str]:
        calls.append(1)
        if len(calls) <= 2:
            raise ValueError("unreadable buffer")
        return decode_qr(image)

    scanner = make_scanner(decode=flaky_decode)
    scanner.start()
    frame = frame_with(SHORT_CODE)
    for n in (1, 2):
        scanner.video_sink.setVideoFrame(QVideoFrame(frame))
        qtbot.waitUntil(lambda n=n: len(calls) == n, timeout=TIMEOUT)
    with qtbot.waitSignal(scanner.decoded, timeout=TIMEOUT) as blocker:
        scanner.video_sink.setVideoFrame(QVideoFrame(frame))
    assert blocker.args == [SHORT_CODE]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [r.getMessage() for r in errors] == [
        "QR decoding failed; later failures are not logged"
    ]


def test_after_stop_frames_are_ignored_and_the_decoder_thread_is_gone(
    qtbot: QtBot, make_scanner: Callable[..., CameraScanner]
) -> None:
    decoder = CountingDecoder()
    scanner = make_scanner(decode=decoder)
    camera = Camera(qtbot, scanner, decoder)
    scanner.start()
    camera.show(frame_with(SHORT_CODE))
    scanner.stop()
    assert not scanner.running
    assert not [t for t in threading.enumerate() if t.name == "kiosk-camera-decoder"]
    with qtbot.assertNotEmitted(scanner.decoded):
        camera.feed(frame_with(URL_CODE))  # handled at once, on this thread: ignored
    assert decoder.calls == 1
    assert not [t for t in threading.enumerate() if t.name == "kiosk-camera-decoder"]


def test_a_result_from_before_stop_is_not_announced_after_a_new_start(
    qtbot: QtBot, make_scanner: Callable[..., CameraScanner]
) -> None:
    """The attendee has moved on; the code decoded as the camera stopped is stale."""
    busy = threading.Event()
    free = threading.Event()
    decoder = CountingDecoder()

    def held_decode(image: QImage) -> list[str]:
        busy.set()
        free.wait(timeout=TIMEOUT / 1000)
        return decoder(image)

    scanner = make_scanner(decode=held_decode)
    decoded: list[str] = []
    scanner.decoded.connect(decoded.append)
    scanner.start()
    scanner.video_sink.setVideoFrame(QVideoFrame(frame_with(SHORT_CODE)))
    try:
        qtbot.waitUntil(busy.is_set, timeout=TIMEOUT)
    finally:
        free.set()
    scanner.stop()  # waits for the decode: its result is now queued for this thread
    scanner.start()
    marker = Camera(qtbot, scanner, decoder).settle()
    assert decoded == [marker]


@pytest.mark.parametrize(
    ("camera", "said"),
    [
        ("auto", "no camera found; scanning by camera is off"),
        ("", "camera off by setting; scanning by camera is off"),
        ("usb-0000:00:14.0-4", "camera 'usb-0000:00:14.0-4' not found; scanning by camera is off"),
    ],
)
def test_no_camera_is_a_normal_state(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, camera: str, said: str
) -> None:
    if camera == "auto" and QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    caplog.set_level(logging.INFO)
    scanner = CameraScanner(camera)
    try:
        with qtbot.assertNotEmitted(scanner.availability_changed):
            scanner.start()
            assert not scanner.available
            assert scanner.running
    finally:
        scanner.stop()
    ours = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "kiosk.ui.camera"]
    assert ours == [("INFO", said)]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


class Format:
    """The parts of a QCameraFormat that preferred_format reads (Qt has no way to make one)."""

    def __init__(
        self, width: int, height: int, fps: float,
        pixel: QVideoFrameFormat.PixelFormat = QVideoFrameFormat.PixelFormat.Format_YUYV,
    ) -> None:
        self.size, self.fps, self.pixel = QSize(width, height), fps, pixel

    def resolution(self) -> QSize:
        return self.size

    def maxFrameRate(self) -> float:  # noqa: N802 - Qt API
        return self.fps

    def pixelFormat(self) -> QVideoFrameFormat.PixelFormat:  # noqa: N802 - Qt API
        return self.pixel


def test_the_camera_is_asked_for_720p_at_full_frame_rate_not_its_largest_picture() -> None:
    mjpeg = QVideoFrameFormat.PixelFormat.Format_Jpeg
    webcam = [
        Format(1920, 1080, 30, mjpeg),  # what Qt itself would choose
        Format(1920, 1080, 5),
        Format(1280, 720, 30, mjpeg),
        Format(1280, 720, 10),  # uncompressed, but too slow over USB 2
        Format(640, 480, 30),
        Format(0, 0, 30, QVideoFrameFormat.PixelFormat.Format_Invalid),
    ]
    assert preferred_format(webcam) is webcam[2]
    uncompressed = Format(1280, 720, 30)
    assert preferred_format([*webcam, uncompressed]) is uncompressed
    only_large = [Format(3840, 2160, 30, mjpeg), Format(1920, 1080, 30, mjpeg)]
    assert preferred_format(only_large) is only_large[1]
    only_slow = [Format(640, 480, 15), Format(1280, 720, 10)]
    assert preferred_format(only_slow) is only_slow[1]
    assert preferred_format([]) is None


# --------------------------------------------------------------------------- CameraPreview


RED, BLUE = QColor(220, 0, 0), QColor(0, 0, 220)


def halves() -> QImage:
    """A 1280x720 frame, red on the left and blue on the right."""
    frame = Image.new("RGB", (1280, 720), BLUE.getRgb()[:3])
    frame.paste(RED.getRgb()[:3], (0, 0, 640, 720))
    return to_qimage(frame)


def test_the_preview_shows_the_frames_mirrored_inside_a_guide(
    qtbot: QtBot, make_scanner: Callable[..., CameraScanner]
) -> None:
    scanner = make_scanner()
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.resize(QSize(640, 360))
    scanner.frame_changed.connect(preview.set_frame)
    preview.set_available(True)
    scanner.start()
    scanner.video_sink.setVideoFrame(QVideoFrame(halves()))
    shot = preview.grab().toImage()
    # Like a mirror: the frame's left (red) is on the right. Inside the square (its
    # middle third here) undimmed; outside it dimmed.
    assert shot.pixelColor(280, 180) == BLUE
    assert shot.pixelColor(360, 180) == RED
    outside = shot.pixelColor(20, 180)
    assert (outside.red(), outside.green()) == (0, 0)
    assert 90 < outside.blue() < 150
    # The caption goes in the band under the square, in white.
    preview.set_caption("Hold your code in the square")
    shot = preview.grab().toImage()
    band = [shot.pixelColor(x, y) for x in range(0, 640, 2) for y in range(292, 360, 2)]
    assert any(c.red() > 200 and c.green() > 200 for c in band)


def test_without_a_camera_the_preview_is_a_calm_placeholder(qtbot: QtBot) -> None:
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.resize(QSize(640, 360))
    preview.set_frame(halves())  # a late frame does not show
    preview.set_available(False)
    shot = preview.grab().toImage()
    colours = {shot.pixel(x, y) for x in range(0, 640, 8) for y in range(0, 360, 8)}
    assert QColor("#e9edf3").rgb() in colours
    assert all(QColor(c).lightness() > 180 for c in colours)  # nothing dark, no picture
