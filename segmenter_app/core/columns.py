"""The one registry of the customer table's columns: the roles a list's columns play
(``customer_id`` … ``last_contact``) and the columns the app adds (segment, priority,
the manager's actions …).

Per column it says what the rest of the app needs to know, so that none of it keeps a
list of its own:

- its **kind** — ``text``, ``amount``, ``share``, ``score``, ``count``, ``date`` for a
  list's values; ``derived``, ``status`` for what the app computes or a user picks — and
  the **units** its cells may carry;
- the **header words** a list names it with, per language, and the words that make a
  header the wrong column for it (the header search, ``core/headers/roles.py``);
- its **label** (translatable) and the lower-case **noun** sentences use;
- the document column that holds it (``sow_input`` for the share of wallet as listed);
- whether it is **editable** in the table, **searched** by the search field,
  **compared** when a newer list updates the project, whether an edit **moves** the
  customer (re-segments), and whether it is part of a list's **shape** (sheets of one
  list);
- its column in each **output** (:class:`Place`): the table, ``classify``, the
  managers' workbooks, the printed priority sheets — where it stands, its name and
  header there, how it is shown.  Exported means: it has a place in the workbook.

Adding a role (say ``region``) is one :class:`ColumnRole` here: the header search finds
its column, the importer reads it as its kind says, the table shows it and the outputs
write it where its places say.  A plug-in (or a test) registers one with
:func:`register` before anything reads the registry.

No imports from the rest of the app: the header search, the lowest floor of the core,
reads this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a text for translation (pyside6-lupdate collects it); translated at use."""
    return text


#: Kinds of a list's values, and what the app adds.
VALUE_KINDS: tuple[str, ...] = ("text", "amount", "share", "score", "count", "date")
APP_KINDS: tuple[str, ...] = ("derived", "status")
#: Kinds read as numbers (``core/importing/values.py``).
NUMBER_KINDS: frozenset[str] = frozenset({"amount", "share", "score", "count"})

#: How a customer's order lines combine, per column (see ``ColumnRole.lines``).
LINE_RULES: tuple[str, ...] = ("sum", "agree", "join", "latest", "first")

#: The outputs a column can have a place in.
OUTPUTS: tuple[str, ...] = ("table", "classify", "workbook", "sheet")

#: Unit families a cell (or header) of a kind may carry: amounts take a currency and a
#: scale word ('850 T€'); a share or a score a percent sign; a score a range in its
#: header ('KZI (1-5)'); a count nothing ('35 %' is no number of visits).
UNITS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "text": (),
        "amount": ("currency", "scale"),
        "share": ("percent",),
        "score": ("percent", "range"),
        "count": (),
        "date": (),
        "derived": (),
        "status": (),
    }
)


@dataclass(frozen=True)
class Place:
    """Where a column stands in one output, and how it is shown there."""

    output: str  #: one of :data:`OUTPUTS`
    order: int  #: its position among the output's columns (smaller: further left)
    name: str = ""  #: its key in that output ("" → the column's key)
    #: its header there: a ``QT_TRANSLATE_NOOP`` text of the output's context
    #: ("CustomerTableModel" for the table, "export" for workbooks and sheets)
    title: str = ""
    #: how the output shows it — table: text, number, money, percent, points, date,
    #: status, derived, plan, history (since the period before); sheet: rank, number, percent, points, money, segment,
    #: action, text, write
    style: str = ""
    #: workbook: characters; sheet: its share of the table's width
    width: float = 0.0
    edits: str = ""  #: (table) the document column an edit writes
    short: str = ""  #: (sheet) the key of a short header where the column is narrow


