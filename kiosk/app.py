"""Composition root: command line and settings -> client -> services -> window.

``kiosk`` opens the kiosk on the configured events API; ``kiosk --demo`` first starts the
local events server in-process with the demo data; ``kiosk check`` tests a connection.
"""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import signal
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import check
from kiosk.api.client import EventsApiClient
from kiosk.api.errors import ConfigurationError
from kiosk.config import KioskSettings, SettingsError, load_settings

log = logging.getLogger("kiosk")


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
    if screen:
        overrides["screen"] = screen
    return load_settings(config_file=args.config, overrides=overrides)


def make_client(settings: KioskSettings, **options: Any) -> EventsApiClient:
    """The events API client the settings describe; ``options`` override its tuning."""
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
    }
    tuning.update(options)
    return EventsApiClient(api.endpoint, api.token.get_secret_value(), api.origin, **tuning)


def _configure_logging(data_dir: Path | None) -> None:
    """Warnings to stderr; everything from INFO up to a rotating file in the data folder."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    if data_dir is None:
        return
    try:
        (data_dir / "logs").mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            data_dir / "logs" / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("no log file in %s: %s", data_dir, exc.strerror)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def run_check(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        client = make_client(_settings(args))
    except (SettingsError, ConfigurationError) as exc:
        sys.stderr.write(f"kiosk check failed: configuration: {exc}\n")
        return check.EXIT_CONFIG
    with client:
        return check.run_check(client, args.event, sys.stdout, sys.stderr)


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


def run_kiosk(args: argparse.Namespace) -> int:
    """Open the kiosk window; returns the exit code of the Qt event loop."""
    try:
        settings = _settings(args)
    except SettingsError as exc:
        sys.stderr.write(f"kiosk: {exc}\n")
        return 2
    data_dir = settings.data_dir
    _configure_logging(data_dir)

    with ExitStack() as cleanup:
        if args.demo:
            from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
            from kiosk.server.runner import start_server

            demo_db = data_dir / "demo-events.sqlite3"
            _forget_stale_demo(demo_db)
            server = start_server(demo_db, demo=True, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)])
            cleanup.callback(server.stop)
            demo_api = {"endpoint": server.base_url_v2, "token": DEMO_TOKEN, "origin": DEMO_ORIGIN}
            settings = settings.model_copy(
                update={"api": settings.api.model_validate(settings.api.model_dump() | demo_api)}
            )
            log.info("demo events server on %s", server.base_url_v2)
        try:
            client = make_client(settings)
        except ConfigurationError as exc:
            sys.stderr.write(
                f"kiosk: {exc} Give --endpoint, --token and --origin, or try `kiosk --demo`.\n"
            )
            return 2
        cleanup.callback(client.close)
        return _run_window(settings, client, data_dir, cleanup)


def _run_window(
    settings: KioskSettings, client: EventsApiClient, data_dir: Path, cleanup: ExitStack
) -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk.services.outbox import Outbox, OutboxError
    from kiosk.ui.notice import NoticeWindow
    from kiosk.ui.setup import apply_theme, enable_virtual_keyboard, install_translations

    enable_virtual_keyboard()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Kiosk")
    apply_theme(app)
    translators = install_translations(app, settings.screen.language)
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
            notice = NoticeWindow(message, open_kiosk)
            started.append(notice)
            _show(notice, settings.screen.windowed)
            return
        cleanup.callback(outbox.close)
        window = _build_window(settings, client, outbox, data_dir, cleanup)
        app.installEventFilter(window.idle)
        for widget in started:
            widget.close()
        started.append(window)
        _show(window, settings.screen.windowed)
        window.start()

    _quit_on_sigterm(app)  # before anything a supervisor could see and react to
    open_kiosk()
    code = app.exec()
    for widget in started:
        stop = getattr(widget, "stop", None)
        if stop is not None:
            stop()
    del translators
    return int(code)


def _tune_for_a_smooth_gui() -> None:
    """Keep the GUI thread from waiting on the background workers (measured in
    benchmarks/bench_gui.py: worst stalls fell from about 70 ms to under 10 ms).

    Everything alive after start-up (Qt, the imported modules) moves out of the garbage
    collector's sight, so a full collection walks only what changes; and a worker holding
    the interpreter lock hands it over every millisecond instead of every five.
    """
    gc.collect()
    gc.freeze()
    sys.setswitchinterval(0.001)


def _quit_on_sigterm(app: Any) -> None:
    """systemd and friends stop the kiosk with SIGTERM: close cleanly (outbox, server)."""
    from PySide6.QtCore import QTimer

    # quit() before the event loop runs does nothing: post it, so a stop that arrives
    # during start-up still ends the loop as soon as it begins.
    def stop(*_: object) -> None:
        QTimer.singleShot(0, app.quit)

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


def _build_window(
    settings: KioskSettings,
    client: EventsApiClient,
    outbox: Any,
    data_dir: Path,
    cleanup: ExitStack,
) -> Any:
    from kiosk.services.catalog import Catalog
    from kiosk.services.catalog_cache import CatalogCache
    from kiosk.services.drainer import OutboxDrainer, api_probe
    from kiosk.services.registration import RegistrationService
    from kiosk.ui.tasks import TaskRunner
    from kiosk.ui.window import KioskWindow, WindowSettings

    def clock() -> datetime:
        return datetime.now(UTC)

    cache = CatalogCache(data_dir / "catalog.sqlite3")
    cleanup.callback(cache.close)
    catalog = Catalog(client, clock, cache)
    registration = RegistrationService(
        client, outbox, consent_required=settings.screen.consent_required, clock=clock
    )
    # The drainer's probe asks once, quickly: a client of its own without GET retries.
    probe_client = make_client(settings, get_attempts=1, connect_timeout=2.0, read_timeout=3.0)
    cleanup.callback(probe_client.close)
    drainer = OutboxDrainer(outbox, registration, probe=api_probe(probe_client), clock=clock)
    runner = TaskRunner()
    cleanup.callback(runner.shutdown)
    screen = settings.screen
    window = KioskWindow(
        catalog,
        registration,
        outbox,
        runner,
        WindowSettings(
            idle_timeout_s=screen.idle_timeout_s,
            events_refresh_s=screen.events_refresh_s,
            counts_refresh_s=screen.counts_refresh_s,
            confirmation_countdown_s=screen.confirmation_countdown_s,
            consent_text=screen.consent_text,
            consent_required=screen.consent_required,
            staff_pin=screen.staff_pin,
            purge_after_h=screen.purge_after_h,
        ),
        clock,
        drainer,
    )
    drainer.set_on_change(window.queue_changed.emit)
    drainer.start()
    cleanup.callback(drainer.stop)

    def excepthook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        # A bug must not leave a stranger looking at a half-broken screen: log, restart.
        log.critical("unexpected error", exc_info=(kind, value, tb))
        window.reset_to_start()

    sys.excepthook = excepthook
    _tune_for_a_smooth_gui()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "check":
        return run_check(args)
    return run_kiosk(args)


if __name__ == "__main__":
    sys.exit(main())
