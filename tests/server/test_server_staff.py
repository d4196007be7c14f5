"""Staff extensions: the staff credential, attendee search, attendee records, and the
offline check-in list. Personal data must never be readable with the public token."""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_helpers import (
    NOW,
    ORIGIN,
    STAFF_HEADER,
    STAFF_TOKEN,
    TOKEN,
    WEB_APPS,
    Clock,
    ServerFactory,
    api,
    assert_plain_message,
    attendee,
    event_seed,
    guid,
    register,
    session_seed,
    staff_api,
)

from kiosk.api.codes import check_in_code_hash
from kiosk.server import attendees
from kiosk.server.__main__ import main
from kiosk.server.db import MIGRATIONS, SCHEMA_VERSION, Database
from kiosk.server.loader import parse_seed
from kiosk.server.runner import RunningServer, start_server
from kiosk.server.wire import utc_text

EVENT = "Staff_Event"
OTHER_EVENT = "Other_Event"
PAID_EVENT = "Paid_Event"
PASS_ID = guid(1, "a")
ENDPOINTS = (
    f"events/{EVENT}/attendees?q=jo",
    f"events/{EVENT}/attendees/{guid(1, 'b')}",
    f"events/{EVENT}/checkin-list",
)


def _event(**fields: Any) -> dict[str, Any]:
    return event_seed(
        EVENT, allowCustomAgenda=True, showWaitlist=True, enableMultiAttendeeRegistration=True,
        sessions=[session_seed(1), session_seed(2, maxCapacity=1, isCapacityRestricted=True)],
        **fields,
    )


def _server(server_factory: ServerFactory, **fields: Any) -> RunningServer:
    paid = event_seed(PAID_EVENT, passes=[{
        "passId": PASS_ID, "passName": "Standard", "price": 99.0, "numberOfPassesLeft": 10,
    }])
    return server_factory(_event(**fields), event_seed(OTHER_EVENT), paid)


def _one(client: httpx.Client, readable_id: str, *people: dict[str, Any]) -> dict[str, Any]:
    outcome: dict[str, Any] = register(client, readable_id, *people)["attendees"][0]
    return outcome


def _search(client: httpx.Client, text: str, event: str = EVENT) -> list[dict[str, Any]]:
    response = client.get(f"events/{event}/attendees", params={"q": text})
    assert response.status_code == 200, response.text
    hits: list[dict[str, Any]] = response.json()
    return hits


