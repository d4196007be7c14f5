"""The events API's JSON objects: the one definition both the client and the local server use.

Reading is tolerant (contract §7): every field has a default, unknown keys are ignored,
``null`` is accepted for every field (a non-nullable field falls back to its default),
``image`` may be a URL, a base64 string or ``{"image": ...}``. Local wall-clock times stay
naive; ``*UTC`` instants become aware, a missing offset meaning UTC.

Writing (``to_wire``) is camelCase (PascalCase for Captcha and HipObject), every field
present, ``null`` where blank.
"""

from __future__ import annotations

import enum
import re
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    PlainSerializer,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
)
from pydantic.alias_generators import to_camel, to_pascal
from pydantic_core import core_schema

from kiosk.api.errors import InvalidResponseError

# --------------------------------------------------------------------------- enumerations


class EventFormat(enum.IntEnum):
    ON_SITE = 100000001
    WEBINAR = 100000002
    HYBRID = 100000003


class EventType(enum.IntEnum):
    EXECUTIVE_BRIEFING = 100000001
    CONFERENCE = 100000002
    DEMONSTRATION = 100000003
    TRAINING = 100000004
    WEBCAST = 100000005


class SessionFormat(enum.IntEnum):
    ON_SITE = 100000001
    WEBINAR = 100000002
    HYBRID = 100000003


class SessionType(enum.IntEnum):
    LAB = 100000000
    KEYNOTE = 100000001
    GENERAL = 100000002
    INTERACTIVE = 100000003


class YesNo(enum.IntEnum):
    YES = 100000001
    NO = 100000002


class Language(enum.IntEnum):
    ENGLISH = 100000000
    FRENCH = 100000001
    GERMAN = 100000002
    SPANISH = 100000003
    ITALIAN = 100000004
    RUSSIAN = 100000005
    DUTCH = 100000006
    TURKISH = 100000007
    PORTUGUESE = 100000008
    CHINESE_SIMPLIFIED = 100000009
    JAPANESE = 100000010
    KOREAN = 100000011
    HEBREW = 100000012
    CHINESE_TRADITIONAL = 100000013


class CustomFieldType(enum.IntEnum):
    SIMPLE_TEXT = 100000000
    BOOLEAN = 100000001
    MULTIPLE_CHOICE = 100000002
    SINGLE_CHOICE = 100000003


class RegistrationStatus(enum.StrEnum):
    """Known ``RegistrationResult.status`` values; any other value means failure."""

    SUCCESS = "Success"
    INITIATED = "Initiated"
    REDIRECT = "Redirect"
    FAILURE = "Failure"


class RegistrationErrorCode(enum.StrEnum):
    """``RegistrationResult.errorCode`` values the local server uses.

    The cloud service's codes are unknown (contract open question 9); the kiosk treats
    any code it does not know as a refusal and shows the server's ``errorMessage``.
    """

    EVENT_FULL = "EventCapacityReached"
    SESSION_FULL = "SessionCapacityReached"
    REGISTRATION_CLOSED = "RegistrationClosed"
    ANONYMOUS_NOT_ALLOWED = "AnonymousRegistrationNotAllowed"
    MULTIPLE_ATTENDEES_NOT_ALLOWED = "MultipleAttendeesNotAllowed"
    NO_ATTENDEES = "NoAttendees"
    REQUIRED_FIELD_MISSING = "RequiredFieldMissing"
    INVALID_CHOICE = "InvalidChoice"
    UNKNOWN_FIELD = "UnknownRegistrationField"
    INVALID_EMAIL = "InvalidEmail"
    MISSING_NAME = "MissingName"
    VALUE_TOO_LONG = "ValueTooLong"
    DUPLICATE_ATTENDEE = "DuplicateAttendee"
    UNKNOWN_SESSION = "UnknownSession"
    SESSION_SELECTION_NOT_ALLOWED = "CustomAgendaNotAllowed"
    PASS_REQUIRED = "PassRequired"
    UNKNOWN_PASS = "UnknownPass"
    PASS_SOLD_OUT = "PassSoldOut"
    CAPTCHA_REQUIRED = "CaptchaRequired"
    UNKNOWN_PURCHASE = "UnknownPurchase"
    EVENT_NOT_OPEN = "EventNotOpen"
    WAITLIST_NOT_AVAILABLE = "WaitlistNotAvailable"


