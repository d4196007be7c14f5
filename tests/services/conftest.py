"""The service tests borrow the fault tests' proxy, to take the server away and bring it
back (plain modules beside tests/faults/conftest.py; no package __init__ in tests/)."""

from __future__ import annotations

import sys
from pathlib import Path

_FAULTS = str(Path(__file__).parents[1] / "faults")
if _FAULTS not in sys.path:
    sys.path.insert(0, _FAULTS)
