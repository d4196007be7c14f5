"""Name badges without Qt: paper sizes, badge templates, what goes on a badge, the CUPS
queue as its command-line tools see it, and the print log.

The guarantee this file exists for: a badge is printed once. The print log claims a badge
for its key (the registration id, or a salted hash of the check-in code) in one
transaction before anything is sent, so a second check-in, a second kiosk flow or a
restart never prints it again by accident; only a staff reprint does, and it is logged as
one. Badges that cannot be sent wait in the log (with the names they need, nothing more)
until the printer is back or staff cancel them; once sent or cancelled, only ids, times,
the printer, the CUPS job id and the result remain.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import re
import sqlite3
import subprocess
import threading
import tomllib
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from kiosk.api.codes import normalise_check_in_code
from kiosk.services.outbox import open_private_sqlite

log = logging.getLogger(__name__)

# ----------------------------------------------------------------------------- paper


@dataclass(frozen=True)
class Paper:
    """A badge's page as it comes out of the printer, in millimetres."""

    name: str
    width_mm: float
    height_mm: float

    @property
    def landscape(self) -> bool:
        return self.width_mm > self.height_mm


PAPERS: dict[str, Paper] = {
    paper.name: paper
    for paper in (
        Paper("4x3in", 101.6, 76.2),  # the common badge insert and thermal label
        Paper("3.5x2.25in", 88.9, 57.15),  # business-card sized badge
        Paper("62x100mm", 62.0, 100.0),  # Brother DK 62 mm continuous roll, cut at 100 mm
        Paper("a6", 105.0, 148.0),
    )
}
CUSTOM_MM = (30.0, 300.0)  # what a badge or label printer can take, either side


def paper_size(name: str, width_mm: float | None = None, height_mm: float | None = None) -> Paper:
    """The named paper, or ``custom`` with both sides given; ValueError says what is wrong."""
    key = name.strip().lower()
    if key != "custom":
        for paper in PAPERS.values():
            if paper.name.lower() == key:
                return paper
        names = ", ".join(f'"{n}"' for n in PAPERS)
        raise ValueError(f'unknown paper "{name}": use {names} or "custom"')
    low, high = CUSTOM_MM
    if width_mm is None or height_mm is None:
        raise ValueError('paper "custom" needs width_mm and height_mm')
    if not (low <= width_mm <= high and low <= height_mm <= high):
        raise ValueError(f"custom paper sides must be {low:g} to {high:g} mm")
    return Paper("custom", float(width_mm), float(height_mm))


# ----------------------------------------------------------------------------- templates

BlockKind = Literal[
    "first_name", "last_name", "full_name", "company", "event", "date", "band", "qr", "rule"
]
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_TEMPLATE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")
QR_MIN_MM = 18.0  # the smallest QR symbol (without its quiet zone) a door scanner reads well

# Latin first, then the scripts a name may need; the emoji font last, so that digits and
# '#' are not drawn as emoji. The Arabic UI face has Latin line heights: with plain Noto Sans
# Arabic (lines half as tall again) an Arabic name shrinks to two thirds of a Latin one.
DEFAULT_FONTS = (
    "Noto Sans",
    "Noto Sans Arabic UI",
    "Noto Sans Arabic",
    "Noto Sans CJK JP",
    "DejaVu Sans",
    "Noto Color Emoji",
)


class TemplateError(ValueError):
    """A badge template cannot be used; the message names the file and the problem."""


def _check_colour(value: str) -> str:
    if value != "band" and not _COLOUR.match(value):
        raise ValueError('a colour is "#RRGGBB" or "band" (the attendee\'s band colour)')
    return value


