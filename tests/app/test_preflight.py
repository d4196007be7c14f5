"""`make run` on a machine that lacks what Qt needs: the preflight installs it or names the
one command, and never lets Qt abort; with no display the kiosk says so in one line.

The library is hidden from the loader for real: in a child process with a mount namespace
of its own (``unshare --mount``, as root), an empty file is bind-mounted over
libxcb-cursor, so that the loader fails on it exactly as Qt's xcb plugin does (the
rest of the machine, and the other tests, still see the library). Fonts are hidden with
a fontconfig configuration that lists no font folder.
"""

from __future__ import annotations

import io
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import preflight

REPO = Path(__file__).resolve().parents[2]
QT_ABORT = ("could not load the qt platform plugin", "no qt platform plugin could be",
            "aborted", "core dumped")
HIDDEN = "libxcb-cursor.so.0"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_IM_MODULE")}
    env.update(LANG="C.UTF-8", KIOSK_PREFLIGHT_INSTALL="no", **extra)
    return env


def _assert_no_qt_abort(text: str) -> None:
    lowered = text.lower()
    for words in QT_ABORT:
        assert words not in lowered, text


@pytest.fixture(scope="module")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real X server (Xvfb picks its display number), so that only the library is
    missing, not the display."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is not installed: run .ci/install-display-deps", pytrace=False)
        pytest.skip("Xvfb is not installed (.ci/install-display-deps installs it)")
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    read_end, write_end = os.pipe()
    with log.open("wb") as log_file:
        server = subprocess.Popen(
            [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
             "-nolisten", "tcp"],
            pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(deadline - time.monotonic(), 0))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')}")
            number += chunk
        yield f":{int(number)}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


def _library_file(soname: str) -> Path:
    listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True,
                             check=True).stdout
    for line in listing.splitlines():
        if line.strip().split(" ")[0] == soname:
            return Path(line.rsplit(" => ", 1)[1]).resolve()
    pytest.fail(f"{soname} is not installed here: run .ci/install-display-deps")


@pytest.fixture(scope="module")
def hidden_run(tmp_path_factory: pytest.TempPathFactory) -> object:
    """Run a command with libxcb-cursor hidden from the loader (its own mount namespace)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        if os.environ.get("CI"):
            pytest.fail("CI runs as root with unshare: the library must be hidden for real")
        pytest.skip("hiding a library from the loader needs root and unshare --mount")
    empty = tmp_path_factory.mktemp("hide") / "empty.so"
    empty.write_bytes(b"")
    target = _library_file(HIDDEN)

    def run(command: list[str], env: dict[str, str], timeout: float = 180) -> (
        subprocess.CompletedProcess[str]
    ):
        script = f'mount --bind "{empty}" "{target}" && exec "$@"'
        return subprocess.run(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh",
             *command],
            env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False,
        )

    return run


def test_qt_itself_aborts_with_the_library_hidden(hidden_run, x_display: str) -> None:
    """The hiding is real: without the preflight, Qt aborts with its own message."""
    done = hidden_run(
        [sys.executable, "-c", "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"],
        _env(DISPLAY=x_display),
    )
    assert done.returncode != 0
    assert "could not load the qt platform plugin" in done.stderr.lower()


def test_make_run_names_the_one_command_and_never_starts_qt(hidden_run, x_display: str) -> None:
    """The bar: `make run` with the xcb cursor library hidden stops before Qt with one
    message naming the exact apt-get command (installing is turned off here)."""
    # -o: the venv as it is (no reinstall when pyproject.toml is newer than its stamp).
    done = hidden_run(["make", "-s", "-o", ".venv/.installed", "run"], _env(DISPLAY=x_display))
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    message = [line for line in done.stderr.splitlines() if line.startswith("kiosk:")]
    assert len(message) == 1, output
    sudo = "" if os.geteuid() == 0 else "sudo "
    assert f"{HIDDEN}. Install with: {sudo}apt-get install -y --no-install-recommends " \
        "libxcb-cursor0" in message[0]
    assert "Error 3" in output  # make's own line: the preflight's status, not Qt's
    _assert_no_qt_abort(output)


def test_preflight_passes_when_everything_is_there(x_display: str) -> None:
    """On this machine (CI installs the list) nothing is missing: no message, status 0."""
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.preflight"], env=_env(DISPLAY=x_display), cwd=REPO,
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_missing_fonts_name_their_packages(tmp_path: Path, x_display: str) -> None:
    """No emoji font (fontconfig sees no font at all): the message names the font
    packages in the same one command."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><dir>{tmp_path / 'no-fonts'}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.preflight"],
        env=_env(DISPLAY=x_display, FONTCONFIG_FILE=str(config)), cwd=REPO,
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == preflight.EXIT_MISSING
    assert "the Noto Color Emoji font" in done.stderr
    assert done.stderr.count("\n") == 1
    assert "apt-get install -y --no-install-recommends fonts-dejavu-core " \
        "fonts-noto-color-emoji" in done.stderr


