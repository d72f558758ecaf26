"""Chip comparison tables ("AI 芯片对比"): a Chip entity per row and DESIGNS vendor -> chip.

Columns (vendor, chip, type, process, FP16 compute, power, scenarios) are found by header
words, else by cell shape ("4nm", "2250TFLOPS", "1000W", "ASIC"); a row with a single
region word ("海外", "国内") sets the market of the rows under it; a vendor cell left
empty (merged) repeats the vendor above. Rows flattened into space-separated words are
read by one pattern. Words and patterns live in ``rules/chips/``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from aikg.extractors.chips.specs import common, en, is_none, quantity, zh
from aikg.extractors.chips.stated import is_part
from aikg.extractors.document.aligned import cell_spans
from aikg.extractors.tables.common import is_name, table_evidence
from aikg.extractors.text.surface import clean_cell
from aikg.schema import EntityFact, EntityRef, Evidence, Fact, RelationFact, SegmentedReport
from aikg.schema.records import Table


@lru_cache(maxsize=1)
def _header_words() -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(role, header pattern) pairs in the order tried, and the region words: each of both
    languages, because a table's header and region rows may be in either language
    whatever the report's ("算力(FP16)" beside "TDP"; "Overseas" in a Chinese report).
    A role's Chinese words come before its English ones, in the Chinese file's order."""
    zh_columns, en_columns = zh()["table"]["columns"], en()["table"]["columns"]
    columns = []
    for role, pattern in zh_columns.items():
        columns.append((role, f"{pattern}|{en_columns[role]}" if role in en_columns else pattern))
    regions = {**zh()["table"]["regions"], **en()["table"]["regions"]}
    return columns, regions


def header_roles(cells: list[str]) -> dict[int, str]:
    """Column index -> role from header words.

    >>> header_roles(["厂商", "芯片", "类型", "制程", "算力(FP16)", "功耗", "主要覆盖场景"])
    {0: 'vendor', 1: 'chip', 2: 'chip_type', 3: 'process', 4: 'fp16', 5: 'power', 6: 'scenarios'}
    """
    out: dict[int, str] = {}
    for j, cell in enumerate(cells):
        cell = clean_cell(cell)
        for role, pattern in _header_words()[0]:
            if cell and role not in out.values() and re.search(pattern, cell, re.I):
                out[j] = role
                break
    return out


def shape_roles(rows: list[list[str]]) -> dict[int, str]:
    """Column index -> role from cell shapes; the first two text columns before the specs
    are vendor and chip.

    >>> shape_roles([["甲芯", "X1", "GPU", "5nm", "100 TFLOPS", "300W"]])
    {0: 'vendor', 1: 'chip', 2: 'chip_type', 3: 'process', 4: 'fp16', 5: 'power'}
    """
    shapes = common()["table"]["shapes"]
    width = max((len(r) for r in rows), default=0)
    out: dict[int, str] = {}
    for j in range(width):
        cells = [clean_cell(r[j]) for r in rows if j < len(r) and not is_none(r[j])]
        for role, pattern in shapes.items():
            hits = sum(1 for c in cells if re.match(pattern, c, re.I))
            if cells and hits / len(cells) >= 0.5 and role not in out.values():
                out[j] = role
                break
    first_spec = min(out, default=width)
    texts = [j for j in range(first_spec) if j not in out]
    for role, j in zip(("vendor", "chip") if len(texts) > 1 else ("chip",), texts, strict=False):
        out[j] = role
    return dict(sorted(out.items()))


# memory ("HBM", "显存"): no Chip property, but a spec column of a roadmap exhibit
_SPEC_ROLES = frozenset({"process", "fp16", "power", "chip_type", "scenarios", "memory"})


def _roles(rows: list[list[str]]) -> tuple[dict[int, str], int]:
    """Roles of a chip table and the index of its first data row (-1: not a chip table)."""
    named = header_roles(rows[0])
    if len(_SPEC_ROLES & set(named.values())) >= _min_spec():
        if "chip" not in named.values():
            named = _with_part_column(named, rows)
        if "chip" in named.values():
            return _with_shaped_columns(named, rows), 1
    shaped = shape_roles(rows)
    if "chip" in shaped.values() and len(_SPEC_ROLES & set(shaped.values())) >= _min_spec() + 1:
        return shaped, 0
    return {}, -1


