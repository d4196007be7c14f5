"""A first-time attendee's walk-up registration, on a real X display with the real
on-screen keyboard. Run by ``benchmarks/bench_walkup.py`` (which starts Xvfb and a
window manager)::

    DISPLAY=:N QT_QPA_PLATFORM=xcb python tests/e2e/walkup_driver.py OUT_DIR

It starts the local events server with the demo data on loopback, builds the kiosk as
``kiosk.app`` does (virtual keyboard first, the theme, English) full screen, and then
does what a person does: taps the main demo conference in the list, taps Register, and
fills each step. Text goes in key by key on Qt Virtual Keyboard (a tap in the keyboard's
own window per character, 0.4 s apart); the keyboard's Enter moves on where the form
allows it; required questions get a tap on their first answer; consent and Register
end it. Before every tap that is not typing the person takes 1 s to read and find the
target. A target that is not fully on screen above the keyboard costs a swipe (counted,
then scrolled into view as a finger would).

The last line on stdout is one JSON object: taps besides typing, keys typed, swipes,
seconds from the first tap until the confirmation shows, and the steps seen.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any, TypeVar

from display_kiosk import (
    Timeout,
    find_key,
    run_kiosk,
    screenshot,
    shown_keys,
    tap_key,
    wait_until,
)
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from kiosk.server.demo import CONFERENCE
from kiosk.ui.keyboard import panel_window
from kiosk.ui.models import Role
from kiosk.ui.window import KioskWindow

KEY_S = 0.4  # between two keys of the on-screen keyboard
LOOK_S = 1.0  # reading and finding the next thing to tap
# How the person passes an optional text question they leave empty, with the keyboard up:
# the keyboard's Enter (a key), or Next on the screen (a tap). WALKUP_SKIP=next or enter.
SKIP_WITH_ENTER = os.environ.get("WALKUP_SKIP", "next") == "enter"
TYPED = {"First name": "ada", "Last name": "lovelace", "E-mail": "ada@example.org"}


def pause(seconds: float) -> None:
    """The person's own time: the event loop keeps running meanwhile."""
    QTest.qWait(int(seconds * 1000))


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def keyboard_top() -> int:
    """Where the keyboard begins on the screen (the screen's bottom when it is down)."""
    method = QGuiApplication.inputMethod()
    panel = panel_window()
    if not method.isVisible() or panel is None:
        return QGuiApplication.primaryScreen().geometry().bottom() + 1
    return method.keyboardRectangle().toAlignedRect().translated(panel.position()).top()


def keyboard_settled() -> bool:
    method = QGuiApplication.inputMethod()
    return method.isVisible() and not method.isAnimating() and bool(shown_keys())


class Person:
    """Counts what a person does: taps besides typing, keys, swipes."""

    def __init__(self, window: KioskWindow) -> None:
        self.window = window
        self.taps = 0
        self.keys = 0
        self.swipes = 0
        self.layer_switches = 0  # "@" not on the e-mail keyboard's first layer
        self.log: list[str] = []

    def tap(self, widget: QWidget, what: str) -> None:
        pause(LOOK_S)
        self._bring_into_view(widget, what)
        self.taps += 1
        self.log.append(f"tap {what}")
        point = QPoint(widget.width() // 2, widget.height() // 2)
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QTest.mouseRelease(
            widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point, 60
        )

    def _bring_into_view(self, widget: QWidget, what: str) -> None:
        """Not fully on screen above the keyboard: the person swipes it into view."""
        if self._visible(widget):
            return
        self.swipes += 1
        self.log.append(f"swipe to {what}")
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 40)
        QTest.qWait(300)

    def _visible(self, widget: QWidget) -> bool:
        place = global_rect(widget)
        seen = global_rect(self.window).intersected(
            QRect(0, 0, 100_000, keyboard_top())
        )
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                seen = seen.intersected(global_rect(parent.viewport()))
            parent = parent.parentWidget()
        return seen.contains(place)

    def type_text(self, field: QLineEdit, words: str) -> None:
        if not field.hasFocus():
            self.tap(field, f"field {field.accessibleName()}")
        wait_until(keyboard_settled, "the keyboard")
        for char in words:
            if char == "@" and find_key("@") is None:
                # Not on the first layer: the person looks for it on the symbols layer.
                self.layer_switches += 1
                self.press("&123")
                self.press("@", field)
                self.press("abc")
                continue
            self.press(char, field)

    def press(self, label: str, field: QLineEdit | None = None) -> None:
        pause(KEY_S)
        wait_until(lambda: find_key(label) is not None, f"the keyboard's {label!r} key", 5)
        key = find_key(label)
        assert key is not None
        before = field.text() if field is not None else None
        tap_key(key)
        self.keys += 1
        if field is not None and label != "enter":
            wait_until(lambda: field.text() != before, f"{label!r} to arrive", 5)