class ErrorType(enum.StrEnum):
    ENDPOINT_NOT_FOUND = "EndpointNotFound"
    INTERNAL_SERVER_ERROR = "InternalServerError"
    ONLY_HTTP_POST_ALLOWED = "OnlyHttpPostAllowed"
    ANONYMOUS_ACCESS_NOT_ALLOWED = "AnonymousAccessNotAllowed"
    ONLY_HTTPS_ALLOWED = "OnlyHttpsAllowed"


# An option set: the enum member when the value is known, the bare integer when the
# tenant has a custom option value (contract §5 and open question 15). left_to_right tries
# the enum first (validated inside pydantic-core, no Python call per value) and falls back
# to the integer.
_LEFT_TO_RIGHT = Field(union_mode="left_to_right")
EventFormatOption = Annotated[EventFormat | int | None, _LEFT_TO_RIGHT]
EventTypeOption = Annotated[EventType | int | None, _LEFT_TO_RIGHT]
SessionFormatOption = Annotated[SessionFormat | int | None, _LEFT_TO_RIGHT]
SessionTypeOption = Annotated[SessionType | int | None, _LEFT_TO_RIGHT]
YesNoOption = Annotated[YesNo | int | None, _LEFT_TO_RIGHT]
LanguageOption = Annotated[Language | int | None, _LEFT_TO_RIGHT]
CustomFieldTypeOption = Annotated[CustomFieldType | int | None, _LEFT_TO_RIGHT]

# --------------------------------------------------------------------------- field types


def _as_naive(value: datetime) -> datetime:
    # Wall-clock fields: an offset, if a server adds one, is dropped, the clock kept.
    return value.replace(tzinfo=None) if value.tzinfo is not None else value


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        # "0001-01-01T00:00:00+01:00" (.NET's MinValue) leaves datetime's range in UTC;
        # a ValueError makes pydantic report it instead of crashing the caller.
        raise ValueError("the instant is out of range once converted to UTC") from None


def _write_local(value: datetime) -> str:
    return value.isoformat()


def _write_utc(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


LocalDateTime = Annotated[
    datetime,
    AfterValidator(_as_naive),
    PlainSerializer(_write_local, return_type=str),
]
"""Wall-clock time in the event's zone (``startDate``, ``startTime``...): always naive."""

UtcDateTime = Annotated[
    datetime,
    AfterValidator(_as_utc),
    PlainSerializer(_write_utc, return_type=str),
]
"""An instant (``startDateUTC``...): always aware, in UTC; no offset on the wire means UTC."""


def _unwrap_image(value: Any) -> Any:
    # Contract §4.4: the declared wrapper ``{"image": ...}`` is unwrapped; URLs and base64
    # strings pass as they are; an empty string is blank.
    if isinstance(value, dict):
        value = value.get("image")
    if isinstance(value, str) and not value.strip():
        return None
    return value


ImageValue = Annotated[str | None, BeforeValidator(_unwrap_image)]

class _NullMeansDefault:
    """``null`` on the wire means the field's default (contract §7), decided in pydantic-core.

    A union tries the real type first (Rust); only a ``null`` reaches the second branch,
    which hands back the default. A per-object Python hook did the same at twice the cost
    of parsing a long agenda.
    """

    def __init__(self, default: Any) -> None:
        self._default = default

    def _value(self, _: None) -> Any:
        return self._default() if callable(self._default) else self._default

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        null_branch = core_schema.chain_schema(
            [core_schema.none_schema(), core_schema.no_info_plain_validator_function(self._value)]
        )
        return core_schema.union_schema([handler(source), null_branch], mode="left_to_right")


Str = Annotated[str, _NullMeansDefault("")]
Int = Annotated[int, _NullMeansDefault(0)]
Float = Annotated[float, _NullMeansDefault(0.0)]
Bool = Annotated[bool, _NullMeansDefault(False)]
BoolTrue = Annotated[bool, _NullMeansDefault(True)]
_Item = TypeVar("_Item")
Items = Annotated[list[_Item], _NullMeansDefault(list)]
"""A list field; ``null`` reads as an empty list."""

# --------------------------------------------------------------------------- base classes



class ContractModel(BaseModel):
    """Tolerant reader, exhaustive writer.

    Unknown keys are ignored. ``null`` in a field the contract does not declare nullable
    falls back to the field's default (the ``Str``/``Int``/``Bool``... field types), so a
    drifted payload still parses.
    """

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="ignore",
        frozen=False,
        # Each model's validator is built when first used, not at import: a kiosk showing
        # its events list builds the published event's, not the other 30 (issue 13,
        # start-up). Forward references (Session <-> Speaker) resolve then too.
        defer_build=True,
    )

    def to_wire(self) -> dict[str, Any]:
        """The JSON-ready dict the API sends: wire names, every field, ``null`` where blank."""
        return self.model_dump(mode="json", by_alias=True)


