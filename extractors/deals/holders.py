"""Stakes a sentence lists item by item, which no single frame match holds:

- the holders of a new joint venture, after 其中 ("共同设立合资公司 J，注册资本 2 亿元，其中
  公司持股 55%，B 持股 45%", "其中 A 出资 3 亿元、持股 60%") or "respectively" ("双方分别持股
  51% 和 49%"): each holder invests in J (the registered capital is the venture's, no
  holder's amount);
- the companies of a stake list ("分别取得 A 60% 股权、B 51% 股权"): the buyer acquires each;

and the company of a round stated without its investors ("X 宣布完成 3 亿元 B 轮融资"), whose
investors the next sentence names ("领投方为 A …").

Notices and broker 公司动态 lists state joint ventures and multi-target deals this way in
every sector. Positions are in the masked sentence; ``公司`` is the sentence's subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.deals.figures import Figures
from aikg.extractors.deals.item_heads import item_company
from aikg.extractors.deals.state import Built, Context, clause_subject
from aikg.extractors.names.mentions import Mention, key_of
from aikg.extractors.rules import load
from aikg.extractors.values.amounts import find_amounts
from aikg.extractors.values.dates import DateValue
from aikg.schema import Evidence

# The joint venture a sentence sets up: the name after 设立 / 成立 (合资公司 J), or J before
# "系 A 与 B 共同设立"
_VENTURE = re.compile(
    r"(?:设立|成立|组建)(?:了)?\s*(?:一家)?\s*(?:合资公司|合营公司|合资企业|新公司|项目公司)\s*⟨(\d+)⟩"
    r"|(?:共同|合资|联合)(?:出资|投资)?(?:设立|成立|组建)(?:了)?\s*⟨(\d+)⟩"
    r"|⟨(\d+)⟩\s*(?:系|是|为|由)[^，,。；;]{0,30}?(?:共同|合资)(?:出资)?(?:设立|成立|组建)"
)
# One holder of it: "公司持股 55%", "B 出资 2 亿元、持股 40%", "A 占股 60%"
_HOLDER = re.compile(
    r"(?:(?P<co>公司|本公司)|⟨(?P<a>\d+)⟩)\s*(?:拟)?\s*(?:以[^，,；;、]{0,10}?)?"
    r"(?:认缴出资|认缴|出资)?\s*(?P<amt>[\d.,]+\s*(?:万|亿)?\s*(?:元|美元|港元)(?:人民币)?)?"
    r"\s*[、,，]?\s*(?:持股|占股|持有|占)\s*(?:比例)?\s*(?:为)?\s*(?P<pct>\d+(?:\.\d+)?)\s*%"
)
# A stake list: the verb, then "A 60% 股权、B 51% 股权 …"
_STAKE_VERB = re.compile(r"(?:分别)?(?:取得|收购|购买|受让|认购)")
_STAKE_ITEM = re.compile(
    r"\s*(?:、|和|及|以及)?\s*⟨(\d+)⟩\s*(?:的)?\s*(\d+(?:\.\d+)?)\s*%\s*(?:的)?\s*(?:股权|股份)"
)
# A round stated without investors: "X 宣布完成 3 亿元 B 轮融资", "X 获数千万元天使轮融资"
_ROUND = re.compile(
    r"⟨(\d+)⟩[^⟨⟩，,。；;]{0,20}?(?:宣布|已|刚刚|近日|日前)?\s*(?:完成|获得|获|迎来|斩获|拿下)(?:了)?"
    r"[^⟨⟩。；;]{0,24}?(?:融资|轮)"
)


def holder_facts(
    ctx: Context,
    fig: Figures,
    mentions: list[Mention],
    evidence: Evidence,
    built: list[Built] | None = None,
) -> list[Built]:
    """The investments a joint venture's holder list and a stake list state; a total
    ("合计 4.6 亿元，分别取得 A 60% 股权、B 51% 股权") that a frame gave to one listed
    company of ``built`` is taken from it (it is no single item's amount).

    >>> from aikg.extractors.deals.state import Context
    >>> m = [Mention(0, 1, n, "Company") for n in ("甲光电", "乙科技", "丙光子", "乙科技")]
    >>> t = "⟨0⟩公告，公司与⟨1⟩共同设立合资公司⟨2⟩，注册资本 2 亿元，其中公司持股 55%，⟨3⟩持股 45%"
    >>> fs = holder_facts(Context("r", "2025-11"), Figures.of(t, "2025-11"), m, None)
    >>> [(f.payers[0].name, f.payees[0].name, f.props["stake_pct"]) for f in fs]
    [('甲光电', '丙光子', 55.0), ('乙科技', '丙光子', 45.0)]
    """
    _respective()  # the rule is read with the others, whether a venture is split or not
    listed = _stake_list(ctx, fig, mentions, evidence)
    targets = {key_of(b.payees[0]) for b in listed}
    for b in built or []:
        if b.label == "Investment" and b.payees and key_of(b.payees[0]) in targets:
            for key in ("amount", "currency", "amount_text", "amount_qualifier"):
                b.props.pop(key, None)
    return _venture_holders(ctx, fig, mentions, evidence) + listed


def _subject(ctx: Context, text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """Who 公司 (or an elided subject) is before ``pos``: the clause's subject, else the
    paragraph's."""
    idx = clause_subject(text, pos)
    return mentions[idx] if idx is not None else ctx.subject


def _props(ctx: Context, fig: Figures, kind: str, pct: str, pos: int) -> dict:
    """The properties of one listed stake: kind, status (拟 before it: planned), stake and
    the sentence's date (else the paragraph's)."""
    planned = "拟" in fig.text[:pos]
    props: dict = {"kind": kind, "status": "planned" if planned else "announced"}
    props["stake_pct"] = float(pct)
    date = finest_date(fig, pos) or ctx.date  # "今年 4 月": the month, not the year
    if isinstance(date, DateValue) and not (ctx.period and date.iso[:7] > ctx.period):
        props.update(date.props())
    return props


def _venture_holders(
    ctx: Context, fig: Figures, mentions: list[Mention], evidence: Evidence
) -> list[Built]:
    text = fig.text
    venture = _VENTURE.search(text)
    if venture is None:
        return []
    joint = mentions[int(next(g for g in venture.groups() if g))]
    rest = text.find("其中", venture.end())
    rest = venture.end() if rest < 0 else rest  # "设立合资公司 J，A 持股 51%": no 其中
    out = []
    founder = _founder(text, venture.start(), mentions) or _item_company(ctx)
    for m in _HOLDER.finditer(text, rest):
        # 公司: the founder the sentence names before the venture, else the item's company
        holder = mentions[int(m.group("a"))] if m.group("a") else founder
        if holder is None or holder.name == joint.name:
            continue
        props = _props(ctx, fig, "equity", m.group("pct"), m.start())
        if m.group("amt"):
            found = find_amounts(m.group("amt"))
            if found:
                props.update(found[0][2].props())
        out.append(Built("Investment", props, [holder], [joint], evidence, origin="holders"))
    if not out:  # "双方分别持股 51% 和 49%": the founders in order, each its stake
        for holder, pct, pos in _respective_stakes(text, mentions, venture, joint, founder):
            props = _props(ctx, fig, "equity", pct, pos)
            out.append(Built("Investment", props, [holder], [joint], evidence, origin="holders"))
    return out + _partners_unlisted(ctx, fig, mentions, evidence, venture, joint, out)


@lru_cache(maxsize=1)
def _respective() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["venture_respective"])


