"""``kiosk doctor`` as an operator runs it on a kiosk machine: a real subprocess, the
project's own events server over HTTP, real folders, the real print system (CUPS)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scripted_server import ORIGIN, TOKEN

from kiosk.services.badges import scheduler_running

runner = pytest.importorskip("kiosk.server.runner")
REPO = Path(__file__).resolve().parents[2]
ITEMS = ("display", "keyboard", "fonts", "camera", "printer", "data", "API")


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[Any]:
    server = runner.start_server(tmp_path / "events.sqlite", demo=True, web_apps=[(TOKEN, ORIGIN)])
    try:
        yield server
    finally:
        server.stop()


def doctor(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None, wrap: list[str] | None = None
) -> tuple[int, dict[str, str], str, str]:
    """Run ``kiosk doctor``: exit status, {item: its line}, stdout, stderr."""
    home = tmp_path / "home"
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        **(env or {}),
    }
    for name in ("CUPS_SERVER", "KIOSK_TEST_PRINTER"):  # the CI's CUPS set-up
        if name in os.environ:
            environment[name] = os.environ[name]
    done = subprocess.run(
        [*(wrap or []), sys.executable, "-m", "kiosk", "doctor", *args],
        cwd=REPO, env=environment, capture_output=True, text=True, encoding="utf-8",
        timeout=180, check=False,
    )
    lines: dict[str, str] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("OK", "WARN", "FAIL"):
            lines[parts[1]] = line
    return done.returncode, lines, done.stdout, done.stderr


def _api(server: Any) -> list[str]:
    return ["--endpoint", server.base_url_v2, "--token", TOKEN, "--origin", ORIGIN]


def test_a_ready_machine(tmp_path: Path, local_server: Any) -> None:
    """Everything the kiosk needs is there: one OK line per item (the camera may only be
    missing, a warning), the API as `kiosk check` sees it, never the token, status 0."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    code, lines, out, err = doctor(tmp_path, *_api(local_server), "--basedir", str(data))
    assert code == 0, out + err
    assert tuple(lines) == ITEMS, out
    for item in ITEMS:
        expected = ("OK", "WARN") if item == "camera" else ("OK",)
        assert lines[item].split()[0] in expected, lines[item]
    assert "Qt platform offscreen" in lines["display"]
    assert "Qt Virtual Keyboard loads" in lines["keyboard"]
    assert "Japanese" in lines["fonts"]
    assert "Arabic" in lines["fonts"]
    assert f"Connected to {local_server.base_url_v2}" in lines["API"]
    assert "published event(s)" in lines["API"]
    assert f"{data} is writable and private" in lines["data"]
    assert out.endswith("Ready to run the kiosk.\n")
    assert TOKEN not in out + err


def test_an_unwritable_data_folder_fails_with_the_fix(tmp_path: Path, local_server: Any) -> None:
    """The data folder cannot be written (a read-only mount as root, else mode 0500): the
    line says so and what to run; status 1."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    wrap: list[str] = []
    if os.geteuid() == 0:  # root writes through any mode: a read-only mount of its own
        if shutil.which("unshare") is None:
            pytest.skip("as root, a read-only folder needs unshare --mount")
        wrap = ["unshare", "--mount", "--propagation", "private", "sh", "-c",
                f'mount --bind "{data}" "{data}" && mount -o remount,bind,ro "{data}" '
                '&& exec "$@"', "sh"]
    else:
        data.chmod(0o500)
    try:
        code, lines, out, _ = doctor(tmp_path, *_api(local_server), "--basedir", str(data),
                                     wrap=wrap)
    finally:
        data.chmod(0o700)
    assert code == 1, out
    assert lines["data"].startswith("FAIL"), out
    assert f"{data} is not writable" in lines["data"]
    assert f"chmod 700 {data}" in lines["data"]
    assert lines["API"].startswith("OK")  # the rest is still checked
    assert out.endswith("1 item(s) to fix before this machine runs the kiosk.\n")


def test_a_data_folder_others_can_read_fails(tmp_path: Path, local_server: Any) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o755)
    code, lines, out, _ = doctor(tmp_path, *_api(local_server), "--basedir", str(data))
    assert code == 1
    assert lines["data"].startswith("FAIL")
    assert "readable by others (mode 0755" in lines["data"]
    assert f"chmod 700 {data}" in lines["data"]


def test_a_missing_printer_queue_fails_with_the_fix(tmp_path: Path, local_server: Any) -> None:
    """[badges] printer names a queue the print system does not have."""
    code, lines, out, _ = doctor(
        tmp_path, *_api(local_server), "--basedir", str(tmp_path / "data"),
        env={"KIOSK_BADGE_PRINTER": "no-such-badge-queue"},
    )
    assert code == 1, out
    assert lines["printer"].startswith("FAIL"), out
    if scheduler_running():
        assert 'there is no print queue "no-such-badge-queue"' in lines["printer"]
        assert "kiosk printers" in lines["printer"]
    else:  # a developer's machine without CUPS running (CI runs it: .ci/start-cups)
        assert "start cupsd" in lines["printer"]


def test_a_wrong_token_and_an_unreachable_api(tmp_path: Path, local_server: Any) -> None:
    """The API line is `kiosk check`'s one-line failure; the token is never printed."""
    wrong = "wrong-token-never-shown"
    code, lines, out, err = doctor(
        tmp_path, "--endpoint", local_server.base_url_v2, "--token", wrong, "--origin", ORIGIN,
        "--basedir", str(tmp_path / "data"),
    )
    assert code == 1
    assert lines["API"].startswith("FAIL")
    assert "kiosk check says more" in lines["API"]
    assert wrong not in out + err
    code, lines, out, _ = doctor(
        tmp_path, "--endpoint", "http://127.0.0.1:9/EvtMgmt/api/v2.0/", "--token", TOKEN,
        "--origin", ORIGIN, "--basedir", str(tmp_path / "data"),
    )
    assert code == 1
    assert lines["API"].startswith("FAIL  API       unreachable:"), out


def test_no_display_is_named_and_the_rest_still_checked(tmp_path: Path,
                                                        local_server: Any) -> None:
    code, lines, out, err = doctor(
        tmp_path, *_api(local_server), "--basedir", str(tmp_path / "data"),
        env={"QT_QPA_PLATFORM": ""},
    )
    assert code == 1
    assert lines["display"].startswith("FAIL  display   no display: neither DISPLAY nor")
    assert "--platform offscreen" in lines["display"]
    assert lines["keyboard"].startswith("OK")  # checked offscreen
    assert lines["API"].startswith("OK")
    assert "Aborted" not in out + err