class PascalModel(ContractModel):
    """Captcha and HipObject are PascalCase on the wire (contract §4.17)."""

    model_config = ConfigDict(alias_generator=to_pascal)


# --------------------------------------------------------------------------- venue


class Building(ContractModel):
    id: Str = ""
    name: Str = ""
    description: str | None = None
    address_line1: str | None = None
    address_line2: str | None = None
    address_line3: str | None = None
    city: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    address_composite: Str = ""
    email: str | None = None
    website: str | None = None
    telephone1: str | None = None
    telephone2: str | None = None
    telephone3: str | None = None
    accessible_toilets: Bool = False
    disabled_access: Bool = False
    disabled_parking: Bool = False
    public_telephone_available: Bool = False
    wifi_available: Bool = False
    wifi_ssid: str | None = Field(default=None, alias="wifiSSID")
    wifi_password: str | None = None
    additional_facilities: str | None = None

    @property
    def address(self) -> str:
        """The address for display: the composite when it says something, else the parts.

        The server composes ``addressComposite`` from the parts and leaves six spaces when
        they are all empty (contract §4.2), so blank-looking composites are ignored.
        """
        composite = " ".join(self.address_composite.split())
        if composite:
            return composite
        parts = (
            self.address_line1,
            self.address_line2,
            self.address_line3,
            self.postal_code,
            self.city,
            self.state_province,
            self.country,
        )
        return ", ".join(p.strip() for p in parts if p and p.strip())


class Room(ContractModel):
    id: Str = ""
    name: Str = ""
    description: str | None = None
    disabled_access: Bool = False


class SessionTrack(ContractModel):
    id: Str = ""
    name: Str = ""
    description: str | None = None


# --------------------------------------------------------------------------- people and agenda


class Speaker(ContractModel):
    id: Str = ""
    name: str | None = None
    title: str | None = None
    about: str | None = None
    accomplishments: str | None = None
    publications: str | None = None
    email: str | None = None
    blog: str | None = None
    linkedin: str | None = None
    twitter: str | None = None
    website: str | None = None
    image: ImageValue = None
    image_url: str | None = None
    sessions: list[Session] | None = None


class Session(ContractModel):
    id: Str = ""
    name: Str = ""
    session_summary: str | None = None
    detailed_description: str | None = None
    session_objectives: str | None = None
    session_pre_requisites: str | None = None
    start_time: LocalDateTime | None = None
    end_time: LocalDateTime | None = None
    start_time_utc: UtcDateTime | None = Field(default=None, alias="startTimeUTC")
    end_time_utc: UtcDateTime | None = Field(default=None, alias="endTimeUTC")
    time_zone: int | None = None
    session_format: SessionFormatOption = None
    session_type: SessionTypeOption = None
    language: LanguageOption = None
    cameras_permitted: YesNoOption = None
    recordings_permitted: YesNoOption = None
    building: Building | None = None
    room: Room | None = None
    speakers: list[Speaker] | None = None
    max_capacity: Int = 0
    is_capacity_restricted: Bool = False
    registration_count: Int = 0
    user_eligible_to_register: Bool = False
    already_registered: Bool = False

    @property
    def seats_left(self) -> int | None:
        """Seats still free, or None when the session's capacity is unlimited."""
        if not self.is_capacity_restricted:
            return None
        return max(self.max_capacity - self.registration_count, 0)


class Sponsorship(ContractModel):
    id: Str = ""
    sponsor_id: str | None = None
    sponsor_name: str | None = None
    sponsorship_topic: str | None = None
    description: str | None = None
    image: ImageValue = None


