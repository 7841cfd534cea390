"""The roles a column can play, and the German and English names lists give them.

A header is normalised (lower case, umlauts folded, units and years removed) and then
compared with each role's synonyms.  A full match scores highest; a synonym found as
whole words inside a longer header ("Umsatz mit uns 2025") scores less, so that the
plainest header wins when two columns could play the same role.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from segmenter_app.core import columns
from segmenter_app.core.headers.units import UNIT_WORDS, header_names_money, without_ranges

#: The roles a list's columns can play, and their header words (``core/columns.py``).
SYNONYMS: dict[str, tuple[str, ...]] = columns.words_of()
#: Words that make a header the wrong column for a role even though it contains a
#: synonym: "Umsatz Vorjahr" is last year's revenue, "Potenzial ungenutzt" is an output.
NEGATIVE_WORDS: dict[str, tuple[str, ...]] = {
    role.key: role.not_words for role in columns.roles() if role.not_words
}

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_WORD = re.compile(r"[^0-9a-z]+")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
#: Words that are no part of a column's name: units (the one vocabulary of
#: ``units.py``), percent and points, "in", "ca.".
_UNIT_WORDS = {
    *(word for word in UNIT_WORDS if word.isascii() and word.isalpha()),
    "in",
    "pct",
    "prozent",
    "percent",
    "punkte",
    "points",
    "pkt",
    "ca",
}


def normalise_header(text: object) -> str:
    """Lower-case ASCII words: 'Umsatz 2025 (€)' → 'umsatz'; 'Kunden-Nr.' → 'kunden nr'."""
    if text is None:
        return ""
    folded = str(text).strip().lower().translate(_UMLAUTS)
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    folded = _YEAR.sub(" ", folded)
    folded = without_ranges(folded)
    words = [w for w in _NON_WORD.split(folded) if w and w not in _UNIT_WORDS]
    return " ".join(words)


def header_year(text: object) -> int:
    """The year a header names ('Umsatz 2025' → 2025), 0 when it names none."""
    match = _YEAR.search(str(text or ""))
    return int(match.group(0)) if match else 0


@dataclass(frozen=True)
class RoleMatch:
    role: str
    score: float


def _phrase_index() -> tuple[dict[str, set[str]], dict[tuple[str, ...], set[str]]]:
    exact: dict[str, set[str]] = {}
    phrases: dict[tuple[str, ...], set[str]] = {}
    for role, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            exact.setdefault(synonym, set()).add(role)
            exact.setdefault(synonym.replace(" ", ""), set()).add(role)
            phrases.setdefault(tuple(synonym.split()), set()).add(role)
    return exact, phrases


_EXACT, _PHRASES = _phrase_index()
_LONGEST_PHRASE = max(len(p) for p in _PHRASES)
#: One-word synonyms long enough to be recognised as the start of a German compound.
_COMPOUND_STEMS = {p[0]: roles for p, roles in _PHRASES.items() if len(p) == 1 and len(p[0]) >= 6}
#: Parts that end a German compound of a role ("Marktvolumen" → wallet), longest first.
_COMPOUND_ENDS = sorted(
    ((end, role.key) for role in columns.roles() for end in role.compound_ends),
    key=lambda item: -len(item[0]),
)
#: role → {word that counts only beside a qualifier → its qualifiers}
_QUALIFIED = {role.key: dict(role.qualified) for role in columns.roles() if role.qualified}
#: word → the roles it plays in a header that names money
_MONEY_WORDS: dict[str, set[str]] = {}
for _role in columns.roles():
    for _word in _role.money_words:
        _MONEY_WORDS.setdefault(_word, set()).add(_role.key)


def _has_negative(words: tuple[str, ...], negative: str) -> bool:
    phrase = tuple(negative.split())
    if len(phrase) == 1:
        # At the start of a word, or (a long one) ending a compound: "Umsatzpotenzial"
        # is no revenue, "Accountmanager" no customer name.
        return any(
            word.startswith(negative) or (len(negative) >= 6 and word.endswith(negative)) for word in words
        )
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


@functools.lru_cache(maxsize=8192)
def match_roles(header: object) -> tuple[RoleMatch, ...]:
    """Every role a header could play, best first.

    1.0 for a header that is exactly a synonym, 0.5–0.9 for a synonym inside a longer
    header (more of the header explained scores higher), 0.45 for a German compound
    that starts with a synonym ("Einkaufsvolumen2025"), nothing for a header that holds
    one of the role's negative words.
    """
    if not isinstance(header, str) or len(header) > 80:
        return ()
    normal = normalise_header(header)
    if not normal:
        return ()
    words = tuple(normal.split())
    best: dict[str, float] = {}
    for role in _EXACT.get(normal, set()) | _EXACT.get(normal.replace(" ", ""), set()):
        if _qualified(role, normal, words):
            best[role] = 1.0
    for size in range(1, min(_LONGEST_PHRASE, len(words)) + 1):
        for start in range(len(words) - size + 1):
            phrase = words[start : start + size]
            roles = _PHRASES.get(phrase)
            if not roles:
                continue
            if size == 1 and len(phrase[0]) <= 2 and len(words) > 2:
                continue  # "am", "nr", "no" inside a sentence are not a role
            score = 0.5 + 0.4 * size / len(words)
            for role in roles:
                if size == 1 and not _qualified(role, phrase[0], words):
                    continue
                best[role] = max(best.get(role, 0.0), score)
    for word in words:
        for cut in range(len(word) - 1, 5, -1):
            roles = _COMPOUND_STEMS.get(word[:cut])
            if roles:
                for role in roles:
                    if _qualified(role, word[:cut], words):
                        best[role] = max(best.get(role, 0.0), 0.45)
                break
        for end, role in _COMPOUND_ENDS:
            if len(word) > len(end) + 2 and word.endswith(end):
                # A compound explains its whole word: "Gesamtpotenzial 2025" scores as a
                # synonym inside the header would, a little less than one.
                best[role] = max(best.get(role, 0.0), 0.45 + 0.4 / len(words))
                break
    # A header naming a currency or a scale ("Sales 2025 (k€)") heads amounts: no name,
    # id, manager or note, whatever its words ("sales" alone is the sales rep), and its
    # money words name their role ("sales" the revenue).
    money = header_names_money(header)
    if money:
        for word in words:
            for role in _MONEY_WORDS.get(word, ()):
                score = 1.0 if len(words) == 1 else 0.5 + 0.4 / len(words)
                best[role] = max(best.get(role, 0.0), score)
    matches = [
        RoleMatch(role, score)
        for role, score in best.items()
        if not any(_has_negative(words, n) for n in NEGATIVE_WORDS.get(role, ()))
        and not (money and columns.entry(role).kind == "text")
    ]
    matches.sort(key=lambda m: (-m.score, m.role))
    return tuple(matches)


def _qualified(role: str, word: str, words: tuple[str, ...]) -> bool:
    """A word that counts for the role only beside a qualifier has one: "spend" is the
    wallet in "Total spend", not in "Marketing spend" nor alone."""
    qualifiers = _QUALIFIED.get(role, {}).get(word)
    return qualifiers is None or any(other in qualifiers for other in words)


def assign_roles(headers: list[object]) -> dict[str, int]:
    """Give each role at most one column and each column at most one role.

    The strongest matches are placed first; between equal matches of one role the
    header naming the latest year wins ('Umsatz 2025' over 'Umsatz 2024'), then the
    leftmost column.
    """
    candidates: list[tuple[float, int, int, str]] = []
    for column, header in enumerate(headers):
        for match in match_roles(header):
            candidates.append((match.score, header_year(header), -column, match.role))
    candidates.sort(reverse=True)
    assigned: dict[str, int] = {}
    used: set[int] = set()
    for _score, _year, negative_column, role in candidates:
        column = -negative_column
        if role in assigned or column in used:
            continue
        assigned[role] = column
        used.add(column)
    return assigned


def header_signature(headers: list[object]) -> str:
    """A key for 'the same list layout': the normalised headers, in order."""
    return "|".join(normalise_header(h) or f"#{i}" for i, h in enumerate(headers) if h not in (None, ""))


def counted_by(role: str, header: object) -> str | None:
    """What a count column's header says it counts, by the role's ``counts`` words in
    the registry: the effort "Besuche 2025" → "visits", "Betreuungsstunden" → "hours";
    None when it names neither ("Aufwand") or both."""
    words = tuple(normalise_header(header).split())
    found = {
        measure
        for measure, measure_words in columns.entry(role).counts.items()
        for measure_word in measure_words
        if _names(words, measure_word)
    }
    return found.pop() if len(found) == 1 else None


def _names(words: tuple[str, ...], phrase: str) -> bool:
    """The header's words hold the phrase, or end a German compound with it
    ("kundenbesuche" names "besuche")."""
    parts = tuple(phrase.split())
    if len(parts) == 1:
        return any(word == phrase or (len(phrase) >= 5 and word.endswith(phrase)) for word in words)
    size = len(parts)
    return any(words[i : i + size] == parts for i in range(len(words) - size + 1))


def effort_unit(header: object) -> str:
    """What an effort column counts, for the visit plan: 'visits' (its sum per manager is
    a capacity), 'hours', or '' (calls, activities, or the header does not say)."""
    measure = counted_by("effort", header)
    return measure if measure in ("visits", "hours") else ""
