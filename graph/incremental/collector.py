"""The cyclic garbage collector paused for the length of an update (see
:func:`collector_paused`)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused (as it was after): an update loads and
    makes millions of long-lived objects (the kept builder, the graph, the outputs'
    text), and each full collection pass scans all of them, and everything else the
    process holds, to find next to no garbage; that was a third of an update's CPU on a
    build of 1,000 reports. Reference counting still frees what is dropped.

    What the update leaves alive is then put straight into the oldest generation
    (``gc.freeze`` and ``gc.unfreeze``, which move objects without scanning them): left
    in the youngest, the first allocation after the collector is back would scan them
    all (a tenth of an update of 1,000 reports). They are scanned with the rest of the
    oldest generation at its next full pass, as they would have been after surviving
    the young passes they skipped. Not done when the caller has frozen objects of its
    own (unfreezing would release them too)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
