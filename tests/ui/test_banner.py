"""One banner, several sources: the window shows the most urgent message and falls back
to the next one when it is withdrawn."""

from __future__ import annotations

from kiosk_harness import Kiosk
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _wait_for_events

from kiosk.ui.flows.shell import NoticeLevel, NoticeSource


def test_an_outbox_problem_outranks_a_configuration_error_which_outranks_offline(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    window, banner = kiosk.window, kiosk.window.banner
    _wait_for_events(kiosk, qtbot)
    qtbot.waitUntil(lambda: kiosk.runner.running == 0, timeout=TIMEOUT)  # no refresh on the way
    assert not banner.isVisible()

    window.show_notice(NoticeSource.CATALOG, "offline", NoticeLevel.WARNING)
    assert (banner.text(), banner.property("level")) == ("offline", "warning")
    window.show_notice(NoticeSource.OUTBOX, "cannot save", NoticeLevel.ERROR)
    assert (banner.text(), banner.property("level")) == ("cannot save", "error")
    window.show_notice(NoticeSource.CATALOG, "settings refused", NoticeLevel.ERROR)
    assert banner.text() == "cannot save"  # same level: the outbox is listed first

    window.clear_notice(NoticeSource.OUTBOX)
    assert (banner.text(), banner.property("level")) == ("settings refused", "error")
    window.clear_notice(NoticeSource.CATALOG)
    assert not banner.isVisible()
    assert banner.text() == ""
