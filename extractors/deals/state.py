"""The state the deals extractor keeps while it reads a report: facts under
construction (``Built``), the report and paragraph context, and role resolution (an
explicit mention, an anaphor such as 其 / 该公司 / 该 SPV / 后者, or an elided subject).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aikg.extractors.deals.clauses import defined_term_before, may_be_filer
from aikg.extractors.deals.covered import (
    covered_object,
    covered_subject,
    report_note_company,
    title_company,
)
from aikg.extractors.deals.frames import Candidate, Slot, cue, deal_rules
from aikg.extractors.deals.heading_company import heading_company
from aikg.extractors.deals.investees import (
    allotment_frames,
    placement_issuer,
    round_investors,
    unnamed_round_before,
)
from aikg.extractors.deals.sections import company_line, label_end
from aikg.extractors.deals.shortforms import full_name
from aikg.extractors.deals.spread import continues_line
from aikg.extractors.names.anaphora import anaphor_modes, is_modifier
from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.mentions import Mention, find_mentions, key_of
from aikg.extractors.text.sentences import Sentence
from aikg.extractors.values.dates import DateValue
from aikg.schema import Evidence, SegmentedReport


@dataclass
class Built:
    """A fact under construction (paragraph context may still add its amount)."""

    label: str  # Investment | Deal
    props: dict[str, Any]
    payers: list[Mention]
    payees: list[Mention]
    evidence: Evidence
    parties: list[Mention] = field(default_factory=list)  # PARTY_TO (no money flow)
    chips: list[Mention] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    origin: str = ""  # the frame's fact type
    directed: bool = False

    def everyone(self) -> list[Mention]:
        return self.payers + self.payees + self.parties

    def pair(self) -> frozenset[str]:
        return frozenset(key_of(m) for m in self.everyone())


@dataclass
class Context:
    """What a report and the current paragraph have established so far."""

    report_id: str
    period: str
    names: Mapping[str, str] = field(default_factory=dict)  # the report's typed names
    delimited: dict[str, str] = field(default_factory=dict)  # names deal wording delimits
    directions: dict[frozenset[str], str] = field(default_factory=dict)
    kinds: dict[frozenset[str], str] = field(default_factory=dict)
    date: DateValue | None = None
    subject: Mention | None = None
    last: Built | None = None
    last_investee: Mention | None = None
    headline: str = ""
    facts: list[Built] = field(default_factory=list)
    recent: list[Built] = field(default_factory=list)  # the facts of the last sentence
    published: str = ""  # the report's day: a weekday ("on Thursday") is a date of its week
    # a notice's key-value line ("合同金额：56,800 万元") sizes the next contract of the
    # section that states no amount of its own; kept across the section's paragraphs
    pending_amount: Any = None
    # every company named so far in the report: the full names of later short forms
    seen: set[str] = field(default_factory=set)
    # the one company a report's title names (a company note's "The company")
    covered: Mention | None = None
    # the same, in a company note or flash comment only: whom a Chinese note's 公司 names
    note_company: Mention | None = None
    # (parties, amount) of every deal with an amount kept so far in the report
    stated: list[tuple[frozenset[str], Any]] = field(default_factory=list)
    # the first subject of the section's latest paragraph that has one: the filer a
    # defined term ("the Company", "the Group") names, also in the paragraphs after it
    topic: Mention | None = None
    topic_set: bool = False  # whether this paragraph has given its topic yet
    # the properties of the section's last dated deal ("On the same day" after a break)
    last_dated: dict[str, Any] = field(default_factory=dict)
    # the company a filing's sentence defined as "the Company" / "the Registrant"
    filer: Mention | None = None
    end_line: int = -9  # the source line of the last paragraph's last sentence
    # the company a digest's block is about: its heading or a line that only names it
    # ("**Nebius (NBIS)**"), whom "The company", "It" or no subject below it name
    section_company: Mention | None = None
    english: bool = False  # whether the report is in English (its blocks per company)
    # the company a Chinese block's heading names ("【X】", "公司观点 – X（…）"): its 公司
    heading_company: Mention | None = None

    def new_section(self, heading: str) -> None:
        """Start a section: its heading may name the company its block is about."""
        self.pending_amount, self.topic, self.last_dated, self.filer = None, None, {}, None
        named = company_line(heading, self.names, heading=True)  # kept in English reports
        self.section_company = named if self.english else None
        self.heading_company = None if self.english else heading_company(heading, self.names)

    def new_paragraph(self, headline: str, sents: Sequence[Sentence] = ()) -> None:
        """Start a paragraph: nothing of the one before is kept (its facts are out), but
        for a first line right below it that names the investors of the round it stated
        (:mod:`.spread`): its company, subject, date and headline stay."""
        last_line, self.end_line = self.end_line, sents[-1].line if sents else -9
        if self.english and len(sents) == 1 and (named := company_line(sents[0].text, self.names)):
            self.section_company = named  # "**IREN**": the block below is about it
        self.last, self.facts, self.recent = None, [], []
        if sents and continues_line(sents[0].text, sents[0].line, last_line):
            return
        self.date, self.subject, self.last_investee = None, None, None
        self.topic_set, self.headline = False, headline


def absorb(into: Built, other: Built) -> None:
    """Give ``into`` the properties only ``other`` has (a stake, a date, an amount)."""
    for k, v in other.props.items():
        into.props.setdefault(k, v)


def compatible(a: Built, b: Built) -> bool:
    """Two facts may be one if no amount tells them apart."""
    x, y = a.props.get("amount_text"), b.props.get("amount_text")
    return x is None or y is None or a.props.get("amount") == b.props.get("amount")


def same(a: Built, b: Built) -> bool:
    keys = [
        (
            x.label,
            x.origin == "holding",
            x.props.get("kind"),
            tuple(map(key_of, x.payers)),
            tuple(map(key_of, x.payees)),
            frozenset(map(key_of, x.parties)),
        )
        for x in (a, b)
    ]
    return keys[0] == keys[1]


def resolve(
    ctx: Context,
    slot: Slot,
    mentions: list[Mention],
    subject: Mention | None,
    others: set[str],
    text: str,
    role: str = "",
) -> Mention | None:
    """The mention a role slot names: explicit, anaphor or elided subject. An elided
    investee ("B and C also joined the round") is the round's just read, else the subject."""
    kind, value, pos = slot
    if kind == "idx":
        return mentions[int(value)]
    modes = {**anaphor_modes(), **deal_rules()["anaphor_modes"]}
    mode = (
        modes.get(str(value), modes.get(str(value).lower(), "subject"))
        if kind == "ana"
        else "subject"
    )
    pool: list[Mention | None]
    if mode == "investee":
        pool = [ctx.last_investee]
    elif kind == "elided" and role == "investee":
        pool = [ctx.last_investee, subject, ctx.subject]
    elif mode == "other":
        recent = ctx.facts[-1:] if ctx.facts else []
        pool = [*(m for b in recent for m in reversed(b.everyone())), subject, ctx.subject]
    elif mode == "previous":  # "the startup": named before it, in the deal at hand, or
        # the paragraph's subject ("X builds vector databases. The startup raised …")
        named = [mentions[int(i)] for i in re.findall(r"⟨(\d+)⟩", text[:pos])]
        last = reversed(ctx.last.everyone()) if ctx.last else []
        pool = [*reversed(named), *last, ctx.subject]
    elif mode == "topic":  # "the Company" of a filing: the one defined, else the paragraph's
        pool = [ctx.filer, ctx.topic, subject, ctx.subject, ctx.covered]
        pool = [m for m in pool if m is not None and may_be_filer(m)]  # never "Item 1.01"
    elif mode == "covered":  # a note's "the company": the one it covers, else the topic
        pool = [ctx.covered, ctx.topic, ctx.section_company, subject, ctx.subject]
    elif kind == "elided" and value == "block":  # a deal the block's company (or note's) holds
        pool = [ctx.section_company, ctx.covered]
    elif kind == "elided" and value == "lead":  # after a preposition: this clause's subject
        pool = [subject]
    else:  # a digest's block: the company it is about, when the paragraph names none
        pool = [subject, ctx.subject, ctx.covered if kind == "ana" else None, ctx.section_company]
    return next((m for m in pool if m is not None and key_of(m) not in others), None)