class Pass(ContractModel):
    pass_id: Str = ""
    pass_name: Str = ""
    price: Float = 0.0
    currency_symbol: Str = ""
    number_of_passes_left: Int = 0
    number_of_passes_sold: Int = 0
    sessions: Items[Session] = Field(default_factory=list)


class CustomRegistrationField(ContractModel):
    custom_registration_field_id: Str = ""
    text: Str = ""
    type: CustomFieldTypeOption = None
    is_required: Bool = False
    choices: str | None = None

    @property
    def choice_list(self) -> list[str]:
        """The options, split on line feeds (contract §4.10), blanks dropped."""
        if not self.choices:
            return []
        return [c.strip() for c in self.choices.replace("\r\n", "\n").split("\n") if c.strip()]


# --------------------------------------------------------------------------- the event


class Event(ContractModel):
    event_id: Str = ""
    readable_event_id: Str = ""
    event_name: Str = ""
    description: str | None = None
    start_date: LocalDateTime | None = None
    end_date: LocalDateTime | None = None
    start_date_utc: UtcDateTime | None = Field(default=None, alias="startDateUTC")
    end_date_utc: UtcDateTime | None = Field(default=None, alias="endDateUTC")
    time_zone: int | None = None
    time_zone_name: str | None = None
    event_format: EventFormatOption = None
    event_type: EventTypeOption = None
    event_language: LanguageOption = None
    building: Building | None = None
    room: Room | None = None
    image: ImageValue = None
    public_event_url: str | None = None
    max_capacity: Int = 0
    is_capacity_restricted: Bool = False
    show_waitlist: Bool = False
    autoregister_waitlist_items: Bool = False
    show_automatic_registration_checkbox: Bool = False
    allow_anonymous_registrations: BoolTrue = True
    allow_custom_agenda: Bool = False
    enable_multi_attendee_registration: Bool = False
    enable_captcha: Bool = False
    registration_form: str | None = None
    set_registration_end_date: Bool = False
    stop_registration_date: UtcDateTime | None = None
    website_message: str | None = None

    def registration_closed_at(self, now: datetime) -> bool:
        """True when the registration window has ended at ``now`` (an aware instant)."""
        return (
            self.set_registration_end_date
            and self.stop_registration_date is not None
            and now >= self.stop_registration_date
        )


def _extension_count(value: Any) -> int | None:
    # An extension is a hint, never a reason to refuse the list: anything but a whole,
    # non-negative number reads as absent (the kiosk then asks registrations/count).
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not (value.is_integer() and 0 <= value < 2**53):
        return None
    return int(value) if value >= 0 else None


def _extension_flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


class PublishedEvent(Event):
    """One item of ``GET events/published``: the event, plus the local server's extension
    (docs/local-server.md): ``registrationCount`` (the same number as
    ``events/{id}/registrations/count``) and ``hasPasses`` (whether ``events/{id}/passes``
    is non-empty). Dynamics sends neither: both read as None and the kiosk asks the
    per-event endpoints instead, for the cards on screen only. A value of the wrong type
    also reads as None. The kiosk never sends an event anywhere; ``to_wire`` writes them
    (null when absent) only for its own copy on disk."""

    registration_count: Annotated[int | None, BeforeValidator(_extension_count)] = None
    has_passes: Annotated[bool | None, BeforeValidator(_extension_flag)] = None


# --------------------------------------------------------------------------- registration


class CustomRegistrationFieldResponse(ContractModel):
    id: Str = ""
    value: Str = ""
    values: list[str] | None = None


class AttendeeSessions(ContractModel):
    session_id: Str = ""
    waitlisted: Bool = False


class Attendee(ContractModel):
    first_name: Str = ""
    last_name: Str = ""
    email: Str = ""
    # The sample portal sends "" rather than null for free events (contract §7); so do we.
    pass_id: Str = ""
    waitlisted: Bool = False
    auto_register: Bool = False
    responses: Items[CustomRegistrationFieldResponse] = Field(default_factory=list)
    attendee_sessions: Items[AttendeeSessions] = Field(default_factory=list)


class HipObject(PascalModel):
    solution: Str = ""
    token: Str = ""
    type: Str = ""
    flow_id: Str = ""


class Captcha(PascalModel):
    flow_id: Str = ""
    hip_url: Str = ""
    object_name: Str = ""
    function_name: Str = ""


