"""Fonts and text shaping of the PDF priority sheets: every character prints as typed,
in a font that has its glyph, and right-to-left scripts read right to left.

* **Per-run fallback.** A text is set in DejaVu Sans (regular and bold come with
  matplotlib, so they are there wherever Segmenter runs: Latin, Greek, Cyrillic, Hebrew,
  Arabic, many symbols).  A character DejaVu lacks is set in the first *fallback font*
  that has it, and only that run of characters: "株式会社東京 Müller & Söhne" is CJK in a
  CJK font and Latin in DejaVu, so a fallback font without Latin letters (Droid Sans
  Fallback) never blanks the Latin part.  Fallback fonts are looked for where they are
  kept (``FALLBACK_CANDIDATES``, the files named by ``SEGMENTER_FONTS``), then among all
  the fonts the system has (a bounded scan), only when a text needs one; reportlab
  embeds TrueType outlines only, so fonts with CFF outlines (Noto CJK OTF) are passed over.
* **A visible placeholder.** A character no font on the machine has prints as "�"
  (U+FFFD, which DejaVu has): never a blank cell, never a lost title.  An emoji sequence
  (with skin tone, joiners, variation selectors, a flag's pair of letters) is one
  placeholder.
* **Bidi and shaping.** Arabic letters are joined into their contextual forms
  (arabic-reshaper; DejaVu has the presentation forms), then each line is put into
  visual order by the Unicode bidirectional algorithm (python-bidi), so Hebrew and
  Arabic names read right to left, with numbers and Latin words in them left to right.

Texts are prepared once (:func:`printable`), wrapped in logical order by measured width
(:func:`width`), and each line is split into runs when drawn (:func:`runs`,
:func:`draw`).  A text that is all DejaVu and left to right takes a fast path (one
regular-expression search).  No Qt here.
"""

from __future__ import annotations

import itertools
import os
import re
import threading
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REGULAR = "SegmenterSans"
BOLD = "SegmenterSans-Bold"
#: What prints for a character no font has (DejaVu has it).
PLACEHOLDER = "\ufffd"

#: Fonts with TrueType outlines that cover what DejaVu lacks, where Linux, Windows and
#: macOS keep them: CJK first, then symbols and emoji (monochrome outlines).
FALLBACK_CANDIDATES: tuple[str, ...] = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/truetype/noto/NotoEmoji-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "/usr/share/fonts/truetype/unifont/unifont.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/msgothic.ttc",
    "C:/Windows/Fonts/malgun.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
    "C:/Windows/Fonts/seguiemj.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)
#: The system scan (after the candidates) stops after this long: an export never
#: stalls on a machine with thousands of fonts; what is still missing prints as "�".
SCAN_SECONDS = 3.0

#: Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their
#: presentation forms) and the explicit bidi controls.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
#: Formatting characters with no glyph of their own: dropped after shaping and bidi.
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff\U000e0000-\U000e01ef]"
)
_ZWJ = 0x200D
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_REGIONAL = range(0x1F1E6, 0x1F200)


@dataclass
class _Face:
    """A font file: what it covers, and once used, its name in reportlab."""

    path: str
    covered: frozenset[int]
    name: str = ""
    #: matches the first character of a text the font lacks (line breaks excepted)
    missing: re.Pattern = field(default=None, repr=False)  # type: ignore[assignment]


def _missing_pattern(covered: frozenset[int]) -> re.Pattern:
    ranges: list[str] = []
    codes = sorted(covered | {10})
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else ""))
        start = previous = code
    return re.compile("[^" + "".join(ranges) + "]")


