"""Subsidiaries, products and partnerships stated in prose.

- ``SUBSIDIARY_OF`` (child company -> parent): "X 旗下子公司 Y", "Y (X 全资子公司)",
  "Y 由 X 全资持股", "Y, a subsidiary of X". An investor ("英伟达支持的 CoreWeave") is
  not a parent.
- ``PRODUCT_OF`` (product or model -> company): the same patterns when the child is a
  product or model, or is described as one ("X 旗下 AI 助手 Y").
- ``PARTNERS_WITH`` (company -> company, dated): "X 与 Y 达成合作 / 签署战略合作 /
  联合推出 / 联合优化 / 共建 / 合资成立", "X 牵手 Y", "A、B 联合发布", "X 联合 A、B 推出",
  "X 与 Y 宣布 …", "X partners with / joined forces with / expanded its partnership with
  Y", "X and Y signed an MoU", "X selected Y as its preferred cloud provider", "In
  partnership with Y, X …", "A, B and C announced partnerships", and "双方联合开发" /
  "the pair agreed to co-develop" for the last two parties named (:mod:`.alliances`:
  development agreements, "the two will form a JV with C"). A party slot cut from its
  partner by a clause break is the sentence's subject ("X: 推出 Y, 与 Z 扩大合作"). This
  is the one partnership recogniser (headlines, news and prose); a pair the deals
  extractor read as a paid contract in the same sentence is left to it by the reconcile
  pass (:mod:`aikg.extractors.reconcile`). A partnership takes the date its sentence
  states (a weekday resolved against the report's day, :mod:`.dating`), else its
  paragraph's (the date the paragraph leads with, or the first day date of its opening
  sentence; "同日" / "the same day": the section's item before).

Patterns: ``rules/relations/``, ``rules/alliances/``; names: :mod:`aikg.extractors.names`;
units (阿里云): :mod:`.units`. All sections are read but the disclaimer and the contents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from aikg.extractors.deals.covered import covered_subject, report_note_company
from aikg.extractors.known import Known
from aikg.extractors.names.anaphora import anaphor_modes, subject_index
from aikg.extractors.names.lexicon import entity_key
from aikg.extractors.names.mentions import Mention, find_mentions, key_of, mask
from aikg.extractors.names.role_patterns import expand
from aikg.extractors.relations import alliances
from aikg.extractors.relations.dating import opening_date as _opening_date
from aikg.extractors.relations.headings import heading_companies, is_heading, is_item
from aikg.extractors.relations.pairs import pair as _pair
from aikg.extractors.relations.pairs import parties_before
from aikg.extractors.relations.party_lists import listed_parties, outside_titles, with_listed
from aikg.extractors.rules import Rules, load
from aikg.extractors.text.lines import paragraph_sentences, paragraphs
from aikg.extractors.text.patterns import regex_words
from aikg.extractors.text.prefilter import may_match, required_words
from aikg.extractors.text.sentences import Sentence
from aikg.extractors.values.dates import DateValue, find_dates, is_date_phrase
from aikg.schema import EntityRef, Evidence, Fact, RelationFact, SegmentedReport

__all__ = ["PHASE", "extract"]

PHASE = "linking"  # it reads the names the structured phase typed

_PAREN = re.compile(r"\s*\([^()]*\)")
_ANY = re.compile(r"[⟨⟦](\d+)[⟩⟧]")
# "capacity from X and agreed a partnership with Y": after a preposition, no subject
_AFTER_PREPOSITION = re.compile(r"\b(?:from|with|to|of|by|for|in|on|at|into|via)\s*$")
_CLAUSE_BREAK = re.compile(r"[,，;；]")
_COMPARED = re.compile(r"(?:Unlike|Similar|Compared)\b")  # "Unlike X" typed as a name
_LIST_END = re.compile(r"\band\b|&|[、和及与]|^[^,，]*$")  # "with X, Y has": no list
# "与 A、B 合作", "与全球云计算领导者 A、B 等达成合作": a list after 与 (and a description)
_OBJECT_BEFORE = re.compile(r"(?:与|和|同|及)[^⟨⟩⟦⟧,，。;；]{0,12}$")
# "在 X 与 Y 官宣合作前, ...": the partnership dates something else, it is no news itself
_TEMPORAL = re.compile(
    r"^\s*(?:前|之前|后|之后|以来|before|after)|^[^,，;；。]{0,8}?(?:前|之前|以来)\s*[,，]"
)


def zh() -> Rules:
    """Chinese relation patterns (``rules/relations/zh.toml``)."""
    return load("relations", "zh")


def en() -> Rules:
    """English relation patterns (``rules/relations/en.toml``)."""
    return load("relations", "en")


def _both(key: str) -> list[dict[str, Any]]:
    """The Chinese, English and alliance patterns of ``key`` (``partner_patterns`` ...):
    a sentence is read without telling its language (a Chinese report quotes English)."""
    more = alliances.rules()  # rules/alliances/en.toml: more partner patterns
    return [*zh()[key], *en()[key], *(more[key] if key in more else [])]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    anaphors = list(anaphor_modes())

    def comp(specs: list[dict[str, Any]], any_mention: str) -> list[tuple[dict, re.Pattern]]:
        return [(s, re.compile(expand(s["re"], anaphors, any_mention))) for s in specs]

    return {
        "subsidiary": comp(_both("subsidiary_patterns"), "C"),
        "partner": comp(_both("partner_patterns"), ""),
        "role": comp(_both("partner_roles"), ""),  # an alliance in place: undated
        "mutual": [re.compile(expand(p["re"], anaphors)) for p in _both("mutual_patterns")],
        "product": re.compile(regex_words("|".join(zh()["product_cues"]))),
        "appositive": re.compile(en()["appositive"]),
        "descriptor": re.compile(en()["partner_descriptor"]),
        "lead_label": re.compile(en()["lead_label"]),
        "same_day": re.compile(f"(?:{zh()['same_day']})|(?:{en()['same_day']})"),
    }


def extract(report: SegmentedReport, known: Known | None = None) -> Iterator[Fact]:
    """Subsidiary, product and partnership relations of every prose-like section, read
    with the names earlier phases typed (``known``). Every statement of a partnership is
    yielded with its own sentence: which of them a paid deal of the same sentence takes,
    and which an undated one restates, is decided by the reconcile pass on the report's
    facts (:func:`aikg.extractors.reconcile.reconcile_partnerships`)."""
    known = known if known is not None else Known()
    skip = load("relations")["sections_skip"]
    seen: set[tuple] = set()
    out: list[RelationFact] = []
    covered = report_note_company(report, known.names)
    for section in report.sections:
        if section.kind in skip:
            continue
        previous: DateValue | None = None  # the date the section's last item stated
        heading = heading_companies(section.heading, known.names)
        for para in paragraphs(section):
            state = _Paragraph(covered)  # a Chinese note's 公司: the company it covers
            if is_heading(para.text):
                heading = heading_companies(para.text, known.names)
            elif is_item(para.text):
                state.named = list(heading)  # "- Intel: ...; the two will": the heading's
                state.subject = heading[0] if len(heading) == 1 else None  # "### X / - its"
            found: dict[tuple, RelationFact] = {}
            sentences = paragraph_sentences(para)
            for n, sentence in enumerate(sentences):
                state.after = sentences[n + 1].text if n + 1 < len(sentences) else ""
                if n == 0 and _patterns()["same_day"].match(sentence.text):
                    state.date = previous  # "同日, X 与 Y ...": the item above's day
                for fact in _read(report, known.names, sentence, state):
                    if fact.type == "PARTNERS_WITH":
                        ends = frozenset((_key(fact.source), _key(fact.target)))
                        key = (fact.type, ends, fact.evidence.text)  # each sentence's own
                    else:
                        key = (fact.type, _key(fact.source))  # one parent per paragraph
                    old = found.get(key)
                    if old is None or ("date" in fact.props and "date" not in old.props):
                        found[key] = fact  # the dated statement
            previous = state.date or previous
            for fact in found.values():
                key = (fact.type, _key(fact.source), _key(fact.target), fact.props.get("date"))
                if fact.type == "PARTNERS_WITH":
                    key += (fact.evidence.text,)
                if key not in seen:
                    seen.add(key)
                    out.append(fact)
    dated = {(f.type, _key(f.source), _key(f.target)) for f in out if "date" in f.props}
    for fact in out:  # an undated parent link also stated with a date is the same
        undated = "date" not in fact.props and fact.type != "PARTNERS_WITH"
        if not undated or (fact.type, _key(fact.source), _key(fact.target)) not in dated:
            yield fact


def _key(ref: EntityRef) -> str:
    return entity_key(ref.name, ref.label)


class _Paragraph:
    """Running state of a paragraph: its subject, date and the companies named so far."""

    def __init__(self, covered: Mention | None = None) -> None:
        self.subject: Mention | None = None
        self.covered = covered  # whom "公司与 Y 合作" names in a company note
        self.date: DateValue | None = None
        self.named: list[Mention] = []
        self.opening = True  # the next sentence opens the paragraph
        self.pair: tuple[Mention, Mention] | None = None  # "- **A x B.** ..." heads the item
        self.after = ""  # the next sentence ("...; the new tranche was signed on 26 May")


@dataclass
class _Sentence:
    """A masked sentence variant with what resolving its slots needs."""

    text: str
    mentions: list[Mention]
    state: _Paragraph
    dates: list[tuple[int, int, DateValue]]
    evidence: Evidence
    stated: list[DateValue] = field(default_factory=list)  # the whole sentence's dates

    def subject_before(self, pos: int) -> Mention | None:
        i = subject_index(self.text, before=pos)
        said = covered_subject(self.state.covered, self.text, len(self.text))
        return self.mentions[i] if i is not None else said or self.state.subject

    def antecedent(self, pos: int) -> Mention | None:
        """The nearest company named before ``pos`` (for 该公司)."""
        found = [int(i) for i in re.findall(r"⟨(\d+)⟩", self.text[:pos])]
        if found:
            return self.mentions[found[-1]]
        return self.state.named[-1] if self.state.named else None

    def other_party(self, pos: int) -> Mention | None:
        """The company named last before ``pos`` that is not the sentence's subject (其 in
        "X 参与 Y 定增，并与其达成战略合作" is Y)."""
        subject = self.subject_before(pos)
        for i in reversed([int(i) for i in re.findall(r"⟨(\d+)⟩", self.text[:pos])]):
            if subject is None or key_of(self.mentions[i]) != key_of(subject):
                return self.mentions[i]
        return None

    def date_of(self, m: re.Match[str], period: str) -> DateValue | None:
        """The last date before the match ends, else the sentence's first date that is
        not in the future (also one a parenthetical left out of this variant states:
        "(Oct 13, included for completeness)"), else the paragraph's date."""
        now = period or "9999"
        before = [d for s, _, d in self.dates if s < m.end()]
        later = [d for s, _, d in self.dates if s >= m.end() and d.iso[:7] <= now]
        later += [d for d in self.stated if d.iso[:7] <= now]
        return before[-1] if before else later[0] if later else self.state.date

    def _subject_across_clause(self, m: re.Match[str]) -> Mention | None:
        """The sentence's subject when the party slot A is cut from the partner by a
        clause break ("X:推出 Y 4.5, 与 Z 扩大合作": Y is the object of the first clause,
        X the subject of both); None when A is itself the first company named."""
        ends = [m.start(g) for g in ("Bs", "B") if g in m.re.groupindex and m.group(g)]
        if not ends or ends[0] < m.end("A"):
            return None  # the partner is named first ("In partnership with B, A ...")
        if not _CLAUSE_BREAK.search(self.text[m.end("A") : ends[0]]):
            return None
        i = subject_index(self.text, before=m.start("A"))
        return self.mentions[i] if i is not None else None

    def slot(self, m: re.Match[str], name: str) -> list[Mention]:
        """The mentions a pattern slot holds; anaphors and elided slots are resolved."""
        group = m.re.groupindex
        if name + "s" in group and m.group(name + "s"):
            items = _ANY.findall(m.group(name + "s"))
            items = items if _LIST_END.search(m.group(name + "s")) else items[:1]
            return [self.mentions[int(i)] for i in items]
        if name in group and m.group(name) is not None:
            listed = "Bs" in group and m.group("Bs") and m.start("Bs") < m.start(name)
            after = _AFTER_PREPOSITION.search(self.text[: m.start(name)].rstrip("⟨⟦"))
            if name == "A" and after and not listed:  # "A, B signed ... with D": D
                return [s] if (s := self.subject_before(m.start(name))) else []
            if name == "A" and (earlier := self._subject_across_clause(m)) is not None:
                return [earlier]
            return [self.mentions[int(m.group(name))]]
        ana = m.group(name + "_ana") if name + "_ana" in group else None
        # 该公司 is the company named just before it; an English "the company" or "it"
        # in an analyst's prose is the sentence's (or paragraph's) subject
        nearest = ana is not None and not ana.isascii()
        if nearest and anaphor_modes().get(ana) == "other":
            found = self.other_party(m.start(name + "_ana"))
        elif nearest and anaphor_modes().get(ana) == "subject" and ana != "公司":
            found = self.antecedent(m.start(name + "_ana"))
        else:
            found = self.subject_before(m.start())
        return [found] if found is not None else []


