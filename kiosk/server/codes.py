"""Check-in codes: short, random, and easy to read aloud or type on a touchscreen.

Eight characters from Crockford's base32 alphabet less the digits 0 and 1 (Crockford
already drops I, L, O and U, so nothing left looks like anything else): 30 symbols and
30**8 (about 6.6e11) codes, so a guessed code is practically never valid. Codes come
from :mod:`secrets`, never from ``random``. What a person types is read with
:func:`kiosk.api.codes.normalise_check_in_code`, which the kiosk shares.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8


def new_code() -> str:
    """A fresh random code (the caller makes sure it is unused)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def is_well_formed(code: str) -> bool:
    return len(code) == LENGTH and all(ch in ALPHABET for ch in code)
