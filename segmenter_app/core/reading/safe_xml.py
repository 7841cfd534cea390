"""The one XML parser Segmenter uses: expat with no DTD and no entities, whatever the
encoding of the document.

A document type declaration is where entity bombs ("billion laughs", a 100,000-character
internal entity) and external entities (XXE) live.  Looking for ``<!DOCTYPE`` in the
raw bytes misses it in UTF-16 or UTF-32; expat decodes first and then reports the
declaration, so refusing it there holds for any encoding expat reads (UTF-8, UTF-16 with
or without BOM, Latin-1, ASCII).  This is what defusedxml does, without the dependency.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree
from xml.parsers import expat


class UnsafeXml(ValueError):
    """A document that declares a DTD, an entity or a notation: refused, never expanded."""


def _refuse(*_args: object) -> None:
    raise UnsafeXml("DTD or entity declaration")


def hardened_parser(
    start: Callable | None = None,
    end: Callable | None = None,
    text: Callable | None = None,
    *,
    namespace_separator: str = " ",
) -> expat.XMLParserType:
    """An expat parser that raises :class:`UnsafeXml` at a DTD, an entity declaration,
    a notation or an external entity reference, before anything is expanded."""
    parser = expat.ParserCreate(namespace_separator=namespace_separator)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.NotationDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    if start:
        parser.StartElementHandler = start
    if end:
        parser.EndElementHandler = end
    if text:
        parser.CharacterDataHandler = text
    parser.buffer_text = True
    return parser


def parse_tree(data: bytes | str) -> ElementTree.Element:
    """The document as an ElementTree (tags ``{namespace}name``, as ElementTree names
    them).  Raises :class:`UnsafeXml` for a DTD or an entity, ``expat.ExpatError`` for
    XML that is not well formed."""
    builder = ElementTree.TreeBuilder()

    def qualified(name: str) -> str:
        namespace, separator, local = name.rpartition("}")
        return "{" + name if separator else local

    def start(name: str, attributes: dict[str, str]) -> None:
        builder.start(qualified(name), {qualified(k): v for k, v in attributes.items()})

    def end(name: str) -> None:
        builder.end(qualified(name))

    parser = hardened_parser(start, end, builder.data, namespace_separator="}")
    parser.Parse(data, True)
    return builder.close()
