"""Hand-made graphs for the evaluation tests: facts as the extractors write them, built
with the real builder, and a one-item gold file."""

from __future__ import annotations

import networkx as nx

from aikg.graph.assemble import build_graph
from aikg.schema import EntityRef, EventFact, Evidence, Participant, RelationFact, ReportMeta

R0, R4 = "000_seed", "004_seed"


def ev(line: int, report: str = R0) -> Evidence:
    return Evidence(report, "…", f"line {line}")


def graph(*facts) -> nx.MultiDiGraph:
    return build_graph(list(facts), [ReportMeta(R0, period="2025-11"), ReportMeta(R4)])


def released(maker, model, action="release", date="2025-11-19", line=202, report=R0):
    return RelationFact(
        "RELEASED",
        EntityRef(maker, "Company"),
        EntityRef(model, "Model"),
        ev(line, report),
        {"action": action, "date": date},
    )


def investment(investors, investee, line=158, report=R4, **props):
    parts = [Participant("MAKES_INVESTMENT", "in", EntityRef(i, "Company")) for i in investors]
    parts.append(Participant("INVESTS_IN", "out", EntityRef(investee, "Company")))
    return EventFact("Investment", props, parts, ev(line, report), key=("date", "round"))


def deal(payer, payee, line=88, **props):
    parts = [
        Participant("PAYS_FOR", "in", EntityRef(payer, "Company")),
        Participant("PAID_TO", "out", EntityRef(payee, "Company")),
    ]
    return EventFact("Deal", props, parts, ev(line, R4), key=("date", "kind"))


def release_gold(**item) -> dict:
    base = {"report": R0, "line": 202, "maker": "谷歌", "model": "Gemini 3", "action": "release"}
    return {"model_releases": [{**base, **item}]}