def _with_shaped_columns(roles: dict[int, str], rows: list[list[str]]) -> dict[int, str]:
    """Header roles with the spec columns a header names in words no rule holds
    ("Class", "Silicon") found by their cells' shape ("ASIC", "5nm"), for the roles
    no header took.

    >>> rows = [["Chip", "Class", "TDP"], ["TS-2", "ASIC", "450W"]]
    >>> _with_shaped_columns({0: "chip", 2: "power"}, rows)
    {0: 'chip', 2: 'power', 1: 'chip_type'}
    """
    shaped = shape_roles(rows[1:])
    extra = {
        j: role
        for j, role in shaped.items()
        if j not in roles and role in _SPEC_ROLES and role not in roles.values()
    }
    return {**roles, **extra}


def _with_part_column(roles: dict[int, str], rows: list[list[str]]) -> dict[int, str]:
    """Header roles with the chip column a header leaves unnamed ("Part", "SKU", ""):
    the first unnamed column before the specs whose cells are mostly part names
    ("B300", "Orca-4"); the roles as they were if there is none.

    >>> _with_part_column({1: "vendor", 2: "process", 3: "power"},
    ...                   [["SKU", "Vendor", "Node", "TDP"], ["Orca-4", "Kelpie", "4nm", "600W"]])
    {1: 'vendor', 2: 'process', 3: 'power', 0: 'chip'}
    """
    first_spec = min(j for j, role in roles.items() if role in _SPEC_ROLES)
    for j in range(first_spec):
        cells = [clean_cell(r[j]) for r in rows[1:] if j < len(r) and clean_cell(r[j])]
        if (
            j not in roles
            and cells
            and sum(is_part(without_form(c)) for c in cells) * 2 >= len(cells)
        ):
            return {**roles, j: "chip"}
    return roles


def transposed(rows: list[list[str]]) -> list[list[str]]:
    """A spec table laid out the other way round (a column per chip, a row per spec,
    as spec sheets and roundups print them: "| Spec | B300 | MI355X |" over "| TDP |
    1,400W | 1,400W |") turned into a row per chip; [] for any other table. Its first
    column must name the specs (header words) and its corner cell is the chip column.

    >>> transposed([["Spec", "B300", "TS-2"], ["Process", "4nm", "5nm"], ["TDP", "1,400W", "450W"]])
    [['Spec', 'Process', 'TDP'], ['B300', '4nm', '1,400W'], ['TS-2', '5nm', '450W']]
    >>> transposed([["Chip", "Process", "TDP"], ["B300", "4nm", "1,400W"]])
    []
    """
    width = max(len(r) for r in rows)
    if width < 2 or "chip" in header_roles(rows[0]).values():
        return []
    labels = header_roles([r[0] if r else "" for r in rows[1:]])
    if len(_SPEC_ROLES & set(labels.values())) < _min_spec():
        return []
    return [[r[j] if j < len(r) else "" for r in rows] for j in range(width)]


def _min_spec() -> int:
    return int(common()["table"]["min_spec_columns"])


def chip_props(get: dict[str, str], header: dict[str, str], market: str) -> dict:
    """The Chip properties a row states ("/" -> None).

    >>> p = chip_props({"chip_type": "ASIC", "process": "/", "fp16": "2300TFLOPS",
    ...                 "power": "160W", "scenarios": "云端训练、端侧推理"}, {}, "overseas")
    >>> p["process_nm"], p["fp16_tflops"], p["power_w"], p["scenarios"], p["market"]
    (None, 2300.0, 160.0, ['云端训练', '端侧推理'], 'overseas')
    """
    split = common()["table"]["scenario_split"]
    props: dict = {}
    if "chip_type" in get:
        props["chip_type"] = None if is_none(get["chip_type"]) else clean_cell(get["chip_type"])
    for role, key, unit in (
        ("process", "process_nm", "NM"),
        ("fp16", "fp16_tflops", "TFLOPS"),
        ("power", "power_w", "W"),
    ):
        if role in get:
            props[key] = quantity(get[role], _header_unit(header.get(role, ""), unit))
    if "process" in get and (node := re.search(common()["table"]["angstrom_node"], get["process"])):
        props["process_nm"] = int(node["after"] or node["before"]) / 10
    if get.get("scenarios") and not is_none(get["scenarios"]):
        items = re.split(split, clean_cell(get["scenarios"]))
        props["scenarios"] = [s.strip() for s in items if s.strip()]
    if market:
        props["market"] = market
    return props


