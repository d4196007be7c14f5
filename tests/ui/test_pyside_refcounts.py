"""Guard against a PySide6 regression that crashed the kiosk after minutes of idling.

PySide6 6.12.0 released one reference to ``None`` on every call of a Qt method that
returns nothing; on Python 3.11 (where ``None`` is reference-counted) the interpreter
aborted with "deallocating None" after about 23 idle minutes. pyproject.toml caps
PySide6 below 6.12 for this reason; this test says whether a candidate release is safe.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1_000):
        label.setText("x")
    # Other threads may take or drop a few references meanwhile; a leak loses 1,000.
    assert sys.getrefcount(None) > before - 100
