"""Named companies and chips in a sentence, the mentions a prose reader works with.

Known names come from the lexicon, then from the names the report's structured
extractors typed (``extra_names``, see :mod:`.open_world`); names no list holds are found
by clear patterns only (rules in ``rules/names/``):

- Latin names: capitalised word runs ("Vantage Studios", "Savvy Games Group"),
  minus function words, months and technical acronyms;
- Chinese names ending in an organisation word (科技, 集团, 半导体, 有限公司 ...) whose
  start is fixed by a boundary (punctuation or a function word such as 与, 向, 旗下);
- chips: model codes next to a chip noun ("H100 GPU", "GB300 服务器") or a product line
  before GPU/加速器 ("Instinct GPU");
- last, Chinese names without a suffix in clear roles of a deal clause: the subject at
  a clause start ("云杉算力则斥资"), the object of 向/与/由 ... ("与云杉算力达成"); see
  :mod:`.open_world`.

:func:`mask` then replaces each company mention with ``⟨i⟩`` and each chip, model or
product with ``⟦i⟧`` (i indexes the mention list), so that role patterns
(:mod:`.role_patterns`) can be plain regexes.

>>> ms = find_mentions("Zorbex Labs 向星河半导体投资 5 亿美元")
>>> [(m.name, m.label) for m in ms]
[('Zorbex Labs', 'Company'), ('星河半导体', 'Company')]
>>> mask("Zorbex Labs 向星河半导体投资", ms)
'⟨0⟩ 向⟨1⟩投资'
>>> ms = find_mentions("澄湖数据则斥资 9 亿元向云杉算力购买 Helix-9 芯片", {"Helix-9": "Chip"})
>>> [(m.name, m.label) for m in ms]
[('澄湖数据', 'Company'), ('云杉算力', 'Company'), ('Helix-9', 'Chip')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from aikg.extractors.names import latin_runs as runs
from aikg.extractors.names.alias_context import (
    in_compound,
    inside_latin_name,
    inside_longer_name,
)
from aikg.extractors.names.latin_runs import hyphen_pair, kind_noun_lead, topic_label
from aikg.extractors.names.lexicon import known_mentions, name_key
from aikg.extractors.names.masking import mask, unmask
from aikg.extractors.names.mention import Mention
from aikg.extractors.names.open_world import free as _free
from aikg.extractors.names.open_world import is_generic, role_spans, typed_spans
from aikg.extractors.names.rules import chip_line_nouns, chip_nouns, common, en, zh
from aikg.extractors.names.stems import (
    counts_things,
    is_described_stem,
    is_lead,
    is_name_stem,
    leading_verb_length,
    place_bracket_length,
    weak_stem_suffixes,
    word_run_on,
)
from aikg.extractors.names.tails import owned_arms, with_tail
from aikg.extractors.text.patterns import alternation
from aikg.extractors.text.script import CJK
from aikg.extractors.text.surface import clean_surface

__all__ = ["Mention", "find_mentions", "key_of", "mask", "strict_mentions", "unmask"]

# a possessive "'s" ends a name ("Zentrix Labs's chips"); "O'Neil" does not; words of a
# name are one space apart (a wider gap or a tab is a column break of a text layout)
# a hyphen before a lowercase participle ends a name ("Brightmoor-backed Crossfell",
# "Outperform-rated Quintar"): the participle describes the next name
_LATIN_WORD = (
    r"(?:[A-Z][A-Za-z0-9]*|[a-z]{1,2}[A-Z][A-Za-z0-9]*)"
    r"(?:-(?![a-z]+ed(?![A-Za-z0-9]))[A-Za-z0-9]+|[.&][A-Za-z0-9]+"
    r"|'(?!s(?![A-Za-z0-9]))[A-Za-z0-9]+)*"
)
_LATIN_RUN = re.compile(
    rf"(?<![A-Za-z0-9]){_LATIN_WORD}(?:[ ](?:{_LATIN_WORD}|&)(?![A-Za-z0-9]))*"
    r"(?![A-Za-z0-9])"
)


def key_of(m: Mention) -> str:
    """The identity of a mention within a report (canonical name, else its name key)."""
    return m.canonical or name_key(m.label, m.name)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    cn, latin, both = zh(), en(), common()
    line_nouns = alternation(chip_line_nouns())
    return {
        "suffix": re.compile(
            f"(?:{alternation(cn['weak_suffixes'] + cn['suffixes'])})*"
            f"(?:{alternation(cn['suffixes'] + cn['stems']['weak_stem_suffixes'])})"
        ),
        "legal_form": re.compile(f"(?:{alternation(cn['stems']['legal_forms'])})$"),
        "fund_form": re.compile(f"(?:{alternation(cn['stems']['fund_forms'])})$"),
        "fund_phase": re.compile(cn["stems"]["fund_phase"]),
        "generic_after": re.compile(f"^(?:{alternation(cn['generic_after'])})"),
        "boundary": re.compile(f"(?:{alternation(cn['left_boundaries'])})$|{cn['date_boundary']}"),
        "chip_code": re.compile(both["chip_code"]),
        "contract_term": re.compile(latin["contract_term"]),
        "glued": re.compile(f"{cn['gate']['glued']}|{cn['gate']['verb_start']}"),
        "kind": re.compile(cn["gate"]["glued"]),
        "chip_skip": re.compile(both["chip_code_skip"]),
        "chip_noun": re.compile(rf"^\s*(?:[A-Z]{{2,4}}\d+\s*)?(?:{alternation(chip_nouns())})"),
        "company_after": re.compile(
            rf"\s(?:{alternation(latin['mentions']['company_heads'])})(?![A-Za-z])"
        ),
        "chip_line": re.compile(
            rf"(?<![A-Za-z0-9])([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*(?:{line_nouns})"
        ),
    }


def _latin_names(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised Latin word runs that are names, trimmed of function words.

    >>> [m.name for m in _latin_names("Meanwhile Zorbex Labs and the GPU maker Qyro", [])]
    ['Zorbex Labs', 'Qyro']
    >>> [m.name for m in _latin_names("a campus in Texas and New York for Texas Instruments", [])]
    ['Texas Instruments']
    >>> _latin_names("Base rent under the Master Services Agreement", [])
    []
    >>> [(m.name, m.label) for m in _latin_names("Orbis moved users to Claude Haiku", [])]
    [('Orbis', 'Company'), ('Claude Haiku', 'Model')]
    """
    return [m for s, e, found in _latin_runs(text) if _free(taken, s, e) for m in found]


