"""Composition root: command line and settings -> client -> services -> window.

``kiosk`` opens the kiosk on the configured events API; ``kiosk --demo`` first starts the
local events server with the demo data in a child process; ``kiosk check`` tests a connection;
``kiosk set-pin`` stores the staff PIN (hashed) in the settings file.
"""

from __future__ import annotations

import argparse
import functools
import gc
import getpass
import logging
import logging.handlers
import multiprocessing
import os
import re
import secrets
import signal
import sqlite3
import stat
import sys
import threading
import tomllib
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from contextlib import ExitStack, suppress
from datetime import UTC, datetime
from io import TextIOWrapper
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Imported here: what every command needs (settings, the PIN). The rest is imported where
# it runs, so that the production path (`kiosk --endpoint ...`) loads neither the local
# server (FastAPI, uvicorn, Pillow: `kiosk --demo` only), nor `kiosk check`'s output, nor
# the badge renderer when no printer is set (tests/app/test_app_imports.py).
from kiosk.api.errors import ConfigurationError
from kiosk.config import KioskSettings, SettingsError, default_config_file, load_settings
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin, pin_problem
from kiosk.ui.private_file import write_private

if TYPE_CHECKING:
    import ssl

    from kiosk.api.client import EventsApiClient

log = logging.getLogger("kiosk")


def _leave_out_httpx_cli() -> None:
    """httpx imports its command-line client (click, rich, pygments) when those happen to
    be installed, as they are wherever the test tools are: 60-150 ms and 2.5 MB of a
    kiosk that never runs it. Marking the module absent makes httpx define its stub;
    nothing else changes. Must run before httpx is first imported (``main``)."""
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


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
    _api_arguments(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the local events server with demo data and open the kiosk on it",
    )
    parser.add_argument("--basedir", type=Path, help="data folder (default: the user data dir)")
    parser.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    parser.add_argument("--lang", help="interface language, e.g. de (default: the system's)")
    parser.add_argument(
        "--platform",
        help="Qt platform plugin, e.g. offscreen to try the kiosk without a screen "
        "(default: QT_QPA_PLATFORM, else the desktop's)",
    )
    parser.add_argument(
        "--mode",
        choices=("both", "register", "checkin", "desk"),
        help="register walk-ups, check people in at the door, or both (default both; "
        "or set KIOSK_MODE); desk: the staff desk for walk-ins (needs a staff PIN)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check_parser = commands.add_parser(
        "check",
        help="test the connection to an events API",
        description="List the published events; with --event, fetch everything about one.",
    )
    _api_arguments(check_parser)
    check_parser.add_argument("--event", metavar="READABLE_ID", help="also inspect this event")
    pin_parser = commands.add_parser(
        "set-pin",
        help="set the staff PIN (stored as a salted hash in the settings file)",
        description="Ask for the staff PIN twice (4 to 12 digits) and store its hash as "
        "[screen] staff_pin_hash in the settings file.",
    )
    # SUPPRESS: `kiosk --config FILE set-pin` keeps the FILE given before the command.
    pin_parser.add_argument(
        "--config", type=Path, default=argparse.SUPPRESS, help="settings file (TOML)"
    )
    pin_parser.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from one line of standard input"
    )
    doctor_parser = commands.add_parser(
        "doctor",
        help="check this machine for the kiosk: display, keyboard, fonts, camera, printer, "
        "data folder, API",
        description="One line per item (OK, WARN or FAIL) with what to do when it fails; "
        "exit status 1 when something the kiosk needs fails.",
    )
    _api_arguments(doctor_parser)
    doctor_parser.add_argument(
        "--basedir", type=Path, default=argparse.SUPPRESS, help="data folder to check"
    )
    doctor_parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    printers_parser = commands.add_parser(
        "printers",
        help="list the system's print queues for badges",
        description="List the print queues (CUPS) with their state, and say how to choose "
        "the one badges print to.",
    )
    printers_parser.add_argument(
        "--config", type=Path, default=argparse.SUPPRESS, help="settings file (TOML)"
    )
    return parser


def _settings(args: argparse.Namespace) -> KioskSettings:
    overrides: dict[str, Any] = {
        "api": {
            "endpoint": args.endpoint,
            "token": args.token,
            "origin": args.origin,
            "connect_timeout": args.connect_timeout,
            "read_timeout": args.read_timeout,
        },
    }
    if getattr(args, "basedir", None) is not None:
        overrides["basedir"] = args.basedir
    screen: dict[str, Any] = {}
    if getattr(args, "windowed", False):
        screen["windowed"] = True
    if getattr(args, "lang", None):
        screen["language"] = args.lang
    if getattr(args, "mode", None):
        screen["mode"] = args.mode
    if screen:
        overrides["screen"] = screen
    return load_settings(config_file=args.config, overrides=overrides)


