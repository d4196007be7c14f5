"""QR codes from a camera: frames decoded off the GUI thread, and the picture to aim by.

The guarantee this file exists for: decoding never piles up. One worker thread decodes;
while it works, a newer frame replaces the one waiting, so a slow decode only means fewer
frames are looked at, and the GUI thread's share of a frame stays
``QVideoFrame.toImage()`` (about 4 ms for a 1280x720 NV12 frame on the 2-core kiosk) and
the preview's repaint. ``toImage()`` stays on the GUI thread on purpose: PySide6 holds the
GIL for its whole duration, so on a worker it would stop the GUI thread's Python just the
same; zxing-cpp releases the GIL while it decodes.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

import zxingcpp
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoSink,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

log = logging.getLogger(__name__)

Clock = Callable[[], float]
"""Monotonic milliseconds."""
Decode = Callable[[QImage], list[str]]
Found = Callable[[float, list[str]], None]


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


# How zxing-cpp reads each QImage layout in place (bytes of a pixel, in memory order).
# ARGB32 and RGB32 are native-endian 32-bit words: B, G, R, A in memory on little-endian.
_WORD_ORDER = zxingcpp.ImageFormat.BGRA if sys.byteorder == "little" else zxingcpp.ImageFormat.ARGB
_LAYOUTS = {
    QImage.Format.Format_Grayscale8: (zxingcpp.ImageFormat.Lum, 1),
    QImage.Format.Format_RGB32: (_WORD_ORDER, 4),
    QImage.Format.Format_ARGB32: (_WORD_ORDER, 4),
    QImage.Format.Format_ARGB32_Premultiplied: (_WORD_ORDER, 4),
    QImage.Format.Format_RGBX8888: (zxingcpp.ImageFormat.RGBA, 4),
    QImage.Format.Format_RGBA8888: (zxingcpp.ImageFormat.RGBA, 4),
    QImage.Format.Format_RGBA8888_Premultiplied: (zxingcpp.ImageFormat.RGBA, 4),
    QImage.Format.Format_RGB888: (zxingcpp.ImageFormat.RGB, 3),
    QImage.Format.Format_BGR888: (zxingcpp.ImageFormat.BGR, 3),
}


def decode_qr(image: QImage) -> list[str]:
    """The texts of the QR codes in ``image``, in any orientation, dark on light or light
    on dark. Safe from any thread.

    zxing-cpp reads the frame's pixels where they are and makes the one grayscale copy it
    decodes from (in C++, without the GIL); only unusual formats are converted here first.
    """
    if image.isNull():
        return []
    layout = _LAYOUTS.get(image.format())
    if layout is None:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
        layout = _LAYOUTS[QImage.Format.Format_Grayscale8]
    pixel_format, pixel_bytes = layout
    view = zxingcpp.ImageView(
        image.constBits(), image.width(), image.height(), pixel_format,
        image.bytesPerLine(), pixel_bytes,
    )
    # Trying inverted codes (phones in dark mode) is a second pass: about 2.5 of the 7-8 ms
    # a 1280x720 scene takes here. Rotation and downscaling cost well under 1 ms each.
    found = zxingcpp.read_barcodes(
        view, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode),
        try_rotate=True, try_invert=True, try_downscale=True,
    )
    return [barcode.text for barcode in found]


class _CameraFormat(Protocol):
    """What ``preferred_format`` reads of a QCameraFormat."""

    def resolution(self) -> QSize: ...
    def maxFrameRate(self) -> float: ...  # noqa: N802 - Qt API
    def pixelFormat(self) -> QVideoFrameFormat.PixelFormat: ...  # noqa: N802 - Qt API


FormatT = TypeVar("FormatT", bound=_CameraFormat)
_TARGET_PIXELS = 1280 * 720  # enough for a code across a door; decodes within budget


def preferred_format(formats: Sequence[FormatT]) -> FormatT | None:
    """The camera format to ask for: at least 24 fps, as close to 1280x720 as the camera
    has (at most that, if it can), uncompressed rather than MJPEG.

    Qt's own choice is the largest picture at 30 fps, often 1920x1080: more than twice the
    pixels to convert on the GUI thread and to decode, for nothing a QR code needs.
    """
    def score(fmt: FormatT) -> tuple[bool, bool, int, bool, float]:
        size = fmt.resolution()
        pixels = size.width() * size.height()
        fits = pixels <= _TARGET_PIXELS
        return (
            fmt.maxFrameRate() >= 24,
            fits,
            pixels if fits else -pixels,
            fmt.pixelFormat() != QVideoFrameFormat.PixelFormat.Format_Jpeg,
            fmt.maxFrameRate(),
        )

    usable = [f for f in formats if f.pixelFormat() != QVideoFrameFormat.PixelFormat.Format_Invalid]
    return max(usable, key=score, default=None)


class _Decoder:
    """One thread and a mailbox for one frame: a new frame replaces the one not yet begun.

    ``found`` is called on the decoder thread with the arrival time and the texts of each
    frame that had any.
    """

    def __init__(self, decode: Decode, found: Found) -> None:
        self._decode = decode
        self._found = found
        self._ready = threading.Condition()
        self._waiting: tuple[QImage, float] | None = None
        self._stopping = False
        self._failed = False
        self._thread = threading.Thread(target=self._run, name="kiosk-camera-decoder")
        self._thread.start()

    def offer(self, image: QImage, arrived_ms: float) -> None:
        with self._ready:
            self._waiting = (image, arrived_ms)
            self._ready.notify()

    def stop(self) -> None:
        """Returns once the frame being decoded (if any) is done; the one waiting is not."""
        with self._ready:
            self._stopping = True
            self._waiting = None
            self._ready.notify()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._ready:
                while self._waiting is None and not self._stopping:
                    self._ready.wait()
                frame = self._waiting
                self._waiting = None
            if frame is None:
                return  # stopping
            image, arrived_ms = frame
            try:
                texts = self._decode(image)
            except Exception:
                if not self._failed:  # once: a broken decoder would fail on every frame
                    log.exception("QR decoding failed; later failures are not logged")
                    self._failed = True
                continue
            if texts:
                self._found(arrived_ms, texts)


class CameraScanner(QObject):
    """Reads QR codes from a camera.

    ``camera`` is "auto" (the system's default camera), a device id
    (``QCameraDevice.id()`` as text) or "" (no camera). No camera is a normal state:
    ``available`` is False and frames simply never come. A camera plugged in (or out)
    later is noticed.

    Frames reach ``video_sink`` (the camera's, or a test's ``setVideoFrame``) on the GUI
    thread, are converted to a QImage there and decoded on one worker thread, latest frame
    first (see the module docstring). A text seen again within ``repeat_ms`` of its last
    sighting is not a new scan, so a code held up to the camera is one scan until it has
    been out of sight for ``repeat_ms``.

    Call ``stop()`` before the scanner goes away: it ends the worker thread.

    Signals:
        decoded(str): the text of a QR code newly in view.
        frame_changed(QImage): each frame, for a preview (``CameraPreview.set_frame``).
        availability_changed(bool): a camera was found or lost.
        _found(object): internal; (generation, arrival time, texts) from the worker thread.
    """

    decoded = Signal(str)
    frame_changed = Signal(QImage)
    availability_changed = Signal(bool)
    _found = Signal(object)

    def __init__(
        self,
        camera: str = "auto",
        repeat_ms: int = 3000,
        *,
        decode: Decode = decode_qr,
        clock: Clock = monotonic_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._choice = camera
        self._repeat_ms = repeat_ms
        self._decode = decode
        self._clock = clock
        self._running = False
        self._generation = 0  # bumped by stop(): results of an earlier start() are dropped
        self._decoder: _Decoder | None = None
        self._last_seen: dict[str, float] = {}
        self._camera: QCamera | None = None
        self._state: str | None = None  # what the log last said about the camera
        self._sink = QVideoSink(self)
        self._session = QMediaCaptureSession(self)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)
        self._found.connect(self._on_decoder_found)
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._on_devices_video_inputs_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._choose_camera()

    @property
    def available(self) -> bool:
        return self._camera is not None

    @property
    def running(self) -> bool:
        return self._running

    @property
    def video_sink(self) -> QVideoSink:
        return self._sink

    def start(self) -> None:
        """Start the camera, if there is one, and decoding."""
        self._running = True
        if self._camera is not None:
            self._camera.start()

    def stop(self) -> None:
        """Stop the camera and decoding; waits for a decode in progress (milliseconds)."""
        self._running = False
        self._generation += 1
        if self._camera is not None:
            self._camera.stop()
        if self._decoder is not None:
            self._decoder.stop()
            self._decoder = None

    @Slot(QVideoFrame)
    def _on_sink_video_frame_changed(self, frame: QVideoFrame) -> None:
        if not self._running or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self.frame_changed.emit(image)
        if self._decoder is None:
            generation = self._generation
            self._decoder = _Decoder(
                self._decode,
                lambda arrived, texts: self._found.emit((generation, arrived, texts)),
            )
        self._decoder.offer(image, self._clock())

    @Slot(object)
    def _on_decoder_found(self, result: tuple[int, float, list[str]]) -> None:
        generation, seen, texts = result
        if generation != self._generation:
            return
        # When the frame came, not when its decoding ended: a slow decode does not make a
        # code held up look like one shown again.
        self._last_seen = {
            text: last for text, last in self._last_seen.items() if seen - last < self._repeat_ms
        }
        for text in texts:
            known = text in self._last_seen
            self._last_seen[text] = seen
            if not known:
                log.info("camera scan received (%d characters)", len(text))
                self.decoded.emit(text)

    @Slot()
    def _on_devices_video_inputs_changed(self) -> None:
        self._choose_camera()

    @Slot(QCamera.Error, str)
    def _on_camera_error_occurred(self, error: QCamera.Error, message: str) -> None:
        log.warning("camera failed (%s): %s; scanning by camera is off", error.name, message)
        self._state = None
        self._set_camera(None)

    def _choose_camera(self) -> None:
        device = self._find_device()
        current = self._camera.cameraDevice() if self._camera is not None else None
        if device != current:
            self._set_camera(device)
        if self._camera is None:
            state = self._why_no_camera()
        else:
            fmt = self._camera.cameraFormat()
            size = fmt.resolution()
            state = (f"camera: {self._camera.cameraDevice().description()}, "
                     f"{size.width()}x{size.height()} at up to {fmt.maxFrameRate():g} fps")
        if state != self._state:  # one line per change, not one per look
            log.info("%s", state)
            self._state = state

    def _find_device(self) -> QCameraDevice | None:
        if not self._choice:
            return None
        if self._choice == "auto":
            device = QMediaDevices.defaultVideoInput()
            return None if device.isNull() else device
        for device in QMediaDevices.videoInputs():
            if bytes(device.id().data()).decode(errors="replace") == self._choice:
                return device
        return None

    def _why_no_camera(self) -> str:
        if not self._choice:
            return "camera off by setting; scanning by camera is off"
        if self._choice == "auto":
            return "no camera found; scanning by camera is off"
        return f"camera {self._choice!r} not found; scanning by camera is off"

    def _set_camera(self, device: QCameraDevice | None) -> None:
        was_available = self.available
        if self._camera is not None:
            self._camera.errorOccurred.disconnect(self._on_camera_error_occurred)
            self._camera.stop()
            self._session.setCamera(None)  # type: ignore[arg-type] # stubs miss "or None"
            self._camera.deleteLater()
            self._camera = None
        if device is not None:
            camera = QCamera(device, self)
            chosen = preferred_format(device.videoFormats())
            if chosen is not None:
                camera.setCameraFormat(chosen)
            camera.errorOccurred.connect(self._on_camera_error_occurred)
            self._session.setCamera(camera)
            self._camera = camera
        if self.available != was_available:
            self.availability_changed.emit(self.available)
        # Last: a camera that fails to start says so at once (and is dropped again).
        if self._camera is not None and self._running:
            self._camera.start()


class CameraPreview(QWidget):
    """The camera's picture, mirrored like a selfie so people can aim, with a square in the
    middle to hold the code in and a caption under it. Without a camera: a calm, empty
    placeholder (the screen offers typing the code instead).

    Paths are built on resize; a paint draws the latest frame and those paths, nothing else.
    """

    _GUIDE_SHARE = 0.62  # of the picture's shorter side
    _DIM = QColor(0, 0, 0, 120)
    _MARK = QColor("white")
    _PLACEHOLDER = QColor("#e9edf3")
    _PLACEHOLDER_LINE = QColor("#d3d9e2")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._available = False
        self._caption = ""
        self._picture = QRectF()
        self._bars: list[QRectF] = []
        self._guide = QRectF()
        self._dim_path = QPainterPath()
        self._marks_path = QPainterPath()
        self._mark_pen = QPen()
        self._caption_text = QStaticText()
        self._caption_at = QPointF()
        self._frame_size = QSize()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 360)

    @property
    def available(self) -> bool:
        return self._available

    @Slot(bool)
    def set_available(self, available: bool) -> None:
        self._available = available
        if not available:
            self._image = None
        self.update()

    @Slot(QImage)
    def set_frame(self, image: QImage) -> None:
        if not self._available:
            return
        self._image = image
        if image.size() != self._frame_size:
            self._frame_size = image.size()
            self._layout()
        self.update()

    def set_caption(self, text: str) -> None:
        """Words under the square (already translated), e.g. how to hold the code. Set it
        with ``say(preview.set_caption, ...)`` to follow a language switch."""
        self._caption = text
        self._layout()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._layout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:  # the theme may come after us
            self._layout()
        super().changeEvent(event)

    def _layout(self) -> None:
        area = QRectF(self.rect())
        frame = QSizeF(self._frame_size) if not self._frame_size.isEmpty() else area.size()
        fitted = frame.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        self._picture = QRectF(QPointF(0, 0), fitted)
        self._picture.moveCenter(area.center())
        # Black bars beside or above and below the picture when the shapes differ.
        p = self._picture
        self._bars = [
            r for r in (
                QRectF(area.left(), area.top(), p.left() - area.left(), area.height()),
                QRectF(p.right(), area.top(), area.right() - p.right(), area.height()),
                QRectF(p.left(), area.top(), p.width(), p.top() - area.top()),
                QRectF(p.left(), p.bottom(), p.width(), area.bottom() - p.bottom()),
            ) if r.width() > 0 and r.height() > 0
        ]
        side = min(self._picture.width(), self._picture.height()) * self._GUIDE_SHARE
        self._guide = QRectF(0, 0, side, side)
        self._guide.moveCenter(self._picture.center())
        radius = side * 0.06
        self._dim_path = QPainterPath()
        self._dim_path.setFillRule(Qt.FillRule.OddEvenFill)
        self._dim_path.addRect(self._picture)
        self._dim_path.addRoundedRect(self._guide, radius, radius)
        arm = side * 0.16
        g = self._guide
        self._marks_path = QPainterPath()
        for corner, dx, dy in (
            (g.topLeft(), 1, 1), (g.topRight(), -1, 1),
            (g.bottomLeft(), 1, -1), (g.bottomRight(), -1, -1),
        ):
            self._marks_path.moveTo(corner + QPointF(0, dy * arm))
            self._marks_path.lineTo(corner + QPointF(0, dy * radius))
            self._marks_path.quadTo(corner, corner + QPointF(dx * radius, 0))
            self._marks_path.lineTo(corner + QPointF(dx * arm, 0))
        self._mark_pen = QPen(self._MARK, max(4.0, side / 45))
        self._mark_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        # The caption is laid out here, once, and only drawn when painting.
        margin = side * 0.1
        self._caption_text = QStaticText(self._caption)
        self._caption_text.setTextFormat(Qt.TextFormat.PlainText)
        self._caption_text.setTextWidth(max(1.0, p.width() - 2 * margin))
        self._caption_text.setTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
        self._caption_text.prepare(QTransform(), self.font())
        below = p.bottom() - g.bottom()
        self._caption_at = QPointF(
            p.left() + margin, g.bottom() + (below - self._caption_text.size().height()) / 2
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        if not self._available:
            painter.fillRect(self.rect(), self._PLACEHOLDER)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self._PLACEHOLDER_LINE, max(2.0, self._guide.width() / 90)))
            radius = self._guide.width() * 0.06
            painter.drawRoundedRect(self._guide, radius, radius)
            painter.end()
            return
        if self._image is None:
            painter.fillRect(self.rect(), Qt.GlobalColor.black)
        else:
            for bar in self._bars:
                painter.fillRect(bar, Qt.GlobalColor.black)
            painter.save()
            # Mirror about the widget's vertical centre line: the picture stays in place.
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
            painter.drawImage(self._picture, self._image)
            painter.restore()
        painter.fillPath(self._dim_path, self._DIM)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.strokePath(self._marks_path, self._mark_pen)
        if self._caption:
            painter.setPen(self._MARK)
            painter.drawStaticText(self._caption_at, self._caption_text)
        painter.end()
