"""The core's words in the user's language: the catalogue read from the translation file,
and the system language."""

from __future__ import annotations

import functools
import locale
import os
from typing import Any
from xml.etree import ElementTree

from segmenter_app.core.resources import resource_path

CONTEXT = "core"


LANGUAGES = ("en", "de")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a text for translation; the translation happens at use (:func:`tr`)."""
    return text


@functools.lru_cache(maxsize=4)
def _catalog(language: str) -> dict[tuple[str, str], str]:
    if language == "en":
        return {}
    path = resource_path("translations", f"segmenter_{language}.ts")
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    catalog: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not (translation.text or "").strip():
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            catalog[(name, source)] = translation.text
    return catalog


def tr(text: str, language: str, context: str = CONTEXT) -> str:
    return _catalog(language).get((context, text), text)


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
