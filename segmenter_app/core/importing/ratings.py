"""Satisfaction written as words on a rating scale: *sehr zufrieden … sehr unzufrieden*,
*very satisfied … very dissatisfied*, *sehr gut … mangelhaft*, with 3, 4, 5 or 7 levels.

A word is read as a polarity (satisfied or not, good or bad) and an intensity: *sehr*,
*very* make it stronger, *äußerst*, *extremely*, *völlig*, *completely* stronger still,
*eher*, *somewhat*, *rather* weaker; *neutral*, *weder noch*, *teils teils*, *neither …
nor* stand in the middle.  The scale is every intensity the list uses on either side (a
list where nobody answered *sehr unzufrieden* still has that level when it has *sehr
zufrieden*), plus the middle where a middle word is used; its levels are evenly spaced
points (5 levels: 100, 75, 50, 25, 0).  School grades (*sehr gut, gut, befriedigend,
ausreichend, mangelhaft, ungenügend*) and the English *excellent, very good, good,
fair, poor* are fixed scales of their own.  *keine Angabe*, *n/a*, *weiß nicht* are
blanks; a word outside the scale refuses that cell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from segmenter_app.core.importing.numbers import MISSING_TOKENS

#: Words that mean "no answer": a blank, not a refused cell.
NO_ANSWER = frozenset(
    {
        "keine angabe",
        "k a",
        "ka",
        "keine antwort",
        "weiss nicht",
        "weiss ich nicht",
        "kann ich nicht beurteilen",
        "nicht beurteilbar",
        "entfaellt",
        "n a",
        "na",
        "not applicable",
        "no answer",
        "not answered",
        "not specified",
        "dont know",
        "don t know",
        "do not know",
        "unknown",
        "unbekannt",
        "prefer not to say",
    }
)

#: Words a polarity rests on: +1 satisfied or good, −1 not.
_BASES: dict[str, int] = {
    "zufrieden": 1,
    "unzufrieden": -1,
    "satisfied": 1,
    "dissatisfied": -1,
    "unsatisfied": -1,
    "happy": 1,
    "unhappy": -1,
    "gut": 1,
    "good": 1,
    "schlecht": -1,
    "bad": -1,
    "poor": -1,
    "positiv": 1,
    "positive": 1,
    "negativ": -1,
    "negative": -1,
    # Agreement with "I am satisfied": "stimme voll zu", "trifft eher nicht zu", "agree".
    "zu": 1,
    "agree": 1,
    "disagree": -1,
}
#: Words that are a level on their own: the NPS groups.
_SINGLE: dict[str, int] = {
    "promoter": 2,
    "promotor": 2,
    "promotoren": 2,
    "promoters": 2,
    "passive": 0,
    "passiv": 0,
    "passives": 0,
    "detractor": -2,
    "detractors": -2,
    "detraktor": -2,
    "detraktoren": -2,
    "kritiker": -2,
}
#: Words around the polarity that change nothing ("stimme … zu", "trifft … zu").
_FILLERS = frozenset({"und", "and", "ganz", "insgesamt", "overall", "stimme", "trifft", "ich", "i"})
#: Intensities: plain words are 2; the middle is 0.
_EXTREME, _STRONG, _PLAIN, _WEAK = 4, 3, 2, 1
_MODIFIERS: dict[str, int] = {
    "sehr": _STRONG,
    "very": _STRONG,
    "highly": _STRONG,
    "strongly": _STRONG,
    "voll": _STRONG,
    "aeusserst": _EXTREME,
    "extrem": _EXTREME,
    "extremely": _EXTREME,
    "voellig": _EXTREME,
    "vollkommen": _EXTREME,
    "vollstaendig": _EXTREME,
    "absolut": _EXTREME,
    "hoechst": _EXTREME,
    "completely": _EXTREME,
    "totally": _EXTREME,
    "entirely": _EXTREME,
    "absolutely": _EXTREME,
    "eher": _WEAK,
    "etwas": _WEAK,
    "leicht": _WEAK,
    "ziemlich": _WEAK,
    "weitgehend": _WEAK,
    "somewhat": _WEAK,
    "rather": _WEAK,
    "slightly": _WEAK,
    "fairly": _WEAK,
    "mostly": _WEAK,
    "moderately": _WEAK,
}
#: Phrases of the middle.
_MIDDLE = frozenset(
    {
        "neutral",
        "weder noch",
        "teils teils",
        "teils",
        "mittel",
        "mittelmaessig",
        "durchschnittlich",
        "average",
        "neither",
        "so lala",
        "ok",
        "okay",
        "indifferent",
        "mixed",
    }
)
#: Negative intensities said with "nicht" / "not": "nicht zufrieden" is plain,
#: "gar nicht zufrieden" strong, "weniger zufrieden" weak.
_NOT = frozenset({"nicht", "not", "kaum"})
_NOT_AT_ALL = frozenset({"gar", "ueberhaupt", "at all", "all"})
_LESS = frozenset({"weniger", "less"})

#: Scales of their own, best first (the German school grades, the English quality words).
FIXED_SCALES: tuple[tuple[str, ...], ...] = (
    ("sehr gut", "gut", "befriedigend", "ausreichend", "mangelhaft", "ungenuegend"),
    ("excellent", "very good", "good", "fair", "poor"),
)
#: How a level is named where the list does not name it (a level nobody chose).
_NAMES = {
    "de": {4: "äußerst zufrieden", 3: "sehr zufrieden", 2: "zufrieden", 1: "eher zufrieden", 0: "neutral"},
    "en": {
        4: "extremely satisfied",
        3: "very satisfied",
        2: "satisfied",
        1: "somewhat satisfied",
        0: "neutral",
    },
}
_NEGATIVE_NAMES = {
    "de": {4: "äußerst unzufrieden", 3: "sehr unzufrieden", 2: "unzufrieden", 1: "eher unzufrieden"},
    "en": {
        4: "extremely dissatisfied",
        3: "very dissatisfied",
        2: "dissatisfied",
        1: "somewhat dissatisfied",
    },
}
#: Stands for a number written as text in a words column (refused, never a word).
_A_NUMBER = "#number"
_GERMAN_HINTS = frozenset({"zufrieden", "unzufrieden", "gut", "schlecht", "sehr", "eher", "weder", "teils"})
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOT_LETTERS = re.compile(r"[^a-z]+")


def fold(text: str) -> str:
    """'Sehr zufrieden!' → 'sehr zufrieden'; '5 - Sehr gut' → 'sehr gut'; umlauts as ae."""
    folded = str(text).strip().lower().translate(_UMLAUTS)
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_LETTERS.sub(" ", folded).split())


def word_rank(word: str) -> int | None:
    """The signed intensity of a folded rating word: 'sehr zufrieden' 3, 'eher
    unzufrieden' −1, 'neutral' 0; None when it is no rating word."""
    if word in _MIDDLE or _middle_phrase(word):
        return 0
    if word in _SINGLE:
        return _SINGLE[word]
    tokens = word.split()
    if not tokens or tokens[-1] not in _BASES:
        return None
    polarity = _BASES[tokens[-1]]
    intensity = _PLAIN
    negated = False
    for token in tokens[:-1]:
        if token in _MODIFIERS:
            intensity = _MODIFIERS[token]
        elif token in _NOT:
            negated = True
        elif token in _NOT_AT_ALL:
            intensity = _STRONG
        elif token in _LESS:
            negated, intensity = True, _WEAK
        elif token not in _FILLERS:
            return None
    if negated:
        polarity = -polarity
        if intensity == _PLAIN and any(t in _NOT_AT_ALL for t in tokens):
            intensity = _STRONG
    return polarity * intensity