def _respective_stakes(
    text: str, mentions: list[Mention], venture: re.Match[str], joint: Mention, founder
) -> list[tuple[Mention, str, int]]:
    """(holder, stake, position) of a venture's holders listed "respectively" after it
    ("双方分别持股 51% 和 49%": the founder, then the partner after 与; "A、B 分别持股
    60%、40%")."""
    m = _respective().search(text, venture.end())
    if m is None:
        return []
    named = [mentions[int(i)] for i in re.findall(r"⟨(\d+)⟩", m.group("who"))]
    partner = re.search(r"(?:与|和|同)\s*⟨(\d+)⟩[^⟨⟩]*$", text[: venture.start()])
    holders = named or [founder, mentions[int(partner.group(1))] if partner else None]
    pcts = re.findall(r"\d+(?:\.\d+)?", m.group("pcts"))
    if len(pcts) != len(holders) or any(h is None or h.name == joint.name for h in holders):
        return []
    return [(h, pct, m.start()) for h, pct in zip(holders, pcts, strict=True)]


def _item_company(ctx: Context) -> Mention | None:
    """The company of the notice item the paragraph opens with ("**X**：…公司与 B 共同设立 …"),
    as one of the mentions the paragraph has read (its subject or a party of its facts)."""
    head = item_company(ctx.headline)
    pool = [ctx.subject, *(m for b in ctx.facts for m in b.everyone())]
    return next((m for m in pool if m is not None and m.name == head), None) if head else None


