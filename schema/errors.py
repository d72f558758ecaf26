"""One base for every error aikg raises on purpose, so callers can catch them together."""

from __future__ import annotations


class AikgError(Exception):
    """An error aikg reports to its user; the message is one line naming what and why."""
