"""What the kiosk keeps on disk is private, the staff PIN is only stored hashed, and a
PIN-guarded kiosk still stops cleanly when its supervisor says so."""

from __future__ import annotations

import logging
import logging.handlers
import os
import signal
import stat
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_app_demo import _env, _kill_if_running, _wait_for_line

from kiosk import app
from kiosk.config import load_settings
from kiosk.ui.pin import Verdict


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _set_pin(tmp_path: Path, config: Path, typed: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.app", "set-pin", "--config", str(config), "--pin-stdin"],
        input=typed, env=_env(tmp_path), capture_output=True, text=True, timeout=60,
        check=False,
    )


def test_set_pin_stores_only_a_hash_that_the_kiosk_accepts(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        'basedir = "/var/lib/kiosk"\n\n'
        "[api]\n"
        'origin = "https://kiosk.contoso.example"  # as registered\n\n'
        "[screen]\n"
        "idle_timeout_s = 60\n"
        'staff_pin = "1111"\n'
        'consent_text = "I agree."\n',
        encoding="utf-8",
    )
    result = _set_pin(tmp_path, config, "482913\n")
    assert result.returncode == 0, result.stderr
    assert "482913" not in result.stdout + result.stderr

    written = config.read_text(encoding="utf-8")
    assert "482913" not in written
    assert "1111" not in written  # the plain PIN is gone
    assert "# as registered" in written  # the rest is kept as it was
    settings = tomllib.loads(written)
    assert settings["screen"]["staff_pin_hash"].startswith("scrypt$16384$8$1$")
    assert settings["screen"]["idle_timeout_s"] == 60
    assert settings["screen"]["consent_text"] == "I agree."
    assert settings["api"]["origin"] == "https://kiosk.contoso.example"
    assert _mode(config) == 0o600

    lock = app.staff_lock(load_settings(config_file=config), tmp_path / "data")
    assert lock is not None
    assert lock.attempt("482913").verdict is Verdict.ACCEPTED
    assert lock.attempt("1111").verdict is Verdict.WRONG


def test_set_pin_creates_a_private_settings_file_and_refuses_a_bad_pin(
    tmp_path: Path,
) -> None:
    config = tmp_path / "new" / "kiosk.toml"
    for bad in ("123\n", "12ab\n", "1234567890123\n", ""):
        result = _set_pin(tmp_path, config, bad)
        assert result.returncode == 1, bad
        assert not config.exists()
    result = _set_pin(tmp_path, config, "2468\n")
    assert result.returncode == 0, result.stderr
    assert _mode(config) == 0o600
    assert set(tomllib.loads(config.read_text(encoding="utf-8"))) == {"screen"}


@pytest.fixture
def root_handlers() -> Iterator[None]:
    """_configure_logging adds handlers to the root logger: remove them afterwards."""
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_the_data_folder_and_logs_are_private_also_after_rotation_and_when_made_loose(
    tmp_path: Path, root_handlers: None
) -> None:
    data = tmp_path / "kiosk"
    (data / "logs").mkdir(parents=True, mode=0o755)
    os.chmod(data, 0o755)  # made by the operator, readable by everyone
    os.chmod(data / "logs", 0o755)
    for name in ("logs/kiosk.log", "logs/kiosk.log.1", "logs/kiosk.log.5", "outbox.sqlite3"):
        (data / name).write_text("old\n", encoding="utf-8")
        os.chmod(data / name, 0o644)

    app._configure_logging(data)
    logging.getLogger("kiosk.test").info("submission 1234 queued")
    (handler,) = [
        h for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    handler.doRollover()  # as when kiosk.log reaches its size
    logging.getLogger("kiosk.test").info("after the rotation")

    assert _mode(data) == 0o700
    assert _mode(data / "logs") == 0o700
    for name in ("kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.5"):
        assert _mode(data / "logs" / name) == 0o600, name
    assert _mode(data / "outbox.sqlite3") == 0o600  # copied in by the operator


def test_a_pin_guarded_kiosk_stops_on_sigterm_and_warns_about_a_plain_pin(
    tmp_path: Path,
) -> None:
    basedir = tmp_path / "kiosk"
    basedir.mkdir(mode=0o755)
    os.chmod(basedir, 0o755)
    config = tmp_path / "kiosk.toml"
    config.write_text('[screen]\nstaff_pin = "8675309241"\n', encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.app", "--demo", "--windowed", "--basedir", str(basedir),
         "--config", str(config)],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        log = _wait_for_line(
            basedir / "logs" / "kiosk.log", "event list shown: 6 event(s)", process
        )
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        _kill_if_running(process)
    assert process.returncode == 0, stderr.decode(errors="replace")
    assert b"Traceback" not in stderr
    warning = "staff_pin is stored in plain text; run `kiosk set-pin`"
    assert warning in stderr.decode()
    assert warning in log
    assert "8675309241" not in log + stderr.decode()
    assert _mode(basedir) == 0o700
    assert _mode(basedir / "logs") == 0o700
    assert _mode(basedir / "logs" / "kiosk.log") == 0o600


def test_a_damaged_pin_hash_stops_the_kiosk_at_start_saying_which_setting(
    tmp_path: Path,
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[screen]\nstaff_pin_hash = "scrypt$16384$8$1$c2FsdA=="\n',
                      encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.app", "--demo", "--basedir", str(tmp_path / "kiosk"),
         "--config", str(config)],
        env=_env(tmp_path), capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 2
    assert "screen.staff_pin_hash is not valid" in result.stderr
    assert "Traceback" not in result.stderr
