"""Check-in codes as both sides read them: one alphabet, one normalisation, one hash.

The local server draws codes from :data:`CODE_ALPHABET` and matches typed and scanned
codes with :func:`normalise_check_in_code`; its offline check-in list carries
:func:`check_in_code_hash` of every code instead of the code. A kiosk checking people in
offline hashes what it scanned with the same functions, so the two sides can never
disagree about whether a code matches.
"""

from __future__ import annotations

import hashlib

# Crockford's base32 less 0 and 1 (it already drops I, L, O and U): nothing looks alike.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8

_IGNORED = frozenset(" -\t")


def normalise_check_in_code(text: str) -> str:
    """A typed or scanned code as stored: upper case, without spaces, tabs or dashes.

    Nothing else is mapped: the code alphabet has none of ``0 1 O I L U``, so no
    look-alike pair has a valid member to map to.
    """
    return "".join(ch for ch in text.upper() if ch not in _IGNORED)


def check_in_code_hash(salt: str, code: str) -> str:
    """Lower-case hex SHA-256 of the UTF-8 bytes of ``salt`` followed by the normalised code."""
    data = (salt + normalise_check_in_code(code)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def is_check_in_code(text: str) -> bool:
    """Whether ``text`` is a code as stored: :data:`CODE_LENGTH` characters of the alphabet."""
    return len(text) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in text)