_TLS_LOCK = threading.Lock()


@functools.cache
def _tls_context_once() -> ssl.SSLContext:
    import httpx

    return httpx.create_ssl_context()


def _tls_context() -> ssl.SSLContext:
    """The one TLS context of the kiosk's clients, made once (by whichever thread asks
    first; the others wait for it)."""
    with _TLS_LOCK:
        return _tls_context_once()


def _lazy_transport() -> Any:
    """httpx's default transport with the shared TLS context, made at the first request.

    Loading the CA bundle takes 25-60 ms, in C without the interpreter lock: it starts
    now on a thread of its own and goes on while the window is built, instead of before
    it; the first request (on a worker thread) waits for it if need be."""
    import httpx

    threading.Thread(target=_tls_context, name="kiosk-tls-context", daemon=True).start()

    class LazyTransport(httpx.BaseTransport):
        def __init__(self) -> None:
            self._lock = threading.Lock()
            self._inner: httpx.HTTPTransport | None = None
            self._closed = False

        def _transport(self) -> httpx.HTTPTransport:
            with self._lock:
                if self._inner is None:
                    self._inner = httpx.HTTPTransport(verify=_tls_context())
                return self._inner

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return self._transport().handle_request(request)

        def close(self) -> None:
            with self._lock:
                inner, self._inner = self._inner, None
            if inner is not None:
                inner.close()

    return LazyTransport()


def make_client(settings: KioskSettings, **options: Any) -> EventsApiClient:
    """The events API client the settings describe; ``options`` override its tuning."""
    from kiosk.api.client import EventsApiClient
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
    tuning: dict[str, Any] = {
        "connect_timeout": api.connect_timeout,
        "read_timeout": api.read_timeout,
        # httpx's default transport, with one TLS context for all the kiosk's clients (the
        # main one and the drainer's probe): each would load the CA bundle, 25-60 ms. It
        # is loaded on a thread of its own, the transport made at the first request.
        "transport": _lazy_transport(),
    }
    tuning.update(options)
    return EventsApiClient(api.endpoint, api.token.get_secret_value(), api.origin, **tuning)


def _private(path: Path) -> None:
    """Take away what group and others may do with ``path`` (attendee data, logs)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError as exc:
        log.warning("%s cannot be made private: %s", path, exc.strerror)


def _private_folder(path: Path) -> None:
    """Create ``path`` readable by this user only, or tighten it and the files in it when
    it exists (the operator may have made it, or copied files in, with looser modes)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    _private(path)
    for child in path.iterdir():
        if child.is_file() and not child.is_symlink():
            _private(child)


def _private_open(path: str, flags: int) -> int:
    """An ``opener`` creating files mode 0600 (the log names submissions and events)."""
    return os.open(path, flags, 0o600)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the ones rotation starts too, is mode 0600."""

    def _open(self) -> TextIOWrapper:
        # Appending, as the base class does with its default mode.
        return open(  # noqa: SIM115 - the handler owns and closes the stream
            self.baseFilename, "a", encoding=self.encoding, errors=self.errors,
            opener=_private_open,
        )


def _configure_logging(data_dir: Path | None) -> None:
    """Warnings to stderr; everything from INFO up to a rotating file in the data folder.

    The data folder, ``logs/`` and the files in them are this user's only (0700, 0600),
    also when they already exist with looser modes.
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    if data_dir is None:
        return
    try:
        _private_folder(data_dir)
        _private_folder(data_dir / "logs")
        handler = _PrivateRotatingFileHandler(
            data_dir / "logs" / "kiosk.log", maxBytes=2_000_000, backupCount=5,
            encoding="utf-8",
        )
    except OSError as exc:
        log.warning("no log file in %s: %s", data_dir, exc.strerror)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def run_check(args: argparse.Namespace) -> int:
    from kiosk import check

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        client = make_client(_settings(args))
    except (SettingsError, ConfigurationError) as exc:
        sys.stderr.write(f"kiosk check failed: configuration: {exc}\n")
        return check.EXIT_CONFIG
    with client:
        return check.run_check(client, args.event, sys.stdout, sys.stderr)


