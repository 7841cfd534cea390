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

from segmenter_app.core.headers.date_roles import LAST_CONTACT_SYNONYMS
from segmenter_app.core.headers.units import _SCALE
from segmenter_app.core.headers.units import header_multiplier as header_multiplier
from segmenter_app.core.headers.units import header_scale as header_scale

ROLES: tuple[str, ...] = (
    "customer_id",
    "customer_name",
    "account_manager",
    "revenue",
    "wallet",
    "share_of_wallet",
    "satisfaction",
    "notes",
    "effort",
    "last_contact",
)

#: Roles whose cells are amounts or scores; the others are text.
NUMERIC_ROLES: frozenset[str] = frozenset({"revenue", "wallet", "share_of_wallet", "satisfaction", "effort"})

SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer_id": (
        "customer id",
        "customer no",
        "customer number",
        "customer nr",
        "cust id",
        "cust no",
        "account id",
        "account number",
        "account no",
        "client id",
        "client number",
        "id",
        "no",
        "nr",
        "number",
        "kundennummer",
        "kundennr",
        "kunden nr",
        "kunden nummer",
        "kunden id",
        "kd nr",
        "kdnr",
        "kdnr",
        "debitor",
        "debitornr",
        "debitor nr",
        "debitorennummer",
        "debitoren nr",
        "kundenkennung",
        "nummer",
        "sap nr",
        "erp id",
    ),
    "customer_name": (
        "customer",
        "customer name",
        "customer name 1",
        "company",
        "company name",
        "account",
        "account name",
        "client",
        "client name",
        "name",
        "name 1",
        "organisation",
        "organization",
        "kunde",
        "kundenname",
        "kunden name",
        "firma",
        "firmenname",
        "unternehmen",
        "unternehmensname",
        "kundenbezeichnung",
        "bezeichnung",
    ),
    "account_manager": (
        "account manager",
        "key account manager",
        "key account",
        "kam",
        "am",
        "account owner",
        "owner",
        "sales rep",
        "sales representative",
        "salesperson",
        "sales person",
        "sales manager",
        "sales",
        "responsible",
        "kundenbetreuer",
        "betreuer",
        "betreuung",
        "aussendienst",
        "aussendienstmitarbeiter",
        "adm",
        "vertriebsmitarbeiter",
        "vertriebsbeauftragter",
        "vertrieb",
        "verkaeufer",
        "verkauf",
        "zustaendig",
        "zustaendigkeit",
        "verantwortlich",
        "gebietsleiter",
        "gebietsverkaufsleiter",
        "berater",
        "kundenberater",
        "vertreter",
    ),
    "revenue": (
        "revenue",
        "our revenue",
        "sales revenue",
        "net sales",
        "turnover",
        "net revenue",
        "sales volume",
        "revenue with us",
        "umsatz",
        "nettoumsatz",
        "umsatz netto",
        "ist umsatz",
        "istumsatz",
        "umsatz mit uns",
        "unser umsatz",
        "jahresumsatz",
        "erloes",
        "erloese",
        "umsatzerloese",
        "fakturiert",
    ),
    "wallet": (
        "wallet",
        "wallet size",
        "customer wallet",
        "total wallet",
        "budget",
        "total budget",
        "category budget",
        "category spend",
        "total spend",
        "spend",
        "purchasing volume",
        "purchase volume",
        "total purchasing volume",
        "potential",
        "market potential",
        "customer potential",
        "einkaufsvolumen",
        "gesamtbedarf",
        "bedarf",
        "gesamtvolumen",
        "beschaffungsvolumen",
        "einkaufsbudget",
        "gesamteinkaufsvolumen",
        "kundenpotenzial",
        "kundenpotential",
        "potenzial",
        "potential gesamt",
        "marktpotenzial",
        "marktpotential",
        "budget gesamt",
    ),
    "share_of_wallet": (
        "share of wallet",
        "sow",
        "wallet share",
        "share",
        "our share",
        "share of spend",
        "lieferanteil",
        "anteil",
        "unser anteil",
        "wallet anteil",
        "anteil am bedarf",
        "anteil am einkaufsvolumen",
        "share of wallet sow",
        "bedarfsanteil",
        "lieferantenanteil",
        "umsatzanteil",
    ),
    "satisfaction": (
        "kzi",
        "kundenzufriedenheitsindex",
        "kundenzufriedenheit",
        "zufriedenheit",
        "zufriedenheitsindex",
        "zufriedenheitswert",
        "csat",
        "csi",
        "satisfaction",
        "customer satisfaction",
        "customer satisfaction index",
        "satisfaction score",
        "satisfaction index",
        "nps",
        "net promoter score",
        "nps score",
        "kundenzufriedenheit kzi",
        "kzi kundenzufriedenheit",
        "schulnote",
        "zufriedenheitsnote",
        "kundennote",
        "gesamtnote",
        "durchschnittsnote",
        "kundenbewertung",
        "rating",
        "customer rating",
    ),
    "notes": (
        "notes",
        "note",
        "comment",
        "comments",
        "remarks",
        "remark",
        "notiz",
        "notizen",
        "bemerkung",
        "bemerkungen",
        "kommentar",
        "kommentare",
        "anmerkung",
        "anmerkungen",
        "hinweis",
        "hinweise",
        "info",
    ),
    # What a customer got in the last period: visits, contacts, calls, meetings, hours.
    "effort": (
        "effort",
        "sales effort",
        "visits",
        "visit count",
        "number of visits",
        "sales visits",
        "customer visits",
        "calls",
        "sales calls",
        "contacts",
        "customer contacts",
        "touches",
        "touchpoints",
        "touch points",
        "activities",
        "sales activities",
        "meetings",
        "appointments",
        "hours",
        "besuche",
        "anzahl besuche",
        "besuchsanzahl",
        "kundenbesuche",
        "kontakte",
        "anzahl kontakte",
        "kundenkontakte",
        "termine",
        "kundentermine",
        "anrufe",
        "telefonate",
        "stunden",
        "betreuungsstunden",
        "aufwand",
        "betreuungsaufwand",
        "vertriebsaufwand",
        "aktivitaeten",
    ),
    "last_contact": LAST_CONTACT_SYNONYMS,
}