W = TypeVar("W", bound=QWidget)


def visible_in(page: QWidget, kind: type[W]) -> list[W]:
    found = [w for w in page.findChildren(kind) if w.isVisible()]
    found.sort(key=lambda w: (w.mapTo(page, QPoint()).y(), w.mapTo(page, QPoint()).x()))
    return found


def answer_required_questions(person: Person, page: QWidget, required: list[str]) -> None:
    """The first answer of every required question on this step (a label ending "*")."""
    for label in visible_in(page, QLabel):
        caption = label.text().rstrip(" *")
        if not label.text().endswith("*") or caption not in required:
            continue
        box = label.parentWidget()
        assert box is not None
        radios = visible_in(box, QRadioButton)
        buttons = [b for b in visible_in(box, QAbstractButton) if b.text() == "Yes"]
        choices: list[QAbstractButton] = [*radios, *buttons]
        if choices and not choices[0].isChecked():
            person.tap(choices[0], f"answer to {caption}")


def walk_up(window: KioskWindow, out_dir: Path) -> dict[str, Any]:
    events = window.browse.events_screen
    wait_until(lambda: events.model.rowCount() > 0, "the events list")
    person = Person(window)
    started = time.monotonic()

    row = next(r for r in range(events.model.rowCount())
               if events.model.index(r, 0).data(Role.KEY) == CONFERENCE)
    index = events.model.index(row, 0)
    rect = events.view.visualRect(index)
    if not events.view.viewport().rect().contains(rect):
        person.swipes += 1
        events.view.scrollTo(index)
        rect = events.view.visualRect(index)
    pause(LOOK_S)
    person.taps += 1
    person.log.append("tap the event in the list")
    QTest.mouseClick(events.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.browse.event_screen
    wait_until(lambda: window.stack.currentWidget() is page and page.primary.isEnabled(),
               "the event page")
    person.tap(page.primary, "Register")
    form = window.registration.register_screen
    wait_until(lambda: window.stack.currentWidget() is form, "the form")
    details = form.details
    assert details is not None
    required = [f.text.strip() for f in details.fields if f.is_required]
    steps: list[str] = []
    confirmation = window.registration.confirmation_screen
    while window.stack.currentWidget() is not confirmation:
        kind = form.current_kind()
        steps.append(kind)
        if len(steps) > 15:
            raise Timeout(f"the form went round in circles: {steps}")
        number = form.current_step()
        step_page = form.pages.currentWidget()
        assert step_page is not None
        edits = [e for e in visible_in(step_page, QLineEdit)
                 if e.accessibleName() in TYPED and not e.text()]
        for edit in edits:
            if form.current_step() != number:
                break
            person.type_text(edit, TYPED[edit.accessibleName()])
            person.press("enter")  # the keyboard's Enter: the next field, then the next step
            QTest.qWait(50)
        if form.current_step() != number:
            continue
        optional = [e for e in visible_in(step_page, QLineEdit) if e.accessibleName() not in TYPED]
        if SKIP_WITH_ENTER and optional and optional[0].hasFocus() and keyboard_settled():
            # Nothing to type here: the keyboard's Enter passes the field, as on a step typed.
            person.press("enter")
            QTest.qWait(50)
            if form.current_step() != number:
                continue
        answer_required_questions(person, step_page, required)
        if kind == "review":
            if not form.consent.isChecked():
                person.tap(form.consent.check, "consent")
            person.tap(form.submit, "Register (submit)")
            wait_until(lambda: window.stack.currentWidget() is confirmation
                       or form.summary.isVisible(), "the confirmation")
            if window.stack.currentWidget() is not confirmation:
                raise Timeout(f"the form refused: {form.summary.text()}")
            break
        person.tap(form.next_button, f"Next ({kind})")
        wait_until(lambda n=number: form.current_step() != n  # type: ignore[misc]
                   or any(e.isVisible() and e.text() for e in form.findChildren(QLabel)
                          if e.objectName() == "fieldError"), "the next step")
        if form.current_step() == number:
            raise Timeout(f"step {kind} did not move on")
    seconds = time.monotonic() - started
    screenshot(window, out_dir / "walkup-end.png")
    return {"taps": person.taps, "keys": person.keys, "swipes": person.swipes,
            "layer_switches": person.layer_switches,
            "seconds": round(seconds, 1), "steps": steps, "log": person.log}


def main(argv: list[str]) -> int:
    result = run_kiosk(Path(argv[1]), walk_up)
    return 0 if result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
