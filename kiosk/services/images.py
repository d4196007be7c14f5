"""Image payloads and QR codes, as plain data the UI can paint without decoding twice."""

from __future__ import annotations

import base64
import binascii
import functools
import re

_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")


def decode_embedded_image(value: str | None) -> bytes | None:
    """Bytes of an image given inline as base64 or a ``data:`` URI; None for URLs and junk.

    A base64 JPEG begins "/9j/", like a path: a long run of nothing but base64
    characters is taken for base64, not for a path on the server."""
    if not value:
        return None
    text = value.strip()
    if text.startswith("data:"):
        _, _, text = text.partition(",")
    elif text.startswith(("http://", "https://")) or (
        text.startswith("/") and (len(text) < 64 or not _BASE64.fullmatch(text))
    ):
        return None
    try:
        data = base64.b64decode(text, validate=False)
    except (binascii.Error, ValueError):
        return None
    return data or None


QrMatrix = tuple[tuple[bool, ...], ...]


@functools.lru_cache(maxsize=64)
def qr_matrix(text: str) -> QrMatrix:
    """The QR code of ``text`` as rows of dark/light modules, quiet zone included.

    The UI paints the modules as rectangles: sharp at any size and no PNG round trip.
    Cached: an event's URL is encoded each time its page opens, and choosing the best
    of the eight mask patterns costs about 4 ms. ``qrcode`` is imported here, on the first
    code drawn: it imports Pillow (about 5 MB and 80 ms that a kiosk showing no code
    never needs).
    """
    import qrcode
    import qrcode.constants

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
