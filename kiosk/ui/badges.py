"""Name badges with Qt: painted with QPainter at the printer's resolution, printed to a
CUPS queue off the GUI thread, the queue watched for trouble.

The guarantee this file exists for: printer trouble never blocks the door. Rendering and
sending run on one print worker thread; a queue that is stopped, refusing jobs, reporting
an error or missing leaves the badge waiting in the print log (``PrintLog.pending``) and
says why; the badges waiting are sent, once each, when the queue is ready again.

Why ``lp`` and not QPrinter's native CUPS output: on Linux, Qt's CUPS engine also renders
a PDF and hands it to CUPS, but it never tells which job that became, nor why CUPS refused
it. Here QPrinter renders the PDF (at the queue's resolution, on the template's paper) and
``lp`` submits it: it returns once the scheduler has the job, with the job id, or at once
with CUPS's reason. The job id goes into the print log.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.services.badges import (
    BadgeData,
    BadgeRecord,
    BadgeTemplate,
    Block,
    Paper,
    PrintError,
    PrintLog,
    PrintLogError,
    QueueState,
    QueueStatus,
    TemplateError,
    queue_resolution,
    queue_status,
    submit_pdf,
)
from kiosk.services.images import qr_matrix
from kiosk.ui.text import translate

if TYPE_CHECKING:  # the renderer process imports this module: no more of the UI than needed
    from kiosk.ui.i18n import Text

log = logging.getLogger(__name__)

MM_PER_INCH = 25.4
QUIET_MODULES = 4  # qr_matrix includes this many light modules on each side
DEFAULT_DPI = 300
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}
_VALIGN = {
    "top": Qt.AlignmentFlag.AlignTop,
    "center": Qt.AlignmentFlag.AlignVCenter,
    "bottom": Qt.AlignmentFlag.AlignBottom,
}

# ----------------------------------------------------------------------------- rendering


def _band_colour(template: BadgeTemplate, data: BadgeData, paper: Paper) -> QColor:
    if data.band_colour:
        return QColor(data.band_colour)
    for block in template.blocks_for(paper):
        if block.kind == "band" and block.colour != "band":
            return QColor(block.colour)
    return QColor("#1A1A1A")


def _on(colour: QColor) -> QColor:
    """Text colour that reads on ``colour``: white on dark, near-black on light."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#FFFFFF") if luminance < 0.6 else QColor("#1A1A1A")


def _text_for(block: Block, data: BadgeData) -> str:
    text = {
        "first_name": data.first_name,
        "last_name": data.last_name,
        "full_name": f"{data.first_name} {data.last_name}",
        "company": data.company or "",
        "event": data.event_name,
        "date": data.date_text,
        "band": data.band_label,
    }.get(block.kind, "")
    text = " ".join(text.split())
    return text.upper() if block.uppercase else text


def _fitted_font(
    painter: QPainter, base: QFont, text: str, rect: QRectF, lines: int, flags: int,
    largest_pt: float,
) -> QFont:
    """The largest point size (up to ``largest_pt``) at which ``text`` fits ``rect`` on at
    most ``lines`` lines: a binary search, so long names shrink and never get elided or
    clipped."""
    font = QFont(base)
    device = painter.device()

    def fits(size: float) -> bool:
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font, device)
        needed = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, text)
        return (
            needed.width() <= rect.width() + 0.5
            and needed.height() <= rect.height() + 0.5
            and round(needed.height() / metrics.lineSpacing()) <= lines
        )

    # No font is larger than its block is high (in points at this resolution).
    high = min(largest_pt, rect.height() * 72.0 / device.logicalDpiY())
    low = 0.5
    if fits(high):
        return font
    for _ in range(14):  # to about 0.01 pt
        middle = (low + high) / 2
        if fits(middle):
            low = middle
        else:
            high = middle
    font.setPointSizeF(low)
    return font