@lru_cache(maxsize=8192)  # asked for a text again with other taken spans: read it once
def _latin_runs(text: str) -> tuple[tuple[int, int, tuple[Mention, ...]], ...]:
    """The names of :func:`_latin_names` with the span each needs free, nothing taken."""
    stop, junk, tail, places = _latin_word_sets()
    no_name = stop | junk
    edge = no_name | {"&"}  # words trimmed off a run's ends
    edge_end = edge - tail
    out = []
    for m in _LATIN_RUN.finditer(text):
        if m.group().casefold() in junk or re.search(r"\d", m.group()):
            continue  # a term of art ("Vera Rubin"), or a model or benchmark code
        if m.group().casefold() in places:
            continue  # "New York", "Munich": a place, where a longer run stays a name
        words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", m.group())]
        while words and words[0][2].casefold() in edge:
            words.pop(0)
        while words and words[-1][2].casefold() in edge_end:
            words.pop()
        words = words[kind_noun_lead([w[2] for w in words]) :]  # "Chipmaker Ardent"
        words = words[runs.descriptive_lead(text, m.start(), words) :]  # "Japanese firm X"
        if len(words) == 1 and words[0][2].casefold() in tail:
            continue
        if not words:
            continue
        start, end = m.start() + words[0][0], m.start() + words[-1][1]
        name = text[start:end]
        if name.casefold() in junk | places or all(w[2].casefold() in no_name for w in words):
            continue
        if len(name) < 2 or name.isdigit() or _compiled()["chip_code"].fullmatch(name):
            continue
        if text[end : end + 1] == "$":
            continue  # a currency's letters ("NT$9.8bn", "HK$"), not a name
        if _compiled()["contract_term"].match(text, start):
            continue  # "Master Services Agreement", "Base rent": a contract's defined term
        if topic_label(text, name, end):
            continue  # "CHIP ALLIANCE: ...": a digest's topic label, not a name
        if pair := hyphen_pair(text, start, name):
            # "the Varnell-Oskaro partnership": two names the text gives apart
            out.append((start, end, tuple(Mention(*p, "Company", loose=True) for p in pair)))
            continue
        label = "Model" if len(words) > 1 and words[-1][2] in _model_tiers() else "Company"
        out.append((start, end, (Mention(start, end, clean_surface(name), label, loose=True),)))
    return tuple(out)


@lru_cache(maxsize=1)
def _model_tiers() -> frozenset[str]:
    """The family words that make a capitalised run a model ("Claude Haiku")."""
    return frozenset(en()["model_tier_words"])


