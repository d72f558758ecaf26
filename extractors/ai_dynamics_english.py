"""Releases an English sentence states: (company, name, action) for each release verb.

"On March 4, Zentrix Labs released Halcyon-3 Pro, a new reasoning model." The verbs
(released/launched/unveiled/introduced/rolled out/open-sourced/debuted/upgraded/updated
and "will launch", ``en_release_verbs``) give the action: release, open_source or update
("released the open-source X" is open_source). The company is the one written before the
verb: a known name ending those words, else the capitalised Latin name ending them ("US
startup Zentrix Labs"), else a known name among them ("Alibaba's Qwen team"), else the
capitalised name opening them before a comma ("Borealis AI, a Finnish lab,"); a pronoun
("It", "The company") or nothing leaves the sentence's subject or the company of an
earlier verb of the sentence. The names after the verb come from ``ai_dynamics_en_names``;
a passive or intransitive verb takes the name before it ("Tundra 2.1 was open-sourced by
Borealis AI", "the Skyloft app went live"). "X and Y released Z" is a release by both.
English partners ("partnered with X") are read by ``ai_dynamics_parties.partners`` from
the ``partnership_en`` pattern.
"""

from __future__ import annotations

import re

from aikg.extractors.ai_dynamics_en_names import name_before, names_after, release_verbs
from aikg.extractors.ai_dynamics_names import NameHit
from aikg.extractors.ai_dynamics_text import rules, rx, verb_first
from aikg.extractors.dates import find_dates, lead_span
from aikg.extractors.english import is_abbreviation_word
from aikg.extractors.lexicon import known_mentions, lookup


def _verb_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, action) of each release verb, in order, overlaps dropped."""
    verbs = release_verbs()
    found = sorted((m.start(), m.end(), action) for p, action in verbs for m in p.finditer(text))
    out: list[tuple[int, int, str]] = []
    for item in found:
        if not out or item[0] >= out[-1][1]:
            out.append(item)
    return out


def _clean(pre: str) -> str:
    """The words before a verb without their lead date, other dates, adverbs and
    auxiliaries ("On March 4, Zentrix has also" -> "Zentrix")."""
    text = re.sub(r"\s*\([^()]{0,40}\)", "", pre[lead_span(pre) :])  # "(ZTX.O)"
    for start, end, _ in reversed(find_dates(text, "2000-12")):
        text = text[:start] + text[end:]
    text = re.sub(rx("en_verb_modifiers_end"), "", text)
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
    return bool(name) and not verb and name not in rules()["generic_latin"] and len(name) <= 40


def _run(text: str) -> str:
    """A capitalised run without the sentence words it starts with ("Meanwhile Zentrix")."""
    tokens = text.split()
    owner = next((k for k, t in enumerate(tokens) if re.search(r"['’]s$", t)), None)
    if owner is not None:  # "Borealis AI's CEO": the owner
        tokens = [*tokens[:owner], re.sub(r"['’]s$", "", tokens[owner])]
    stop = set(rules()["en_subject_stopwords"])
    while tokens and tokens[0].rstrip(",") in stop:
        tokens.pop(0)
    run = " ".join(tokens).strip(" ,'’")
    kept = tokens and is_abbreviation_word(tokens[-1].rstrip("."))
    return run if kept else run.rstrip(".")


def company_before(pre: str) -> str:
    """The company written before a verb (see the module docstring), else "".

    >>> company_before("On March 4, US startup Zentrix Labs has also")
    'Zentrix Labs'
    >>> company_before("Borealis AI, a Finnish lab,"), company_before("The company")
    ('Borealis AI', '')
    >>> company_before("Borealis AI's CEO")
    'Borealis AI'
    """
    text = _clean(pre)
    if not text or re.fullmatch(rules()["en_pronoun_subject"], text):
        return ""
    known = [k for k in known_mentions(text) if k[2].label in ("Company", "Organization")]
    if known and known[-1][1] == len(text):
        return known[-1][3]
    end = re.search(rf"(?:^|(?<=\s))(?:{rules()['en_cap_run']})$", text)
    if end and _company_ok(_run(end.group(0))) and not re.search(r"['’]s$", end.group(0)):
        return _run(end.group(0))
    if known:
        return known[-1][3]
    start = re.match(rf"(?:{rules()['en_cap_run']})(?=\s*,)", text)
    return _run(start.group(0)) if start and _company_ok(_run(start.group(0))) else ""


def _co_makers(pre: str, company: str) -> list[str]:
    """The company joined to ``company`` by "and" before a verb ("Zentrix and Kestrel").

    >>> _co_makers("Zentrix and Kestrel", "Kestrel")
    ['Zentrix']
    """
    run = rules()["en_cap_run"]
    m = re.search(rf"(?:^|(?<=\s))({run})\s+(?:and|&)\s+{re.escape(company)}$", _clean(pre))
    other = company_before(m.group(1)) if m and company else ""
    return [other] if other and other != company else []


def _by_agent(after: str) -> str:
    """The company of a "by X" phrase right after a passive verb, else ""."""
    m = re.match(rf"{rules()['en_by_agent']}((?:{rules()['en_cap_run']}))", after)
    return company_before(m.group(1)) if m else ""


def english_releases(
    sentence: str, subject: str, local: str = ""
) -> list[tuple[str, NameHit, str]]:
    """(company, name, action) for each release verb of an English sentence.

    >>> found = english_releases("On March 4, Zentrix Labs released Zyra-3 Pro, a new model.", "")
    >>> [(c, h.name, h.label, a) for c, h, a in found]
    [('Zentrix Labs', 'Zyra-3 Pro', 'Model', 'release')]
    >>> found = english_releases("The Tundra 2.1 model was open-sourced by Borealis AI.", "")
    >>> [(c, h.name, a) for c, h, a in found]
    [('Borealis AI', 'Tundra 2.1', 'open_source')]
    >>> english_releases("Zentrix launched in Europe.", "Zentrix")
    []
    """
    out: list[tuple[str, NameHit, str]] = []
    seg, last = 0, ""
    for start, end, action in _verb_matches(sentence):
        if start < seg:
            continue
        pre, after = sentence[seg:start], sentence[end:]
        if rx("en_verb_blockers_before").search(pre):
            continue
        company, hits, seg = company_before(pre), names_after(after, local), end
        if rx("en_passive_before").search(pre):
            post = name_before(re.sub(rx("en_passive_before"), "", _clean(pre)), local)
            hits, company = ([post] if post else []), _by_agent(after)
        elif hits:
            seg = end + hits[-1].end
            if action == "release" and rx("en_open_descriptor").search(after[: hits[0].start]):
                action = "open_source"
        elif rx("en_intransitive_after").match(after):
            post = name_before(_clean(pre), local)
            hits, company = ([post] if post else []), ""
        company = company or last or subject
        last = company
        makers = [company, *_co_makers(pre, company)]
        out.extend((h.maker or c, h, action) for h in hits for c in makers if h.maker or c)
    return out