class Block(BaseModel):
    """One thing on the badge, in a rectangle given as fractions of the area inside the
    margins, so a template fits every paper of its orientation."""

    # Validators built at first use (defer_build), not at import: off the kiosk's start.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    kind: BlockKind
    rect: tuple[float, float, float, float]  # x, y, width, height, each 0..1
    max_pt: float = Field(default=12.0, gt=0, le=400)  # text shrinks from here to fit
    bold: bool = False
    uppercase: bool = False
    align: Literal["left", "center", "right"] = "left"
    valign: Literal["top", "center", "bottom"] = "center"
    colour: str = "#1A1A1A"  # text, rule or (for "band") the band when the attendee has none
    lines: int = Field(default=1, ge=1, le=4)  # how many lines the text may wrap onto
    radius_mm: float = Field(default=0.0, ge=0, le=20)  # corners of a band
    min_mm: float = Field(default=QR_MIN_MM, ge=QR_MIN_MM, le=200)  # QR symbol side

    @field_validator("colour")
    @classmethod
    def _colour(cls, value: str) -> str:
        return _check_colour(value)

    @field_validator("rect")
    @classmethod
    def _inside(cls, rect: tuple[float, float, float, float]) -> tuple[float, ...]:
        x, y, w, h = rect
        slack = 1e-6
        if min(x, y) < 0 or w <= 0 or h <= 0 or x + w > 1 + slack or y + h > 1 + slack:
            raise ValueError("rect must lie inside the margins: x, y >= 0, x + w <= 1, y + h <= 1")
        return rect


class BadgeTemplate(BaseModel):
    """A badge layout: the paper it was designed for, margins, fonts, and its blocks for
    landscape and portrait paper."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    name: str
    description: str = ""
    paper: str = "4x3in"  # what the design was drawn for; [badges] paper may choose another
    margins_mm: float = Field(default=4.0, ge=0, le=20)
    background: str = "#FFFFFF"
    fonts: tuple[str, ...] = DEFAULT_FONTS
    landscape: tuple[Block, ...]
    portrait: tuple[Block, ...]

    @field_validator("background")
    @classmethod
    def _background(cls, value: str) -> str:
        if not _COLOUR.match(value):
            raise ValueError('background is "#RRGGBB"')
        return value

    @field_validator("paper")
    @classmethod
    def _known_paper(cls, value: str) -> str:
        return paper_size(value).name

    @model_validator(mode="after")
    def _one_code(self) -> BadgeTemplate:
        for side in (self.landscape, self.portrait):
            if sum(block.kind == "qr" for block in side) != 1:
                raise ValueError("each layout needs exactly one qr block (the check-in code)")
        return self

    def blocks_for(self, paper: Paper) -> tuple[Block, ...]:
        return self.landscape if paper.landscape else self.portrait

    def default_paper(self) -> Paper:
        return paper_size(self.paper)


def template_names(folder: Path) -> list[str]:
    return sorted(path.stem for path in folder.glob("*.toml"))


def load_template(folder: Path, name: str) -> BadgeTemplate:
    """``folder/<name>.toml`` as a template; TemplateError when missing or invalid."""
    if not _TEMPLATE_NAME.match(name):
        raise TemplateError(f'"{name}" is not a template name (lower-case letters, digits, -, _)')
    path = folder / f"{name}.toml"
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        known = ", ".join(template_names(folder)) or "none"
        raise TemplateError(f"no badge template {path} (templates: {known})") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"the badge template {path} cannot be read: {exc}") from None
    try:
        return BadgeTemplate.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "template"
        raise TemplateError(f"the badge template {path}: {where}: {first['msg']}") from None


# ----------------------------------------------------------------------------- badge data


class BadgeData(BaseModel):
    """What one badge shows. Personal data: never log it."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    first_name: str
    last_name: str = ""
    company: str | None = None  # the event's company answer, when it asks for one
    event_name: str = ""
    date_text: str = ""  # already in the kiosk's language, e.g. "12-14 May 2026"
    band_label: str = ""  # track or attendee type, e.g. "Speaker"
    band_colour: str | None = None  # "#RRGGBB"; None: the template's colour
    check_in_code: str

    @field_validator("band_colour")
    @classmethod
    def _colour(cls, value: str | None) -> str | None:
        if value is not None and not _COLOUR.match(value):
            raise ValueError('band_colour is "#RRGGBB"')
        return value

    @field_validator("check_in_code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a badge needs the check-in code")
        return value.strip()


