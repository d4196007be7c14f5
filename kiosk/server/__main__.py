"""``kiosk-server`` / ``python -m kiosk.server``: run the local events server, or export data.

    kiosk-server [--host H] [--port P] [--db PATH] [--demo] [--seed FILE]
                 [--web-app TOKEN ORIGIN]... [--staff-token TOKEN]...
    kiosk-server export --db PATH --event READABLE_ID [--out FILE]
    kiosk-server dump --db PATH [--event READABLE_ID]... [--out FILE]
    kiosk-server stats [--db PATH] [--json]

``export`` writes one event's registrations as CSV; ``dump`` writes events back out as
a seed file (the ``--seed`` format); ``stats`` prints registrations, waitlist and
check-ins per event (read-only, also while the server runs). Serving prints both base
URLs, the web applications to use and whether the staff extensions are on, then runs
until Ctrl+C or SIGTERM. Printing the tokens given on this command line is deliberate: this is the
operator's own terminal at start-up, and they need them to configure the kiosks. Staff
tokens stored by an earlier start are only counted (the database holds their hashes).
Logs never carry a token.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

import platformdirs

from kiosk.server.db import Database, DatabaseError
from kiosk.server.dump import dump_seed
from kiosk.server.export import UnknownEventError, export_event_csv
from kiosk.server.loader import SeedError
from kiosk.server.runner import RunningServer, binds_all_interfaces, start_server
from kiosk.server.stats import StatsError, as_json, as_table, read_stats

log = logging.getLogger("kiosk.server")

DEFAULT_PORT = 8787


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("kiosk", appauthor=False)) / "events.sqlite3"


def _serve_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-server",
        description="The local events server: the events API contract over SQLite. "
        "Subcommands: 'kiosk-server export --help' (CSV of registrations), "
        "'kiosk-server dump --help' (events as a seed file), "
        "'kiosk-server stats --help' (counts per event).",
    )
    parser.add_argument("--host", default="127.0.0.1",
                        help="interface to listen on (default 127.0.0.1; 0.0.0.0 = all)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port (default {DEFAULT_PORT}; 0 picks a free one)")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"database file (default {default_db_path()})")
    parser.add_argument("--demo", action="store_true",
                        help="load the built-in demo if the database is empty, and register "
                        "the demo web application")
    parser.add_argument("--seed", type=Path, default=None, metavar="FILE",
                        help="load events from a JSON seed file (see docs/local-server.md)")
    parser.add_argument("--web-app", nargs=2, action="append", default=[],
                        metavar=("TOKEN", "ORIGIN"),
                        help="register a web application (repeatable)")
    parser.add_argument("--staff-token", action="append", default=[], metavar="TOKEN",
                        help="add a staff token (repeatable; at least 16 characters): kiosks "
                        "send it to search attendees and fetch the offline check-in list")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-server export",
        description="Write one event's registrations, waitlist and check-ins as CSV.",
    )
    parser.add_argument("--db", type=Path, required=True, help="database file")
    parser.add_argument("--event", required=True, metavar="READABLE_ID",
                        help="the event's readableEventId")
    parser.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help="output file (default: standard output)")
    return parser


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by its owner only (attendee data, like the database).

    The text goes to a new file created 0600 in the same folder, which then replaces
    ``path``: an existing file's looser mode (or another process's open handle on it)
    never sees the data, and a failed write leaves the old file as it was.
    """
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def _export(argv: Sequence[str]) -> int:
    args = _export_parser().parse_args(argv)
    try:
        db = Database.open(args.db, create=False)
    except DatabaseError as exc:
        print(f"kiosk-server export: {exc}", file=sys.stderr)
        return 1
    try:
        text = export_event_csv(db, args.event)
    except UnknownEventError:
        print(f"kiosk-server export: there is no event {args.event!r} in {args.db}",
              file=sys.stderr)
        return 1
    finally:
        db.close()
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        write_private(args.out, text)
    except OSError as exc:
        print(f"kiosk-server export: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"kiosk-server export: wrote {text.count(chr(10)) - 1} rows to {args.out}",
          file=sys.stderr)
    return 0


