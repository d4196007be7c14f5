"""Check-in codes: short, random, and easy to read aloud or type on a touchscreen.

Eight characters from Crockford's base32 alphabet less the digits 0 and 1 (Crockford
already drops I, L, O and U, so nothing left looks like anything else): 30 symbols and
30**8 (about 6.6e11) codes, so a guessed code is practically never valid. Codes come
from :mod:`secrets`, never from ``random``.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8


def new_code() -> str:
    """A fresh random code (the caller makes sure it is unused)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_code(text: str) -> str:
    """What a person typed, as stored: upper case, without spaces or dashes."""
    return "".join(ch for ch in text.upper() if ch not in " -\t")


def is_well_formed(code: str) -> bool:
    return len(code) == LENGTH and all(ch in ALPHABET for ch in code)
