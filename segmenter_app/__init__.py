"""Segmenter: customers by share of wallet and satisfaction, prioritised per manager."""

import time

__version__ = "0.1.0"

#: When this process started (close enough: the first import of the package).  The
#: command line's trace and the window's start-up trace both count from here.
STARTED = time.perf_counter()
