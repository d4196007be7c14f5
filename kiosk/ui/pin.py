"""The staff PIN: kept only as a salted scrypt hash, compared in constant time, and locked
out with a growing delay after repeated wrong tries.

The lockout is kept in a small file in the data folder, so restarting the kiosk does not
give a guesser fresh tries. No Qt here: ``kiosk set-pin`` uses it too.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.ui.private_file import write_private

log = logging.getLogger(__name__)

# About 60 ms and 16 MiB per check on the reference kiosk (2 cores): slow enough to make
# an offline search of a stolen settings file costly, fast enough for a staff member.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_SALT_BYTES = 16
_HASH_BYTES = 32
_MAX_MEMORY = 128 * 1024 * 1024

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 12
FREE_TRIES = 5  # wrong PINs before the pad locks
FIRST_DELAY_S = 30.0  # then 1 min, 2 min, 4 min... for each further wrong PIN
MAX_DELAY_S = 3600.0
LOCK_FILE = "staff-lock.json"


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN, or None when it can."""
    if not (pin.isascii() and pin.isdigit()):
        return "The PIN must be digits only."
    if not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
        return f"The PIN must have {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits."
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=length
    )


def hash_pin(pin: str) -> str:
    """``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>`` for ``pin``, with a fresh salt."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, _HASH_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


@dataclass(frozen=True)
class _ScryptHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def _parse_hash(stored: str) -> _ScryptHash:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise ValueError("expected scrypt$<n>$<r>$<p>$<salt>$<hash>")
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        raise ValueError("the numbers or the base64 parts are not readable") from None
    # Bounds keep a hand-edited file from asking for gigabytes or no work at all.
    if n < 2**10 or n > 2**20 or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16:
        raise ValueError("the scrypt parameters are out of range")
    if len(salt) < 8 or len(digest) < 16:
        raise ValueError("the salt or the hash is too short")
    return _ScryptHash(n, r, p, salt, digest)


def check_pin_hash(stored: str) -> None:
    """Raise ValueError (saying why) unless ``stored`` is a hash this module can check."""
    _parse_hash(stored)


@dataclass(frozen=True)
class StaffPin:
    """What a typed PIN is checked against: a hash, or (deprecated) the PIN in plain text."""

    hashed: str = ""
    plain: str = ""

    def __post_init__(self) -> None:
        if self.hashed:
            _parse_hash(self.hashed)
        elif not self.plain:
            raise ValueError("a staff PIN needs a hash or a plain PIN")

    def matches(self, pin: str) -> bool:
        if self.hashed:
            stored = _parse_hash(self.hashed)
            typed = _scrypt(pin, stored.salt, stored.n, stored.r, stored.p, len(stored.digest))
            return hmac.compare_digest(typed, stored.digest)
        return hmac.compare_digest(pin.encode("utf-8"), self.plain.encode("utf-8"))


class Verdict(enum.Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"  # not checked: too many wrong PINs, wait ``locked_for`` seconds


@dataclass(frozen=True)
class Attempt:
    verdict: Verdict
    failures: int = 0  # wrong PINs in a row, this one included
    locked_for: float = 0.0  # seconds until the next PIN is checked


def lock_delay(failures: int) -> float:
    """Seconds the pad stays locked after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(FIRST_DELAY_S * 2.0 ** min(failures - FREE_TRIES, 32), MAX_DELAY_S)


class StaffLock:
    """Checks staff PINs and counts wrong ones, in ``folder/staff-lock.json`` (mode 0600).

    Thread-safe: the check is slow on purpose, so the UI runs it off the GUI thread.
    ``clock`` is the wall clock (seconds since the epoch): a lock must outlast a restart.
    """

    def __init__(
        self,
        pin: StaffPin,
        folder: Path,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._pin = pin
        self._path = folder / LOCK_FILE
        self._clock = clock
        self._guard = threading.Lock()
        self._failures = 0
        self._locked_until = 0.0
        self._load()

    def locked_for(self) -> float:
        """Seconds until a PIN will be checked again; 0 when it is checked now."""
        with self._guard:
            return self._remaining()

    def attempt(self, pin: str) -> Attempt:
        """Check ``pin`` unless the pad is locked; a wrong one counts towards the lock."""
        with self._guard:
            remaining = self._remaining()
            if remaining > 0:
                return Attempt(Verdict.LOCKED, self._failures, remaining)
            if self._pin.matches(pin):
                if self._failures:
                    self._failures, self._locked_until = 0, 0.0
                    self._save()
                return Attempt(Verdict.ACCEPTED)
            self._failures += 1
            failures = self._failures
            delay = lock_delay(failures)
            self._locked_until = self._clock() + delay if delay else 0.0
            self._save()
        log.warning("wrong staff PIN (attempt %d)", failures)
        return Attempt(Verdict.WRONG, failures, delay)

    def _remaining(self) -> float:
        left = self._locked_until - self._clock()
        # A wall clock set back (NTP at boot) must not lock the pad for longer than the cap.
        return min(max(left, 0.0), lock_delay(self._failures))

    def _load(self) -> None:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            self._failures = max(int(data["failures"]), 0)
            self._locked_until = float(data["locked_until"])
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError, KeyError) as exc:
            # Unreadable: assume the worst recorded case rather than grant fresh tries.
            log.warning("staff lock file %s unreadable (%s); pad locked", self._path, exc)
            self._failures = FREE_TRIES
            self._locked_until = self._clock() + lock_delay(FREE_TRIES)

    def _save(self) -> None:
        data = json.dumps({"failures": self._failures, "locked_until": self._locked_until})
        try:
            write_private(self._path, data)
        except OSError as exc:
            # The count still holds until the kiosk restarts.
            log.warning("staff lock not saved in %s: %s", self._path, exc.strerror)