def _partners_unlisted(
    ctx: Context,
    fig: Figures,
    mentions: list[Mention],
    evidence: Evidence,
    venture: re.Match[str],
    joint: Mention,
    listed: list[Built],
) -> list[Built]:
    """The partner of "公司与 B 共同出资设立合资公司 J" that the holder list leaves out (no stake
    stated): B invests in J all the same, as a founder."""
    found = re.search(
        r"(?:与|和|同)\s*⟨(\d+)⟩\s*(?:共同|合资|联合)?(?:出资|投资)?$", fig.text[: venture.start()]
    )
    if not found:
        return []
    partner = mentions[int(found.group(1))]
    if partner.name == joint.name or any(key_of(b.payers[0]) == key_of(partner) for b in listed):
        return []
    props: dict = {
        "kind": "equity",
        "status": "planned" if "拟" in fig.text[: venture.start()] else "announced",
    }
    date = finest_date(fig, venture.start()) or ctx.date
    if isinstance(date, DateValue) and not (ctx.period and date.iso[:7] > ctx.period):
        props.update(date.props())
    return [Built("Investment", props, [partner], [joint], evidence, origin="holders")]


def _founder(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The subject that sets up the venture at ``pos`` ("X：公司与 B 共同设立 …"), never the
    partner after 与 ("公司与 B 共同设立": 公司 is unnamed).

    >>> m = [Mention(0, 1, "乙科技", "Company")]
    >>> _founder("公司与⟨0⟩共同设立", 6, m) is None
    True
    """
    idx = clause_subject(text, pos)
    if idx is None:
        return None
    at = text.find(f"⟨{idx}⟩")
    return None if re.search(r"(?:与|和|同|及)\s*$", text[:at]) else mentions[idx]


def _stake_list(
    ctx: Context, fig: Figures, mentions: list[Mention], evidence: Evidence
) -> list[Built]:
    """ "分别取得 A 60% 股权、B 51% 股权": the subject acquires each (two or more items)."""
    text = fig.text
    out = []
    for verb in _STAKE_VERB.finditer(text):
        pos, items = verb.end(), []
        while (m := _STAKE_ITEM.match(text, pos)) is not None:
            items.append(m)
            pos = m.end()
        buyer = _subject(ctx, text, verb.start(), mentions)
        if len(items) < 2 or buyer is None:
            continue
        for m in items:
            target = mentions[int(m.group(1))]
            if target.name == buyer.name:
                continue
            props = _props(ctx, fig, "acquisition", m.group(2), verb.start())
            props.update({"round": "acquisition", "round_text": verb.group()})
            out.append(Built("Investment", props, [buyer], [target], evidence, origin="holders"))
    return out


def round_company(masked: str, mentions: list[Mention]) -> Mention | None:
    """The company of a round the sentence states without investors, which the investors
    named next invest in.

    >>> m = [Mention(0, 1, "穹枢智能", "Company")]
    >>> round_company("据悉，11 月 26 日，推理公司⟨0⟩宣布完成 3 亿元 B 轮融资", m).name
    '穹枢智能'
    """
    m = _ROUND.search(masked)
    return mentions[int(m.group(1))] if m is not None else None


def finest_date(fig: Figures | None, before: int | None = None) -> DateValue | None:
    """The sentence's most precise date (before ``before``, if given): a day over a month
    over a year ("年内第二次融资 … 11 月 26 日 … 宣布完成" is dated the 26th)."""
    rank = {"day": 0, "month": 1}
    dates = [d for s, _, d in fig.dates if before is None or s < before] if fig else []
    return min(dates, key=lambda d: rank.get(d.precision, 2)) if dates else None