def _header_unit(header: str, default: str) -> str:
    m = re.search(r"\((?:[^)]*?)(PFLOPS|TFLOPS|kW|W|nm)\)", header, re.I)
    return m.group(1) if m else default


def _region(cells: list[str]) -> str | None:
    filled = [clean_cell(c) for c in cells if clean_cell(c)]
    if len(filled) == 1:
        return _header_words()[1].get(filled[0].casefold())
    return None


def without_form(chip: str) -> str:
    """A chip's name without the form factor a table row names it with ("H100 SXM",
    "MI355X OAM", "GB300 NVL72": the same chip whatever board, module or rack it ships
    in); the name as it was when no part name would be left.

    >>> without_form("H100 SXM5"), without_form("GB300 NVL72"), without_form("MI355X OAM")
    ('H100', 'GB300', 'MI355X')
    >>> without_form("Instinct MI355X"), without_form("SXM5")
    ('Instinct MI355X', 'SXM5')
    """
    base = re.sub(common()["table"]["form_factor"], "", chip, flags=re.I).strip()
    return base if base != chip and is_part(base) else chip


def code_names(chip: str) -> tuple[str, tuple[str, ...]]:
    """A part cell's chip name and its other names: the name before a bracketed other name
    ("TPU v8 (Sunfish)"), or the name without its form factor (:func:`without_form`).

    >>> code_names("TPU v8 (Sunfish)"), code_names("H100 SXM"), code_names("B300")
    (('TPU v8', ('Sunfish', 'TPU v8 (Sunfish)')), ('H100', ('H100 SXM',)), ('B300', ()))
    """
    m = re.fullmatch(common()["table"]["code_name"], chip)
    if m and is_name(m["name"]) and is_name(m["other"]):
        return without_form(m["name"]), (m["other"], chip)
    base = without_form(chip)
    return base, (chip,) if base != chip else ()


def _chip_facts(vendor: str, chip: str, props: dict, evidence: Evidence) -> list[Fact]:
    base, aliases = code_names(clean_cell(chip))
    ref = EntityRef(base, "Chip")
    facts: list[Fact] = [EntityFact(ref, evidence, props, aliases)]
    if vendor and is_name(vendor):
        facts.append(
            RelationFact("DESIGNS", EntityRef(clean_cell(vendor), "Company"), ref, evidence)
        )
    return facts


def table_chips(report: SegmentedReport) -> Iterator[Fact]:
    """Chips (and DESIGNS) from every chip comparison table."""
    for table in report.tables:

        def evidence(index: int, cells: list[str], table: Table = table) -> Evidence:
            return table_evidence(report, table, index)

        yield from rows_chips(table.rows, evidence)


def rows_chips(rows: list[list[str]], evidence_of: Callable) -> Iterator[Fact]:
    """Chips (and DESIGNS) from the rows of one table, if it is a chip table;
    ``evidence_of(row index, cells)`` gives a row's evidence."""
    if len(rows) < 2:
        return
    roles, first = _roles(rows)
    turned = transposed(rows) if first < 0 else []
    if turned:
        rows, first = turned, 1
        roles = {0: "chip", **header_roles(rows[0])}
    if first < 0:
        return
    header = {role: clean_cell(rows[0][j]) for j, role in roles.items()} if first else {}
    market, vendor = "", ""
    for index in range(first, len(rows)):
        cells = rows[index]
        region = _region(cells)
        if region:
            market = region
            continue
        get = {role: cells[j] for j, role in roles.items() if j < len(cells)}
        vendor = clean_cell(get.get("vendor", "")) or vendor  # merged vendor cells
        chip = clean_cell(get.get("chip", ""))
        if not is_name(chip) or not any(clean_cell(v) for r, v in get.items() if r != "chip"):
            continue
        props = chip_props(get, header, market)
        evidence = evidence_of(0 if turned else index, cells)
        if turned:  # the chip's column, read at its name in the header row
            text = " | ".join(c for c in map(clean_cell, cells) if c)
            evidence = Evidence(evidence.report_id, text, evidence.locator)
        yield from _chip_facts(vendor, chip, props, evidence)