def _middle_phrase(word: str) -> bool:
    """'weder zufrieden noch unzufrieden', 'neither satisfied nor dissatisfied'."""
    tokens = word.split()
    return len(tokens) >= 3 and (
        (tokens[0] == "weder" and "noch" in tokens) or (tokens[0] == "neither" and "nor" in tokens)
    )


@dataclass(frozen=True)
class RatingScale:
    """The levels of a words column, worst first, each named as the list names it."""

    levels: tuple[str, ...]
    #: folded word → level (1 = worst … n = best)
    index: dict[str, int]


@dataclass
class RatingColumn:
    scale: RatingScale
    #: the level of each cell (1 … n), NaN where blank or refused
    values: np.ndarray
    #: cells that are no word of the scale (refused)
    refused: np.ndarray


def detect_ratings(texts: pd.Series, numbers: int) -> RatingColumn | None:
    """Read the text cells of a satisfaction column as rating words, or None when they
    are not (at least half the column's filled cells must be rating words).
    ``numbers``: how many of the column's cells are numbers."""
    if texts.empty or not texts.str.contains(r"[^\W\d_]", regex=True).any():
        return None  # no letters at all: numbers written as text
    distinct = pd.unique(texts)
    folded_of = {text: fold(text) for text in distinct}
    # A text without letters is a blank ("-", "?") or a number among the words ("3").
    numeric_texts = {text for text in distinct if not folded_of[text] and any(c.isdigit() for c in text)}
    for text in numeric_texts:
        folded_of[text] = _A_NUMBER
    for text in distinct:  # "#NV", "#DIV/0!", "n.a.": empty as in a number column
        if str(text).strip().lower() in MISSING_TOKENS:
            folded_of[text] = ""
    folded = texts.map(folded_of)
    counts = folded.value_counts()
    blank = {w for w in counts.index if not w or w in NO_ANSWER or w in MISSING_TOKENS}
    ranks = {word: word_rank(word) for word in counts.index if word not in blank}
    spelled = _spellings(texts, folded)
    fixed = _fixed_scale(ranks)
    if fixed is not None:
        index = {word: len(fixed) - fixed.index(word) for word in ranks if word in fixed}
        levels = tuple(spelled.get(word, _pretty(word)) for word in reversed(fixed))
    else:
        recognised = {word: rank for word, rank in ranks.items() if rank is not None}
        used = set(recognised.values())
        if len(used) < 2:
            return None
        ladder = sorted({rank for value in used for rank in (value, -value)} - ({0} - used))
        index = {word: ladder.index(rank) + 1 for word, rank in recognised.items()}
        language = "de" if any(set(word.split()) & _GERMAN_HINTS for word in recognised) else "en"
        # Each level as the list writes it most often; a level nobody chose by its name.
        named: dict[int, str] = {}
        for word, rank in sorted(recognised.items(), key=lambda item: -counts[item[0]]):
            named.setdefault(rank, spelled[word])
        levels = tuple(named.get(rank) or _level_name(rank, language) for rank in ladder)
    filled = int(counts[[w for w in counts.index if w not in blank]].sum()) + numbers
    words = int(counts[[w for w in counts.index if w in index]].sum())
    if words == 0 or words * 2 < filled:
        return None
    values = folded.map(index).to_numpy(dtype=np.float64, na_value=np.nan)
    refused = np.isnan(values) & ~folded.isin(blank).to_numpy(dtype=bool)
    return RatingColumn(RatingScale(levels, index), values, refused)


