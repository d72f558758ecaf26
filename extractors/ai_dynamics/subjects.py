"""Who a piece of AI news is about: the company a sentence starts with or, in English,
the company written before a verb; company names labelled by the alias list.

The subject of a sentence is the known company it starts with ("谷歌 DeepMind 与 ...",
"阿里国际站推出 ...": 阿里), else the company of its subheading or headline item. In
English, the company before a verb is a known name ending those words, else the
capitalised Latin name ending them ("US startup Zentrix Labs"), else a known name among
them ("Alibaba's Qwen team"), else the capitalised name opening them before a comma
("Borealis AI, a Finnish lab,"); a pronoun ("It", "The company") names none.
"""

from __future__ import annotations

import re

from aikg.extractors.ai_dynamics.rules import common, en, rx, verb_first, word_type, zh
from aikg.extractors.names.lexicon import known_mentions, lookup
from aikg.extractors.names.mentions import alias_inside_name, find_mentions
from aikg.extractors.text.english import is_abbreviation_word
from aikg.extractors.text.script import CJK_CLASS, is_english
from aikg.extractors.text.surface import clean_surface
from aikg.extractors.values.dates import find_dates, lead_span
from aikg.schema import PARTY_LABELS, EntityRef

_LEAD = re.compile(
    r"^\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*[、.)]|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?:消息|晚间|早间|讯)?\s*[,:]?\s*"
)
_ORG = re.compile(r"(?:大学|学院|研究院|研究所|科学院|港科大|政府|委员会|部)$")
_LATIN_CO = re.compile(r"^([A-Za-z][\w.\-&]*(?:\s[A-Z][\w.\-&]*){0,2})(?:\s*公司)?")


def strip_lead(text: str) -> str:
    """A sentence without its leading date or item number.

    >>> strip_lead("11 月 19 日, 某公司发布")
    '某公司发布'
    >>> strip_lead("(2)某公司推出"), strip_lead("Mar. 20: Zentrix launched Zyra")
    ('某公司推出', 'Zentrix launched Zyra')
    """
    stripped = _LEAD.sub("", text, count=1)
    return stripped[lead_span(stripped) :] if stripped == text and is_english(text) else stripped


def company_ref(surface: str) -> EntityRef:
    """An EntityRef for a company or organisation name, labelled by the alias list.

    >>> company_ref("清华大学")
    EntityRef(name='清华大学', label='Organization')
    """
    name = clean_surface(surface)
    name = re.sub(r"(?<!有限)(?<!责任)\s*公司$", "", name) or name  # "…有限公司" stays whole
    entry = lookup(name, "Company") or lookup(name, "Organization")
    if entry:
        return EntityRef(name, entry.label)
    return EntityRef(name, "Organization" if _ORG.search(name) else "Company")


def known_at_start(text: str) -> tuple[str, int] | None:
    """The known company a text starts with, as (surface, end); "X 旗下 Y" gives Y.

    >>> known_at_start("Alphabet 旗下谷歌在美国")
    ('谷歌', 13)
    """
    mentions = [m for m in known_mentions(text) if m[2].label in PARTY_LABELS]
    mentions = [m for m in mentions if not alias_inside_name(text, m[0], m[1])]  # 小米粒科技
    if not mentions or mentions[0][0] > 0:
        return None
    start, end, _, surface = mentions[0]
    shorter = re.match(r"^(.+?)\s+[A-Za-z][\w.\-]*$", surface)
    if shorter and re.match(r"\s+[A-Z0-9]", text[end:]) and lookup(shorter.group(1)):
        surface, end = shorter.group(1), len(shorter.group(1))  # "月之暗面 Kimi WebBridge"
    rest = re.match(r"\s*(?:旗下|的子公司|子公司)\s*", text[end:])
    if rest:
        for s2, e2, _, surf2 in mentions[1:]:
            if s2 == end + rest.end():
                return surf2, e2
    return surface, end


def subject_words(pre: str) -> str:
    """The words before a verb without their lead date, other dates, adverbs and
    auxiliaries ("On March 4, Zentrix has also" -> "Zentrix")."""
    text = re.sub(r"\s*\([^()]{0,40}\)", "", pre[lead_span(pre) :])  # "(ZTX.O)"
    for start, end, _ in reversed(find_dates(text, "2000-12")):
        text = text[:start] + text[end:]
    text = re.sub(rx("en", "verb_modifiers_end"), "", text)
    return text.strip().rstrip(",:;—-").strip()


