"""The analyst query library against a real Neo4j: documented headers, the expected rows
on the sample graph, circular financing agreeing with NetworkX, the Browser stylesheet.
"""

from __future__ import annotations

import random
import re

import networkx as nx
import pytest
from neo4j_sample import R1, R2, REPORT_NODE, add_edge, add_node, sample_graph
from support import neo4j_dev as neo4j_fixtures

from aikg.graph.neo4j import load_graph
from aikg.queries import (
    GRASS_PATH,
    grass_one_line,
    grass_stylesheet,
    list_queries,
    load_query,
    run_query,
)
from aikg.queries.grass import contrast_with_white, dark_fill
from aikg.schema import DEAL_KINDS, LABELS, MONEY_ROLES, RELATIONSHIPS, TENTATIVE_STATUSES

# The fixtures (a conftest may import them too: the server is started once either way).
neo4j_server = neo4j_fixtures.neo4j_server
neo4j_driver = neo4j_fixtures.neo4j_driver
empty_neo4j = neo4j_fixtures.empty_neo4j

QUERY_NAMES = {
    "central_companies",
    "chip_supply_chain",
    "circular_financing",
    "company_facts",
    "company_timeline",
    "conflicting_facts",
    "investments_in_period",
    "models_by_month",
    "policies_by_issuer",
    "report_provenance",
}


def money_projection(G: nx.MultiDiGraph, include_tentative: bool = False) -> nx.DiGraph:
    """payer -> payee for every non-tentative investment or deal, as the query reads it."""
    P = nx.DiGraph()
    for event, attrs in G.nodes(data=True):
        if attrs["label"] not in ("Investment", "Deal"):
            continue
        if not include_tentative and attrs.get("status") in TENTATIVE_STATUSES:
            continue
        payers = [s for s, _, t in G.in_edges(event, data="type") if MONEY_ROLES.get(t) == "payer"]
        payees = [d for _, d, t in G.out_edges(event, data="type") if MONEY_ROLES.get(t) == "payee"]
        P.add_edges_from((a, b) for a in payers for b in payees)
    return P


def canonical(cycle: list[str]) -> tuple[str, ...]:
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def nx_cycles(G: nx.MultiDiGraph, max_len: int, include_tentative: bool) -> set[tuple]:
    P = money_projection(G, include_tentative)
    return {canonical(c) for c in nx.simple_cycles(P, length_bound=max_len)}


def neo_cycles(driver, max_len: int, include_tentative: bool) -> set[tuple]:
    params = {"max_len": max_len, "include_tentative": include_tentative}
    rows = run_query(driver, "circular_financing", params)
    assert len(rows) == len({tuple(r["ids"]) for r in rows}), "a loop came back twice"
    return {tuple(r["ids"]) for r in rows}


# --------------------------------------------------------------------------- queries


def test_query_files_are_documented_and_name_only_schema_terms():
    queries = {q.name: q for q in list_queries()}
    assert set(queries) == QUERY_NAMES
    schema_terms = set(LABELS) | set(RELATIONSHIPS)
    for query in queries.values():
        assert query.description and query.returns, query.name
        body = "\n".join(
            line for line in query.text.splitlines() if not line.lstrip().startswith("//")
        )
        body = re.sub(r"'[^']*'", "''", body)  # string literals
        terms = set(re.findall(r"[:|]\s*([A-Z][A-Za-z_]*)\b", body))
        assert terms <= schema_terms, (query.name, terms - schema_terms)
    circular = queries["circular_financing"].params
    assert sorted(circular["tentative_statuses"]) == sorted(TENTATIVE_STATUSES)
    assert set(queries["chip_supply_chain"].params["chip_deal_kinds"]) <= set(DEAL_KINDS)
    assert set(queries["central_companies"].params["exclude_types"]) <= set(RELATIONSHIPS)


def test_run_query_rejects_undeclared_params(empty_neo4j):
    with pytest.raises(ValueError, match="not \\['compny'\\]"):
        run_query(empty_neo4j, "company_timeline", {"compny": "NVIDIA"})
    with pytest.raises(KeyError):
        load_query("no_such_query")


BROWSER_PARAM = re.compile(r"^:param (\w+) => (.+);$")


