"""The quadrant chart: the canvas, its artists (built once, updated in place), the
density raster and the mouse."""
