"""Small files that hold something private (the PIN lockout, the door choice, settings
with the PIN hash): written whole or not at all, readable by the kiosk's user only."""

from __future__ import annotations

import os
from pathlib import Path


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and an atomic rename, mode 0600
    (also when a temporary file of an interrupted write was left with another mode).
    Raises OSError."""
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
