"""Telling assistive technology what just changed on screen.

A screen reader reads what has the focus; a text that appears elsewhere (an error under a
field, the result of a submit or a scan, the "Still there?" countdown, the banner) would go
unnoticed by a blind attendee. ``announce(widget, text)`` hands the text to the platform's
accessibility bridge as an announcement (Qt's ``QAccessibleAnnouncementEvent``; on Linux
the AT-SPI ``object:announcement`` signal, which Orca speaks at once).

Each announcement is also emitted by ``announcements().announced`` inside the process (no
log: an announced text may hold an attendee's name), so tests can see what was said
without a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcements(QObject):
    """Signals:
    announced(str, bool): a text was announced (and whether it was urgent)."""

    announced = Signal(str, bool)


_announcements: Announcements | None = None


def announcements() -> Announcements:
    """The process's one announcer (created on first use, in the GUI thread)."""
    global _announcements
    if _announcements is None:
        _announcements = Announcements()
    return _announcements


def announce(widget: QWidget, *texts: str, urgent: bool = False) -> None:
    """Have assistive technology say each of ``texts`` (already translated; empty ones are
    skipped), in order, from ``widget``'s place in the tree. ``urgent`` (errors, the
    countdown) interrupts what is being read; otherwise each waits its turn."""
    politeness = (QAccessible.AnnouncementPoliteness.Assertive if urgent
                  else QAccessible.AnnouncementPoliteness.Polite)
    for text in texts:
        said = " ".join(text.split())
        if not said:
            continue
        event = QAccessibleAnnouncementEvent(widget, said)
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)
        announcements().announced.emit(said, urgent)
