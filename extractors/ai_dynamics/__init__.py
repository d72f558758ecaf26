"""AI dynamics: model releases, product launches and other dated news.

Reads the headline list of the summary ("人工智能动态:1) 谷歌:发布 X,推出 Y;2) ..."), the
company subheadings of the AI dynamics section and its news paragraphs ("11 月 19 日,
谷歌发布 X。..." or "(1) ..."). A release verb (发布/推出/开源/上线/升级, ``rules``) with a
name after it ("发布 X 模型") or before it ("X 开源") gives ``RELEASED`` Company->Model
(action release|open_source|update) or ``LAUNCHED`` Company->Product (launch|update);
so does a noun of release closing a list of names ("X、Y 和 Z 三款模型的升级", "X 的发
布"; the action is the noun's), unless the words before it mark a background mention
("随着 X 的发布"). Those releases are found by :mod:`.releases`.
A paragraph whose title states none of those, nor a partnership, deal or investment,
becomes an ``Event``; partnerships are read by :mod:`aikg.extractors.relations` and money
by :mod:`aikg.extractors.deals`, in these sections as everywhere. Industry news and prose
sections are read too, but only for model releases (named with a type word or a dotted
version); a prose release carries only a date its own sentence states, or the date of
the event its paragraph refers back to ("本次大会", "大会中": the latest paragraph of its
section that dates an event, "10 月 6 日, X 在开发者大会中发布 ...", which also gives
the company).

Dates. A paragraph's date is the one it starts with (day precision), else a day date in
its title, else the reviewed month (month precision). The reviewed month is the month
most paragraph dates of the report fall in; with none, the month before the period for a
monthly report (its title names the month, "12 月投资策略") and the period otherwise.
Headline and subheading facts take the date and action of the paragraph fact with the
same relation type and target (same name, or one name the start of the other, e.g.
"Gemini 3" in the paragraph for "Gemini 3 Pro" in the headline); else the reviewed month.
A release still undated takes the release date a table of the report gives its model
(a "Model" column beside a "Release Date" one).

English news reads the same way: an English sentence's releases come from
:mod:`.english` ("On March 4, Zentrix Labs released Halcyon-3 Pro, a new reasoning
model."), an English subheading or headline item ("Zentrix Labs: released X, launched Y")
takes a day date of its own when no paragraph names its target, and an English
paragraph's date is the first day date of its opening words ("Zentrix ships X. On March 3,
...").

Modules: :mod:`.layout` (units: headline items, subheadings, paragraphs), :mod:`.releases`
(Chinese release verbs and names), :mod:`.noun_releases` (nouns of release),
:mod:`.english` (English releases and names), :mod:`.english_makers` (makers a
model-first English sentence names beside its model),
:mod:`.labels` (what a name is, Model or Product), :mod:`.subjects` (whom a sentence is
about), :mod:`.kinds` (the kind of an event), :mod:`.dating`
(lead dates, table release dates), :mod:`.rules` (``rules/ai_dynamics/``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from aikg.extractors.ai_dynamics.clauses import (
    as_release_clause,
    clauses_of,
    date_only,
    day_of,
    days_later,
)
from aikg.extractors.ai_dynamics.covered import with_covered
from aikg.extractors.ai_dynamics.dating import (
    chip_like,
    clause_date,
    hit_date,
    lead_date,
    model_key,
    model_shaped,
    opening_day,
    relative_day,
    shifted,
    stated_day,
    table_release_dates,
)
from aikg.extractors.ai_dynamics.english import english_releases
from aikg.extractors.ai_dynamics.kinds import event_kind
from aikg.extractors.ai_dynamics.labels import NameHit
from aikg.extractors.ai_dynamics.layout import ai_units, event_anchors, reviewed_month
from aikg.extractors.ai_dynamics.lists import as_model, list_intro, list_item_rest
from aikg.extractors.ai_dynamics.noun_releases import noun_releases
from aikg.extractors.ai_dynamics.releases import (
    clause_releases,
    names_after,
    names_before,
    whole_name,
)
from aikg.extractors.ai_dynamics.rules import either, en, rx
from aikg.extractors.ai_dynamics.same_day import same_day_anchors
from aikg.extractors.ai_dynamics.script_forms import reading_form
from aikg.extractors.ai_dynamics.subjects import company_ref, known_at_start, strip_lead, subject_of
from aikg.extractors.ai_dynamics.tracker import line_rows, tracker_rows
from aikg.extractors.ai_dynamics.units import Unit
from aikg.extractors.names.lexicon import lookup, name_key
from aikg.extractors.text.script import is_english
from aikg.extractors.values.dates import DateValue, find_dates
from aikg.schema import (
    EntityFact,
    EntityRef,
    EventFact,
    Evidence,
    Fact,
    Participant,
    RelationFact,
    SegmentedReport,
)

__all__ = ["PHASE", "extract"]

PHASE = "structured"


@dataclass
class _Rel:
    """A relation found in one clause, before it becomes a RelationFact."""

    type: str
    source: EntityRef
    target: EntityRef
    action: str
    hit: NameHit | None
    evidence: Evidence
    date: DateValue | None
    from_paragraph: bool


def _rel(company: str, hit: NameHit, action: str, ev: Evidence, date, para: bool) -> _Rel:
    if hit.label == "Model":
        return _Rel("RELEASED", company_ref(company), EntityRef(hit.name, "Model"), action, hit,
                    ev, date, para)  # fmt: skip
    launch = "update" if action == "update" else "launch"
    return _Rel("LAUNCHED", company_ref(company), EntityRef(hit.name, "Product"), launch, hit,
                ev, date, para)  # fmt: skip


def _evidence(report: SegmentedReport, sentence: str, line: int) -> Evidence:
    return Evidence(report.meta.report_id, sentence.strip(), f"line {line}")


def _paragraph(
    report, unit: Unit, context: str, reviewed: DateValue | None, anchor: tuple | None = None
) -> Iterator:
    """Relations and event facts of one news paragraph; ``anchor`` is the (date, company)
    of the event it refers back to, if any (``event_anchors``)."""
    title, title_line = unit.sentences[0]
    if unit.kind == "news" or is_english(title):  # "标题。据 5 月 20 日消息, 5 月 19 日, ..."
        title = re.sub(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*消息(?=.*\d\s*日)", "", unit.text[:200])
    anchor_date, anchor_company = anchor or (None, "")
    date = lead_date(title, report.meta.period) or anchor_date or unit.day or reviewed
    title = unit.sentences[0][0]
    subject = subject_of(reading_form(title), unit.company or anchor_company)
    if not subject and len(unit.sentences) > 1:
        subject = subject_of(reading_form(unit.sentences[1][0]), "")
    body = reading_form(unit.text)
    title_found = False
    title_models: list[_Rel] = []
    listing = ""  # the action of a verb that opened a numbered list of models
    recent = ""  # the maker of the paragraph's last English release
    for k, (sentence, line) in enumerate(unit.sentences):
        ev = _evidence(report, sentence, line)
        if unit.kind == "prose":  # prose: a date the sentence states, else the one before
            date = next(
                (
                    d
                    for _, _, d in find_dates(sentence, report.meta.period)
                    if d.precision != "year"
                ),
                date if k else anchor_date or unit.day,  # "同日, ...": the date so far
            )
        if k and not [d for _, _, d in find_dates(sentence, report.meta.period)]:
            date = shifted(sentence, date) or days_later(sentence, date) or date  # "一周后"
        elif k and unit.kind != "prose":  # "除夕(2 月 16 日), X 开源 Y": its own day
            date = opening_day(sentence, report.meta.period) or date
        read = reading_form(sentence)  # the evidence stays the sentence as written
        # "随着 X 的发布", "X 发布后" tell a release in a sentence that states its day
        own_day = any(d.precision == "day" for *_, d in find_dates(read, report.meta.period))
        own = subject_of(read, subject) if k else subject
        english = is_english(sentence)
        if english and recent and re.match(en()["pronoun_subject"] + r"\b", sentence.strip()):
            own = recent  # "The company also rolled out Y": the maker just named
        for company, hit, action in english_releases(sentence, own, body) if english else []:
            title_found |= k == 0
            when = hit_date(sentence, hit.name, date, report.meta.published)
            recent = company
            yield _rel(company, hit, action, ev, when, True)
        if k and not rx("zh", "list_item").match(sentence):
            listing = ""  # a numbered list of models ends at the first unnumbered sentence
        clauses = [] if english else clauses_of(read)
        running = date  # a date-only clause ("19 日凌晨") dates the clauses after it
        for clause in clauses:
            prose = unit.kind == "prose"
            meta = report.meta
            when = (
                clause_date(clause, running, meta.period)
                if prose
                else stated_day(clause, meta.period, meta.published) or date
            )
            if when is None or when.precision != "day":  # "今天开源", "27 日晚发布"
                when = relative_day(clause, report.meta.published) or when
            if date_only(clause):
                when = day_of(clause, running) or when
                running = when if when and when.precision == "day" else running
            found = clause_releases(as_release_clause(clause), own, context, body, own_day)
            if listing and own and rx("zh", "list_item").match(clause):  # "发布多款新模型: 1) X"
                found = [(c, as_model(h), a) for c, h, a in found] or [
                    (own, hit, listing) for hit in _listed(clause, context, body)
                ]
            listing = list_intro(clause) or listing
            for company, hit, action in found:
                title_found |= k == 0
                own = own or company  # the maker is the topic of the clauses after it
                rel = _rel(company, hit, action, ev, when, True)
                if k == 0 and rel.type == "RELEASED":
                    title_models.append(rel)
                renamed = _renamed(rel, title_models, read) if k and not listing else None
                yield renamed or rel
        date = running if clauses and running else date  # the sentence's last stated day
        nouns = (
            noun_releases(read, own, names_before, context, body, own_day)
            if date and not english
            else []
        )
        for company, hit, action in nouns:
            title_found |= k == 0
            yield _rel(company, hit, action, ev, date, True)
    ev = _evidence(report, title, title_line)
    if not title_found and not _fact_title(title):
        summary = strip_lead(title).rstrip("。;.")
        props = {**(date.props() if date else {}), "summary": summary}
        props["kind"] = event_kind(summary)
        parts = [Participant("ANNOUNCED", "in", company_ref(subject))] if subject else []
        yield EventFact("Event", props, parts, ev, key=("date", "summary"))


def _fact_title(title: str) -> bool:
    """Whether a headline states money or a partnership, which the deal and relation
    recognisers read, not this one."""
    return bool(either("money_title").search(title) or either("partnership_title").search(title))


def _renamed(rel: _Rel, title_models: list[_Rel], sentence: str) -> EntityFact | None:
    """A body sentence that names the title's one model otherwise ("混元 OCR" in the
    title, "HunyuanOCR" in the body): an alias of it, not a second release."""
    if rel.type != "RELEASED" or len(title_models) != 1:
        return None
    first = title_models[0]
    same = name_key("Company", first.source.name) == name_key("Company", rel.source.name)
    mine, theirs = _target_key(first), _target_key(rel)
    if not same or first.action != rel.action or mine == theirs or first.date != rel.date:
        return None  # a day of its own ("其语音模型 Y 已于上周五开启公测"): a second release
    if mine.startswith(theirs) or theirs.startswith(mine) or first.target.name in sentence:
        return None  # a variant ("Gemini 3 Deep Think") or a second model beside it
    return EntityFact(first.target, rel.evidence, {}, (rel.target.name,))


def _heading(report, unit: Unit, context: str) -> Iterator[_Rel]:
    """Relations of a headline item or subheading ("谷歌:发布 X,推出 Y"), dated by the
    day the clause or the line states ("谷歌: 发布 X(2 月 19 日)"), else undated (the
    paragraph under it dates it, ``_date_headings``)."""
    sentence, line = unit.sentences[0]
    ev = _evidence(report, sentence, line)
    body = re.sub(r"^[^:]{1,24}:\s*", "", re.sub(r"^\d{1,2}\)\s*", "", sentence))
    if is_english(body):  # "Zentrix Labs: released Zyra 3, launched the Loomi app"
        own = find_dates(body, report.meta.period)
        date = next((d for _, _, d in own if d.precision == "day"), None)
        for company, hit, action in english_releases(body, unit.company, body):
            yield _rel(company, hit, action, ev, date, False)
        return
    meta, body = report.meta, reading_form(body)
    line_day = stated_day(body, meta.period, meta.published)  # "智谱: 2 月 11 日上线 X"
    for clause in re.split(r"[,;。]", body):
        own = known_at_start(clause.strip())
        subject = own[0] if own else unit.company
        day = stated_day(clause, meta.period, meta.published) or line_day or unit.day
        for company, hit, action in clause_releases(clause, subject, context):
            yield _rel(company, hit, action, ev, day, False)


def _news_kept(item: _Rel | Fact) -> bool:
    """What industry news paragraphs contribute: model releases only
    (launches of shop features and other news stay out of the graph)."""
    if not isinstance(item, _Rel):
        return False
    versioned = item.hit is not None and model_shaped(item.hit.name)
    if item.hit is not None and chip_like(item.hit.name, item.evidence.text):
        return False
    if item.hit is not None and re.search(rf"{re.escape(item.hit.name)}\s*(?:API|SDK)\b",
                                          item.evidence.text):  # fmt: skip
        return False  # "X API 开放 ...": an API of a model named before, not a release
    known = item.hit is not None and _known_model(item.hit.name)  # "Gemini Robotics"
    return (
        item.type == "RELEASED" and item.hit is not None and (item.hit.typed or versioned or known)
    )


def _listed(clause: str, context: str, local: str) -> list[NameHit]:
    """The model a numbered item of a list of models names ("1) 旗舰推理模型 Zyra-Max,
    总参数超万亿" -> Zyra-Max), else []: the item's first name, typed as a model."""
    rest = list_item_rest(clause)
    return [as_model(h) for h in names_after(rest, context, local)[:1]] if rest else []


def _known_model(name: str) -> bool:
    """Whether the alias list holds ``name`` as a model (a name with no version)."""
    entry = lookup(name)
    return bool(entry and entry.label == "Model")


def _target_key(rel: _Rel) -> str:
    return name_key(rel.target.label, rel.target.name)


def _date_headings(rels: list[_Rel], reviewed: DateValue | None) -> None:
    """Give headline and subheading relations the date and action of their paragraph (a
    dated statement before an undated one: a news heading restates its paragraph)."""
    paragraphs = sorted((r for r in rels if r.from_paragraph), key=lambda r: r.date is None)
    for rel in rels:
        if rel.from_paragraph:
            continue
        key = _target_key(rel)
        same = [p for p in paragraphs if p.type == rel.type and _target_key(p) == key]
        near = [
            p
            for p in paragraphs
            if p.type == rel.type
            and (key.startswith(_target_key(p)) or _target_key(p).startswith(key))
        ]
        match = (same or near or [None])[0]
        own = rel.date if rel.date and rel.date.precision == "day" else None
        rel.date = own or (match.date if match else (rel.date or reviewed))  # its own day first
        if match and same:
            rel.action = match.action


def _date_from_tables(rels: list[_Rel], dates: dict[str, DateValue]) -> None:
    """Give an undated release the release date a table of the report gives its model
    (an undated list item stays undated: the month a digest reviews is not the day of
    each item, and a wrong month is worse than none)."""
    for rel in rels:
        if rel.date is None and rel.type == "RELEASED":
            rel.date = dates.get(model_key(rel.target.name))


def _facts(rels: list[_Rel]) -> Iterator[Fact]:
    seen: set[tuple] = set()
    for rel in rels:
        key = (
            rel.type,
            name_key(rel.source.label, rel.source.name),
            _target_key(rel),
            rel.evidence.text,
        )  # fmt: skip  (one action per name and sentence: the first)
        if key in seen or name_key("Company", rel.source.name) == _target_key(rel):
            continue
        seen.add(key)
        props = dict(rel.date.props()) if rel.date else {}
        if rel.action:
            props["action"] = rel.action
        yield RelationFact(rel.type, rel.source, rel.target, rel.evidence, props)
        hit = rel.hit
        if hit and (hit.category or hit.alias):
            extra = {"category": hit.category} if hit.category else {}
            aliases = (hit.alias,) if hit.alias else ()
            yield EntityFact(rel.target, rel.evidence, extra, aliases)


def extract(report: SegmentedReport) -> Iterator[Fact]:
    """Facts of the report's AI dynamics: headline list, subheadings and paragraphs."""
    units = with_covered(report, ai_units(report))
    if not units:
        yield from _facts(list(_tracker_rels(report)))
        return
    context = reading_form("\n".join(u.text for u in units))
    reviewed = reviewed_month(report, units)
    anchors = same_day_anchors(units, report.meta.period, event_anchors(units, report.meta.period))
    rels: list[_Rel] = []
    for i, unit in enumerate(units):
        if unit.kind in ("paragraph", "news", "prose"):
            for item in _paragraph(report, unit, context, reviewed, anchors.get(i)):
                if unit.kind != "paragraph" and not _news_kept(item):
                    continue
                if isinstance(item, _Rel):
                    rels.append(item)
                else:
                    yield item
        else:
            rels.extend(_heading(report, unit, context))
    _date_headings(rels, reviewed)
    _date_from_tables(rels, table_release_dates(report))
    yield from _facts([*rels, *_tracker_rels(report)])


def _tracker_rels(report: SegmentedReport) -> Iterator[_Rel]:
    """Releases of the report's model-tracker tables (:mod:`.tracker`)."""
    for table, i, maker, model, date, action in tracker_rows(report):
        ev = Evidence(report.meta.report_id, " | ".join(table.rows[i]), table.locator(i))
        hit = NameHit(model, "Model", "", 0, len(model))
        yield _rel(maker, hit, action, ev, date, True)
    for line, text, maker, model, date, action in line_rows(report, whole_name):  # "X ｜ Y"
        hit = NameHit(model, "Model", "", 0, len(model))
        ev = Evidence(report.meta.report_id, text, f"line {line}")
        yield _rel(maker, hit, action, ev, date, True)
