"""Kiosk settings: a TOML file, then ``KIOSK_*`` environment variables, then the command line.

Later sources win. The token is a ``SecretStr`` so it never shows in a repr or a log.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from kiosk.ui.pin import check_pin_hash

APP_NAME = "kiosk"
ENV_PREFIX = "KIOSK_"


class SettingsError(ValueError):
    """The settings cannot be used; the message says which one and why."""


class ApiSettings(BaseModel):
    """How to reach an events API."""

    model_config = ConfigDict(extra="forbid")

    endpoint: str = ""
    token: SecretStr = SecretStr("")
    origin: str = ""
    # Unlocks attendee search and the offline check-in list (`kiosk-server --staff-token`).
    staff_token: SecretStr = SecretStr("")
    connect_timeout: float = Field(default=5.0, gt=0, le=120)
    read_timeout: float = Field(default=15.0, gt=0, le=600)


class ScreenSettings(BaseModel):
    """How the kiosk behaves in front of people."""

    model_config = ConfigDict(extra="forbid")

    idle_timeout_s: float = Field(default=90, ge=5, le=3600)
    # "Still there?" counts down this long before a form being filled in is wiped (0: off).
    idle_warning_s: float = Field(default=10, ge=0, le=120)
    events_refresh_s: float = Field(default=30, ge=1, le=3600)
    counts_refresh_s: float = Field(default=10, ge=1, le=3600)
    confirmation_countdown_s: int = Field(default=20, ge=3, le=600)
    # How long an attendee waits for the server after Register before the outbox takes
    # over and the confirmation says "saved, will be sent in a moment".
    handover_s: float = Field(default=3, ge=0.5, le=60)
    consent_text: str = ""  # empty: the built-in (translated) text
    consent_required: bool = True
    language: str | None = None  # e.g. "de"; default: the system locale
    windowed: bool = False
    # Guards the staff view and quitting: set with `kiosk set-pin` (a salted scrypt hash).
    staff_pin_hash: str = ""
    staff_pin: str = ""  # deprecated: the PIN in plain text (still honoured, with a warning)
    purge_after_h: float = Field(default=24, ge=0, le=24 * 90)
    # What the kiosk is for: registering walk-ups, checking people in at the door, or both.
    # "desk": the staff desk for walk-ins (kiosk.ui.flows.desk; needs a staff PIN).
    mode: Literal["both", "register", "checkin", "desk"] = "both"
    desk_lock_s: float = Field(default=180, ge=10, le=3600)  # the desk locks when left alone
    event: str = ""  # readable id of the door's event; empty: whatever event a code is for
    session: str = ""  # a room door: check in to this session of ``event``
    checkin_result_s: float = Field(default=5, ge=1, le=120)
    sound: bool = True  # a short sound with each check-in and registration result
    # Reach from a wheelchair (ADA: operable parts 15-48 in above the floor): the main
    # buttons in the lower 55 % of the screen (kiosk.ui.reach: on a floor-standing
    # 1080x1920 kiosk 48 in is about 56 % up the picture). "auto": in portrait only;
    # "low": in every orientation; "off": never.
    reach: Literal["auto", "low", "off"] = "auto"

    @field_validator("event", "session")
    @classmethod
    def _stripped(cls, value: str) -> str:
        return value.strip()

    @field_validator("staff_pin_hash")
    @classmethod
    def _readable_hash(cls, value: str) -> str:
        """A damaged hash is refused at start, not found out as "PIN not right" later."""
        if value:
            check_pin_hash(value)
        return value


class ScannerSettings(BaseModel):
    """Where check-in codes come from besides a keyboard-wedge scanner."""

    model_config = ConfigDict(extra="forbid")

    # "auto": the system's default camera; a device id; "" for no camera.
    camera: str = "auto"


class BadgeSettings(BaseModel):
    """Name badges: which print queue, which paper, which layout, and when."""

    model_config = ConfigDict(extra="forbid")

    printer: str = ""  # a CUPS queue name (`kiosk printers` lists them); "": no badges
    # "4x3in", "3.5x2.25in", "62x100mm", "a6", or "custom" with width_mm and height_mm;
    # "": the paper the template was drawn for.
    paper: str = ""
    width_mm: float | None = None
    height_mm: float | None = None
    template: str = "default"  # resources/badges/<template>.toml
    print_on: tuple[Literal["checkin", "registration"], ...] = ("checkin",)

    @field_validator("printer", "paper", "template")
    @classmethod
    def _trimmed(cls, value: str) -> str:
        return value.strip()

    @model_validator(mode="after")
    def _known_paper(self) -> BadgeSettings:
        if self.paper:
            # Here, not at the top: the badge module brings the outbox and the API models,
            # which the settings (read first by every command) do not need.
            from kiosk.services.badges import paper_size

            paper_size(self.paper, self.width_mm, self.height_mm)
        return self


class KioskSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    api: ApiSettings = Field(default_factory=ApiSettings)
    screen: ScreenSettings = Field(default_factory=ScreenSettings)
    scanner: ScannerSettings = Field(default_factory=ScannerSettings)
    badges: BadgeSettings = Field(default_factory=BadgeSettings)
    basedir: Path | None = None

    @property
    def data_dir(self) -> Path:
        if self.basedir is not None:
            return self.basedir
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


def _from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    """``KIOSK_ENDPOINT``, ``KIOSK_TOKEN``, ``KIOSK_ORIGIN``, ``KIOSK_STAFF_TOKEN``... map
    onto ``api.*``; ``KIOSK_MODE`` onto ``screen.mode``."""
    api: dict[str, Any] = {}
    for field in ApiSettings.model_fields:
        value = environ.get(ENV_PREFIX + field.upper())
        if value:
            api[field] = value
    data: dict[str, Any] = {"api": api} if api else {}
    if environ.get(ENV_PREFIX + "MODE"):
        data["screen"] = {"mode": environ[ENV_PREFIX + "MODE"].strip().lower()}
    if environ.get(ENV_PREFIX + "BASEDIR"):
        data["basedir"] = environ[ENV_PREFIX + "BASEDIR"]
    # Set but empty switches badge printing off.
    if ENV_PREFIX + "BADGE_PRINTER" in environ:
        data["badges"] = {"printer": environ[ENV_PREFIX + "BADGE_PRINTER"]}
    return data


def _merge(base: dict[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in update.items():
        if isinstance(value, Mapping):
            # Merge into {} when the base lacks the table, so None values (options not
            # given on the command line) are still dropped rather than copied in.
            current = merged.get(key)
            merged[key] = _merge(current if isinstance(current, dict) else {}, value)
        elif value is not None:
            merged[key] = value
    return merged


def load_settings(
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> KioskSettings:
    """Build the settings from the TOML file, the environment and command-line overrides."""
    data: dict[str, Any] = {}
    path = config_file if config_file is not None else default_config_file()
    if path.is_file():
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"The settings file {path} cannot be read: {exc}") from None
    elif config_file is not None:
        raise SettingsError(f"The settings file {path} does not exist.")
    data = _merge(data, _from_env(os.environ if environ is None else environ))
    data = _merge(data, overrides or {})
    try:
        return KioskSettings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise SettingsError(f"The setting {where} is not valid: {first['msg']}.") from None
