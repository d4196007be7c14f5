"""Keyboard and switch operation: keys that act as a tap, and a focus that is never lost.

A switch device (one or two big buttons) sends Tab / Shift+Tab and Enter or Space, so
everything an attendee can tap must be reachable with Tab and pressed with Enter or Space:

- ``KeyActivation``, an application-wide event filter (the window installs it): Enter on
  the focused push button, check box or radio button presses it (Qt only does that for a
  dialog's default button); Enter or Space on a list of tappable items taps its current
  item, through the same ``clicked`` signal as a finger. Enter in a text field keeps its
  meaning (next field, next step), and Space in a field types a space.
- Tab in reading order: the order of a screen's layouts (a row laid out right to left in
  Arabic is read right to left), put in place when the screen is shown and again before
  each Tab (content built later, chips, questions moved between pages, joins in).
- ``first_control``: where the focus goes when a screen is shown or an overlay opens (the
  first stop of Tab inside it, never a text field, so the on-screen keyboard does not
  come up on a screen where the attendee did not ask to type).
- ``trap_tab``: Tab and Shift+Tab go round inside an overlay while it is open.

The focus ring of an item in a list is painted by its delegate (``paint_focus_ring`` in
``kiosk.ui.delegates``) in the palette's ``focus`` colour; widgets get theirs from the
style sheet (``:focus``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from kiosk.ui.theme import OUTLINE_WIDTHS, colour, px, theme

_ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_TEXT_ENTRY = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


def takes_tab(widget: QWidget) -> bool:
    """A stop of Tab now: shown, enabled and accepting the focus from the keyboard."""
    return (
        widget.isVisible() and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def tab_stops(container: QWidget) -> list[QWidget]:
    """The stops of Tab inside ``container``, in the order Tab visits them."""
    stops: list[QWidget] = []
    seen: set[int] = set()  # C++ addresses: a Python wrapper's id() may be reused
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        address = shiboken6.getCppPointer(widget)[0]
        if address in seen:
            break
        seen.add(address)
        if container.isAncestorOf(widget) and takes_tab(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def layout_stops(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container`` that take the focus from Tab, shown now or not, in
    the order of its layouts: the reading order as designed (a row laid out right to
    left in Arabic is read right to left). Widgets outside any layout are left out."""
    stops: list[QWidget] = []

    def visit(widget: QWidget) -> None:
        if widget is not container and widget.focusProxy() is None and bool(
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            stops.append(widget)
        inner = widget.widget() if isinstance(widget, QScrollArea) else None
        if inner is not None:
            visit(inner)
        elif (layout := widget.layout()) is not None:
            walk(layout)

    def walk(layout: QLayout) -> None:
        for number in range(layout.count()):
            item = layout.itemAt(number)
            if item is None:
                continue
            if (widget := item.widget()) is not None:
                visit(widget)
            elif (inner := item.layout()) is not None:
                walk(inner)

    visit(container)
    return stops


def chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each of ``widgets`` to the next, in this order. Pairs Tab already
    goes between are left alone: a chain in place costs next to nothing (each change
    walks Qt's whole focus chain)."""
    for before, after in pairwise(widgets):
        if _next_stop(before) is not after:
            QWidget.setTabOrder(before, after)


def _next_stop(widget: QWidget) -> QWidget | None:
    """The next widget after ``widget`` in the focus chain that accepts Tab (shown or
    not): where Tab goes from it, once hidden ones are skipped."""
    after = widget.nextInFocusChain()
    while after is not None and after is not widget and not (
            after.focusPolicy() & Qt.FocusPolicy.TabFocus):
        after = after.nextInFocusChain()
    return after


def first_control(container: QWidget) -> QWidget | None:
    """The first stop of Tab in ``container`` that is not a text field (focusing a field
    would bring up the on-screen keyboard unasked); None when there is none."""
    return next((w for w in tab_stops(container) if not isinstance(w, _TEXT_ENTRY)), None)


def give_focus(screen: QWidget) -> None:
    """After ``screen`` was shown: unless the screen placed the focus itself (a field the
    attendee asked to type in, the PIN field), its first control gets it, so a keyboard
    or switch user always knows where they are."""
    if not screen.isVisible():
        return
    chain(layout_stops(screen))
    focused = screen.window().focusWidget()
    if focused is not None and focused.isVisible() and (
            focused is screen or screen.isAncestorOf(focused)):
        return
    target = first_control(screen)
    if target is not None:
        target.setFocus(Qt.FocusReason.TabFocusReason)


def trap_tab(container: QWidget, forward: bool) -> bool:
    """Move the focus to the next (``forward``) or previous stop inside ``container``,
    round from the last to the first: Tab never leaves an open overlay. For a widget's
    ``focusNextPrevChild`` override; False when ``container`` has no stop."""
    stops = tab_stops(container)
    if not stops:
        return False
    focused = QApplication.focusWidget() or container.window().focusWidget()
    if focused in stops:
        at = stops.index(focused)
        target = stops[(at + (1 if forward else -1)) % len(stops)]
    else:
        target = stops[0] if forward else stops[-1]
    target.setFocus(
        Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    )
    return True


def paint_focus_ring(painter: QPainter, rect: QRectF, radius: float) -> None:
    """The keyboard focus on something a delegate paints (a card, a tile, a row): an
    outline in the palette's focus colour, as wide as a widget's focus outline, just
    inside ``rect`` (so a neighbour painted later cannot cover it)."""
    width = max(px(OUTLINE_WIDTHS[theme().contrast][1]), 2)
    half = width / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour("focus"), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = max(radius - half, 0.0)
    painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), inner, inner)
    painter.restore()