# ----------------------------------------------------------------------------- CUPS


class QueueState(enum.StrEnum):
    OFF = "off"  # [badges] printer is empty: printing is switched off
    IDLE = "idle"
    PRINTING = "printing"
    STOPPED = "stopped"  # disabled (paused by staff, or by CUPS after a printer error)
    REJECTING = "rejecting"  # not accepting jobs
    TROUBLE = "trouble"  # the printer reports an error: out of paper, jammed, offline
    MISSING = "missing"  # no queue of that name
    UNAVAILABLE = "unavailable"  # the print system does not answer


@dataclass(frozen=True)
class QueueStatus:
    """A print queue's state as CUPS reports it. ``message`` is CUPS's or staff's own words
    (the reason given to cupsdisable/cupsreject, the printer's state message); ``reasons``
    are IPP printer-state-reasons keywords such as ``media-empty-error``."""

    queue: str
    state: QueueState
    message: str = ""
    reasons: tuple[str, ...] = ()

    @property
    def ready(self) -> bool:
        return self.state in (QueueState.IDLE, QueueState.PRINTING)

    @property
    def trouble(self) -> tuple[str, ...]:
        """The reasons that stop printing (an ``-error``, or the printer offline)."""
        return tuple(r for r in self.reasons if r.endswith("-error") or r.startswith("offline"))


class PrintError(Exception):
    """A badge could not be handed to CUPS; ``reason`` is plain words, never names."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]
CUPS_TIMEOUT_S = 10.0


def run_cups(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """A CUPS client command in the C locale (its words are parsed), with a deadline."""
    env = dict(os.environ, LC_ALL="C", LANG="C")
    try:
        return subprocess.run(
            list(args), capture_output=True, text=True, env=env, timeout=CUPS_TIMEOUT_S,
            check=False,
        )
    except FileNotFoundError:
        return subprocess.CompletedProcess(list(args), 127, "", "CUPS client tools are missing")
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(list(args), 124, "", "the print system did not answer")


_ACCEPTING = re.compile(r"^(\S+) (not )?accepting requests")
_PRINTER = re.compile(r"^printer (\S+) (?:is (idle)|now (printing)|disabled)")


def parse_lpstat(queue: str, result: subprocess.CompletedProcess[str]) -> QueueStatus:
    """The status of ``queue`` from ``lpstat -l -a QUEUE -p QUEUE`` in the C locale.

    Each of the two status lines may be followed by tab-indented lines with the reason
    staff or CUPS gave; then (``-l``) come detail lines from ``Form mounted:`` on, among
    them ``Alerts:`` with the printer-state-reasons.
    """
    errors = result.stderr.strip()
    if result.returncode != 0 or not result.stdout.strip():
        if "invalid destination" in errors.lower():
            return QueueStatus(queue, QueueState.MISSING)
        return QueueStatus(queue, QueueState.UNAVAILABLE, errors or "lpstat failed")
    accepting = True
    state: QueueState | None = None
    notes: dict[str, list[str]] = {"accepting": [], "printer": []}
    reasons: tuple[str, ...] = ()
    section = ""
    for line in result.stdout.splitlines():
        if not line.startswith("\t"):
            section = ""
            if (match := _ACCEPTING.match(line)) and match.group(1).lower() == queue.lower():
                accepting = match.group(2) is None
                section = "accepting"
            elif (match := _PRINTER.match(line)) and match.group(1).lower() == queue.lower():
                idle, printing = match.group(2, 3)
                state = (
                    QueueState.IDLE if idle else
                    QueueState.PRINTING if printing else QueueState.STOPPED
                )
                section = "printer"
            continue
        text = line.strip()
        if text.startswith("Alerts:"):
            reasons = tuple(r for r in text.removeprefix("Alerts:").split() if r != "none")
        if text.startswith("Form mounted:"):
            section = ""
        elif section and text and text != "reason unknown":
            notes[section].append(text)
    if state is None:
        return QueueStatus(queue, QueueState.MISSING)
    message = " ".join(notes["printer"])
    if not accepting:
        return QueueStatus(
            queue, QueueState.REJECTING, " ".join(notes["accepting"]) or message, reasons
        )
    status = QueueStatus(queue, state, message, reasons)
    if status.ready and status.trouble:
        return QueueStatus(queue, QueueState.TROUBLE, message, reasons)
    return status


def queue_status(queue: str, run: Runner = run_cups) -> QueueStatus:
    """What CUPS says about ``queue`` now (one ``lpstat`` call, a few milliseconds)."""
    if not queue:
        return QueueStatus(queue, QueueState.OFF)
    return parse_lpstat(queue, run(["lpstat", "-l", "-a", queue, "-p", queue]))


def scheduler_running(run: Runner = run_cups) -> bool:
    return "scheduler is running" in run(["lpstat", "-r"]).stdout


def queue_names(run: Runner = run_cups) -> list[str]:
    """Every queue CUPS knows (``lpstat -e``)."""
    result = run(["lpstat", "-e"])
    return [line.strip() for line in result.stdout.splitlines() if line.strip()]


def queue_resolution(queue: str, run: Runner = run_cups) -> int | None:
    """The queue's default resolution in dpi from its driver options, when it has one."""
    result = run(["lpoptions", "-p", queue, "-l"])
    for line in result.stdout.splitlines():
        name, _, choices = line.partition(":")
        if name.split("/")[0].strip() not in ("Resolution", "printer-resolution"):
            continue
        for choice in choices.split():
            if choice.startswith("*") and (match := re.match(r"\*(\d+)", choice)):
                return int(match.group(1))
    return None


