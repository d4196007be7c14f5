"""The on-screen keyboard as the kiosk sets it up, on a real X display: the kiosk's light
style, only the app's language (no language key), "@" and "." on the e-mail field's first
layer, and a keyboard the idle reset puts back for the next person (caps lock and the
symbol layer the last person left on are gone).

Each case starts its own Xvfb and runs ``keyboard_style_driver.py`` in a subprocess with
``QT_QPA_PLATFORM=xcb`` (see test_virtual_keyboard.py for why, and for the skip/fail rules
when Xvfb is missing).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_virtual_keyboard import require_xvfb, run_driver, running_xvfb

from kiosk.ui.keyboard import keyboard_environment

DRIVER = Path(__file__).with_name("keyboard_style_driver.py")
LIGHT_DRIVER = Path(__file__).with_name("keyboard_light_driver.py")
REPO = Path(__file__).resolve().parents[2]


def test_without_its_files_the_keyboard_keeps_qts_default_style(tmp_path: Path) -> None:
    assert keyboard_environment(tmp_path, {}) == {}  # no resources/keyboard here
    shipped = keyboard_environment(REPO / "resources", {"QML_IMPORT_PATH": "/elsewhere"})
    assert shipped["QT_VIRTUALKEYBOARD_STYLE"] == "kiosk"
    assert shipped["QML_IMPORT_PATH"].split(os.pathsep) == [
        str(REPO / "resources" / "keyboard"), "/elsewhere"]
    # A style staff chose in the environment wins.
    assert keyboard_environment(REPO / "resources", {"QT_VIRTUALKEYBOARD_STYLE": "retro"}) == {}


@pytest.mark.display
@pytest.mark.parametrize("size", ["1280x800", "1080x1920"], ids=["landscape", "portrait"])
def test_the_keyboard_is_the_kiosks_in_one_language_and_starts_over_with_the_attendee(
    size: str, tmp_path: Path
) -> None:
    xvfb = require_xvfb()
    with running_xvfb(xvfb, size, tmp_path / "xvfb.log") as display:
        result, stderr = run_driver(display, tmp_path, DRIVER)
    style_problems = [line for line in stderr.splitlines() if "style.qml" in line]
    assert not style_problems, style_problems  # QML errors or warnings of the kiosk's style
    print(f"screenshots: {sorted(str(p) for p in tmp_path.glob('style-*.png'))}")

    # The app is in English: the keyboard offers English only, so no language key.
    assert result["limited_to"] == "en_US"
    first = result["first_name"]
    assert first["style"] == "kiosk"
    assert first["activeLocales"] == ["en_US"]
    assert first["languages"] == 1
    assert first["locale"] == "en_US"
    assert result["language_keys"] == 0

    # The e-mail field: "@" and "." on the letters' layer, and they type.
    assert result["email_first_layer"] == {"at": True, "dot": True}
    assert result["email_typed"] == "@."

    # The last person left caps lock and the symbol layer on and walked away...
    left = result["left_behind"]
    assert left["capsLock"], left
    assert left["symbolMode"], left
    assert result["still_there_shown"]  # they had typed: the kiosk asked first
    assert result["yes_kept"] == {"overlay_gone": True, "form_shown": True, "email": "@."}
    # ...the next person finds the keyboard as new, and down.
    after = result["after_reset"]
    assert after["locale"] == after["defaultLocale"] == "en_US"
    assert not after["capsLock"]
    assert not after["shift"]
    assert not after["symbolMode"]
    assert not result["keyboard_visible_after_reset"]
    for name in ("first_name", "email", "symbols", "still-there"):
        assert (tmp_path / f"style-{name}.png").stat().st_size > 0


@pytest.mark.display
def test_the_kiosk_reads_and_resets_the_keyboard_without_qt_quicks_bindings(
    tmp_path: Path,
) -> None:
    """kiosk.ui.keyboard reaches the keyboard as QWindow and QObject: importing
    PySide6.QtQuick would cost the kiosk 3-4 MB (BENCHMARKS.md, "Memory, third pass").
    The other drivers import it themselves; this one does not."""
    xvfb = require_xvfb()
    with running_xvfb(xvfb, "1280x800", tmp_path / "xvfb.log") as display:
        result, _ = run_driver(display, tmp_path, LIGHT_DRIVER)
    assert result["limited_to"] == "en_US"
    assert result["panel_class"] == "QtVirtualKeyboard::InputView"
    assert result["item_type"] == "QObject"
    shown = result["shown"]
    assert (shown["style"], shown["locale"], shown["activeLocales"]) == (
        "kiosk", "en_US", ["en_US"])
    left_on = result["left_on"]
    assert (left_on["capsLock"], left_on["symbolMode"]) == (True, True)
    # The reset puts the keyboard back for the next person, and takes it down.
    assert result["reset"] is True
    after = result["after_reset"]
    assert (after["capsLock"], after["symbolMode"], after["locale"]) == (False, False, "en_US")
    assert result["quick_bindings_imported"] is False
