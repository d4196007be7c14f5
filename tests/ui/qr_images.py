"""QR codes as a camera sees them: made with ``qrcode``, spoilt with Pillow the way a phone
held up to a webcam spoils them, placed in a 1280x720 frame, handed over as Qt images."""

from __future__ import annotations

import random
from collections.abc import Callable

import qrcode
from PIL import Image, ImageChops, ImageFilter, ImageOps
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

FRAME = (1280, 720)
PAPER = 200  # grey of the scene around the code
SHORT_CODE = "7KQ4-M2ZP"
URL_CODE = "https://events.example.org/checkin?code=7KQ4M2ZP"


def qr_image(text: str, side: int = 300) -> Image.Image:
    """Black on white with the standard quiet zone, ``side`` pixels square, each pixel the
    average of what it covers (as a camera's sensor sees it)."""
    code = qrcode.make(text, box_size=20).get_image().convert("L")
    return code.resize((side, side), Image.Resampling.BOX)


def in_frame(code: Image.Image, centre: tuple[int, int] | None = None) -> Image.Image:
    frame = Image.new("L", FRAME, PAPER)
    cx, cy = centre if centre is not None else (FRAME[0] // 2, FRAME[1] // 2)
    frame.paste(code, (cx - code.width // 2, cy - code.height // 2))
    return frame


def rotated(degrees: float) -> Callable[[Image.Image], Image.Image]:
    def spoil(code: Image.Image) -> Image.Image:
        return code.rotate(degrees, Image.Resampling.BILINEAR, expand=True, fillcolor=PAPER)

    return spoil


def small(text: str) -> Image.Image:
    """The whole code, quiet zone included, 60 px across: a phone far from the camera."""
    return qr_image(text, 60)


def blurred(code: Image.Image) -> Image.Image:
    """Out of focus: a Gaussian blur of about a third of a module (300 px code)."""
    return code.filter(ImageFilter.GaussianBlur(3))


def low_contrast(code: Image.Image) -> Image.Image:
    """Dark grey on light grey: a dim phone screen in a bright hall."""
    return code.point(lambda v: 110 if v < 128 else 160)


def noisy(code: Image.Image, sigma: float = 40, seed: int = 7) -> Image.Image:
    """Sensor noise in poor light: Gaussian, ``sigma`` grey levels; the same for a seed."""
    rng = random.Random(seed)
    levels = bytes(
        min(255, max(0, round(rng.gauss(128, sigma)))) for _ in range(code.width * code.height)
    )
    noise = Image.frombytes("L", code.size, levels)
    return ImageChops.add(code, noise, scale=1, offset=-128)


def glare(code: Image.Image) -> Image.Image:
    """A ceiling light reflected in a phone screen: a bright blob, white at its heart, over
    the lower right of the code (where no finder pattern is)."""
    spot = code.width * 2 // 5
    fade = Image.radial_gradient("L").resize((spot, spot))  # 0 at the centre, 255 outside
    strength = fade.point(lambda v: max(0, 255 - int(v * 1.3)))
    out = code.copy()
    corner = code.width * 3 // 5 - spot // 2
    out.paste(255, (corner, corner), strength)
    return out


def inverted(code: Image.Image) -> Image.Image:
    """Light on dark: a phone in dark mode."""
    return ImageOps.invert(code)


def everything(code: Image.Image) -> Image.Image:
    """A bad moment: tilted, out of focus, dim and noisy at once."""
    return noisy(low_contrast(blurred(rotated(17)(code))), sigma=10)


def to_qimage(image: Image.Image, fmt: QImage.Format = QImage.Format.Format_RGB32) -> QImage:
    """A QImage of its own (not sharing Pillow's buffer) in ``fmt``; RGB32 is what
    ``QVideoFrame.toImage()`` makes of a YUV camera frame."""
    rgb = image.convert("RGB")
    wrapped = QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3,
                     QImage.Format.Format_RGB888)
    return wrapped.convertToFormat(fmt)


def nv12_frame(image: Image.Image) -> QVideoFrame:
    """A frame in NV12, the layout many webcams deliver: the grey levels are the luma plane,
    the chroma plane is neutral."""
    grey = image.convert("L")
    width, height = grey.size
    frame = QVideoFrame(
        QVideoFrameFormat(QSize(width, height), QVideoFrameFormat.PixelFormat.Format_NV12)
    )
    if not frame.map(QVideoFrame.MapMode.WriteOnly):
        raise RuntimeError("could not map a new NV12 frame")
    try:
        luma, chroma = frame.bits(0), frame.bits(1)
        luma_stride, chroma_stride = frame.bytesPerLine(0), frame.bytesPerLine(1)
        pixels = grey.tobytes()
        for y in range(height):
            luma[y * luma_stride:y * luma_stride + width] = pixels[y * width:(y + 1) * width]
        chroma[:chroma_stride * (height // 2)] = b"\x80" * (chroma_stride * (height // 2))
    finally:
        frame.unmap()
    return frame
