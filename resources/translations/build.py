"""Keep the translations in step with the code (run from the repository root):

    python resources/translations/build.py          # lupdate, carry over, lrelease
    python resources/translations/build.py --check  # exit 1 when a text has no German
    python resources/translations/build.py --also OTHER.ts   # after a merge: take the
                                                    # translations of the other side too

``pyside6-lupdate`` collects every ``self.tr(...)``, ``QCoreApplication.translate(...)``
and ``QT_TRANSLATE_NOOP(...)`` of ``segmenter_app`` into ``segmenter_de.ts`` and keeps
the translations already there; translate new entries with Qt Linguist
(``pyside6-linguist``) or in the XML; ``pyside6-lrelease`` then compiles the ``.qm``
the window loads.  The engine (``core/text/catalog.py``) reads the ``.ts`` itself, so the
command line and the exported workbooks need no compiled file.

Texts that follow a number (``self.tr("%n customers", "", n)``,
``QT_TRANSLATE_N_NOOP``) have plural forms: German's in ``segmenter_de.ts``, and
English's — the language of the source texts — in ``segmenter_en.ts``, which holds only
those (``lupdate -pluralonly``, as Qt's documentation advises): "%n customer" /
"%n customers".  The core marks such texts with ``QT_TRANSLATE_N_NOOP``, which
lupdate's Python parser does not know (Qt 6.11): this script finds them in the sources
itself (:func:`numerus_marks`) and adds them to both files.

lupdate files a text under its class (the *context*); when code moves a text to another
class, lupdate would drop the old translation and leave the text untranslated.  After
lupdate, every untranslated text whose source (and plural form) was translated before in
any context gets that translation back — the same context first — so moving code never
loses German.  What is still untranslated is listed, and ``--check`` fails on it.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("de",)
#: Languages whose file holds only the plural forms (the source texts are theirs).
PLURAL_ONLY = ("en",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    if not Path(found).exists():
        raise SystemExit(f"pyside6-{name} not found: install PySide6")
    return found


def _key(message: ElementTree.Element) -> tuple[str, bool]:
    return (message.findtext("source") or "", message.get("numerus") == "yes")


def _translated(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def known_translations(ts: Path) -> tuple[dict, dict]:
    """(context, source, plural) → translation element, and (source, plural) → one."""
    by_context: dict[tuple[str, str, bool], ElementTree.Element] = {}
    anywhere: dict[tuple[str, bool], ElementTree.Element] = {}
    if not ts.exists():
        return by_context, anywhere
    root = ElementTree.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if _translated(message):
                source, plural = _key(message)
                by_context[(name, source, plural)] = message.find("translation")
                anywhere.setdefault((source, plural), message.find("translation"))
    return by_context, anywhere


def carry_over(ts: Path, by_context: dict, anywhere: dict) -> list[str]:
    """Give untranslated texts their earlier translation; return those still without."""
    text = ts.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text.encode("utf-8"))
    missing: list[str] = []
    changed = False
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if _translated(message):
                continue
            source, plural = _key(message)
            earlier = by_context.get((name, source, plural)) or anywhere.get((source, plural))
            if earlier is None:
                missing.append(f"{name}: {source!r}")
                continue
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            copied = ElementTree.fromstring(ElementTree.tostring(earlier))
            copied.attrib.pop("type", None)
            message.append(copied)
            changed = True
    if changed:
        ElementTree.indent(root, space="    ")
        body = ElementTree.tostring(root, encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
        )
    return missing


def numerus_marks(sources: list[Path]) -> list[tuple[str, str]]:
    """(context, text) of every ``QT_TRANSLATE_N_NOOP("context", "text")`` in ``sources``."""
    marks: list[tuple[str, str]] = []
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"), str(source))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "QT_TRANSLATE_N_NOOP"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            ):
                mark = (node.args[0].value, node.args[1].value)
                if mark not in marks:
                    marks.append(mark)
    return marks


def add_numerus(ts: Path, marks: list[tuple[str, str]]) -> None:
    """Add each marked text as a plural message (untranslated) where lupdate left none."""
    root = ElementTree.fromstring(ts.read_text(encoding="utf-8").encode("utf-8"))
    contexts = {context.findtext("name"): context for context in root.iter("context")}
    for name, text in marks:
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = name
        if any(
            message.findtext("source") == text and message.get("numerus") == "yes"
            for message in context.iter("message")
        ):
            continue
        message = ElementTree.SubElement(context, "message", numerus="yes")
        ElementTree.SubElement(message, "source").text = text
        translation = ElementTree.SubElement(message, "translation", type="unfinished")
        for _form in range(2):
            ElementTree.SubElement(translation, "numerusform")
    ElementTree.indent(root, space="    ")
    body = ElementTree.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _language_of(ts: Path) -> str:
    """The language a .ts file translates into ("de" for "de_DE")."""
    try:
        return (ElementTree.parse(ts).getroot().get("language") or "").split("_")[0]
    except (OSError, ElementTree.ParseError):
        return ""


def untranslated(ts: Path) -> list[str]:
    root = ElementTree.parse(ts).getroot()
    return [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in root.iter("context")
        for message in context.iter("message")
        if not _translated(message)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated texts")
    parser.add_argument(
        "--also",
        type=Path,
        action="append",
        default=[],
        help="another .ts whose translations are taken where this one has none (a merge's other side)",
    )
    args = parser.parse_args(argv)
    status = 0
    for language in (*LANGUAGES, *PLURAL_ONLY):
        ts = HERE / f"segmenter_{language}.ts"
        if args.check:
            missing = untranslated(ts)
        else:
            by_context, anywhere = known_translations(ts)
            for other in args.also:
                if _language_of(other) != language:
                    continue  # another language's file (the German beside the English plurals)
                more_by_context, more_anywhere = known_translations(other)
                by_context = {**more_by_context, **by_context}
                anywhere = {**more_anywhere, **anywhere}
            paths = sorted((ROOT / "segmenter_app").rglob("*.py"))
            sources = [str(p.relative_to(ROOT)) for p in paths]
            options = ["-pluralonly"] if language in PLURAL_ONLY else []
            if not ts.exists():
                options += ["-target-language", language]
            subprocess.run(
                [
                    tool("lupdate"),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    *options,
                    *sources,
                    "-ts",
                    str(ts.relative_to(ROOT)),
                ],
                cwd=ROOT,
                check=True,
            )
            add_numerus(ts, numerus_marks(paths))
            missing = carry_over(ts, by_context, anywhere)
            subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        for entry in missing:
            print(f"untranslated ({language}): {entry}", file=sys.stderr)
        status = status or (1 if missing else 0)
    return status if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
