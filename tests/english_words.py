"""Finding English on a German screen: a word of the English source texts that no
German translation uses is English that was not translated (or text written past the
translation).  The vocabulary comes from the translation file itself, so a new text
with a missing German translation is found without a list to keep up to date."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from xml.etree import ElementTree

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "segmenter_de.ts"

#: Words that stay as they are in German: the segments, the measures' short names,
#: file kinds, names of programs and licences.
STAYS = frozenset(
    word.lower()
    for word in (
        "MODEL FIX GROW MOVE SoW KZI NPS CSAT PDF CSV JSON XLSX Excel LibreOffice Segmenter Qt PySide6 "
        "LGPL GPL MIT BSD Apache PSF stderr"
    ).split()
)

#: Words German writes the same way (German "also" is "so", "therefore").
GERMAN_TOO = frozenset({"also", "man", "will", "hat", "bin", "war"})

#: Names that are written as their owners write them, in every language: the language
#: menu names each language in itself; the makers of the libraries named in the
#: notices.
NAMES = ("English", "The Qt Company", "Qt for Python")

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß]+")
# What is typed, not read: options (--sow-threshold), choices and placeholders in
# braces ({files,sheets}, {count}), names with an underscore (customer_id), group keys
# (MOVE-prioritise), paths, file names and their endings (.xlsx).
_CODES = re.compile(
    r"--?[\w-]+|\{[^}]*\}|\w*_\w+|\b[A-Z]{2,}-\w+|(?:[A-Za-z]:)?[/\\][^\s,;)]+|\S*\.\w{2,9}\b"
)


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(_CODES.sub(" ", text))}


@functools.lru_cache(maxsize=1)
def untranslated_words() -> frozenset[str]:
    """Words of the English source texts that no German translation has."""
    root = ElementTree.parse(TRANSLATIONS).getroot()
    english: set[str] = set()
    german: set[str] = set()
    for context in root.iter("context"):
        # The command line's German names codes in running text (the columns of an
        # output): its words do not make an English word German.
        typed = context.findtext("name") in ("cli", "argparse")
        for message in context.iter("message"):
            english |= _words(message.findtext("source") or "")
            translation = message.find("translation")
            if translation is not None and not typed:
                german |= _words(translation.text or "")
                for form in translation.findall("numerusform"):
                    german |= _words(form.text or "")
    return frozenset(english - german - STAYS - GERMAN_TOO)


def english_in(text: str, codes: frozenset[str] = frozenset()) -> list[str]:
    """The English words of a German ``text`` (a text without markup); ``codes``: words
    that are typed as they are here (the values a command line option takes)."""
    suspects = untranslated_words() - {code.lower() for code in codes}
    for name in NAMES:
        text = text.replace(name, " ")
    return sorted(word for word in _words(text) if word in suspects)
