"""The pictures the contract carries (event, speaker and sponsor images): JPEG, PNG, GIF or
WebP, told apart by their first bytes, the same way on both sides. The local server
refuses a seed image that is none of them; the kiosk decodes only these, and names the
format to Qt rather than let it guess (``kiosk.ui.flows.browse._decode``)."""

from __future__ import annotations


def image_type(data: bytes) -> str | None:
    """The content type of image bytes from their signature, or None if not an image."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None