class _Fonts:
    """The fonts of this process: DejaVu, and the fallback fonts found so far."""

    def __init__(self, candidates: tuple[str, ...] | None = None, scan: bool = True) -> None:
        self.candidates = FALLBACK_CANDIDATES if candidates is None else candidates
        self.scan = scan
        self.lock = threading.RLock()
        self.base: dict[bool, _Face] = {}
        self.fallbacks: list[_Face] = []
        self.by_code: dict[int, _Face | None] = {}
        self._candidates: Iterator[str] | None = None
        self._tried: set[str] = set()

    def register(self) -> None:
        if self.base:
            return
        with self.lock:
            if self.base:
                return
            import matplotlib
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
            faces = {}
            for bold, name, file in ((False, REGULAR, "DejaVuSans.ttf"), (True, BOLD, "DejaVuSans-Bold.ttf")):
                font = TTFont(name, str(folder / file))
                pdfmetrics.registerFont(font)
                covered = frozenset(font.face.charWidths)
                faces[bold] = _Face(str(folder / file), covered, name, _missing_pattern(covered))
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            self.base = faces

    # -- fallback fonts, found when a character needs one

    def _paths(self) -> Iterator[str]:
        named = [os.environ.get("SEGMENTER_CJK_FONT", "")]
        named += os.environ.get("SEGMENTER_FONTS", "").split(os.pathsep)
        yield from (path for path in named if path)
        yield from self.candidates
        if not self.scan:
            return
        started = time.monotonic()
        try:
            from matplotlib import font_manager

            system = sorted(font_manager.findSystemFonts())
        except Exception:  # noqa: BLE001 - no font list: the candidates are all there is
            return
        for path in system:
            if time.monotonic() - started > SCAN_SECONDS:
                return
            yield path

    def _open(self, path: str) -> _Face | None:
        """The font at ``path`` if reportlab can embed it (TrueType outlines)."""
        if path in self._tried or not os.path.isfile(path):
            return None
        self._tried.add(path)
        try:
            from fontTools.ttLib import TTFont as ToolsFont

            font = ToolsFont(path, lazy=True, fontNumber=0)
            if "glyf" not in font:
                return None  # CFF outlines: reportlab cannot embed them
            covered = frozenset(font.getBestCmap() or ())
            font.close()
        except Exception:  # noqa: BLE001 - a damaged or unusual file: try the next one
            return None
        return _Face(path, covered) if covered else None

    def fallback(self, code: int) -> _Face | None:
        """The first fallback font that has ``code`` (registered with reportlab), or None."""
        if code in self.by_code:
            return self.by_code[code]
        with self.lock:
            face = next((f for f in self.fallbacks if code in f.covered), None)
            if face is None:
                if self._candidates is None:
                    self._candidates = self._paths()
                for path in self._candidates:
                    found = self._open(path)
                    if found is None:
                        continue
                    self.fallbacks.append(found)
                    if code in found.covered:
                        face = found
                        break
            if face is not None and not face.name:
                face = self._embed(face)
            if face is not None and code not in face.covered:
                face = None
            self.by_code[code] = face
            return face

    def _embed(self, face: _Face) -> _Face | None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        name = f"SegmenterFallback{next(_numbers)}"
        try:
            font = TTFont(name, face.path, subfontIndex=0)
        except Exception:  # noqa: BLE001 - reportlab refuses it after all: not a fallback
            self.fallbacks.remove(face)
            return None
        pdfmetrics.registerFont(font)
        face.covered = face.covered & frozenset(font.face.charWidths)
        face.name = name
        face.missing = _missing_pattern(face.covered)
        return face

    def face_of(self, code: int, bold: bool) -> _Face | None:
        base = self.base[bold]
        if code in base.covered:
            return base
        return self.fallback(code)


_fonts = _Fonts()
_numbers = itertools.count(1)


def reset(candidates: tuple[str, ...] | None = None, scan: bool = True) -> None:
    """Forget the fallback fonts found so far and look again, among ``candidates``
    (default :data:`FALLBACK_CANDIDATES`) and, with ``scan``, the system's fonts: for a
    font installed while the app runs, and for tests that choose the fonts there are."""
    global _fonts
    base = _fonts.base
    _fonts = _Fonts(candidates, scan)
    _fonts.base = base


def register() -> None:
    """Register DejaVu Sans with reportlab (once per process)."""
    _fonts.register()


def fallback_fonts() -> list[str]:
    """The files of the fallback fonts in use so far (for messages and tests)."""
    return [face.path for face in _fonts.fallbacks if face.name]


