"""The graph schema: every node label, relationship type and property, defined once.

The extractors, the NetworkX builder, the Neo4j loader, the map legend and the query
library all read these tables; nothing else names a label or a relationship type.

Money always flows along the direction of the relationships that carry it: an investor
``MAKES_INVESTMENT`` into an ``Investment`` that ``INVESTS_IN`` the investee, and a payer
``PAYS_FOR`` a ``Deal`` that is ``PAID_TO`` the payee. The money-flow projection used for
circular-financing detection reads exactly these four types (see ``MONEY_ROLES``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aikg.schema.provenance import provenance_properties
from aikg.schema.vocabulary import PARTY_LABELS

# Property value types, as the Neo4j loader must write them.
STRING, FLOAT, INT, BOOL, DATE, STRINGS, FLOATS = (
    "string",
    "float",
    "int",
    "bool",
    "date",
    "string[]",
    "float[]",
)


@dataclass(frozen=True)
class Label:
    name: str
    description: str
    color: str
    shape: str  # vis.js / pyvis shape
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RelType:
    name: str
    description: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    properties: dict[str, str] = field(default_factory=dict)


# Properties every node carries.
NODE_PROPERTIES: dict[str, str] = {
    "id": STRING,
    "label": STRING,
    "name": STRING,
    "aliases": STRINGS,
    "reports": STRINGS,
}

# An amount: a number, its currency (ISO 4217), the words of the report, and a qualifier
# ("up_to", "over", "about", "exact") where the report hedges.
AMOUNT_PROPERTIES: dict[str, str] = {
    "amount": FLOAT,
    "currency": STRING,
    "amount_text": STRING,
    "amount_qualifier": STRING,
}

# A date: ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY", and how much of it the report gave.
DATE_PROPERTIES: dict[str, str] = {"date": DATE, "date_precision": STRING}

# Evidence, on every relationship and on event-like nodes: parallel lists, one entry per
# place a fact was read (report id, the sentence or table row, where in the report).
EVIDENCE_PROPERTIES: dict[str, str] = {
    "evidence_reports": STRINGS,
    "evidence_texts": STRINGS,
    "evidence_locators": STRINGS,
}

LABELS: dict[str, Label] = {
    lab.name: lab
    for lab in [
        Label(
            "Company",
            "A company, subsidiary, lab or business unit (Google, 阿里云, 月之暗面).",
            "#4e79a7",
            "dot",
            {"ticker": STRING, "tickers": STRINGS, "profile": STRING, "country": STRING},
        ),
        Label(
            "Organization",
            "A government body, regulator, university or other non-commercial issuer.",
            "#9c755f",
            "triangle",
            {"region": STRING},
        ),
        Label(
            "Model",
            "An AI model or model family (Gemini 3 Pro, Qwen3.7-Max).",
            "#f28e2b",
            "diamond",
            {"modality": STRING},
        ),
        Label(
            "Chip",
            "An AI chip or accelerator (B200, 昇腾 910B).",
            "#e15759",
            "square",
            {
                "chip_type": STRING,
                "process_nm": FLOAT,
                "fp16_tflops": FLOAT,
                "power_w": FLOAT,
                "scenarios": STRINGS,
                "market": STRING,
            },
        ),
        Label(
            "Product",
            "An AI product, app, service or device that is not itself a model (ChatGPT, 豆包).",
            "#76b7b2",
            "dot",
            {"category": STRING},
        ),
        Label(
            "Investment",
            "One equity investment, acquisition or warrant grant: investor(s) to investee.",
            "#59a14f",
            "star",
            {
                **DATE_PROPERTIES,
                **AMOUNT_PROPERTIES,
                **EVIDENCE_PROPERTIES,
                "kind": STRING,
                "round": STRING,
                "round_text": STRING,
                "stake_pct": FLOAT,
                "status": STRING,
            },
        ),
        Label(
            "Deal",
            "A commercial money flow that is not equity: chip purchase, cloud or compute "
            "contract, lease, order; or a partnership without stated money.",
            "#edc948",
            "hexagon",
            {
                **DATE_PROPERTIES,
                **AMOUNT_PROPERTIES,
                **EVIDENCE_PROPERTIES,
                "kind": STRING,
                "status": STRING,
                "summary": STRING,
            },
        ),
        Label(
            "Policy",
            "A law, regulation, plan or official guidance.",
            "#b07aa1",
            "box",
            {
                **DATE_PROPERTIES,
                **EVIDENCE_PROPERTIES,
                "title": STRING,
                "region": STRING,
                "scope": STRING,
            },
        ),
        Label(
            "Event",
            "A dated happening of the AI dynamics sections that is not a release, launch, "
            "investment or deal (an upgrade, a withdrawal, a milestone).",
            "#ff9da7",
            "ellipse",
            {**DATE_PROPERTIES, **EVIDENCE_PROPERTIES, "summary": STRING, "kind": STRING},
        ),
        Label(
            "SupplyChain",
            "A supply chain the report lays out in tiers (中国 AI 推理芯片产业链).",
            "#bab0ac",
            "database",
            {},
        ),
        Label(
            "Report",
            "A research report: the provenance of every fact.",
            "#7f7f7f",
            "text",
            {
                "title": STRING,
                "broker": STRING,
                "period": STRING,
                "published": DATE,
                "path": STRING,
                "language": STRING,
                "report_type": STRING,
                "analysts": STRINGS,
            },
        ),
    ]
}

_DATED = {**DATE_PROPERTIES, **EVIDENCE_PROPERTIES}
_COMPANYISH = PARTY_LABELS

RELATIONSHIPS: dict[str, RelType] = {
    rel.name: rel
    for rel in [
        RelType(
            "MAKES_INVESTMENT",
            "An investor takes part in an investment (money flows investor to investment).",
            _COMPANYISH,
            ("Investment",),
            {**EVIDENCE_PROPERTIES, "role": STRING},
        ),
        RelType(
            "INVESTS_IN",
            "The investment goes into the investee.",
            ("Investment",),
            _COMPANYISH,
            dict(EVIDENCE_PROPERTIES),
        ),
        RelType(
            "PAYS_FOR",
            "The payer of a deal (buyer of chips, customer of a cloud contract).",
            _COMPANYISH,
            ("Deal",),
            dict(EVIDENCE_PROPERTIES),
        ),
        RelType(
            "PAID_TO",
            "The payee of a deal (chip vendor, cloud provider, lessor).",
            ("Deal",),
            _COMPANYISH,
            dict(EVIDENCE_PROPERTIES),
        ),
        RelType(
            "PARTY_TO",
            "A party to a partnership or agreement that moves no stated money.",
            _COMPANYISH,
            ("Deal",),
            dict(EVIDENCE_PROPERTIES),
        ),
        RelType(
            "INVOLVES",
            "What a deal or investment is about (the chips bought, the model co-developed).",
            ("Deal", "Investment", "Event"),
            ("Chip", "Model", "Product", "Company"),
            dict(EVIDENCE_PROPERTIES),
        ),
        RelType(
            "RELEASED",
            "A company released, open-sourced or upgraded a model.",
            _COMPANYISH,
            ("Model",),
            {**_DATED, "action": STRING},
        ),
        RelType(
            "LAUNCHED",
            "A company launched or upgraded a product, app or service.",
            _COMPANYISH,
            ("Product",),
            {**_DATED, "action": STRING},
        ),
        RelType(
            "DESIGNS",
            "A company designs or sells a chip.",
            _COMPANYISH,
            ("Chip",),
            dict(EVIDENCE_PROPERTIES),
        ),
        RelType(
            "ANNOUNCED",
            "A company is the subject of a dated event.",
            _COMPANYISH,
            ("Event",),
            dict(EVIDENCE_PROPERTIES),
        ),
        RelType(
            "PARTNERS_WITH",
            "Two companies cooperate (stated by the report; no money implied).",
            _COMPANYISH,
            _COMPANYISH,
            dict(_DATED),
        ),
        RelType(
            "SUBSIDIARY_OF",
            "A subsidiary, business unit or lab belongs to its parent (stated in a sentence, "
            "or by the unit's own name: basis = name).",
            ("Company",),
            ("Company",),
            {**EVIDENCE_PROPERTIES, "basis": STRING},
        ),
        RelType(
            "PRODUCT_OF",
            "A product or model family belongs to its maker.",
            ("Product", "Model"),
            _COMPANYISH,
            dict(EVIDENCE_PROPERTIES),
        ),
        RelType(
            "IN_SUPPLY_CHAIN",
            "A company holds a tier of a supply chain (IP/EDA, foundry, packaging, designer, "
            "customer).",
            _COMPANYISH,
            ("SupplyChain",),
            {**EVIDENCE_PROPERTIES, "tier": STRING, "stage": STRING},
        ),
        RelType(
            "ISSUED",
            "An organisation issued a policy.",
            _COMPANYISH,
            ("Policy",),
            dict(EVIDENCE_PROPERTIES),
        ),
        RelType(
            "RATES",
            "A report's rating of a listed company, with its forecast figures.",
            ("Report",),
            ("Company",),
            {
                **EVIDENCE_PROPERTIES,
                "rating": STRING,
                "ticker": STRING,
                "close_price": FLOAT,
                "target_price": FLOAT,
                "price_currency": STRING,
                "market_cap_mn": FLOAT,
                "forecast_years": STRINGS,
                "eps": FLOATS,
                "pe": FLOATS,
                "date": DATE,
                "date_precision": STRING,
            },
        ),
        RelType(
            "MENTIONS",
            "A report states a fact about this node (provenance).",
            ("Report",),
            tuple(LABELS),
            {**EVIDENCE_PROPERTIES, "count": INT},
        ),
    ]
}

# Relationship types along which money moves, with the side of the event node each is on.
# payer --MAKES_INVESTMENT--> Investment --INVESTS_IN--> payee (and likewise for deals).
MONEY_ROLES: dict[str, str] = {
    "MAKES_INVESTMENT": "payer",
    "INVESTS_IN": "payee",
    "PAYS_FOR": "payer",
    "PAID_TO": "payee",
}

# Event-like labels whose nodes are identified by their content (participants, date,
# kind), not by a name.
EVENT_LABELS: tuple[str, ...] = ("Investment", "Deal", "Policy", "Event")

# Labels that name things in the world; junk checks and entity resolution apply to them.
ENTITY_LABELS: tuple[str, ...] = (
    "Company",
    "Organization",
    "Model",
    "Chip",
    "Product",
    "SupplyChain",
)


def properties_of(kind: str) -> dict[str, str]:
    """All properties a node label or relationship type may carry, with their types.

    >>> properties_of("Chip")["fp16_tflops"]
    'float'
    >>> properties_of("RATES")["eps"]
    'float[]'
    """
    if kind in LABELS:
        declared = {**NODE_PROPERTIES, **LABELS[kind].properties}
    elif kind in RELATIONSHIPS:
        declared = dict(RELATIONSHIPS[kind].properties)
    else:
        raise KeyError(f"unknown label or relationship type: {kind!r}")
    # report dates, status history, conflicts: aikg.schema.provenance
    return {**declared, **provenance_properties(kind, declared)}
