"""The door: staff choose (behind the PIN) which event, and which session of it, this
kiosk checks people in for. The choice is kept in the data folder and overrides
``[screen] event``/``session`` until staff go back to the settings file's choice."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from kiosk.api.errors import ApiError
from kiosk.services.catalog import Catalog, EventDetails, EventsSnapshot
from kiosk.ui.door import DoorChoice, save_door
from kiosk.ui.flows.shell import NoticeLevel, NoticeSource, Shell

if TYPE_CHECKING:
    from kiosk.ui.screens.door import DoorScreen

log = logging.getLogger(__name__)


class DoorFlow(QObject):
    """The chooser: the catalog's last known events, then the picked event's agenda
    (loaded through the TaskRunner); the choice saved off the GUI thread.

    Signals:
        changed(str, str): the door is now this event (readable id; "": any event) and
            session (id; "": the whole event).
        left(): staff are done with the chooser (back to the staff view).
    """

    changed = Signal(str, str)
    left = Signal()

    def __init__(
        self,
        shell: Shell,
        catalog: Catalog,
        last_events: Callable[[], EventsSnapshot | None],
        folder: Path | None,
        settings_choice: DoorChoice,
        current: DoorChoice,
        parent: QObject | None = None,
    ) -> None:
        """``last_events``: the events list the browse flow last showed; ``folder``: the
        data folder (None: the choice lasts until the kiosk closes); ``settings_choice``:
        the settings file's; ``current``: the door now (staff's choice, or the settings')."""
        super().__init__(parent)
        self._shell = shell
        self._catalog = catalog
        self._last_events = last_events
        self._folder = folder
        self.settings_choice = settings_choice
        self.current = current
        self._generation = 0  # bumped on every reset and open; late agendas are dropped
        # The chooser's screen, built when staff first open it: staff only, it has no
        # place in an attendee kiosk's start or memory until then.
        self._screen: DoorScreen | None = None

    @property
    def screen(self) -> DoorScreen:
        """The chooser, built now if staff never opened it."""
        if self._screen is None:
            from kiosk.ui.screens.door import DoorScreen

            screen = self._screen = DoorScreen()
            self._shell.add_screen(screen)
            screen.back.connect(self.left)
            screen.event_picked.connect(self._on_screen_event_picked)
            screen.chosen.connect(self._on_screen_chosen)
            screen.cleared.connect(self._on_screen_cleared)
        return self._screen

    def shows(self, widget: QWidget | None) -> bool:
        """Whether ``widget`` is the chooser (never, while staff have not opened it)."""
        return self._screen is not None and widget is self._screen

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Nothing to load: the chooser lists the events when it opens."""

    def stop(self) -> None:
        """No timers."""

    def reset(self) -> None:
        self._generation += 1
        if self._screen is not None:
            self._screen.clear()

    # ------------------------------------------------------------------ the chooser

    @Slot()
    def open(self) -> None:
        """The events (the list the start screen shows, else the copy on disk)."""
        self._generation += 1
        generation = self._generation
        self.screen.clear()
        self._shell.show_screen(self.screen)
        snapshot = self._last_events()
        if snapshot is not None:
            self._on_events(generation, snapshot)
            return
        self._shell.runner.run(
            self._catalog.stored_events,
            lambda stored: self._on_events(generation, stored),
        )

    def _on_events(self, generation: int, snapshot: EventsSnapshot | None) -> None:
        if generation != self._generation:
            return
        events = [s.event for s in snapshot.events] if snapshot is not None else []
        self.screen.show_events(events, self.current.event)

    @Slot(str)
    def _on_screen_event_picked(self, readable_id: str) -> None:
        """The agenda: the copy on disk at once, then the live one."""
        generation = self._generation
        runner = self._shell.runner
        runner.run(
            lambda: self._catalog.stored_details(readable_id),
            lambda details: self._on_details(generation, details),
        )
        runner.run(
            lambda: self._catalog.load_event(readable_id),
            lambda details: self._on_details(generation, details),
            lambda error: self._on_details_failed(generation, readable_id, error),
        )

    def _on_details(self, generation: int, details: EventDetails | None) -> None:
        if details is None or generation != self._generation:
            return
        session = self.current.session if (
            details.event.readable_event_id == self.current.event) else ""
        self.screen.show_sessions(details.event, details.sessions, self._shell.clock(), session)

    def _on_details_failed(self, generation: int, readable_id: str, error: BaseException) -> None:
        log.info("agenda for the door chooser not loaded (%s)",
                 error.kind if isinstance(error, ApiError) else type(error).__name__)
        if generation != self._generation:
            return
        if self._catalog.cached_details(readable_id) is None:
            self.screen.show_sessions_failed(readable_id)

    @Slot(str, str)
    def _on_screen_chosen(self, readable_id: str, session_id: str) -> None:
        self._keep(DoorChoice(readable_id, session_id))

    @Slot()
    def _on_screen_cleared(self) -> None:
        self._keep(None)

    def _keep(self, choice: DoorChoice | None) -> None:
        """Switch the door at once; the file is written off the GUI thread."""
        door = choice if choice is not None else self.settings_choice
        self.current = door
        if choice is None:
            log.info("door: back to the settings file's choice (event %s, session %s)",
                     door.event or "-", door.session or "-")
        else:
            log.info("door chosen by staff: event %s, session %s",
                     door.event, door.session or "-")
        folder = self._folder
        if folder is not None:
            self._shell.runner.run(
                lambda: save_door(folder, choice), self._on_saved, self._on_save_failed
            )
        self.changed.emit(door.event, door.session)
        self.left.emit()

    def _on_saved(self, _: None) -> None:
        self._shell.clear_notice(NoticeSource.DOOR)

    def _on_save_failed(self, error: BaseException) -> None:
        log.warning("door choice not saved: %s", type(error).__name__)
        self._shell.show_notice(
            NoticeSource.DOOR,
            lambda: self.tr(
                "The door's event was changed, but it could not be saved on this kiosk: after "
                "a restart the settings file's event applies. Staff: check the data folder."
            ),
            NoticeLevel.WARNING,
        )
