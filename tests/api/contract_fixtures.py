"""Loads the contract payloads under ``tests/api/fixtures`` (written from the contract)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kiosk.api.models import ContractModel, PascalModel

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> Any:
    """A fresh copy of ``fixtures/<name>.json`` (tests may mutate it)."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def contract_models() -> list[type[ContractModel]]:
    """Every JSON object the contract module defines, found rather than listed, so a model
    added later is covered by the model tests without anyone remembering to add it."""
    from kiosk.api import models

    return [
        value
        for value in vars(models).values()
        if isinstance(value, type)
        and issubclass(value, ContractModel)
        and value not in (ContractModel, PascalModel)
    ]
