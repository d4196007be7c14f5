"""The kiosk as a venue's machine boots into it (``build_spec/linux/``, README "Boot into the
kiosk"): the session launcher inside ``cage``, the systemd units, the install script.

``test_the_kiosk_paints_its_events_inside_cage`` runs ``build_spec/linux/kiosk-session``,
the very script ``kiosk.service`` starts, on wlroots' headless backend with software
rendering (``WLR_BACKENDS=headless WLR_RENDERER=pixman``), with the demo data: it waits
until the kiosk has shown its events, takes screenshots with ``grim`` until the list is
painted full screen (the path is printed in the test log), then stops the session with
SIGTERM as systemd does and checks that the kiosk closed cleanly and nothing it started is
left.

cage refuses to run as root. As root (CI) the session runs as the system user ``kiosk-ci``
(created with ``useradd`` when missing) through ``setpriv``, keeping one capability,
CAP_DAC_READ_SEARCH: it reads the checkout, its venv and the Python the venv points to
wherever CI cloned them (under ``/root``, whose mode is 0700), and no file's permissions
change. It writes only into the test's own folders, which are given to it. As any other
user the session runs as that user.

``cage -r -r``: Debian 12's cage 0.1.4 hands a full-screen client's buffer straight to the
output (direct scan-out), and wlroots 0.15's screencopy then returns the last frame cage
composited, not what is shown (the kiosk's first frame, 640x480, "Loading events…").
Turned by 180 degrees the output never matches the client's transform, so cage composites
every frame; grim turns the picture upright again.

``test_the_on_screen_keyboard_stays_up_over_the_form_inside_cage`` runs
``cage_keyboard_driver.py`` through the same script, on an output that is not turned: the
register form with Qt Virtual Keyboard up must stay focused and be composited with the
keyboard docked at the bottom (``keyboard.keep_panel_with_the_kiosk`` makes the keyboard's
window a tool window over the kiosk's, which cage never focuses).

Without cage, grim or Xwayland (or, as root, setpriv and useradd) the display tests are
skipped on a developer's machine, saying how to install them (``.ci/install-display-deps``),
and fails in CI (``CI`` set). ``KIOSK_SKIP_DISPLAY_TESTS=1`` skips it anywhere.
"""

from __future__ import annotations

import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "build_spec" / "linux"
SESSION = LINUX / "kiosk-session"
SESSION_USER = "kiosk-ci"  # only when the tests run as root
HOW_TO_INSTALL = (
    "Install the display test dependencies as root with `.ci/install-display-deps` "
    "(cage, grim and xwayland for the cage session), "
    "or set KIOSK_SKIP_DISPLAY_TESTS=1 to skip the display tests."
)
STARTUP_DEADLINE_S = 60  # a loaded 2-core machine; the good case takes about 3 s
PAINT_DEADLINE_S = 30
# kiosk.service stops it with SIGTERM and kills what is left after TimeoutStopSec.
UNIT_STOP_TIMEOUT_S = 15
PAGE = (0xF5, 0xF6, 0xF9)  # theme.STANDARD["page"]: the screens' background
SURFACE = (0xFF, 0xFF, 0xFF)  # theme.STANDARD["surface"]: the event cards


def missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what}. {HOW_TO_INSTALL}", pytrace=False)
    pytest.skip(f"{what}. {HOW_TO_INSTALL}")


def require_cage() -> dict[str, str]:
    """cage, grim and Xwayland (and, as root, setpriv and useradd): their paths."""
    if os.environ.get("KIOSK_SKIP_DISPLAY_TESTS") == "1":
        pytest.skip("KIOSK_SKIP_DISPLAY_TESTS=1")
    names = ["cage", "grim", "Xwayland"]
    if os.geteuid() == 0:
        names += ["setpriv", "useradd"]
    search = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    found = {name: shutil.which(name, path=search) for name in names}
    absent = [name for name, path in found.items() if path is None]
    if absent:
        missing(f"{', '.join(absent)} not installed")
    return {name: path for name, path in found.items() if path is not None}


def run_as_session_user(tools: dict[str, str]) -> tuple[list[str], int, int]:
    """The command prefix that runs the session unprivileged, and that user's uid, gid."""
    if os.geteuid() != 0:
        return [], os.getuid(), os.getgid()
    try:
        entry = pwd.getpwnam(SESSION_USER)
    except KeyError:
        subprocess.run(
            [tools["useradd"], "--system", "--no-create-home", "--home-dir", "/nonexistent",
             "--shell", "/usr/sbin/nologin", SESSION_USER],
            check=True, capture_output=True,
        )
        entry = pwd.getpwnam(SESSION_USER)
    keep = "-all,+dac_read_search"
    prefix = [
        tools["setpriv"], f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}",
        "--init-groups", f"--bounding-set={keep}", f"--inh-caps={keep}",
        f"--ambient-caps={keep}", "--",
    ]
    return prefix, entry.pw_uid, entry.pw_gid