class RegistrationData(ContractModel):
    attendees: Items[Attendee] = Field(default_factory=list)
    hip_object: HipObject | None = None

    @model_serializer(mode="wrap")
    def _omit_absent_captcha(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> dict[str, Any]:
        # Contract §4.14: without a captcha the key is left out, not sent as null.
        data: dict[str, Any] = handler(self)
        if self.hip_object is None:
            data.pop("hipObject", None)
            data.pop("hip_object", None)
        return data


class AttendeeOutcome(ContractModel):
    """Local-server extension: what happened to one attendee of a submission.

    The cloud service does not send this; a tolerant reader of the real service simply
    finds ``RegistrationResult.attendees`` empty.
    """

    registration_id: str | None = None
    check_in_code: str | None = None
    waitlisted: Bool = False
    waitlisted_session_ids: Items[str] = Field(default_factory=list)
    already_registered: Bool = False


class RegistrationResult(ContractModel):
    status: Str = ""
    error_message: str | None = None
    error_code: str | None = None
    redirect_url: str | None = None
    purchase_id: str | None = None
    # Local-server extension (see AttendeeOutcome); in the same order as the submission.
    attendees: Items[AttendeeOutcome] = Field(default_factory=list)

    @property
    def succeeded(self) -> bool:
        return self.status == RegistrationStatus.SUCCESS

    @property
    def needs_payment(self) -> bool:
        return self.status in (RegistrationStatus.INITIATED, RegistrationStatus.REDIRECT)

    @property
    def failed(self) -> bool:
        return not (self.succeeded or self.needs_payment)


class FinalizeRegistrationRequest(ContractModel):
    purchase_id: Str = ""
    hip_object: Annotated[HipObject, _NullMeansDefault(HipObject)] = Field(
        default_factory=HipObject
    )


class User(ContractModel):
    id: Str = ""
    first_name: Str = ""
    last_name: Str = ""
    email: str | None = None
    is_anonymous: BoolTrue = True


# --------------------------------------------------------------------------- check-in (RTM #20)


class CheckInRequest(ContractModel):
    """Body of ``POST checkins``.

    The contract leaves the schema open (open question 14); this is the shape the local
    server defines: the code from the attendee's confirmation, optionally for one session,
    and optionally the event the kiosk checks people in for (a code of another event is
    then ``WrongEvent`` instead of a check-in).
    """

    check_in_code: Str = ""
    session_id: str | None = None
    readable_event_id: str | None = None


class CheckInStatus(enum.StrEnum):
    CHECKED_IN = "CheckedIn"
    ALREADY_CHECKED_IN = "AlreadyCheckedIn"
    UNKNOWN_CODE = "UnknownCode"
    NOT_REGISTERED_FOR_SESSION = "NotRegisteredForSession"
    WAITLISTED = "Waitlisted"
    WRONG_EVENT = "WrongEvent"


class CheckInResult(ContractModel):
    status: Str = ""
    message: str | None = None
    registration_id: str | None = None
    readable_event_id: str | None = None  # with WrongEvent: the event the code belongs to
    event_name: str | None = None  # WrongEvent only: that event's name
    session_id: str | None = None
    first_name: str | None = None
    checked_in_at: UtcDateTime | None = None
    # CheckedIn and AlreadyCheckedIn: the attendee's chosen sessions with a seat.
    session_ids: Items[str] = Field(default_factory=list)

    @property
    def checked_in(self) -> bool:
        return self.status in (CheckInStatus.CHECKED_IN, CheckInStatus.ALREADY_CHECKED_IN)


# --------------------------------------------------------------------------- error bodies


class ErrorBody(BaseModel):
    """The body of a non-2xx answer: the sample reads a PascalCase ``Message`` (§4.18)."""

    model_config = ConfigDict(extra="ignore", defer_build=True)

    Message: str | None = None


# --------------------------------------------------------------------------- parsing helpers

M = TypeVar("M", bound=BaseModel)

_GUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def is_guid(value: str | None) -> bool:
    return bool(value and _GUID.match(value))


def _describe(error: ValidationError, *within: int) -> str:
    first = error.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(p) for p in (*within, *first["loc"])) or "body"
    return f"{where}: {first['msg']}"


