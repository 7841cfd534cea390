"""Segment colours and marker shapes, shared by the window, the chart pictures and the
exported workbooks.

Okabe–Ito colours, which people with the common colour-vision deficiencies tell apart;
each segment also has its own marker shape, so no reader depends on colour alone.
"""

from __future__ import annotations

#: Segment → (colour, light tint for fills and quadrant backgrounds)
COLOURS: dict[str, tuple[str, str]] = {
    "MODEL": ("#0072B2", "#D6E9F5"),  # blue
    "FIX": ("#D55E00", "#F8DCCA"),  # vermillion
    "GROW": ("#009E73", "#CCEDE3"),  # bluish green
    "MOVE": ("#CC79A7", "#F4E1EC"),  # reddish purple
}
UNCLASSIFIED_COLOUR = ("#8C8C8C", "#E6E6E6")
#: matplotlib marker per segment
MARKERS: dict[str, str] = {"MODEL": "o", "FIX": "s", "GROW": "^", "MOVE": "D"}
#: Unicode shape per segment, for text (table chips, legends in workbooks)
SYMBOLS: dict[str, str] = {"MODEL": "●", "FIX": "■", "GROW": "▲", "MOVE": "◆"}
