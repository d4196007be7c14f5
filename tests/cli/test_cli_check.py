"""``kiosk check`` run as a real subprocess against a scripted events API on loopback.

Each run gets a fresh HOME/XDG folder so no user settings are read, and no ``KIOSK_*``
variable leaks in from the developer's shell.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from cli_support import KioskCheck, fails_with, table_rows
from contract_fixtures import load
from scripted_server import (
    ORIGIN,
    RTM_PREFIX,
    TOKEN,
    V2_PREFIX,
    Reply,
    ScriptedServer,
    error_reply,
    free_port,
    json_reply,
)

EVENT_ID = "Fabrikam_Makers_Summit_2026"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(50))


def credentials(server: ScriptedServer, endpoint: str | None = None) -> list[str]:
    return ["--endpoint", endpoint or server.v2_base, "--token", TOKEN, "--origin", ORIGIN]


def summit() -> dict[str, Any]:
    event = load("a1_event")
    event["stopRegistrationDate"] = "2099-01-01T00:00:00Z"  # still open whenever this runs
    return event


def script_events(server: ScriptedServer, prefix: str = V2_PREFIX) -> None:
    events = load("mock_events_published")
    server.get(prefix + "events/published", json_reply([*events, summit()]))
    for readable_id, count in (
        (EVENT_ID, 118),
        ("Contoso_Ltd_Conference", 7),
        ("Contoso_Training_Day", 0),
    ):
        server.get(f"{prefix}events/{readable_id}/registrations/count", json_reply(count))


def script_event_detail(server: ScriptedServer, event: dict[str, Any] | None = None) -> None:
    full = load("a2_session")
    full["registrationCount"] = 24  # 24 of 24: full
    server.get(f"events/{EVENT_ID}", json_reply(event or summit()))
    server.get(f"events/{EVENT_ID}/sessions", json_reply([full, *load("mock_sessions")]))
    server.get(f"events/{EVENT_ID}/tracks", json_reply(load("mock_tracks")))
    server.get(f"events/{EVENT_ID}/speakers", json_reply(load("mock_speakers")))
    server.get(f"events/{EVENT_ID}/sponsorships", json_reply(load("sponsorships")))
    server.get(f"events/{EVENT_ID}/passes", json_reply([]))
    server.get(
        f"events/{EVENT_ID}/custom-registration-fields",
        json_reply(load("custom_registration_fields")),
    )
    server.get(f"events/{EVENT_ID}/qrcode", Reply(body=PNG, headers={"Content-Type": "image/png"}))


# --------------------------------------------------------------------------- success


@pytest.mark.parametrize("form", ["v2", "v2-no-slash", "rtm", "rtm-no-slash"])
def test_happy_path_prints_the_events_table(
    server: ScriptedServer, kiosk_check: KioskCheck, form: str
) -> None:
    prefix = RTM_PREFIX if form.startswith("rtm") else V2_PREFIX
    endpoint = server.root + (prefix.rstrip("/") if form.endswith("no-slash") else prefix)
    script_events(server, prefix)

    run = kiosk_check(*credentials(server, endpoint))

    assert run.code == 0, run
    assert run.err == ""
    lines = run.out_lines
    assert lines[0] == f"Connected to {server.root}{prefix} as origin {ORIGIN}."
    assert lines[1] == "3 published event(s):"
    assert re.split(r"\s{2,}", lines[2]) == [
        "Name",
        "Readable id",
        "Starts",
        "Capacity",
        "Registered",
    ]
    assert table_rows(lines) == [
        # Sorted by UTC start; events without one (the older payloads) come last, by name.
        [
            "Fabrikam Makers Summit 2026",
            EVENT_ID,
            "2026-03-18 09:00 GMT+01:00",
            "120",
            "118",
        ],
        [
            "Contoso Ltd Conference",
            "Contoso_Ltd_Conference",
            "2017-08-10 08:00 GMT-08:00",
            "unlimited",
            "7",
        ],
        [
            "Contoso Training Day",
            "Contoso_Training_Day",
            "2017-09-01 09:00 GMT+01:00",
            "unlimited",
            "0",
        ],
    ]
    # Every request carried the token and the Origin, on the right paths.
    assert len(server.requests) == 4
    for request in server.requests:
        assert request.query == {"emApplicationtoken": [TOKEN]}
        assert request.header("Origin") == ORIGIN
        assert request.path.startswith(prefix)


def test_event_report_lists_every_sub_resource(
    server: ScriptedServer, kiosk_check: KioskCheck
) -> None:
    script_events(server)
    script_event_detail(server)

    run = kiosk_check(*credentials(server), "--event", EVENT_ID)

    assert run.code == 0, run
    assert run.err == ""
    report = run.out[run.out.index("Event: ") :].splitlines()
    assert report == [
        f"Event: Fabrikam Makers Summit 2026 ({EVENT_ID})",
        "  starts:      2026-03-18 09:00 GMT+01:00",
        "  venue:       Hall 4 Conference Centre, Messeallee 4 10115 Berlin Germany",
        "  capacity:    118 registered of 120; waitlist on",
        "  sessions:    2 (1 full)",
        "  tracks:      1",
        "  speakers:    2",
        "  sponsors:    2",
        "  passes:      0 (free event)",
        "  questions:   4 custom registration fields (1 required)",
        f"  QR code:     image, {len(PNG)} bytes",
    ]
    fetched = {r.path.removeprefix(V2_PREFIX) for r in server.requests}
    assert {
        f"events/{EVENT_ID}",
        f"events/{EVENT_ID}/sessions",
        f"events/{EVENT_ID}/tracks",
        f"events/{EVENT_ID}/speakers",
        f"events/{EVENT_ID}/sponsorships",
        f"events/{EVENT_ID}/passes",
        f"events/{EVENT_ID}/custom-registration-fields",
        f"events/{EVENT_ID}/registrations/count",
        f"events/{EVENT_ID}/qrcode",
    } <= fetched


def test_event_report_notes_what_stops_walk_up_registration(
    server: ScriptedServer, kiosk_check: KioskCheck
) -> None:
    event = summit()
    event.update(
        stopRegistrationDate="2020-01-01T00:00:00Z",
        enableCaptcha=True,
        registrationForm="<div data-form-id='x'></div>",
        allowAnonymousRegistrations=False,
        isCapacityRestricted=False,
        building=None,
    )
    script_events(server)
    script_event_detail(server, event)
    server.get(f"events/{EVENT_ID}/passes", json_reply(load("passes")))
    server.get(f"events/{EVENT_ID}/qrcode", error_reply(404, "No such endpoint"))

    run = kiosk_check(*credentials(server), "--event", EVENT_ID)

    assert run.code == 0, run
    report = run.out[run.out.index("Event: ") :].splitlines()
    assert "  venue:       -" in report
    assert "  capacity:    118 registered, capacity unlimited; waitlist on" in report
    assert "  passes:      1 (paid event)" in report
    assert "  QR code:     not offered by this API" in report
    notes = [line.removeprefix("  note:        ") for line in report if "note:" in line]
    assert notes == [
        "registration is closed; the kiosk shows the event's website message",
        "paid event: the kiosk sends attendees to a staff member",
        "captcha required: the kiosk cannot register attendees for this event",
        "registers through an embedded marketing form, not the API",
        "anonymous registration is off: the kiosk cannot register attendees",
    ]


def test_no_published_events(server: ScriptedServer, kiosk_check: KioskCheck) -> None:
    server.get("events/published", json_reply([]))
    run = kiosk_check(*credentials(server))
    assert run.code == 0, run
    assert run.err == ""
    assert run.out_lines == [
        f"Connected to {server.v2_base} as origin {ORIGIN}.",
        "No published events. Publish an event for this web application "
        "('Custom solution using event API').",
    ]


def test_settings_from_the_config_file_and_environment(
    server: ScriptedServer, kiosk_check: KioskCheck
) -> None:
    server.get("events/published", json_reply([]))
    kiosk_check.config_dir.mkdir(parents=True)
    (kiosk_check.config_dir / "kiosk.toml").write_text(
        f'[api]\nendpoint = "{server.v2_base}"\norigin = "{ORIGIN}"\nread_timeout = 5\n',
        encoding="utf-8",
    )
    run = kiosk_check(env={"KIOSK_TOKEN": TOKEN})
    assert run.code == 0, run
    assert server.requests[0].query == {"emApplicationtoken": [TOKEN]}


# --------------------------------------------------------------------------- failures


def test_unreachable(kiosk_check: KioskCheck) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}{V2_PREFIX}"
    run = kiosk_check("--endpoint", endpoint, "--token", TOKEN, "--origin", ORIGIN)
    line = fails_with(run, "unreachable")
    assert "Check the network connection and the endpoint URL" in line
    assert run.out == ""


def test_timeout(server: ScriptedServer, kiosk_check: KioskCheck) -> None:
    server.get("events/published", Reply(json=[], delay=5.0))
    run = kiosk_check(*credentials(server), "--read-timeout", "0.3")
    line = fails_with(run, "timeout")
    assert "did not answer in time" in line
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("status", "kind", "advice"),
    [
        (400, "bad request", "Check that the token and the Origin are set"),
        (401, "token rejected", "Check the token in the kiosk settings"),
        (403, "origin rejected", "Check that the origin in the kiosk settings"),
        (404, "not found", "endpoint URL ends in /EvtMgmt/api/v2.0/"),
        (429, "rate limited", "too many requests"),
        (500, "server error", "internal error"),
        (503, "server error", "internal error"),
    ],
)
def test_each_http_failure_is_one_line(
    server: ScriptedServer, kiosk_check: KioskCheck, status: int, kind: str, advice: str
) -> None:
    said = f"Computer says no to {status}"
    server.get("events/published", error_reply(status, said, **{"Retry-After": "0"}))
    run = kiosk_check(*credentials(server))
    line = fails_with(run, kind)
    assert advice in line
    assert line.endswith(f"The server said: {said}")
    # Transient failures were retried (without waiting: Retry-After 0), others were not.
    assert len(server.requests) == (3 if status in (429, 500, 503) else 1)


def test_token_echoed_by_the_server_is_not_printed(
    server: ScriptedServer, kiosk_check: KioskCheck
) -> None:
    server.get("events/published", error_reply(401, f"Unknown token {TOKEN}"))
    run = kiosk_check(*credentials(server))
    line = fails_with(run, "token rejected")
    assert "Unknown token ***" in line


@pytest.mark.parametrize(
    ("reply", "detail"),
    [
        (
            Reply(body="<html>Wi-Fi login</html>", headers={"Content-Type": "text/html"}),
            "not JSON (text/html)",
        ),
        (json_reply({"events": []}), "expected a list of events, got an object"),
        (Reply(status=302, headers={"Location": "http://portal.example/login"}), "redirected"),
    ],
    ids=["html", "shape", "redirect"],
)
def test_invalid_response(
    server: ScriptedServer, kiosk_check: KioskCheck, reply: Reply, detail: str
) -> None:
    server.get("events/published", reply)
    line = fails_with(kiosk_check(*credentials(server)), "invalid response")
    assert detail in line


def test_unknown_event(server: ScriptedServer, kiosk_check: KioskCheck) -> None:
    script_events(server)
    run = kiosk_check(*credentials(server), "--event", "No_Such_Event")
    line = fails_with(run, "not found")
    assert "There is no event with the readable id 'No_Such_Event'" in line
    assert "3 published event(s):" in run.out  # the table still helps


def test_failure_while_inspecting_an_event(server: ScriptedServer, kiosk_check: KioskCheck) -> None:
    script_events(server)
    script_event_detail(server)
    server.get(f"events/{EVENT_ID}/speakers", json_reply([{"sessions": "not a list"}]))
    line = fails_with(kiosk_check(*credentials(server), "--event", EVENT_ID), "invalid response")
    assert "speakers" in line


# --------------------------------------------------------------------------- configuration


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            [
                "--endpoint",
                "https://contoso.crm.dynamics.com/",
                "--token",
                TOKEN,
                "--origin",
                ORIGIN,
            ],
            "The endpoint must end in /EvtMgmt/api/v2.0/",
        ),
        (
            [
                "--endpoint",
                "contoso.crm.dynamics.com/EvtMgmt/api/v2.0/",
                "--token",
                TOKEN,
                "--origin",
                ORIGIN,
            ],
            "must be an http:// or https:// URL",
        ),
        (
            ["--endpoint", f"https://c.example{V2_PREFIX}", "--origin", ORIGIN],
            "Missing setting(s): --token.",
        ),
        ([], "Missing setting(s): --endpoint, --token, --origin."),
        (
            ["--endpoint", f"https://c.example{V2_PREFIX}", "--token", TOKEN, "--origin", "kiosk"],
            "The origin must look like https://",
        ),
        (
            [
                "--endpoint",
                f"https://c.example{V2_PREFIX}",
                "--token",
                TOKEN,
                "--origin",
                ORIGIN,
                "--read-timeout",
                "0",
            ],
            "api.read_timeout",
        ),
        (["--config", "/nonexistent/kiosk.toml"], "does not exist"),
    ],
    ids=["path", "scheme", "no-token", "nothing", "origin", "timeout", "config-file"],
)
def test_configuration_errors_exit_2(
    kiosk_check: KioskCheck, args: list[str], message: str
) -> None:
    run = kiosk_check(*args)
    assert run.code == 2, run
    assert run.out == ""
    assert len(run.err_lines) == 1, run.err
    assert run.err_lines[0].startswith("kiosk check failed: configuration: ")
    assert message in run.err_lines[0]


def test_an_unreadable_config_file_exits_2(kiosk_check: KioskCheck) -> None:
    kiosk_check.config_dir.mkdir(parents=True)
    (kiosk_check.config_dir / "kiosk.toml").write_text("[api\nendpoint = ", encoding="utf-8")
    run = kiosk_check()
    assert run.code == 2, run
    assert run.err_lines[0].startswith("kiosk check failed: configuration: The settings file")


def test_a_multi_line_server_message_stays_on_one_line(
    server: ScriptedServer, kiosk_check: KioskCheck
) -> None:
    server.get(
        "events/published",
        error_reply(
            500, "Something failed.\r\nStack trace:\n   at Contoso.Api", **{"Retry-After": "0"}
        ),
    )
    line = fails_with(kiosk_check(*credentials(server)), "server error")
    assert line.endswith("The server said: Something failed. Stack trace: at Contoso.Api")