#: What an effort column counts, read from its header (normalised, compounds too:
#: "Kundenbesuche", "Betreuungsstunden"); hours are looked for first ("Kontaktstunden").
EFFORT_UNIT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hours", ("hour", "stunde", "std")),
    ("visits", ("visit", "besuch", "termin", "kontakt", "contact", "meeting", "appointment")),
)


def effort_unit(header: object) -> str:
    """'visits', 'hours' or '' (the header does not say: "Aufwand", "Anrufe")."""
    words = normalise_header(header).split()
    for unit, stems in EFFORT_UNIT_WORDS:
        # A short stem ("std") only as a word of its own, not inside "Fristdauer".
        if any(stem == word or (len(stem) > 3 and stem in word) for word in words for stem in stems):
            return unit
    return ""


#: Words that make a header the wrong column for a role even though it contains a
#: synonym: "Umsatz Vorjahr" is last year's revenue, "Potenzial ungenutzt" is an output.
NEGATIVE_WORDS: dict[str, tuple[str, ...]] = {
    "revenue": (
        "vorjahr",
        "previous",
        "last year",
        "prior year",
        "plan",
        "ziel",
        "target",
        "forecast",
        "budget",
        "prognose",
        "anteil",
        "share",
        "potenzial",
        "potential",
    ),
    "wallet": ("ungenutzt", "untapped", "offen", "remaining", "anteil", "share"),
    # Planned or target visits are not what the customer got; a date is last_contact's.
    "effort": (
        "plan",
        "geplant",
        "planned",
        "soll",
        "ziel",
        "target",
        "letzter",
        "letzte",
        "last",
        "datum",
        "date",
        "next",
        "naechster",
    ),
    "share_of_wallet": ("markt", "market"),
    "customer_id": ("steuer", "tax", "ust", "vat", "plz", "zip", "telefon", "phone"),
    "customer_name": (
        "ansprechpartner",
        "contact",
        "manager",
        "betreuer",
        "owner",
        "rep",
        "vertrieb",
        "branche",
        "industry",
    ),
}

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_WORD = re.compile(r"[^0-9a-z]+")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_UNIT_WORDS = {
    "eur",
    "euro",
    "euros",
    "usd",
    "chf",
    "gbp",
    "tsd",
    "teur",
    "keur",
    "in",
    "pct",
    "prozent",
    "percent",
    "punkte",
    "points",
    "pkt",
    "k",
    "mio",
    "mrd",
    "bn",
    "tausend",
    "t",
    "ca",
}


def normalise_header(text: object) -> str:
    """Lower-case ASCII words: 'Umsatz 2025 (€)' → 'umsatz'; 'Kunden-Nr.' → 'kunden nr'."""
    if text is None:
        return ""
    folded = str(text).strip().lower().translate(_UMLAUTS)
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    folded = _YEAR.sub(" ", folded)
    folded = _SCALE.sub(" ", folded)
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


def _has_negative(words: tuple[str, ...], negative: str) -> bool:
    phrase = tuple(negative.split())
    if len(phrase) == 1:
        return any(word.startswith(negative) for word in words)
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
                best[role] = max(best.get(role, 0.0), score)
    for word in words:
        for cut in range(len(word) - 1, 5, -1):
            roles = _COMPOUND_STEMS.get(word[:cut])
            if roles:
                for role in roles:
                    best[role] = max(best.get(role, 0.0), 0.45)
                break
    matches = [
        RoleMatch(role, score)
        for role, score in best.items()
        if not any(_has_negative(words, n) for n in NEGATIVE_WORDS.get(role, ()))
    ]
    matches.sort(key=lambda m: (-m.score, m.role))
    return tuple(matches)


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