def _company_ok(name: str) -> bool:
    """A capitalised run that names a company: no version token, no generic word, no
    model or product of the alias list."""
    entry = lookup(name)
    if entry and entry.label in ("Model", "Product"):
        return False
    if any(re.fullmatch(r"\d[\d.]*|v\d[\w.]*", t) for t in name.split()[1:]):
        return False
    verb = len(name.split()) == 1 and verb_first(name)  # "Open-sourced", "Launched"
    return bool(name) and not verb and name not in common()["generic_latin"] and len(name) <= 40


def _run(text: str) -> str:
    """A capitalised run without the sentence words it starts with ("Meanwhile Zentrix")."""
    tokens = text.split()
    owner = next((k for k, t in enumerate(tokens) if re.search(r"['’]s$", t)), None)
    if owner is not None:  # "Borealis AI's CEO": the owner
        tokens = [*tokens[:owner], re.sub(r"['’]s$", "", tokens[owner])]
    stop = set(en()["subject_stopwords"])
    while tokens and tokens[0].rstrip(",") in stop:
        tokens.pop(0)
    run = rx("en", "based_descriptor").sub("", " ".join(tokens)).strip(" ,'’")  # "Paris-based X"
    kept = tokens and is_abbreviation_word(tokens[-1].rstrip("."))
    return run if kept else run.rstrip(".")


def company_before(pre: str) -> str:
    """The company written before a verb (see the module docstring), else "".

    >>> company_before("On March 4, US startup Zentrix Labs has also")
    'Zentrix Labs'
    >>> company_before("Borealis AI, a Finnish lab,"), company_before("The company")
    ('Borealis AI', '')
    >>> company_before("Borealis AI's CEO"), company_before("Among labs, Oslo-based Borealis AI")
    ('Borealis AI', 'Borealis AI')
    """
    text = subject_words(pre)
    if not text or re.fullmatch(en()["pronoun_subject"], text):
        return ""
    known = [k for k in known_mentions(text) if k[2].label in PARTY_LABELS]
    if known and known[-1][1] == len(text):
        return known[-1][3]
    end = re.search(rf"(?:^|(?<=\s))(?:{en()['cap_run']})$", text)
    if end and _company_ok(_run(end.group(0))) and not re.search(r"['’]s$", end.group(0)):
        return _run(end.group(0))
    if known:
        return known[-1][3]
    start = re.match(rf"(?:{en()['cap_run']})(?=\s*,)", text)
    return _run(start.group(0)) if start and _company_ok(_run(start.group(0))) else ""


def subject_of(sentence: str, default: str) -> str:
    """The company a sentence is about: the known company it starts with, else
    ``default`` (the subheading's company), else a Latin name it starts with; an English
    sentence's own subject comes before ``default``.

    >>> subject_of("On March 12, Kestrel partnered with Orbis.", "Zentrix")
    'Kestrel'
    >>> subject_of("On March 27, the Loomi app went live.", "Zentrix")
    'Zentrix'
    >>> subject_of("Shares of Kestrel rose 5%.", ""), subject_of("Revenue rose 5%.", "")
    ('', '')
    """
    text = strip_lead(sentence)
    found = known_at_start(text)
    if found:
        return found[0]
    if is_english(text) and verb_first(text):  # "Released X": the heading's company
        return default
    if is_english(text):  # "Kestrel partnered ...", not "the Loomi app went live"
        m = re.match(rf"(?:[Tt]he\s+)?({en()['cap_run']})(?:\s+([a-z][\w\-]*)|[,:])", text)
        after = m.group(2) or "" if m else ""
        no = word_type(after) or re.match(en()["subject_blockers_after"], after)
        plain = m and re.fullmatch(r"[A-Z][a-z]+", m.group(1))  # "Revenue rose": no subject
        no = no or (plain and not re.match(en()["agent_verbs"], after))
        return (company_before(m.group(1)) if m and not no else "") or default
    if default:
        return default
    m = _LATIN_CO.match(text)
    if m and not re.fullmatch(r"(?:AI|API|App)", m.group(1)) and not _versioned(m.group(1)):
        return m.group(1)  # a versioned name ("Zyra-5 的发布") is a model, no maker
    full = re.match(r"^[^,;。()]{2,30}\([^()]{2,40}\)", text)  # "…有限公司(以下简称“X”)"
    short = rx("zh", "short_name_paren").search(full.group(0)) if full else None
    if short:
        return short.group(1)
    opening = _opening_company(text)
    if opening:
        return opening
    m = rx("zh", "cjk_company_subject").match(text) or rx("zh", "cjk_subject").match(text)
    if not m or m.group(1) in zh()["generic_cjk"] or rx("zh", "maker_pronoun").match(m.group(1)):
        return ""
    return m.group(1)