def resolve_roles(
    ctx: Context, cand: Candidate, mentions: list[Mention], text: str, recent: list[Built]
) -> dict[str, list[Mention]] | None:
    """Resolve every role of a match; None if a role stays empty or two roles meet.

    Explicit mentions first, then anaphors and elided subjects, then "other" anaphors
    (其), which must differ from everyone already resolved.
    """
    subj_idx = clause_subject(text, cand.v_start)
    covered = ctx.heading_company or ctx.note_company  # whom a block's or a note's 公司 names
    subject = covered_subject(covered, text, cand.v_start)  # "公司与 ⟨0⟩ 签订"
    subject = subject or (mentions[subj_idx] if subj_idx is not None else None)
    subject = subject or _anaphor_subject(ctx, text, cand.v_start)
    if subject is None and defined_term_before(text, cand.v_start):
        subject = ctx.filer or ctx.topic  # "On the same day, the Group entered into …"
    modes = {**anaphor_modes(), **deal_rules()["anaphor_modes"]}

    def rank(slot: Slot) -> int:
        if slot[0] == "idx":
            return 0
        return 2 if slot[0] == "ana" and modes.get(str(slot[1])) == "other" else 1

    saved, ctx.facts = ctx.facts, ctx.facts + recent
    owner = covered_object(ctx.note_company, text[cand.start : cand.end])  # "受让公司 5% 股份"
    allotted = cand.frame in allotment_frames()  # "A 获配 4.2 亿元": the placement's issuer
    owner = owner or (placement_issuer(text, cand.start, mentions) if allotted else None)
    unnamed = not allotted and cand.fact == "investment" and unnamed_round_before(text, cand.start)
    barred = round_investors(text, mentions) if cand.fact == "investment" else set()
    resolved: dict[tuple[str, int], Mention | None] = {}
    for level in (0, 1, 2):
        for role, slots in cand.roles.items():
            for n, slot in enumerate(slots):
                if rank(slot) != level:
                    continue
                taken = {key_of(m) for (r, _), m in resolved.items() if m and r != role}
                if role == "investee" and slot[0] == "elided":
                    if owner is not None or unnamed:  # "X 完成 … 融资，由 A 领投": X unknown
                        free = owner is not None and key_of(owner) not in taken
                        resolved[(role, n)] = owner if free else None
                        continue
                    taken |= barred  # "由 A 领投，B、C 跟投": never B, C into A
                resolved[(role, n)] = resolve(ctx, slot, mentions, subject, taken, text, role)
    ctx.facts = saved
    out = {
        role: [m for n in range(len(slots)) if (m := _party(resolved[(role, n)], role, ctx.seen))]
        for role, slots in cand.roles.items()
    }
    people = [key_of(m) for ms in out.values() for m in ms]
    if any(not ms for ms in out.values()) or len(people) != len(set(people)):
        return None
    if _short_form_twice(out):
        return None
    return out


