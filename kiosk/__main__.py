"""``python -m kiosk``: the same as the ``kiosk`` command (and the bundle's entry point)."""

from __future__ import annotations

import sys

from kiosk.app import main

if __name__ == "__main__":
    sys.exit(main())
