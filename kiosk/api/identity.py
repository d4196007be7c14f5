"""Who a person is: the one normalised form of an e-mail address that both sides match on.

The kiosk's duplicate check and the local server's contact matching call
:func:`email_key` and nothing else, so the two can never disagree about whether two
addresses are one person.

The form builds on email-validator's normalisation (Unicode NFC everywhere, the domain
lower-cased and written in Unicode, so ``xn--mller-kva.de`` and ``müller.de`` are one
domain) and lower-cases the part before the ``@`` with :meth:`str.lower`, as mail
providers and Dynamics' contact matching treat it case-insensitively. ``lower`` and not
``casefold``: casefolding maps ``ß`` to ``ss``, and ``straße@`` and ``strasse@`` are two
different mailboxes, so two different people.
"""

from __future__ import annotations

import unicodedata

EMAIL_MAX = 100  # contract §4.12: the sample portal's limit, enforced on both sides


def email_key(address: str) -> str | None:
    """The matching key of ``address``, or None when it is not a valid address.

    Syntax only (no DNS): a kiosk at a venue may well be offline, and DNS proves little.
    email-validator is imported with the first address (its tables take 20-60 ms to
    load), not with the modules of the kiosk's first screen.
    """
    from email_validator import EmailNotValidError, validate_email

    candidate = address.strip()
    if not candidate or len(candidate) > EMAIL_MAX:
        return None
    try:
        parsed = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError:
        return None
    local = unicodedata.normalize("NFC", parsed.local_part.lower())
    return f"{local}@{parsed.domain}"
