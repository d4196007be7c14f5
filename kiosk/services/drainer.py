"""The outbox drainer: a background thread that delivers queued submissions, in order.

Registrations and check-ins share one queue per event; each is handed to the
:class:`Sender` of its kind (``RegistrationService``, ``CheckInService``).

Transient failures (network, timeout, 429, 5xx) back off exponentially with jitter,
about 1 s up to 30 s, honouring ``Retry-After``. While backing off, a cheap probe asks
whether the API answers again, so delivery resumes within a second or two of the API's
return rather than at the end of a long backoff. Each resend reuses the submission's
``Idempotency-Key``, so nobody is registered twice.

Each event's submissions go in order, but one the API keeps failing (it is "stuck", see
:data:`~kiosk.services.outbox.STUCK_AFTER_ATTEMPTS`) no longer holds up those behind it:
it is retried after them, on its own backoff of up to five minutes. It stays queued.

When the outbox cannot record results (a full disk, a read-only file), the drainer stops
sending, says so in :attr:`OutboxDrainer.outbox_problem`, checks the outbox every few
seconds and carries on by itself once it can write again.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from kiosk.api.client import EventsApiClient
from kiosk.api.errors import (
    ApiError,
    ApiTimeoutError,
    ApiUnreachableError,
    RateLimitedError,
    ServerError,
)
from kiosk.services.outbox import Outbox, OutboxError, Submission, SubmissionKind

log = logging.getLogger(__name__)


class Delivery(Protocol):
    """What one delivery attempt tells the drainer."""

    @property
    def queued(self) -> bool:
        """Still in the queue (a transient failure, or another thread is sending it)."""

    @property
    def error(self) -> ApiError | None:
        """Why it is still queued; None when another thread is sending it."""


class Sender(Protocol):
    """One delivery attempt of a stored submission, with its stored Idempotency-Key."""

    def send(self, submission: Submission) -> Delivery: ...


NO_SENDER = "no_sender"
"""``last_error`` of a submission this drainer has no sender for (a check-in, when the
drainer was built without ``checkin=``)."""

Probe = Callable[[str], bool]
"""Given the head submission's event id: True when the API answers at all."""


def api_probe(client: EventsApiClient) -> Probe:
    """A probe asking for the event's registration count: any answer but a transient
    failure means the API is back. Give it a client without GET retries, so one probe
    costs one quick request."""

    def answers(readable_event_id: str) -> bool:
        try:
            client.event_registration_count(readable_event_id)
        except ApiError as exc:
            return not exc.transient
        return True

    return answers

# Only a network failure is worth probing for. A 429 or 5xx came from an API that answers,
# so a probe would succeed and cut short the Retry-After (or backoff) it asked for.
_PROBED_FAILURES = frozenset({ApiUnreachableError.kind, ApiTimeoutError.kind})


