"""The visit plan's settings: capacity per account manager and cadence per group
(PRODUCT.md §6).  Kept in the project (``snapshot.settings_json``), changed as one
undoable step (``CustomerDocument.set_plan_settings``), kept by an update from a newer
list.  Frozen and hashable, so that a plan computed for them can be cached."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from segmenter_app.core.errors import PlanSettingError

#: Cadence keys as the command line and the project write them, in the default order
#: of priority groups; each names one group of ``segmentation.GROUPS``.
CADENCE_KEYS: tuple[str, ...] = ("GROW", "FIX", "MOVE-prioritise", "MODEL", "MOVE-observe")
GROUP_OF_KEY: dict[str, str] = {
    "GROW": "GROW",
    "FIX": "FIX",
    "MOVE-prioritise": "MOVE_PRIORITISE",
    "MODEL": "MODEL",
    "MOVE-observe": "MOVE_OBSERVE",
}
#: Planned visits per customer and year (unclassified customers: 0).
DEFAULT_CADENCE: tuple[tuple[str, float], ...] = (
    ("GROW", 12.0),
    ("FIX", 8.0),
    ("MOVE-prioritise", 6.0),
    ("MODEL", 4.0),
    ("MOVE-observe", 1.0),
)
#: Visits an account manager can make in a year, unless set for that manager.
DEFAULT_CAPACITY = 200.0


def _checked(value: Any, code: str, **params: Any) -> float:
    """A finite number ≥ 0, else PlanSettingError(code_not_a_number / code_negative)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise PlanSettingError(f"{code}_not_a_number", value=str(value), **params) from None
    if not math.isfinite(number):
        raise PlanSettingError(f"{code}_not_a_number", value=str(value), **params)
    if number < 0:
        raise PlanSettingError(f"{code}_negative", value=str(value), **params)
    return number


@dataclass(frozen=True)
class PlanSettings:
    capacity: float = DEFAULT_CAPACITY
    #: (manager, capacity) for the managers whose capacity differs, sorted by name; an
    #: entry for a manager the list no longer has is kept (an update may bring them back)
    capacity_of: tuple[tuple[str, float], ...] = ()
    #: (cadence key, visits a year), one per key of CADENCE_KEYS
    cadence: tuple[tuple[str, float], ...] = DEFAULT_CADENCE

    def __post_init__(self) -> None:
        object.__setattr__(self, "capacity", _checked(self.capacity, "capacity"))
        overrides = {str(name): _checked(value, "capacity", name=name) for name, value in self.capacity_of}
        object.__setattr__(self, "capacity_of", tuple(sorted(overrides.items())))
        given = dict(self.cadence)
        unknown = [key for key in given if key not in GROUP_OF_KEY]
        if unknown:
            raise PlanSettingError("cadence_unknown_key", key=unknown[0], keys=", ".join(CADENCE_KEYS))
        defaults = dict(DEFAULT_CADENCE)
        cadence = tuple(
            (key, _checked(given.get(key, defaults[key]), "cadence", key=key)) for key in CADENCE_KEYS
        )
        object.__setattr__(self, "cadence", cadence)

    def cadence_of(self, key: str) -> float:
        return dict(self.cadence)[key]

    def cadence_by_group(self) -> dict[str, float]:
        """Cadence per group name of ``segmentation.GROUPS``."""
        return {GROUP_OF_KEY[key]: value for key, value in self.cadence}

    def capacity_for(self, manager: str) -> float:
        return dict(self.capacity_of).get(manager, self.capacity)

    def is_overridden(self, manager: str) -> bool:
        return manager in dict(self.capacity_of)

    def with_capacity(self, value: float) -> PlanSettings:
        return replace(self, capacity=value)

    def with_capacity_of(self, manager: str, value: float | None) -> PlanSettings:
        """A manager's own capacity (None: back to the team's)."""
        overrides = dict(self.capacity_of)
        if value is None:
            overrides.pop(manager, None)
        else:
            overrides[manager] = value
        return replace(self, capacity_of=tuple(overrides.items()))

    def with_cadence(self, key: str, value: float) -> PlanSettings:
        cadence = dict(self.cadence)
        if key not in GROUP_OF_KEY:
            raise PlanSettingError("cadence_unknown_key", key=key, keys=", ".join(CADENCE_KEYS))
        cadence[key] = value
        return replace(self, cadence=tuple(cadence.items()))

    # ----------------------------------------------------------------- the project

    def to_json(self) -> dict[str, Any]:
        return {
            "capacity": self.capacity,
            "capacity_of": [[name, value] for name, value in self.capacity_of],
            "cadence": dict(self.cadence),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> PlanSettings:
        """Settings as :meth:`to_json` wrote them; None (a project from before plans)
        gives the defaults."""
        if data is None:
            return cls()
        return cls(
            capacity=data.get("capacity", DEFAULT_CAPACITY),
            capacity_of=tuple((str(name), value) for name, value in data.get("capacity_of", [])),
            cadence=tuple(dict(data.get("cadence", {})).items()),
        )


# --------------------------------------------------------------------------- command line


def parse_amount(text: str, code: str, **params: Any) -> float:
    """'200', '12.5' or '12,5' as a number ≥ 0 (PlanSettingError otherwise)."""
    cleaned = str(text).strip().replace(",", ".") if isinstance(text, str) else text
    return _checked(cleaned, code, **params)


def parse_assignment(text: str, code: str) -> tuple[str, float]:
    """'NAME=N' → (NAME, N); PlanSettingError(code_not_a_number …) when N is no number."""
    name, separator, value = str(text).rpartition("=")
    if not separator or not name.strip():
        raise PlanSettingError(f"{code}_assignment", value=str(text))
    return name.strip(), parse_amount(value, code, name=name.strip(), key=name.strip())


def settings_from_options(
    capacity: str | None,
    capacity_of: list[str],
    cadence: list[str],
    managers: list[str],
    base: PlanSettings | None = None,
) -> PlanSettings:
    """The command line's ``--capacity N``, ``--capacity-of NAME=N`` and ``--cadence
    KEY=N`` over ``base`` (a project's own settings, or the defaults).  A manager the
    list does not have is refused: a typing slip must not go unnoticed."""
    settings = base or PlanSettings()
    if capacity is not None:
        settings = settings.with_capacity(parse_amount(capacity, "capacity"))
    for item in capacity_of:
        name, value = parse_assignment(item, "capacity")
        if name not in managers:
            raise PlanSettingError("unknown_manager", name=name, managers=", ".join(managers))
        settings = settings.with_capacity_of(name, value)
    for item in cadence:
        key, value = parse_assignment(item, "cadence")
        matched = {k.lower(): k for k in CADENCE_KEYS}.get(key.lower().replace("·", "-").replace("_", "-"))
        if matched is None:
            raise PlanSettingError("cadence_unknown_key", key=key, keys=", ".join(CADENCE_KEYS))
        settings = settings.with_cadence(matched, value)
    return settings