@dataclass(frozen=True)
class ColumnRole:
    key: str
    kind: str
    #: the role's name where the user maps columns (the import dialog): "columns" context
    label: str = ""
    #: the role inside a sentence ("no column found for wallet"): "core" context
    noun: str = ""
    #: header words per language ("en", "de"), normalised (lower case, umlauts as ae …)
    words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: words that make a header the wrong column although it holds one of ``words``
    #: ("Umsatz Vorjahr" is not this year's revenue)
    not_words: tuple[str, ...] = ()
    #: the document column that holds the list's value ("" → ``key``)
    column: str = ""
    #: a list can have it (a column role); False: the app computes it or a user types it
    read: bool = True
    editable: bool = False
    #: (editable roles) what the Edit menu calls an edit of it, "core" context:
    #: "note on {customer}" ("Undo note on Müller GmbH")
    edit_label: str = ""
    searched: bool = False
    compared: bool = False
    #: an edit re-segments the customer (its SoW, its KZI, its manager's ranking)
    moves: bool = False
    #: part of the shape that tells sheets of one list from other sheets
    shape: bool = False
    #: German compounds ending in one of these parts play the role ("Marktvolumen",
    #: "Gesamtpotenzial"), unless they start with one of ``not_words``
    compound_ends: tuple[str, ...] = ()
    #: words that count only beside a qualifier: {"spend": ("category", "total", …)}
    #: ("Total addressable spend" is the wallet, "Marketing spend" is not)
    qualified: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: words that play the role only in a header naming money: "Sales 2025 (k€)" is the
    #: revenue, "Sales" alone the sales rep (``headers/units.header_names_money``)
    money_words: tuple[str, ...] = ()
    #: (count roles) what the words count: {"visits": (...), "hours": (...)}
    counts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: how a customer's order lines combine (``core/importing/lines.py``): "sum" (the
    #: revenue), "agree" (taken where the lines agree, else left empty with the reason),
    #: "join" (the distinct notes), "latest" (a date), "first" (the id, the name)
    lines: str = "agree"
    places: tuple[Place, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in VALUE_KINDS + APP_KINDS:
            raise ValueError(f"{self.key}: unknown kind {self.kind!r}")
        if self.lines not in LINE_RULES:
            raise ValueError(f"{self.key}: unknown rule for order lines {self.lines!r}")
        for place in self.places:
            if place.output not in OUTPUTS:
                raise ValueError(f"{self.key}: unknown output {place.output!r}")

    @property
    def table_column(self) -> str:
        """The document column that holds it."""
        return self.column or self.key

    @property
    def numeric(self) -> bool:
        return self.kind in NUMBER_KINDS

    @property
    def units(self) -> tuple[str, ...]:
        return UNITS[self.kind]

    @property
    def exported(self) -> bool:
        return any(place.output == "workbook" for place in self.places)

    @property
    def all_words(self) -> tuple[str, ...]:
        """Its header words in every language."""
        return tuple(dict.fromkeys(word for words in self.words.values() for word in words))

    def place(self, output: str) -> Place | None:
        """Its (first) place in an output, or None."""
        return next((place for place in self.places if place.output == output), None)


def _t(order: int, title: str = "", style: str = "", edits: str = "", name: str = "") -> Place:
    return Place("table", order, name, title, style, edits=edits)


def _c(order: int, name: str = "") -> Place:
    return Place("classify", order, name)


def _w(order: int, title: str, width: float) -> Place:
    return Place("workbook", order, title=title, width=width)


def _s(order: int, style: str, width: float, short: str = "") -> Place:
    return Place("sheet", order, style=style, width=width, short=short)


_ENTRIES: list[ColumnRole] = [
    # ---------------------------------------------------------------- a list's columns
    ColumnRole(
        "customer_id",
        "text",
        QT_TRANSLATE_NOOP("columns", "Customer ID"),
        QT_TRANSLATE_NOOP("core", "customer id"),
        words={
            "en": (
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
                "number",
                "erp id",
            ),
            "de": (
                "nr",
                "kundennummer",
                "kundennr",
                "kunden nr",
                "kunden nummer",
                "kunden id",
                "kd nr",
                "kdnr",
                "debitor",
                "debitornr",
                "debitor nr",
                "debitorennummer",
                "debitoren nr",
                "kundenkennung",
                "nummer",
                "sap nr",
            ),
        },
        not_words=("steuer", "tax", "ust", "vat", "plz", "zip", "telefon", "phone"),
        lines="first",
        searched=True,
        shape=True,
        places=(
            _t(90, QT_TRANSLATE_NOOP("CustomerTableModel", "Customer ID"), "text"),
            _c(10),
            _w(40, QT_TRANSLATE_NOOP("export", "Customer ID"), 10),
            _s(40, "text", 0.055, "customer_id_short"),
        ),
    ),
    ColumnRole(
        "customer_name",
        "text",
        QT_TRANSLATE_NOOP("columns", "Customer name"),
        QT_TRANSLATE_NOOP("core", "customer name"),
        words={
            "en": (
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
            ),
            "de": (
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
        },
        not_words=(
            "ansprechpartner",
            "contact",
            "manager",
            "betreuer",
            "owner",
            "rep",
            "vertrieb",
            "branche",
            "industry",
            # "Customer spend", "Customer revenue", "Kundenzufriedenheit" are measures.
            "spend",
            "budget",
            "potential",
            "potenzial",
            "revenue",
            "umsatz",
            "volume",
            "volumen",
            "wallet",
            "satisfaction",
            "zufriedenheit",
            "share",
            "anteil",
            "rating",
        ),
        lines="first",
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "name of {customer}"),
        searched=True,
        compared=True,
        shape=True,
        places=(
            _t(30, QT_TRANSLATE_NOOP("CustomerTableModel", "Customer"), "text", "customer_name"),
            _c(20),
            _w(50, QT_TRANSLATE_NOOP("export", "Customer"), 18),
            _s(50, "text", 0.105),
        ),
    ),
    ColumnRole(
        "account_manager",
        "text",
        QT_TRANSLATE_NOOP("columns", "Account manager"),
        QT_TRANSLATE_NOOP("core", "account manager"),
        words={
            "en": (
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
            ),
            "de": (
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
        },
        # A manager's column never names an amount ("Sales potential", "Vertriebsvolumen").
        not_words=("potential", "potenzial", "volume", "volumen", "spend", "budget"),
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "account manager of {customer}"),
        searched=True,
        compared=True,
        moves=True,
        shape=True,
        places=(
            # Before triage: a 1366-pixel laptop shows priority … manager at once.
            _t(70, QT_TRANSLATE_NOOP("CustomerTableModel", "Account manager"), "text", "account_manager"),
            _c(30),
        ),
    ),
    ColumnRole(
        "revenue",
        "amount",
        QT_TRANSLATE_NOOP("columns", "Revenue"),
        QT_TRANSLATE_NOOP("core", "revenue"),
        words={
            "en": (
                "revenue",
                "our revenue",
                "sales revenue",
                "net sales",
                "turnover",
                "net revenue",
                "sales volume",
                "revenue with us",
            ),
            "de": (
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
                "umsatzvolumen",
            ),
        },
        not_words=(
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
        money_words=("sales", "vertrieb", "verkauf", "verkaeufe", "absatz"),
        lines="sum",
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "revenue of {customer}"),
        compared=True,
        moves=True,
        shape=True,
        places=(
            _t(100, QT_TRANSLATE_NOOP("CustomerTableModel", "Revenue"), "money", "revenue"),
            _c(40),
            _w(80, QT_TRANSLATE_NOOP("export", "Revenue"), 10),
            _s(80, "money", 0.06),
        ),
    ),
    ColumnRole(
        "wallet",
        "amount",
        QT_TRANSLATE_NOOP("columns", "Wallet (purchasing volume)"),
        QT_TRANSLATE_NOOP("core", "wallet"),
        words={
            "en": (
                "wallet",
                "wallet size",
                "customer wallet",
                "total wallet",
                "budget",
                "total budget",
                "category budget",
                "category spend",
                "total spend",
                "addressable spend",
                "total addressable spend",
                "annual spend",
                "spend",
                "purchasing volume",
                "purchase volume",
                "total purchasing volume",
                "procurement volume",
                "procurement spend",
                "category volume",
                "total volume",
                "market volume",
                "potential",
                "market potential",
                "customer potential",
                "total potential",
                "sales potential",
                "total addressable market",
            ),
            "de": (
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
                "jahresbedarf",
            ),
        },
        # The untapped part (the app's own output column "Ungenutztes Potenzial" /
        # "Untapped potential" among them), the realised part, a share, a budget of
        # another kind, and volumes that are our sales.
        not_words=(
            "ungenutzt",
            "untapped",
            "offen",
            "remaining",
            "rest",
            "unused",
            "realisiert",
            "realised",
            "realized",
            "ausgeschoepft",
            "genutzt",
            "wachstum",
            "growth",
            "zusatz",
            "additional",
            "cross",
            "upsell",
            "anteil",
            "share",
            "marketing",
            "werbe",
            "advertising",
            "umsatzvolumen",
            "auftragsvolumen",
            "bestellvolumen",
            "absatzvolumen",
            "liefervolumen",
        ),
        compound_ends=("potenzial", "potential", "volumen", "bedarf"),
        qualified={
            "spend": ("category", "total", "addressable", "annual", "yearly", "overall", "customer"),
        },
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "wallet of {customer}"),
        compared=True,
        moves=True,
        shape=True,
        places=(
            _t(110, QT_TRANSLATE_NOOP("CustomerTableModel", "Wallet"), "money", "wallet"),
            _c(50),
            _w(90, QT_TRANSLATE_NOOP("export", "Wallet"), 11),
            _s(90, "money", 0.06),
        ),
    ),
    ColumnRole(
        "share_of_wallet",
        "share",
        QT_TRANSLATE_NOOP("columns", "Share of wallet"),
        QT_TRANSLATE_NOOP("core", "share of wallet"),
        words={
            "en": (
                "share of wallet",
                "sow",
                "wallet share",
                "share",
                "our share",
                "share of spend",
                "share of wallet sow",
            ),
            "de": (
                "lieferanteil",
                "anteil",
                "unser anteil",
                "wallet anteil",
                "anteil am bedarf",
                "anteil am einkaufsvolumen",
                "bedarfsanteil",
                "lieferantenanteil",
                "umsatzanteil",
            ),
        },
        not_words=("markt", "market"),
        column="sow_input",
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "share of wallet of {customer}"),
        compared=True,
        moves=True,
        shape=True,
        places=(
            # The table shows the SoW measured with (given or revenue ÷ wallet); an
            # edit writes the share as the list gives it.
            _t(40, QT_TRANSLATE_NOOP("CustomerTableModel", "SoW"), "percent", "sow_input"),
            _c(60),
            _w(60, QT_TRANSLATE_NOOP("export", "SoW"), 6.5),
            _s(60, "percent", 0.035),
        ),
    ),
    ColumnRole(
        "satisfaction",
        "score",
        QT_TRANSLATE_NOOP("columns", "Satisfaction"),
        QT_TRANSLATE_NOOP("core", "satisfaction"),
        words={
            "en": (
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
                "rating",
                "customer rating",
            ),
            "de": (
                "kzi",
                "kundenzufriedenheitsindex",
                "kundenzufriedenheit",
                "zufriedenheit",
                "zufriedenheitsindex",
                "zufriedenheitswert",
                "kundenzufriedenheit kzi",
                "kzi kundenzufriedenheit",
                "schulnote",
                "zufriedenheitsnote",
                "kundennote",
                "gesamtnote",
                "durchschnittsnote",
                "kundenbewertung",
            ),
        },
        column="satisfaction_input",
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "satisfaction of {customer}"),
        compared=True,
        moves=True,
        shape=True,
        places=(
            # KZI points (0–100) beside the value as the list has it (its scale in the
            # header: the table words that one itself).
            _t(50, QT_TRANSLATE_NOOP("CustomerTableModel", "KZI"), "points"),
            _t(120, "", "number", "satisfaction_input", name="satisfaction_input"),
            _c(70),
            _w(70, QT_TRANSLATE_NOOP("export", "KZI"), 5.5),
            _s(70, "points", 0.035),
        ),
    ),
    ColumnRole(
        "notes",
        "text",
        QT_TRANSLATE_NOOP("columns", "Notes"),
        QT_TRANSLATE_NOOP("core", "notes"),
        words={
            "en": ("notes", "note", "comment", "comments", "remarks", "remark", "info"),
            "de": (
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
            ),
        },
        lines="join",
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "note on {customer}"),
        searched=True,
        places=(
            _t(140, QT_TRANSLATE_NOOP("CustomerTableModel", "Notes"), "text", "notes"),
            _c(180, "note"),
            _w(120, QT_TRANSLATE_NOOP("export", "Notes"), 19.5),
            _s(120, "text", 0.065),
        ),
    ),
    # What a customer got in the last period: visits, contacts, calls, meetings, hours.
    ColumnRole(
        "effort",
        "count",
        QT_TRANSLATE_NOOP("columns", "Effort (visits, contacts, hours)"),
        QT_TRANSLATE_NOOP("core", "effort"),
        words={
            "en": (
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
            ),
            "de": (
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
        },
        # Planned or target visits are not what the customer got; a date is last_contact's.
        not_words=(
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
        # What the words count: visits (a capacity can be taken from them, PRODUCT.md
        # §6), calls, other activities, or time; "effort", "Aufwand" say none of these.
        counts={
            "visits": (
                "visits",
                "visit",
                "contacts",
                "meetings",
                "appointments",
                "besuche",
                "besuchsanzahl",
                "kundenbesuche",
                "kontakte",
                "kundenkontakte",
                "termine",
                "kundentermine",
            ),
            "calls": ("calls", "anrufe", "telefonate"),
            "activities": ("touches", "touchpoints", "touch points", "activities", "aktivitaeten"),
            "hours": ("hours", "stunden", "betreuungsstunden"),
        },
        places=(_t(190, QT_TRANSLATE_NOOP("CustomerTableModel", "Effort"), "plan"), _c(140)),
    ),
    ColumnRole(
        "last_contact",
        "date",
        QT_TRANSLATE_NOOP("columns", "Last contact"),
        QT_TRANSLATE_NOOP("core", "last contact"),
        words={
            "en": (
                "last contact",
                "last contact date",
                "date of last contact",
                "last contacted",
                "last visit",
                "last visited",
                "last call",
                "last meeting",
            ),
            "de": (
                "letzter kontakt",
                "letzter besuch",
                "letzte kontaktaufnahme",
                "letzter termin",
                "letztes gespraech",
                "letzter anruf",
                "kontakt zuletzt",
                "zuletzt kontaktiert",
                "zuletzt besucht",
                "datum letzter kontakt",
                "datum letzter besuch",
            ),
        },
        lines="latest",
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "last contact with {customer}"),
        places=(
            _t(180, QT_TRANSLATE_NOOP("CustomerTableModel", "Last contact"), "date", "last_contact"),
            _c(220),
            _w(170, QT_TRANSLATE_NOOP("export", "Last contact"), 9),
            _s(135, "date", 0.05),
        ),
    ),
    # ---------------------------------------------------------------- what the app adds
    ColumnRole(
        "priority",
        "derived",
        read=False,
        places=(
            _t(10, QT_TRANSLATE_NOOP("CustomerTableModel", "Priority"), "derived"),
            _c(110),
            _w(10, QT_TRANSLATE_NOOP("export", "Priority"), 9.5),
            _s(10, "rank", 0.035, "priority_short"),
        ),
    ),
    ColumnRole(
        "segment",
        "derived",
        read=False,
        places=(
            _t(20, QT_TRANSLATE_NOOP("CustomerTableModel", "Segment"), "derived"),
            _c(80),
            _w(20, QT_TRANSLATE_NOOP("export", "Segment"), 7.5),
            _s(20, "segment", 0.055),
        ),
    ),
    ColumnRole(
        "triage",
        "derived",
        read=False,
        places=(
            _t(80, QT_TRANSLATE_NOOP("CustomerTableModel", "Triage"), "derived"),
            _c(90, "move_triage"),
            _w(30, QT_TRANSLATE_NOOP("export", "Triage"), 8.5),
            _s(30, "text", 0.065),
        ),
    ),
    # The method over time (PRODUCT.md §8), for a project with periods: the segment in
    # the period before, and how far the share of wallet moved since (percentage
    # points).  Empty for a project of one period: the workbook hides it then.
    ColumnRole(
        "segment_before",
        "derived",
        read=False,
        places=(_w(25, QT_TRANSLATE_NOOP("export", "Segment before"), 7.5),),
    ),
    ColumnRole(
        "delta_sow",
        "derived",
        read=False,
        places=(_w(65, QT_TRANSLATE_NOOP("export", "ΔSoW (pp)"), 6.5),),
    ),
    ColumnRole(
        "potential",
        "derived",
        read=False,
        places=(
            # Short (the tooltip explains it): the column fits beside the others on a laptop.
            _t(60, QT_TRANSLATE_NOOP("CustomerTableModel", "Potential"), "money"),
            _c(100),
            _w(100, QT_TRANSLATE_NOOP("export", "Untapped potential"), 9),
            _s(100, "money", 0.075),
        ),
    ),
    ColumnRole(
        "why",
        "derived",
        read=False,
        places=(_t(130, QT_TRANSLATE_NOOP("CustomerTableModel", "Why"), "derived"),),
    ),
    ColumnRole(
        "action",
        "derived",
        read=False,
        places=(_w(110, QT_TRANSLATE_NOOP("export", "Recommended action"), 35), _s(110, "action", 0.115)),
    ),
    ColumnRole("problems", "derived", read=False, places=(_c(120),)),
    ColumnRole("wallet_source", "derived", read=False, places=(_c(130),)),
    # Weight × value at stake (PRODUCT.md §6): what the priorities and the plan follow.
    ColumnRole(
        "worth",
        "derived",
        read=False,
        places=(
            _t(185, QT_TRANSLATE_NOOP("CustomerTableModel", "Worth"), "plan"),
            _c(175),
            _w(125, QT_TRANSLATE_NOOP("export", "Worth"), 8.5),
            _s(125, "money", 0.06),
        ),
    ),
    ColumnRole(
        "visits_planned",
        "derived",
        read=False,
        places=(
            _t(200, QT_TRANSLATE_NOOP("CustomerTableModel", "Planned visits"), "plan"),
            _c(150),
            _w(130, QT_TRANSLATE_NOOP("export", "Visits a year"), 8),
            _s(130, "number", 0.05),
        ),
    ),
    ColumnRole(
        "overflow",
        "derived",
        read=False,
        places=(_t(210, QT_TRANSLATE_NOOP("CustomerTableModel", "Overflow"), "plan"), _c(160)),
    ),
    ColumnRole(
        "service",
        "derived",
        read=False,
        places=(_t(220, QT_TRANSLATE_NOOP("CustomerTableModel", "Service"), "plan"), _c(170)),
    ),
    # The manager's actions (PRODUCT.md §7), typed in the table or a returned workbook.
    ColumnRole(
        "next_step",
        "text",
        read=False,
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "next step for {customer}"),
        places=(
            _t(150, QT_TRANSLATE_NOOP("CustomerTableModel", "Next step"), "text", "next_step"),
            _c(190),
            # Its line to write on by hand; dates and status beside it.
            _w(140, QT_TRANSLATE_NOOP("export", "Next step"), 10),
            _s(140, "write", 0.07),
        ),
    ),
    ColumnRole(
        "due",
        "date",
        read=False,
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "due date for {customer}"),
        places=(
            _t(160, QT_TRANSLATE_NOOP("CustomerTableModel", "Due"), "date", "due"),
            _c(200),
            _w(150, QT_TRANSLATE_NOOP("export", "Due"), 9),
        ),
    ),
    ColumnRole(
        "status",
        "status",
        read=False,
        editable=True,
        edit_label=QT_TRANSLATE_NOOP("core", "status of {customer}"),
        places=(
            _t(170, QT_TRANSLATE_NOOP("CustomerTableModel", "Status"), "status", "status"),
            _c(210),
            _w(160, QT_TRANSLATE_NOOP("export", "Status"), 8),
        ),
    ),
    # Who moved into the period shown from the one before (PRODUCT.md §8): after the
    # account manager and the places 71–75 left for a team's own columns (a region),
    # before the triage, so the columns a laptop shows first stay in view.
    ColumnRole(
        "trend",
        "derived",
        read=False,
        places=(_t(76, QT_TRANSLATE_NOOP("CustomerTableModel", "Trend"), "history"),),
    ),
    ColumnRole(
        "segment_before",
        "derived",
        read=False,
        places=(_t(77, QT_TRANSLATE_NOOP("CustomerTableModel", "Segment before"), "history"),),
    ),
    ColumnRole(
        "delta_sow",
        "derived",
        read=False,
        places=(_t(78, QT_TRANSLATE_NOOP("CustomerTableModel", "ΔSoW (pp)"), "history"),),
    ),
    ColumnRole(
        "delta_kzi",
        "derived",
        read=False,
        places=(_t(79, QT_TRANSLATE_NOOP("CustomerTableModel", "ΔKZI"), "history"),),
    ),
]

