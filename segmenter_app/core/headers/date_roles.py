"""Header names of the date roles (section 7): the last contact with a customer."""

from __future__ import annotations

LAST_CONTACT_SYNONYMS: tuple[str, ...] = (
    "last contact",
    "last contact date",
    "date of last contact",
    "last contacted",
    "last visit",
    "last visited",
    "last call",
    "last meeting",
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
)
