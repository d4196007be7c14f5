"""Virtual-keyboard driver: the assembled kiosk on a real X display with Qt Virtual Keyboard.

Run by ``test_virtual_keyboard.py`` in a subprocess, because the input method and the
platform are chosen once, before QApplication exists (the test session's is offscreen)::

    DISPLAY=:N QT_QPA_PLATFORM=xcb python keyboard_driver.py OUT_DIR

It starts the local events server with the demo data on loopback and builds the kiosk as
``kiosk.app`` does: ``enable_virtual_keyboard()`` first, then QApplication, the theme, the
English translations and the real window, full screen. It taps its way to the register
form of an open demo event that has a text question after the e-mail field; opening the
form puts the focus in the first name, and nothing else is done until the keyboard shows.
Then for the first name, the e-mail and the form's last text field in turn it gives the
field the focus, waits (polling, with a deadline) until the keyboard is up and the form
has settled, and records where the field and the keyboard are. It taps the keyboard's Q
key in the keyboard's own window, for the first name and for the e-mail, and reads what
arrived. Screenshots of the whole screen go to ``OUT_DIR/keyboard-<field>.png``.

The last line on stdout is one JSON object; ``"ok": false`` with ``"error"`` when a wait
timed out. Geometry is ``[x, y, width, height]`` in global (screen) coordinates.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.ui.setup import apply_theme, enable_virtual_keyboard, resources_dir

enable_virtual_keyboard()  # before QApplication exists, as kiosk.app does

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer, QTranslator  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQuick import QQuickItem, QQuickWindow  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from kiosk.api.client import EventsApiClient  # noqa: E402
from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN  # noqa: E402
from kiosk.server.runner import start_server  # noqa: E402
from kiosk.services.catalog import Catalog  # noqa: E402
from kiosk.services.catalog_cache import CatalogCache  # noqa: E402
from kiosk.services.outbox import Outbox  # noqa: E402
from kiosk.services.registration import RegistrationService  # noqa: E402
from kiosk.ui.models import Role  # noqa: E402
from kiosk.ui.tasks import TaskRunner  # noqa: E402
from kiosk.ui.window import KioskWindow, WindowSettings  # noqa: E402

# An open demo event whose form has a text question ("Job title") after the e-mail field.
EVENT = "Nordlicht_Tech_Conference"
TIMEOUT_S = 15.0  # generous for a loaded machine; never waited in the good case


class Timeout(Exception):
    pass


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = TIMEOUT_S) -> None:
    """Run the event loop until ``condition()`` holds; raise Timeout after the deadline."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise Timeout(f"timed out after {timeout_s:g} s waiting for {what}")
        QTest.qWait(20)


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


# ---------------------------------------------------------------------- the keyboard


def panel_window() -> QQuickWindow | None:
    """The keyboard's own top-level window (Qt Virtual Keyboard's desktop input panel)."""
    for window in QGuiApplication.topLevelWindows():
        if isinstance(window, QQuickWindow) and window.isVisible():
            return window
    return None


def keyboard_rect() -> QRect:
    """The keyboard in global coordinates. QInputMethod gives it in the coordinates of the
    panel window, a transparent window over the screen; add that window's position."""
    r = QGuiApplication.inputMethod().keyboardRectangle().toAlignedRect()
    panel = panel_window()
    return r.translated(panel.position()) if panel is not None else r


def keyboard_settled() -> bool:
    method = QGuiApplication.inputMethod()
    return method.isVisible() and not method.isAnimating() and not keyboard_rect().isEmpty()