def clause_subject(masked: str, before: int) -> int | None:
    """The subject of the verb at ``before``: the first company mention before it that
    modifies no later noun and is no object of a preposition ("In Oct it co-led a round
    in ⟨1⟩ with ⟨2⟩": no mention is; the paragraph's subject stands), else None.

    >>> clause_subject("According to ⟨0⟩, ⟨1⟩ will buy chips", 30)
    1
    >>> clause_subject("In Oct it co-led a round in ⟨0⟩ with ⟨1⟩, and joined", 45) is None
    True
    >>> clause_subject("⟨0⟩ vendors copy it: ⟨1⟩ will buy chips", 40)
    1
    >>> clause_subject("⟨0⟩: raised $5m", 9)
    0
    """
    lead = cue("after_preposition")
    # a clause after a colon or semicolon has a subject of its own ("X vendors copy the
    # model: ⟨1⟩ is extending …"); a lead name before the colon ("⟨0⟩: raised …") stands
    # when the clause names none
    cut = _clause_start(masked, before)
    if cut and cue("clause_anaphor").match(masked[cut:before]):
        return None  # "… locked in.** The company placed …": the anaphor's referent
    for start in [cut] if cut and cut == label_end(masked) else [cut, 0] if cut else [0]:
        for m in re.finditer(r"⟨(\d+)⟩", masked[start:before]):
            at = start + m.start()
            if not is_modifier(masked, start + m.end()) and not lead.search(masked[:at]):
                return int(m.group(1))
    return None