def test_every_query_file_runs_as_pasted_into_neo4j_browser(empty_neo4j):
    """What the Browser does with a pasted file: each leading `:param name => expr;` line
    sets a parameter to the value of a Cypher expression, then the rest runs as Cypher."""
    load_graph(sample_with_report_file(), empty_neo4j)
    for query in list_queries():
        lines = query.source.splitlines()
        param_lines = [line for line in lines if line.startswith(":param")]
        assert lines[: len(param_lines)] == param_lines, f"{query.name}: :param lines first"
        browser_params = {}
        for line in param_lines:
            name, expression = BROWSER_PARAM.match(line).groups()
            records, _, _ = empty_neo4j.execute_query(f"RETURN {expression} AS v")
            browser_params[name] = records[0]["v"]
        assert browser_params == query.params, query.name  # what the library runs with
        cypher = "\n".join(lines[len(param_lines) :])
        records, _, _ = empty_neo4j.execute_query(cypher, browser_params)
        # conflicting_facts has no conflict to find here: they are planted and found in
        # tests/graph/incremental/test_neo4j_update.py
        quiet = ("report_provenance", "policies_by_issuer", "models_by_month", "conflicting_facts")
        if query.name not in quiet:
            assert records, f"{query.name} finds nothing on the sample with its defaults"


def test_bad_parameter_values_name_the_parameter(empty_neo4j):
    with pytest.raises(ValueError, match="from='garbage': expected a date YYYY-MM-DD"):
        run_query(empty_neo4j, "investments_in_period", {"from": "garbage"})
    with pytest.raises(ValueError, match="to='2025-13': expected a month YYYY-MM"):
        run_query(empty_neo4j, "models_by_month", {"to": "2025-13"})
    with pytest.raises(ValueError, match="max_len='four': expected a whole number"):
        run_query(empty_neo4j, "circular_financing", {"max_len": "four"})
    with pytest.raises(ValueError, match="report is required"):
        run_query(empty_neo4j, "report_provenance")
    assert run_query(empty_neo4j, "company_timeline", {"company": 3}) == []  # text, not 3


def test_company_facts_shows_facts_without_provenance(empty_neo4j):
    G = sample_with_report_file()
    load_graph(G, empty_neo4j)
    rows = run_query(empty_neo4j, "company_facts", {"company": "英伟达"})
    expected = [
        t for u, v, t in G.edges("c:nvidia", data="type")
        if G.nodes[v]["label"] != "Report" and t != "MENTIONS"
    ] + [
        t for u, v, t in G.in_edges("c:nvidia", data="type")
        if G.nodes[u]["label"] != "Report" and t != "MENTIONS"
    ]  # fmt: skip
    assert sorted(r["fact"] for r in rows) == sorted(expected)
    assert {r["company"] for r in rows} == {"NVIDIA"}
    assert not any("MENTIONS" in " ".join(r["graph"]) or "AI weekly" in " ".join(r["graph"])
                   for r in rows)  # fmt: skip
    round_f = next(r for r in rows if r["subject"] == "OpenAI round F")
    assert round_f["counterparts"] == ["Microsoft", "OpenAI"] and round_f["date"] == "2024-10"
    assert round_f["graph"][0] == "NVIDIA -MAKES_INVESTMENT-> OpenAI round F"
    with_mentions = run_query(empty_neo4j, "company_facts", {"exclude_types": []})
    assert len(with_mentions) == len(rows)  # Report nodes stay out either way


def sample_with_report_file() -> nx.MultiDiGraph:
    """The sample graph, its report read from a file (as every built report is)."""
    G = sample_graph()
    G.nodes[REPORT_NODE]["path"] = "reports/2025-09-30 AI weekly 01.pdf"
    return G