@lru_cache(maxsize=1)
def _latin_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The English stop words, words that are no names, name tail words and places,
    casefolded (built once: they are asked for in every sentence)."""
    r = en()
    return tuple(frozenset(w.casefold() for w in r[key]) for key in _LATIN_WORD_KEYS)


_LATIN_WORD_KEYS = ("stopwords", "not_names", "name_tail_words", "places")


def _chinese_names(
    text: str,
    taken: list[tuple[int, int]],
    suffix: re.Pattern[str] | None = None,
    label: str = "Company",
) -> list[Mention]:
    """Chinese names that end in an organisation word and start after a boundary.

    >>> [m.name for m in _chinese_names("据悉,腾讯对星河智算科技的投资与蓝鲸半导体有关", [])]
    ['星河智算科技', '蓝鲸半导体']
    >>> _chinese_names("推动人工智能科技公司发展", [])
    []
    >>> _chinese_names("下达 500 台人形机器人订单", [])
    []
    >>> [m.name for m in _chinese_names("云杉资本持有芯朔科技,星衡智能注册资本 1 亿元", [])]
    ['云杉资本', '芯朔科技', '星衡智能']

    ``suffix`` replaces the organisation words (the mentions reader's wider list), and
    ``label`` the label of what it finds.
    """
    found = _suffixed_runs(text, suffix, label)
    return [m for m in found if _free(taken, m.start, m.end)]


@lru_cache(maxsize=8192)  # asked for a text again with other taken spans: read it once
def _suffixed_runs(text: str, suffix: re.Pattern[str] | None, label: str) -> tuple[Mention, ...]:
    """The names of :func:`_chinese_names`, nothing taken."""
    r, pats = zh(), _compiled()
    generic = set(r["generic_stems"])
    fund_max = r["stems"]["fund_stem_max"]
    out = []
    for m in (suffix or pats["suffix"]).finditer(text):
        if pats["generic_after"].match(text[m.end() :]) and not m.group().endswith("公司"):
            continue
        fund = pats["fund_form"].search(text, 0, m.end())
        head = fund.start() if fund else m.start()  # "某省产业投资基金": the form is the suffix
        begin = head
        longest = r["stems"]["legal_stem_max"] if pats["legal_form"].search(m.group()) else 0
        longest = max(
            longest, fund_max if fund else 0, r["stem_max"]
        )  # a registered name may be long
        while begin > 0 and head - begin < longest:
            if pats["boundary"].search(text[:begin]):
                break
            if not CJK.match(text[begin - 1]):
                begin -= place_bracket_length(text, begin) if longest > r["stem_max"] else 0
                if not CJK.match(text[begin - 1 : begin] or " "):
                    break  # "朔川（杭州）数字技术有限公司": a registered name's city in brackets
                continue
            begin -= 1
        at_boundary = begin == 0 or not CJK.match(text[begin - 1])
        boundary = pats["boundary"].search(text[:begin])
        at_boundary = at_boundary or bool(boundary)
        begin += word_run_on(text, begin, boundary.group() if boundary else "")  # 投资者X
        described = _descriptor_length(text[begin:head], r["stem_min"])
        begin += described + leading_verb_length(text[begin + described : head])
        stem = text[begin:head]
        described += bool(boundary and pats["kind"].match(boundary.group() + stem))
        stem = text[begin:head]
        if not at_boundary or len(stem) < r["stem_min"]:
            continue
        weak = (is_described_stem if described else is_name_stem)(stem, is_generic)
        if m.group() in weak_stem_suffixes() and not weak:
            continue  # "所持股份": shares; "上市公司汇峤股份": a descriptor announces a name
        if counts_things(stem) or is_lead(stem):
            continue  # "两台机器人": a count of things; "今天创投": a time word
        if any(stem.startswith(g) for g in generic) or set(stem) & set(r["bad_stem_chars"]):
            continue
        if any(text.endswith(w, 0, m.end()) for w in r["suffixed_words"]):
            continue  # "星衡智能注册资本": a name, then a common noun, not one longer name
        if stem[:1] in r["measure_words"] and re.search(r"\d\s*$", text[:begin]):
            continue  # "500 台人形机器人": a count of things
        phase = pats["fund_phase"].match(text[m.end() :]) if fund else None  # "基金二期"
        end = m.end() + (phase.end() if phase else 0)
        out.append(Mention(begin, end, text[begin:end], label))
    return tuple(out)


def _descriptor_length(stem: str, stem_min: int) -> int:
    """The length of a descriptor phrase opening a stem when a name of a company's shape
    follows it ("陪练应用听屿科技": 听屿科技, "芯片厂商极曜半导体"), else 0; the gate's
    ``glued`` and ``verb_start`` rules tell the descriptor.

    >>> [_descriptor_length(stem, 2) for stem in ("陪练应用听屿", "听屿", "陪练应用")]
    [4, 0, 0]
    """
    glued = _compiled()["glued"].match(stem)
    return glued.end() if glued and len(CJK.findall(stem, glued.end())) >= stem_min else 0


def _chips(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Chip model codes beside a chip noun, and product lines before GPU/加速器.

    >>> [m.name for m in _chips("采购 35 万块 Qyro X900 GPU 和 GB300 NVL72 服务器", [])]
    ['X900', 'GB300']
    >>> _chips("Pallas GPU Cloud signed", [])
    []
    """
    pats = _compiled()
    out: list[Mention] = []
    for m in pats["chip_code"].finditer(text):
        code = m.group()
        if pats["chip_skip"].match(code) or not pats["chip_noun"].match(text[m.end() :]):
            continue
        if any(o.end >= m.start() - 1 for o in out[-1:]):
            continue  # "GB300 NVL72": the second code qualifies the first
        if _free(taken, m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), code, "Chip"))
    for m in pats["chip_line"].finditer(text):
        if pats["company_after"].match(text, m.end()):
            continue  # "Pallas GPU Cloud": a company's name, not a product line
        if _free(taken + [(o.start, o.end) for o in out], m.start(1), m.end(1)):
            word = m.group(1)
            if word.casefold() not in {w.casefold() for w in en()["stopwords"]}:
                out.append(Mention(m.start(1), m.end(1), word, "Chip"))
    return out


