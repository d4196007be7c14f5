"""On-screen keyboard driver for the cage session: the kiosk's register form with Qt Virtual
Keyboard up, held on screen until the test has taken its screenshot.

Run by ``test_cage_session.py`` through ``build_spec/linux/kiosk-session`` (so with the
session's environment: ``QT_QPA_PLATFORM=xcb`` on cage's Xwayland, ``QT_IM_MODULE``)::

    kiosk-session OUT_DIR        (KIOSK_BIN=python, this file its first argument)

It opens the form of an open demo event (the focused first name brings the keyboard up),
waits until the keyboard has settled, writes ``OUT_DIR/keyboard.json`` (the screen, the
window and the keyboard's rectangle, ``[x, y, width, height]``) and waits for
``OUT_DIR/shot-taken``, which the test creates once grim has the screen. If meanwhile the
kiosk's window loses the focus or the keyboard hides, it writes why to
``OUT_DIR/keyboard-lost`` and ends at once. The last line on
stdout is one JSON object, as for the other drivers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from display_kiosk import open_register_form, run_kiosk, wait_until
from keyboard_driver import EVENT, keyboard_rect, keyboard_settled, rect
from PySide6.QtGui import QGuiApplication

from kiosk.ui.window import KioskWindow

HOLD_S = 60  # the test takes its screenshot within seconds


def drive(window: KioskWindow, out_dir: Path) -> dict[str, Any]:
    open_register_form(window, EVENT)
    wait_until(keyboard_settled, "the keyboard to show for the focused first name")
    result = {
        "screen": rect(QGuiApplication.primaryScreen().geometry()),
        "window": rect(window.frameGeometry()),
        "keyboard": rect(keyboard_rect()),
    }
    (out_dir / "keyboard.json").write_text(json.dumps(result))

    def lost() -> str | None:
        if QGuiApplication.focusWindow() is not window.windowHandle():
            return "the kiosk's window lost the focus"
        if not QGuiApplication.inputMethod().isVisible():
            return "the keyboard hid itself"
        return None

    taken = out_dir / "shot-taken"
    wait_until(lambda: taken.exists() or lost() is not None, "the test's screenshot", HOLD_S)
    if not taken.exists():
        result["lost"] = lost()
        (out_dir / "keyboard-lost").write_text(str(result["lost"]))
    return result


def main(argv: list[str]) -> int:
    run_kiosk(Path(argv[1]), drive, one_language=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
