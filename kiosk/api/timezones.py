"""Labels for Dynamics time-zone codes, as the sample portal shows them (contract §6).

``timeZoneName`` is the human label and wins when present; the code table is the
fallback for payloads that only carry ``timeZone``. The offsets ignore daylight saving,
exactly as the sample does.
"""

from __future__ import annotations

_OFFSETS: dict[str, tuple[int, ...]] = {
    "GMT-12:00": (0,),
    "GMT-08:00": (4, 5, 11),
    "GMT-07:00": (10, 12, 13, 15),
    "GMT-06:00": (20, 25, 33),
    "GMT-05:00": (35, 40, 45),
    "GMT+00:00": (85, 90),
    "GMT": (92,),
    "GMT+01:00": (95, 100, 105, 110, 113),
    "GMT+02:00": (115, 120, 125),
    "GMT+05:30": (190, 200),
    "GMT+08:00": (210, 215, 220),
    "GMT+09:00": (235, 240),
    "GMT+10:00": (255, 260, 265),
    "GMT+12:00": (285, 290, 295),
    "GMT+13:00": (300,),
}

_LABEL_BY_CODE = {code: label for label, codes in _OFFSETS.items() for code in codes}


def time_zone_label(code: int | None, name: str | None = None) -> str:
    """The label to print next to a local wall-clock time; "" when nothing is known."""
    if name and name.strip():
        return name.strip()
    if code is None:
        return ""
    return _LABEL_BY_CODE.get(code, "")


def short_time_zone_label(code: int | None, name: str | None = None) -> str:
    """A compact label ("GMT+01:00") for tight spaces such as cards and tables."""
    label = time_zone_label(code, name)
    if label.startswith("(") and ")" in label:
        return label[1 : label.index(")")]
    return label
