"""The visit plan's settings (PRODUCT.md §6): capacity per account manager, the minimum
and each group's maximum of visits per customer, each group's weight of a euro at
stake, and how priorities rank (by worth, or segment first).

Kept in the project (``snapshot.settings_json``), changed as one undoable step
(``CustomerDocument.set_plan_settings``), kept by an update from a newer list.  Frozen
and hashable, so that a plan computed for them can be cached.

Every number is bounded: a capacity above :data:`MAX_CAPACITY` visits a year, more than
:data:`MAX_VISITS` visits a year for one customer or a weight above :data:`MAX_WEIGHT`
is a slip, not a plan (``--capacity 1e22`` once planned nothing; ``--cadence
GROW=1e308`` wrote ``inf``), and is refused with a code that ``text.plan_texts`` words.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from segmenter_app.core.errors import PlanSettingError
from segmenter_app.core.model import segmentation as sg

#: Group keys as the command line and the project write them, in the default order of
#: priority groups; each names one group of ``segmentation.GROUPS``.
GROUP_KEYS: tuple[str, ...] = ("GROW", "FIX", "MOVE-prioritise", "MODEL", "MOVE-observe")
#: The second round's name (``--cadence KEY=N`` is another name for ``--maximum``).
CADENCE_KEYS = GROUP_KEYS
GROUP_OF_KEY: dict[str, str] = {
    "GROW": "GROW",
    "FIX": "FIX",
    "MOVE-prioritise": "MOVE_PRIORITISE",
    "MODEL": "MODEL",
    "MOVE-observe": "MOVE_OBSERVE",
}
#: The most visits a customer of each group gets in a year (unclassified customers: 0).
DEFAULT_MAXIMUM: tuple[tuple[str, int], ...] = (
    ("GROW", 12),
    ("FIX", 8),
    ("MOVE-prioritise", 6),
    ("MODEL", 4),
    ("MOVE-observe", 1),
)
#: How much a euro at stake counts in each group (see ``segmentation.DEFAULT_WEIGHTS``).
DEFAULT_WEIGHTS: tuple[tuple[str, float], ...] = tuple(
    (key, sg.DEFAULT_WEIGHTS[sg.GROUPS.index(GROUP_OF_KEY[key])]) for key in GROUP_KEYS
)
#: Visits every classified customer gets at least (a contact a year).
DEFAULT_MINIMUM = 1
#: Visits an account manager can make in a year, where the list does not say.
DEFAULT_CAPACITY = 200.0
#: How priorities rank: by worth (pinned first; ties by group order, then id), or
#: segment first (the group order, then worth).
PRIORITY_ORDERS: tuple[str, ...] = ("worth", "segment")

#: The sensible limits (a visit a day for one customer; 100,000 visits a year for one
#: "manager", which may stand for a whole team; a weight is relative, 100 is plenty).
MAX_CAPACITY = 100_000.0
MAX_VISITS = 365
MAX_WEIGHT = 100.0


def _checked(value: Any, code: str, limit: float, whole: bool = False, **params: Any) -> float:
    """A finite number in 0..``limit`` (a whole one when ``whole``), else
    PlanSettingError(code_not_a_number / _negative / _too_large / _not_whole)."""
    if isinstance(value, bool):
        raise PlanSettingError(f"{code}_not_a_number", value=str(value), **params)
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise PlanSettingError(f"{code}_not_a_number", value=str(value), **params) from None
    if not math.isfinite(number):
        raise PlanSettingError(f"{code}_not_a_number", value=str(value), **params)
    if number < 0:
        raise PlanSettingError(f"{code}_negative", value=str(value), **params)
    if number > limit:
        raise PlanSettingError(f"{code}_too_large", value=str(value), limit=_limit_text(limit), **params)
    if whole and not number.is_integer():
        raise PlanSettingError(f"{code}_not_whole", value=str(value), **params)
    return number


def _limit_text(limit: float) -> str:
    return f"{limit:,.0f}".replace(",", "\u202f")


def _group_values(
    given: tuple[tuple[str, Any], ...],
    defaults: tuple[tuple[str, Any], ...],
    code: str,
    limit: float,
    whole: bool,
) -> tuple[tuple[str, Any], ...]:
    values = dict(given)
    unknown = [key for key in values if key not in GROUP_OF_KEY]
    if unknown:
        raise PlanSettingError(f"{code}_unknown_key", key=unknown[0], keys=", ".join(GROUP_KEYS))
    fallback = dict(defaults)
    result = []
    for key in GROUP_KEYS:
        number = _checked(values.get(key, fallback[key]), code, limit, whole, key=key)
        result.append((key, int(number) if whole else number))
    return tuple(result)


@dataclass(frozen=True)
class PlanSettings:
    #: the team's capacity for every manager; None: each manager's visits in the list
    #: where its effort column counts visits, else DEFAULT_CAPACITY
    capacity: float | None = None
    #: (manager, capacity) for the managers whose capacity differs, sorted by name; an
    #: entry for a manager the list no longer has is kept (an update may bring them back)
    capacity_of: tuple[tuple[str, float], ...] = ()
    #: visits every classified customer gets at least (a group's maximum below it caps it)
    minimum: int = DEFAULT_MINIMUM
    #: (group key, most visits a year), one per key of GROUP_KEYS
    maximum: tuple[tuple[str, int], ...] = DEFAULT_MAXIMUM
    #: (group key, weight of a euro at stake), one per key of GROUP_KEYS
    weights: tuple[tuple[str, float], ...] = DEFAULT_WEIGHTS
    #: "worth" or "segment" (see PRIORITY_ORDERS)
    priority: str = "worth"

    def __post_init__(self) -> None:
        if self.capacity is not None:
            object.__setattr__(self, "capacity", _checked(self.capacity, "capacity", MAX_CAPACITY))
        overrides = {
            str(name): _checked(value, "capacity", MAX_CAPACITY, name=name)
            for name, value in self.capacity_of
        }
        object.__setattr__(self, "capacity_of", tuple(sorted(overrides.items())))
        object.__setattr__(self, "minimum", int(_checked(self.minimum, "minimum", MAX_VISITS, True)))
        object.__setattr__(
            self, "maximum", _group_values(self.maximum, DEFAULT_MAXIMUM, "maximum", MAX_VISITS, True)
        )
        object.__setattr__(
            self, "weights", _group_values(self.weights, DEFAULT_WEIGHTS, "weight", MAX_WEIGHT, False)
        )
        if self.priority not in PRIORITY_ORDERS:
            raise PlanSettingError("priority_unknown", value=str(self.priority))

    # ----------------------------------------------------------------- reading

    def maximum_of(self, key: str) -> int:
        return dict(self.maximum)[key]

    def weight_of(self, key: str) -> float:
        return dict(self.weights)[key]

    def maximum_by_group(self) -> tuple[int, ...]:
        """The maximum per group of ``segmentation.GROUPS`` (in that order)."""
        by_group = {GROUP_OF_KEY[key]: value for key, value in self.maximum}
        return tuple(by_group[group] for group in sg.GROUPS)

    def minimum_by_group(self) -> tuple[int, ...]:
        """Each group's minimum: the minimum, or the group's maximum where that is lower
        (a maximum of 0 says: no visits for this group)."""
        return tuple(min(self.minimum, maximum) for maximum in self.maximum_by_group())

    @property
    def ranking(self) -> sg.Ranking:
        """What the priorities need of these settings: the weights and the order."""
        by_group = {GROUP_OF_KEY[key]: value for key, value in self.weights}
        return sg.Ranking(tuple(by_group[group] for group in sg.GROUPS), self.priority)

    def capacity_for(self, manager: str, from_list: float | None = None) -> float:
        return self.capacity_source(manager, from_list)[0]

    def capacity_source(self, manager: str, from_list: float | None = None) -> tuple[float, str]:
        """(capacity, where it comes from): ``manager`` (set for this manager), ``team``
        (the team's capacity set), ``list`` (``from_list``: the visits the list says the
        manager made) or ``default``."""
        own = dict(self.capacity_of).get(manager)
        if own is not None:
            return own, "manager"
        if self.capacity is not None:
            return self.capacity, "team"
        if from_list is not None and math.isfinite(from_list) and from_list > 0:
            return min(float(from_list), MAX_CAPACITY), "list"
        return DEFAULT_CAPACITY, "default"

    def is_overridden(self, manager: str) -> bool:
        return manager in dict(self.capacity_of)

    # ----------------------------------------------------------------- changing

    def with_capacity(self, value: float | None) -> PlanSettings:
        """The team's capacity (None: from the list, else the default)."""
        return replace(self, capacity=value)

    def with_capacity_of(self, manager: str, value: float | None) -> PlanSettings:
        """A manager's own capacity (None: back to the team's)."""
        overrides = dict(self.capacity_of)
        if value is None:
            overrides.pop(manager, None)
        else:
            overrides[manager] = value
        return replace(self, capacity_of=tuple(overrides.items()))

    def with_minimum(self, value: int) -> PlanSettings:
        return replace(self, minimum=value)

    def with_maximum(self, key: str, value: int) -> PlanSettings:
        if key not in GROUP_OF_KEY:
            raise PlanSettingError("maximum_unknown_key", key=key, keys=", ".join(GROUP_KEYS))
        return replace(self, maximum=tuple({**dict(self.maximum), key: value}.items()))

    def with_weight(self, key: str, value: float) -> PlanSettings:
        if key not in GROUP_OF_KEY:
            raise PlanSettingError("weight_unknown_key", key=key, keys=", ".join(GROUP_KEYS))
        return replace(self, weights=tuple({**dict(self.weights), key: value}.items()))

    def with_priority(self, value: str) -> PlanSettings:
        return replace(self, priority=value)

    # ----------------------------------------------------------------- the project

    def to_json(self) -> dict[str, Any]:
        return {
            "capacity": self.capacity,
            "capacity_of": [[name, value] for name, value in self.capacity_of],
            "minimum": self.minimum,
            "maximum": dict(self.maximum),
            "weights": dict(self.weights),
            "priority": self.priority,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> PlanSettings:
        """Settings as :meth:`to_json` wrote them; None (a project from before plans)
        gives the defaults.  A project of the second round wrote its maxima as
        ``cadence`` (read as the maxima, whole visits) and always wrote the capacity:
        its 200 was the default then, so it reads as "from the list"."""
        if data is None:
            return cls()
        second_round = "weights" not in data
        capacity = data.get("capacity")
        if second_round and capacity == DEFAULT_CAPACITY:
            capacity = None
        maximum = dict(data.get("maximum", data.get("cadence", {})))
        if second_round:
            maximum = {key: _whole(value) for key, value in maximum.items()}
        return cls(
            capacity=capacity,
            capacity_of=tuple((str(name), value) for name, value in data.get("capacity_of", [])),
            minimum=data.get("minimum", DEFAULT_MINIMUM),
            maximum=tuple(maximum.items()),
            weights=tuple(dict(data.get("weights", {})).items()),
            priority=data.get("priority", "worth"),
        )


def _whole(value: Any) -> Any:
    """A second-round cadence (it could be 2.5) as whole visits, rounded."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    return round(number) if math.isfinite(number) else value


# --------------------------------------------------------------------------- command line


def parse_amount(text: Any, code: str, limit: float, whole: bool = False, **params: Any) -> float:
    """'200', '12.5' or '12,5' as a number in 0..limit (PlanSettingError otherwise)."""
    cleaned = str(text).strip().replace(",", ".") if isinstance(text, str) else text
    return _checked(cleaned, code, limit, whole, **params)


def parse_assignment(text: str, code: str) -> tuple[str, str]:
    """'NAME=N' → (NAME, 'N'); PlanSettingError(code_assignment) without a NAME=."""
    name, separator, value = str(text).rpartition("=")
    if not separator or not name.strip():
        raise PlanSettingError(f"{code}_assignment", value=str(text))
    return name.strip(), value


def group_key(text: str, code: str) -> str:
    """'move-observe', 'MOVE·observe', 'move_observe' → 'MOVE-observe'."""
    matched = {k.lower(): k for k in GROUP_KEYS}.get(text.strip().lower().replace("·", "-").replace("_", "-"))
    if matched is None:
        raise PlanSettingError(f"{code}_unknown_key", key=text, keys=", ".join(GROUP_KEYS))
    return matched


@contextmanager
def _option(option: str) -> Iterator[None]:
    """Marks a PlanSettingError with the option it came from (for the usage message)."""
    try:
        yield
    except PlanSettingError as error:
        error.params.setdefault("option", option)
        raise


def settings_from_options(
    managers: list[str],
    base: PlanSettings | None = None,
    *,
    capacity: str | None = None,
    capacity_of: list[str] | tuple[str, ...] = (),
    minimum: str | None = None,
    maximum: list[str] | tuple[str, ...] = (),
    cadence: list[str] | tuple[str, ...] = (),
    weight: list[str] | tuple[str, ...] = (),
    priority: str | None = None,
) -> PlanSettings:
    """The command line's plan options over ``base`` (a project's own settings, or the
    defaults): ``--capacity N``, ``--capacity-of NAME=N``, ``--minimum-visits N``,
    ``--maximum KEY=N`` (``--cadence KEY=N``: its other name), ``--weight KEY=W``,
    ``--priority worth|segment``.  A refused value raises PlanSettingError whose
    ``params["option"]`` names the option; a manager the list does not have is refused:
    a typing slip must not go unnoticed."""
    settings = base or PlanSettings()
    if capacity is not None:
        with _option("--capacity"):
            settings = settings.with_capacity(parse_amount(capacity, "capacity", MAX_CAPACITY))
    for item in capacity_of:
        with _option("--capacity-of"):
            name, value = parse_assignment(item, "capacity")
            if name not in managers:
                raise PlanSettingError("unknown_manager", name=name, managers=", ".join(managers))
            settings = settings.with_capacity_of(
                name, parse_amount(value, "capacity", MAX_CAPACITY, name=name)
            )
    if minimum is not None:
        with _option("--minimum-visits"):
            settings = settings.with_minimum(int(parse_amount(minimum, "minimum", MAX_VISITS, True)))
    for option, code, items in (("--maximum", "maximum", maximum), ("--cadence", "cadence", cadence)):
        for item in items:
            with _option(option):
                name, value = parse_assignment(item, code)
                key = group_key(name, code)
                number = parse_amount(value, code, MAX_VISITS, True, key=key)
                settings = settings.with_maximum(key, int(number))
    for item in weight:
        with _option("--weight"):
            name, value = parse_assignment(item, "weight")
            key = group_key(name, "weight")
            settings = settings.with_weight(key, parse_amount(value, "weight", MAX_WEIGHT, key=key))
    if priority is not None:
        with _option("--priority"):
            if priority.strip().lower() not in PRIORITY_ORDERS:
                raise PlanSettingError("priority_unknown", value=priority)
            settings = settings.with_priority(priority.strip().lower())
    return settings