def _read_new_pin(from_stdin: bool) -> str:
    """The new PIN: one line of stdin for scripts, else asked twice without echo."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New staff PIN (4 to 12 digits): ")
    if pin_problem(first) is None and getpass.getpass("The same PIN again: ") != first:
        raise ValueError("The two PINs differ.")
    return first


_TABLE = re.compile(r"^\s*\[")
_SCREEN_TABLE = re.compile(r"^\s*\[\s*screen\s*\]\s*(#.*)?$")
_PIN_KEY = re.compile(r"^\s*(staff_pin|staff_pin_hash)\s*=")


def _with_pin_hash(settings_text: str, pin_hash: str) -> str:
    """``settings_text`` with ``staff_pin_hash`` set in its [screen] table (added when
    missing) and any ``staff_pin``/``staff_pin_hash`` line of that table dropped; every
    other line, comments included, is kept as it was."""
    lines = settings_text.splitlines()
    entry = f'staff_pin_hash = "{pin_hash}"'
    header = next((i for i, line in enumerate(lines) if _SCREEN_TABLE.match(line)), None)
    if header is None:
        body = "\n".join(lines).rstrip("\n")
        return (body + "\n\n" if body else "") + f"[screen]\n{entry}\n"
    end = next(
        (i for i in range(header + 1, len(lines)) if _TABLE.match(lines[i])), len(lines)
    )
    table = [line for line in lines[header + 1:end] if not _PIN_KEY.match(line)]
    return "\n".join([*lines[:header + 1], entry, *table, *lines[end:]]) + "\n"


def run_set_pin(args: argparse.Namespace) -> int:
    """``kiosk set-pin``: store the hash of a new staff PIN in the settings file (0600)."""
    path: Path = getattr(args, "config", None) or default_config_file()
    try:
        pin = _read_new_pin(args.pin_stdin)
    except (ValueError, EOFError) as exc:
        sys.stderr.write(f"kiosk set-pin: {exc or 'no PIN given.'}\n")
        return 1
    problem = pin_problem(pin)
    if problem is not None:
        sys.stderr.write(f"kiosk set-pin: {problem}\n")
        return 1
    try:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        expected = tomllib.loads(current)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        sys.stderr.write(f"kiosk set-pin: the settings file {path} cannot be read: {exc}\n")
        return 2
    pin_hash = hash_pin(pin)
    updated = _with_pin_hash(current, pin_hash)
    screen = expected.setdefault("screen", {})
    screen.pop("staff_pin", None)
    screen["staff_pin_hash"] = pin_hash
    if tomllib.loads(updated) != expected:
        # Dotted keys, an inline table, a multi-line string: too unusual to edit by line.
        sys.stderr.write(
            f"kiosk set-pin: cannot update {path} safely; set [screen] staff_pin_hash by hand "
            "(remove staff_pin).\n"
        )
        return 2
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_private(path, updated)
    except OSError as exc:
        sys.stderr.write(f"kiosk set-pin: cannot write {path}: {exc.strerror}\n")
        return 2
    sys.stdout.write(f"Staff PIN set in {path}. Restart the kiosk to use it.\n")
    return 0


def staff_lock(settings: KioskSettings, data_dir: Path) -> StaffLock | None:
    """The PIN check the settings ask for, its lockout kept in the data folder; None
    when no PIN is set."""
    screen = settings.screen
    if screen.staff_pin:
        log.warning("staff_pin is stored in plain text; run `kiosk set-pin`")
    if screen.staff_pin_hash:
        return StaffLock(StaffPin(hashed=screen.staff_pin_hash), data_dir)
    if screen.staff_pin:
        return StaffLock(StaffPin(plain=screen.staff_pin), data_dir)
    return None


def _forget_stale_demo(path: Path) -> None:
    """The demo is dated relative to the day it was made: one from an earlier day (with its
    "happening now" event long over) is replaced. Same-day registrations are kept.

    The day is kept in a file beside the database (SQLite rewrites its own file, so its
    modification time says nothing about when the demo was made).
    """
    marker = path.with_name(path.name + ".day")
    today = datetime.now().date().isoformat()
    try:
        made = marker.read_text(encoding="utf-8").strip()
    except OSError:
        made = ""
    if made != today:
        if path.exists():
            log.info("demo data from %s replaced by today's", made or "an earlier day")
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(today, encoding="utf-8")


# kiosk.server.demo's DEMO_TOKEN, DEMO_ORIGIN and CONFERENCE, spelled out: importing that
# module would load the server's data side (its database code, Pillow) into the kiosk's
# process, 0.1-0.3 s before the window (tests/app/test_app_imports.py keeps them equal).
_DEMO_TOKEN = "demo-kiosk-token"
_DEMO_ORIGIN = "http://kiosk.localhost"
_DEMO_CONFERENCE = "Nordlicht_Tech_Conference"


def _demo_settings(settings: KioskSettings, endpoint: str, staff_token: str) -> KioskSettings:
    """The settings pointed at the in-process demo server. A door kiosk (``--mode
    checkin``) with no event of its own checks people in at the demo conference, which is
    on now, so that its attendee search and offline list have an event to work on."""
    demo_api = {
        "endpoint": endpoint, "token": _DEMO_TOKEN, "origin": _DEMO_ORIGIN,
        "staff_token": staff_token,
    }
    update: dict[str, Any] = {
        "api": settings.api.model_validate(settings.api.model_dump() | demo_api)
    }
    if settings.screen.mode == "checkin" and not settings.screen.event:
        update["screen"] = settings.screen.model_copy(update={"event": _DEMO_CONFERENCE})
    return settings.model_copy(update=update)


def run_kiosk(args: argparse.Namespace) -> int:
    """Open the kiosk window; returns the exit code of the Qt event loop."""
    try:
        settings = _settings(args)
    except SettingsError as exc:
        sys.stderr.write(f"kiosk: {exc}\n")
        return 2
    if getattr(args, "platform", None):
        os.environ["QT_QPA_PLATFORM"] = args.platform
    from kiosk.preflight import display_problem

    problem = display_problem(os.environ)
    if problem is not None:  # one line instead of Qt's abort
        sys.stderr.write(problem + "\n")
        return 2
    data_dir = settings.data_dir
    _configure_logging(data_dir)

    with ExitStack() as cleanup:
        demo: _DemoServer | None = None
        if args.demo:
            demo_db = data_dir / "demo-events.sqlite3"
            _forget_stale_demo(demo_db)
            # A staff token of this run only, so the demo has attendee search and the
            # offline check-in list; it is never logged or shown.
            staff_token = secrets.token_urlsafe(24)
            demo = _DemoServer(demo_db, staff_token)
            cleanup.callback(demo.stop)
            settings = _demo_settings(settings, demo.endpoint, staff_token)
        try:
            client = make_client(settings)
        except ConfigurationError as exc:
            sys.stderr.write(
                f"kiosk: {exc} Give --endpoint, --token and --origin, or try `kiosk --demo`.\n"
            )
            return 2
        cleanup.callback(client.close)
        return _run_window(
            settings, client, data_dir, cleanup,
            before_start=demo.wait_ready if demo is not None else None,
        )


class _DemoServer:
    """``kiosk --demo``'s events server, in a process of its own started first: it loads
    (FastAPI, uvicorn, the demo data) on the other core while this one builds the window,
    and its memory is not the kiosk's. Stopped with the kiosk (or when the kiosk is gone:
    the end of its pipe). Its port is chosen here so that the client exists before it
    answers; ``wait_ready`` is called before the window's first request."""

    def __init__(self, db: Path, staff_token: str) -> None:
        import socket

        with socket.socket() as probe:  # a free loopback port for the server to take
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        self.endpoint = f"http://127.0.0.1:{port}/EvtMgmt/api/v2.0/"
        # Forked while this process is still one thread with no QApplication (it has only
        # imported PySide6, which the server never touches): the child starts with what is
        # already imported instead of a fresh interpreter re-importing kiosk.app, and
        # answers about 0.3 s sooner. Spawned otherwise (a thread already running).
        forkable = threading.active_count() == 1 and not getattr(sys, "frozen", False)
        context: Any = (
            multiprocessing.get_context("fork") if forkable
            else multiprocessing.get_context("spawn")
        )
        self._pipe, child_end = context.Pipe()
        # A forked child holds a copy of our end too: it closes it, so that it still sees
        # the end of the pipe when the kiosk is gone.
        ours = self._pipe if forkable else None
        self._process = context.Process(
            target=_demo_server_main, args=(str(db), port, child_end, ours, os.getpid()),
            daemon=True, name="kiosk-demo-server",
        )
        self._process.start()
        child_end.close()
        self._pipe.send(staff_token)  # not on its command line, where `ps` would show it
        self._ready: bool | None = None

    def wait_ready(self) -> None:
        """Until the server answers (60 s at most): without it the kiosk shows offline."""
        if self._ready is not None:
            return
        self._ready = False
        try:
            if not self._pipe.poll(60):
                log.error("the demo events server did not start within 60 s")
                return
            state, detail = self._pipe.recv()
        except (EOFError, OSError):
            log.error("the demo events server stopped while starting")
            return
        if state != "ready" or detail != self.endpoint:
            log.error("the demo events server did not start: %s", detail)
            return
        self._ready = True
        log.info("demo events server on %s", self.endpoint)

    def stop(self) -> None:
        with suppress(OSError):
            self._pipe.send("stop")
        self._process.join(10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)
        self._pipe.close()


