"""The core's words in the user's language: the catalogue read from the translation file,
and the system language.

Texts whose words follow a number are marked with ``QT_TRANSLATE_N_NOOP`` and looked up
with :func:`tr_n` and the number, as the window's ``tr(text, "", n)``: the translation
file gives each language its plural forms (``<numerusform>``), and English, the language
of the source texts, has a plural-only file of its own (``segmenter_en.ts``: "{count}
customer has" / "{count} customers have").  The number picks the form; the text writes
it where its ``{count}`` placeholder stands (or ``%n``, ``%Ln``, as Qt does)."""

from __future__ import annotations

import functools
import locale
import os
from typing import Any
from xml.etree import ElementTree

from segmenter_app.core.resources import resource_path
from segmenter_app.core.text.formatting import format_number

CONTEXT = "core"


LANGUAGES = ("en", "de")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a text for translation; the translation happens at use (:func:`tr`)."""
    return text


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a text whose words follow a number; translated by :func:`tr_n`.  (lupdate's
    Python parser does not know this macro: ``resources/translations/build.py`` adds
    these texts to the translation files itself.)"""
    return text


@functools.lru_cache(maxsize=4)
def _catalog(language: str) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]]:
    """(context, source) → the translation, and → the plural forms of a numerus text."""
    path = resource_path("translations", f"segmenter_{language}.ts")
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}, {}
    catalog: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("obsolete", "vanished", "unfinished"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
                if forms and all(form.strip() for form in forms):
                    plurals[(name, source)] = forms
            elif (translation.text or "").strip():
                catalog[(name, source)] = translation.text
    return catalog, plurals


def tr(text: str, language: str, context: str = CONTEXT) -> str:
    return _catalog(language)[0].get((context, text), text)


def plural_form(n: int | float, language: str) -> int:
    """Which of a language's plural forms a number takes: English and German have two,
    the singular for exactly 1 (Qt's rule for both)."""
    return 0 if abs(n) == 1 else 1


def tr_n(text: str, n: int | float, language: str, context: str = CONTEXT) -> str:
    """``text`` in the form the number ``n`` needs ("{count} customer has", "{count}
    customers have"); a ``%n`` in it is written as the number, ``%Ln`` as the language
    groups it ("1.234" in German), as Qt's ``tr`` does."""
    forms = _catalog(language)[1].get((context, text))
    if forms:
        template = forms[min(plural_form(n, language), len(forms) - 1)]
    else:  # a text without plural forms (yet): as it is translated
        template = tr(text, language, context)
    number = int(n) if float(n).is_integer() else n
    return template.replace("%Ln", format_number(number, language)).replace("%n", str(number))


def system_language() -> str:
    """'de' when the user's environment is German, else 'en'."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "de" if value.lower().startswith("de") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "de" if code.lower().startswith("de") else "en"


def safe_format(template: str, params: dict[str, Any]) -> str:
    class _Missing(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return template.format_map(_Missing(params))
