"""Crash safety: a kiosk process killed with SIGKILL at random points loses nothing and
registers nobody twice.

A subprocess (``crash_driver.py``) runs the service layer and submits 200 registrations
to a real local events server (through a fault proxy that, now and then, refuses
connections so that submissions pile up in the queue). The test kills it at random
moments (in the middle of an outbox commit, of a POST, of marking a submission
delivered...) and starts it again until it has stored all 200; then kills a draining
driver a few times too. Finally, as a restarted kiosk would, the real drainer delivers
what was left queued. The server's database must hold 200 registrations for 200 distinct
e-mails, each from exactly one Idempotency-Key, and every submission the driver reported
as stored must be delivered.

Check-ins go through the same ordeal: 100 people registered earlier are checked in by a
driver killed at random points, then drained; the server records each once.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_proxy import FaultProxy
from faultkit import (
    EVENT,
    ORIGIN,
    TOKEN,
    Kiosk,
    check_in_rows,
    event_registration_total,
    key_count,
    read_only_db,
    registrations_for,
)

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, CheckInResult, CheckInStatus, RegistrationData
from kiosk.server.runner import RunningServer
from kiosk.services.outbox import SubmissionState

DRIVER = Path(__file__).with_name("crash_driver.py")
TOTAL = 200
KILLS = 6  # submitting runs killed, then DRAIN_KILLS draining runs
DRAIN_KILLS = 2
RUN_TIMEOUT = 60.0


class Driver:
    """One run of the driver, reading the ids it prints without blocking forever."""

    def __init__(
        self, mode: str, outbox: Path, endpoint: str, extra: tuple[str, ...] = ()
    ) -> None:
        env = {**os.environ, "KIOSK_FAULT_TOKEN": TOKEN, "KIOSK_FAULT_ORIGIN": ORIGIN}
        args = [str(DRIVER), mode, str(outbox), endpoint, *extra]
        if mode == "submit":
            args += [EVENT, str(TOTAL)]
        self.process = subprocess.Popen(
            [sys.executable, *args],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert self.process.stdout is not None
        self._fd = self.process.stdout.fileno()
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._fd, selectors.EVENT_READ)
        self._partial = b""
        self.lines: list[str] = []
        self.finished = False

    def read_lines(self, count: int, timeout: float) -> None:
        """Wait until ``count`` more lines came, the driver exited, or the timeout."""
        want = len(self.lines) + count
        deadline = time.monotonic() + timeout
        while len(self.lines) < want and not self.finished:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"the driver printed nothing for {timeout}s"
            if not self._selector.select(remaining):
                continue
            chunk = os.read(self._fd, 65536)
            if not chunk:
                self.finished = True
                break
            *complete, self._partial = (self._partial + chunk).split(b"\n")
            self.lines += [line.decode() for line in complete]

    def kill(self) -> None:
        """SIGKILL, unless it finished on its own (a drain may empty the queue first)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.close()
        assert self.process.returncode in (0, -signal.SIGKILL)

    def finish(self, timeout: float) -> None:
        while not self.finished:
            self.read_lines(1_000_000, timeout)
        self.close()
        assert self.process.returncode == 0
        assert self.lines[-1] == "done"
        self.lines.pop()

    def close(self) -> None:
        self.process.wait(timeout=10)
        self._selector.close()
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.mark.parametrize("seed", [11, 23, 37])
def test_sigkill_at_random_points_loses_nothing_and_duplicates_nothing(
    server: RunningServer, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    data_dir = tmp_path / "kiosk"
    data_dir.mkdir()
    outbox_path = data_dir / "outbox.sqlite3"
    printed: list[str] = []
    with FaultProxy(server.port) as proxy:
        endpoint = proxy.url_for(server.base_url_v2)
        for run in range(KILLS):
            driver = Driver("submit", outbox_path, endpoint)
            try:
                driver.read_lines(rng.randint(5, 20), RUN_TIMEOUT)
                if run % 2:
                    # The API goes away mid-run: what follows is stored and stays queued.
                    proxy.refuse()
                    driver.read_lines(rng.randint(5, 15), RUN_TIMEOUT)
                # A random kill point: somewhere in the next outbox write, POST or commit.
                time.sleep(rng.uniform(0.0, 0.004))
            finally:
                driver.kill()
                proxy.restore()
            assert "done" not in driver.lines
            printed += driver.lines
        driver = Driver("submit", outbox_path, endpoint)
        driver.finish(RUN_TIMEOUT)
        printed += driver.lines
        assert len(printed) == len(set(printed))
        for _ in range(DRAIN_KILLS):
            driver = Driver("drain", outbox_path, endpoint)
            try:
                driver.read_lines(rng.randint(1, 10), RUN_TIMEOUT)
                time.sleep(rng.uniform(0.0, 0.004))
            finally:
                driver.kill()

    # The restarted kiosk: its drainer delivers what the kills left queued. Through a
    # proxy without faults, so the wire shows which resends the server had already seen.
    with FaultProxy(server.port) as proxy, Kiosk(
        proxy.url_for(server.base_url_v2), data_dir, server
    ) as kiosk:
        left = kiosk.queued()
        kiosk.start_drainer()
        kiosk.wait_drained(timeout=30.0)
        rows = kiosk.outbox.undelivered()
        assert rows == [], [(s.id, s.state, s.last_error) for s in rows]
        stored = [kiosk.outbox.get(sid) for sid in printed]
        with read_only_db(kiosk.outbox.path) as outbox_db:
            total_stored = outbox_db.execute("SELECT COUNT(*) FROM submissions").fetchone()[0]
            delivered = outbox_db.execute(
                "SELECT COUNT(*) FROM submissions WHERE state = 'delivered'"
            ).fetchone()[0]
        posts = [e for e in proxy.exchanges if e.method == "POST"]
    replays = sum(e.replayed for e in posts)
    print(f"seed {seed}: {left} queued at restart, {replays} of them already on the server")
    # At most the one submission in flight at each kill was committed but not marked.
    assert replays <= KILLS + DRAIN_KILLS
    assert len(posts) == left

    # Every id reported as stored was delivered, exactly once.
    for submission in stored:
        assert submission is not None
        assert submission.state is SubmissionState.DELIVERED
        assert submission.payload is not None
        address = submission.payload.attendees[0].email
        registrations = registrations_for(server.db_path, address)
        assert len(registrations) == 1, address
        assert key_count(server.db_path, submission.id) == 1
        assert submission.result is not None
        (outcome,) = submission.result.attendees
        assert outcome.registration_id == registrations[0][0]
        assert not outcome.already_registered
    # Nothing delivered that was not stored, nothing stored that was not delivered.
    assert total_stored == delivered == TOTAL
    assert len(printed) <= TOTAL
    assert event_registration_total(server.db_path) == TOTAL
    with read_only_db(server.db_path) as conn:
        emails = conn.execute(
            "SELECT lower(c.email) FROM registrations r JOIN contacts c ON c.id = r.contact_id"
        ).fetchall()
        keys = conn.execute("SELECT COUNT(*) FROM idempotency_keys").fetchone()[0]
    assert len(emails) == len(set(emails)) == TOTAL
    assert {e for (e,) in emails} == {f"crash.{n}@faults.example" for n in range(TOTAL)}
    assert keys == TOTAL


# --------------------------------------------------------------------------- check-ins

CHECK_INS = 100


def _registered_codes(server: RunningServer, count: int) -> dict[str, str]:
    """``count`` people registered earlier, straight at the server: code -> registration id."""
    codes: dict[str, str] = {}
    with EventsApiClient(server.base_url_v2, TOKEN, ORIGIN) as elsewhere:
        for n in range(count):
            person = Attendee(first_name="Door", last_name=f"Guest{n}",
                              email=f"door.{n}@faults.example")
            (outcome,) = elsewhere.register(EVENT, RegistrationData(attendees=[person])).attendees
            assert outcome.check_in_code
            assert outcome.registration_id
            codes[outcome.check_in_code] = outcome.registration_id
    return codes


@pytest.mark.parametrize("seed", [5, 41])
def test_sigkill_while_checking_in_records_each_check_in_once(
    server: RunningServer, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    codes = _registered_codes(server, CHECK_INS)
    codes_file = tmp_path / "codes.txt"
    codes_file.write_text("\n".join(codes), encoding="utf-8")
    data_dir = tmp_path / "kiosk"
    data_dir.mkdir()
    outbox_path = data_dir / "outbox.sqlite3"
    printed: list[str] = []
    with FaultProxy(server.port) as proxy:
        endpoint = proxy.url_for(server.base_url_v2)
        for run in range(KILLS):
            driver = Driver("checkin", outbox_path, endpoint, (EVENT, str(codes_file)))
            try:
                driver.read_lines(rng.randint(3, 10), RUN_TIMEOUT)
                if run % 2:
                    proxy.refuse()  # offline: what follows is accepted and stays queued
                    driver.read_lines(rng.randint(3, 8), RUN_TIMEOUT)
                time.sleep(rng.uniform(0.0, 0.004))
            finally:
                driver.kill()
                proxy.restore()
            printed += driver.lines
        driver = Driver("checkin", outbox_path, endpoint, (EVENT, str(codes_file)))
        driver.finish(RUN_TIMEOUT)
        printed += driver.lines
        for _ in range(DRAIN_KILLS):
            driver = Driver("drain", outbox_path, endpoint)
            try:
                driver.read_lines(rng.randint(1, 5), RUN_TIMEOUT)
                time.sleep(rng.uniform(0.0, 0.004))
            finally:
                driver.kill()

    # The restarted kiosk's drainer delivers the rest, through a proxy without faults.
    with FaultProxy(server.port) as proxy, Kiosk(
        proxy.url_for(server.base_url_v2), data_dir, server
    ) as kiosk:
        left = kiosk.queued()
        kiosk.start_drainer()
        kiosk.wait_drained(timeout=30.0)
        assert kiosk.outbox.undelivered() == []
        with read_only_db(kiosk.outbox.path) as outbox_db:
            stored = outbox_db.execute(
                "SELECT id FROM submissions WHERE kind = 'checkin'"
            ).fetchall()
        submissions = [kiosk.outbox.get(sid) for (sid,) in stored]
        posts = [e for e in proxy.exchanges if e.method == "POST"]
    replays = sum(e.replayed for e in posts)
    print(f"seed {seed}: {left} queued at restart, {replays} of them already on the server")
    assert len(posts) == left
    assert replays <= KILLS + DRAIN_KILLS

    assert len(printed) == len(set(printed)) <= CHECK_INS
    assert set(printed) <= {s.id for s in submissions if s is not None}
    assert len(submissions) == CHECK_INS  # one submission per code, none lost
    checked_in: set[str] = set()
    for submission in submissions:
        assert submission is not None
        assert isinstance(submission.result, CheckInResult)
        # The first answer, replayed to a resend: nobody's check-in was a second one.
        assert submission.result.status == CheckInStatus.CHECKED_IN
        assert key_count(server.db_path, submission.id) == 1
        assert submission.result.registration_id is not None
        checked_in.add(submission.result.registration_id)
    assert checked_in == set(codes.values())
    assert check_in_rows(server.db_path) == CHECK_INS