_read = False


def register(role: ColumnRole) -> None:
    """Add a column to the registry.  Only before anything has read it: the header
    search, the importer and the outputs build their tables from it once."""
    if _read:
        raise RuntimeError(f"column {role.key!r} registered after the registry was read")
    if any(entry.key == role.key for entry in _ENTRIES):
        raise ValueError(f"column {role.key!r} is registered already")
    _ENTRIES.append(role)


def entries() -> tuple[ColumnRole, ...]:
    """Every column, roles first, in the registry's order."""
    global _read
    _read = True
    return tuple(_ENTRIES)


def entry(key: str) -> ColumnRole:
    for candidate in entries():
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def roles() -> tuple[ColumnRole, ...]:
    """The roles a list's columns can play (read from a list), in order."""
    return tuple(candidate for candidate in entries() if candidate.read)


def role_keys() -> tuple[str, ...]:
    return tuple(candidate.key for candidate in roles())


def role_of_column(column: str) -> ColumnRole | None:
    """The role whose value a document column holds ('sow_input' → share_of_wallet)."""
    return next((candidate for candidate in roles() if candidate.table_column == column), None)


def with_flag(flag: str) -> tuple[ColumnRole, ...]:
    """The columns with ``flag`` set: editable, searched, compared, moves, shape."""
    return tuple(candidate for candidate in entries() if getattr(candidate, flag))


def columns_with(flag: str) -> tuple[str, ...]:
    """The document columns of :func:`with_flag`."""
    return tuple(candidate.table_column for candidate in with_flag(flag))


def of_kind(*kinds: str, read: bool = True) -> tuple[ColumnRole, ...]:
    return tuple(candidate for candidate in entries() if candidate.kind in kinds and candidate.read == read)


def places(output: str) -> tuple[tuple[ColumnRole, Place], ...]:
    """The columns of one output, in its order, each with its place there."""
    if output not in OUTPUTS:
        raise ValueError(output)
    found = [
        (candidate, place) for candidate in entries() for place in candidate.places if place.output == output
    ]
    found.sort(key=lambda item: item[1].order)
    return tuple(found)


def output_names(output: str) -> tuple[str, ...]:
    """The column keys of one output, in its order."""
    return tuple(place.name or candidate.key for candidate, place in places(output))


def words_of(keys: Iterable[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Role → its header words in every language."""
    wanted = None if keys is None else set(keys)
    return {
        candidate.key: candidate.all_words
        for candidate in roles()
        if candidate.words and (wanted is None or candidate.key in wanted)
    }
