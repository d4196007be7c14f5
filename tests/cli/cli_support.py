"""Runs ``kiosk check`` as a subprocess in a clean environment and reads its output."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from scripted_server import TOKEN

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    @property
    def out_lines(self) -> list[str]:
        return self.out.splitlines()


class KioskCheck:
    """``kiosk check`` with HOME and the XDG folders under ``home``: no user settings, no
    ``KIOSK_*`` variables from the developer's shell."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.config_dir = home / ".config" / "kiosk"

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Run:
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
            **(env or {}),
        }
        done = subprocess.run(
            [sys.executable, "-m", "kiosk.app", "check", *args],
            cwd=REPO,
            env=environment,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )
        result = Run(done.returncode, done.stdout, done.stderr)
        assert TOKEN not in result.out + result.err  # never, whatever happened
        return result


def table_rows(lines: list[str]) -> list[list[str]]:
    """The events table's rows, cells split on the two-space column gap."""
    start = next(i for i, line in enumerate(lines) if line.startswith("Name"))
    assert set(lines[start + 1].replace(" ", "")) == {"-"}
    rows = []
    for line in lines[start + 2 :]:
        if not line.strip():
            break
        rows.append(re.split(r"\s{2,}", line.strip()))
    return rows


def fails_with(run: Run, kind: str) -> str:
    """Exit 1 and exactly one stderr line naming the failure; returns that line."""
    assert run.code == 1, run
    assert len(run.err_lines) == 1, run.err
    line = run.err_lines[0]
    assert line.startswith(f"kiosk check failed: {kind}: "), line
    return line
