"""Draw the app icon (run from the repository root): four quadrants in the segment
colours, the two threshold lines, a few customers.

    python resources/icons/make_icon.py     # writes segmenter.png, .ico (Windows) and .icns (macOS)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import FancyBboxPatch, Rectangle  # noqa: E402

from segmenter_app.core.outputs.chart_style import COLOURS, MARKERS  # noqa: E402


def main() -> None:
    figure = Figure(figsize=(2.56, 2.56), dpi=100)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, 100)
    axes.set_ylim(0, 100)
    axes.axis("off")
    axes.add_patch(
        FancyBboxPatch(
            (4, 4), 92, 92, boxstyle="round,pad=0,rounding_size=14", facecolor="white", edgecolor="none"
        )
    )
    quadrants = {"GROW": (8, 50), "MODEL": (50, 50), "MOVE": (8, 8), "FIX": (50, 8)}
    for name, (x, y) in quadrants.items():
        axes.add_patch(Rectangle((x, y), 42, 42, facecolor=COLOURS[name][0], alpha=0.9, edgecolor="none"))
        axes.plot(
            [x + 21], [y + 21], marker=MARKERS[name], markersize=22, color="white", markeredgecolor="none"
        )
    axes.plot([50, 50], [6, 94], color="#222222", linewidth=5)
    axes.plot([6, 94], [50, 50], color="#222222", linewidth=5)
    figure.savefig(HERE / "segmenter.png", transparent=True)
    from PIL import Image

    Image.open(HERE / "segmenter.png").save(
        HERE / "segmenter.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)]
    )
    Image.open(HERE / "segmenter.png").save(HERE / "segmenter.icns")


if __name__ == "__main__":
    main()