def _demo_server_main(
    db: str, port: int, pipe: Any, kiosk_end: Any = None, kiosk_pid: int | None = None
) -> None:
    """The demo server's process: start, say so, serve until told to stop or until the
    kiosk's end of the pipe closes (``kiosk_end``: its copy in a forked child)."""
    if kiosk_end is not None:
        kiosk_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the kiosk, which stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _end_with(kiosk_pid)
    # force: a forked child drops the kiosk's handlers (its log file stays the kiosk's).
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s",
                        force=True)
    from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
    from kiosk.server.runner import start_server

    try:
        staff_token = pipe.recv()
        server = start_server(
            Path(db), port=port, demo=True, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)],
            staff_tokens=[staff_token],
        )
    except Exception as exc:  # told to the kiosk, which logs it and shows offline
        with suppress(OSError):
            pipe.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    try:
        pipe.send(("ready", server.base_url_v2))
        pipe.recv()
    except (EOFError, OSError):
        pass
    finally:
        server.stop()


def _end_with(kiosk_pid: int | None) -> None:
    """Linux: the kernel ends this process (SIGTERM) when the kiosk's ends, however it
    ends, even while the server still starts and reads no pipe. Without it a killed kiosk
    could leave a server starting for good, holding the kiosk's stdout and stderr."""
    if kiosk_pid is None or not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1  # <sys/prctl.h>
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGTERM))
    if os.getppid() != kiosk_pid:  # the kiosk was gone before the call above
        os._exit(0)