def own_folder(path: Path, uid: int, gid: int) -> Path:
    path.mkdir(mode=0o700)
    os.chown(path, uid, gid)
    return path


def processes_in_group(pgid: int) -> list[int]:
    """Live (not zombie) processes of the process group ``pgid``."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                found.append(int(stat.parent.name))
    return found


@contextmanager
def running(command: list[str], env: dict[str, str], cwd: Path, log: Path
            ) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` in a process group of its own; whatever of it is left is killed after."""
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        yield process
    finally:
        if process.poll() is None or processes_in_group(process.pid):
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def wait_for(condition: Any, what: str, deadline_s: float, process: subprocess.Popen[bytes],
             log: Path) -> Any:
    """Poll ``condition()`` (files another process writes) until it returns something."""
    deadline = time.monotonic() + deadline_s
    while (result := condition()) is None or result is False:
        if process.poll() is not None:
            pytest.fail(f"the cage session exited with {process.returncode} before {what}:\n"
                        f"{log.read_text(errors='replace')[-3000:]}", pytrace=False)
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} within {deadline_s:g} s:\n"
                        f"{log.read_text(errors='replace')[-3000:]}", pytrace=False)
        time.sleep(0.1)  # polling another process's files; bounded by the deadline
    return result


def picture(png: Path, box: list[int] | None = None) -> dict[str, Any]:
    """What a screenshot shows: its size, its corners, how many colours (every 4th pixel)
    and which share of ``box`` (``[x, y, width, height]``; default: the lower part of the
    screen, 30-95 % of its height) is card or key surface."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    width, height = image.width(), image.height()
    x0, y0, w, h = box or [0, int(0.3 * height), width, int(0.65 * height)]

    def rgb(x: int, y: int) -> tuple[int, int, int]:
        colour = image.pixelColor(x, y)
        return colour.red(), colour.green(), colour.blue()

    colours = set()
    surface = inside = 0
    for y in range(0, height, 4):
        for x in range(0, width, 4):
            colour = rgb(x, y)
            colours.add(colour)
            if x0 <= x < x0 + w and y0 <= y < y0 + h:
                inside += 1
                surface += colour == SURFACE
    corners = [rgb(x, y) for x in (0, width - 1) for y in (0, height - 1)]
    return {"size": (width, height), "corners": corners, "colours": len(colours),
            "surface_share": surface / max(inside, 1)}


def list_painted(shown: dict[str, Any]) -> bool:
    """The events list full screen: page colour in every corner, cards over the lower part."""
    return (all(corner == PAGE for corner in shown["corners"])
            and shown["surface_share"] > 0.2 and shown["colours"] > 50)


@dataclass
class CageSession:
    """``kiosk-session`` running in cage on the headless backend (see ``cage_session``)."""

    process: subprocess.Popen[bytes]
    runtime: Path  # its XDG_RUNTIME_DIR
    home: Path
    log: Path
    grim: str
    path: str

    def wait_for(self, condition: Any, what: str, deadline_s: float = STARTUP_DEADLINE_S
                 ) -> Any:
        return wait_for(condition, what, deadline_s, self.process, self.log)

    def screenshot(self, png: Path) -> None:
        """The whole output with grim (as the test's own user: cage's socket is open to it)."""
        socket = self.wait_for(
            lambda: next((p.name for p in self.runtime.glob("wayland-*")
                          if not p.name.endswith(".lock")), None), "Wayland socket")
        env = {"PATH": self.path, "XDG_RUNTIME_DIR": str(self.runtime),
               "WAYLAND_DISPLAY": socket}
        subprocess.run([self.grim, str(png)], env=env, check=True, capture_output=True,
                       timeout=30)

    def stop(self) -> float:
        """SIGTERM, as ``systemctl --user stop kiosk`` sends it; the seconds it took. Fails
        when the session outlives kiosk.service's TimeoutStopSec or leaves processes."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=UNIT_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the session did not stop within {UNIT_STOP_TIMEOUT_S} s of SIGTERM "
                        "(kiosk.service's TimeoutStopSec): systemd would kill it",
                        pytrace=False)
        stopped_s = time.monotonic() - started
        deadline = time.monotonic() + 10  # Xwayland leaves once cage is gone
        while (left := processes_in_group(self.process.pid)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not left, f"processes of the session still running: {left}"
        return stopped_s


@contextmanager
def cage_session(tmp_path: Path, kiosk_args: list[str], cage_args: str = "-r -r"
                 ) -> Iterator[CageSession]:
    """``build_spec/linux/kiosk-session`` with ``KIOSK_BIN`` this venv's Python and
    ``kiosk_args`` its arguments, unprivileged, on wlroots' headless backend with software
    rendering; whatever of it is left at the end is killed. ``cage_args``: by default the
    output turned 180 degrees (no direct scan-out: see the module's docstring)."""
    tools = require_cage()
    prefix, uid, gid = run_as_session_user(tools)
    runtime = own_folder(tmp_path / "run", uid, gid)  # XDG_RUNTIME_DIR: 0700, the user's
    home = own_folder(tmp_path / "home", uid, gid)
    path = os.pathsep.join([str(Path(sys.executable).parent), "/usr/local/bin", "/usr/bin",
                            "/bin"])
    env = {
        "PATH": path,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "WLR_BACKENDS": "headless",
        "WLR_RENDERER": "pixman",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "KIOSK_BIN": sys.executable,
        "KIOSK_CAGE_ARGS": cage_args,
    }
    log = tmp_path / "session.log"
    with running([*prefix, str(SESSION), *kiosk_args], env, home, log) as process:
        yield CageSession(process, runtime, home, log, tools["grim"], path)


def test_without_cage_the_session_test_says_how_to_install_and_fails_in_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KIOSK_SKIP_DISPLAY_TESTS", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name, path=None: None)  # nothing installed
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"cage.*install-display-deps"):
        require_cage()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match=r"install-display-deps"):
        require_cage()
    monkeypatch.setenv("KIOSK_SKIP_DISPLAY_TESTS", "1")
    with pytest.raises(pytest.skip.Exception):
        require_cage()


