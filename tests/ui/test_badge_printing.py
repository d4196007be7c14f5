"""Badges through a real CUPS server to the CUPS-PDF virtual printer (`.ci/start-cups`):
the PDF that comes out has the names and a code that scans; a second check-in or a restart
prints nothing more; a paused, refusing, missing or vanished printer is reported to staff
within seconds while the badge waits, and it prints once when the queue is back.

Without CUPS these tests skip with the reason; under CI (CI=true) they fail instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pytestqt.qtbot import QtBot

from kiosk.app import main
from kiosk.services.badges import (
    FILE_NAME,
    PAPERS,
    BadgeData,
    BadgeKind,
    BadgeState,
    PrintLog,
    QueueState,
    QueueStatus,
    load_template,
    queue_names,
    queue_status,
    scheduler_running,
)
from kiosk.ui.badges import BadgePrinter, PrinterMonitor

RESOURCES = Path(__file__).parents[2] / "resources" / "badges"
CODE = "7KQ4M2ZP"
REPORTED_MS = 5000  # "within a few seconds": the monitor asks every 2 s
PRINTED_MS = 30000  # CUPS-PDF runs Ghostscript; a loaded 2-core machine is slow
NAMES = {
    "fifty": ("Maximiliana-Alexandrina Konstantinopoulou-Vanderbi", "Lee", "Contoso"),
    "arabic": ("عبد الرحمن", "الهاشمي", None),
    "cjk": ("花子", "山田", "株式会社コントソ"),
    "emoji": ("Zoë 🎉", "Müller", None),
}
_JOB_FILE = re.compile(r"(?:^|[-_])job_(\d+)(?:[-_.]|$)")
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the printing tests: {reason}")
    pytest.skip(reason)


def _pdf_dir_from_config() -> Path | None:
    try:
        text = Path("/etc/cups/cups-pdf.conf").read_text(encoding="utf-8")
    except OSError:
        return None
    match = re.search(r"^Out\s+(/\S+)\s*$", text, re.MULTILINE)
    return Path(match.group(1)) if match and "$" not in match.group(1) else None


@dataclass
class Cups:
    """The test queue, where its PDFs land, and the admin commands the tests use."""

    queue: str
    pdf_dir: Path
    model: str  # the queue .ci/start-cups made; its driver makes the others
    made: list[Path] = field(default_factory=list)

    def admin(self, *args: str) -> None:
        subprocess.run(args, check=True, capture_output=True, text=True, timeout=30)

    def completed(self, job_id: int, queue: str | None = None) -> bool:
        listing = subprocess.run(
            ["lpstat", "-W", "completed", "-o", queue or self.queue],
            capture_output=True, text=True, check=False, env=dict(os.environ, LC_ALL="C"),
        ).stdout
        return re.search(rf"^{re.escape(queue or self.queue)}-{job_id}\s", listing,
                         re.MULTILINE) is not None

    def pdfs_of(self, job_id: int) -> list[Path]:
        return [
            path for path in self.pdf_dir.glob("*.pdf")
            if (m := _JOB_FILE.search(path.stem)) and int(m.group(1)) == job_id
        ]

    def wait_for_pdf(self, qtbot: QtBot, job_id: int, queue: str | None = None) -> Path:
        """The job's PDF once CUPS reports the job completed (the file is whole then)."""
        qtbot.waitUntil(
            lambda: self.completed(job_id, queue) and bool(self.pdfs_of(job_id)),
            timeout=PRINTED_MS,
        )
        [pdf] = self.pdfs_of(job_id)
        self.made.append(pdf)
        return pdf


def _forget_queue(queue: str) -> None:
    subprocess.run(["lpadmin", "-x", queue], capture_output=True, check=False, timeout=30)


