"""Loads the contract payloads under ``tests/api/fixtures`` (written from the contract)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> Any:
    """A fresh copy of ``fixtures/<name>.json`` (tests may mutate it)."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
