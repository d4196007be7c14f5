"""The print log prints each badge once, keeps what waits across restarts, logs reprints as
staff actions, and forgets names once a badge is printed or cancelled."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.services.badges import (
    FILE_NAME,
    PAPERS,
    BadgeData,
    BadgeKind,
    BadgeRecord,
    BadgeState,
    PrintLog,
    QueueState,
    load_template,
    paper_size,
    parse_lpstat,
)

RESOURCES = Path(__file__).parents[2] / "resources" / "badges"
CODE = "7KQ4M2ZP"


def _data(first: str = "Lena", code: str = CODE) -> BadgeData:
    return BadgeData(
        first_name=first, last_name="Vogt", company="Contoso", event_name="Summit",
        date_text="12 May 2026", band_label="Speaker", check_in_code=code,
    )


def _get(print_log: PrintLog, badge_id: str) -> BadgeRecord:
    record = print_log.get(badge_id)
    assert record is not None
    return record


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / FILE_NAME


@pytest.fixture
def print_log(path: Path):
    opened = PrintLog(path)
    yield opened
    opened.close()


def test_a_badge_queued_twice_is_printed_once(print_log: PrintLog) -> None:
    key = print_log.badge_key("reg-1", CODE)
    assert print_log.should_print(key)
    first = print_log.record_queued(key, _data(), "badges")
    assert first is not None
    assert not print_log.should_print(key)
    assert print_log.record_queued(key, _data(), "badges") is None
    assert [r.id for r in print_log.pending()] == [first.id]


def test_after_a_restart_the_badge_is_still_printed_once(path: Path) -> None:
    log = PrintLog(path)
    key = log.badge_key("reg-1", CODE)
    record = log.record_queued(key, _data(), "badges")
    assert record is not None
    log.record_sent(record.id, 41, "badges")
    log.close()
    again = PrintLog(path)
    try:
        assert not again.should_print(key)
        assert again.record_queued(key, _data(), "badges") is None
        assert again.pending() == []
        [printed] = again.history(key)
        assert (printed.state, printed.job_id) == (BadgeState.SENT, 41)
        assert printed.kind is BadgeKind.PRINT
    finally:
        again.close()


def test_waiting_badges_survive_a_restart_with_what_they_print(path: Path) -> None:
    log = PrintLog(path)
    record = log.record_queued(log.badge_key("reg-1", CODE), _data("Zoë 🎉"), "badges")
    assert record is not None
    log.record_failed(record.id, "stopped", attempted=False)
    log.close()
    again = PrintLog(path)
    try:
        [waiting] = again.pending()
        assert waiting.id == record.id
        assert waiting.data == _data("Zoë 🎉")
        assert (waiting.result, waiting.attempts) == ("stopped", 0)
    finally:
        again.close()


def test_a_reprint_is_printed_and_logged_as_a_staff_reprint(print_log: PrintLog) -> None:
    key = print_log.badge_key("reg-1", CODE)
    first = print_log.record_queued(key, _data(), "badges")
    assert first is not None
    print_log.record_sent(first.id, 7, "badges")
    reprint = print_log.mark_reprint(key, _data(), "badges")
    assert reprint.kind is BadgeKind.REPRINT
    assert [r.id for r in print_log.pending()] == [reprint.id]
    print_log.record_sent(reprint.id, 8, "badges")
    kinds = sorted((r.kind.value, r.job_id) for r in print_log.history(key))
    assert kinds == [("print", 7), ("reprint", 8)]
    # The automatic print stays claimed: a reprint does not open the door to another.
    assert print_log.record_queued(key, _data(), "badges") is None


def test_sent_and_cancelled_badges_keep_no_names(path: Path, print_log: PrintLog) -> None:
    sent = print_log.record_queued(print_log.badge_key("reg-1", CODE), _data("Hildegard"), "q")
    cancelled = print_log.record_queued(print_log.badge_key("reg-2", "ABCDEFGH"),
                                        _data("Wilhelmina"), "q")
    assert sent is not None
    assert cancelled is not None
    assert print_log.record_sent(sent.id, 3, "q")
    assert print_log.record_cancelled(cancelled.id)
    for record in (print_log.get(sent.id), print_log.get(cancelled.id)):
        assert record is not None
        assert record.data is None
    assert _get(print_log, cancelled.id).state is BadgeState.CANCELLED
    # Not in the table, not in the WAL, not in free pages.
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            raw = name.read_bytes()
            assert b"Hildegard" not in raw
            assert b"Wilhelmina" not in raw


def test_a_badge_sent_is_not_sent_or_cancelled_again(print_log: PrintLog) -> None:
    record = print_log.record_queued(print_log.badge_key("reg-1", CODE), _data(), "q")
    assert record is not None
    assert print_log.record_sent(record.id, 1, "q")
    assert not print_log.record_sent(record.id, 2, "q")
    assert not print_log.record_cancelled(record.id)
    assert _get(print_log, record.id).job_id == 1


def test_without_a_registration_id_the_key_is_a_salted_hash_of_the_code(
    print_log: PrintLog, path: Path
) -> None:
    key = print_log.badge_key(None, "7kq4-m2zp")
    assert key == print_log.badge_key(None, CODE)  # one normalisation with the check-in path
    assert CODE not in key
    assert key.startswith("code:")
    other = PrintLog(path.with_name("other.sqlite3"))
    try:
        assert other.badge_key(None, CODE) != key  # each kiosk has its own salt
    finally:
        other.close()
    assert print_log.badge_key("reg-9", CODE) == "reg:reg-9"


def test_the_file_is_private_and_in_wal_mode(print_log: PrintLog, path: Path) -> None:
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_no_names_or_codes_in_the_log_lines(
    print_log: PrintLog, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger="kiosk")
    record = print_log.record_queued(print_log.badge_key(None, CODE), _data("Hildegard"), "q")
    assert record is not None
    print_log.record_failed(record.id, "stopped")
    print_log.record_sent(record.id, 5, "q")
    assert caplog.records
    assert "Hildegard" not in caplog.text
    assert CODE not in caplog.text


def test_papers_named_and_custom() -> None:
    assert paper_size("A6") == PAPERS["a6"]
    assert paper_size("custom", 80, 50).landscape
    with pytest.raises(ValueError, match="width_mm"):
        paper_size("custom")
    with pytest.raises(ValueError, match="30 to 300"):
        paper_size("custom", 10, 50)
    with pytest.raises(ValueError, match="unknown paper"):
        paper_size("b5")


def test_the_shipped_templates_load() -> None:
    for name in ("default", "compact"):
        template = load_template(RESOURCES, name)
        assert template.landscape
        assert template.portrait


def _lpstat(stdout: str, returncode: int = 0, stderr: str = "") -> QueueState:
    result = subprocess.CompletedProcess(["lpstat"], returncode, stdout, stderr)
    return parse_lpstat("q", result).state


def test_lpstat_out_of_paper_is_trouble() -> None:
    """The one state the CUPS-PDF printer cannot be made to report: words as CUPS 2.4's
    lpstat prints them for a printer reporting media-empty-error."""
    text = (
        "q accepting requests since Mon 01 Jan 2026\n"
        "printer q now printing q-12.  enabled since Mon 01 Jan 2026\n"
        "\tMedia empty\n"
        "\tForm mounted:\n"
        "\tAlerts: media-empty-error media-low-report\n"
    )
    assert _lpstat(text) is QueueState.TROUBLE
    assert _lpstat("", 1, 'lpstat: Invalid destination name in list "q".') is QueueState.MISSING
    assert _lpstat("", 1, "lpstat: Scheduler is not running.") is QueueState.UNAVAILABLE


def test_badge_settings_from_the_file_and_the_environment(tmp_path: Path) -> None:
    """[badges] in kiosk.toml; KIOSK_BADGE_PRINTER wins, and set but empty switches printing
    off. (The settings live in kiosk/config.py; they are tested here with the papers.)"""
    from kiosk.config import SettingsError, load_settings

    settings = tmp_path / "kiosk.toml"
    settings.write_text(
        '[badges]\nprinter = "front-desk"\npaper = "custom"\nwidth_mm = 80\nheight_mm = 50\n'
        'template = "compact"\nprint_on = ["checkin", "registration"]\n',
        encoding="utf-8",
    )
    badges = load_settings(settings, environ={}).badges
    assert (badges.printer, badges.template, badges.print_on) == (
        "front-desk", "compact", ("checkin", "registration"))
    assert paper_size(badges.paper, badges.width_mm, badges.height_mm).width_mm == 80
    assert load_settings(settings, environ={"KIOSK_BADGE_PRINTER": "door-2"}).badges.printer \
        == "door-2"
    assert load_settings(settings, environ={"KIOSK_BADGE_PRINTER": ""}).badges.printer == ""
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    defaults = load_settings(tmp_path / "empty.toml", environ={}).badges
    assert (defaults.printer, defaults.paper, defaults.template, defaults.print_on) == (
        "", "", "default", ("checkin",))
    settings.write_text('[badges]\npaper = "b5"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="unknown paper"):
        load_settings(settings, environ={})
