"""Small encoding helpers shared by the server's modules: JSON bytes and sortable UTC text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any


def dumps(data: Any) -> bytes:
    """Compact UTF-8 JSON, the bytes the server sends (and stores for idempotent replays)."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def utc_text(moment: datetime) -> str:
    """A fixed-width UTC timestamp, so SQLite can compare and sort it as text."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc_text(text: str) -> datetime:
    """The inverse of :func:`utc_text`."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
