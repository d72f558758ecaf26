"""The words the graph is written in: label groups, date precisions, section kinds,
release actions, rounds, kinds and statuses. Extractors must write these values; the
builder, the analyses, the evaluation and the queries read them from here.
"""

from __future__ import annotations

# Labels that can pay, invest, issue or be party to a deal.
PARTY_LABELS: tuple[str, ...] = ("Company", "Organization")

# Labels of named things an extractor types and a later extractor may recognise again.
NAMED_LABELS: tuple[str, ...] = ("Company", "Organization", "Model", "Chip", "Product")

# How precise a date is, coarsest first (a finer one replaces a coarser one).
DATE_PRECISIONS: tuple[str, ...] = ("year", "quarter", "month", "day")

# Kinds of report section the segmenter tells apart.
SECTION_KINDS: tuple[str, ...] = (
    "front",
    "summary",
    "ai_dynamics",
    "policy",
    "industry",
    "rating",
    "prose",
    "disclaimer",
    "toc",
)

# What a RELEASED edge says was done to a model.
RELEASE_ACTIONS: tuple[str, ...] = ("release", "open_source", "update")

# Normalised investment rounds, and deal kinds, as extractors must write them.
ROUNDS: tuple[str, ...] = (
    "seed",
    "angel",
    "pre_a",
    "a",
    "a_plus",
    "b",
    "b_plus",
    "c",
    "c_plus",
    "d",
    "e",
    "f",
    "pre_ipo",
    "ipo",
    "strategic",
    "acquisition",
    "private_placement",
    "undisclosed",
)
INVESTMENT_KINDS: tuple[str, ...] = ("equity", "acquisition", "warrant", "spv")
DEAL_KINDS: tuple[str, ...] = (
    "chip_purchase",
    "cloud_contract",
    "compute_lease",
    "capacity_order",
    "hardware_purchase",
    "payment",
    "partnership",
    "joint_venture",
)
# Status of an investment or deal. Tentative ones (talks, memoranda, plans) are kept in
# the graph but left out of money loops unless asked for.
STATUSES: tuple[str, ...] = ("completed", "announced", "committed", "planned", "tentative")
TENTATIVE_STATUSES: frozenset[str] = frozenset({"planned", "tentative"})