def _read(
    report: SegmentedReport, names: Mapping[str, str], sentence: Sentence, state: _Paragraph
) -> Iterator[RelationFact]:
    found = find_mentions(_without_label(sentence.text, names), names)
    listed = listed_parties(sentence.text)  # "与 A、B 及 C 签署", "A、B 四家企业签署"
    mentions = outside_titles(sentence.text, with_listed(found, listed))
    companies = [m for m in mentions if m.is_company]
    opening, state.opening = state.opening, False
    lead = _opening_date(sentence.text, report.meta.period, opening)
    if not companies and len(state.named) < 2:  # "双方将深化合作" needs two named before
        state.date = lead or state.date  # "6月3日, 某平台上线": the paragraph's date
        return
    masked = mask(sentence.text, mentions)
    state.pair = alliances.heading_pair(masked, mentions) if opening else state.pair
    evidence = Evidence(report.meta.report_id, sentence.text, f"line {sentence.line}")
    simple = _PAREN.sub(
        lambda p: p.group() if is_date_phrase(p.group().strip()[1:-1]) else "", masked
    )
    period, published = report.meta.period, report.meta.published
    stated = [d for _, _, d in find_dates(masked, period, published)]
    for n, text in enumerate(dict.fromkeys([simple, masked])):
        sent = _Sentence(
            text, mentions, state, find_dates(text, period, published), evidence, stated
        )
        for m, rel in _subsidiaries(sent):
            if n == 0 or "(" in text[m.start() : m.end()]:
                yield rel
        # partners are read without an appositive ("X, a unit of Y, partnered with Z")
        # and without a partner's description ("with the AI company Z")
        bare = _patterns()["descriptor"].sub("", _patterns()["appositive"].sub("", text))
        if bare != text:
            dates = find_dates(bare, period, published)
            sent = _Sentence(bare, mentions, state, dates, evidence, stated)
        for m, a, b in _partners(sent):
            if n > 0 and "(" not in bare[m.start() : m.end()]:
                continue  # the full text only adds what a parenthetical states
            if _COMPARED.match(a.name) or _COMPARED.match(b.name):  # "Unlike X" as a name
                continue
            if _TEMPORAL.match(bare[m.end() :]):
                continue  # "在 X 与 Y 官宣合作前": a time reference, not the news
            date = alliances.signing_date(bare, m, sent.dates, state.after, period) or sent.date_of(
                m, period
            )
            if any(m.re is r for _, r in _patterns()["role"]):  # own date, else paragraph's
                date = next((d for s, _, d in sent.dates if m.start() <= s < m.end()), state.date)
            props = date.props() if date else {}
            yield RelationFact("PARTNERS_WITH", _ref(a), _ref(b), evidence, props)
    if state.pair and alliances.pair_statement(masked, companies, state.pair):
        date = next((d for _, _, d in find_dates(masked, period, published)), state.date)
        a, b = map(_ref, state.pair)
        yield RelationFact("PARTNERS_WITH", a, b, evidence, date.props() if date else {})
    first = subject_index(masked)
    state.subject = mentions[first] if first is not None else state.subject
    state.date = lead or state.date
    state.named += companies


