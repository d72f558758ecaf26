"""Placeholder until the policy extractor lands: it yields nothing."""

from collections.abc import Iterator

from aikg.schema import Fact, SegmentedReport


def extract(report: SegmentedReport) -> Iterator[Fact]:
    yield from ()
