"""Which end of a satisfaction scale is the best.

Most lists score high = satisfied; some score 1 as the best: German school grades
(*Schulnote* 1 = sehr gut … 6 = ungenügend), "1 = sehr zufrieden", "1 = very
satisfied", ranks.  The header says which: a grade or rank word, or a value named as
the best or the worst end ("1 = best", "6 = ungenügend").  Where the header's words and
the values disagree (school grades up to 9, "1 = best" on values from 0 to 100) the
import report says so; the user can flip the direction either way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from segmenter_app.core.importing.scales import SCALES, Scale, scale_number

#: Words that make a score a grade or a rank, where 1 is the best.
GRADE_WORDS = frozenset({"schulnote", "schulnoten", "note", "noten", "notenskala", "grade", "grades"})
RANK_WORDS = frozenset({"rang", "rank", "ranking", "rangfolge", "platz", "platzierung"})
#: Words of measures that grow with satisfaction — an index, a score, points, stars —
#: and the English words, whose lists score 5 as the best: "KZI (1-5)", "CSAT 1-5",
#: "Satisfaction (1-5)" say 5 is the best.  A German "Zufriedenheit (1-5)" or
#: "Kundenbewertung" does not: many German teams mean 1 = sehr zufrieden, as in school.
HIGH_WORDS = frozenset(
    {
        "kzi",
        "csat",
        "csi",
        "nps",
        "index",
        "score",
        "punkte",
        "punktzahl",
        "points",
        "sterne",
        "stars",
        "satisfaction",
        "rating",
        "happiness",
    }
)

_BEST = (
    "sehr gut",
    "sehr zufrieden",
    "voll zufrieden",
    "vollkommen zufrieden",
    "aeusserst zufrieden",
    "hoechst zufrieden",
    "am besten",
    "bestnote",
    "beste",
    "best",
    "hervorragend",
    "ausgezeichnet",
    "exzellent",
    "very satisfied",
    "extremely satisfied",
    "completely satisfied",
    "fully satisfied",
    "very good",
    "excellent",
    "outstanding",
    "top",
)
_WORST = (
    "ungenuegend",
    "mangelhaft",
    "sehr unzufrieden",
    "voellig unzufrieden",
    "unzufrieden",
    "sehr schlecht",
    "schlecht",
    "am schlechtesten",
    "schlechteste",
    "very dissatisfied",
    "extremely dissatisfied",
    "completely dissatisfied",
    "very unsatisfied",
    "dissatisfied",
    "unsatisfied",
    "very poor",
    "very bad",
    "poor",
    "worst",
)
_NUMBER = r"(-?\d+(?:[.,]\d+)?)"
_LINK = r"\s*(?:=|:|->|→|is|ist|means|bedeutet|fuer|for)\s*[\"'„“]?\s*"


def _phrases(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_VALUE_FIRST = re.compile(rf"{_NUMBER}{_LINK}({_phrases(_BEST)}|{_phrases(_WORST)})\b")
_WORD_FIRST = re.compile(rf"\b({_phrases(_BEST)}|{_phrases(_WORST)})\s*(?:=|:)\s*{_NUMBER}")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _fold(text: object) -> str:
    folded = str(text or "").lower().translate(_UMLAUTS)
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")


@dataclass(frozen=True)
class HeaderDirection:
    """What a header says about the direction."""

    best: float | None = None  #: the value named as the best ("1 = best")
    worst: float | None = None  #: the value named as the worst ("6 = ungenügend")
    grade: bool = False  #: a school grade ("Schulnote", "Note")
    rank: bool = False  #: a rank ("Rang")
    #: the header's words that said so, as written ("1 = sehr gut"), for the report
    words: str = ""

    @property
    def says_reversed(self) -> bool | None:
        """True: low is best; False: high is best; None: the header does not say."""
        if self.best is not None and self.worst is not None and self.best != self.worst:
            return self.best < self.worst
        if self.grade or self.rank:
            return True
        return None


def read_header(header: object) -> HeaderDirection:
    text = _fold(header)
    best = worst = None
    said: list[str] = []
    for match in _VALUE_FIRST.finditer(text):
        value, phrase = float(match.group(1).replace(",", ".")), match.group(2)
        said.append(match.group(0).strip())
        if phrase in _BEST and best is None:
            best = value
        elif phrase in _WORST and worst is None:
            worst = value
    for match in _WORD_FIRST.finditer(text):
        phrase, value = match.group(1), float(match.group(2).replace(",", "."))
        said.append(match.group(0).strip())
        if phrase in _BEST and best is None:
            best = value
        elif phrase in _WORST and worst is None:
            worst = value
    words = set(re.split(r"[^a-z]+", text))
    grade = bool(words & GRADE_WORDS)
    rank = bool(words & RANK_WORDS)
    named = [w for w in sorted(words & (GRADE_WORDS | RANK_WORDS))]
    return HeaderDirection(best, worst, grade, rank, ", ".join(said + named))


#: Scales whose direction a list must say: German teams often mean 1 = very satisfied.
def is_ambiguous(scale: Scale) -> bool:
    """A scale from 1 to 4 … 10 of numbers: either end may be the best."""
    return not scale.levels and scale.low == 1 and 4 <= scale.high <= 10 and scale.name != "nps"


@dataclass(frozen=True)
class DirectionInfo:
    #: "user", "header", "words" (rating words say it) or "default" (high is best, as
    #: most lists have it)
    source: str
    #: the header's words that decided it ("1 = sehr gut", "schulnote")
    words: str = ""
    #: why the header's words and the values disagree (a code), or ""
    conflict: str = ""
    conflict_params: tuple[tuple[str, str], ...] = ()
    #: neither the header nor the values say which end is the best (1–5, 1–6, 1–10 …):
    #: the import dialog asks, the command line says how it read it
    unclear: bool = False


def _values_scale(finite: np.ndarray, candidates: tuple[str, ...]) -> Scale | None:
    if not len(finite):
        return None
    low, high = float(finite.min()), float(finite.max())
    for name in candidates:
        scale = SCALES[name]
        if low >= scale.low and high <= scale.high:
            return scale
    return None


def _low_is_best(said: HeaderDirection, finite: np.ndarray) -> bool:
    if said.says_reversed is not None:
        return said.says_reversed
    return said.best is not None and said.best <= float(finite.min())


def apply_direction(
    scale: Scale | None, scale_source: str, header: object, values: np.ndarray, kzi_best: str = "auto"
) -> tuple[Scale | None, str, DirectionInfo]:
    """The scale with its direction, its (possibly new) source, and how the direction
    was decided.  ``kzi_best``: "auto", "low" (the low end is best) or "high"."""
    said = read_header(header)
    finite = values[~np.isnan(values)]
    if scale is not None and scale.levels:
        return scale, scale_source, DirectionInfo("words")
    if scale is not None and scale.name == "nps":
        return scale, scale_source, DirectionInfo("default")
    if said.best is not None and said.worst is not None and scale_source != "user":
        low, high = sorted((said.best, said.worst))
        if high > low and (scale is None or (scale.low, scale.high) != (low, high)):
            scale = next(
                (s for s in SCALES.values() if (s.low, s.high) == (low, high)),
                Scale(f"{scale_number(low)}-{scale_number(high)}", low, high),
            )
            scale_source = "header"
    elif scale_source == "values" and len(finite) and _low_is_best(said, finite):
        # A reversed list's scale from its values: school grades run 1–6; other lists
        # to the smallest common scale that holds them (1–5 for a five-point Likert).
        candidates = ("1-6", "1-10") if said.grade else ("1-5", "1-6", "1-7", "1-10")
        found = _values_scale(finite, candidates)
        if found is not None:
            scale = found
    if scale is None:
        return None, scale_source, DirectionInfo("default")

    conflict, params = _conflict(said, scale, finite)
    if kzi_best in ("low", "high"):
        return (
            scale.with_direction(kzi_best == "low"),
            scale_source,
            DirectionInfo("user", said.words, conflict, params),
        )
    reversed_ = said.says_reversed
    if reversed_ is None and said.best is not None:
        reversed_ = said.best == scale.low if said.best in (scale.low, scale.high) else None
    if reversed_ is None and said.worst is not None:
        reversed_ = said.worst == scale.high if said.worst in (scale.low, scale.high) else None
    if reversed_ is None:
        return (
            scale.with_direction(False),
            scale_source,
            DirectionInfo(
                "default",
                said.words,
                conflict,
                params,
                unclear=is_ambiguous(scale) and not _says_high(header),
            ),
        )
    return (
        scale.with_direction(reversed_),
        scale_source,
        DirectionInfo("header", said.words, conflict, params),
    )


def _says_high(header: object) -> bool:
    """The header names a measure that grows with satisfaction (an index, a score …)."""
    words = set(re.split(r"[^a-z]+", _fold(header)))
    return bool(words & HIGH_WORDS) or any(word.endswith("index") for word in words)


def _conflict(
    said: HeaderDirection, scale: Scale, finite: np.ndarray
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A header's direction words the values contradict: a value named as the best or
    the worst that is no end of the scale, values beyond it, school grades beyond 1–6."""
    if not len(finite):
        return "", ()
    low, high = float(finite.min()), float(finite.max())
    params = (("words", said.words), ("low", scale_number(low)), ("high", scale_number(high)))
    named = [value for value in (said.best, said.worst) if value is not None]
    for value in named:
        if value not in (scale.low, scale.high):
            return "direction_conflict", params
    if len(named) == 2 and (low < min(named) or high > max(named)):
        return "direction_conflict", params
    if said.grade and not named and (low < 1 or high > 6):
        return "direction_conflict", params
    return "", ()
