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

With ``WALKUP_LANGUAGE`` (``ar``, ``ja``, ...) the person first taps the language button
and picks the language by its own name, then types the name in that script on the
keyboard's layout for it (the e-mail address in Latin letters). With ``WALKUP_SHOTS=DIR``
the whole X screen is saved at every screen on the way (the keyboard up where it is).

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
from kiosk.ui.i18n import LANGUAGES
from kiosk.ui.keyboard import keyboard_state, panel_window
from kiosk.ui.language import LanguagePanel
from kiosk.ui.models import Role
from kiosk.ui.window import KioskWindow

KEY_S = 0.4  # between two keys of the on-screen keyboard
LOOK_S = 1.0  # reading and finding the next thing to tap
# How the person passes an optional text question they leave empty, with the keyboard up:
# the keyboard's Enter (a key), or Next on the screen (a tap). WALKUP_SKIP=next or enter.
SKIP_WITH_ENTER = os.environ.get("WALKUP_SKIP", "next") == "enter"
LANGUAGE = os.environ.get("WALKUP_LANGUAGE", "en")
SHOTS = Path(os.environ["WALKUP_SHOTS"]) if os.environ.get("WALKUP_SHOTS") else None
# What the person types (first name, last name, e-mail), in the script of the language.
NAMES = {
    "en": ("ada", "lovelace", "ada@example.org"),
    "ar": ("سارة", "حداد", "sara@example.org"),
}


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


def keyboard_locale() -> str:
    return str((keyboard_state() or {}).get("locale", ""))


def keyboard_settled() -> bool:
    method = QGuiApplication.inputMethod()
    return method.isVisible() and not method.isAnimating() and bool(shown_keys())


class Person:
    """Counts what a person does: taps besides typing, keys, swipes."""

    def __init__(self, window: KioskWindow) -> None:
        self.window = window
        self.shots: list[str] = []
        self.layouts: list[tuple[str, str]] = []  # the keyboard's layout where it was used
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

    def shot(self, name: str) -> None:
        """The screen as the person sees it now (only with ``WALKUP_SHOTS``)."""
        if SHOTS is None:
            return
        QTest.qWait(300)  # the keyboard's slide and the last paint settle
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{len(self.shots) + 1:02d}-{name}.png"
        screenshot(self.window, path)
        self.shots.append(path.name)

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
            self.tap(field, "a field")
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
    """The visible ``kind`` widgets of ``page`` in reading order (right to left in Arabic)."""
    found = [w for w in page.findChildren(kind) if w.isVisible()]
    sign = -1 if page.isRightToLeft() else 1
    found.sort(key=lambda w: (w.mapTo(page, QPoint()).y(), sign * w.mapTo(page, QPoint()).x()))
    return found


def answer_required_questions(person: Person, page: QWidget, required: list[str]) -> None:
    """The first answer (Yes, or the first option) of every required question on this
    step: a label with the question's text and the required mark."""
    for label in visible_in(page, QLabel):
        caption = label.text().rstrip(" *")
        if not label.text().endswith("*") or caption not in required:
            continue
        box = label.parentWidget()
        assert box is not None
        radios = visible_in(box, QRadioButton)
        buttons = [b for b in visible_in(box, QAbstractButton) if b.objectName() == "choice"]
        choices: list[QAbstractButton] = [*radios, *buttons]
        if choices and not choices[0].isChecked():
            person.tap(choices[0], f"answer to {caption}")


def walk_up(window: KioskWindow, out_dir: Path) -> dict[str, Any]:
    events = window.browse.events_screen
    wait_until(lambda: events.model.rowCount() > 0, "the events list")
    person = Person(window)
    started = time.monotonic()
    if LANGUAGE != "en":
        person.shot("events")
        person.tap(events.language_button, "the language button")
        panel = window.findChild(LanguagePanel)
        wait_until(lambda: panel is not None and panel.isVisible(), "the language panel")
        assert panel is not None
        person.shot("language-panel")
        person.tap(panel.buttons[LANGUAGE], f"{LANGUAGES[LANGUAGE]} in the panel")
        wait_until(lambda: not panel.isVisible(), "the panel to close")
        person.shot(f"events-{LANGUAGE}")

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
    person.shot("event-page")
    person.tap(page.primary, "Register")
    form = window.registration.register_screen
    wait_until(lambda: window.stack.currentWidget() is form, "the form")
    first, last, email = NAMES[LANGUAGE]
    typed = {form.first_name: first, form.last_name: last, form.email: email}
    field_names = {form.first_name: "first name", form.last_name: "last name",
                   form.email: "e-mail"}
    sent: list[str] = []
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
        edits = [e for e in visible_in(step_page, QLineEdit) if e in typed and not e.text()]
        for n, edit in enumerate(edits):
            if form.current_step() != number:
                break
            person.type_text(edit, typed[edit])
            person.layouts.append((field_names[edit], keyboard_locale()))
            if n == len(edits) - 1:
                person.shot(f"step{number + 1}-{kind}-typed")
            person.press("enter")  # the keyboard's Enter: the next field, then the next step
            QTest.qWait(50)
        if form.current_step() != number:
            continue
        person.shot(f"step{number + 1}-{kind}")
        if keyboard_settled():
            person.layouts.append((f"step {kind}", keyboard_locale()))
        optional = [e for e in visible_in(step_page, QLineEdit) if e not in typed]
        if SKIP_WITH_ENTER and optional and optional[0].hasFocus() and keyboard_settled():
            # Nothing to type here: the keyboard's Enter passes the field, as on a step typed.
            person.press("enter")
            QTest.qWait(50)
            if form.current_step() != number:
                continue
        answer_required_questions(person, step_page, required)
        if kind == "review":
            sent = [form.first_name.text(), form.last_name.text(), form.email.text()]
            if not form.consent.isChecked():
                person.tap(form.consent.check, "consent")
            person.tap(form.submit, "Register (submit)")
            wait_until(lambda: window.stack.currentWidget() is confirmation
                       or form.summary.isVisible(), "the confirmation")
            if window.stack.currentWidget() is not confirmation:
                raise Timeout(f"the form refused: {form.summary.text()}")
            person.shot("confirmation")
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
            "seconds": round(seconds, 1), "steps": steps, "log": person.log,
            "language": LANGUAGE, "shots": person.shots, "layouts": person.layouts,
            "sent": sent}


def main(argv: list[str]) -> int:
    result = run_kiosk(Path(argv[1]), walk_up)
    return 0 if result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
