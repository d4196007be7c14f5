"""The door's event and session chosen by staff at the kiosk (Qt-free).

Kept in ``door.json`` in the data folder (mode 0600, replaced atomically): the event's
readable id and the session's id, never a name. It overrides ``[screen] event`` and
``session`` until staff choose "Use the settings file's choice", which removes it.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.ui.private_file import write_private

log = logging.getLogger(__name__)

DOOR_FILE = "door.json"
_LIMIT = 200  # characters: far more than any readable id or session id


@dataclass(frozen=True)
class DoorChoice:
    """Where this kiosk checks people in: ``event`` (readable id; "": any event) and
    ``session`` (a session id of ``event``; "": the whole event)."""

    event: str = ""
    session: str = ""


def load_door(folder: Path) -> DoorChoice | None:
    """Staff's choice, or None when there is none (or it cannot be read: the settings
    file's choice then holds)."""
    path = folder / DOOR_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        event, session = data["event"], data.get("session", "")
        if not isinstance(event, str) or not isinstance(session, str):
            raise TypeError("event and session must be text")
        if len(event) > _LIMIT or len(session) > _LIMIT or (session and not event):
            raise ValueError("not an event id and a session id")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("door choice %s unreadable (%s); the settings file's choice holds",
                    path, type(exc).__name__)
        return None
    return DoorChoice(event.strip(), session.strip())


def save_door(folder: Path, choice: DoorChoice | None) -> None:
    """Keep ``choice`` (written whole or not at all, 0600), or with None remove it.
    Raises OSError when the data folder cannot be written."""
    path = folder / DOOR_FILE
    if choice is None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    data = json.dumps({"event": choice.event, "session": choice.session})
    write_private(path, data)
