"""An attendee who reads Arabic, on a real X display with the real on-screen keyboard:
picks العربية on the start screen, registers typing the name in Arabic letters, gets
Latin letters for the e-mail address without touching the language key, and the Arabic
letters again on the next field.

Runs ``walkup_driver.py`` (the same person as ``benchmarks/bench_walkup.py``) with
``WALKUP_LANGUAGE=ar`` under its own Xvfb; see test_virtual_keyboard.py for the skip/fail
rules when Xvfb is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_virtual_keyboard import require_xvfb, run_driver, running_xvfb

DRIVER = Path(__file__).with_name("walkup_driver.py")


@pytest.mark.display
def test_an_arabic_reader_registers_on_the_arabic_keyboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WALKUP_LANGUAGE", "ar")
    monkeypatch.setenv("WALKUP_SHOTS", str(tmp_path / "shots"))
    xvfb = require_xvfb()
    with running_xvfb(xvfb, "1280x800", tmp_path / "xvfb.log") as display:
        result, _ = run_driver(display, tmp_path, DRIVER)
    print(f"screenshots: {sorted(str(p) for p in (tmp_path / 'shots').glob('*.png'))}")

    assert result["ok"], result
    assert result["sent"] == ["سارة", "حداد", "sara@example.org"]
    layouts = dict(result["layouts"])
    assert layouts["first name"] == "ar_AR"
    assert layouts["last name"] == "ar_AR"
    assert layouts["e-mail"] == "en_US"  # Latin for the address, no language key tapped
    after_email = [locale for what, locale in result["layouts"] if what.startswith("step ")
                   and what != "step email"]
    assert after_email, result["layouts"]
    assert after_email[0] == "ar_AR", result["layouts"]
    assert result["swipes"] == 0
    # Two taps more than in English: the language button and the language.
    assert result["taps"] <= 11, result["log"]