@pytest.fixture(scope="session")
def cups_session() -> Iterator[Cups]:
    """A queue of this test run's own, made like the CI queue (same CUPS-PDF driver and
    options), so that test runs sharing the machine do not pause each other's printer."""
    for tool in ("lp", "lpstat", "lpadmin", "cupsenable", "pdftoppm", "pdftotext"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is missing: run .ci/install-print-deps")
    if not scheduler_running():
        _unavailable("the CUPS scheduler is not running: run .ci/start-cups")
    model = os.environ.get("KIOSK_TEST_PRINTER", "kiosk-badges-pdf")
    if queue_status(model).state is QueueState.MISSING:
        _unavailable(f"no print queue {model}: run .ci/start-cups")
    configured = os.environ.get("KIOSK_TEST_PDF_DIR")
    pdf_dir = Path(configured) if configured else _pdf_dir_from_config()
    if pdf_dir is None or not pdf_dir.is_dir():
        _unavailable("CUPS-PDF's output folder is unknown: run .ci/start-cups")
    if os.geteuid() != 0:
        _unavailable("making, pausing and resuming queues needs root (CI runs as root)")
    assert pdf_dir is not None
    ours = re.compile(rf"^{re.escape(model)}-run(\d+)(?:-missing)?$")
    for stale in queue_names():  # left by test runs that were killed
        if (match := ours.match(stale)) and not Path(f"/proc/{match.group(1)}").exists():
            _forget_queue(stale)
    queue = f"{model}-run{os.getpid()}"
    subprocess.run(
        ["lpadmin", "-p", queue, "-v", "cups-pdf:/", "-P", f"/etc/cups/ppd/{model}.ppd",
         "-o", "pdftops-renderer-default=pdftocairo", "-E"],
        check=True, capture_output=True, timeout=30,
    )
    yield Cups(queue, pdf_dir, model)
    _forget_queue(queue)


@pytest.fixture
def cups(cups_session: Cups) -> Iterator[Cups]:
    """The queue enabled and accepting before and after each test; the PDFs made (names
    on them) removed."""
    cups_session.admin("cupsenable", cups_session.queue)
    cups_session.admin("cupsaccept", cups_session.queue)
    yield cups_session
    cups_session.admin("cupsenable", cups_session.queue)
    cups_session.admin("cupsaccept", cups_session.queue)
    for pdf in cups_session.made:
        pdf.unlink(missing_ok=True)
    cups_session.made.clear()


@dataclass
class Printers:
    """BadgePrinters on print logs in this test's folder, stopped at the end."""

    folder: Path
    running: list[tuple[BadgePrinter, PrintLog]] = field(default_factory=list)

    def start(self, queue: str, status: Callable[[str], QueueStatus] = queue_status,
              ) -> BadgePrinter:
        print_log = PrintLog(self.folder / FILE_NAME)
        printer = BadgePrinter(print_log, load_template(RESOURCES, "default"), PAPERS["4x3in"],
                               queue, status=status)
        self.running.append((printer, print_log))
        printer.start()
        return printer

    def stop(self, printer: BadgePrinter) -> None:
        for entry in list(self.running):
            if entry[0] is printer:
                printer.stop()
                entry[1].close()
                self.running.remove(entry)


@pytest.fixture
def printers(tmp_path: Path) -> Iterator[Printers]:
    made = Printers(tmp_path)
    yield made
    for printer, _ in list(made.running):
        made.stop(printer)


def badge(first: str = "Ada", last: str = "Lovelace", company: str | None = None) -> BadgeData:
    return BadgeData(first_name=first, last_name=last, company=company,
                     event_name="Contoso Summit 2026", date_text="12 May 2026",
                     band_label="Speaker", check_in_code=CODE)


def plain(text: str) -> str:
    """pdftotext's words comparable with the names: compatibility forms (Arabic
    presentation forms, CJK radicals) folded, direction marks and spaces dropped."""
    return "".join(unicodedata.normalize("NFKC", text).translate(_BIDI_MARKS).split())


def page_points(pdf: Path) -> tuple[int, int]:
    """The page as it shows (Ghostscript may store a landscape page turned, with /Rotate)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout, re.MULTILINE)
    turn = re.search(r"^Page rot:\s+(\d+)", info.stdout, re.MULTILINE)
    assert size is not None
    width, height = round(float(size.group(1))), round(float(size.group(2)))
    return (height, width) if turn and int(turn.group(1)) % 180 else (width, height)


def _page(pdf: Path, folder: Path) -> Image.Image:
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf),
                    str(folder / "page")], check=True, timeout=60)
    return Image.open(folder / "page.png").convert("L")


def _sent(qtbot: QtBot, printer: BadgePrinter, act: Callable[[], None]) -> tuple[str, int]:
    with qtbot.waitSignal(printer.sent, timeout=PRINTED_MS) as sent:
        act()
    badge_id, job_id = sent.args
    return badge_id, job_id


def _state(qtbot: QtBot, printer: BadgePrinter, state: QueueState) -> str:
    """Waits until the printer reports ``state`` and returns what staff are told."""
    seen: list[str] = []
    if printer.status is not None and printer.status.state is state:
        return printer.monitor.reason

    def check(new_state: str, reason: str) -> bool:
        seen.append(reason)
        return new_state == state.value

    with qtbot.waitSignal(printer.state_changed, timeout=REPORTED_MS, check_params_cb=check):
        pass
    return seen[-1]


@pytest.mark.parametrize("name", list(NAMES))
def test_a_badge_prints_with_its_names_and_a_code_that_scans(
    qtbot: QtBot, cups: Cups, printers: Printers, tmp_path: Path, name: str
) -> None:
    threads: list[bool] = []

    def watched(queue: str) -> QueueStatus:
        threads.append(threading.current_thread() is threading.main_thread())
        return queue_status(queue)

    printer = printers.start(cups.queue, status=watched)
    first, last, company = NAMES[name]
    _, job_id = _sent(qtbot, printer, lambda: printer.print_badge(f"reg-{name}",
                                                                   badge(first, last, company)))
    pdf = cups.wait_for_pdf(qtbot, job_id)
    assert page_points(pdf) == (288, 216)  # 4 x 3 in, not scaled to A4
    page = _page(pdf, tmp_path)
    [found] = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    assert found.text == CODE
    text = plain(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                text=True, check=True).stdout)
    for word in f"{first} {last} {company or ''}".split():
        if word.isprintable() and unicodedata.category(word[0]) != "So":  # emoji are pictures
            assert plain(word) in text or plain(word)[::-1] in text, word
    # Nothing clipped or moved onto the 4 mm margins by the print path.
    margin = round(4 / 25.4 * 200) - 2
    width, height = page.size
    for strip in ((0, 0, width, margin), (0, height - margin, width, height),
                  (0, 0, margin, height), (width - margin, 0, width, height)):
        assert page.crop(strip).getextrema()[0] >= 250, strip
    assert threads
    assert not any(threads), "CUPS was asked on the GUI thread"


def test_a_second_checkin_or_a_restart_prints_nothing_a_reprint_prints_again(
    qtbot: QtBot, cups: Cups, printers: Printers
) -> None:
    printer = printers.start(cups.queue)
    _, job_id = _sent(qtbot, printer, lambda: printer.print_badge("reg-1", badge()))
    with qtbot.waitSignal(printer.skipped, timeout=PRINTED_MS):
        printer.print_badge("reg-1", badge())
    printers.stop(printer)
    again = printers.start(cups.queue)
    with qtbot.waitSignal(again.skipped, timeout=PRINTED_MS):
        again.print_badge("reg-1", badge())
    _, reprint_job = _sent(qtbot, again, lambda: again.reprint("reg-1", badge()))
    assert reprint_job != job_id
    cups.wait_for_pdf(qtbot, job_id)
    cups.wait_for_pdf(qtbot, reprint_job)
    history = again.print_log.history(again.print_log.badge_key("reg-1", CODE))
    assert sorted((r.kind, r.state) for r in history) == [
        (BadgeKind.PRINT, BadgeState.SENT), (BadgeKind.REPRINT, BadgeState.SENT),
    ]


@pytest.mark.parametrize(
    ("stop", "resume", "state", "words"),
    [
        ("cupsdisable", "cupsenable", QueueState.STOPPED, "Paused by staff"),
        ("cupsreject", "cupsaccept", QueueState.REJECTING, "Closed for the night"),
    ],
)
def test_a_paused_or_refusing_queue_keeps_the_badge_until_it_is_back(
    qtbot: QtBot, cups: Cups, printers: Printers,
    stop: str, resume: str, state: QueueState, words: str,
) -> None:
    printer = printers.start(cups.queue)
    _state(qtbot, printer, QueueState.IDLE)
    cups.admin(stop, "-r", words, cups.queue)
    assert words in _state(qtbot, printer, state)
    with qtbot.waitSignal(printer.waiting, timeout=PRINTED_MS) as waiting:
        printer.print_badge("reg-2", badge("Grace", "Hopper"))
    assert words in waiting.args[1]
    [pending] = printer.print_log.pending()
    assert pending.data is not None
    assert pending.data.first_name == "Grace"
    sent: list[int] = []
    printer.sent.connect(lambda _badge, job: sent.append(job))
    # Check-ins go on meanwhile: a second badge waits too.
    with qtbot.waitSignal(printer.waiting, timeout=PRINTED_MS):
        printer.print_badge("reg-3", badge("Alan", "Turing"))
    with qtbot.waitSignal(printer.pending_changed, timeout=PRINTED_MS,
                          check_params_cb=lambda count: count == 0):
        cups.admin(resume, cups.queue)
    assert len(sent) == 2
    for job in sent:
        cups.wait_for_pdf(qtbot, job)
    # A staff retry now finds nothing to send: each badge printed once.
    with qtbot.waitSignal(printer.pending_changed, timeout=PRINTED_MS):
        printer.retry()
    assert len(sent) == 2
    assert [r.data for r in printer.print_log.history()] == [None, None]


def test_a_badge_waiting_at_a_restart_prints_once_when_the_queue_is_back(
    qtbot: QtBot, cups: Cups, printers: Printers
) -> None:
    cups.admin("cupsdisable", "-r", "Paused by staff", cups.queue)
    printer = printers.start(cups.queue)
    with qtbot.waitSignal(printer.waiting, timeout=PRINTED_MS):
        printer.print_badge("reg-7", badge())
    printers.stop(printer)  # the kiosk closes with the badge waiting
    cups.admin("cupsenable", cups.queue)
    again = printers.start(cups.queue)
    sent: list[int] = []
    again.sent.connect(lambda _badge, job: sent.append(job))
    qtbot.waitUntil(lambda: len(sent) == 1, timeout=PRINTED_MS)
    with qtbot.waitSignal(again.skipped, timeout=PRINTED_MS):
        again.print_badge("reg-7", badge())  # and the attendee scans again
    cups.wait_for_pdf(qtbot, sent[0])
    assert again.print_log.pending() == []
    assert len(sent) == 1


def test_a_printer_that_goes_away_mid_job_prints_the_badge_once_when_back(
    qtbot: QtBot, cups: Cups, printers: Printers
) -> None:
    """CUPS accepted the job, then the printer went away before printing it (the queue
    stopped): staff see it, and CUPS prints it when the queue is enabled again."""
    unplug = threading.Event()

    def then_unplug(queue: str) -> QueueStatus:
        status = queue_status(queue)
        if threading.current_thread().name.startswith("kiosk-badge-print") and unplug.is_set():
            unplug.clear()
            cups.admin("cupsdisable", "-r", "Printer unplugged", queue)
        return status

    printer = printers.start(cups.queue, status=then_unplug)
    _state(qtbot, printer, QueueState.IDLE)
    unplug.set()
    _, job_id = _sent(qtbot, printer, lambda: printer.print_badge("reg-4", badge()))
    assert "Printer unplugged" in _state(qtbot, printer, QueueState.STOPPED)
    assert not cups.completed(job_id)
    assert printer.print_log.pending() == []  # CUPS holds the job, not the kiosk
    cups.admin("cupsenable", cups.queue)
    cups.wait_for_pdf(qtbot, job_id)
    _state(qtbot, printer, QueueState.IDLE)
    assert len(cups.pdfs_of(job_id)) == 1


def test_a_job_cups_refuses_waits_with_cups_words_and_prints_later(
    qtbot: QtBot, cups: Cups, printers: Printers
) -> None:
    """The queue stops taking jobs between the check and ``lp``: CUPS's refusal is what
    staff read, the badge waits, and it prints once the queue takes jobs again."""
    close = threading.Event()

    def then_close(queue: str) -> QueueStatus:
        status = queue_status(queue)
        if threading.current_thread().name.startswith("kiosk-badge-print") and close.is_set():
            close.clear()
            cups.admin("cupsreject", "-r", "Closed", queue)
        return status

    printer = printers.start(cups.queue, status=then_close)
    _state(qtbot, printer, QueueState.IDLE)
    close.set()
    with qtbot.waitSignal(printer.waiting, timeout=PRINTED_MS) as waiting:
        printer.print_badge("reg-8", badge())
    assert "not accepting jobs" in waiting.args[1]
    [record] = printer.print_log.pending()
    assert record.attempts == 1
    assert record.result.startswith("CUPS refused it")
    _state(qtbot, printer, QueueState.REJECTING)
    with qtbot.waitSignal(printer.sent, timeout=PRINTED_MS) as sent:
        cups.admin("cupsaccept", cups.queue)
    cups.wait_for_pdf(qtbot, sent.args[1])
    assert printer.print_log.pending() == []


def test_a_missing_queue_is_reported_and_the_badge_prints_once_it_exists(
    qtbot: QtBot, cups: Cups, printers: Printers
) -> None:
    queue = f"{cups.queue}-missing"
    _forget_queue(queue)
    try:
        printer = printers.start(queue)
        assert queue in _state(qtbot, printer, QueueState.MISSING)
        with qtbot.waitSignal(printer.waiting, timeout=PRINTED_MS):
            printer.print_badge("reg-5", badge())
        assert len(printer.print_log.pending()) == 1
        with qtbot.waitSignal(printer.sent, timeout=PRINTED_MS) as sent:
            cups.admin("lpadmin", "-p", queue, "-v", "cups-pdf:/",
                       "-P", f"/etc/cups/ppd/{cups.model}.ppd", "-E")
        job_id = sent.args[1]
        cups.wait_for_pdf(qtbot, job_id, queue)
        assert printer.print_log.pending() == []
    finally:
        _forget_queue(queue)


def test_staff_cancel_a_waiting_badge_and_it_never_prints(
    qtbot: QtBot, cups: Cups, printers: Printers
) -> None:
    cups.admin("cupsdisable", "-r", "Out of labels", cups.queue)
    printer = printers.start(cups.queue)
    with qtbot.waitSignal(printer.waiting, timeout=PRINTED_MS) as waiting:
        printer.print_badge("reg-6", badge())
    badge_id = waiting.args[0]
    with qtbot.waitSignal(printer.cancelled, timeout=PRINTED_MS):
        printer.cancel(badge_id)
    record = printer.print_log.get(badge_id)
    assert record is not None
    assert (record.state, record.data) == (BadgeState.CANCELLED, None)
    sent: list[int] = []
    printer.sent.connect(lambda _badge, job: sent.append(job))
    cups.admin("cupsenable", cups.queue)
    _state(qtbot, printer, QueueState.IDLE)
    with qtbot.waitSignal(printer.pending_changed, timeout=PRINTED_MS):
        printer.retry()
    assert sent == []


def test_the_monitor_speaks_only_when_the_state_changes(qtbot: QtBot, cups: Cups) -> None:
    asked = 0

    def counting(queue: str) -> QueueStatus:
        nonlocal asked
        asked += 1
        return queue_status(queue)

    monitor = PrinterMonitor(cups.queue, 0.05, source=counting)
    said: list[tuple[str, str]] = []
    monitor.state_changed.connect(lambda state, reason: said.append((state, reason)))
    monitor.start()
    try:
        qtbot.waitUntil(lambda: asked >= 10, timeout=PRINTED_MS)
        assert said == [("idle", "")]
        cups.admin("cupsdisable", "-r", "Paused by staff", cups.queue)
        qtbot.waitUntil(lambda: len(said) == 2, timeout=REPORTED_MS)
        seen = asked
        qtbot.waitUntil(lambda: asked >= seen + 10, timeout=PRINTED_MS)
        assert said[1] == ("stopped", "The printer is stopped: Paused by staff")
        assert len(said) == 2
    finally:
        monitor.stop()


def test_kiosk_printers_lists_the_queues_with_their_state(
    cups: Cups, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text(f'[badges]\nprinter = "{cups.queue}"\n', encoding="utf-8")
    monkeypatch.delenv("KIOSK_BADGE_PRINTER", raising=False)
    cups.admin("cupsdisable", "-r", "Paused by staff", cups.queue)
    assert main(["printers", "--config", str(settings)]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if line.startswith(cups.queue + " ")]
    assert "stopped: Paused by staff" in line
    assert "[badges]" in line
    assert f'Badges print to "{cups.queue}"' in out
