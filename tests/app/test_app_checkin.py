"""The check-in settings as an operator gives them (file, environment, command line), and
`kiosk --demo --mode checkin` as a door scanner with its own staff token."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_app_demo import _env, _kill_if_running, _wait_for_line

from kiosk import app
from kiosk.config import SettingsError


def _settings_of(argv: list[str]) -> app.KioskSettings:
    return app._settings(app.build_parser().parse_args(argv))


@pytest.fixture
def no_user_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in ("KIOSK_MODE", "KIOSK_STAFF_TOKEN", "KIOSK_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("no_user_settings")
def test_check_in_settings_come_from_the_file_the_environment_and_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        '[api]\nstaff_token = "from-the-file"\n\n'
        '[screen]\nmode = "register"\nevent = " Door_Fest "\nsession = "s-1"\n'
        "checkin_result_s = 8\nsound = false\n\n"
        '[scanner]\ncamera = ""\n',
        encoding="utf-8",
    )
    settings = _settings_of(["--config", str(config)])
    assert settings.screen.mode == "register"
    assert (settings.screen.event, settings.screen.session) == ("Door_Fest", "s-1")
    assert (settings.screen.checkin_result_s, settings.screen.sound) == (8, False)
    assert settings.scanner.camera == ""
    assert settings.api.staff_token.get_secret_value() == "from-the-file"
    assert "from-the-file" not in repr(settings)  # a secret, never printed

    monkeypatch.setenv("KIOSK_MODE", "checkin")
    monkeypatch.setenv("KIOSK_STAFF_TOKEN", "from-the-environment")
    settings = _settings_of(["--config", str(config)])
    assert settings.screen.mode == "checkin"
    assert settings.api.staff_token.get_secret_value() == "from-the-environment"

    settings = _settings_of(["--config", str(config), "--mode", "both"])
    assert settings.screen.mode == "both"


@pytest.mark.usefixtures("no_user_settings")
def test_the_defaults_register_and_check_in_with_the_default_camera() -> None:
    settings = _settings_of([])
    assert settings.screen.mode == "both"
    assert (settings.screen.event, settings.screen.session) == ("", "")
    assert (settings.screen.checkin_result_s, settings.screen.sound) == (5, True)
    assert settings.scanner.camera == "auto"
    assert settings.api.staff_token.get_secret_value() == ""


@pytest.mark.usefixtures("no_user_settings")
def test_a_mode_nobody_knows_is_refused_saying_which_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIOSK_MODE", "door")
    with pytest.raises(SettingsError, match="screen.mode"):
        _settings_of([])


def test_kiosk_demo_as_a_door_scanner_has_a_staff_token_and_syncs_its_list(
    tmp_path: Path,
) -> None:
    basedir = tmp_path / "kiosk"
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.app", "--demo", "--windowed", "--mode", "checkin",
         "--basedir", str(basedir)],
        env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    log_file = basedir / "logs" / "kiosk.log"
    try:
        _wait_for_line(log_file, "check-in list for event Nordlicht_Tech_Conference synced",
                       process)
        # The camera is looked for once the first screen is up.
        _wait_for_line(log_file, "scanning by camera is off", process)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        _kill_if_running(process)
    assert process.returncode == 0, stderr.decode(errors="replace")
    assert b"Traceback" not in stderr
    listed = basedir / "checkin-list.sqlite3"
    assert listed.exists()
    assert listed.stat().st_mode & 0o077 == 0
    log = log_file.read_text(encoding="utf-8")
    assert log.count("scanning by camera is off") == 1  # no camera here: said once