def _draw_text(
    painter: QPainter, base: QFont, block: Block, rect: QRectF, text: str, colour: QColor,
    scale: float,
) -> None:
    if not text:
        return
    flags = int(_ALIGN[block.align] | _VALIGN[block.valign] | Qt.AlignmentFlag.AlignAbsolute)
    if block.lines > 1:
        flags |= int(Qt.TextFlag.TextWordWrap)
    font = QFont(base)
    font.setBold(block.bold)
    painter.setFont(
        _fitted_font(painter, font, text, rect, block.lines, flags, block.max_pt * scale)
    )
    painter.setPen(colour)
    # Never clipped: were a name ever to overflow, it would show (and the tests see it).
    painter.drawText(rect, flags | int(Qt.TextFlag.TextDontClip), text)


def _draw_qr(painter: QPainter, block: Block, rect: QRectF, code: str, dpi: float) -> None:
    """The code as whole-pixel modules (crisp at the printer's dots) with its quiet zone;
    TemplateError when the symbol would be smaller than ``block.min_mm``."""
    matrix = qr_matrix(code)
    count = len(matrix)
    module = math.floor(min(rect.width(), rect.height()) / count)
    symbol_mm = (count - 2 * QUIET_MODULES) * module / dpi * MM_PER_INCH
    if module < 1 or symbol_mm < block.min_mm - 1e-6:
        raise TemplateError(
            f"the QR code would be {symbol_mm:.1f} mm wide, less than {block.min_mm:g} mm: "
            "the template's qr block is too small for this paper"
        )
    side = count * module
    left = {"left": rect.left(), "center": rect.center().x() - side / 2,
            "right": rect.right() - side}[block.align]
    top = {"top": rect.top(), "center": rect.center().y() - side / 2,
           "bottom": rect.bottom() - side}[block.valign]
    left, top = round(left), round(top)
    painter.fillRect(QRectF(left, top, side, side), QColor("#FFFFFF"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#000000"))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for y, row in enumerate(matrix):
        x = 0
        while x < count:  # one rectangle per run of dark modules
            if not row[x]:
                x += 1
                continue
            start = x
            while x < count and row[x]:
                x += 1
            painter.drawRect(QRectF(left + start * module, top + y * module,
                                    (x - start) * module, module))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def render_badge(
    painter: QPainter, template: BadgeTemplate, data: BadgeData, paper: Paper
) -> None:
    """Paint one badge with ``painter``, whose device is the badge's page at its own
    resolution (a QPrinter, or an image from :func:`render_badge_image`).

    Blocks are fractions of the area inside the margins; a block's ``max_pt`` is for the
    template's own paper and grows or shrinks with the page's shorter side on another.
    """
    dpi = float(painter.device().logicalDpiY())
    design = template.default_paper()
    scale = min(paper.width_mm, paper.height_mm) / min(design.width_mm, design.height_mm)
    px = dpi / MM_PER_INCH
    page = QRectF(0, 0, paper.width_mm * px, paper.height_mm * px)
    margin = template.margins_mm * px
    area = page.adjusted(margin, margin, -margin, -margin)
    band = _band_colour(template, data, paper)
    base = QFont()
    base.setFamilies(list(template.fonts))
    base.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
    )
    painter.fillRect(page, QColor(template.background))
    for block in template.blocks_for(paper):
        x, y, w, h = block.rect
        rect = QRectF(area.left() + x * area.width(), area.top() + y * area.height(),
                      w * area.width(), h * area.height())
        colour = band if block.colour == "band" else QColor(block.colour)
        if block.kind == "qr":
            _draw_qr(painter, block, rect, data.check_in_code, dpi)
        elif block.kind == "rule":
            painter.fillRect(rect, colour)
        elif block.kind == "band":
            radius = block.radius_mm * px
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.drawRoundedRect(rect, radius, radius)
            inset = max(radius, rect.height() * 0.25)
            label = rect.adjusted(inset, rect.height() * 0.15, -inset, -rect.height() * 0.15)
            _draw_text(painter, base, block, label, _text_for(block, data), _on(band), scale)
        else:
            _draw_text(painter, base, block, rect, _text_for(block, data), colour, scale)


def page_pixels(paper: Paper, dpi: float) -> tuple[int, int]:
    return (round(paper.width_mm / MM_PER_INCH * dpi), round(paper.height_mm / MM_PER_INCH * dpi))


def render_badge_image(
    template: BadgeTemplate, data: BadgeData, paper: Paper, dpi: float = DEFAULT_DPI
) -> QImage:
    """The badge as a picture at ``dpi``: previews, tests, the screenshot in the docs."""
    width, height = page_pixels(paper, dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(template.background))
    painter = QPainter(image)
    try:
        render_badge(painter, template, data, paper)
    finally:
        painter.end()
    return image


def page_size(paper: Paper) -> QPageSize:
    return QPageSize(
        QSizeF(paper.width_mm, paper.height_mm), QPageSize.Unit.Millimeter, paper.name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def render_badge_pdf(
    template: BadgeTemplate, data: BadgeData, paper: Paper, path: Path, dpi: int,
    title: str = "badge",
) -> None:
    """The badge as a one-page PDF of exactly ``paper``'s size, laid out at ``dpi``.

    Works on any thread (Qt allows QPrinter and QPainter off the GUI thread for this; a
    test does it), but BadgePrinter calls it in its renderer process: see ``_Renderer``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    printer.setDocName(title)
    printer.setPageLayout(QPageLayout(
        page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    ))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"the badge could not be rendered to {path.name}")
    try:
        render_badge(painter, template, data, paper)
    finally:
        painter.end()


def media_option(queue: str, paper: Paper) -> str:
    """The ``media`` value for ``lp``: the queue's own name for this size when its driver
    lists one (either orientation, to half a millimetre), else CUPS's custom size."""
    wanted = sorted((paper.width_mm, paper.height_mm))
    for size in QPrinterInfo.printerInfo(queue).supportedPageSizes():
        mm = size.size(QPageSize.Unit.Millimeter)
        have = sorted((mm.width(), mm.height()))
        if all(abs(a - b) <= 0.5 for a, b in zip(have, wanted, strict=True)) and size.key():
            return size.key()
    return f"Custom.{paper.width_mm:g}x{paper.height_mm:g}mm"


# ----------------------------------------------------------------------------- renderer

RENDER_TIMEOUT_S = 60.0
# Latin, Arabic, CJK and an emoji: the renderer loads every font a name may need before
# the first badge, not during it.
_WARM_UP = BadgeData(first_name="Ag \u0639\u0631\u0628\u064a", last_name="\u6f22\u5b57",
                     company="\U0001f389", check_in_code="WARMUP")


def _render_job(
    template: BadgeTemplate, data: BadgeData, paper: Paper, path: str, dpi: int, title: str,
    queue: str,
) -> str:
    """In the renderer process: the badge's PDF at ``path``; returns ``lp``'s media value."""
    render_badge_pdf(template, data, paper, Path(path), dpi, title)
    return media_option(queue, paper) if queue else ""


def _renderer_main(connection: Connection) -> None:
    """The renderer process: Qt without a display (fonts need a QGuiApplication), one job
    at a time from the pipe until it closes."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication([])
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            break
        if job is None:
            break
        try:
            connection.send((True, _render_job(*job)))
        except Exception as exc:  # sent back: PrintError, TemplateError, a bug
            connection.send((False, exc))
    del app


class _Renderer:
    """A child process that renders badge PDFs for the print worker.

    Why a process: PySide6 holds the GIL for the whole of each Qt call, and finishing a
    PDF (``QPainter.end``: fonts subset, pages compressed) is one call of 10-30 ms on this
    machine; on a thread the GUI thread waits for it (measured: stalls up to 35 ms). The
    child has an interpreter of its own. It is started on first use, restarted after a
    crash or a hang.
    """

    def __init__(self) -> None:
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None

    def render(self, *job: object) -> str:
        connection = self._started()
        try:
            connection.send(job)
            if not connection.poll(RENDER_TIMEOUT_S):
                raise PrintError("the badge renderer did not answer")
            done, value = connection.recv()
        except (EOFError, OSError, PrintError) as exc:
            self.close(force=True)
            raise PrintError(
                exc.reason if isinstance(exc, PrintError) else "the badge renderer stopped"
            ) from None
        if not done:
            raise value
        return str(value)

    def _started(self) -> Connection:
        if self._process is None or not self._process.is_alive() or self._connection is None:
            self.close(force=True)
            context = multiprocessing.get_context("spawn")  # never fork a Qt process
            ours, theirs = context.Pipe()
            self._process = context.Process(
                target=_renderer_main, args=(theirs,), name="kiosk-badge-renderer", daemon=True
            )
            try:
                self._process.start()
            except (OSError, RuntimeError) as exc:
                self._process = None
                ours.close()
                raise PrintError(f"the badge renderer cannot start: {exc}") from None
            finally:
                theirs.close()
            self._connection = ours
        return self._connection

    def close(self, force: bool = False) -> None:
        if self._connection is not None:
            with suppress(OSError):
                if not force:
                    self._connection.send(None)
            self._connection.close()
            self._connection = None
        if self._process is not None:
            self._process.join(0 if force else 10)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
            self._process = None


# ----------------------------------------------------------------------------- words


def describe_status(status: QueueStatus) -> str:
    """What staff are told about the queue, in their language; empty when all is well."""
    state = status.state
    words = status.message
    if state in (QueueState.IDLE, QueueState.PRINTING):
        return ""
    if state is QueueState.OFF:
        return translate("kiosk", "Badge printing is switched off.")
    if state is QueueState.MISSING:
        return translate("kiosk", "There is no print queue named \u201c%1\u201d.").replace(
            "%1", status.queue)
    if state is QueueState.UNAVAILABLE:
        return translate("kiosk", "The print system (CUPS) does not answer.")
    if state is QueueState.STOPPED:
        if words:
            return translate("kiosk", "The printer is stopped: %1").replace("%1", words)
        return translate("kiosk", "The printer is stopped.")
    if state is QueueState.REJECTING:
        if words:
            return translate("kiosk", "The printer refuses new jobs: %1").replace("%1", words)
        return translate("kiosk", "The printer refuses new jobs.")
    trouble = status.trouble
    if any(r.startswith("media-empty") or r.startswith("media-needed") for r in trouble):
        return translate("kiosk", "The printer is out of paper or labels.")
    if any(r.startswith("media-jam") for r in trouble):
        return translate("kiosk", "The paper or labels are jammed in the printer.")
    if any(r.startswith("door-open") or r.startswith("cover-open") for r in trouble):
        return translate("kiosk", "A cover of the printer is open.")
    if any(r.startswith("offline") for r in trouble):
        return translate("kiosk", "The printer is offline.")
    return translate("kiosk", "The printer reports a problem: %1").replace(
        "%1", words or " ".join(trouble))


def _describe_failure(error: Exception) -> str:
    if isinstance(error, PrintError):
        return translate("kiosk", "The badge could not be printed: %1").replace(
            "%1", error.reason)
    if isinstance(error, TemplateError):
        return translate("kiosk", "The badge template does not fit this paper: %1").replace(
            "%1", str(error))
    if isinstance(error, PrintLogError):
        return translate("kiosk", "The print log cannot be written: %1").replace(
            "%1", str(error))
    return translate("kiosk", "Badge printing failed; see the kiosk's log.")


# ----------------------------------------------------------------------------- monitor

StatusSource = Callable[[str], QueueStatus]


class PrinterMonitor(QObject):
    """Asks CUPS about one queue every ``interval_s`` seconds, off the GUI thread.

    Signals:
        state_changed(str, str): the queue's state (a ``QueueState`` value) and what staff
            are told about it (empty when it is fine); only when either changes, and once
            after the first answer.
        _polled(object): internal; a ``QueueStatus`` from the poll thread.
    """

    state_changed = Signal(str, str)
    _polled = Signal(object)

    def __init__(
        self, printer: str, interval_s: float = 2.0, *, source: StatusSource = queue_status,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._printer = printer
        self._source = source
        self._status: QueueStatus | None = None
        self._said: tuple[str, str] | None = None
        self._busy = False
        self._pool: ThreadPoolExecutor | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(round(interval_s * 1000))
        self._timer.timeout.connect(self.poll)
        self._polled.connect(self._on_polled)

    @property
    def status(self) -> QueueStatus | None:
        """The last answer; None before the first."""
        return self._status

    @property
    def reason(self) -> str:
        """What staff are told now; empty when all is well or before the first answer."""
        return self._said[1] if self._said is not None else ""

    @property
    def reason_text(self) -> Text:
        """``reason`` as a text that is said again in the new language after a switch."""
        status = self._status
        if status is None or not self.reason:
            return ""
        return lambda: describe_status(status)

    def start(self) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-badge-monitor")
            self._busy = False
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        """Stop polling; waits for a poll in flight (an lpstat call, milliseconds)."""
        self._timer.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    @Slot()
    def poll(self) -> None:
        """Ask now (one question at a time: a hung CUPS does not pile up calls)."""
        if self._pool is None or self._busy:
            return
        self._busy = True
        printer = self._printer
        future = self._pool.submit(self._source, printer)
        future.add_done_callback(self._on_poll_done)

    def _on_poll_done(self, future: Future[QueueStatus]) -> None:
        error = future.exception() if not future.cancelled() else None
        if future.cancelled():
            return
        status = (
            future.result() if error is None
            else QueueStatus(self._printer, QueueState.UNAVAILABLE, str(error))
        )
        self._polled.emit((status, True))

    def report(self, status: QueueStatus) -> None:
        """An answer CUPS gave someone else (the print worker, just before sending)."""
        self._polled.emit((status, False))

    @Slot(object)
    def _on_polled(self, item: tuple[QueueStatus, bool]) -> None:
        status, from_poll = item
        if from_poll:
            self._busy = False
        if self._pool is None and from_poll:
            return
        self._status = status
        said = (status.state.value, describe_status(status))
        if said != self._said:
            self._said = said
            log.info("print queue %s: %s", status.queue, status.state.value)
            self.state_changed.emit(*said)


# ----------------------------------------------------------------------------- printer


@dataclass(frozen=True)
class _Outcome:
    """What the print worker tells the GUI thread: a badge was sent, waits, was skipped
    (``subject`` is then its key) or cancelled, or the print log failed."""

    kind: Literal["sent", "waiting", "skipped", "cancelled", "error"]
    subject: str
    job_id: int = 0
    failure: Exception | QueueStatus | None = None


class BadgePrinter(QObject):
    """Prints badges to one CUPS queue, each automatic badge once, on one worker thread.

    ``print_badge`` after a first check-in (or a confirmed registration); ``reprint``,
    ``retry`` and ``cancel`` are staff actions. Nothing here blocks the GUI thread: each
    call queues work for the print worker and returns. The PDF itself is rendered in a
    child process (``_Renderer``). ``printer`` "" means badges are switched off: nothing is
    printed or logged. ``status`` is how CUPS is asked about the queue (tests wrap it).

    Signals:
        sent(str, int): badge id, CUPS job id: the print queue accepted the badge.
        waiting(str, str): badge id, why it waits (for staff); it stays in
            ``PrintLog.pending()`` until sent or cancelled.
        skipped(str): a badge key whose automatic print was claimed before (a second
            check-in): nothing printed.
        cancelled(str): badge id.
        error(str): the print log cannot be written (for staff); nothing is printed
            until it can. ``last_error`` says it again after a language switch.
        pending_changed(int): how many badges wait now.
        state_changed(str, str): the queue's state and what staff are told about it
            (``PrinterMonitor.state_changed``).
        _outcome(object): internal; an ``_Outcome`` from the print worker.
        _count(int): internal; the number waiting, from the print worker.
    """

    sent = Signal(str, int)
    waiting = Signal(str, str)
    skipped = Signal(str)
    cancelled = Signal(str)
    error = Signal(str)
    pending_changed = Signal(int)
    state_changed = Signal(str, str)
    _outcome = Signal(object)
    _count = Signal(int)

    def __init__(
        self,
        print_log: PrintLog,
        template: BadgeTemplate,
        paper: Paper,
        printer: str,
        *,
        poll_s: float = 2.0,
        status: StatusSource = queue_status,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.print_log = print_log
        self.template = template
        self.paper = paper
        self.printer = printer
        self._status = status
        self.monitor = PrinterMonitor(printer, poll_s, source=status, parent=self)
        self.monitor.state_changed.connect(self._on_monitor_state_changed)
        self._outcome.connect(self._on_worker_outcome)
        self._count.connect(self.pending_changed)
        self._pool: ThreadPoolExecutor | None = None
        self._renderer = _Renderer()
        self._was_ready = False
        self._media: str | None = None
        self._dpi: int | None = None
        self.last_error: Text = ""  # what ``error`` said last, in the current language

    # ------------------------------------------------------------------ control

    def start(self) -> None:
        """Start watching the queue; badges left waiting (by a restart) go out once it is
        ready."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-badge-print")
        if self.printer:
            self._submit(self._warm_up)
            self.monitor.start()

    def stop(self) -> None:
        """Stop watching; waits for the work already asked for, so that no check-in's
        badge is lost (each step is bounded by the CUPS tools' deadline)."""
        self.monitor.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        self._renderer.close()

    @property
    def status(self) -> QueueStatus | None:
        return self.monitor.status

    @property
    def reason_text(self) -> Text:
        """What staff are told about the queue now (``PrinterMonitor.reason_text``)."""
        return self.monitor.reason_text

    # ------------------------------------------------------------------ actions

    def print_badge(self, registration_id: str | None, data: BadgeData) -> None:
        """The automatic badge of a first check-in or a registration: printed once per
        registration (or code), whatever happens later."""
        if not self.printer:
            return
        self._submit(lambda: self._print_once(registration_id, data))

    def reprint(self, registration_id: str | None, data: BadgeData) -> None:
        """A staff reprint: printed again, logged as a reprint."""
        if not self.printer:
            return
        self._submit(lambda: self._reprint(registration_id, data))

    def retry(self, badge_id: str | None = None) -> None:
        """Staff: send the waiting badge ``badge_id`` (every waiting one with None) now."""
        self._submit(lambda: self._send_pending(badge_id))

    def cancel(self, badge_id: str) -> None:
        """Staff: drop a waiting badge; its names are forgotten."""
        self._submit(lambda: self._cancel(badge_id))

    def _submit(self, work: Callable[[], None]) -> None:
        if self._pool is None:
            raise RuntimeError("BadgePrinter.start() first")
        self._pool.submit(self._guarded, work)

    def _guarded(self, work: Callable[[], None]) -> None:
        try:
            work()
            self._count.emit(len(self.print_log.pending()))
        except PrintLogError as exc:
            log.error("print log: %s", exc)
            self._outcome.emit(_Outcome("error", "", failure=exc))
        except Exception as exc:  # a bug must not end the print worker
            log.exception("badge printing failed")
            self._outcome.emit(_Outcome("error", "", failure=exc))

    # ------------------------------------------------------------------ print worker

    def _print_once(self, registration_id: str | None, data: BadgeData) -> None:
        key = self.print_log.badge_key(registration_id, data.check_in_code)
        record = self.print_log.record_queued(key, data, self.printer)
        if record is None:
            self._outcome.emit(_Outcome("skipped", key))
            return
        self._send(record, self._fresh_status())

    def _reprint(self, registration_id: str | None, data: BadgeData) -> None:
        key = self.print_log.badge_key(registration_id, data.check_in_code)
        self._send(self.print_log.mark_reprint(key, data, self.printer), self._fresh_status())

    def _send_pending(self, badge_id: str | None) -> None:
        waiting = [r for r in self.print_log.pending() if badge_id in (None, r.id)]
        if not waiting:
            return
        status = self._fresh_status()
        for record in waiting:
            self._send(record, status)

    def _cancel(self, badge_id: str) -> None:
        if self.print_log.record_cancelled(badge_id):
            self._outcome.emit(_Outcome("cancelled", badge_id))

    def _fresh_status(self) -> QueueStatus:
        status = self._status(self.printer)
        self.monitor.report(status)
        return status

    def _send(self, record: BadgeRecord, status: QueueStatus) -> None:
        if record.data is None:
            return
        if not status.ready:
            self.print_log.record_failed(record.id, status.state.value, attempted=False)
            self._outcome.emit(_Outcome("waiting", record.id, failure=status))
            return
        try:
            with self._pdf(record) as (pdf, media):
                job_id = submit_pdf(self.printer, pdf, f"badge {record.id[:8]}", media)
        except (PrintError, TemplateError) as exc:
            reason = exc.reason if isinstance(exc, PrintError) else str(exc)
            self.print_log.record_failed(record.id, reason)
            self._outcome.emit(_Outcome("waiting", record.id, failure=exc))
            self._fresh_status()
            return
        self.print_log.record_sent(record.id, job_id, self.printer)
        self._outcome.emit(_Outcome("sent", record.id, job_id=job_id))

    def _warm_up(self) -> None:
        """The renderer process started and its fonts loaded before the first badge."""
        with tempfile.TemporaryDirectory(prefix="kiosk-badge-") as folder:
            self._renderer.render(self.template, _WARM_UP, self.paper,
                                  str(Path(folder) / "warm-up.pdf"), DEFAULT_DPI, "warm-up", "")

    @contextmanager
    def _pdf(self, record: BadgeRecord) -> Iterator[tuple[Path, str]]:
        """The badge's PDF, in a private folder that is gone once CUPS has a copy, and the
        queue's media value for its paper."""
        assert record.data is not None
        with tempfile.TemporaryDirectory(prefix="kiosk-badge-") as folder:
            path = Path(folder) / "badge.pdf"
            media = self._renderer.render(
                self.template, record.data, self.paper, str(path), self._resolution(),
                f"badge {record.id[:8]}", self.printer if self._media is None else "",
            )
            self._media = self._media or media
            yield path, self._media

    def _resolution(self) -> int:
        if self._dpi is None:
            self._dpi = queue_resolution(self.printer) or DEFAULT_DPI
        return self._dpi

    # ------------------------------------------------------------------ GUI thread

    @Slot(object)
    def _on_worker_outcome(self, outcome: _Outcome) -> None:
        failure = outcome.failure

        def words() -> str:  # in the current language, each time it is asked
            if isinstance(failure, QueueStatus):
                return describe_status(failure)
            return _describe_failure(failure) if failure is not None else ""

        if outcome.kind == "sent":
            self.sent.emit(outcome.subject, outcome.job_id)
        elif outcome.kind == "waiting":
            self.waiting.emit(outcome.subject, words())
        elif outcome.kind == "skipped":
            self.skipped.emit(outcome.subject)
        elif outcome.kind == "cancelled":
            self.cancelled.emit(outcome.subject)
        else:
            self.last_error = words
            self.error.emit(words())

    @Slot(str, str)
    def _on_monitor_state_changed(self, state: str, reason: str) -> None:
        ready = state in (QueueState.IDLE.value, QueueState.PRINTING.value)
        if ready and not self._was_ready and self._pool is not None:
            # Back (or first seen ready): what waits goes out, once; the worker reads the
            # print log, so a badge sent meanwhile is not sent again.
            self.retry()
        self._was_ready = ready
        self.state_changed.emit(state, reason)

