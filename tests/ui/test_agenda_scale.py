"""The event page's agenda at a big venue's size (issue 13, item 6): with 2,000 sessions the
rows at the top are in their places as soon as the page shows (a tap there finds its
session, no batches to wait for), scrolling reaches the last session, and coming back to
an event shows its agenda again."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk_harness import Kiosk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QListView
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _open_event
from test_sessions_picker import _synthetic

from kiosk.server.demo import CONFERENCE
from kiosk.ui.models import Role
from kiosk.ui.screens.event import EventScreen

SESSIONS = 2000


def _big_agenda(kiosk: Kiosk, qtbot: QtBot) -> EventScreen:
    """The conference's page at 1280x800, then handed a 2,000-session agenda as the
    catalog hands fresh details (``show_details``), with one turn of the event loop for
    the page to lay out and paint what it shows."""
    kiosk.window.resize(1280, 800)
    _open_event(kiosk, qtbot, CONFERENCE)
    page = kiosk.window.browse.event_screen
    assert page.details is not None
    big = _synthetic(page.details, SESSIONS)
    page.show_details(big, datetime.now(UTC))
    QApplication.processEvents()  # the one paint after the tap; no waiting for batches
    return page


def _row_under(view: QListView, point: QPoint) -> tuple[str, str]:
    index = view.indexAt(point)
    assert index.isValid(), f"no agenda row under {point}"
    return str(index.data(Role.KIND)), str(index.data(Role.KEY))


def test_the_first_rows_of_a_2000_session_agenda_are_in_place_when_the_page_shows(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    page = _big_agenda(kiosk, qtbot)
    view = page.agenda_view
    model = view.model()
    assert model.rowCount() > SESSIONS  # every session, plus the day headings
    # The top of the agenda is the first day's heading, the session under it the first
    # session of that day: a tap there finds it now, not after the whole list is measured.
    assert _row_under(view, QPoint(8, 8)) == ("day", str(model.index(0, 0).data(Role.KEY)))
    second = view.visualRect(model.index(1, 0))
    assert second.isValid()
    assert second.top() < view.viewport().height()
    assert _row_under(view, second.center()) == (
        "session", str(model.index(1, 0).data(Role.KEY)))
    # Rows are as tall as their titles need, and each starts where the one above ends.
    first = view.visualRect(model.index(0, 0))
    assert first.bottom() + 1 == second.top()
    assert second.height() > 0


def test_scrolling_a_2000_session_agenda_reaches_the_last_session(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    page = _big_agenda(kiosk, qtbot)
    view = page.agenda_view
    model = view.model()
    last = model.index(model.rowCount() - 1, 0)
    view.scrollToBottom()
    qtbot.waitUntil(
        lambda: view.visualRect(last).bottom() < view.viewport().height(), timeout=TIMEOUT)
    rect = view.visualRect(last)
    assert rect.top() >= 0
    # A tap on the last row finds the last session of the agenda, with its seats.
    kind, key = _row_under(view, rect.center())
    assert (kind, key) == ("session", str(last.data(Role.KEY)))
    assert key.startswith("synthetic-")
    # The row above it is the session before it in the agenda, right above.
    above = model.index(model.rowCount() - 2, 0)
    assert _row_under(view, QPoint(rect.center().x(), rect.top() - 2)) == (
        str(above.data(Role.KIND)), str(above.data(Role.KEY)))
    # Back at the top, the first heading is where it was.
    view.verticalScrollBar().setValue(0)
    assert _row_under(view, QPoint(8, 8)) == ("day", str(model.index(0, 0).data(Role.KEY)))


def test_coming_back_to_an_event_shows_its_agenda_again(kiosk: Kiosk, qtbot: QtBot) -> None:
    """The page shows an event, the attendee goes back to the list and taps the same event
    again: its agenda is there again (the details in memory), not an empty list."""
    kiosk.window.resize(1280, 800)
    _open_event(kiosk, qtbot, CONFERENCE)
    page = kiosk.window.browse.event_screen
    shown = page.agenda_view.model().rowCount()
    assert shown > 0
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert kiosk.window.stack.currentWidget() is kiosk.window.browse.events_screen
    _open_event(kiosk, qtbot, CONFERENCE)
    qtbot.waitUntil(lambda: page.agenda_view.model().rowCount() == shown, timeout=TIMEOUT)
    QApplication.processEvents()
    assert _row_under(page.agenda_view, QPoint(8, 8))[0] == "day"