_REQUEST_ID = re.compile(r"request id is (\S+)-(\d+)")


def submit_pdf(
    queue: str, pdf: Path, title: str, media: str, run: Runner = run_cups
) -> int:
    """Hand ``pdf`` to ``queue`` with ``lp`` and return the CUPS job id.

    ``lp`` returns once the scheduler has accepted the job (the file is in the spool) and
    prints its id; a refusal (no such queue, not accepting jobs, no scheduler) comes back
    at once as a PrintError with CUPS's words.
    """
    result = run(["lp", "-d", queue, "-t", title, "-o", f"media={media}", "--", str(pdf)])
    match = _REQUEST_ID.search(result.stdout)
    if result.returncode != 0 or match is None:
        words = result.stderr.strip().removeprefix("lp: ") or "lp failed"
        raise PrintError(f"CUPS refused it: {words}")
    return int(match.group(2))


# ----------------------------------------------------------------------------- print log


class BadgeKind(enum.StrEnum):
    PRINT = "print"  # the automatic one, at most one per badge key
    REPRINT = "reprint"  # a staff action


class BadgeState(enum.StrEnum):
    PENDING = "pending"  # waits for the printer (or for staff to retry or cancel it)
    SENT = "sent"  # accepted by CUPS as ``job_id``
    CANCELLED = "cancelled"  # by staff


@dataclass(frozen=True)
class BadgeRecord:
    """One print or reprint of a badge. ``data`` is kept only while it waits."""

    id: str
    badge_key: str
    kind: BadgeKind
    state: BadgeState
    printer: str
    created_at: datetime
    updated_at: datetime
    job_id: int | None = None
    attempts: int = 0
    result: str = ""  # the last outcome in plain words: why it waits, or the job
    data: BadgeData | None = None


class PrintLogError(Exception):
    """The print log cannot be used; the message says why (never attendee data)."""


