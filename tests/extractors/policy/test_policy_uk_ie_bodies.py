"""Policies of round 29: UK and Irish bodies named without a country word (DSIT, the
Commission for Regulation of Utilities, the CRU) set the region (invented report)."""

from __future__ import annotations

from pathlib import Path

from support.policies import issuers_date_region as _row
from support.policies import policies_in

EN = """---
title: Infrastructure policy monthly
date: 2032-03-15
---

## Policy

On 4 March 2032, DSIT published its "Compute Access Roadmap" for public research labs.

The Commission for Regulation of Utilities issued the "Grid Flexibility Code for Data Halls"
on 9 March 2032.

On 11 March 2032 the CRU published a "Demand Response Direction" for new server campuses.
"""


def test_uk_and_irish_bodies_set_the_region(tmp_path: Path):
    found = policies_in(tmp_path / "en.md", EN)
    for title, region in [
        ("Compute Access Roadmap", "UK"),
        ("Grid Flexibility Code for Data Halls", "IE"),
        ("Demand Response Direction", "IE"),
    ]:
        assert title in found, sorted(found)
        assert _row(found[title])[2] == region, (title, _row(found[title]))
