"""Deterministic placeholder pictures for the demo: speaker portraits and sponsor logos.

Generated rather than shipped so the demo needs no binary assets and the same name
always gives the same bytes. Small on purpose: they travel over the image endpoints.
"""

from __future__ import annotations

import functools
import hashlib
import io

from PIL import Image, ImageDraw, ImageFont

PALETTE = (
    (0x1F, 0x6F, 0xB2), (0xC2, 0x4E, 0x2A), (0x2E, 0x8B, 0x57), (0x8E, 0x44, 0xAD),
    (0xD4, 0x8A, 0x0C), (0x16, 0x7D, 0x7F), (0xB0, 0x3A, 0x5B), (0x4A, 0x5D, 0x8C),
    (0x6B, 0x8E, 0x23), (0x9C, 0x5B, 0x3B),
)


@functools.lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _colour(name: str) -> tuple[int, int, int]:
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=2).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def portrait_jpeg(name: str, size: int = 128) -> bytes:
    """A coloured disc with the person's initials, as a small JPEG."""
    image = Image.new("RGB", (size, size), (0xF2, 0xF2, 0xF2))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, size - 5, size - 5), fill=_colour(name))
    draw.text((size / 2, size / 2), initials(name), fill="white", font=_font(size * 3 // 8),
              anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80, optimize=False)
    return buffer.getvalue()


def logo_png(name: str, width: int = 320, height: int = 120) -> bytes:
    """A rounded badge with the sponsor's initials and name, as a small PNG."""
    colour = _colour(name)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((2, 2, width - 3, height - 3), radius=18, outline=colour, width=4)
    draw.ellipse((16, 20, 96, 100), fill=colour)
    draw.text((56, 60), initials(name), fill="white", font=_font(30), anchor="mm")
    draw.text((110, 60), name, fill=colour, font=_font(22), anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def banner_jpeg(name: str, width: int = 640, height: int = 320) -> bytes:
    """An event picture without words (the card already says the name): a gradient of
    the name's colour under soft bands and circles, placed from the name's hash."""
    seed = hashlib.blake2b(name.encode("utf-8"), digest_size=16).digest()
    base = _colour(name)
    dark = tuple(c * 35 // 100 for c in base)
    image = Image.new("RGB", (width, height), dark)
    draw = ImageDraw.Draw(image)
    for y in range(height):  # a vertical gradient from dark to the colour
        t = y / max(height - 1, 1)
        draw.line([(0, y), (width, y)],
                  fill=tuple(int(d + (b - d) * t * 0.8) for d, b in zip(dark, base, strict=True)))
    overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    shapes = ImageDraw.Draw(overlay)
    accent = PALETTE[(seed[0] + 3) % len(PALETTE)]
    for i in range(3):  # light, slanted ribbons across the picture
        top = height // 5 + seed[i] * height // 512
        lift = (seed[i + 6] % 120) - 60
        shapes.polygon(
            [(0, top), (width, top + lift), (width, top + lift + 24 + i * 10), (0, top + 30)],
            fill=(*accent, 60 + i * 20),
        )
    for i in range(2):  # and two soft light discs
        cx, cy = seed[12 + i] * width // 256, seed[8 + i] * height // 256
        r = 50 + seed[4 + i] % 60
        shapes.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 255, 255, 30))
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=78, optimize=False)
    return buffer.getvalue()
