"""Analyses of the built graph: money flows, circular financing, centrality.

- :mod:`~aikg.graph.analysis.money`: the money-flow projection (payer -> payee flows
  with amounts, dates and evidence) and approximate USD for ranking; it reads who pays
  whom through :mod:`~aikg.graph.analysis.flows`.
- :mod:`~aikg.graph.analysis.cycles`: the money-loop search; :mod:`~.loops`: the loops it
  returns (:class:`LoopSearch`, :class:`MoneyLoop`, :class:`Hop`), ranked and explained.
- :mod:`~aikg.graph.analysis.centrality`: centrality per projection and per report
  period, from :mod:`~.projections` (whole, company, money), :mod:`~.measures` and
  :mod:`~.periods`.
"""

from aikg.graph.analysis.centrality import (
    centrality_by_period,
    compute_centrality,
    top_nodes,
    top_nodes_by_period,
)
from aikg.graph.analysis.cycles import find_money_loops
from aikg.graph.analysis.loops import (
    Hop,
    LoopSearch,
    MoneyLoop,
    dates_run_forward,
    loops_for_company,
)
from aikg.graph.analysis.measures import MEASURES, centrality_measures
from aikg.graph.analysis.money import (
    APPROX_USD_RATES,
    MONEY_LABELS,
    USD_NOTE,
    add_money_event,
    flow_evidence,
    flow_summary,
    group_of,
    is_tentative,
    money_flow_graph,
    to_usd,
)
from aikg.graph.analysis.periods import period_subgraph, period_subgraphs, report_periods
from aikg.graph.analysis.projections import (
    PROJECTIONS,
    PROVENANCE_TYPES,
    company_projection,
    money_projection,
    project,
    whole_projection,
)

__all__ = [
    "APPROX_USD_RATES",
    "MEASURES",
    "MONEY_LABELS",
    "PROJECTIONS",
    "PROVENANCE_TYPES",
    "USD_NOTE",
    "Hop",
    "LoopSearch",
    "MoneyLoop",
    "add_money_event",
    "centrality_by_period",
    "centrality_measures",
    "company_projection",
    "compute_centrality",
    "dates_run_forward",
    "find_money_loops",
    "flow_evidence",
    "flow_summary",
    "group_of",
    "is_tentative",
    "loops_for_company",
    "money_flow_graph",
    "money_projection",
    "period_subgraph",
    "period_subgraphs",
    "project",
    "report_periods",
    "to_usd",
    "top_nodes",
    "top_nodes_by_period",
    "whole_projection",
]