@pytest.mark.display
def test_the_kiosk_paints_its_events_inside_cage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    basedir = tmp_path / "home" / "kiosk"
    kiosk_log = basedir / "logs" / "kiosk.log"
    screenshot = tmp_path / "cage-kiosk.png"
    shown: dict[str, Any] = {}

    with cage_session(tmp_path, ["-m", "kiosk.app", "--demo", "--basedir", str(basedir)]
                      ) as session:
        def log_with_the_list() -> str | None:
            text = kiosk_log.read_text(encoding="utf-8") if kiosk_log.exists() else ""
            return text if "event list shown" in text else None

        text = session.wait_for(log_with_the_list, "events list in the kiosk's log")
        assert re.search(r"event list shown: 6 event\(s\)", text), text[-2000:]

        def painted() -> bool:
            nonlocal shown
            session.screenshot(screenshot)
            shown = picture(screenshot)
            return list_painted(shown)

        try:
            session.wait_for(painted, "painted events list in the screenshot",
                             PAINT_DEADLINE_S)
        finally:
            with capsys.disabled():
                print(f"\ncage session screenshot: {screenshot} ({shown})", flush=True)
        stopped_s = session.stop()
        print(f"stopped {stopped_s:.1f} s after SIGTERM")

    log = session.log.read_text(errors="replace")
    # The kiosk stopped first and cleanly, then cage: a SIGTERM that reached cage first
    # aborts it (exit 134) and breaks the kiosk's X11 connection ("The X11 connection
    # broke"), which is why kiosk-session hands the signal to the kiosk.
    assert session.process.returncode == 0, log[-3000:]
    assert "connection broke" not in log
    assert "Traceback" not in log
    kiosk_text = kiosk_log.read_text(encoding="utf-8")
    assert "outbox drainer stopped" in kiosk_text
    assert "Traceback" not in kiosk_text
    assert not list(session.runtime.iterdir()), "the session left files in XDG_RUNTIME_DIR"

    width, height = shown["size"]
    assert width >= 640
    assert height >= 480
    assert list_painted(shown), shown


