"""Who a person is (``kiosk.api.identity.email_key``) and what a repeat may reveal.

A repeat registration (same person, same event) answers only ``alreadyRegistered``:
anyone who knows an e-mail address could otherwise read that person's check-in code and
check in as them. The original submitter's resend, with its Idempotency-Key, still gets
its own answer back.
"""

from __future__ import annotations

import logging
import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from server_helpers import ServerFactory, api, attendee, count, event_seed, guid, register

from kiosk.server.db import MIGRATIONS, SCHEMA_VERSION, Database

EVENT = "Identity_Event"
REGISTRATIONS = f"events/{EVENT}/registrations"
NOTHING_BUT_REPEAT = {"registrationId": None, "checkInCode": None, "waitlisted": False,
                      "waitlistedSessionIds": [], "alreadyRegistered": True}

NFC = unicodedata.normalize("NFC", "José.Müller@example.com")
NFD = unicodedata.normalize("NFD", "José.Müller@example.com")
assert NFC != NFD


def _only(result: dict[str, Any]) -> dict[str, Any]:
    assert result["status"] == "Success", result
    (outcome,) = result["attendees"]
    assert isinstance(outcome, dict)
    return outcome


def _contacts(db_path: Path) -> int:
    with closing(sqlite3.connect(db_path)) as db:
        total: int = db.execute("SELECT COUNT(*) FROM contacts").fetchone()[0]
    return total


# ---------------------------------------------------------------- what a repeat reveals


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("ann@example.com", "  ANN@Example.COM "),
        (NFC, NFD),
        (NFD, NFC),
        ("anna@xn--mller-kva.de", "Anna@müller.de"),
    ],
    ids=["case", "nfc-then-nfd", "nfd-then-nfc", "punycode-then-unicode"],
)
def test_a_repeat_reveals_no_code_and_no_id(
    server_factory: ServerFactory, first: str, again: str
) -> None:
    server = server_factory(event_seed(EVENT))
    with api(server) as client:
        original = _only(register(client, EVENT, attendee(1, email=first)))
        assert len(original["checkInCode"]) == 8
        repeat = register(client, EVENT, attendee(2, email=again))
        assert _only(repeat) == NOTHING_BUT_REPEAT
        assert original["checkInCode"] not in str(repeat)
        assert original["registrationId"] not in str(repeat)
        assert count(client, EVENT) == 1
    assert _contacts(server.db_path) == 1


def test_a_repeat_does_not_reveal_the_waitlist(server_factory: ServerFactory) -> None:
    session = {"id": guid(1, "5"), "name": "Lab", "startTimeUTC": "2026-03-18T10:00:00Z",
               "endTimeUTC": "2026-03-18T11:00:00Z"}
    server = server_factory(event_seed(EVENT, maxCapacity=1, isCapacityRestricted=True,
                                       showWaitlist=True, allowCustomAgenda=True,
                                       sessions=[session]))
    with api(server) as client:
        register(client, EVENT, attendee(1))
        waiting = _only(register(client, EVENT, attendee(
            2, waitlisted=True, attendeeSessions=[{"sessionId": guid(1, "5")}])))
        assert waiting["waitlisted"] is True
        assert waiting["waitlistedSessionIds"] == [guid(1, "5")]
        assert _only(register(client, EVENT, attendee(2))) == NOTHING_BUT_REPEAT