def _run_window(
    settings: KioskSettings,
    client: EventsApiClient,
    data_dir: Path,
    cleanup: ExitStack,
    before_start: Callable[[], None] | None = None,
) -> int:
    """``before_start``: waited for before the window's first request (the demo server)."""
    _skip_pyside_source_scan()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.services.outbox import Outbox, OutboxError
    from kiosk.ui.collector import GuiThreadCollector
    from kiosk.ui.i18n import translations
    from kiosk.ui.keyboard import limit_languages
    from kiosk.ui.notice import NoticeWindow
    from kiosk.ui.setup import apply_theme, enable_virtual_keyboard

    # A staff desk (``--mode desk``) has a hardware keyboard: the on-screen one would cover
    # half its form. An operator who wants it there anyway sets QT_IM_MODULE.
    if settings.screen.mode != "desk" or os.environ.get("QT_IM_MODULE"):
        enable_virtual_keyboard()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Kiosk")
    collector = GuiThreadCollector(parent=app)  # Qt objects are only freed on this thread
    collector.start(watch_input=False)  # input is watched once the window is built
    apply_theme(app)
    translations().default = settings.screen.language
    translations().use(settings.screen.language)
    started: list[Any] = []

    def open_kiosk() -> None:
        """Open the outbox and the window; on a local failure show staff what to do."""
        try:
            outbox = Outbox(data_dir / "outbox.sqlite3")
        except OutboxError as exc:
            log.error("cannot open the outbox: %s", exc)
            message = (
                f"{exc}\n\nCheck that the data folder {data_dir} exists, is writable and "
                "has free space. A damaged outbox file can be moved aside (keep it: it may "
                "hold registrations). Then tap Try again."
            )
            if started and isinstance(started[-1], NoticeWindow):
                started[-1].set_message(message)
                return
            pin_set = bool(settings.screen.staff_pin or settings.screen.staff_pin_hash)
            notice = NoticeWindow(message, open_kiosk, can_quit=not pin_set)
            started.append(notice)
            _show(notice, settings.screen.windowed)
            return
        cleanup.callback(outbox.close)
        window = _build_window(settings, client, outbox, data_dir, cleanup, tune_later=True,
                               first_list_now=before_start is None)
        app.installEventFilter(window.idle)
        collector.watch_input()
        for widget in started:
            widget.close_for_good()
        started.append(window)
        _show(window, settings.screen.windowed)
        if before_start is not None:
            before_start()
        window.start()
        # The register form once the first screen is painted (a tap on Register before
        # that builds it at once), then the collector's tuning takes it in too.
        QTimer.singleShot(700, window.build_deferred)
        QTimer.singleShot(1500, _tune_for_a_smooth_gui)

    _quit_on_sigterm(app)  # before anything a supervisor could see and react to
    open_kiosk()
    # The on-screen keyboard offers the app's language only. Loading its QML settings
    # takes 0.1-0.2 s of the GUI thread: a second after start, once the first screen is
    # painted, and long before anyone could have typed.
    QTimer.singleShot(1000, limit_languages)
    code = app.exec()
    for widget in started:
        stop = getattr(widget, "stop", None)
        if stop is not None:
            stop()
    # What is alive now stays out of the collector's sight until the process ends, as it
    # does once _tune_for_a_smooth_gui has run: a SIGTERM in the first seconds (before it)
    # otherwise left the window's widget tree to the collector at interpreter exit, where
    # Qt freed a layout twice (exit status -11/-6 instead of 0; scripts/bundle_smoke.py).
    gc.freeze()
    return int(code)


def _skip_pyside_source_scan() -> None:
    """PySide6's import hook reads the source of every module imported after PySide6
    (``inspect.getsource``) to see whether it mentions PySide6, for its opt-in
    ``__feature__`` switches (snake_case, true_property), which the kiosk does not use:
    some 300 modules, 30-70 ms of the start. Every module is taken as one that may use
    PySide6, which gives it the default (no feature), as any module naming PySide6 gets."""
    import PySide6  # noqa: F401 - sets up shibokensupport

    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:  # another PySide6 layout: its own scan stays, nothing breaks
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: True