class OutboxDrainer:
    """Sends what the outbox holds. ``on_change`` is called (from the drainer thread)
    after every delivery attempt and whenever :attr:`outbox_problem` changes, so the UI
    can refresh its status line and its staff banner."""

    def __init__(
        self,
        outbox: Outbox,
        registration: Sender,
        *,
        checkin: Sender | None = None,
        probe: Probe | None = None,
        base_delay: float = 1.0,
        max_delay: float = 30.0,
        probe_interval: float = 1.0,
        idle_poll: float = 5.0,
        stuck_max_delay: float = 300.0,
        health_interval: float = 5.0,
        on_change: Callable[[], None] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: random.Random | None = None,
    ) -> None:
        self._outbox = outbox
        self._senders: dict[SubmissionKind, Sender] = {SubmissionKind.REGISTRATION: registration}
        if checkin is not None:
            self._senders[SubmissionKind.CHECK_IN] = checkin
        self._probe = probe
        self._base = base_delay
        self._cap = max_delay
        self._probe_interval = probe_interval
        self._idle_poll = idle_poll
        self._stuck_cap = stuck_max_delay
        self._health_interval = health_interval
        self._on_change = on_change
        self._clock = clock
        self._rng = rng or random.Random()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._problem: str | None = None
        self.delivered = 0  # attempts that ended the submission's time in the queue

    # ------------------------------------------------------------------ control

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="kiosk-outbox", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        """Try now: something was queued, staff pressed "retry", or the API is back."""
        self._wake.set()

    def set_on_change(self, callback: Callable[[], None] | None) -> None:
        self._on_change = callback

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def outbox_problem(self) -> str | None:
        """Why the outbox cannot record results right now, for staff (sending is paused);
        None when it can."""
        return self._problem

    # ------------------------------------------------------------------ the loop

    def _run(self) -> None:
        log.info("outbox drainer started")
        while not self._stop.is_set():
            try:
                if self._problem is None:
                    self._step()
                else:
                    self._check_outbox()
            except OutboxError as exc:
                self._set_problem(exc.reason)
            except Exception:  # a bug must not stop delivery for good
                log.exception("outbox drainer step failed")
                self._sleep(self._base)
        log.info("outbox drainer stopped")

    def _step(self) -> None:
        now = self._clock()
        # One submission: parsing the whole queue for every delivery made draining quadratic.
        chosen = self._outbox.next_to_send(now)
        if chosen is None:
            self._failures = 0
            self._sleep(self._idle_poll)
            return
        stuck = chosen.is_stuck(now)
        # Bounded: a wall clock set back (NTP at boot) must not park the queue for hours.
        wait = min(self._seconds_until(chosen.next_attempt_at), self._bound(stuck))
        if wait > 0 and not self._wait_for_api(chosen, wait, stuck):
            return
        sender = self._senders.get(chosen.kind)
        if sender is None:
            # It stays queued, steps out of line once stuck, and shows staff why.
            log.error("no sender for %s submission %s", chosen.kind, chosen.id)
            now = self._clock()
            self._outbox.record_failed_attempt(chosen.id, NO_SENDER, now=now)
            self._outbox.schedule(chosen.id, now + timedelta(seconds=self._stuck_cap))
            self._notify()
            return
        # A send whose result cannot be recorded would only be sent again later.
        self._outbox.check_writable(durable=False)
        outcome = sender.send(chosen)
        self._notify()
        if outcome.queued and outcome.error is None:
            # Another thread (the screen's first attempt) is sending it right now.
            self._sleep(0.2)
            return
        if outcome.queued:
            if stuck:
                delay = self._delay_after(outcome, chosen.failures + 1, self._stuck_cap)
            else:
                self._failures += 1
                delay = self._delay_after(outcome, self._failures, self._cap)
            self._outbox.schedule(chosen.id, self._clock() + timedelta(seconds=delay))
            log.info(
                "submission %s still queued (%s%s); next try in %.1fs",
                chosen.id, outcome.error.kind if outcome.error else "?",
                ", stuck" if stuck else "", delay,
            )
        else:
            self._failures = 0
            self.delivered += 1

    def _bound(self, stuck: bool) -> float:
        return max(self._stuck_cap, self._cap * 4) if stuck else self._cap * 4

    def _delay_after(self, outcome: Delivery, failures: int, cap: float) -> float:
        error = outcome.error
        if isinstance(error, RateLimitedError | ServerError) and error.retry_after is not None:
            return float(min(max(error.retry_after, 0.0), max(cap, self._cap * 4)))
        ceiling = min(cap, self._base * 2.0 ** (failures - 1))
        # "Equal jitter": never less than half the backoff, never in lock-step with others.
        return ceiling / 2 + self._rng.uniform(0, ceiling / 2)

    def _wait_for_api(self, chosen: Submission, seconds: float, stuck: bool) -> bool:
        """Wait out a backoff, probing the API; True when it is time to send.

        Woken early (something was queued, staff pressed "retry", the API is back), a
        stuck submission gives way: the caller chooses again.
        """
        deadline = self._clock() + timedelta(seconds=seconds)
        probe = self._probe if chosen.last_error in _PROBED_FAILURES else None
        while not self._stop.is_set():
            remaining = (deadline - self._clock()).total_seconds()
            if remaining <= 0:
                return True
            woken = self._sleep(min(remaining, self._probe_interval))
            if woken:
                return not stuck
            if probe is not None and probe(chosen.readable_event_id):
                log.info("API answers again; resending now")
                return True
        return False

    def _check_outbox(self) -> None:
        """While the outbox cannot record results: look again every few seconds (sooner
        when woken); carry on once a real write works."""
        self._sleep(self._health_interval)
        if self._stop.is_set():
            return
        self._outbox.check_writable()
        log.info("the outbox records results again; sending resumes")
        self._problem = None
        self._notify()

    def _set_problem(self, reason: str) -> None:
        """Pause sending; one log line when the problem starts, none while it lasts."""
        if self._problem is None:
            log.error("the outbox cannot record results (%s); sending is paused", reason)
        if reason != self._problem:
            self._problem = reason
            self._notify()

    def _seconds_until(self, when: datetime | None) -> float:
        if when is None:
            return 0.0
        return (when - self._clock()).total_seconds()

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless woken or stopped; True when woken."""
        woken = self._wake.wait(seconds)
        self._wake.clear()
        return woken and not self._stop.is_set()

    def _notify(self) -> None:
        if self._on_change is not None:
            try:
                self._on_change()
            except Exception:
                log.exception("outbox change callback failed")