def _clause_start(masked: str, before: int) -> int:
    """Where the clause of the verb at ``before`` begins: after the last colon,
    semicolon or full stop inside the sentence (0 when none)."""
    cuts = [m.end() for m in re.finditer(r"[:;；]\s|\.\**\s", masked[:before])]
    return cuts[-1] if cuts else 0


def _anaphor_subject(ctx: Context, masked: str, before: int) -> Mention | None:
    """The referent of a clause that opens on an anaphor ("The company placed …"): the
    paragraph's subject, else the company the report's title names."""
    cut = _clause_start(masked, before)
    if _THE_COMPANY.search(masked[cut:before]):  # "In September the company placed …"
        return ctx.covered or ctx.topic or ctx.section_company or ctx.subject  # anaphor_modes
    if not cue("clause_anaphor").match(masked[cut:before]):
        return None
    named = ctx.subject if ctx.subject and is_entity(ctx.subject.name) else None
    return named or ctx.section_company or ctx.covered


# "the company" right before the verb, after a time or linking phrase
_THE_COMPANY = re.compile(r"\b[Tt]he company(?:\s+(?:also|then|later|now|has|had|will|\w+ly))*\s*$")


def _short_form_twice(roles: dict[str, list[Mention]]) -> bool:
    """Whether two roles name one company, once by its short form ("Vantor Cloud said
    that … from Vantor": "Vantor" for "Vantor Cloud"); a company does not pay itself.

    >>> m = lambda name: Mention(0, 1, name, "Company")
    >>> _short_form_twice({"payer": [m("Vantor Cloud")], "payee": [m("Vantor")]})
    True
    >>> _short_form_twice({"payer": [m("Vantor Cloud")], "payee": [m("Vantara")]})
    False
    """
    named = [(role, m.name.casefold()) for role, ms in roles.items() for m in ms]
    return any(
        r1 != r2 and (a.startswith(b + " ") or b.startswith(a + " "))
        for n, (r1, a) in enumerate(named)
        for r2, b in named[n + 1 :]
    )


def _party(m: Mention | None, role: str, seen: set[str] = frozenset()) -> Mention | None:
    """The company a resolved slot stands for: itself, or for a chip bought without a
    named seller ("采购 1 万颗昇腾 910C"), the designer the alias list gives it, else the
    company of the report the chip's word begins ("$2bn of Quorum accelerators" after
    "Quorum Semiconductor").

    >>> _party(Mention(0, 1, "Quorum", "Chip"), "payee", {"Quorum Semiconductor"}).name
    'Quorum Semiconductor'
    """
    if m is None or (m.is_company and not is_entity(m.name)):
        return None  # a mask over a round label or a date ("Pre-A") is no party
    if m.is_company:
        return m
    if role == "payee" and m.label == "Chip" and m.parent:
        return Mention(m.start, m.end, m.parent, "Company", canonical=m.parent)
    full = full_name(m.name, seen) if role == "payee" and m.label == "Chip" else None
    return Mention(m.start, m.end, full, "Company") if full else None


def report_context(report: SegmentedReport, names: Mapping[str, str]) -> Context:
    """The reading context of a report: its typed names already seen, and the company
    its title opens with, as a company note's does ("Ironvale Compute (IRNV.O):
    Initiating …")."""
    ctx = Context(report.meta.report_id, report.meta.period, names)
    ctx.published = report.meta.published or ""
    ctx.english = report.meta.language == "en"
    ctx.seen.update(n for n, label in names.items() if label == "Company")
    title = [m for m in find_mentions(report.meta.title, dict(names)) if m.is_company]
    ctx.seen.update(m.name for m in title)
    ctx.covered = title_company(report.meta.title, names)  # not "Monthly …"
    ctx.note_company = report_note_company(report, names)  # whom a Chinese note's 公司 names
    ctx.seen.update([ctx.note_company.name] if ctx.note_company else [])
    return ctx