def _tune_for_a_smooth_gui() -> None:
    """Keep the GUI thread from waiting on the background workers (measured in
    benchmarks/bench_gui.py: worst stalls fell from about 70 ms to under 10 ms).

    Everything alive after start-up (Qt, the imported modules) moves out of the garbage
    collector's sight, so a full collection walks only what changes; and a worker holding
    the interpreter lock hands it over every millisecond instead of every five.

    PySide6's import hook reads the source of every module imported after it (is it a
    PySide6 module? ``shibokensupport.feature``), which leaves all of them, about 5 MB of
    lines, in ``linecache``: dropped here (a traceback reads what it needs again; the
    kiosk now skips that scan, ``_skip_pyside_source_scan``, so little is left).

    email-validator, which ``kiosk.api.identity`` imports on first use so that the first
    screen does not wait for it, is loaded here: before the freeze, not at the first
    address typed.
    """
    import linecache

    import email_validator  # noqa: F401 - see above

    linecache.clearcache()
    gc.collect()
    gc.freeze()
    sys.setswitchinterval(0.001)



def _quit_on_sigterm(app: Any) -> None:
    """systemd and friends stop the kiosk with SIGTERM: close cleanly (outbox, server)."""
    from PySide6.QtCore import QTimer

    # Posted: a stop that arrives during start-up still ends the loop as soon as it begins.
    # exit(), not quit(): quit() asks every window to close, and the kiosk window refuses
    # a close nobody confirmed with the staff PIN.
    def stop(*_: object) -> None:
        QTimer.singleShot(0, lambda: app.exit(0))

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # Python runs signal handlers only when it holds the interpreter: wake it now and then.
    heartbeat = QTimer(app)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)


