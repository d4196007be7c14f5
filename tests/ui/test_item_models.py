"""Every item model passes Qt's model tester, and live updates are diffs, not resets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kiosk.api.models import Event, Session, Speaker, Sponsorship
from kiosk.services.catalog import EventDetails, EventSummary
from kiosk.services.outbox import Submission, SubmissionState
from kiosk.ui.models import (
    AgendaModel,
    EventListModel,
    Role,
    TrackFilter,
    agenda_rows,
    speaker_model,
    sponsor_model,
)
from kiosk.ui.screens.staff import QueueModel

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _event(rid: str, hours: int) -> Event:
    start = NOW + timedelta(hours=hours)
    return Event.model_validate(
        {
            "readableEventId": rid,
            "eventName": f"Event {rid}",
            "startDate": start.replace(tzinfo=None).isoformat(),
            "startDateUTC": start.isoformat(),
            "endDateUTC": (start + timedelta(hours=2)).isoformat(),
            "isCapacityRestricted": True,
            "maxCapacity": 10,
        }
    )


def _session(sid: str, day: int, hour: int) -> Session:
    start = datetime(2026, 11, 26 + day, hour, 0)
    return Session(id=sid, name=f"Session {sid}", start_time=start,
                   end_time=start + timedelta(hours=1))


def test_event_list_model_is_valid_and_updates_without_reset(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    model = EventListModel()
    model.set_now(NOW)
    model.replace([EventSummary(_event(r, h), 3) for r, h in (("a", 1), ("b", 2), ("c", 3))])
    qtmodeltester.check(model)
    assert model.index(0).data(Role.AVAILABILITY)

    with qtbot.assertNotEmitted(model.modelReset):
        model.replace([
            EventSummary(_event("a", 1), 9),
            EventSummary(_event("c", 3), 3),
            EventSummary(_event("d", 4), 0),
        ])
    assert [model.index(r).data(Role.KEY) for r in range(model.rowCount())] == ["a", "c", "d"]
    qtmodeltester.check(model)


def test_agenda_rows_are_grouped_by_day_and_ordered_by_time() -> None:
    rows = agenda_rows([_session("late", 0, 15), _session("next", 1, 9), _session("early", 0, 9)])
    shape = [(r.day.day if r.day else None, r.session.id if r.session else "header") for r in rows]
    assert shape == [(26, "header"), (26, "early"), (26, "late"), (27, "header"), (27, "next")]


def test_agenda_model_and_track_filter_are_valid(qtmodeltester: ModelTester) -> None:
    sessions = (_session("a", 0, 9), _session("b", 0, 11), _session("c", 1, 9))
    model = AgendaModel()
    model.set_details(EventDetails(event=_event("e", 1), sessions=sessions))
    qtmodeltester.check(model)
    proxy = TrackFilter()
    proxy.setSourceModel(model)
    proxy.set_track(frozenset({"c"}))
    qtmodeltester.check(proxy)
    kinds = [proxy.index(r, 0).data(Role.KIND) for r in range(proxy.rowCount())]
    keys = [proxy.index(r, 0).data(Role.KEY) for r in range(proxy.rowCount())]
    assert kinds == ["day", "session"]  # the first day's header went with its sessions
    assert keys[1] == "c"
    proxy.set_track(None)
    assert proxy.rowCount() == 5


@pytest.mark.parametrize("make", [speaker_model, sponsor_model])
def test_picture_models_are_valid(qtmodeltester: ModelTester, make: object) -> None:
    model = make()  # type: ignore[operator]
    items = (
        [Speaker(id="s1", name="Noor"), Speaker(id="s2", name="Lena")]
        if make is speaker_model
        else [Sponsorship(id="p1", sponsor_name="Contoso")]
    )
    model.replace(items)
    qtmodeltester.check(model)


@pytest.mark.parametrize("show_names", [True, False], ids=["unlocked", "no PIN"])
def test_queue_model_is_valid(qtmodeltester: ModelTester, show_names: bool) -> None:
    model = QueueModel(show_names=show_names)
    model.set_submissions([
        Submission("1", NOW, "e", "Event", None, SubmissionState.QUEUED, attempts=2,
                   last_error="unreachable"),
        Submission("2", NOW, "e", "Event", None, SubmissionState.REFUSED, attempts=1,
                   last_error="The event is full."),
    ])
    qtmodeltester.check(model)
    assert model.index(1, model.columns.index("reason")).data() == "The event is full."


def test_long_names_are_shortened_at_a_word_for_headings() -> None:
    from kiosk.ui.text import shortened

    name = "Fabrikam " + "Very Long Conference Name " * 20
    short = shortened(name)
    assert len(short) <= 110
    assert short.endswith("…")
    assert name.startswith(short[:-1])
    assert shortened("  Short   name ") == "Short name"


def test_big_pictures_are_scaled_down_when_decoded(qapp: object) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from kiosk.ui.flows.browse import PICTURE_MAX_SIDE, _decode

    photo = QImage(2000, 1500, QImage.Format.Format_RGB32)
    photo.fill(QColor("teal"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    photo.save(buffer, "JPEG")
    buffer.close()
    decoded = _decode(bytes(data.data()))
    assert decoded is not None
    assert (decoded.width(), decoded.height()) == (PICTURE_MAX_SIDE, PICTURE_MAX_SIDE * 3 // 4)
    assert _decode(b"not an image") is None


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "GIF", "WEBP"])
def test_every_picture_type_of_the_contract_is_decoded(qapp: object, kind: str) -> None:
    import io

    from PIL import Image

    from kiosk.ui.flows.browse import _decode

    data = io.BytesIO()
    Image.new("RGB", (40, 30), (0, 128, 128)).save(data, kind)
    decoded = _decode(data.getvalue())
    assert decoded is not None
    assert (decoded.width(), decoded.height()) == (40, 30)


def test_a_picture_of_another_type_is_not_handed_to_qt_to_guess(qapp: object) -> None:
    """An SVG (not a type the contract carries) gets the fallback tile. Left to guess, Qt's
    SVG reader connected a signal on the worker thread, which deadlocked against the GUI
    thread (``_decode``'s docstring)."""
    from kiosk.ui.flows.browse import _decode

    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
           b'<rect width="10" height="10" fill="red"/></svg>')
    assert _decode(svg) is None