def _without_label(text: str, names: Mapping[str, str]) -> str:
    """The sentence with a capitalised topic label that opens it blanked ("CHIP ALLIANCE:
    X signed ..."), so that the label is no name; positions are kept. A label holding a
    listed company ("NVIDIA:") is kept."""
    m = _patterns()["lead_label"].match(text)
    if m is None or any(x.canonical for x in find_mentions(m.group(), names)):
        return text
    return " " * m.end() + text[m.end() :]


def _ref(m: Mention) -> EntityRef:
    return EntityRef(m.name, m.label)


def _subsidiaries(sent: _Sentence) -> Iterator[tuple[re.Match[str], RelationFact]]:
    pats = _patterns()
    for spec, regex in pats["subsidiary"]:
        if not may_match(required_words(regex), sent.text):
            continue  # a word the pattern needs is missing: it cannot match
        for m in regex.finditer(sent.text):
            parents = (
                [sent.subject_before(m.start())] if spec.get("elided_parent") else sent.slot(m, "P")
            )
            desc = m.groupdict().get("desc") or ""
            after = sent.text[m.end() : m.end() + 8]
            described = bool(pats["product"].search(desc) or pats["product"].search(after))
            for parent in parents:
                if parent is None or not parent.is_company:
                    continue
                for child in sent.slot(m, "C"):
                    # A listed unit and its listed parent are exactly what this states;
                    # only the same entity twice is skipped.
                    if (
                        child.name == parent.name
                        or child.label == "Chip"
                        or _key(_ref(child)) == _key(_ref(parent))
                    ):
                        continue
                    if not child.is_company or described:
                        label = child.label if not child.is_company else "Product"
                        ref = EntityRef(child.name, label)
                        yield m, RelationFact("PRODUCT_OF", ref, _ref(parent), sent.evidence)
                    else:
                        yield (
                            m,
                            RelationFact("SUBSIDIARY_OF", _ref(child), _ref(parent), sent.evidence),
                        )


