"""Deals and investments stated in prose: who pays whom, for what, how much, when.

Reads the prose-like sections (``rules/deals/`` "sections": prose, summary, front,
industry; the AI-dynamics, policy, disclaimer and table-of-contents sections belong to
other extractors). Each paragraph is split into sentences (on 。；; and '. '); in each
sentence the companies are masked (:mod:`aikg.extractors.names`) and the frames of
``rules/deals/`` are matched (:mod:`.frames`). A match becomes

- an ``Investment`` (equity, acquisition, warrant; an existing stake has no date):
  investor ``MAKES_INVESTMENT``, investee ``INVESTS_IN``;
- a ``Deal`` (chip purchase, cloud contract, lease, capacity order ...): payer
  ``PAYS_FOR``, payee ``PAID_TO``, chips named nearby ``INVOLVES``;
- a ``Deal`` of kind partnership or joint_venture: every party ``PARTY_TO``.

Anaphors and ellipsis are resolved within the paragraph: an elided subject is the
sentence's (or paragraph's) subject, 其 the other party of the deal at hand, 该 SPV the
last investee, 此次合作 / 该协议 the last deal (which then receives the sentence's amount).
Dates come from the sentence (the one before the verb), a "第二天" (the previous deal's
date), the sentence after the verb (unless a future plan), or the paragraph, in order.

Modules: :mod:`.frames` (the frames, cue words and the rules of both languages),
:mod:`.figures` (amounts, dates, status per match), :mod:`.state` (facts under
construction, role resolution), :mod:`.post` (merging, continuations, output),
:mod:`.tables` (one Deal a table row, structured phase), :mod:`.service` (what a contract
provides and who provides it); sentences from :mod:`aikg.extractors.text`, mentions and
masking from :mod:`aikg.extractors.names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from aikg.extractors.deals.announcer import announcer_sells
from aikg.extractors.deals.clauses import anaphor_subject, defined_filer, stated_round_index
from aikg.extractors.deals.context_names import (
    context_names,
    without_continuation_lead,
    without_verb_tail,
)
from aikg.extractors.deals.event_dates import deal_date
from aikg.extractors.deals.figures import (
    MONEY_FACTS,
    Figures,
    amount_end,
    claim_amount,
    date_only,
    headline_amount,
    headline_round,
    key_value_amount,
    stake_of,
    status_of,
    summary_of,
    trailing_date,
)
from aikg.extractors.deals.frames import (
    Candidate,
    cue,
    deal_rules,
    find_round,
    kind_from_cues,
    match_frames,
    without_bullet_label,
)
from aikg.extractors.deals.holders import finest_date, holder_facts, round_company
from aikg.extractors.deals.investees import allotment_frames, origin_of
from aikg.extractors.deals.lists import is_list_item, list_lead, paragraph_headline
from aikg.extractors.deals.markup import plain_wording
from aikg.extractors.deals.notice_rows import notice_row_sentences
from aikg.extractors.deals.orders import order_end, order_kind
from aikg.extractors.deals.post import (
    CHIPISH,
    apply_cue,
    attach_chips,
    continuation,
    date_recent,
    licence_partnerships,
    merge,
    tied_partnerships,
    to_fact,
    yen_of,
)
from aikg.extractors.deals.providers import by_role, lease_parties, not_party
from aikg.extractors.deals.respective import split_respective
from aikg.extractors.deals.rounds_stated import round_props
from aikg.extractors.deals.sections import sentence_subject
from aikg.extractors.deals.service import served
from aikg.extractors.deals.state import Built, Context, absorb, report_context, resolve_roles, same
from aikg.extractors.deals.tables import extract_tables
from aikg.extractors.deals.takeovers import acquisition_value
from aikg.extractors.deals.variants import is_ticker_code, states_parenthetical, variants
from aikg.extractors.known import Known
from aikg.extractors.names.mentions import Mention, find_mentions, key_of, mask, unmask
from aikg.extractors.text.lines import paragraph_sentences, paragraphs
from aikg.extractors.text.sentences import Sentence
from aikg.extractors.values.dates import DateValue, leading_date
from aikg.schema import Evidence, Fact, SegmentedReport

__all__ = ["PHASE", "TABLES_PHASE", "extract", "extract_tables", "read_sentence"]

PHASE = "prose"
TABLES_PHASE = "structured"  # deal tables need no typed names: read with the other tables


def extract(report: SegmentedReport, known: Known | None = None) -> Iterator[Fact]:
    """Investments and deals stated in the report's prose sections.

    Besides the lexicon and the open-world patterns, sentences are read with the names
    the structured extractors typed in the same report (``known.names``).
    """
    names = known.names if known is not None else {}
    ctx = report_context(report, names)
    kinds = deal_rules()["sections"]
    for section in report.sections:
        if section.kind not in kinds:
            continue
        ctx.new_section(section.heading or "")  # nothing of the section before is kept
        heading_lead = list_lead(section.heading or "", names, heading=True)
        lead = heading_lead  # a list's investor, from its heading or lead-in sentence
        for para in paragraphs(section):
            sents = paragraph_sentences(para)
            ctx.new_paragraph(paragraph_headline([s.text for s in sents]), sents)
            item = is_list_item(para.text)
            ctx.subject = lead if item and lead else None  # "2. $5bn stake in Intel"
            for sentence in sents:
                read_sentence(ctx, sentence)
            yield from (to_fact(b) for b in yen_of(ctx.facts, para.text))
            if not item:
                lead = list_lead(sents[-1].text, names) if sents else None
                lead = lead or heading_lead
    for sentence in notice_row_sentences(report):  # "公司 | 公告日 | 事项" rows
        ctx.new_paragraph(sentence.text)
        read_sentence(ctx, sentence)
        yield from (to_fact(b) for b in ctx.facts)


def read_sentence(ctx: Context, sentence: Sentence) -> None:
    """Add the facts one sentence states to ``ctx.facts`` (and update the context)."""
    # "• Deal: X ...": the label is no name; "**X**则 …", "$9.6$ 亿元": markup is no wording
    text = plain_wording(without_bullet_label(sentence.text))
    ctx.delimited.update(context_names(text))  # kept for the report's later sentences
    known = {**ctx.names, **ctx.delimited}
    # "Gross proceeds were …": a word the open-world shapes took for a name
    mentions = without_continuation_lead(text, find_mentions(text, known))
    # a name the sentence gives once is that name where it comes again ("与 X 共同设立 …，X 持股")
    if again := {m.name: m.label for m in mentions if m.is_company and m.name not in known}:
        mentions = find_mentions(text, {**known, **again})
    # a round label read as a name ("完成 2 亿元 Pre-B 轮融资") is the round, no party; so
    # is an agreement's acronym ("signed a PPA")
    mentions = [m for m in mentions if not (m.is_company and not_party(m.name))]
    mentions = [m for m in mentions if not is_ticker_code(text, m.start)]  # "300812.SZ"
    mentions = without_verb_tail(mentions, ctx.delimited)  # "由拾穗创投投资。"
    masked = mask(text, mentions)
    ctx.seen.update(m.name for m in mentions if m.is_company)
    ctx.filer = defined_filer(masked, mentions) or ctx.filer  # 'X (the "Company")'
    if not any(m.is_company for m in mentions):
        fig = Figures.of(masked, ctx.period, ctx.published)
        if date_only(fig):  # "... participated. (Nov 20)": the date of what came before
            for fact in ctx.recent:
                if "date" not in fact.props:
                    fact.props.update(fig.dates[0][2].props())
            return
        continuation(ctx, sentence, fig, ctx.last)
        if tail := trailing_date(fig):  # "…; the round values it at $2.4bn. (Dec 9)"
            date_recent(ctx, sentence, tail)
        ctx.date = leading_date(fig.text, fig.dates) or ctx.date  # dates what follows
        ctx.pending_amount = key_value_amount(fig) or ctx.pending_amount
        return
    prev_last = ctx.last
    built: list[Built] = []
    first_fig: Figures | None = None
    for n, text in enumerate(variants(masked)):
        fig = Figures.of(text, ctx.period, ctx.published)
        first_fig = first_fig or fig
        cands = match_frames(text)
        # cues last: they direct (and may size) the deals the sentence's frames built
        for i in sorted(range(len(cands)), key=lambda k: cands[k].fact == "cue"):
            cand = cands[i]
            stop = next((c.start for c in cands[i + 1 :] if c.start > cand.end), len(text))
            fact = build(ctx, cand, fig, mentions, sentence, stop, built)
            twin = next((b for b in built if fact is not None and same(fact, b)), None)
            if twin is not None and fact is not None:
                absorb(twin, fact)
            elif fact is not None and (n == 0 or states_parenthetical(text[cand.start : cand.end])):
                built.append(fact)  # the full text adds only what a parenthetical states
        attach_chips(built, text, mentions)
    if first_fig is not None:
        continuation(ctx, sentence, first_fig, prev_last)
        evidence = Evidence(ctx.report_id, sentence.text, f"line {sentence.line}")
        listed = holder_facts(ctx, first_fig, mentions, evidence, built)  # JV holders, lists
        built += [b for b in listed if not any(same(b, x) for x in built)]
    stated = stated_round_index(masked)  # "X closed a $1.2bn Series C": investors next
    company = round_company(masked, mentions) or (mentions[stated] if stated is not None else None)
    if not built and company is not None:
        ctx.last_investee = company  # "X 宣布完成 3 亿元 B 轮融资": its investors come next
        ctx.date = finest_date(first_fig) or ctx.date
    built = merge(ctx, built)
    if first_fig is not None:  # "A 与 B 分别 … 3 亿元和 2 亿元": a fact a party
        built = [part for fact in built for part in split_respective(fact, first_fig)]
    built += licence_partnerships(built)  # a paid licence is a partnership too
    built += tied_partnerships(built, masked)  # "…, alongside a 6G partnership"
    ctx.recent, ctx.pending_amount = built or ctx.recent, None if built else ctx.pending_amount
    for fact in built:
        ctx.facts.append(fact)
        if fact.origin not in ("holding", "licence"):  # the deal at hand stays the paid one
            ctx.last = fact
        if fact.props.get("date"):
            ctx.date = DateValue(fact.props["date"], fact.props["date_precision"])
            ctx.last_dated = fact.props
    subj = None if anaphor_subject(masked) else sentence_subject(masked)  # "the Group …"
    if subj is not None:
        ctx.subject = mentions[subj]
        ctx.topic = ctx.topic if ctx.topic_set else ctx.subject
        ctx.topic_set = True
    lead = leading_date(first_fig.text, first_fig.dates) if first_fig else None
    if not built and lead is not None:
        ctx.date = lead
    if not built and first_fig is not None and (tail := trailing_date(first_fig)):
        date_recent(ctx, sentence, tail)  # "… post-money. (Dec 3)"
        if not ctx.facts:  # an item's lead label, "- **A / B (29 Dec).** A agreed to …"
            ctx.date = tail


def build(
    ctx: Context,
    cand: Candidate,
    fig: Figures,
    mentions: list[Mention],
    sentence: Sentence,
    stop: int,
    recent: list[Built],
) -> Built | None:
    """The fact one frame match states (``recent``: facts of the sentence so far)."""
    roles = resolve_roles(ctx, cand, mentions, fig.text, recent)
    if roles is None:
        return None
    evidence = Evidence(ctx.report_id, sentence.text, f"line {sentence.line}")
    if cand.fact == "cue":
        amount = claim_amount(fig, cand, stop)
        apply_cue(ctx, roles["payer"][0], recent, amount, fig.text[cand.v_end : stop])
        return None
    props: dict[str, Any] = {"kind": cand.kind, "status": status_of(fig, cand)}
    amount = claim_amount(fig, cand, stop) if cand.fact in MONEY_FACTS else None
    if amount is None and cand.fact in ("deal", "agreement") and ctx.pending_amount:
        amount = ctx.pending_amount  # "合同金额：…" said before (spent once the sentence is read)
    props.update(amount.props() if amount is not None else {})
    if cand.fact != "holding" and (date := deal_date(ctx, cand, fig)):
        props.update(date.props())
    if cand.fact in ("investment", "holding"):
        return _investment(ctx, cand, fig, roles, props, evidence, stop, mentions)
    props["summary"] = summary_of(fig, cand, mentions, amount_end(fig, amount))
    if cand.fact == "deal":
        payers, payees = roles["payer"], roles["payee"]
        span = fig.text[cand.start : order_end(fig.text, cand.end, stop)]  # "… order for ⟦P800⟧"
        props["kind"] = order_kind(_deal_kind(cand, fig.text), span, mentions, payees, ctx.seen)
    elif cand.fact == "joint":
        if len(roles["parties"]) < 2:
            return None
        return _built("Deal", props, [], [], evidence, cand, parties=roles["parties"])
    else:  # agreement, total
        first, second = roles["first"], roles["second"]
        pair = frozenset(map(key_of, first + second))
        soft = (
            cand.obj in deal_rules()["soft_objects"] or "战略" in fig.text[cand.v_start : cand.end]
        )
        window = (
            fig.text[cand.start : cand.end]
            if soft
            else _until_mutual(fig.text[cand.v_start : stop])
        )
        kind = (
            (ctx.kinds.get(pair) if cand.fact == "total" else None)
            or kind_from_cues(_agreement_head(fig.text, cand))
            or kind_from_cues(window)
        )
        if kind is None and amount is None:
            props["kind"] = "partnership"
            return _built("Deal", props, [], [], evidence, cand, parties=first + second)
        leased = bool(cand.obj and cue("lease_signed").search(fig.text[cand.v_end : cand.end]))
        power = bool(cue("power_purchase").search(fig.text[cand.v_start : cand.end]))
        after = "" if leased else fig.text[cand.end : stop]
        en, kind = cand.frame.startswith("en_"), kind or "payment"
        payers, payees, props["kind"] = by_role(first, second, kind, after, power, ctx.seen, en)
        if not en and announcer_sells(ctx.headline, first, second, props["kind"], after):
            payers, payees = second, first  # "◆ X：与 Y 签订算力服务合同": X's own sale
        if leased:  # the tenant pays
            payers, payees = lease_parties(first, second, ctx.seen, fig.text[cand.v_end : cand.end])
        if cand.fact == "total" and ctx.directions.get(pair) == key_of(second[0]):
            payers, payees = second, first
    deal = served(cand, fig.text, mentions, roles, (payers, payees, props["kind"]), ctx.seen)
    payers, payees, props["kind"] = deal  # the provided service: its kind and its provider
    return _built("Deal", props, payers, payees, evidence, cand)


def _agreement_head(text: str, cand: Candidate) -> str:
    """The words that name an agreement, right before its noun ("AI 云服务合同", "算力租赁
    协议", "cloud computing agreement"): they say its kind before anything later does.

    >>> t = "⟨0⟩与⟨1⟩签订为期五年的 AI 云服务合同,⟨1⟩将提供芯片"
    >>> kind_from_cues(_agreement_head(t, match_frames(t)[0]))
    'cloud_contract'
    """
    if not cand.obj or cand.obj in deal_rules()["soft_objects"]:
        return ""
    return text[max(cand.v_end, cand.end - len(cand.obj) - 8) : cand.end]


def _until_mutual(text: str) -> str:
    """``text`` up to a clause on what both parties will do ("双方将共同研发芯片")."""
    mutual = re.compile(deal_rules()["mutual_clause"], re.I)
    out = []
    for clause in re.split(r"(?<=[,，:：])", text):
        if mutual.match(clause.strip()):
            break
        out.append(clause)
    return "".join(out)


def _built(
    label: str,
    props: dict[str, Any],
    payers: list[Mention],
    payees: list[Mention],
    evidence: Evidence,
    cand: Candidate,
    parties: list[Mention] | None = None,
) -> Built:
    return Built(
        label,
        props,
        payers,
        payees,
        evidence,
        parties or [],
        span=(cand.start, cand.end),
        origin=origin_of(cand.frame, cand.fact),
        directed=cand.directed,
    )


def _deal_kind(cand: Candidate, text: str) -> str:
    """A deal's kind: the frame's, else by verb (租用), object (服务器; or its head noun:
    "GPU capacity" is capacity), the words just after the verb ("从 X 购入 QX900 加速卡")
    or, last, just before it ("服务器集中采购")."""
    rules = deal_rules()
    if cand.kind != "auto":
        return cand.kind
    ordered = kind_from_cues(text[cand.v_end : cand.end - len(cand.obj)]) if cand.obj else None
    if rules["object_kinds"].get(cand.obj) == "capacity_order" and ordered in CHIPISH[:2]:
        return ordered  # "下达 500 台人形机器人采购订单": an order for equipment
    return (
        rules["verb_kinds"].get(cand.verb)
        or rules["object_kinds"].get(cand.obj)
        or rules["object_kinds"].get(cand.obj.split()[-1] if " " in cand.obj else "")
        or kind_from_cues(cand.obj)
        or kind_from_cues(text[cand.v_end : cand.v_end + 24])
        or kind_from_cues(text[max(0, cand.v_start - 16) : cand.v_start])  # "服务器集采"
        or "payment"
    )


def _investment(
    ctx: Context,
    cand: Candidate,
    fig: Figures,
    roles: dict[str, list[Mention]],
    props: dict[str, Any],
    evidence: Evidence,
    stop: int,
    mentions: list[Mention],
) -> Built:
    investors, investees = roles["investor"], roles["investee"]
    stake = stake_of(fig, cand, stop)
    if stake is not None:
        props["stake_pct"] = stake
    if cand.kind == "acquisition":
        props.update({"round": "acquisition", "round_text": cand.verb})
        props.update({} if "amount" in props else acquisition_value(fig.text))
    else:
        # a round label the mention finder masked ("Pre-A" read as a name) is read unmasked
        words = find_round(fig.text) or find_round(unmask(fig.text, mentions))
        if words is None and any(m.name in ctx.headline for m in investors + investees):
            words = find_round(ctx.headline)  # "X 完成 2 亿元 A 轮融资。本轮由 A 领投"
            if "amount" not in props and any(m.name in ctx.headline for m in investees):
                props.update(headline_amount(ctx.headline))
        props.update(round_props(words, cand.frame))
    if cand.frame not in allotment_frames():
        props.update(headline_round(ctx.headline, cand, evidence.text, investees[-1].name, props))
    ctx.last_investee = investees[-1]
    bought = cue("as_purchase").search(fig.text[cand.start : stop])
    if cand.kind == "equity" and cand.fact == "investment" and bought:
        props.update({"kind": deal_rules()["investment_as_purchase"]["kind"]})
        props.pop("round", None), props.pop("round_text", None)
        props["summary"] = summary_of(fig, cand, mentions, 0)
        return _built("Deal", props, investors, investees, evidence, cand)
    return _built("Investment", props, investors, investees, evidence, cand)
