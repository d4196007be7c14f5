"""Times people read at a glance: relative days, the zone as people know it, one chip for
what is happening now. Every case runs against a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from kiosk.api.models import Event
from kiosk.services.availability import event_timing
from kiosk.services.catalog import EventSummary
from kiosk.ui import text
from kiosk.ui.models import EventListModel, Role
from kiosk.ui.screens.events import in_list_order

BERLIN = "(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
# Thursday 26 November 2026, 09:00 in Berlin (08:00 UTC; CET is UTC+1 in winter).
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def _event(
    start_utc: datetime,
    hours: float = 2,
    offset_h: float = 1,
    zone_name: str | None = BERLIN,
    code: int | None = 110,
    rid: str = "e",
) -> Event:
    offset = timedelta(hours=offset_h)
    end_utc = start_utc + timedelta(hours=hours)
    return Event.model_validate({
        "readableEventId": rid,
        "eventName": f"Event {rid}",
        "startDate": (start_utc + offset).replace(tzinfo=None).isoformat(),
        "endDate": (end_utc + offset).replace(tzinfo=None).isoformat(),
        "startDateUTC": start_utc.isoformat(),
        "endDateUTC": end_utc.isoformat(),
        "timeZone": code,
        "timeZoneName": zone_name,
    })


def _when(event: Event) -> str:
    return text.event_when(event, NOW)


def _timing(event: Event) -> str:
    return text.timing_text(event_timing(event, NOW))


def test_today_and_tomorrow_are_said_in_words(qapp: object) -> None:
    today = _event(datetime(2026, 11, 26, 13, 30, tzinfo=UTC))  # 14:30 in Berlin
    assert _when(today) == "Today, 14:30 – 16:30 CET"
    tomorrow = _event(datetime(2026, 11, 27, 13, 30, tzinfo=UTC))
    assert _when(tomorrow) == "Tomorrow, 14:30 – 16:30 CET"


def test_later_this_week_and_beyond_give_the_day_and_date(qapp: object) -> None:
    saturday = _event(datetime(2026, 11, 28, 8, 0, tzinfo=UTC))
    assert _when(saturday) == "Sat 28 Nov, 09:00 – 11:00 CET"
    december = _event(datetime(2026, 12, 3, 8, 0, tzinfo=UTC))
    assert _when(december) == "Thu 3 Dec, 09:00 – 11:00 CET"
    assert _timing(december) == ""  # no "Later" chip: the date line says when


def test_an_event_over_several_days_names_both_days(qapp: object) -> None:
    conference = _event(datetime(2026, 11, 26, 7, 0, tzinfo=UTC), hours=34)
    assert _when(conference) == "Today, 08:00 – Tomorrow, 18:00 CET"


def test_the_day_is_the_events_own_wall_clock_day(qapp: object) -> None:
    """At 23:30 UTC it is already tomorrow in Berlin: an event at 10:00 Berlin is today."""
    late = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)
    event = _event(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    assert text.event_when(event, late).startswith("Today, 10:00")


def test_what_is_happening_now_gets_a_chip(qapp: object) -> None:
    soon = _event(NOW + timedelta(minutes=20))
    assert _timing(soon) == "Starts in 20 min"
    started = _event(NOW - timedelta(minutes=30))
    assert _timing(started) == "On now"
    ended = _event(NOW - timedelta(hours=3))
    assert _timing(ended) == "Ended"
    later = _event(NOW + timedelta(hours=3))
    assert _timing(later) == ""
    assert "Later" not in _when(later)


@pytest.mark.parametrize(
    ("start", "offset_h", "zone_name", "code", "expected"),
    [
        (datetime(2026, 11, 26, 8, tzinfo=UTC), 1, BERLIN, 110, "CET"),
        # Summer time: the same label, the zone people see on their phones.
        (datetime(2026, 7, 2, 8, tzinfo=UTC), 2, BERLIN, 110, "CEST"),
        # Only the Dynamics code, no label: the code table's label has no city.
        (datetime(2026, 11, 26, 8, tzinfo=UTC), 1, None, 110, "UTC+1"),
        # A zone whose abbreviation is a number: the city.
        (datetime(2026, 7, 2, 8, tzinfo=UTC), 3, "(GMT+03:00) Istanbul", None, "Istanbul time"),
        (datetime(2026, 11, 26, 8, tzinfo=UTC), 5.5,
         "(GMT+05:30) Chennai, Kolkata, Mumbai, New Delhi", 190, "IST"),
        (datetime(2026, 11, 26, 8, tzinfo=UTC), -5,
         "(GMT-05:00) Eastern Time (US & Canada)", 35, "UTC\u22125"),
    ],
    ids=["winter", "summer", "code only", "city", "half hour", "no city"],
)
def test_the_zone_is_said_as_people_know_it(
    qapp: object, start: datetime, offset_h: float, zone_name: str | None, code: int | None,
    expected: str,
) -> None:
    event = _event(start, offset_h=offset_h, zone_name=zone_name, code=code)
    assert text.zone_text(event) == expected
    assert "GMT" not in text.event_when(event, NOW)


def test_day_and_month_names_come_from_the_locale(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        event = _event(datetime(2026, 12, 3, 8, 0, tzinfo=UTC))
        assert text.event_when(event, NOW).startswith("Do. 3 Dez")
    finally:
        QLocale.setDefault(previous)


def test_ended_events_come_last_and_say_so_once(qapp: object) -> None:
    ended = EventSummary(_event(NOW - timedelta(hours=5), rid="ended"), 1)
    now_on = EventSummary(_event(NOW - timedelta(minutes=10), rid="on"), 1)
    later = EventSummary(_event(NOW + timedelta(days=2), rid="later"), 1)
    ordered = in_list_order([ended, now_on, later], NOW)
    assert [s.readable_id for s in ordered] == ["on", "later", "ended"]

    model = EventListModel()
    model.now = NOW
    model.replace(ordered)
    last = model.index(2)
    assert last.data(Role.TIMING) == "Ended"
    assert last.data(Role.AVAILABILITY) == ""  # not "Ended" and "Event has ended"


def test_each_text_takes_its_own_direction() -> None:
    assert text.direction("محمد العلي") is Qt.LayoutDirection.RightToLeft
    assert text.direction("שרה כהן and friends") is Qt.LayoutDirection.RightToLeft
    assert text.direction("Talk with محمد العلي") is Qt.LayoutDirection.LeftToRight
    assert text.direction("2026: עברית") is Qt.LayoutDirection.RightToLeft


def test_a_long_unbroken_run_gets_break_chances_and_short_words_do_not() -> None:
    url = "https://example.org/" + "a" * 300
    broken = text.breakable(f"See {url} now")
    assert broken.replace(text.ZERO_WIDTH_SPACE, "") == f"See {url} now"
    assert max(len(part) for part in broken.replace(text.ZERO_WIDTH_SPACE, " ").split()) <= 12
    assert text.breakable("Opening Keynote: Building Trust") == "Opening Keynote: Building Trust"


def test_the_zones_read_from_the_folder_are_the_ones_zoneinfo_knows() -> None:
    """The fast listing (file names, no file opened) finds every regional zone that
    zoneinfo's own list has, and nothing that zoneinfo would not open."""
    import zoneinfo

    known = {zone_id for zone_id in zoneinfo.available_timezones()
             if "/" in zone_id and zone_id.split("/", 1)[0] not in text._NOT_PLACES}
    listed = text._zone_ids()
    assert known <= listed
    for zone_id in listed - known:  # a name only: ZoneInfo must refuse it
        with pytest.raises((zoneinfo.ZoneInfoNotFoundError, ValueError)):
            zoneinfo.ZoneInfo(zone_id)