def test_queries_return_the_expected_rows(empty_neo4j):
    load_graph(sample_with_report_file(), empty_neo4j)
    db = empty_neo4j

    timeline = run_query(db, "company_timeline", {"company": "英伟达"})
    assert [(r["date"], r["fact"], r["role"], r["subject"]) for r in timeline] == [
        ("2023", "Investment", "investor", "NVIDIA invests in CoreWeave"),
        ("2024-10", "Investment", "investor", "OpenAI round F"),
        ("2025-01", "PARTNERS_WITH", "partner", "TSMC"),
        ("2025-04-15", "Event", "subject", "H20 sales paused"),
        ("2025-05-12", "Deal", "payee", "Oracle buys B200"),
        ("2025-08", "RELEASED", "maker", "Nemotron Nano"),
        ("2025-09-22", "Investment", "investor", "NVIDIA invests in OpenAI"),
        ("2025-09-30", "RATES", "rated", "AI weekly 01"),
        ("2025-10", "Deal", "payee", "CoreWeave GPU order"),
    ]
    assert {r["company"] for r in timeline} == {"NVIDIA"}
    assert timeline[6]["amount"] == 100.0e9 and timeline[6]["detail"] == "strategic"
    assert (timeline[7]["detail"], timeline[7]["amount"], timeline[7]["currency"]) == (
        "buy",
        210.0,
        "USD",
    )  # a rating row carries its price target
    assert run_query(db, "company_timeline", {"company": "nvidia corp"}) == timeline
    assert run_query(db, "company_timeline", {"company": "Nobody"}) == []

    period = run_query(db, "investments_in_period", {"from": "2024-01-01", "to": "2025-12-31"})
    assert [(r["date"], r["investors"], r["investees"], r["round"]) for r in period] == [
        ("2024-10", ["Microsoft", "NVIDIA"], ["OpenAI"], "f"),
        ("2025-09-22", ["NVIDIA"], ["OpenAI"], "strategic"),
    ]
    assert period[0]["amount"] == 6.6e9 and period[0]["currency"] == "USD"
    assert len(run_query(db, "investments_in_period")) == 3

    loops = run_query(db, "circular_financing")
    assert [r["cycle"] for r in loops] == [["NVIDIA", "OpenAI", "Oracle"]]
    assert loops[0]["ids"] == ["c:nvidia", "c:openai", "c:oracle"] and loops[0]["length"] == 3
    assert [(f["hop"], f["via"]) for f in loops[0]["flows"]] == [
        (0, "inv:nvda-openai"),
        (0, "inv:openai-f"),
        (1, "deal:openai-oracle"),
        (2, "deal:oracle-nvidia"),
    ]
    assert loops[0]["flows"][3]["source"] == "Oracle" and loops[0]["flows"][3]["target"] == "NVIDIA"
    with_tentative = run_query(db, "circular_financing", {"include_tentative": True})
    assert [r["ids"] for r in with_tentative] == [
        ["c:coreweave", "c:nvidia"],
        ["c:nvidia", "c:openai", "c:oracle"],
    ]
    assert run_query(db, "circular_financing", {"max_len": 2}) == []

    chips = run_query(db, "chip_supply_chain", {"company": "nvidia"})
    assert len(chips) == 1
    row = chips[0]
    assert row["chips"] == [
        {"name": "B200", "chip_type": "GPU", "process_nm": 4.0, "fp16_tflops": 2250.0,
         "power_w": 1000.0, "scenarios": ["training", "inference"], "market": "global"}
    ]  # fmt: skip
    assert [(s["chain"], s["tier"]) for s in row["supply_chains"]] == [
        ("GPU supply chain", "designer")
    ]
    assert [(m["name"], m["tier"]) for m in row["supply_chains"][0]["members"]] == [
        ("Oracle", "customer"),
        ("NVIDIA", "designer"),
        ("TSMC", "foundry"),
    ]
    assert [(b["buyer"], b["chips"], b["status"]) for b in row["buyers"]] == [
        ("Oracle", ["B200"], "completed"),
        ("CoreWeave", ["B200"], "planned"),
    ]

    months = run_query(db, "models_by_month")
    assert months == [
        {"month": "2025-08", "company": "NVIDIA", "releases": 1, "models": ["Nemotron Nano"]},
        {"month": "2025-08", "company": "OpenAI", "releases": 1, "models": ["GPT-5"]},
    ]
    assert run_query(db, "models_by_month", {"from": "2025-09"}) == []

    policies = run_query(db, "policies_by_issuer")
    assert [(p["issuer"], p["region"], p["title"], p["date"]) for p in policies] == [
        ("European Commission", "EU", "GPAI code of practice", "2025-07"),
        ("Ministry of Industry", "CN", "Guidance on AI compute", "2025-08-21"),
    ]
    for region in ("CN", "cn"):  # country codes, as the policy extractor stores them
        chinese = run_query(db, "policies_by_issuer", {"region": region})
        assert [p["policy"] for p in chinese] == ["pol:compute"]
    assert [p["policy"] for p in run_query(db, "policies_by_issuer", {"issuer": "miit"})] == [
        "pol:compute"
    ]

    central = run_query(db, "central_companies", {"limit": 3})
    assert [(c["company"], c["degree"]) for c in central] == [
        ("NVIDIA", 10),
        ("OpenAI", 7),
        ("Oracle", 3),
    ]
    assert "MAKES_INVESTMENT:3" in central[0]["by_type"]

    facts = run_query(db, "report_provenance", {"report": "AI weekly 01"})
    assert facts
    for file_name in ("2025-09-30 AI weekly 01.pdf", "2025-09-30 AI weekly 01"):
        assert run_query(db, "report_provenance", {"report": file_name}) == facts
    inv = [f for f in facts if f["id"] == "inv:nvda-openai"]
    assert inv == [
        {"element": "node", "kind": "Investment", "id": "inv:nvda-openai",
         "fact": "NVIDIA invests in OpenAI",
         "texts": ["NVIDIA plans to put up to 100bn into OpenAI."], "locators": ["p.3"]}
    ]  # fmt: skip
    rel_facts = [f for f in facts if f["element"] == "relationship"]
    edge_types = [t for *_, t in sample_graph().edges(data="type")]
    assert len(rel_facts) == len(edge_types) - edge_types.count("MENTIONS")
    for other_name in (R1, REPORT_NODE):
        assert run_query(db, "report_provenance", {"report": other_name}) == facts
    assert run_query(db, "report_provenance", {"report": R2}) == []


