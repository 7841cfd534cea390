"""Fonts of the PDF priority sheets: text is embedded as text, in a font that has its
glyphs, so a name prints as typed (``$``, ``&``, ``<``, umlauts, CJK) and never as a box.

DejaVu Sans (regular and bold) comes with matplotlib, so it is there wherever Segmenter
runs.  It has Latin, Greek and Cyrillic but no Chinese, Japanese or Korean; for those a
cell is set in a CJK font found on the system (TrueType outlines: reportlab cannot
embed the CFF outlines of Noto CJK / Source Han).  Where none is found, such a cell is
set in DejaVu and its CJK characters print as boxes — the README says which fonts to
install.
"""

from __future__ import annotations

import os
from pathlib import Path

REGULAR = "SegmenterSans"
BOLD = "SegmenterSans-Bold"
CJK = "SegmenterCJK"

#: CJK fonts with TrueType outlines, where Linux, Windows and macOS keep them.
CJK_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/unifont/unifont.ttf", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("C:/Windows/Fonts/msgothic.ttc", 0),
    ("C:/Windows/Fonts/malgun.ttf", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)

_state: dict[str, object] = {}


def register() -> None:
    """Register the fonts with reportlab (once per process)."""
    if _state.get("done"):
        return
    import matplotlib
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    regular = TTFont(REGULAR, str(folder / "DejaVuSans.ttf"))
    bold = TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    _state["covered"] = frozenset(regular.face.charWidths)
    _state["cjk"] = _register_cjk()
    _state["done"] = True


def _register_cjk() -> str | None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    extra = os.environ.get("SEGMENTER_CJK_FONT")
    candidates = ((extra, 0),) + CJK_CANDIDATES if extra else CJK_CANDIDATES
    for path, index in candidates:
        if not os.path.isfile(path):
            continue
        try:
            font = TTFont(CJK, path, subfontIndex=index)
        except Exception:  # noqa: BLE001 - CFF outlines, a damaged file: try the next one
            continue
        pdfmetrics.registerFont(font)
        _state["cjk_covered"] = frozenset(font.face.charWidths)
        _state["cjk_path"] = path
        return CJK
    return None


def cjk_font_path() -> str | None:
    """The file of the CJK font in use, or None when the system has none."""
    register()
    return _state.get("cjk_path")  # type: ignore[return-value]


def font_for(text: str, bold: bool = False) -> str:
    """The font a cell is set in: DejaVu, unless the text has characters DejaVu lacks
    and a CJK font has them (that font has Latin letters too, so the whole cell is set
    in it: no line changes font in the middle)."""
    base = BOLD if bold else REGULAR
    if text.isascii():
        return base
    covered = _state["covered"]
    if all(ord(ch) in covered for ch in text if ch not in "\n"):
        return base
    cjk = _state.get("cjk")
    return cjk if cjk else base  # type: ignore[return-value]