def _dump(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="kiosk-server dump",
        description="Write events (catalog only, no registrations) as a --seed JSON file.",
    )
    parser.add_argument("--db", type=Path, required=True, help="database file")
    parser.add_argument("--event", action="append", default=None, metavar="READABLE_ID",
                        help="an event to include (repeatable; default: every event)")
    parser.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help="output file (default: standard output)")
    args = parser.parse_args(argv)
    try:
        db = Database.open(args.db, create=False)
    except DatabaseError as exc:
        print(f"kiosk-server dump: {exc}", file=sys.stderr)
        return 1
    try:
        seed = dump_seed(db, args.event)
    except LookupError as exc:
        print(f"kiosk-server dump: there is no event {exc.args[0]!r} in {args.db}",
              file=sys.stderr)
        return 1
    finally:
        db.close()
    text = json.dumps(seed, indent=2, ensure_ascii=False) + "\n"
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"kiosk-server dump: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    return 0


def _stats(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="kiosk-server stats",
        description="Print registrations, pending payments, waitlist and check-ins per event, "
        "with totals. Opens the database read-only: safe while the server runs.",
    )
    parser.add_argument("--db", type=Path, default=None, metavar="FILE",
                        help=f"database file (default {default_db_path()})")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    db_path = args.db or default_db_path()
    try:
        stats = read_stats(db_path)
    except StatsError as exc:
        print(f"kiosk-server stats: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(as_json(stats) if args.json else as_table(stats))
    return 0


def _print_start(server: RunningServer, args: argparse.Namespace, db_path: Path) -> None:
    from kiosk.server import demo

    print(f"Kiosk local events server on {server.root_url}  (database: {db_path})")
    print(f"  organization id: {server.org_id}")
    print(f"  base URL (v2.0): {server.base_url_v2}")
    print(f"  base URL (v1.0): {server.base_url_v1}")
    if args.demo:
        print(f"  demo web application: token {demo.DEMO_TOKEN}  origin {demo.DEMO_ORIGIN}")
    for token, origin in args.web_app:
        print(f"  web application: token {token}  origin {origin}")
    if not args.demo and not args.web_app:
        print("  no web application given on the command line (use --web-app TOKEN ORIGIN)")
    for token in args.staff_token:
        print(f"  staff token: {token.strip()}")
    if server.staff_token_count:
        print(f"  staff endpoints enabled: {server.staff_token_count} staff token(s) in the "
              "database")
    else:
        print("  staff endpoints disabled: no staff token (use --staff-token TOKEN)")
    print("Press Ctrl+C to stop.", flush=True)


def _serve(argv: Sequence[str]) -> int:
    args = _serve_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if not 0 <= args.port <= 65535:
        print("kiosk-server: --port must be between 0 and 65535", file=sys.stderr)
        return 2
    db_path = args.db or default_db_path()
    if binds_all_interfaces(args.host):
        log.warning(
            "listening on all interfaces (%s): every device on the network can reach this "
            "server; anyone who learns a token can register attendees", args.host or "*"
        )
    try:
        server = start_server(
            db_path, host=args.host, port=args.port, demo=args.demo, seed=args.seed,
            web_apps=[(t, o) for t, o in args.web_app], staff_tokens=args.staff_token,
            access_log=args.verbose,
        )
    except (DatabaseError, SeedError, ValueError) as exc:
        print(f"kiosk-server: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kiosk-server: cannot listen on {args.host}:{args.port}: {exc.strerror}",
              file=sys.stderr)
        return 1

    # Handlers first: a SIGTERM sent as soon as "Press Ctrl+C" appears still stops cleanly.
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        _print_start(server, args, db_path)
        while not stop.is_set() and server.running:
            stop.wait(0.5)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.stop()
    log.info("events server stopped")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kiosk-server`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "export":
        return _export(args[1:])
    if args and args[0] == "dump":
        return _dump(args[1:])
    if args and args[0] == "stats":
        return _stats(args[1:])
    return _serve(args)


if __name__ == "__main__":
    sys.exit(main())