def items(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from items(child)


def find_key(label: str) -> QQuickItem | None:
    """A visible key of the keyboard that shows ``label`` (either case)."""
    panel = panel_window()
    if panel is None:
        return None
    for item in items(panel.contentItem()):
        if not item.metaObject().className().startswith("Key_") or not item.isVisible():
            continue
        text = item.property("text")
        if isinstance(text, str) and text.lower() == label and item.width() > 0:
            return item
    return None


def tap_key(field: QLineEdit, label: str) -> dict[str, Any]:
    """Tap a key in the keyboard's own window, as a finger would; report what arrived."""
    before = field.text()
    try:  # the panel loads its layout after it first shows
        wait_until(lambda: find_key(label) is not None, f"the keyboard's {label!r} key", 5)
    except Timeout:
        return {"key_found": False, "before": before, "after": field.text()}
    key = find_key(label)
    assert key is not None
    panel = key.window()
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    QTest.mouseClick(panel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    with suppress(Timeout):  # reported: the text did not change
        wait_until(lambda: field.text() != before, "the key to arrive in the field", 5)
    at = panel.position() + centre
    return {"key_found": True, "at": [at.x(), at.y()], "before": before, "after": field.text()}


# ---------------------------------------------------------------------- the kiosk


def tap(widget: QWidget) -> None:
    """A finger's tap: press and release at one point, a moment apart."""
    point = QPoint(widget.width() // 4, widget.height() // 2)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point, 50
    )


def field_report(window: KioskWindow, field: QWidget) -> dict[str, Any]:
    """Where the focused field and the keyboard are, and whether the field can be seen."""
    viewport = global_rect(window.registration.register_screen.scroll_area.viewport())
    keyboard = keyboard_rect()
    place = global_rect(field)
    # What the attendee sees of the form: its viewport, above the keyboard.
    seen = viewport.intersected(QRect(viewport.x(), 0, viewport.width(), keyboard.top()))
    return {
        "focused": field.hasFocus(),
        "field": rect(place),
        "keyboard": rect(keyboard),
        "viewport": rect(viewport),
        "intersects_keyboard": place.intersects(keyboard),
        "fully_seen": seen.contains(place),
    }


def focus_and_settle(window: KioskWindow, field: QWidget) -> dict[str, Any]:
    """Give the field the focus and wait until the keyboard is up (if it does not come,
    tap the field as a finger would), then until the form shows the field above the
    keyboard; after that deadline the state is reported as it is."""
    form = window.registration.register_screen
    step = form.step_of(field)
    if step != form.current_step():
        form.show_step(step)  # as Next or Enter on the step before does
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    try:
        wait_until(lambda: field.hasFocus() and keyboard_settled(), "the keyboard to show", 3)
    except Timeout:
        shown = False
        tap(field)
        wait_until(lambda: field.hasFocus() and keyboard_settled(), "the keyboard after a tap")
    else:
        shown = True
    with suppress(Timeout):  # reported as it is
        wait_until(lambda: field_report(window, field)["fully_seen"], "the field to be seen", 3)
    return field_report(window, field) | {"shown_on_focus": shown}


def tap_low_field(window: KioskWindow, field: QWidget) -> dict[str, Any]:
    """With the keyboard down, scroll the step as far down as it goes (a stepped form's
    step fits above the keyboard, so it does not move) and tap ``field`` as a finger
    would; ``before_under_keyboard`` says whether it was where the keyboard comes up."""
    keyboard_at = keyboard_rect()
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    QGuiApplication.inputMethod().hide()
    area = window.registration.register_screen.scroll_area
    wait_until(
        lambda: not QGuiApplication.inputMethod().isVisible()
        and area.viewportMargins().bottom() == 0,
        "the keyboard to go down",
    )
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    before = global_rect(field)
    tap(field)
    wait_until(lambda: field.hasFocus() and keyboard_settled(), "the keyboard to show")
    with suppress(Timeout):  # reported as it is
        wait_until(lambda: field_report(window, field)["fully_seen"], "the field to be seen", 3)
    report = field_report(window, field)
    report["before"] = rect(before)
    report["before_under_keyboard"] = before.intersects(keyboard_at)
    return report


def screenshot(window: KioskWindow, path: Path) -> None:
    """The whole X screen, once the window and the keyboard have painted what they show."""
    window.repaint()  # synchronous: painted and flushed to the X server
    panel = panel_window()
    if panel is not None:
        frames: list[None] = []
        panel.frameSwapped.connect(lambda: frames.append(None))
        panel.update()
        with suppress(Timeout):  # nothing new to paint
            wait_until(lambda: bool(frames), "the keyboard to paint", 3)
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))


def open_register_form(window: KioskWindow) -> None:
    events = window.browse.events_screen
    wait_until(lambda: events.model.rowCount() > 0, "the events list")
    row = next(
        r for r in range(events.model.rowCount())
        if events.model.index(r, 0).data(Role.KEY) == EVENT
    )
    index = events.model.index(row, 0)
    events.view.scrollTo(index)
    QTest.mouseClick(
        events.view.viewport(), Qt.MouseButton.LeftButton,
        pos=events.view.visualRect(index).center(),
    )
    page = window.browse.event_screen

    def fresh_page() -> bool:
        details = page.details
        return (
            window.stack.currentWidget() is page and details is not None
            and not details.stale and page.primary.isEnabled()
        )

    wait_until(fresh_page, "the event page with fresh details")
    QTest.mouseClick(page.primary, Qt.MouseButton.LeftButton)
    form = window.registration.register_screen
    wait_until(lambda: window.stack.currentWidget() is form, "the form")