def parse_object(model: type[M], data: object, what: str) -> M:
    """Parse one JSON object, or raise InvalidResponseError saying what was wrong."""
    if not isinstance(data, dict):
        raise InvalidResponseError(f"expected {what} as a JSON object, got {_json_kind(data)}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        detail = f"{what} did not match the contract ({_describe(exc)})"
        raise InvalidResponseError(detail) from None


def parse_list(model: type[M], data: object, what: str) -> list[M]:
    """Parse a JSON array of objects, or raise InvalidResponseError.

    One object at a time, not one call for the whole array: a background thread parsing
    an agenda then lets the GUI thread run between objects instead of holding the
    interpreter lock for tens of milliseconds (a stalled screen, measured in bench_gui).
    """
    if not isinstance(data, list):
        raise InvalidResponseError(f"expected a list of {what}, got {_json_kind(data)}")
    result: list[M] = []
    for index, item in enumerate(data):
        try:
            result.append(model.model_validate(item))
        except ValidationError as exc:
            raise InvalidResponseError(
                f"a list of {what} did not match the contract ({_describe(exc, index)})"
            ) from None
    return result


def parse_count(data: object, what: str = "registration count") -> int:
    """A bare JSON integer (contract #10, #14). Booleans and fractions are not counts."""
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise InvalidResponseError(f"expected the {what} as a number, got {_json_kind(data)}")
    if isinstance(data, float) and not data.is_integer():
        raise InvalidResponseError(f"expected the {what} as a whole number, got {data}")
    count = int(data)
    if count < 0:
        raise InvalidResponseError(f"the {what} was negative ({count})")
    return count


def parse_flag(data: object, what: str) -> bool:
    """A bare JSON boolean (contract #13, #24)."""
    if not isinstance(data, bool):
        raise InvalidResponseError(f"expected {what} as true or false, got {_json_kind(data)}")
    return data


def _json_kind(data: object) -> str:
    if data is None:
        return "null"
    if isinstance(data, bool):
        return "a boolean"
    if isinstance(data, int | float):
        return "a number"
    if isinstance(data, str):
        return "a string"
    if isinstance(data, list):
        return "a list"
    if isinstance(data, dict):
        return "an object"
    return type(data).__name__


# --------------------------------------------------------------------------- staff extensions
#
# Local-server extensions behind the staff credential (``X-Kiosk-Staff-Token``); see
# "Staff extensions" in docs/local-server.md. A Dynamics tenant has none of these
# endpoints (404), so the kiosk offers attendee search and offline lists only on the
# local server.


class AttendeeState(enum.StrEnum):
    """Where a registration stands (``AttendeeHit.state``, ``AttendeeRecord.state``)."""

    REGISTERED = "Registered"
    WAITLISTED = "Waitlisted"
    PENDING_PAYMENT = "PendingPayment"


class AttendeeHit(ContractModel):
    """One result of a staff attendee search: enough to pick the person, no e-mail and no
    full last name (the kiosk shows "Anna K." until staff open the record)."""

    registration_id: Str = ""
    first_name: Str = ""
    last_name_initial: Str = ""
    state: Str = ""
    checked_in: Bool = False
    checked_in_at: UtcDateTime | None = None
    check_in_code: str | None = None


class SessionCheckIn(ContractModel):
    session_id: Str = ""
    checked_in_at: UtcDateTime | None = None


class AttendeeRecord(ContractModel):
    """The full registration, for staff who opened one search hit."""

    registration_id: Str = ""
    first_name: Str = ""
    last_name: Str = ""
    email: Str = ""
    state: Str = ""
    check_in_code: str | None = None
    checked_in: Bool = False
    checked_in_at: UtcDateTime | None = None
    sessions: Items[AttendeeSessions] = Field(default_factory=list)
    session_check_ins: Items[SessionCheckIn] = Field(default_factory=list)


class CheckInListEntry(ContractModel):
    """One registration in the offline check-in list: the code only as a salted hash."""

    registration_id: Str = ""
    code_hash: Str = ""
    first_name: Str = ""
    last_name_initial: Str = ""
    waitlisted: Bool = False
    session_ids: Items[str] = Field(default_factory=list)
    waitlisted_session_ids: Items[str] = Field(default_factory=list)
    checked_in_at: UtcDateTime | None = None


class CheckInList(ContractModel):
    """The offline check-in list, whole or the changes since ``cursor`` of an earlier one."""

    salt: Str = ""
    cursor: Str = ""
    entries: Items[CheckInListEntry] = Field(default_factory=list)
