"""Crash-test driver: submits registrations or check-ins through the kiosk's service layer
until killed.

Run by ``test_faults_crash.py`` with ``sys.executable``; the test SIGKILLs it at random
points and starts it again. Usage::

    crash_driver.py submit OUTBOX ENDPOINT EVENT TOTAL   (token, origin in the environment)
    crash_driver.py checkin OUTBOX ENDPOINT EVENT CODES
    crash_driver.py drain OUTBOX ENDPOINT

``submit``: registration ``n`` is for ``crash.<n>@faults.example``. On start the driver
skips every ``n`` the outbox already holds (a kill may leave it queued; the drainer's
job), and submits the rest in order with ``RegistrationService.submit``. Each submission
id is printed on its own line *after* ``Outbox.add`` returned, i.e. once it is durable; a
kill before that may lose a submission nobody was told about, and the next run resubmits
it. The last line of a run that was not killed is ``done``.

``checkin``: the same with ``CheckInService.check_in`` for each code in the file CODES (one
a line), skipping the codes the outbox already holds.

``drain``: runs the real ``OutboxDrainer`` until the queue is empty, printing ``attempt``
after every delivery attempt (so the test can kill it in the middle of draining).
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from kiosk.api.client import EventsApiClient
from kiosk.services.catalog import Catalog
from kiosk.services.checkin import CheckInService
from kiosk.services.drainer import OutboxDrainer
from kiosk.services.outbox import Outbox, Submission
from kiosk.services.registration import RegistrationDraft, RegistrationService

_EMAIL = re.compile(r'"email":\s*"crash\.(\d+)@faults\.example"')
_CODE = re.compile(r'"checkInCode":\s*"(\w+)"')


def email(n: int) -> str:
    return f"crash.{n}@faults.example"


class PrintingOutbox(Outbox):
    """Says which submissions are durably stored, as soon as they are."""

    def add(self, *args: Any, **kwargs: Any) -> Submission:
        submission = super().add(*args, **kwargs)
        print(submission.id, flush=True)
        return submission


def _stored(path: Path, pattern: re.Pattern[str]) -> set[str]:
    """What ``pattern`` finds in the payloads the outbox already holds, in any state."""
    if not path.exists():
        return set()
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT payload FROM submissions").fetchall()
    return {m.group(1) for (payload,) in rows if (m := pattern.search(payload or ""))}


def stored_numbers(path: Path) -> set[int]:
    """Which registrations the outbox already holds, in any state."""
    return {int(n) for n in _stored(path, _EMAIL)}


def submit(outbox_path: Path, client: EventsApiClient, event: str, total: int) -> None:
    done = stored_numbers(outbox_path)
    outbox = PrintingOutbox(outbox_path)
    try:
        details = Catalog(client).load_event(event)
        service = RegistrationService(client, outbox)
        for n in range(total):
            if n in done:
                continue
            draft = RegistrationDraft(
                first_name="Crash", last_name=f"Test{n}", email=email(n), consent=True
            )
            service.submit(draft, details)
    finally:
        outbox.close()


def check_in(outbox_path: Path, client: EventsApiClient, event: str, codes: Path) -> None:
    done = _stored(outbox_path, _CODE)
    outbox = PrintingOutbox(outbox_path)
    try:
        service = CheckInService(client, outbox)
        for code in codes.read_text(encoding="utf-8").split():
            if code not in done:
                service.check_in(code, event)
    finally:
        outbox.close()


def drain(outbox_path: Path, client: EventsApiClient, timeout: float = 60.0) -> None:
    outbox = Outbox(outbox_path)
    drainer = OutboxDrainer(
        outbox,
        RegistrationService(client, outbox),
        checkin=CheckInService(client, outbox),
        base_delay=0.05,
        max_delay=0.5,
        idle_poll=0.05,
        on_change=lambda: print("attempt", flush=True),
    )
    drainer.start()
    try:
        deadline = time.monotonic() + timeout
        while outbox.queued_count()[0] and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        drainer.stop()
        outbox.close()


def main(argv: list[str]) -> int:
    mode, outbox_path, endpoint = argv[1], Path(argv[2]), argv[3]
    token, origin = os.environ["KIOSK_FAULT_TOKEN"], os.environ["KIOSK_FAULT_ORIGIN"]
    with EventsApiClient(
        endpoint, token, origin, connect_timeout=1.0, read_timeout=5.0
    ) as client:
        if mode == "submit":
            submit(outbox_path, client, argv[4], int(argv[5]))
        elif mode == "checkin":
            check_in(outbox_path, client, argv[4], Path(argv[5]))
        else:
            drain(outbox_path, client)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