# The property the style sheet draws the focus outline on (``[keyFocus="true"]``): set on
# the focused widget while the keyboard or a switch is in use, so that a finger's tap
# leaves no outline on the button it pressed (the web's :focus-visible).
KEY_FOCUS = "keyFocus"
_POINTER = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})
_NAVIGATION = frozenset({
    Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left,
    Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space,
})


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class KeyActivation(QObject):
    """Install on the QApplication: Enter presses the focused button, Enter or Space taps
    the current item of a list (the same ``clicked`` as a tap); before Tab moves on, the
    screen on show (``screen()``) gets its reading order. The focused widget shows its
    outline from the first navigation key until the next tap (``KEY_FOCUS``)."""

    def __init__(
        self, parent: QObject | None = None, screen: Callable[[], QWidget | None] | None = None
    ) -> None:
        super().__init__(parent)
        self._screen = screen
        self.keys_in_use = False
        self._marked: QWidget | None = None

    def forget_keys(self) -> None:
        """As after a tap: no outline until the next navigation key (the idle reset: the
        next person may well use a finger)."""
        self.keys_in_use = False
        self._mark(None)

    def _mark(self, widget: QWidget | None) -> None:
        """The outline on ``widget`` (None: on nothing)."""
        marked = self._marked
        if marked is widget:
            return
        if marked is not None and shiboken6.isValid(marked):
            marked.setProperty(KEY_FOCUS, False)
            _restyle(marked)
        self._marked = widget
        if widget is not None:
            widget.setProperty(KEY_FOCUS, True)
            _restyle(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in _POINTER:
            if self.keys_in_use:
                self.forget_keys()
            return False
        if kind == QEvent.Type.FocusIn:
            if self.keys_in_use and watched is QApplication.focusWidget():
                self._mark(watched if isinstance(watched, QWidget) else None)
            return False
        if kind == QEvent.Type.FocusOut:
            if watched is self._marked:
                self._mark(None)
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False  # the event on its way up to a parent, or not a widget's
        key = event.key()
        # Only a real keyboard or switch (spontaneous events): the on-screen keyboard's
        # Enter, sent by the input method, belongs to a finger.
        if key in _NAVIGATION and not self.keys_in_use and event.spontaneous():
            self.keys_in_use = True
            self._mark(watched)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            shown = self._screen() if self._screen is not None else None
            if shown is not None and shown.isAncestorOf(watched):
                chain(layout_stops(shown))
            return False  # Qt moves the focus
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier or event.isAutoRepeat():
            return False
        if isinstance(watched, QAbstractButton) and key in _ENTER:
            if watched.isEnabled() and watched.isVisible():
                watched.click()
            return True
        if isinstance(watched, QAbstractItemView) and (
                key in _ENTER or key == Qt.Key.Key_Space):
            index = watched.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
                watched.clicked.emit(index)
            return True
        return False