_FIXED_WORDS = frozenset(word for scale in FIXED_SCALES for word in scale)


def _fixed_scale(ranks: dict[str, int | None]) -> tuple[str, ...] | None:
    """The fixed scale (best first) of a list that uses a word only it has
    ('befriedigend', 'excellent') and no rating word it lacks.  School grades have
    'ungenügend' only where the list uses it, else five levels, 'sehr gut' … 'mangelhaft'."""
    for scale in FIXED_SCALES:
        exclusive = [word for word in ranks if word in scale and ranks[word] is None]
        foreign = [word for word, rank in ranks.items() if rank is not None and word not in scale]
        if exclusive and not foreign:
            if scale[0] == "sehr gut" and "ungenuegend" not in ranks:
                return scale[:-1]
            return scale
    return None


def _spellings(texts: pd.Series, folded: pd.Series) -> dict[str, str]:
    """Folded word → the way the list writes it most often ('Sehr zufrieden')."""
    frame = pd.DataFrame({"text": texts.str.strip().to_numpy(), "word": folded.to_numpy()})
    top = frame.groupby("word")["text"].agg(lambda spellings: spellings.value_counts().index[0])
    return top.to_dict()


def _pretty(word: str) -> str:
    return {"ungenuegend": "ungenügend"}.get(word, word)


def _level_name(rank: int, language: str) -> str:
    names = _NAMES[language] if rank >= 0 else _NEGATIVE_NAMES[language]
    return names[abs(rank)]