def _show(widget: Any, windowed: bool) -> None:
    if windowed:
        widget.resize(1920 // 2, 1080 // 2)
        widget.show()
    else:
        widget.showFullScreen()


def _ask_first_list(catalog: Any) -> Future[Any]:
    """``catalog.refresh_events()`` on a thread of its own; its answer (or error) in the
    future returned."""
    future: Future[Any] = Future()

    def ask() -> None:
        try:
            future.set_result(catalog.refresh_events())
        except BaseException as exc:  # handed to the events list, which says it
            future.set_exception(exc)

    threading.Thread(target=ask, name="kiosk-first-list", daemon=True).start()
    return future


def _build_window(
    settings: KioskSettings,
    client: EventsApiClient,
    outbox: Any,
    data_dir: Path,
    cleanup: ExitStack,
    *,
    tune_later: bool = False,
    first_list_now: bool = False,
) -> Any:
    """The window and everything behind it. ``tune_later`` (the app): the register form
    and the garbage collector's start-up tuning are left for after the first paint, to
    the caller (``window.build_deferred``, ``_tune_for_a_smooth_gui``).
    ``first_list_now``: the published list is asked for before the window is built, and
    handed to the events list for its first refresh (the API must answer already)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.services.catalog import Catalog
    from kiosk.services.catalog_cache import CatalogCache
    from kiosk.services.checkin import CheckInService
    from kiosk.services.checkin_list import FILE_NAME, CheckInListStore
    from kiosk.services.drainer import OutboxDrainer, api_probe
    from kiosk.services.registration import RegistrationService
    from kiosk.ui.flows.badges import Badges
    from kiosk.ui.flows.checkin import CheckInSettings, KioskMode
    from kiosk.ui.scanner import WedgeScanner
    from kiosk.ui.tasks import TaskRunner
    from kiosk.ui.window import KioskWindow, WindowSettings

    def clock() -> datetime:
        return datetime.now(UTC)

    screen = settings.screen
    desk = screen.mode == "desk"  # the staff desk, on a kiosk that also does both
    mode = KioskMode.BOTH if desk else KioskMode(screen.mode)
    if desk and not (screen.staff_pin_hash or screen.staff_pin):
        log.error("desk mode needs a staff PIN (kiosk set-pin): starting as a kiosk")
    cache = CatalogCache(data_dir / "catalog.sqlite3")
    cleanup.callback(cache.close)
    catalog = Catalog(client, clock, cache)
    # The app's first list is asked for now, on a thread of its own: the request, the
    # server's answer and its parsing go on while the window is built (the events list
    # takes the answer when it starts: BrowseFlow.use_first_list). Not for --demo, whose
    # server is not up yet (before_start).
    first_list = _ask_first_list(catalog) if first_list_now else None
    registration = RegistrationService(
        client, outbox, consent_required=screen.consent_required, clock=clock
    )
    staff_token = settings.api.staff_token.get_secret_value().strip() or None
    check_in_list = None
    if staff_token is not None:
        try:
            check_in_list = CheckInListStore(data_dir / FILE_NAME)
            cleanup.callback(check_in_list.close)
        except (OSError, sqlite3.Error) as exc:
            # Only a copy of the server's: offline check-ins are then confirmed later.
            log.warning("no offline check-in list (%s); offline check-ins wait for the "
                        "server", exc)
    checkin = CheckInService(
        client, outbox, clock=clock, staff_token=staff_token, check_in_list=check_in_list
    )
    # The drainer's probe asks once, quickly: a client of its own without GET retries.
    probe_client = make_client(settings, get_attempts=1, connect_timeout=2.0, read_timeout=3.0)
    cleanup.callback(probe_client.close)
    drainer = OutboxDrainer(
        outbox, registration, checkin=checkin, probe=api_probe(probe_client), clock=clock
    )
    runner = TaskRunner()
    cleanup.callback(runner.shutdown)
    # The window installs it on the application once its screens are built (an
    # application-wide filter sees every event of the construction: 20-40 ms), before
    # open_kiosk installs the idle watcher, which therefore still sees a scan's keys.
    wedge = WedgeScanner(parent=QApplication.instance())
    cameras: list[Any] = []

    def camera() -> Any:
        """The camera scanner, made by the check-in flow once the first screen is up."""
        from kiosk.ui.camera import CameraScanner  # QtMultimedia and zxing-cpp: ~0.1 s

        made = CameraScanner(settings.scanner.camera)
        cameras.append(made)
        return made

    cleanup.callback(lambda: [made.stop() for made in cameras])
    badges = _badge_printer(settings, data_dir, cleanup)
    window = KioskWindow(
        catalog,
        registration,
        outbox,
        runner,
        WindowSettings(
            idle_timeout_s=screen.idle_timeout_s,
            idle_warning_s=screen.idle_warning_s,
            events_refresh_s=screen.events_refresh_s,
            counts_refresh_s=screen.counts_refresh_s,
            confirmation_countdown_s=screen.confirmation_countdown_s,
            handover_s=screen.handover_s,
            consent_text=screen.consent_text,
            consent_required=screen.consent_required,
            purge_after_h=screen.purge_after_h,
            sound=screen.sound,
            reach=screen.reach,
            desk=desk,
            desk_lock_s=screen.desk_lock_s,
            checkin=CheckInSettings(
                mode=mode,
                event=screen.event,
                session=screen.session,
                result_s=screen.checkin_result_s,
                sound=screen.sound,
            ),
        ),
        clock,
        drainer,
        staff_lock(settings, data_dir),
        checkin=checkin,
        wedge=wedge,
        camera=camera if mode is not KioskMode.REGISTER else None,
        badges=Badges(badges, settings.badges.print_on),
        door_folder=data_dir,
        defer_forms=tune_later,
    )
    if first_list is not None:
        window.browse.use_first_list(first_list)
    drainer.set_on_change(window.queue_changed.emit)
    window.staff.set_setup_check(functools.partial(_setup_check, settings))
    drainer.start()
    cleanup.callback(drainer.stop)

    def excepthook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        # A bug must not leave a stranger looking at a half-broken screen: log, restart.
        log.critical("unexpected error", exc_info=(kind, value, tb))
        window.reset_to_start()

    sys.excepthook = excepthook
    if tune_later:  # the caller runs _tune_for_a_smooth_gui once the first screen is up
        sys.setswitchinterval(0.001)
    else:
        _tune_for_a_smooth_gui()
    return window


def _setup_check(settings: KioskSettings) -> list[tuple[str, str, str]]:
    """The staff view's setup check: ``kiosk doctor``'s items as (item, status, detail)
    (blocking, seconds: the task runner runs it)."""
    from kiosk import doctor

    findings = doctor.run_checks(settings, lambda: make_client(settings, get_attempts=1))
    return [(finding.key, finding.status, finding.detail) for finding in findings]


def _badge_printer(settings: KioskSettings, data_dir: Path, cleanup: ExitStack) -> Any:
    """The started BadgePrinter for ``[badges] printer``; None when printing is off or
    cannot start (the print log or the template: logged, and the kiosk runs without).
    ``cleanup`` stops it, then closes its print log."""
    chosen = settings.badges
    if not chosen.printer:  # the renderer (QtPrintSupport) is not even imported
        return None
    from kiosk.services.badges import (
        FILE_NAME,
        PrintLog,
        PrintLogError,
        TemplateError,
        load_template,
        paper_size,
    )
    from kiosk.ui.badges import BadgePrinter
    from kiosk.ui.setup import resources_dir

    try:
        template = load_template(resources_dir() / "badges", chosen.template)
        paper = (
            paper_size(chosen.paper, chosen.width_mm, chosen.height_mm) if chosen.paper
            else template.default_paper()
        )
        print_log = PrintLog(data_dir / FILE_NAME)
    except (TemplateError, PrintLogError, ValueError) as exc:
        log.error("badge printing is off: %s", exc)
        return None
    cleanup.callback(print_log.close)  # after the printer stops (an ExitStack unwinds LIFO)
    printer = BadgePrinter(print_log, template, paper, chosen.printer)
    printer.start()
    cleanup.callback(printer.stop)
    log.info("badges print to %s on %s paper", chosen.printer, paper.name)
    return printer


def run_printers(args: argparse.Namespace) -> int:
    """``kiosk printers``: one line per print queue (name, state, why), which one is the
    system's default and which one badges print to; 1 when CUPS does not answer."""
    from PySide6.QtPrintSupport import QPrinterInfo

    from kiosk.services.badges import queue_names, queue_status, scheduler_running

    if not scheduler_running():
        sys.stdout.write("The print system (CUPS) does not answer: is cupsd running?\n")
        return 1
    try:
        chosen = load_settings(config_file=getattr(args, "config", None)).badges.printer
    except SettingsError as exc:
        sys.stderr.write(f"kiosk printers: {exc}\n")
        chosen = ""
    infos = {info.printerName(): info for info in QPrinterInfo.availablePrinters()}
    names = sorted(set(infos) | set(queue_names()) | ({chosen} if chosen else set()))
    default = QPrinterInfo.defaultPrinterName()
    width = max((len(name) for name in names), default=0)
    for name in names:
        status = queue_status(name)
        words = status.state.value + (f": {status.message}" if status.message else "")
        if status.trouble:
            words += f" ({' '.join(status.trouble)})"
        info = infos.get(name)
        about = (info.description() or info.makeAndModel()) if info is not None else ""
        marks = [mark for mark, on in (("default", name == default), ("badges", name == chosen))
                 if on]
        line = f"{name:<{width}}  {words}" + (f"  - {about}" if about else "")
        sys.stdout.write(line + (f"  [{', '.join(marks)}]" if marks else "") + "\n")
    if not names:
        sys.stdout.write("No print queues: add the badge printer with the system's printer "
                         "settings or lpadmin.\n")
    where = getattr(args, "config", None) or default_config_file()
    if chosen:
        sys.stdout.write(f'Badges print to "{chosen}" ([badges] printer in {where}, or '
                         "KIOSK_BADGE_PRINTER).\n")
    else:
        sys.stdout.write(f'Badge printing is off: set [badges] printer = "<queue>" in {where} '
                         "(or KIOSK_BADGE_PRINTER).\n")
    return 0


def run_doctor(args: argparse.Namespace) -> int:
    """``kiosk doctor``: one line per item of the machine's set-up; 1 when one fails."""
    from kiosk import doctor

    if getattr(args, "platform", None):
        os.environ["QT_QPA_PLATFORM"] = args.platform
    if args.probe:  # the doctor's child: what Qt sees (kiosk.doctor.probe)
        return doctor.probe(sys.stdout)
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = _settings(args)
    except SettingsError as exc:
        sys.stderr.write(f"kiosk doctor: {exc}\n")
        return 2
    findings = doctor.run_checks(
        settings, lambda: make_client(settings, get_attempts=1), os.environ
    )
    doctor.write_report(findings, sys.stdout)
    return 1 if doctor.failed(findings) else 0


def main(argv: Sequence[str] | None = None) -> int:
    # The badge renderer is a child process (spawned): a frozen bundle must let the child
    # run it rather than a second kiosk.
    multiprocessing.freeze_support()
    _leave_out_httpx_cli()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "check":
        return run_check(args)
    if args.command == "set-pin":
        return run_set_pin(args)
    if args.command == "printers":
        return run_printers(args)
    if args.command == "doctor":
        return run_doctor(args)
    _share_malloc_arenas()
    return run_kiosk(args)


def _share_malloc_arenas() -> None:
    """Two malloc arenas for all the kiosk's threads, set before any thread starts.

    glibc gives a thread that allocates while another holds an arena one of its own (up to
    eight per core), and what is freed in an arena stays with it: the kiosk's task
    workers, Qt's threads and the picture decoding leave memory spread over a dozen.
    Two keep about 4 MB less resident with the keyboard shown (BENCHMARKS.md, "Memory,
    fifth pass"); its threads mostly wait on the network, so they hardly contend. An
    operator's MALLOC_ARENA_MAX (read by glibc itself) is left alone."""
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return
    import ctypes  # imported by the window anyway (kiosk.ui.sounds)

    m_arena_max = -8  # <malloc.h>
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None).mallopt(m_arena_max, 2)


if __name__ == "__main__":
    sys.exit(main())
