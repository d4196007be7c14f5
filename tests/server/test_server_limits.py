"""Request limits and failure answers: 413, 400 for malformed bodies, 500 without internals."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from server_helpers import (
    NOW,
    ServerFactory,
    api,
    assert_plain_message,
    attendee,
    count,
    event_seed,
)

from kiosk.server.app import create_app
from kiosk.server.db import Database
from kiosk.server.gate import MAX_BODY, WebApps
from kiosk.server.staff import StaffTokens

EVENT = "Limit_Event"
PATH = f"events/{EVENT}/registrations"


def test_body_over_64_kb_by_content_length_is_413(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    with api(server) as client:
        response = client.post(PATH, content=b" " * (MAX_BODY + 1),
                               headers={"Content-Type": "application/json"})
        assert response.status_code == 413
        assert response.json() == {"Message": "The request body is larger than 64 KB."}


def test_streamed_body_over_64_kb_is_413(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        for _ in range(20):
            yield b" " * 8192

    with api(server) as client:
        response = client.post(PATH, content=chunks())
        assert response.status_code == 413
        assert response.json()["Message"]


def test_body_of_exactly_64_kb_is_accepted(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    body = json.dumps({"attendees": [attendee(1)]}).encode()
    body += b" " * (MAX_BODY - len(body))
    with api(server) as client:
        response = client.post(PATH, content=body)
        assert response.status_code == 200
        assert response.json()["status"] == "Success"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'"text"', "JSON object"),
        (b'{"attendees": "everyone"}', "attendees"),
        (b'{"attendees": [{"firstName": 5}]}', "firstName"),
        (b'{"attendees": [{"attendeeSessions": {"sessionId": 1}}]}', "attendeeSessions"),
    ],
)
def test_malformed_bodies_are_400(
    server_factory: ServerFactory, content: bytes, fragment: str
) -> None:
    server = server_factory(event_seed(EVENT))
    with api(server) as client:
        response = client.post(PATH, content=content,
                               headers={"Content-Type": "application/json"})
        assert response.status_code == 400
        message = response.json()["Message"]
        assert fragment in message
        assert count(client, EVENT) == 0
        if not content.startswith(b"{"):  # not a JSON object: every write endpoint says 400
            for path in ("checkins", f"events/{EVENT}/registrations/finalize"):
                assert client.post(path, content=content).status_code == 400


WRITE_PATHS = [PATH, f"events/{EVENT}/registrations/finalize", "checkins"]
HOSTILE_BODIES = {
    # Far past Python's recursion limit: json.loads itself gives up.
    "nested-5000": b'{"attendees": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    # Parses fine, but deeper than any real body, in a field nobody reads.
    "nested-40": b'{"checkInCode": "X", "purchaseId": "X", "attendees": [], "note": '
    + b"[" * 40 + b"]" * 40 + b"}",
    "surrogate-escape": b'{"checkInCode": "\\ud800", "purchaseId": "\\udfff", '
    b'"attendees": [{"firstName": "\\ud800", "lastName": "L", "email": "a@example.com"}]}',
    "surrogate-in-a-key": b'{"\\udc00": 1, "checkInCode": "X", "purchaseId": "X", '
    b'"attendees": []}',
    "surrogate-bytes": b'{"checkInCode": "\xed\xa0\x80", "purchaseId": "\xed\xa0\x80", '
    b'"attendees": [{"firstName": "\xed\xa0\x80", "lastName": "L", "email": "a@example.com"}]}',
}


@pytest.mark.parametrize("key", [None, "hostile-1"], ids=["no-key", "idempotency-key"])
@pytest.mark.parametrize("body", list(HOSTILE_BODIES.values()), ids=list(HOSTILE_BODIES))
@pytest.mark.parametrize("path", WRITE_PATHS, ids=["register", "finalize", "checkin"])
def test_hostile_bodies_are_400_and_the_server_carries_on(
    server_factory: ServerFactory, path: str, body: bytes, key: str | None
) -> None:
    server = server_factory(event_seed(EVENT))
    headers = {"Content-Type": "application/json", **({"Idempotency-Key": key} if key else {})}
    with api(server) as client:
        response = client.post(path, content=body, headers=headers)
        assert response.status_code == 400, response.text
        assert_plain_message(response.json()["Message"])
        assert "request body" in response.json()["Message"]
        # Nothing stored, and the server answers the next request as usual.
        assert count(client, EVENT) == 0
        assert client.post(PATH, json={"attendees": [attendee(1)]}).json()["status"] == "Success"


def test_nulls_and_omitted_fields_are_accepted(server_factory: ServerFactory) -> None:
    # Contract §7: omitted, null and empty mean the same (RTM examples omit most fields).
    server = server_factory(event_seed(EVENT))
    body = {"attendees": [{"firstName": "Ann", "lastName": "Lee", "email": "ann@example.com",
                           "passId": None, "responses": None, "waitlisted": None}]}
    with api(server) as client:
        assert client.post(PATH, json=body).json()["status"] == "Success"


def test_internal_error_is_500_without_internals(
    server_factory: ServerFactory, caplog: pytest.LogCaptureFixture
) -> None:
    server = server_factory(event_seed(EVENT))
    with closing(sqlite3.connect(server.db_path)) as side:
        side.execute("DROP TABLE registration_fields")
    caplog.set_level(logging.ERROR, logger="kiosk.server")
    with api(server) as client:
        response = client.get(f"events/{EVENT}/custom-registration-fields")
        assert response.status_code == 500
        assert response.json() == {"Message": "The events server had an internal error."}
        assert "Traceback" not in response.text
        assert "registration_fields" not in response.text
        # The server keeps serving after it.
        assert client.get("events/published").status_code == 200
    # ... and the details went to the server's log instead.
    assert any(r.exc_info and "registration_fields" in str(r.exc_info[1]) for r in caplog.records)


def test_fastapi_telemetry_is_off(tmp_path: Path) -> None:
    # Spans would carry the query string (the token); logs, exception messages.
    db = Database.open(tmp_path / "events.sqlite3")
    try:
        app = create_app(db, WebApps(), now=lambda: NOW, staff_tokens=StaffTokens("", ()))
        config = getattr(app, "_telemetry", None)
        if config is not None:  # FastAPI versions with native OpenTelemetry
            assert (config["tracing"], config["metrics"], config["logs"]) == (False,) * 3
        app.state.writer.close()
    finally:
        db.close()
