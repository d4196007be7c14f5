"""Every visible string is in the shipped translation source, and plurals read naturally."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.ui.setup import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def _sources(ts_file: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts_file)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_the_translation_source_lists_every_visible_string(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-source-language", "en"],
        check=True, capture_output=True, timeout=120,
    )
    shipped = _sources(resources_dir() / "translations" / "kiosk_en.ts")
    missing = _sources(fresh) - shipped
    assert not missing, f"run `make i18n-update`; missing: {sorted(missing)[:5]}"


def test_english_plurals_come_from_the_shipped_translation(english: None) -> None:
    def seats(n: int) -> str:
        return QCoreApplication.translate("kiosk", "%n seat(s) left", None, n)

    assert seats(1) == "1 seat left"
    assert seats(12) == "12 seats left"