def flat_chips(report: SegmentedReport) -> Iterator[Fact]:
    """Chips from comparison-table rows flattened into space-separated words; a region
    line sets the market of the rows right under it."""
    pattern = re.compile(common()["flat_row"], re.I)
    for section in report.sections:
        market = ""
        for i, line in enumerate(section.lines):
            region = _region(line.split())
            if region:
                market = region
                continue
            m = pattern.match(clean_cell(line)) if "\t" not in line else None
            if not m or not is_name(m.group("chip")):
                market = ""
                continue
            get = {k: v for k, v in m.groupdict().items() if v is not None}
            props = chip_props(get, {}, market)
            text = " | ".join(get.values())
            evidence = Evidence(report.meta.report_id, text, f"line {section.line_of(i)}")
            yield from _chip_facts(m.group("vendor"), m.group("chip"), props, evidence)


# --------------------------------------------------------------------------------------
# Chip tables in fixed-width text that the table reader leaves in the running text.
#
# Plain-text notes and PDF-to-text dumps lay a chip exhibit out in columns padded with
# spaces ("Chip  Vendor  Type  Process  TDP (W)"); a name longer than its column ("Instinct
# MI455X") runs up to one space before the next cell, so that row has one cell fewer
# than the header and the table reader, which wants the same number of cells on every
# row, reads no table. Here the header is found by its chip words (the header words of
# :mod:`.tables`) and each row under it is cut at its gaps of two or more spaces; a cell
# that spans the start of the next header column is split at the single space nearest
# that start. The rows then go through the chip table reader.


def fitted(cells: list[tuple[int, str]], starts: list[int]) -> list[str] | None:
    """A row's cells, one per header column: a cell over the start of the next column
    is split at its single space nearest that start; None when the row will not fit.

    >>> fitted([(0, "Instinct MI455X AMD"), (22, "GPU")], [0, 17, 22])
    ['Instinct MI455X', 'AMD', 'GPU']
    >>> fitted([(0, "B300"), (17, "NVIDIA"), (22, "GPU")], [0, 17, 22])
    ['B300', 'NVIDIA', 'GPU']
    >>> fitted([(0, "Only two"), (22, "GPU")], [0, 17, 22]) is None
    True
    """
    out = list(cells)
    while len(out) < len(starts):
        for k, (start, text) in enumerate(out):
            following = [s for s in starts if start < s < start + len(text)]
            spaces = [m.start() for m in re.finditer(" ", text)]
            if following and spaces:
                cut = min(spaces, key=lambda i: abs(start + i + 1 - following[0]))
                out[k : k + 1] = [(start, text[:cut]), (start + cut + 1, text[cut + 1 :])]
                break
        else:
            return None
    return [text for _, text in out] if len(out) == len(starts) else None


def aligned_chips(report: SegmentedReport) -> Iterator[Fact]:
    """Chips (and DESIGNS) from fixed-width chip tables the table reader did not take
    (read from the report's whole text, whose lines the prose reflows)."""
    lines = report.text.split("\n")
    tabled = {n for table in report.tables for n in table.row_lines}
    after = 0  # the line after the last table read: its rows are no header
    for i, line in enumerate(lines):
        header = cell_spans(line)
        if i < after or i + 1 in tabled or len(header) < 4 or not _spec_header(header):
            continue
        starts = [s for s, _ in header]
        rows, numbers = [[t for _, t in header]], [i + 1]
        for j in range(i + 1, len(lines)):
            row = fitted(cell_spans(lines[j]), starts) if j + 1 not in tabled else None
            if row is None:
                break
            rows.append(row)
            numbers.append(j + 1)

        def evidence(index: int, cells: list[str], numbers: list[int] = numbers) -> Evidence:
            text = " | ".join(c for c in cells if c)
            return Evidence(report.meta.report_id, text, f"line {numbers[index]}")

        if len(rows) > 1:
            after = i + len(rows)
            yield from rows_chips(rows, evidence)


def _spec_header(header: list[tuple[int, str]]) -> bool:
    """A header naming at least two chip spec columns ("Process", "TDP (W)")."""
    return len(_SPEC_ROLES & set(header_roles([t for _, t in header]).values())) >= 2
