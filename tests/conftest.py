"""Test-wide settings: Qt runs headless, and no test reads the developer's own settings."""

from __future__ import annotations

import os

# Must be set before any Qt module is imported (pytest-qt imports Qt at plugin load).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
