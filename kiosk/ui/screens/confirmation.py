"""The confirmation: what happened in plain words, the check-in QR code, and a countdown."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.services.images import QrMatrix
from kiosk.services.registration import SubmissionOutcome
from kiosk.ui.announce import announce
from kiosk.ui.i18n import say
from kiosk.ui.reach import reach_low
from kiosk.ui.theme import on_unit_changed, px, theme
from kiosk.ui.widgets import QrWidget, body_label, heading, primary_button, scale_margins


class ConfirmationScreen(QWidget):
    """The countdown runs only while the screen is shown: whatever takes its place (the
    staff view, the close prompt) is not pulled away when it runs out.

    Signals:
        done(): the attendee tapped Done or the countdown ran out.
    """

    done = Signal()

    def __init__(self, countdown_seconds: int = 20, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmationScreen")
        self.countdown_seconds = countdown_seconds
        self._remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)

        self.title = heading("", 1)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = body_label()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setObjectName("lead")
        self.who = body_label()
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QrWidget(self)
        say(self.qr.setAccessibleName, lambda: self.tr("Your check-in code as a QR code"))
        qr = self.qr
        # Smaller when the attendee chose larger text (still easy for a phone to read).
        on_unit_changed(qr, lambda: qr.setFixedSize(
            round(px(280) / theme().text_scale ** 0.5), round(px(280) / theme().text_scale ** 0.5)))
        self.code = body_label()
        self.code.setObjectName("checkInCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.countdown = body_label()
        self.countdown.setObjectName("muted")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = primary_button("", self)
        say(self.done_button.setText, lambda: self.tr("Done"))
        done = self.done_button
        on_unit_changed(done, lambda: done.setMinimumWidth(px(320)))
        self.done_button.clicked.connect(self._finish)

        layout = QVBoxLayout(self)
        scale_margins(layout, 48, 24, 48, 24, spacing=12)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.who)
        qr_row = QHBoxLayout()
        qr_row.addStretch(1)
        qr_row.addWidget(self.qr)
        qr_row.addStretch(1)
        layout.addLayout(qr_row)
        layout.addWidget(self.code)
        layout.addSpacing(16)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.done_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addWidget(self.countdown)
        layout.addStretch(1)

    def show_outcome(
        self,
        outcome: SubmissionOutcome,
        attendee_name: str,
        event_name: str,
        session_names: list[str],
        qr_matrix: QrMatrix,
    ) -> None:
        self.who.setText(f"{attendee_name}\n{event_name}")
        say(self.qr.setAccessibleDescription, str)  # the last person's code: gone
        if outcome.already_registered:
            # Whoever typed this e-mail may not be its owner: nothing of the earlier
            # registration (its code, waitlist, sessions) is shown, only where it went.
            say(self.title.setText, lambda: self.tr("You were already registered"))
            say(self.message.setText,
                lambda: self.tr("Your check-in code is in your confirmation e-mail."))
            self.qr.set_matrix(())
            self.qr.hide()
            say(self.code.setText, str)
            self.code.hide()
        else:
            self._show_new_outcome(outcome, session_names, qr_matrix)
        self._remaining = self.countdown_seconds
        self._show_remaining()
        self._timer.start()
        announce(self.title, self.title.text(), self.message.text())

    def _show_new_outcome(
        self, outcome: SubmissionOutcome, session_names: list[str], qr_matrix: QrMatrix
    ) -> None:
        """Only what is true: a check-in code for a seat the server gave; none for the
        waitlist (a waitlisted person cannot check in) nor for what is not yet sent."""
        show_code = not outcome.queued and not outcome.waitlisted

        def message() -> str:
            if outcome.queued:  # saved in the outbox, not yet accepted: no seat is claimed
                return self.tr(
                    "Your registration is saved on this kiosk and will be sent in a "
                    "moment. Your confirmation e-mail follows once it has gone through."
                )
            if outcome.waitlisted:
                return self.tr(
                    "You are on the waitlist. If a place becomes free, we will e-mail you. "
                    "You do not need to check in until then."
                )
            return self.tr("See you there!")

        def title() -> str:
            if outcome.queued:
                return self.tr("Your registration is saved")
            if outcome.waitlisted:
                return self.tr("You are on the waitlist")
            return self.tr("You are registered")

        say(self.title.setText, title)
        if session_names and not outcome.queued:
            names = list(session_names)
            say(self.message.setText, lambda: message() + "\n" + self.tr(
                "Waitlisted for: %1").replace("%1", QLocale().createSeparatedList(names)))
        else:
            say(self.message.setText, message)
        matrix = qr_matrix if show_code else ()
        self.qr.set_matrix(matrix)
        self.qr.setVisible(bool(matrix))
        code = outcome.check_in_code
        if show_code and code and matrix:
            say(self.code.setText,
                lambda: self.tr("Your check-in code: %1").replace("%1", code))
            say(self.qr.setAccessibleDescription,
                lambda: self.tr("Your check-in code: %1").replace("%1", code))
        elif show_code:
            say(self.code.setText,
                lambda: self.tr("Your confirmation e-mail has your check-in code."))
        else:
            say(self.code.setText, str)
        self.code.setVisible(bool(self.code.text()))

    @property
    def remaining(self) -> int:
        return self._remaining

    def stop(self) -> None:
        self._timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # Reach (kiosk.ui.reach): on a portrait kiosk it all sits low, Done within reach.
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(layout.count() - 1, 0 if reach_low(self) else 1)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        # Another screen replaced this one; a minimised window (spontaneous) counts on.
        if not event.spontaneous():
            self.stop()
        super().hideEvent(event)

    def _show_remaining(self) -> None:
        say(self.countdown.setText,
            lambda: self.tr("Back to the start in %Ln second(s)", None, self._remaining))

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._finish()
            return
        self._show_remaining()

    @Slot()
    def _finish(self) -> None:
        self._timer.stop()
        self.done.emit()
