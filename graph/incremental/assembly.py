"""Assembly an update continues from the previous build's builder instead of redoing.

Resolution and assembly of the whole graph from every report's cached facts are the
largest part of an update that adds a month's reports to hundreds. When the new reports
come after all the others in reading order (new files or folders added to the build),
and their facts neither rename nor re-tie an entity already met
(:meth:`aikg.graph.resolve.Resolver.extend`), the graph of all the reports is the
previous builder's graph with the new reports' facts added to it: the full path learns
every tie before resolving any name and adds every report's node before any fact, so
that is what the kept builder is made to look like (the new report nodes are put after
the others, :meth:`aikg.graph.assemble.GraphBuilder.append_reports`). Status histories
and conflicts come out as the full path's single pass after the last fact makes them: the
kept builder is pickled once its graph was read (flushed), and the update's read
rewrites only the deals and rating rows its reports' facts observe
(:meth:`aikg.graph.incremental.history.Provenance.flush`), where every deal was worked
out again before.

``DIR/cache/assembly.pickle`` holds the builder with the facts it dropped, the documents
it was made from (path and content hash, in reading order) and each report's metadata and
warnings, stamped with the cache's version (aikg and the extraction fingerprint) and a
fingerprint of the graph code, and the period digest of each element of the graph it gave
(:class:`aikg.graph.incremental.periods.ElementDigests`): the continued builder records
which elements the new reports change (``touched``), and the others' digests are taken
as they were. Anything else (a document removed, replaced or put before
another, a report read twice, a stamp that differs) reads as no kept assembly and the
update takes the full path. The file is made by this package and read only from the
build folder, like the rest of the cache.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path

from aikg.graph.assemble import GraphBuilder
from aikg.graph.incremental.fingerprint import modules_digest
from aikg.graph.incremental.stamped import dump_sealed, load_sealed
from aikg.graph.pipeline import DocumentOutcome, ReportFacts, add_facts

__all__ = ["ASSEMBLY_FILE", "KeptAssembly", "assembly_version", "continue_assembly"]

ASSEMBLY_FILE = "assembly.pickle"
_FORMAT = 1


# the modules that decide what a builder holds, given the facts
_BUILDER_MODULES = (
    "aikg.graph.assemble",
    "aikg.graph.resolve",
    "aikg.graph.pipeline",
    "aikg.graph.incremental.history",
    "aikg.graph.incremental.assembly",
)


def assembly_version(cache_version: str) -> str:
    """The stamp of a kept assembly: the cache's version (aikg, the extraction code and
    rules) and a digest of the code that resolves and assembles."""
    return modules_digest(cache_version, _BUILDER_MODULES)


@dataclass
class KeptAssembly:
    """A builder kept for the next update and what it was made from."""

    state: bytes  # the pickled (builder, dropped-fact warnings)
    documents: list[tuple[str, str]]  # (path, content hash) per document, reading order
    reports: list[tuple]  # (ReportMeta, warnings) per document, same order
    # the period digest of each node and relationship of the graph the builder gave
    # (periods.ElementDigests): taken for those the next update leaves as they are
    digests: dict = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path, version: str) -> KeptAssembly | None:
        """The assembly kept in ``folder``, or None when there is none of this version."""
        data = load_sealed(folder / ASSEMBLY_FILE)  # sealed: nothing foreign is unpickled
        if not isinstance(data, dict) or (data.get("format"), data.get("version")) != (
            _FORMAT,
            version,
        ):
            return None
        return cls(data["state"], data["documents"], data["reports"], data.get("digests", {}))

    @staticmethod
    def save(
        folder: Path,
        version: str,
        state: bytes | None,
        outcomes: list[DocumentOutcome],
        report_facts: list[ReportFacts],
        digests: dict | None = None,
    ) -> None:
        """Keep ``state`` (a build's ``assembly``) for the next update when each
        document gave one report; else remove the kept one (the next update takes the
        full path, which also retries the documents that failed)."""
        path = folder / ASSEMBLY_FILE
        if (
            state is None
            or len(outcomes) != len(report_facts)
            or any(
                o.report is None or o.report.meta.path != rf.meta.path
                for o, rf in zip(outcomes, report_facts, strict=False)
            )
        ):
            path.unlink(missing_ok=True)
            return
        data = {
            "format": _FORMAT,
            "version": version,
            "state": state,
            "documents": [(o.path, o.content_hash or "") for o in outcomes],
            "reports": [(rf.meta, rf.warnings) for rf in report_facts],
            "digests": digests or {},
        }
        folder.mkdir(parents=True, exist_ok=True)
        dump_sealed(path, data)

    def outcomes(self, documents: list[tuple[str, str]]) -> list[DocumentOutcome] | None:
        """The kept documents' outcomes when the first ``documents`` of this update
        (path and content hash, reading order) are they, unchanged, else None. Their
        facts are not read (the builder holds them)."""
        if documents[: len(self.documents)] != self.documents:
            return None
        return [
            DocumentOutcome(path, digest, ReportFacts(meta, [], list(warnings)))
            for (path, digest), (meta, warnings) in zip(self.documents, self.reports, strict=True)
        ]


def continue_assembly(
    kept: KeptAssembly, new: list[ReportFacts]
) -> tuple[GraphBuilder, list[str]] | None:
    """The kept builder with the ``new`` reports (read after all of its own) added, and
    the warnings of the facts dropped, the kept ones first; None when the result would
    not be what assembling all the reports anew gives (see the module)."""
    builder, warnings = pickle.loads(kept.state)
    builder.touched = set()  # what the new reports change, from here on
    if not builder.resolver.extend([f for rf in new for f in rf.facts]):
        return None
    if not builder.append_reports([rf.meta for rf in new]):
        return None
    return builder, warnings + add_facts(builder, new)
