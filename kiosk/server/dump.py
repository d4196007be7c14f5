"""Writing events back out as a seed document: the inverse of :mod:`kiosk.server.loader`.

``kiosk-server dump`` turns a database's catalog into the same JSON a ``--seed`` file
holds (contract shapes, plus ``sessionIds``/``speakerIds`` and base64 images), so an
event edited once can be moved to another server or checked into a repository.
Registrations are not part of a seed; pass numbers keep what was sold so far.
"""

from __future__ import annotations

import base64
from typing import Any

from kiosk.server import catalog
from kiosk.server.db import Database


def _b64(blob: tuple[bytes, str] | None) -> str | None:
    return base64.b64encode(blob[0]).decode("ascii") if blob else None


def dump_seed(db: Database, readable_ids: list[str] | None = None) -> dict[str, Any]:
    """The seed document for the given events (all events when None), in start order.

    Raises LookupError naming the first readable id that does not exist.
    """
    with db.read() as conn:
        if readable_ids is None:
            readable_ids = [
                str(r[0]) for r in conn.execute(
                    "SELECT readable_id FROM events ORDER BY start_utc, readable_id"
                )
            ]
        events: list[dict[str, Any]] = []
        for readable_id in readable_ids:
            event = catalog.event(conn, readable_id)
            event_id = catalog.event_id_for(conn, readable_id)
            if event is None or event_id is None:
                raise LookupError(readable_id)
            doc = event.to_wire()
            sessions = []
            for session in catalog.sessions(conn, event_id):
                item = session.to_wire()
                item["speakerIds"] = [s["id"] for s in item.pop("speakers") or []]
                item.pop("registrationCount", None)  # counts come from registrations
                sessions.append(item)
            doc["sessions"] = sessions
            tracks = []
            for track in catalog.tracks(conn, event_id):
                item = track.to_wire()
                item["sessionIds"] = [s.id for s in catalog.track_sessions(conn, track.id) or []]
                tracks.append(item)
            doc["tracks"] = tracks
            speakers = []
            for speaker in catalog.speakers(conn, event_id):
                item = speaker.to_wire()
                item.pop("sessions", None)
                image = catalog.speaker_image(conn, speaker.id)
                if image is not None:
                    item["image"], item["imageUrl"] = _b64(image), None
                speakers.append(item)
            doc["speakers"] = speakers
            sponsorships = []
            for sponsorship in catalog.sponsorships(conn, event_id):
                item = sponsorship.to_wire()
                item["image"] = _b64(catalog.sponsorship_logo(conn, sponsorship.id))
                sponsorships.append(item)
            doc["sponsorships"] = sponsorships
            passes = []
            for pass_ in catalog.passes(conn, event_id):
                item = pass_.to_wire()
                item["sessionIds"] = [s["id"] for s in item.pop("sessions") or []]
                passes.append(item)
            doc["passes"] = passes
            doc["customRegistrationFields"] = [
                f.to_wire() for f in catalog.registration_fields(conn, event_id)
            ]
            events.append(doc)
    return {"events": events}