def _versioned(name: str) -> bool:
    """Whether a Latin name carries a version, as a model's does ("Zyra-5", "Lumo 3.1",
    "Qwen9"), not a company's ("Zentrix", "Nexora Labs").

    >>> _versioned("Zyra-5"), _versioned("Lumo 3.1"), _versioned("Nexora Labs")
    (True, True, False)
    """
    return bool(re.search(r"[A-Za-z][\-.]?\d|\s\d", name))


def _opening_company(text: str) -> str:
    """The company mention a Chinese sentence opens with, perhaps after a descriptor
    ("AI 搜索公司曦禾智能完成融资" -> 曦禾智能), else "".

    >>> _opening_company("AI 搜索公司曦禾智能完成融资"), _opening_company("公司同日发布")
    ('曦禾智能', '')
    """
    for m in find_mentions(text[:40])[:1]:
        lead = rx("zh", "maker_descriptor").sub("", text[: m.start] + m.name)
        if m.is_company and lead.strip() == _maker_name(m.name) and lead.strip():
            return lead.strip()
    return ""


def _maker_name(name: str) -> str:
    """A company mention without a descriptor before it, or "" when it is no maker (a
    model or product of the alias list, a versioned name, a pronoun)."""
    name = rx("zh", "maker_descriptor").sub("", name).strip()
    entry = lookup(name)
    not_party = entry is not None and entry.label not in PARTY_LABELS
    if not name or not_party or rx("zh", "maker_pronoun").match(name):
        return ""
    if re.search(r"\d", name) or name in zh()["generic_cjk"]:
        return ""
    return name


def _before_verb(pre: str) -> str:
    """The words before a verb without the venue, adverbs and day date after the maker."""
    text = rx("zh", "maker_trailer").sub("", rx("zh", "venue_before_verb").sub("", pre))
    for start, end, _ in reversed(find_dates(text, "2000-12")):
        if not text[end:].strip(" ,") and re.search("[年月日/]", text[start:end]):
            text = text[:start]  # "星衡智能 11 月 4 日", not the version of "Zyra 1.5"
    return text.rstrip(" ,")


def maker_before(pre: str) -> tuple[str, int] | None:
    """The maker that the words before a release verb end with, names no list holds
    included: a company mention (alias list or open-world shape) that only a venue, a
    date or an adverb separates from the verb; as (surface, start in ``pre``).

    >>> maker_before("10 月 28 日,星衡智能在年度开发者大会上")
    ('星衡智能', 10)
    >>> maker_before("英国 AI 公司 Nexora Labs 在 Hugging Face 上")[0]
    'Nexora Labs'
    >>> maker_before("国内百度世界大会")[0], maker_before("公司同日"), maker_before("随着需求")
    ('百度', None, None)
    >>> maker_before("杭州潮汐智能科技有限公司(以下简称“潮汐智能”)11 月 25 日")[0]
    '潮汐智能'
    >>> maker_before("Zyra-Math-2 于 11 月 27 日在 Hugging Face") is None  # a venue, no maker
    True
    """
    text = _before_verb(pre)
    short = rx("zh", "short_name_paren").search(text)  # "…有限公司(以下简称“潮汐智能”)"
    if short and _maker_name(short.group(1)):
        return short.group(1), short.end() - len(short.group(1))
    companies = [m for m in find_mentions(text) if m.is_company and _maker_name(m.name)]
    ending = [m for m in companies if not text[m.end :].strip()]
    inside = [m for m in companies[-1:] if re.match(CJK_CLASS, text[m.end :])]
    for m in (ending or inside) if not re.search(r"[,;]", text) else ending:
        name = _maker_name(m.name)  # else the last one ("百度世界大会上发布": 百度)
        return name, text.rfind(name)
    return None


def team_before(pre: str) -> str:
    """The team the words before a verb end with when they name no company ("Seed 团队 12
    月 2 日", "The Quill team"), else "": the maker of an item whose section names no
    company (a team under a company's subheading is that company's).

    >>> team_before("Quill 团队 12 月 2 日"), team_before("公司语音团队")
    ('Quill 团队', '')
    >>> team_before("On May 2, the Quill team")
    'Quill team'
    """
    text = _before_verb(pre)
    team = rx("zh", "team_maker").search(text) or rx("en", "team_subject").search(text)
    if team and not rx("zh", "maker_pronoun").match(team.group(1)) and _maker_name(team.group(1)):
        return team.group(1)
    return ""


def names_company(head: str) -> bool:
    """Whether the head of a company line names a company (listed, or shaped like one:
    "星衍智能", "Nexora Labs"), not a label ("事件", "点评", "投资建议").

    >>> names_company("快手"), names_company("星衍智能"), names_company("事件")
    (True, True, False)
    """
    found = known_at_start(head) or maker_before(head)
    return bool(found) and found[0] == head.strip()