def test_the_original_key_still_replays_the_code(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    body = {"attendees": [attendee(1)]}
    with api(server) as client:
        first = client.post(REGISTRATIONS, json=body, headers={"Idempotency-Key": "kiosk-1"})
        code = _only(first.json())["checkInCode"]
        # Someone else who knows the address, with or without a key of their own...
        assert _only(register(client, EVENT, attendee(1))) == NOTHING_BUT_REPEAT
        other_key = client.post(REGISTRATIONS, json=body, headers={"Idempotency-Key": "mine"})
        assert _only(other_key.json()) == NOTHING_BUT_REPEAT
        # ...but the kiosk resending its own request gets its own answer, code included.
        resend = client.post(REGISTRATIONS, json=body, headers={"Idempotency-Key": "kiosk-1"})
        assert resend.headers["idempotent-replayed"] == "true"
        assert resend.content == first.content
        assert _only(resend.json())["checkInCode"] == code


def test_paid_event_repeats_reveal_nothing(server_factory: ServerFactory) -> None:
    pass_id = guid(1, "a")
    passes = [{"passId": pass_id, "passName": "Day", "price": 10.0, "currencySymbol": "$",
               "numberOfPassesLeft": 5, "numberOfPassesSold": 0}]
    server = server_factory(event_seed(EVENT, passes=passes,
                                       enableMultiAttendeeRegistration=True))
    with api(server) as client:
        started = register(client, EVENT, attendee(1, passId=pass_id))
        assert started["status"] == "Initiated"
        # While the payment is pending...
        pending = register(client, EVENT, attendee(1, email="PERSON1@example.com",
                                                   passId=pass_id))
        assert pending["purchaseId"] is None
        assert _only(pending) == NOTHING_BUT_REPEAT
        finalized = client.post(f"{REGISTRATIONS}/finalize",
                                json={"purchaseId": started["purchaseId"]}).json()
        code = _only(finalized)["checkInCode"]
        # ...and after it: a repeat next to a new attendee reveals nothing about it.
        mixed = register(client, EVENT, attendee(1, passId=pass_id), attendee(2, passId=pass_id))
        assert mixed["attendees"][0] == NOTHING_BUT_REPEAT
        assert code not in str(mixed)
        done = client.post(f"{REGISTRATIONS}/finalize",
                           json={"purchaseId": mixed["purchaseId"]}).json()
        assert done["attendees"][0] == NOTHING_BUT_REPEAT
        assert len(done["attendees"][1]["checkInCode"]) == 8


# ---------------------------------------------------------------- one person, one key


def test_strasse_and_strasse_with_sharp_s_are_two_people(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    with api(server) as client:
        one = _only(register(client, EVENT, attendee(1, email="straße@example.de")))
        two = _only(register(client, EVENT, attendee(2, email="strasse@example.de")))
        assert one["alreadyRegistered"] is False
        assert two["alreadyRegistered"] is False
        assert one["checkInCode"] != two["checkInCode"]
        assert count(client, EVENT) == 2
    assert _contacts(server.db_path) == 2


@pytest.mark.parametrize(
    ("first", "second", "duplicate"),
    [
        (NFC, NFD, True),
        ("anna@xn--mller-kva.de", "anna@MÜLLER.de", True),
        ("straße@example.de", "strasse@example.de", False),
    ],
    ids=["nfc-nfd", "punycode-unicode", "sharp-s"],
)
def test_one_submission_with_two_spellings(
    server_factory: ServerFactory, first: str, second: str, duplicate: bool
) -> None:
    server = server_factory(event_seed(EVENT, enableMultiAttendeeRegistration=True))
    with api(server) as client:
        result = register(client, EVENT, attendee(1, email=first), attendee(2, email=second))
        if duplicate:
            assert result["errorCode"] == "DuplicateAttendee"
            assert count(client, EVENT) == 0
        else:
            assert result["status"] == "Success"
            assert count(client, EVENT) == 2


# ---------------------------------------------------------------- migrating old databases


def _version_1_database(path: Path, contacts: list[tuple[str, str]]) -> None:
    """A database as version 1 left it: contacts keyed on ``email.casefold()``."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("BEGIN")
        MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
        db.executemany(
            "INSERT INTO contacts (id, email_key, email, first_name, last_name, created_utc) "
            "VALUES (?, ?, ?, 'First', 'Last', ?)",
            [(contact_id, email.strip().casefold(), email, f"2026-01-0{n + 1}T00:00:00Z")
             for n, (contact_id, email) in enumerate(contacts)],
        )
        db.execute("COMMIT")


def test_migration_rekeys_contacts_and_survives_clashes(
    tmp_path: Path, server_factory: ServerFactory, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "events-old.sqlite3"
    contacts = [
        ("sharp", "Straße@example.de"),  # v1 key "strasse@...": the "ss" person's key
        ("puny-old", "anna@xn--mller-kva.de"),  # older, but its new key is already held:
        ("uni", "anna@müller.de"),  # this one has "anna@müller.de" already
        ("nfd-old", unicodedata.normalize("NFD", "bob@mü.example")),  # two move onto one
        ("puny-new", "bob@xn--m-eha.example"),  # key that neither holds: the oldest wins
    ]
    _version_1_database(path, contacts)
    caplog.set_level(logging.INFO, logger="kiosk.server")
    Database.open(path).close()

    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        keys = dict(db.execute("SELECT id, email_key FROM contacts").fetchall())
    assert keys == {
        "sharp": "straße@example.de",
        "puny-old": "anna@xn--mller-kva.de",
        "uni": "anna@müller.de",
        "nfd-old": "bob@mü.example",
        "puny-new": "bob@xn--m-eha.example",
    }
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == ["2 contacts kept their old e-mail key: another contact has the new one"]
    for record in caplog.records:  # a count, never an address
        assert "@" not in record.getMessage()

    # The migrated database now tells straße@ and strasse@ apart...
    server = server_factory(event_seed(EVENT), db_name=path.name)
    with api(server) as client:
        sharp = _only(register(client, EVENT, attendee(1, email="straße@example.de")))
        plain = _only(register(client, EVENT, attendee(2, email="strasse@example.de")))
        assert sharp["alreadyRegistered"] is False
        assert plain["alreadyRegistered"] is False
        # ...and matches the Unicode spelling of a punycode address to the contact holding it.
        _only(register(client, EVENT, attendee(3, email="Anna@xn--mller-kva.de")))
        assert _only(register(client, EVENT, attendee(4, email="anna@müller.de"))) == (
            NOTHING_BUT_REPEAT
        )
    assert _contacts(server.db_path) == len(contacts) + 1  # only "strasse@" is new