def _list(client: httpx.Client, since: str | None = None) -> dict[str, Any]:
    params = {"since": since} if since is not None else {}
    response = client.get(f"events/{EVENT}/checkin-list", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


# ---------------------------------------------------------------- the staff credential


@pytest.mark.parametrize("path", ENDPOINTS)
def test_the_public_token_alone_reads_no_attendee_data(
    server_factory: ServerFactory, path: str
) -> None:
    server = _server(server_factory)
    with api(server) as portal:
        missing = portal.get(path)
        wrong = portal.get(path, headers={STAFF_HEADER: "not-the-staff-token-at-all"})
    for response, status in ((missing, 401), (wrong, 403)):
        assert response.status_code == status
        assert_plain_message(response.json()["Message"])
        assert response.headers["www-authenticate"].startswith("KioskStaffToken")
        assert response.headers["access-control-allow-origin"] == ORIGIN  # readable in a browser
    # The staff token does not replace the web application's token and Origin.
    headers = {STAFF_HEADER: STAFF_TOKEN}
    with api(server, token=None) as no_app:
        assert no_app.get(path, headers=headers).status_code == 400
    with api(server, origin="https://evil.test") as foreign:
        assert foreign.get(path, headers=headers).status_code == 403


def test_staff_tokens_are_stored_hashed_and_kept_across_restarts(
    server_factory: ServerFactory,
) -> None:
    server = server_factory(_event(), db_name="kept.sqlite3")
    assert server.staff_token_count == 1
    server.stop()
    stored = b"".join(p.read_bytes() for p in server.db_path.parent.glob("kept.sqlite3*"))
    assert STAFF_TOKEN.encode() not in stored
    again = server_factory(db_name="kept.sqlite3", staff_tokens=())
    assert again.staff_token_count == 1
    with staff_api(again) as staff:
        assert _search(staff, "first") == []


def test_each_database_salts_its_staff_token_hashes(server_factory: ServerFactory) -> None:
    """The same token hashes differently in two databases: no table serves them all."""
    hashes = []
    for name in ("one.sqlite3", "two.sqlite3"):
        server = server_factory(db_name=name)
        server.stop()
        with closing(sqlite3.connect(server.db_path)) as db:
            hashes.append(db.execute("SELECT token_hash FROM staff_tokens").fetchone()[0])
    assert hashes[0] != hashes[1]


def test_a_short_staff_token_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ValueError, match="at least 16 characters"):
        start_server(tmp_path / "short.sqlite3", staff_tokens=["staff"])
    assert main(["--port", "0", "--db", str(tmp_path / "cli.sqlite3"),
                 "--staff-token", "1234"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk-server: a staff token needs at least 16 characters")
    assert err.count("\n") == 1


def test_preflight_allows_the_staff_header(server_factory: ServerFactory) -> None:
    server = server_factory()
    response = httpx.options(
        f"{server.base_url_v2}events/{EVENT}/attendees",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET",
                 "Access-Control-Request-Headers": STAFF_HEADER.lower()},
    )
    assert response.status_code == 204
    allowed = response.headers["access-control-allow-headers"].lower().split(", ")
    assert STAFF_HEADER.lower() in allowed


# ---------------------------------------------------------------- attendee search


def test_search_matches_name_and_email_prefixes_without_case_or_accents(
    server_factory: ServerFactory,
) -> None:
    server = _server(server_factory)
    with api(server) as kiosk:
        jose = _one(kiosk, EVENT, attendee(1, firstName="José María", lastName="Núñez-Søndergård",
                                           email="Pepe.Nunez@Example.com"))
        _one(kiosk, EVENT, attendee(2, firstName="Joanna", lastName="Smith"))
    with staff_api(server) as staff:
        for text in ("jose", "JOSÉ", "maria", "jose mar", "nunez", "sondergard", "søn",
                     "pepe.nu", "PEPE.NUNEZ@EXAMPLE.COM"):
            assert [h["registrationId"] for h in _search(staff, text)] == [
                jose["registrationId"]], text
        assert [h["firstName"] for h in _search(staff, "jo")] == ["Joanna", "José María"]
        assert _search(staff, "ose") == []  # prefixes, not substrings
        assert _search(staff, "example") == []


def test_a_hit_names_the_person_but_shows_no_email_or_last_name(
    server_factory: ServerFactory,
) -> None:
    server = _server(server_factory)
    with api(server) as kiosk:
        outcome = _one(kiosk, EVENT, attendee(1, firstName="Anna", lastName="Kowalski",
                                              email="anna.k@example.com"))
    with staff_api(server) as staff:
        response = staff.get(f"events/{EVENT}/attendees", params={"q": "anna"})
    assert response.headers["cache-control"] == "no-store"
    assert "etag" not in response.headers
    assert response.json() == [{
        "registrationId": outcome["registrationId"],
        "firstName": "Anna",
        "lastNameInitial": "K.",
        "state": "Registered",
        "checkedIn": False,
        "checkedInAt": None,
        "checkInCode": outcome["checkInCode"],
    }]
    assert "Kowalski" not in response.text
    assert "example.com" not in response.text


@pytest.mark.parametrize("text", ["", "a", "  é  ", "x" * 101])
def test_search_text_must_be_two_to_a_hundred_characters(
    server_factory: ServerFactory, text: str
) -> None:
    with staff_api(_server(server_factory)) as staff:
        response = staff.get(f"events/{EVENT}/attendees", params={"q": text})
    assert response.status_code == 400
    assert_plain_message(response.json()["Message"])


def test_search_answers_at_most_twenty_hits(server_factory: ServerFactory) -> None:
    server = _server(server_factory)
    with api(server) as kiosk:
        register(kiosk, EVENT, *[attendee(n, firstName="Anna") for n in range(25)])
    with staff_api(server) as staff:
        hits = _search(staff, "ann")
    assert len(hits) == attendees.MAX_HITS == 20
    assert len({h["registrationId"] for h in hits}) == 20


def test_search_tells_the_state_and_the_check_in(server_factory: ServerFactory) -> None:
    server = _server(server_factory, maxCapacity=1, isCapacityRestricted=True)
    with api(server) as kiosk:
        seated = _one(kiosk, EVENT, attendee(1, firstName="Ada"))
        _one(kiosk, EVENT, attendee(2, firstName="Adam", waitlisted=True))
        kiosk.post("checkins", json={"checkInCode": seated["checkInCode"]})
        _one(kiosk, PAID_EVENT, attendee(3, firstName="Adele", passId=PASS_ID))
    with staff_api(server) as staff:
        here = {h["firstName"]: h for h in _search(staff, "ad")}
        paid = _search(staff, "ad", PAID_EVENT)
        elsewhere = _search(staff, "ad", OTHER_EVENT)
    assert {name: h["state"] for name, h in here.items()} == {
        "Ada": "Registered", "Adam": "Waitlisted"}
    assert here["Ada"]["checkedIn"] is True
    assert here["Ada"]["checkedInAt"].startswith(NOW.strftime("%Y-%m-%dT%H:%M"))
    assert here["Adam"]["checkedIn"] is False
    assert [(h["firstName"], h["state"], h["checkInCode"]) for h in paid] == [
        ("Adele", "PendingPayment", None)]
    assert elsewhere == []  # search stays within its event


def test_an_expired_payment_drops_out_of_search(
    server_factory: ServerFactory, clock: Clock
) -> None:
    server = _server(server_factory)
    with api(server) as kiosk, staff_api(server) as staff:
        _one(kiosk, PAID_EVENT, attendee(1, firstName="Adele", passId=PASS_ID))
        assert len(_search(staff, "adele", PAID_EVENT)) == 1
        clock.advance(timedelta(minutes=31))
        _one(kiosk, PAID_EVENT, attendee(2, passId=PASS_ID))  # the next write frees the hold
        assert _search(staff, "adele", PAID_EVENT) == []


def test_search_and_since_read_index_ranges_not_tables(tmp_path: Path) -> None:
    """So both stay fast however big the event grows."""
    db = Database.open(tmp_path / "plans.sqlite3")
    statements: list[str] = []
    try:
        with db.read() as conn:
            conn.set_trace_callback(statements.append)
            attendees.search(conn, "event", "jo")
            attendees.check_in_list(conn, "event", None)
            conn.set_trace_callback(None)
            plans = [
                " | ".join(str(row[3]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
                for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))
            ]
    finally:
        db.close()
    for plan in plans:
        for table in ("attendee_search", "registrations", "r", "sr", "c", "k"):
            assert f"SCAN {table} " not in f"{plan} ", plan
    assert any("attendee_search USING PRIMARY KEY (event_id=? AND key>? AND key<?)" in p
               for p in plans)
    assert any("registrations_by_change (event_id=? AND change_seq>?)" in p for p in plans)


# ---------------------------------------------------------------- one attendee's record


def test_staff_open_the_whole_record(server_factory: ServerFactory, clock: Clock) -> None:
    server = _server(server_factory)
    with api(server) as kiosk:
        _one(kiosk, EVENT, attendee(9, attendeeSessions=[{"sessionId": guid(2, "5")}]))
        outcome = _one(kiosk, EVENT, attendee(1, firstName="Anna", lastName="Kowalski",
                                              email="anna.k@example.com", attendeeSessions=[
            {"sessionId": guid(1, "5")}, {"sessionId": guid(2, "5"), "waitlisted": True}]))
        kiosk.post("checkins", json={"checkInCode": outcome["checkInCode"]})
        clock.advance(timedelta(minutes=30))
        kiosk.post("checkins", json={"checkInCode": outcome["checkInCode"],
                                     "sessionId": guid(1, "5")})
    with staff_api(server) as staff:
        response = staff.get(f"events/{EVENT}/attendees/{outcome['registrationId'].upper()}")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    assert response.json() == {
        "registrationId": outcome["registrationId"],
        "firstName": "Anna",
        "lastName": "Kowalski",
        "email": "anna.k@example.com",
        "state": "Registered",
        "checkInCode": outcome["checkInCode"],
        "checkedIn": True,
        "checkedInAt": "2026-03-18T08:00:00Z",
        "sessions": [{"sessionId": guid(1, "5"), "waitlisted": False},
                     {"sessionId": guid(2, "5"), "waitlisted": True}],
        "sessionCheckIns": [{"sessionId": guid(1, "5"), "checkedInAt": "2026-03-18T08:30:00Z"}],
    }


def test_a_record_is_only_found_under_its_own_event(server_factory: ServerFactory) -> None:
    server = _server(server_factory)
    with api(server) as kiosk:
        outcome = _one(kiosk, OTHER_EVENT, attendee(1))
    with staff_api(server) as staff:
        for path in (f"events/{EVENT}/attendees/{outcome['registrationId']}",
                     f"events/{EVENT}/attendees/{guid(7, 'b')}",
                     f"events/No_Such_Event/attendees/{outcome['registrationId']}"):
            response = staff.get(path)
            assert response.status_code == 404, path
            assert_plain_message(response.json()["Message"])


# ---------------------------------------------------------------- the offline check-in list


def test_the_list_holds_every_seat_and_waitlist_entry_with_hashed_codes(
    server_factory: ServerFactory,
) -> None:
    server = _server(server_factory, maxCapacity=2, isCapacityRestricted=True)
    with api(server) as kiosk:
        seated = _one(kiosk, EVENT, attendee(1, firstName="Anna", lastName="Kowalski",
                                             attendeeSessions=[{"sessionId": guid(1, "5")}]))
        other = _one(kiosk, EVENT, attendee(2, attendeeSessions=[
            {"sessionId": guid(2, "5")}]))
        waiting = _one(kiosk, EVENT, attendee(3, waitlisted=True, attendeeSessions=[
            {"sessionId": guid(1, "5")}]))
        kiosk.post("checkins", json={"checkInCode": other["checkInCode"]})
        _one(kiosk, OTHER_EVENT, attendee(4))
    with staff_api(server) as staff:
        response = staff.get(f"events/{EVENT}/checkin-list")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert set(body) == {"salt", "cursor", "entries"}
    salt = body["salt"]
    entries = {e["registrationId"]: e for e in body["entries"]}
    assert list(entries) == [  # in the order they changed: the check-in came last
        seated["registrationId"], waiting["registrationId"], other["registrationId"]]
    assert entries[seated["registrationId"]] == {
        "registrationId": seated["registrationId"],
        "codeHash": check_in_code_hash(salt, seated["checkInCode"]),
        "firstName": "Anna",
        "lastNameInitial": "K.",
        "waitlisted": False,
        "sessionIds": [guid(1, "5")],
        "waitlistedSessionIds": [],
        "checkedInAt": None,
    }
    assert entries[other["registrationId"]]["checkedInAt"] == "2026-03-18T08:00:00Z"
    assert entries[waiting["registrationId"]]["waitlisted"] is True
    assert entries[waiting["registrationId"]]["waitlistedSessionIds"] == [guid(1, "5")]
    for outcome in (seated, other, waiting):  # hashes, never the codes themselves
        assert outcome["checkInCode"] not in response.text
    # A kiosk hashes what it scanned the same way, however the code was typed.
    typed = f" {seated['checkInCode'][:4].lower()}-{seated['checkInCode'][4:]} "
    assert check_in_code_hash(salt, typed) == entries[seated["registrationId"]]["codeHash"]


def test_each_event_has_its_own_salt(server_factory: ServerFactory) -> None:
    with staff_api(_server(server_factory)) as staff:
        salts = {staff.get(f"events/{e}/checkin-list").json()["salt"]
                 for e in (EVENT, OTHER_EVENT, PAID_EVENT)}
    assert len(salts) == 3


def test_since_brings_only_what_changed(server_factory: ServerFactory) -> None:
    event = _event(maxCapacity=1, isCapacityRestricted=True)
    other = event_seed(OTHER_EVENT)
    server = server_factory(event, other, db_name="since.sqlite3")
    with api(server) as kiosk, staff_api(server) as staff:
        first = _one(kiosk, EVENT, attendee(1))
        promoted = _one(kiosk, EVENT, attendee(2, waitlisted=True, autoRegister=True))
        cursor = _list(staff)["cursor"]
        nothing = _list(staff, cursor)
        assert nothing["entries"] == []
        assert nothing["cursor"] == cursor

        kiosk.post("checkins", json={"checkInCode": first["checkInCode"]})
        new = _one(kiosk, EVENT, attendee(3, waitlisted=True))
        _one(kiosk, OTHER_EVENT, attendee(4))  # another event's list
        changed = _list(staff, cursor)
        assert [e["registrationId"] for e in changed["entries"]] == [
            first["registrationId"], new["registrationId"]]
        assert changed["entries"][0]["checkedInAt"] is not None
        cursor = changed["cursor"]
    server.stop()

    # The organiser raises the capacity: the auto-register entry gets the seat. The
    # cursor outlives the restart (same database).
    bigger = server_factory({**event, "maxCapacity": 2}, other, db_name="since.sqlite3")
    with staff_api(bigger) as staff:
        changed = _list(staff, cursor)
    assert [(e["registrationId"], e["waitlisted"]) for e in changed["entries"]] == [
        (promoted["registrationId"], False)]


def test_a_paid_registration_joins_the_list_once_finalized(
    server_factory: ServerFactory,
) -> None:
    server = _server(server_factory)
    with api(server) as kiosk, staff_api(server) as staff:
        result = register(kiosk, PAID_EVENT, attendee(1, passId=PASS_ID))
        before = staff.get(f"events/{PAID_EVENT}/checkin-list").json()
        assert before["entries"] == []  # no code yet: nothing to check in with
        final = kiosk.post(f"events/{PAID_EVENT}/registrations/finalize",
                           json={"purchaseId": result["purchaseId"]}).json()
        after = staff.get(f"events/{PAID_EVENT}/checkin-list",
                          params={"since": before["cursor"]}).json()
    (entry,) = after["entries"]
    assert entry["codeHash"] == check_in_code_hash(
        after["salt"], final["attendees"][0]["checkInCode"])


def test_a_cursor_that_is_not_this_lists_is_refused(server_factory: ServerFactory) -> None:
    server = _server(server_factory)
    elsewhere = server_factory(_event())  # another database, same event
    with staff_api(server) as staff, staff_api(elsewhere) as other, api(server) as kiosk:
        register(kiosk, EVENT, attendee(1))
        cursor = _list(staff)["cursor"]
        other_event = staff.get(f"events/{OTHER_EVENT}/checkin-list").json()["cursor"]
        seq, tag = cursor.split(".")
        for bad in ("garbage", other_event, _list(other)["cursor"], f"{int(seq) + 1}.{tag}",
                    f"0.{tag}", "-1", "1" * 40):
            response = staff.get(f"events/{EVENT}/checkin-list", params={"since": bad})
            assert response.status_code == 400, bad
            assert_plain_message(response.json()["Message"])
        # A blank since is no since: the whole list.
        blank = staff.get(f"events/{EVENT}/checkin-list", params={"since": " "}).json()
        assert len(blank["entries"]) == 1


# ---------------------------------------------------------------- logs


def test_staff_reads_leave_no_personal_data_or_token_in_the_logs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"events": [_event()]}), encoding="utf-8")
    with start_server(tmp_path / "logs.sqlite3", seed=seed, web_apps=WEB_APPS,
                      staff_tokens=[STAFF_TOKEN], access_log=True, now=Clock()) as server:
        with api(server) as kiosk:
            outcome = _one(kiosk, EVENT, attendee(1, firstName="Zbigniew",
                                                  lastName="Quaestor", email="zq@example.com"))
        with staff_api(server) as staff:
            assert _search(staff, "zbig")
            assert _search(staff, "zq@exa")
            staff.get(f"events/{EVENT}/attendees/{outcome['registrationId']}")
            staff.get(f"events/{EVENT}/checkin-list")
        with staff_api(server, "a-wrong-staff-token-42") as wrong:
            assert wrong.get(f"events/{EVENT}/checkin-list").status_code == 403
    lines = [r.getMessage() for r in caplog.records
             if r.name.startswith(("kiosk.server", "uvicorn"))]
    assert any("/attendees?***" in line for line in lines)  # the access log did log them
    for line in lines:
        for secret in ("Zbig", "zbig", "Quaestor", "zq@", "zq%40", outcome["checkInCode"],
                       STAFF_TOKEN, "a-wrong-staff-token-42", TOKEN):
            assert secret not in line, line