def drive(window: KioskWindow, out_dir: Path) -> dict[str, Any]:
    result: dict[str, Any] = {"screen": rect(QGuiApplication.primaryScreen().geometry())}
    # Nothing activates a new window on an X server without a window manager (a first
    # tap would); without an active window no widget has the focus.
    window.activateWindow()
    wait_until(lambda: QGuiApplication.focusWindow() is window.windowHandle(), "activation")
    result["window"] = rect(window.frameGeometry())

    open_register_form(window)
    form = window.registration.register_screen
    focused = QApplication.focusWidget()
    result["focus_after_open"] = focused.accessibleName() if focused is not None else None
    # Nothing is tapped: the focused first name alone must bring the keyboard up.
    try:
        wait_until(keyboard_settled, "the keyboard to show for the focused first name")
    except Timeout:
        result["shown_on_open"] = False
        tap(form.first_name)  # what a finger does
    else:
        result["shown_on_open"] = True

    edits = [q.edit for q in form._questions if q.edit is not None]
    fields = {"first_name": form.first_name, "email": form.email, "last": edits[-1]}
    result["last_field"] = edits[-1].accessibleName()
    result["fields"] = {}
    result["typed"] = {}
    for name, field in fields.items():
        result["fields"][name] = focus_and_settle(window, field)
        if name == "first_name":
            panel = panel_window()
            result["panel_window"] = (
                {"geometry": rect(panel.geometry()), "class": panel.metaObject().className()}
                if panel is not None else None
            )
        if name in ("first_name", "email"):
            result["typed"][name] = tap_key(field, "q")
            result["fields"][name]["at_key_shown"] = find_key("@") is not None
        screenshot(window, out_dir / f"keyboard-{name}.png")
    result["fields"]["tapped_low"] = tap_low_field(window, edits[-1])
    screenshot(window, out_dir / "keyboard-tapped_low.png")
    result["keyboard_visible"] = QGuiApplication.inputMethod().isVisible()
    hints = form.email.inputMethodHints()
    result["email_hints"] = hints.value
    result["email_only"] = bool(hints & Qt.InputMethodHint.ImhEmailCharactersOnly)
    return result


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])
    apply_theme(app)
    translator = QTranslator()
    translator.load("kiosk_en", str(resources_dir() / "translations"))
    app.installTranslator(translator)

    server = start_server(
        out_dir / "events.sqlite3", demo=True, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)]
    )
    client = EventsApiClient(server.base_url_v2, DEMO_TOKEN, DEMO_ORIGIN)
    outbox = Outbox(out_dir / "outbox.sqlite3")
    cache = CatalogCache(out_dir / "catalog.sqlite3")

    def clock() -> datetime:
        return datetime.now(UTC)

    runner = TaskRunner()
    window = KioskWindow(
        Catalog(client, clock, cache),
        RegistrationService(client, outbox, clock=clock),
        outbox, runner, WindowSettings(), clock,
    )
    result: dict[str, Any] = {"ok": False, "error": "the driver did not run"}

    def run() -> None:
        nonlocal result
        try:
            result = drive(window, out_dir)
            result["ok"] = True
        except Timeout as exc:
            result = {"ok": False, "error": str(exc)}
            QGuiApplication.primaryScreen().grabWindow(0).save(str(out_dir / "timeout.png"))
        finally:
            window.close_for_good()  # a plain close() is refused without the staff's say
            app.quit()

    try:
        window.showFullScreen()
        # No window manager runs on Xvfb to honour "full screen": cover the screen ourselves.
        window.setGeometry(QGuiApplication.primaryScreen().geometry())
        window.start()
        # Inside the event loop, as in the app (aboutToQuit closes the keyboard's window).
        QTimer.singleShot(0, run)
        app.exec()
    finally:
        runner.shutdown()
        cache.close()
        outbox.close()
        client.close()
        server.stop()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
