"""A real AT-SPI client: what a screen reader (Orca) is told about the running kiosk.

Run with Debian's ``/usr/bin/python3`` (pyatspi is a Debian package, not a wheel) on the
session bus of the kiosk, by ``accessibility_driver.py``::

    /usr/bin/python3 tests/e2e/atspi_walk.py walk PID
        Walk the accessible tree of the application with process id PID through the
        AT-SPI bus, only what is showing, and print one JSON object: how many nodes and
        controls it saw, every control (push button, check box, radio button, text entry,
        list item, slider, ...) and every image or progress bar without a name (role and
        path), and the reading order (role and name of every named node).

    /usr/bin/python3 tests/e2e/atspi_walk.py serve PID
        The same walk once for every line read on stdin (one JSON line each), so that one
        client reads many screens.

    /usr/bin/python3 tests/e2e/atspi_walk.py listen PID
        Print ``{"ready": true}``, then one JSON line per ``object:announcement`` the
        application sends (its text), until stdin closes.

No kiosk code is imported here: this is the outside view, as assistive technology has it.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # Debian's python3-pyatspi
from gi.repository import Atspi  # type: ignore[import-not-found]  # with pyatspi

# What a person reaches or acts on: each must have a name.
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_DIAL,
}
# Information without words of its own: it needs a name.
PICTURES = {pyatspi.ROLE_IMAGE, pyatspi.ROLE_PROGRESS_BAR, pyatspi.ROLE_ANIMATION,
            pyatspi.ROLE_CHART}
# Containers: focusable ones (a scroll area, a list) are named by what they hold.
CONTAINERS = {
    pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL, pyatspi.ROLE_SCROLL_PANE, pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW,
    pyatspi.ROLE_APPLICATION, pyatspi.ROLE_LAYERED_PANE, pyatspi.ROLE_VIEWPORT,
    pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_TABLE_ROW,
    pyatspi.ROLE_COLUMN_HEADER, pyatspi.ROLE_ROW_HEADER, pyatspi.ROLE_TABLE_COLUMN_HEADER,
    pyatspi.ROLE_TABLE_ROW_HEADER, pyatspi.ROLE_INTERNAL_FRAME, pyatspi.ROLE_DIALOG,
}
MAX_NODES = 5000  # an agenda of hundreds of sessions is fine; a loop is not
FIND_S = 10.0  # the application registers on the bus shortly after its window shows


def find_application(pid: int) -> object:
    deadline = time.monotonic() + FIND_S
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that left meanwhile
                continue
        if time.monotonic() > deadline:
            raise SystemExit(json.dumps({"error": f"no application with pid {pid} on the "
                                         "AT-SPI bus"}))
        time.sleep(0.2)


def role_name(role: object) -> str:
    return str(Atspi.role_get_name(role))  # local: no round trip to the application


def walk(app: object) -> dict[str, object]:
    """One walk of ``app``'s tree as it is now (nothing read before is trusted)."""
    with contextlib.suppress(Exception):  # an older libatspi: nothing to clear
        app.clear_cache()
    nodes = 0
    controls = 0
    unnamed: list[dict[str, str]] = []
    order: list[list[str]] = []

    def visit(node: object, path: str, depth: int) -> None:
        nonlocal nodes, controls
        if node is None or depth > 60 or nodes >= MAX_NODES:
            return
        try:
            states = node.getState()
            role = node.getRole()
            name = (node.name or "").strip()
            count = node.childCount
        except Exception:  # gone while we read it (a timer changed the screen)
            return
        if role != pyatspi.ROLE_APPLICATION and not states.contains(pyatspi.STATE_SHOWING):
            return
        nodes += 1
        here = f"{path}/{role_name(role)}" + (f"[{name[:30]}]" if name else "")
        focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        editable = states.contains(pyatspi.STATE_EDITABLE)
        control = role in CONTROLS or (role == pyatspi.ROLE_TEXT and editable) or (
            focusable and role not in CONTAINERS and role not in PICTURES)
        if control:
            controls += 1
        if (control or role in PICTURES) and not name:
            unnamed.append({"role": role_name(role), "path": here})
        if name and role not in CONTAINERS:
            order.append([role_name(role), name[:80]])
        for index in range(count):
            try:
                child = node.getChildAtIndex(index)
            except Exception:
                continue
            visit(child, here, depth + 1)

    visit(app, "", 0)
    return {"nodes": nodes, "controls": controls, "unnamed": unnamed, "order": order,
            "truncated": nodes >= MAX_NODES}


def listen(pid: int) -> None:
    from gi.repository import GLib  # type: ignore[import-not-found]  # with pyatspi

    def on_event(event: object) -> None:
        try:
            if event.source.get_process_id() != pid:
                return
        except Exception:
            return
        text = event.any_data if isinstance(event.any_data, str) else str(event.any_data)
        print(json.dumps({"announcement": text, "detail1": event.detail1}), flush=True)

    def on_stdin(*_: object) -> bool:
        if not sys.stdin.readline():
            pyatspi.Registry.stop()
            return False
        return True

    pyatspi.Registry.registerEventListener(on_event, "object:announcement")
    GLib.io_add_watch(sys.stdin, GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN
                      | GLib.IOCondition.HUP, on_stdin)
    print(json.dumps({"ready": True}), flush=True)
    pyatspi.Registry.start()


def main() -> None:
    mode, pid = sys.argv[1], int(sys.argv[2])
    if mode == "walk":
        print(json.dumps(walk(find_application(pid))), flush=True)
    elif mode == "serve":
        # One client for many screens (starting Python and pyatspi takes a second): a walk
        # for every line on stdin, one JSON line each, until stdin closes.
        app = find_application(pid)
        print(json.dumps({"ready": True}), flush=True)
        for _ in sys.stdin:
            print(json.dumps(walk(app)), flush=True)
    elif mode == "listen":
        listen(pid)
    else:
        raise SystemExit(f"unknown mode {mode!r}: walk or listen")


if __name__ == "__main__":
    main()