# ---------------------------------------------------------------- migrating a version 2 database


def _version_2_database(path: Path) -> None:
    """A database as version 2 left it: one event, two registrations, one check-in."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("BEGIN")
        for migration in MIGRATIONS[:2]:
            migration(db)
        db.execute("PRAGMA user_version = 2")
        # The event row as version 2 stored it (today's loader writes today's columns).
        (seed,) = parse_seed({"events": [_event()]})
        assert seed.event.start_date_utc is not None
        assert seed.event.end_date_utc is not None
        db.execute(
            "INSERT INTO events (event_id, readable_id, start_utc, end_utc, data) "
            "VALUES (?, ?, ?, ?, ?)",
            (seed.event_id, EVENT, utc_text(seed.event.start_date_utc),
             utc_text(seed.event.end_date_utc), json.dumps(seed.event.to_wire())),
        )
        event_id = db.execute("SELECT event_id FROM events").fetchone()[0]
        db.executemany(
            "INSERT INTO contacts (id, email_key, email, first_name, last_name, created_utc) "
            "VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00.000000Z')",
            [("c1", "jose@example.com", "jose@example.com", "José", "Núñez"),
             ("c2", "ann@example.com", "ann@example.com", "Ann", "Lee")],
        )
        db.executemany(
            "INSERT INTO registrations (id, event_id, contact_id, state, check_in_code, "
            "responses, created_utc) VALUES (?, ?, ?, ?, ?, '[]', '2026-01-01T00:00:00.000000Z')",
            [("r1", event_id, "c1", "registered", "ABCDEFGH"),
             ("r2", event_id, "c2", "waitlisted", "BCDEFGHJ")],
        )
        db.execute("INSERT INTO checkins VALUES ('r1', '', '2026-01-02T09:00:00.000000Z')")
        db.execute("COMMIT")


def test_a_version_2_database_gains_search_and_the_check_in_list(
    tmp_path: Path, server_factory: ServerFactory
) -> None:
    path = tmp_path / "v2.sqlite3"
    _version_2_database(path)
    server = server_factory(db_name=path.name)
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    with staff_api(server) as staff, api(server) as kiosk:
        (hit,) = _search(staff, "jose")
        assert (hit["registrationId"], hit["checkedIn"], hit["checkInCode"]) == (
            "r1", True, "ABCDEFGH")
        listed = _list(staff)
        assert [(e["registrationId"], e["waitlisted"]) for e in listed["entries"]] == [
            ("r1", False), ("r2", True)]
        assert listed["entries"][0]["codeHash"] == check_in_code_hash(listed["salt"], "ABCDEFGH")
        # Changes after the upgrade follow the old ones.
        new = _one(kiosk, EVENT, attendee(3, firstName="Ana"))
        assert [e["registrationId"] for e in _list(staff, listed["cursor"])["entries"]] == [
            new["registrationId"]]
        assert {h["firstName"] for h in _search(staff, "an")} == {"Ann", "Ana"}
