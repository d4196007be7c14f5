"""Check-in codes: short, random, and easy to read aloud or type on a touchscreen.

Eight characters from Crockford's base32 alphabet less the digits 0 and 1 (Crockford
already drops I, L, O and U, so nothing left looks like anything else): 30 symbols and
30**8 (about 6.6e11) codes, so a guessed code is practically never valid. Codes come
from :mod:`secrets`, never from ``random``. The alphabet, and the reading of what a person
types (:func:`kiosk.api.codes.normalise_check_in_code`), live in :mod:`kiosk.api.codes`,
which the kiosk shares.
"""

from __future__ import annotations

import secrets

from kiosk.api.codes import CODE_ALPHABET as ALPHABET
from kiosk.api.codes import CODE_LENGTH as LENGTH


def new_code() -> str:
    """A fresh random code (the caller makes sure it is unused)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
