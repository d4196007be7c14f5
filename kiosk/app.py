"""Composition root: reads the command line and settings, builds the client, runs the command."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import check
from kiosk.api.client import EventsApiClient
from kiosk.api.errors import ConfigurationError
from kiosk.config import KioskSettings, SettingsError, load_settings


def _api_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="settings file (TOML)")
    parser.add_argument(
        "--endpoint",
        help="events API base URL: .../EvtMgmt/api/v2.0/ or "
        ".../api/v1.0/orgs/<org id>/eventmanagement/",
    )
    parser.add_argument("--token", help="application token (or set KIOSK_TOKEN)")
    parser.add_argument("--origin", help="origin registered on the web application")
    parser.add_argument("--connect-timeout", type=float, help="seconds (default 5)")
    parser.add_argument("--read-timeout", type=float, help="seconds (default 15)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Touchscreen kiosk for events.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check_parser = commands.add_parser(
        "check",
        help="test the connection to an events API",
        description="List the published events; with --event, fetch everything about one.",
    )
    _api_arguments(check_parser)
    check_parser.add_argument("--event", metavar="READABLE_ID", help="also inspect this event")
    return parser


def _settings(args: argparse.Namespace) -> KioskSettings:
    api = {
        "endpoint": args.endpoint,
        "token": args.token,
        "origin": args.origin,
        "connect_timeout": args.connect_timeout,
        "read_timeout": args.read_timeout,
    }
    return load_settings(config_file=args.config, overrides={"api": api})


def make_client(settings: KioskSettings) -> EventsApiClient:
    api = settings.api
    missing = [
        name
        for name, value in (
            ("--endpoint", api.endpoint),
            ("--token", api.token.get_secret_value()),
            ("--origin", api.origin),
        )
        if not value
    ]
    if missing:
        raise ConfigurationError("Missing setting(s): " + ", ".join(missing) + ".")
    return EventsApiClient(
        api.endpoint,
        api.token.get_secret_value(),
        api.origin,
        connect_timeout=api.connect_timeout,
        read_timeout=api.read_timeout,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "check":
        try:
            client = make_client(_settings(args))
        except (SettingsError, ConfigurationError) as exc:
            sys.stderr.write(f"kiosk check failed: configuration: {exc}\n")
            return check.EXIT_CONFIG
        with client:
            return check.run_check(client, args.event, sys.stdout, sys.stderr)
    parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
