"""``kiosk doctor``: is this machine ready to be a kiosk? One line per item, what to do
when it fails.

The items: the display and Qt's platform plugin, the on-screen keyboard's module, fonts
for every language the kiosk offers (and emoji), the camera, the badge printer's queue,
the data folder's permissions, and the events API (as ``kiosk check``). The Qt items run
in a child process (``kiosk doctor --probe``): a machine without a display or a library
makes Qt abort, and the doctor must outlive that to say so. The staff view runs the same
checks (``run_checks``, off the GUI thread).

No Qt here (only in the child's ``probe``), no token in any line.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kiosk import preflight

if TYPE_CHECKING:
    from kiosk.api.client import EventsApiClient
    from kiosk.config import KioskSettings

OK, FAIL, WARN = "OK", "FAIL", "WARN"
PROBE_TIMEOUT_S = 60.0

# The scripts of the languages the kiosk offers (kiosk.ui.i18n.LANGUAGES), the Qt writing
# system that stands for each, and the Debian package with a font for it.
SCRIPTS: tuple[tuple[str, str, str, str], ...] = (
    ("Latin", "en de fr es", "Latin", "fonts-dejavu-core"),
    ("Arabic", "ar", "Arabic", "fonts-noto-core"),
    ("Japanese", "ja", "Japanese", "fonts-noto-cjk"),
)
EMOJI_FAMILY = "Noto Color Emoji"


@dataclass(frozen=True)
class Finding:
    """One item of the report. ``status``: OK, FAIL (the kiosk cannot work as set up) or
    WARN (works, without something optional); ``detail``: what was found and, when it
    fails, what to do."""

    key: str
    label: str
    status: str
    detail: str

    def line(self, width: int = 10) -> str:
        return f"{self.status:<4}  {self.label:<{width}}  {self.detail}"


# ------------------------------------------------------------------------ the Qt child


def probe(out: TextIO) -> int:
    """``kiosk doctor --probe``: what Qt sees on this platform, as one JSON line."""
    from PySide6.QtCore import QLibraryInfo, QPluginLoader, QUrl
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    report: dict[str, Any] = {"platform": app.platformName()}
    report["screens"] = [
        f"{s.size().width()}x{s.size().height()}" for s in QGuiApplication.screens()
    ]
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    contexts = sorted((plugins / "platforminputcontexts").glob("*virtualkeyboard*"))
    if contexts:
        loader = QPluginLoader(str(contexts[0]))
        report["keyboard_plugin"] = "" if loader.load() else loader.errorString()
    else:
        report["keyboard_plugin"] = "Qt Virtual Keyboard's input context plugin is not there"
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(b"import QtQuick\nimport QtQuick.VirtualKeyboard\nItem {}\n", QUrl())
    report["keyboard_qml"] = " ".join(error.toString() for error in component.errors())
    from kiosk.ui.theme import FONT_FAMILIES

    systems = QFontDatabase.WritingSystem
    report["fonts"] = {  # the theme's own families first: the ones the kiosk will use
        name: sorted(QFontDatabase.families(getattr(systems, system)),
                     key=lambda family: (family not in FONT_FAMILIES,
                                         FONT_FAMILIES.index(family)
                                         if family in FONT_FAMILIES else 0))[:3]
        for name, _, system, _ in SCRIPTS
    }
    report["emoji"] = EMOJI_FAMILY in QFontDatabase.families()
    try:
        from PySide6.QtMultimedia import QMediaDevices

        report["cameras"] = [device.description() for device in QMediaDevices.videoInputs()]
    except ImportError as exc:
        report["cameras_error"] = str(exc)
    out.write(json.dumps(report) + "\n")
    out.flush()
    return 0


def probe_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: the kiosk executable
        return [sys.executable, "doctor", "--probe"]
    return [sys.executable, "-m", "kiosk", "doctor", "--probe"]


@dataclass(frozen=True)
class ProbeResult:
    report: dict[str, Any] | None
    error: str  # the first telling line of stderr when the child failed


def run_probe(environ: Mapping[str, str]) -> ProbeResult:
    env = dict(environ)
    env.pop("QT_IM_MODULE", None)  # the probe asks for the keyboard itself
    try:
        done = subprocess.run(
            probe_command(), env=env, capture_output=True, text=True,
            timeout=PROBE_TIMEOUT_S, check=False,
        )
    except subprocess.TimeoutExpired:
        return ProbeResult(None, f"Qt did not start within {PROBE_TIMEOUT_S:.0f} s")
    except OSError as exc:
        return ProbeResult(None, f"the check could not start: {exc.strerror}")
    lines = done.stdout.strip().splitlines()
    if done.returncode == 0 and lines:
        with contextlib.suppress(ValueError):
            return ProbeResult(json.loads(lines[-1]), "")
    errors = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    telling = [line for line in errors if "platform plugin" in line or "display" in line]
    return ProbeResult(None, (telling or errors or [f"exit status {done.returncode}"])[0])


# --------------------------------------------------------------------------- the items


def check_display(environ: Mapping[str, str]) -> tuple[Finding, ProbeResult | None]:
    """The display and the platform plugin; the probe on it (None when Qt cannot start)."""
    label = "display"
    problem = preflight.display_problem(environ)
    if problem is not None:
        return Finding("display", label, FAIL, problem.removeprefix("kiosk: ")), None
    platform = preflight.qt_platform(environ)
    if sys.platform.startswith("linux"):
        missing = preflight.find_missing(platform)
        if missing.what:
            root = preflight._is_root()
            fix = (
                " Install with: " + " ".join(preflight.install_command(missing.packages, root))
                if missing.packages else ""
            )
            return Finding("display", label, FAIL,
                           f"Qt cannot start without {', '.join(missing.what)}.{fix}"), None
    result = run_probe(environ)
    if result.report is None:
        return Finding("display", label, FAIL, f"Qt cannot start: {result.error} "
                       "(QT_DEBUG_PLUGINS=1 kiosk doctor names the library it misses)"), None
    screens = result.report.get("screens") or []
    where = f"{len(screens)} screen(s) {', '.join(screens)}" if screens else "no screen"
    return Finding("display", label, OK, f"Qt platform {result.report['platform']}, {where}"), \
        result


def check_keyboard(report: Mapping[str, Any]) -> Finding:
    problem = report.get("keyboard_plugin") or report.get("keyboard_qml")
    if problem:
        return Finding("keyboard", "keyboard", FAIL,
                       f"the on-screen keyboard will not show: {' '.join(problem.split())[:300]}"
                       " Install libpulse0 (Qt Multimedia needs it), then run kiosk doctor again.")
    return Finding("keyboard", "keyboard", OK, "Qt Virtual Keyboard loads")


def check_fonts(report: Mapping[str, Any], configured: str | None) -> Finding:
    fonts: Mapping[str, list[str]] = report.get("fonts") or {}
    lacking = [(name, package) for name, _, _, package in SCRIPTS if not fonts.get(name)]
    if not report.get("emoji"):
        lacking.append(("emoji", "fonts-noto-color-emoji"))
    if lacking:
        names = ", ".join(name for name, _ in lacking)
        packages = " ".join(dict.fromkeys(package for _, package in lacking))
        return Finding("fonts", "fonts", FAIL,
                       f"no font for {names}: names and texts show as boxes. Install with: "
                       f"apt-get install -y --no-install-recommends {packages}")
    used = ", ".join(f"{name} ({fonts[name][0]})" for name, _, _, _ in SCRIPTS)
    extra = f"; language set to {configured}" if configured else ""
    return Finding("fonts", "fonts", OK, f"{used}, emoji{extra}")


def check_camera(report: Mapping[str, Any], settings: KioskSettings) -> Finding:
    cameras: list[str] = report.get("cameras") or []
    mode = settings.screen.mode
    wanted = mode in ("both", "checkin") and bool(settings.scanner.camera)
    if cameras:
        return Finding("camera", "camera", OK, f"{len(cameras)} found: {cameras[0]}")
    why = report.get("cameras_error", "")
    detail = "none found" + (f" ({why})" if why else "")
    if wanted:
        return Finding("camera", "camera", WARN,
                       f"{detail}: connect a USB camera, or scan with a keyboard-wedge scanner "
                       '([scanner] camera = "" turns the camera off)')
    return Finding("camera", "camera", OK, f"{detail}; not used (mode {mode})")


def check_printer(settings: KioskSettings, status_of: Callable[[str], Any] | None = None) -> (
    Finding
):
    from kiosk.services.badges import QueueState, queue_status, scheduler_running

    queue = settings.badges.printer
    label = "printer"
    if not queue:
        return Finding("printer", label, OK,
                       'badge printing is off ([badges] printer = "<queue>" turns it on)')
    status = (status_of or queue_status)(queue)
    state = status.state
    if state is QueueState.MISSING and status_of is None and not scheduler_running():
        state = QueueState.UNAVAILABLE  # lpstat knows no queue when CUPS is not running
    said = f": {status.message}" if status.message else ""
    if status.ready:
        return Finding("printer", label, OK, f'"{queue}" is {state.value}')
    fixes = {
        QueueState.MISSING: f'there is no print queue "{queue}": add it with the system\'s '
        "printer settings or lpadmin, or choose one that `kiosk printers` lists",
        QueueState.UNAVAILABLE: "the print system (CUPS) does not answer: start cupsd "
        "(systemctl start cups)",
        QueueState.STOPPED: f'"{queue}" is stopped{said}: cupsenable {queue}',
        QueueState.REJECTING: f'"{queue}" rejects jobs{said}: cupsaccept {queue}',
        QueueState.TROUBLE: f'"{queue}" reports trouble{said} '
        f"({' '.join(status.trouble)}): check the printer (paper, power, cable)",
    }
    return Finding("printer", label, FAIL, fixes.get(state, f'"{queue}" is {state.value}{said}'))


def check_data_folder(folder: Path) -> Finding:
    label = "data"
    if not folder.exists():
        parent = next((p for p in folder.parents if p.exists()), None)
        if parent is not None and os.access(parent, os.W_OK | os.X_OK):
            return Finding("data", label, OK, f"{folder} will be made at start (0700)")
        return Finding("data", label, FAIL,
                       f"{folder} cannot be made ({parent} is not writable): choose another "
                       "with --basedir or basedir in the settings, or make it for this user")
    if not folder.is_dir():
        return Finding("data", label, FAIL, f"{folder} is not a folder: move it aside")
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return Finding("data", label, FAIL,
                       f"{folder} is not writable ({exc.strerror}): chown -R "
                       f"{_user()} {folder} && chmod 700 {folder}")
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077:
        return Finding("data", label, FAIL,
                       f"{folder} is readable by others (mode {mode:04o}; it holds attendee "
                       f"data): chmod 700 {folder}")
    return Finding("data", label, OK, f"{folder} is writable and private (0700)")


def _user() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        return os.environ.get("USER", "$USER")


def check_api(make_client: Callable[[], EventsApiClient]) -> Finding:
    from kiosk import check
    from kiosk.api.errors import ConfigurationError

    label = "API"
    try:
        client = make_client()
    except ConfigurationError as exc:
        return Finding("api", label, FAIL,
                       f"{exc} Set [api] in the settings file, or give --endpoint, --token "
                       "and --origin")
    out, err = io.StringIO(), io.StringIO()
    with client:
        code = check.run_check(client, None, out, err)
    if code != check.EXIT_OK:
        said = " ".join(err.getvalue().split()).removeprefix("kiosk check failed: ")
        return Finding("api", label, FAIL, f"{said} (kiosk check says more)")
    lines = out.getvalue().splitlines()
    count = next((line.split(" ")[0] for line in lines if "published event" in line), "0")
    return Finding("api", label, OK, f"{lines[0].removesuffix('.')}; {count} published event(s)")


def run_checks(
    settings: KioskSettings,
    make_client: Callable[[], EventsApiClient],
    environ: Mapping[str, str] | None = None,
    *,
    printer_status: Callable[[str], Any] | None = None,
) -> list[Finding]:
    """Every item, in the report's order (blocking: seconds; never on the GUI thread)."""
    environ = dict(os.environ if environ is None else environ)
    display, result = check_display(environ)
    findings = [display]
    if result is None:  # the rest of what Qt sees, without a display
        result = run_probe({**environ, "QT_QPA_PLATFORM": "offscreen"})
    report = result.report
    if report is None:
        cannot = f"not checked: Qt does not start even offscreen ({result.error})"
        findings += [Finding(key, key, FAIL, cannot) for key in ("keyboard", "fonts")]
        findings.append(Finding("camera", "camera", WARN, cannot))
    else:
        findings += [check_keyboard(report), check_fonts(report, settings.screen.language),
                     check_camera(report, settings)]
    findings.append(check_printer(settings, printer_status))
    findings.append(check_data_folder(settings.data_dir))
    findings.append(check_api(make_client))
    return findings


def failed(findings: Sequence[Finding]) -> bool:
    return any(finding.status == FAIL for finding in findings)


def write_report(findings: Sequence[Finding], out: TextIO) -> None:
    width = max(len(finding.label) for finding in findings)
    out.write("".join(finding.line(width) + "\n" for finding in findings))
    bad = sum(finding.status == FAIL for finding in findings)
    out.write("Ready to run the kiosk.\n" if not bad
              else f"{bad} item(s) to fix before this machine runs the kiosk.\n")