@pytest.mark.display
def test_the_on_screen_keyboard_stays_up_over_the_form_inside_cage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "home" / "driver"
    screenshot = tmp_path / "cage-keyboard.png"
    shown: dict[str, Any] = {}

    # The output as it is on a kiosk (no turn): a keyboard over a full-screen kiosk must
    # keep cage from scanning the kiosk's buffer out alone, or grim sees a stale frame.
    driver = Path(__file__).with_name("cage_keyboard_driver.py")
    with cage_session(tmp_path, [str(driver), str(out)], cage_args="") as session:
        def keyboard_up() -> dict[str, Any] | None:
            if (out / "keyboard-lost").exists():
                pytest.fail((out / "keyboard-lost").read_text(), pytrace=False)
            report = out / "keyboard.json"
            return json.loads(report.read_text()) if report.exists() else None

        placed = session.wait_for(keyboard_up, "keyboard over the register form")

        def painted() -> bool:
            nonlocal shown
            keyboard_up()  # still up
            session.screenshot(screenshot)
            shown = picture(screenshot, placed["keyboard"])
            # Key faces over most of the keyboard's rectangle, the form's page above it.
            return shown["corners"][0] == PAGE and shown["surface_share"] > 0.3

        try:
            session.wait_for(painted, "keyboard in the screenshot", PAINT_DEADLINE_S)
        finally:
            with capsys.disabled():
                print(f"\ncage keyboard screenshot: {screenshot} ({shown})", flush=True)
        (out / "shot-taken").touch()
        session.stop()

    assert session.process.returncode == 0
    screen_w, screen_h = placed["screen"][2:]
    x, y, w, h = placed["keyboard"]
    assert placed["window"] == placed["screen"]
    # Docked: the full width of the screen, down to its bottom edge.
    assert (x, w, y + h) == (0, screen_w, screen_h)
    assert 0 < h < screen_h


def verify(units: list[Path], tmp_path: Path, *, user: bool) -> str:
    """``systemd-analyze [--user] verify``: its complaints ('' when it has none)."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        missing("systemd-analyze is not installed (Debian: systemd)")
        raise AssertionError  # not reached
    runtime = tmp_path / "verify-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path / "verify-home"))
    result = subprocess.run(
        [analyze, *(["--user"] if user else []), "verify", *map(str, units)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return (result.stdout + result.stderr).strip()


def test_the_install_script_lays_out_units_that_systemd_accepts(tmp_path: Path) -> None:
    root = tmp_path / "root"
    kiosk = Path(sys.executable).parent / "kiosk"
    server = Path(sys.executable).parent / "kiosk-server"
    subprocess.run(
        [str(LINUX / "install-kiosk-session"), "--root", str(root), "--user", "kiosk",
         "--kiosk", str(kiosk), "--server", str(server)],
        check=True, capture_output=True, timeout=60,
    )
    home = root / "home" / "kiosk"
    units = home / ".config" / "systemd" / "user"
    # Enabled as `systemctl --user enable` does it: started by the user's default.target.
    for name in ("kiosk.service", "kiosk-server.service"):
        link = units / "default.target.wants" / name
        assert link.resolve() == (units / name).resolve()
    assert os.access(root / "usr" / "local" / "bin" / "kiosk-session", os.X_OK)
    session_env = (home / ".config" / "kiosk" / "session.env")
    assert f"KIOSK_BIN={kiosk}" in session_env.read_text()
    assert session_env.stat().st_mode & 0o077 == 0
    getty = root / "etc/systemd/system/getty@tty1.service.d/autologin.conf"
    assert "--autologin kiosk " in getty.read_text()
    assert (root / "etc/systemd/system/suspend.target").readlink() == Path("/dev/null")
    assert "IdleAction=ignore" in (root / "etc/systemd/logind.conf.d/kiosk.conf").read_text()

    # What kiosk.service and kiosk-server.service run, at paths this machine has.
    rendered = tmp_path / "user-units"
    rendered.mkdir()
    for name in ("kiosk.service", "kiosk-server.service"):
        text = (units / name).read_text()
        text = text.replace("/usr/local/bin/kiosk-session", str(SESSION))
        text = text.replace("/usr/local/bin/kiosk-server", str(server))
        (rendered / name).write_text(text)
    complaints = verify([rendered / "kiosk.service", rendered / "kiosk-server.service"],
                        tmp_path, user=True)
    assert complaints == "", complaints  # an unknown key is only a warning: none at all

    service = (rendered / "kiosk.service").read_text()
    assert "Restart=always" in service
    assert "StartLimitIntervalSec=0" in service
    assert "KillSignal=SIGTERM" in service
    assert "KillMode=mixed" in service
    server_unit = (rendered / "kiosk-server.service").read_text()
    assert "KillSignal=SIGTERM" in server_unit
    assert "TimeoutStopSec=5" in server_unit


def test_the_autologin_drop_in_is_accepted_for_tty1(tmp_path: Path) -> None:
    getty = Path("/lib/systemd/system/getty@.service")
    if not getty.exists():
        missing(f"{getty} is not installed (Debian: systemd)")
    system = tmp_path / "system"
    (system / "getty@tty1.service.d").mkdir(parents=True)
    shutil.copy(getty, system / "getty@tty1.service")
    shutil.copy(LINUX / "getty-autologin.conf", system / "getty@tty1.service.d" / "autologin.conf")
    complaints = verify([system / "getty@tty1.service"], tmp_path, user=False)
    assert complaints == "", complaints
