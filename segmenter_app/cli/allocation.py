"""Memory for a command that reads one list and ends (``classify``, ``team``, …).

A million-row list makes a few hundred short-lived arrays of several megabytes on its
way to the output.  glibc gives each such array fresh pages from the kernel (anything
above its mmap threshold), and Arrow's own allocator (mimalloc) hands freed memory
back soon: every array pays its page faults again, about 65,000 of them at a million
rows, half a second of system time.  A command that ends when its output is written is
better served by keeping freed memory for the next array: glibc's mmap threshold is
set to its largest value (32 MiB), it keeps up to 1 GiB of freed memory, and Arrow
allocates through glibc as well.  The peak memory stays as it was (measured: 640 MB
against 670 MB at a million rows).

The window's process keeps the defaults: it lives long, and what it frees should go
back.  Other systems than Linux with glibc keep theirs too.
"""

from __future__ import annotations

import sys

#: mallopt's parameters (glibc's malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: The largest mmap threshold glibc accepts on 64-bit systems, and the freed memory
#: kept before any is handed back.
_MMAP_THRESHOLD = 32 * 1024 * 1024
_TRIM_THRESHOLD = 1024 * 1024 * 1024


def keep_freed_memory() -> bool:
    """Make this process keep and reuse memory it frees (see the module's docstring);
    True when it was done.  Call it once the libraries are imported (it imports
    pyarrow) and before the list's data arrives."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
        gnu = libc.gnu_get_libc_version  # glibc only (musl has no such call)
    except (OSError, AttributeError):
        return False
    del gnu
    if not (mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD) and mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD)):
        return False
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())
    return True
