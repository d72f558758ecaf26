"""Where a policy applies: its region (from the issuer or title) and its "人工智能+X"
scope; kept in :mod:`.rules` so that the sentence readers import one sibling."""

from __future__ import annotations

from aikg.extractors.policy.rules import region_of, scope_of

__all__ = ["region_of", "scope_of"]