def test_no_display_is_one_line_with_the_headless_way(tmp_path: Path) -> None:
    """`kiosk --demo` with no display at all: one line saying so and how to try it
    headless, status 2, no Qt abort, no data folder touched."""
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--demo", "--basedir", str(tmp_path / "data")],
        env=_env(HOME=str(home), XDG_CONFIG_HOME=str(tmp_path / "config")), cwd=REPO,
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("kiosk: no display:")
    assert "--platform offscreen" in done.stderr
    _assert_no_qt_abort(done.stderr)
    assert not (tmp_path / "data").exists()


def test_a_stale_display_is_named(tmp_path: Path) -> None:
    """DISPLAY set to a display no X server serves: named, instead of Qt's abort."""
    problem = preflight.display_problem({"DISPLAY": ":987"}, "linux")
    assert problem is not None
    assert "DISPLAY=:987" in problem
    assert preflight.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert preflight.display_problem({}, "darwin") is None


def test_offscreen_passes_the_display_check(x_display: str) -> None:
    """`make run ARGS='--platform offscreen'` is the headless way the message names."""
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.preflight", "--windowed", "--platform", "offscreen"],
        env=_env(), cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("answer", ["n", "y"])
def test_a_user_with_sudo_is_asked_first(
    monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    """Not root, in a terminal: asked (y/N) before sudo apt-get; "n" (or Enter) gets the
    command to run later."""
    missing = preflight.Missing(["libxcb-cursor0"], [], [HIDDEN])
    checks = iter([missing, preflight.Missing([], [], [])])
    monkeypatch.setattr(preflight, "find_missing", lambda platform: next(checks))
    monkeypatch.setattr(preflight, "_is_root", lambda: False)
    monkeypatch.setattr(preflight.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(preflight, "display_problem", lambda environ, system: None)
    installed: list[list[str]] = []
    monkeypatch.setattr(preflight, "_apt_install",
                        lambda packages, root, out: installed.append(list(packages)) or True)
    out, err = _Terminal(), io.StringIO()
    code = preflight.run({"DISPLAY": ":0"}, stdin=_Terminal(answer + "\n"), out=out, err=err,
                         system="linux")
    assert "sudo apt-get install -y --no-install-recommends libxcb-cursor0" in out.getvalue()
    assert out.getvalue().rstrip().endswith("[y/N]")
    if answer == "y":
        assert (code, installed, err.getvalue()) == (0, [["libxcb-cursor0"]], "")
    else:
        assert code == preflight.EXIT_MISSING
        assert installed == []
        assert err.getvalue() == (
            f"kiosk: Qt cannot start without {HIDDEN}. Install with: "
            "sudo apt-get install -y --no-install-recommends libxcb-cursor0\n"
        )


def test_ci_installs_the_same_list() -> None:
    """.ci/install-display-deps reads the preflight's list (one list), with the system's
    python3 and no venv."""
    script = (REPO / ".ci" / "install-display-deps").read_text(encoding="utf-8")
    assert "kiosk/preflight.py\" --packages" in script
    listed = subprocess.run(
        ["python3", "-I", str(REPO / "kiosk" / "preflight.py"), "--packages"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout.split()
    assert listed == [package.name for package in preflight.PACKAGES]
    assert {"libxcb-cursor0", "libpulse0", "fonts-noto-color-emoji", "xvfb"} <= set(listed)


def test_nothing_to_do_off_linux() -> None:
    assert preflight.run({}, system="darwin", err=io.StringIO()) == preflight.EXIT_OK


def test_without_sudo_the_command_is_for_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not root and no sudo on the machine (Debian's default): the command runs as root."""
    monkeypatch.setattr(preflight, "find_missing",
                        lambda platform: preflight.Missing(["libpulse0"], [], ["libpulse.so.0"]))
    monkeypatch.setattr(preflight, "_is_root", lambda: False)
    monkeypatch.setattr(preflight.shutil, "which",
                        lambda name: None if name == "sudo" else f"/usr/bin/{name}")
    monkeypatch.setattr(preflight, "display_problem", lambda environ, system: None)
    err = io.StringIO()
    assert preflight.run({}, stdin=io.StringIO(), out=io.StringIO(), err=err,
                         system="linux") == preflight.EXIT_MISSING
    assert err.getvalue().endswith(
        "Install with: su -c 'apt-get install -y --no-install-recommends libpulse0'\n"
    )
