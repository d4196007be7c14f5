"""Whatever JSON the API answers, parsing either succeeds or raises InvalidResponseError."""

from __future__ import annotations

import json
from typing import Any

import pytest
from contract_fixtures import contract_models
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from kiosk.api.errors import InvalidResponseError
from kiosk.api.models import (
    Building,
    ContractModel,
    Event,
    Pass,
    Room,
    Session,
    Speaker,
    Sponsorship,
    parse_count,
    parse_flag,
    parse_list,
    parse_object,
)

MODELS = contract_models()


def fuzz(max_examples: int) -> settings:
    # Modest counts keep the suite fast; the models with the most fields get the most.
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


FUZZ = fuzz(200)
DEEP = (Event, Session, Speaker)

# What json.loads can hand us: it also accepts NaN and Infinity, and integers of any size.
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    # Strings that look like the contract's values, to get past the first type check.
    | st.sampled_from(
        [
            "",
            "      ",
            "2026-03-18T09:00:00",
            "2026-03-18T08:00:00Z",
            "2026-03-18T10:00:00+02:00",
            "0001-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59-05:00",
            "0001-01-01T00:00:00",
            "100000001",
            "true",
            "e1bd6b65-97ac-47ce-beff-8551eab16fc6",
            "/9j/4AAQSkZJRg==",
            "https://contoso.example/banner.jpg",
        ]
    )
    | st.sampled_from([100000000, 100000001, 100000002, 100000003, 100000099, -1, 0, 1e20])
)

json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=10,
)


def wire_names(model: type[BaseModel]) -> list[str]:
    return sorted(info.alias or name for name, info in model.model_fields.items())


# Nested objects get their own real keys, so the fuzzing reaches inside them too.
NESTED: dict[type[BaseModel], dict[str, type[BaseModel]]] = {
    Event: {"building": Building, "room": Room, "image": BaseModel},
    Session: {"building": Building, "room": Room, "speakers": Speaker},
    Speaker: {"sessions": Session},
    Pass: {"sessions": Session},
    Sponsorship: {"image": BaseModel},
}


def shaped(model: type[BaseModel], depth: int = 2) -> st.SearchStrategy[dict[str, Any]]:
    """Dicts carrying (some of) ``model``'s real wire keys with arbitrary values."""
    values: dict[str, st.SearchStrategy[Any]] = {}
    nested = NESTED.get(model, {})
    for key in wire_names(model):
        strategy: st.SearchStrategy[Any] = json_values
        inner = nested.get(key)
        if inner is BaseModel:  # the {"image": ...} wrapper
            strategy = strategy | st.fixed_dictionaries({"image": json_values})
        elif inner is not None and depth > 0:
            one = shaped(inner, depth - 1)
            strategy = strategy | one | st.lists(one, max_size=3)
        values[key] = strategy
    extra = st.dictionaries(st.text(max_size=10), json_values, max_size=2)
    return st.builds(
        lambda known, more: {**more, **known},
        st.fixed_dictionaries({}, optional=values),
        extra,
    )


def anything_for(model: type[BaseModel]) -> st.SearchStrategy[Any]:
    return json_values | shaped(model)


def check_parse_object(model: type[ContractModel], data: Any) -> None:
    try:
        parsed = parse_object(model, data, model.__name__)
    except InvalidResponseError as exc:
        message = str(exc)
        assert message.startswith(InvalidResponseError.default_message)
        return
    assert isinstance(parsed, model)
    # Whatever was accepted can be written back as JSON and read again.
    wire = parsed.to_wire()
    again = parse_object(model, json.loads(json.dumps(wire)), model.__name__)
    assert again.to_wire() == wire


def check_parse_list(model: type[ContractModel], data: Any) -> None:
    try:
        parsed = parse_list(model, data, model.__name__)
    except InvalidResponseError as exc:
        message = str(exc)
        assert message.startswith(InvalidResponseError.default_message)
        return
    assert isinstance(parsed, list)
    assert all(isinstance(item, model) for item in parsed)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_parse_object_never_crashes(model: type[ContractModel]) -> None:
    @fuzz(200 if model in DEEP else 60)
    @given(anything_for(model))
    @example({"startDateUTC": "0001-01-01T00:00:00+01:00"})
    @example({"checkedInAt": "9999-12-31T23:59:59-05:00"})
    @example({"image": {"image": {"image": "x"}}})
    def check(data: Any) -> None:
        check_parse_object(model, data)

    check()


@pytest.mark.parametrize("model", DEEP, ids=lambda m: m.__name__)
def test_parse_list_never_crashes(model: type[ContractModel]) -> None:
    @fuzz(100)
    @given(json_values | st.lists(anything_for(model), max_size=3))
    def check(data: Any) -> None:
        check_parse_list(model, data)

    check()


@fuzz(100)
@given(json_values)
def test_parse_list_never_crashes_for_any_model(data: Any) -> None:
    for model in MODELS:
        check_parse_list(model, data)


@FUZZ
@given(json_values)
def test_parse_count_never_crashes(data: Any) -> None:
    try:
        count = parse_count(data)
    except InvalidResponseError:
        return
    assert type(count) is int
    assert count >= 0
    assert not isinstance(data, bool)


@FUZZ
@given(json_values)
def test_parse_flag_never_crashes(data: Any) -> None:
    try:
        flag = parse_flag(data, "flag")
    except InvalidResponseError:
        assert not isinstance(data, bool)
        return
    assert flag is data