def strict_mentions(text: str, extra_names: Mapping[str, str] | None = None) -> list[Mention]:
    """:func:`find_mentions` without the loose capitalised runs: lexicon and typed names,
    chip codes beside a chip noun, suffixed Chinese names and role names. The mentions
    reader (:mod:`aikg.extractors.mentions`) takes Latin names by stricter shapes.

    >>> [m.name for m in strict_mentions("Meanwhile Zorbex 向星河半导体投资")]
    ['星河半导体']
    """
    names = tuple(sorted(extra_names.items())) if extra_names else ()
    return [m for m in _mentions(text, names) if m.label != "Company" or not m.loose]


def find_mentions(text: str, extra_names: Mapping[str, str] | None = None) -> list[Mention]:
    """Known and open-world mentions in ``text``, ordered, never overlapping.

    ``extra_names`` (surface form -> schema label) are names the report typed elsewhere
    (``Known.names``); where they overlap a lexicon name, the lexicon's
    wins.
    """
    names = tuple(sorted(extra_names.items())) if extra_names else ()
    return list(_mentions(text, names))


@lru_cache(maxsize=8192)
def _mentions(text: str, names: tuple[tuple[str, str], ...]) -> tuple[Mention, ...]:
    mentions: list[Mention] = []
    for start, end, alias, surface in known_mentions(text):
        spans = [(m.start, m.end) for m in mentions]
        inside = alias_inside_name(text, start, end) or inside_latin_name(text, start, surface)
        if _free(spans, start, end) and not in_compound(text, start, surface) and not inside:
            known = (clean_surface(surface), alias.label, alias.canonical, alias.parent)
            mentions.append(Mention(start, end, *known))
    taken = [(m.start, m.end) for m in mentions]
    for start, end, surface, label in typed_spans(text, names, taken):
        mentions.append(Mention(start, end, clean_surface(surface), label))
    mentions += _open_world(text, tuple((m.start, m.end) for m in mentions))
    mentions.sort(key=lambda m: m.start)
    limits = ([m.start for m in mentions[1:]] + [len(text)])[: len(mentions)]
    return tuple(with_tail(text, m, lim) for m, lim in zip(mentions, limits, strict=True))


@lru_cache(maxsize=8192)  # families look a sentence up with other typed names, same spans
def _open_world(text: str, taken: tuple[tuple[int, int], ...]) -> tuple[Mention, ...]:
    """Chip codes, Latin, Chinese and role names, around ``taken`` and each other."""
    found: list[Mention] = []
    for finder in (_chips, _latin_names, _chinese_names, owned_arms, role_spans):  # tuples too
        spans = [*taken, *((m.start, m.end) for m in found)]
        found += [m if isinstance(m, Mention) else Mention(*m) for m in finder(text, spans)]
    return tuple(found)


def alias_inside_name(text: str, start: int, end: int) -> bool:
    """Whether the alias at ``start:end`` opens a longer company name ("小米粒科技")."""
    names = lambda t: _suffixed_runs(t, None, "Company")  # noqa: E731 (kept per text)
    return inside_longer_name(text, start, end, names, _compiled()["suffix"])