FILE_NAME = "print-log.sqlite3"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE badges (
    id TEXT PRIMARY KEY,
    badge_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('print', 'reprint')),
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'cancelled')),
    printer TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    job_id INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL DEFAULT '',
    data TEXT
);
CREATE UNIQUE INDEX badges_once ON badges (badge_key) WHERE kind = 'print';
CREATE INDEX badges_waiting ON badges (state, created_at)
"""

_COLUMNS = "id, badge_key, kind, state, printer, created_at, updated_at, job_id, attempts," \
    " result, data"


def _now(now: datetime | None) -> float:
    return (now or datetime.now(UTC)).timestamp()


def _record(row: tuple[Any, ...]) -> BadgeRecord:
    (bid, key, kind, state, printer, created, updated, job, attempts, result, data) = row
    return BadgeRecord(
        id=bid,
        badge_key=key,
        kind=BadgeKind(kind),
        state=BadgeState(state),
        printer=printer,
        created_at=datetime.fromtimestamp(created, UTC),
        updated_at=datetime.fromtimestamp(updated, UTC),
        job_id=job,
        attempts=attempts,
        result=result,
        data=BadgeData.model_validate_json(data) if data is not None else None,
    )


class PrintLog:
    """Which badges were printed, which wait, and the staff reprints. Its own SQLite file
    (WAL, ``synchronous=FULL``, mode 0600, ``secure_delete``). Thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._db = open_private_sqlite(path)
        except (sqlite3.Error, OSError) as exc:
            raise PrintLogError(f"The print log {path} cannot be opened: {exc}") from None
        try:
            self._db.execute("PRAGMA secure_delete=ON")
            if self._db.execute("PRAGMA user_version").fetchone()[0] == 0:
                with self._transaction("The print log cannot be created") as db:
                    for statement in _SCHEMA.split(";"):
                        db.execute(statement)
                    db.execute(
                        "INSERT INTO meta (key, value) VALUES ('code_salt', ?)",
                        (os.urandom(16).hex(),),
                    )
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise PrintLogError(
                    f"The print log {path} was written by another kiosk version (schema "
                    f"{version}); move it aside."
                )
            row = self._db.execute("SELECT value FROM meta WHERE key = 'code_salt'").fetchone()
            self._salt = str(row[0])
        except sqlite3.Error as exc:
            self._db.close()
            raise PrintLogError(f"The print log {path} cannot be used: {exc}") from None
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                    self._db.execute("COMMIT")
                finally:
                    if self._db.in_transaction:
                        with suppress(sqlite3.Error):
                            self._db.execute("ROLLBACK")
            except (sqlite3.Error, OSError) as exc:
                raise PrintLogError(f"{action}: {exc}") from None

    def _forget_freed_pages(self) -> None:
        """Names of printed badges leave the WAL too, not only the table."""
        with self._lock, suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ------------------------------------------------------------------ keys

    def badge_key(self, registration_id: str | None, check_in_code: str | None) -> str:
        """The registration id, or a salted hash of the code when there is no id: the log
        holds no code a reader could check people in with."""
        if registration_id and registration_id.strip():
            return "reg:" + registration_id.strip()
        code = normalise_check_in_code(check_in_code or "")
        if not code:
            raise ValueError("a badge key needs a registration id or a check-in code")
        return "code:" + hashlib.sha256((self._salt + code).encode("utf-8")).hexdigest()

    # ------------------------------------------------------------------ writing

    def should_print(self, badge_key: str) -> bool:
        """Whether the automatic print of this badge has yet to be claimed."""
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM badges WHERE badge_key = ? AND kind = 'print'", (badge_key,)
            ).fetchone()
        return row is None

    def _insert(
        self, badge_key: str, kind: BadgeKind, data: BadgeData, printer: str, at: float
    ) -> BadgeRecord | None:
        badge_id = str(uuid.uuid4())
        with self._transaction("The badge could not be queued") as db:
            inserted = db.execute(
                "INSERT INTO badges (id, badge_key, kind, state, printer, created_at,"
                " updated_at, data) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (badge_id, badge_key, kind.value, printer, at, at, data.model_dump_json()),
            ).rowcount
        if not inserted:
            return None
        log.info("badge %s queued (%s, %s)", badge_id, kind.value, printer or "no printer")
        return self.get(badge_id)

    def record_queued(
        self, badge_key: str, data: BadgeData, printer: str, *, now: datetime | None = None
    ) -> BadgeRecord | None:
        """Claim the automatic print of ``badge_key`` and keep it waiting to be sent; None
        when it was claimed before (printed, waiting or cancelled)."""
        return self._insert(badge_key, BadgeKind.PRINT, data, printer, _now(now))

    def mark_reprint(
        self, badge_key: str, data: BadgeData, printer: str, *, now: datetime | None = None
    ) -> BadgeRecord:
        """A staff reprint: always queued, logged as a reprint."""
        record = self._insert(badge_key, BadgeKind.REPRINT, data, printer, _now(now))
        assert record is not None  # reprints have no uniqueness constraint
        return record

    def _finish(
        self, badge_id: str, state: BadgeState, sets: str, values: tuple[object, ...],
        action: str,
    ) -> bool:
        with self._transaction(action) as db:
            changed = db.execute(
                f"UPDATE badges SET state = ?, data = NULL, {sets}"
                " WHERE id = ? AND state = 'pending'",
                (state.value, *values, badge_id),
            ).rowcount
        self._forget_freed_pages()
        return bool(changed)

    def record_sent(
        self, badge_id: str, job_id: int, printer: str, *, now: datetime | None = None
    ) -> bool:
        """CUPS accepted the badge as ``job_id``: its names are forgotten."""
        done = self._finish(
            badge_id, BadgeState.SENT,
            "printer = ?, job_id = ?, attempts = attempts + 1, result = ?, updated_at = ?",
            (printer, job_id, f"accepted by CUPS as job {job_id}", _now(now)),
            "The printed badge could not be logged",
        )
        log.info("badge %s sent to %s as job %d", badge_id, printer, job_id)
        return done

    def record_failed(
        self, badge_id: str, reason: str, *, attempted: bool = True,
        now: datetime | None = None,
    ) -> None:
        """The badge could not be sent (``attempted``: CUPS was asked and refused); it keeps
        waiting with ``reason``."""
        with self._transaction("The badge's state could not be saved") as db:
            db.execute(
                "UPDATE badges SET result = ?, attempts = attempts + ?, updated_at = ?"
                " WHERE id = ? AND state = 'pending'",
                (reason, int(attempted), _now(now), badge_id),
            )
        log.warning("badge %s waits: %s", badge_id, reason)

    def record_cancelled(self, badge_id: str, *, now: datetime | None = None) -> bool:
        """Staff cancelled a waiting badge: its names are forgotten."""
        done = self._finish(
            badge_id, BadgeState.CANCELLED, "result = ?, updated_at = ?",
            ("cancelled by staff", _now(now)), "The cancelled badge could not be logged",
        )
        log.info("badge %s cancelled by staff", badge_id)
        return done

    # ------------------------------------------------------------------ reading

    def get(self, badge_id: str) -> BadgeRecord | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM badges WHERE id = ?", (badge_id,)
            ).fetchone()
        return _record(row) if row is not None else None

    def pending(self) -> list[BadgeRecord]:
        """The badges waiting to be sent, oldest first."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM badges WHERE state = 'pending' ORDER BY created_at, id"
            ).fetchall()
        return [_record(row) for row in rows]

    def history(self, badge_key: str | None = None, limit: int = 200) -> list[BadgeRecord]:
        """The latest prints and reprints (of one badge key), newest first."""
        where, args = ("WHERE badge_key = ?", (badge_key,)) if badge_key else ("", ())
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM badges {where} ORDER BY created_at DESC, id LIMIT ?",
                (*args, limit),
            ).fetchall()
        return [_record(row) for row in rows]