def font_file(char: str, bold: bool = False) -> str | None:
    """The file of the font ``char`` is set in, or None when no font has it."""
    register()
    face = _fonts.face_of(ord(char), bold)
    return face.path if face is not None else None


def printable(text: str, bold: bool = False) -> str:
    """``text`` as it is set: control characters as spaces (line breaks kept), Arabic
    letters in their joined forms, and each character (or emoji sequence) that no font
    has as :data:`PLACEHOLDER`.  Still in logical order: wrap it, then draw its lines."""
    register()
    if text.isascii() and text.isprintable():
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ARABIC.search(text):
        text = _reshape(text)
    base = _fonts.base[bold]
    if base.missing.search(text) is None:
        return text
    out: list[str] = []
    replaced = joined = False
    for char in text:
        code = ord(char)
        if char == "\n":
            out.append(char)
            replaced = joined = False
        elif code < 32 or code == 127 or 0x80 <= code < 0xA0:
            out.append(" ")
            replaced = joined = False
        elif _INVISIBLE.match(char):
            # Kept for the bidi algorithm, dropped when a line is drawn; a joiner after
            # a placeholder makes the next emoji part of it.
            joined = replaced and code == _ZWJ
            out.append(char)
        elif _fonts.face_of(code, bold) is not None:
            out.append(char)
            replaced = joined = False
        elif replaced and (joined or code in _SKIN_TONES or (code in _REGIONAL and out[-1] == PLACEHOLDER)):
            joined = False  # the rest of the sequence the placeholder stands for
        else:
            out.append(PLACEHOLDER)
            replaced, joined = True, False
    return "".join(out)


def _reshape(text: str) -> str:
    import arabic_reshaper

    return "\n".join(arabic_reshaper.reshape(line) for line in text.split("\n"))


def _visual(line: str) -> str:
    """A line in the order it is drawn: right-to-left runs reversed (bidi), formatting
    characters gone."""
    if _RTL.search(line):
        from bidi import get_display

        line = get_display(line)
    return _INVISIBLE.sub("", line) if _INVISIBLE.search(line) else line


def runs(line: str, bold: bool = False) -> list[tuple[str, str]]:
    """A line of :func:`printable` text as (reportlab font name, text) runs, left to
    right as drawn.  Spaces and punctuation stay in the run they stand in."""
    register()
    line = _visual(line)
    base = _fonts.base[bold]
    if base.missing.search(line) is None:
        return [(base.name, line)]
    found: list[tuple[str, list[str]]] = []
    current: _Face | None = None
    for char in line:
        code = ord(char)
        if current is not None and code in current.covered and unicodedata.category(char)[0] in "ZPS":
            face = current
        else:
            face = _fonts.face_of(code, bold) or base
        if face is not current:
            found.append((face.name, []))
            current = face
        found[-1][1].append(char)
    return [(name, "".join(chars)) for name, chars in found]


def width(text: str, size: float, bold: bool = False) -> float:
    """The width of a line of :func:`printable` text in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register()
    base = _fonts.base[bold]
    if base.missing.search(text) is None and not _INVISIBLE.search(text):
        return stringWidth(text, base.name, size)
    return sum(stringWidth(part, name, size) for name, part in runs(text, bold))


def is_plain(text: str, bold: bool = False) -> bool:
    """True when a line of :func:`printable` text is one run of DejaVu, left to right."""
    register()
    return (
        _fonts.base[bold].missing.search(text) is None
        and not _RTL.search(text)
        and not (_INVISIBLE.search(text))
    )


def draw(canvas, x: float, y: float, text: str, size: float, bold: bool = False, align: str = "left") -> None:
    """One line of any text at (x, y), left- or right-aligned, run by run."""
    text = printable(text, bold).replace("\n", " ")
    if align == "right":
        x -= width(text, size, bold)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for name, part in runs(text, bold):
        canvas.setFont(name, size)
        canvas.drawString(x, y, part)
        x += stringWidth(part, name, size)