def _partners(sent: _Sentence) -> Iterator[tuple[re.Match[str], Mention, Mention]]:
    pats = _patterns()
    for _, regex in [*pats["partner"], *pats["role"]]:
        if not may_match(required_words(regex), sent.text):
            continue  # a word the pattern needs is missing: it cannot match
        for m in regex.finditer(sent.text):
            if "As" in m.re.groupindex and m.group("As"):
                if _OBJECT_BEFORE.search(sent.text[: m.start()]):
                    continue  # the list is an object ("与 A 及 B 合作"), not the subject
                people = sent.slot(m, "A")
                for i, a in enumerate(people):
                    for b in people[i + 1 :]:
                        yield from ((m, x, y) for x, y in _pair(a, b))
                continue
            for a in sent.slot(m, "A"):
                for b in sent.slot(m, "B"):
                    yield from ((m, x, y) for x, y in _pair(a, b))
    mutual = [p for p in pats["mutual"] if may_match(required_words(p), sent.text)]
    for clause in re.finditer(r"[^,，]+", sent.text) if mutual else ():
        if any(p.search(clause.group().strip()) for p in mutual):
            distinct = _named_before(sent, clause.start())
            if len(distinct) >= 2:
                yield from ((clause, x, y) for x, y in _pair(distinct[1], distinct[0]))
    for clause, a, c in alliances.mutual_with(sent.text, lambda pos: _named_before(sent, pos)):
        yield from ((clause, x, y) for x, y in _pair(a, sent.mentions[c]))


def _named_before(sent: _Sentence, pos: int) -> list[Mention]:
    """The distinct companies named before ``pos`` (:func:`.pairs.parties_before`)."""
    found = [sent.mentions[int(i)] for i in re.findall(r"⟨(\d+)⟩", sent.text[:pos])]
    return parties_before(sent.state.named + found, sent.state.pair)