def random_money_graph(seed: int, companies: int = 9, events: int = 26) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(companies):
        add_node(G, f"c:{i:02d}", rng.choice(["Company", "Organization"]), f"Co {i}")
    for j in range(events):
        label = rng.choice(["Investment", "Deal"])
        status = rng.choice(["completed", "announced", "planned", "tentative", None])
        add_node(G, f"x:{j:02d}", label, f"flow {j}", status=status, date="2025")
        payer_type, payee_type = (
            ("MAKES_INVESTMENT", "INVESTS_IN") if label == "Investment" else ("PAYS_FOR", "PAID_TO")
        )
        for payer in rng.sample(range(companies), rng.choice([1, 1, 2])):
            add_edge(G, f"c:{payer:02d}", f"x:{j:02d}", payer_type)
        for payee in rng.sample(range(companies), rng.choice([1, 1, 1, 2])):
            add_edge(G, f"x:{j:02d}", f"c:{payee:02d}", payee_type)
        if label == "Deal" and rng.random() < 0.2:  # a party to it, carrying no money
            add_edge(G, f"c:{rng.randrange(companies):02d}", f"x:{j:02d}", "PARTY_TO")
    return G


@pytest.mark.parametrize("seed", [1, 2])
def test_circular_financing_agrees_with_networkx(empty_neo4j, seed):
    graphs = [sample_graph(), random_money_graph(seed)]
    for G in graphs:
        empty_neo4j.execute_query("MATCH (n) DETACH DELETE n")
        load_graph(G, empty_neo4j)
        for include_tentative in (False, True):
            for max_len in (2, 3, 4, 5):
                expected = nx_cycles(G, max_len, include_tentative)
                assert neo_cycles(empty_neo4j, max_len, include_tentative) == expected, (
                    seed,
                    max_len,
                    include_tentative,
                )
    assert nx_cycles(graphs[1], 5, True), "the random graph should hold some loops"


def test_browser_stylesheet_is_generated_from_the_schema():
    text = grass_stylesheet()
    assert GRASS_PATH.read_text(encoding="utf-8") == text, (
        "queries/browser.grass is stale: run python -c "
        "'from aikg.queries import write_grass_stylesheet; write_grass_stylesheet()'"
    )
    for label in LABELS.values():
        block = text.split(f"node.{label.name} {{", 1)[1].split("\n}", 1)[0]
        fill = re.search(r"\n  color: (#[0-9A-F]{6});", block).group(1)
        assert contrast_with_white(fill) >= 4.5, (label.name, fill)  # white captions read
        assert "text-color-internal: #FFFFFF;" in block
        assert fill == dark_fill(label.color)  # the schema's hue, darkened
        assert 'caption: "{name}";' in block
    assert "\n" not in grass_one_line() and "node.Company {" in grass_one_line()
