"""Releases an English sentence states: (company, name, action) for each release verb.

"On March 4, Zentrix Labs released Halcyon-3 Pro, a new reasoning model." The verbs
(released/launched/unveiled/introduced/rolled out/open-sourced/debuted/upgraded/updated
and "will launch", ``release_verbs`` of en.toml) give the action: release, open_source or update
("released the open-source X" is open_source). The company is the one written before the
verb (:func:`aikg.extractors.ai_dynamics.subjects.company_before`); a pronoun ("It", "The
company") or nothing leaves the sentence's subject or the company of an earlier verb of
the sentence. The names after the verb are found here too (below);
a passive or intransitive verb takes the name before it ("Tundra 2.1 was open-sourced by
Borealis AI", "the Skyloft app went live"). "X and Y released Z" is a release by both.
English partners ("partnered with X") are read by :func:`.parties.partners` from the
English ``partnership`` pattern.

Names. english names of models and products beside a release verb, typed by the words around.

After the verb come a few lowercase descriptor words ("its new", "the open-source", "two
models:"), then a name: a run of capitalised or version tokens ("Halcyon-3 Pro", "Tundra
2.1", "o4-mini", "Copilot for Sales"), perhaps more joined by "and" or commas. Type words
(``model_types``: model/LLM -> Model; ``product_types``: app/platform/agent/
assistant/tool/feature -> Product) decide a label: the head noun of the lowercase words
right after the name ("the Skyloft agent platform"), an appositive (", a new reasoning
model"), or the descriptor before it ("its new model Halcyon"); one type word of a list
types all its names. Failing those, the alias list's label, else a version number means
a model; a name with neither a type word nor a version is not taken. Word lists live in
``rules/ai_dynamics/``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.ai_dynamics.english_makers import stated_maker
from aikg.extractors.ai_dynamics.labels import NameHit, default_type, is_name, tidy
from aikg.extractors.ai_dynamics.rules import en, rx, word_type
from aikg.extractors.ai_dynamics.subjects import company_before, subject_words, team_before
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.values.dates import find_dates
from aikg.schema import PARTY_LABELS

_WORD = re.compile(r"\s*[\"“]?([a-z][\w\-]*|\d+(?:\.\d+)?[BMKT](?:-[a-z]+)?)(?:\s*[,:](?=\s))?")


@lru_cache(maxsize=1)
def _name() -> re.Pattern[str]:
    first, nxt = en()["name_first"], en()["name_next"]
    return re.compile(rf"\s*[\"“]?(?<![\w\-])({first}(?:\s{nxt})*)")


@lru_cache(maxsize=1)
def release_verbs() -> list[tuple[re.Pattern[str], str]]:
    """The English release verbs (``release_verbs`` of en.toml, any case: "Released X" opens an
    item under a company heading), each with its action."""
    return [
        (re.compile(rf"(?<![A-Za-z\-])(?:{verb['re']})(?![A-Za-z\-])", re.I), verb["action"])
        for verb in en()["release_verbs"]
    ]


def type_after(text: str) -> tuple[str, str, int]:
    """The type the words right after a name give: the head type word of up to three
    lowercase words ("agent platform"), else an appositive (", a new reasoning model");
    (label, category, chars spanned) or ('', '', 0).

    >>> type_after(" agent platform."), type_after(", a new reasoning model.")
    (('Product', 'platform', 15), ('Model', '', 23))
    >>> type_after(", a compact open image editing model family")[0]
    'Model'
    """
    best, pos = ("", "", 0), 0
    for _ in range(3):
        m = re.match(r"\s+([A-Za-z][\w\-]*)", text[pos:])
        if not m:
            break
        found = word_type(m.group(1))
        if found:
            best, pos = (*found, pos + m.end()), pos + m.end()
            continue
        if not m.group(1)[0].islower() or m.group(1) in en()["descriptor_stops"]:
            break
        pos += m.end()
    if best[0]:
        return best
    app = re.match(r"[\"”]?\s*,\s*(?:a|an|its|the|their)\s+", text)
    pos = app.end() if app else 0
    for _ in range(en()["max_appositive_words"] if app else 0):
        m = re.match(r"([A-Za-z][\w\-]*)\s*", text[pos:])
        if not m or m.group(1) in en()["descriptor_stops"]:
            break
        if word_type(m.group(1)):
            return (*word_type(m.group(1)), pos + len(m.group(1)))
        pos += m.end()
    return "", "", 0


def type_before(descriptor: str) -> tuple[str, str]:
    """The type the last type word of a descriptor gives ("its new model " -> Model).

    >>> type_before("its new reasoning model "), type_before("the ")
    (('Model', ''), ('', ''))
    """
    for word in reversed(re.findall(r"[A-Za-z][\w\-]*", descriptor)):
        found = word_type(word)
        if found:
            return found
    return "", ""


def _span(text: str, pos: int) -> tuple[int, int, str, str] | None:
    """The next name after ``pos`` past descriptor words: (start, end, descriptor, maker)."""
    begin, maker = pos, ""
    for _ in range(en()["max_descriptor_words"] + 1):
        m = _name().match(text, pos)
        if m:
            tokens, at = m.group(1).split(), m.start(1)
            while tokens and tokens[0] in en()["subject_stopwords"]:
                dropped = tokens.pop(0)  # "The Heron 2.2 model"
                at = text.index(tokens[0], at + len(dropped)) if tokens else at
            stops = set(en()["name_stop_tokens"])
            cut = next((k for k, t in enumerate(tokens) if t in stops), len(tokens))
            while cut > 1 and tokens[cut - 1] == "for":
                cut -= 1
            name = " ".join(tokens[:cut]).rstrip(".-")
            possessive = r"['’]s?\s" if name.endswith("s") else r"['’]s\s"
            owner = re.match(possessive, text[at + len(name) :]) if name else None
            if owner and not maker:  # "Zentrix's Zyra 2", "Harlow Dynamics' Wren 3"
                maker, pos = name, at + len(name) + owner.end() - 1
                continue
            if name:
                return at, at + len(name), text[begin:at], maker
            return None
        w = _WORD.match(text, pos)
        if not w or w.group(1) in en()["descriptor_stops"]:
            return None
        if any(p.fullmatch(w.group(1)) for p, _ in release_verbs()):
            return None  # "X and updated Y": a second verb, not a descriptor
        if rx("en", "descriptor_blockers").search(w.group(1)):
            return None
        pos = w.end()
    return None


def _acts(after: str) -> bool:
    """Whether the words after a name make it the subject of a verb ("Kestrel launched")."""
    word = re.match(r"\s+([a-z][\w\-]*)", after)
    verb = word and any(p.fullmatch(word.group(1)) for p, _ in release_verbs())
    return bool(verb or (word and re.match(en()["agent_verbs"], word.group(1))))


def _valid(name: str, after: str) -> bool:
    """A name, not a generic word, a date, an amount ("USD 20 billion") or a company."""
    entry = lookup(name)
    company = entry is not None and entry.label in PARTY_LABELS
    amount = rx("en", "not_name").match(name) or rx("en", "amount_after").match(after)
    return is_name(name) and not find_dates(name, "2000-12") and not company and not amount


def names_after(text: str, local: str = "") -> list[NameHit]:
    """The names a release verb introduces, each typed (see the module docstring).

    >>> [(h.name, h.label, h.category) for h in names_after(" its Skyloft agent platform.")]
    [('Skyloft', 'Product', 'platform')]
    >>> [(h.name, h.label) for h in names_after(" two models, Zyra 3 and Zyra Mini.")]
    [('Zyra 3', 'Model'), ('Zyra Mini', 'Model')]
    >>> [(h.name, h.label) for h in names_after(" Zyra-Coder 14B under a permissive licence.")]
    [('Zyra-Coder 14B', 'Model')]
    >>> names_after(" in Europe and Asia"), names_after(" its results for Zyra 3")
    ([], [])
    """
    spans: list[tuple[int, int, str, str]] = []
    pos = 0
    while True:
        found = _span(text, pos)
        if not found or (spans and _acts(text[found[1] :])):
            break  # "X 2 and Kestrel launched Y": Kestrel opens a clause of its own
        spans.append(found)
        _, end, _, _ = found
        after = type_after(text[end:])
        joiner = rx("en", "joiner").match(text, end + after[2])
        if not joiner:
            break
        pos = joiner.end()
    typed = [type_after(text[end:]) for _, end, _, _ in spans]
    lead = type_before(spans[0][2]) if spans else ("", "")
    shared = lead if lead[0] else next(((t[0], t[1]) for t in typed[::-1] if t[0]), ("", ""))
    hits = []
    for span, (label, category, length) in zip(spans, typed, strict=True):
        start, end, descriptor, maker = span
        name = tidy(text[start:end])
        if not _valid(name, text[end:]) or label == "Other":
            break
        if not label:
            label, category = type_before(descriptor) if descriptor else ("", "")
        listed = not descriptor.strip() or span is spans[0]  # "X, Y and Z models"
        by_type = bool(label or (listed and shared[0]))
        label, category = (label, category) if label or not listed else shared
        entry = lookup(name)
        if not label and entry and entry.label in ("Model", "Product"):
            label = entry.label
        sized = re.search(r"\s\d+(?:\.\d+)?[BM]$", text[start:end].strip())
        if not label and sized and not re.search(r"\d", name):  # "Zyra-Coder 14B": a model,
            name, label, category = text[start:end].strip(), "Model", ""  # its size its version
        if not label and not re.search(r"\d", name):
            break  # neither a type word nor a version: not a release name
        if not label:
            label, category = default_type(name, local)
        hits.append(NameHit(name, label, category, start, end + length, "", maker, by_type))
    return hits


def name_before(text: str, local: str = "") -> NameHit | None:
    """The name a text ends with, the subject of a passive or intransitive verb ("the
    Skyloft app was", "Zyra 3"): a typed or versioned name reaching the end of ``text``.

    >>> name_before("the Skyloft agent platform").name, name_before("Zentrix Labs")
    ('Skyloft', None)
    """
    text = text.rstrip()
    for m in re.finditer(r"(?:^|(?<=\s))\S", text):
        hits = names_after(" " + text[m.start() :], local)
        if hits and m.start() + hits[-1].end - 1 >= len(text):
            hit = hits[-1]
            offset = m.start() - 1
            return NameHit(**{**hit.__dict__, "start": hit.start + offset, "end": hit.end + offset})
    return None


def _verb_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, action) of each release verb, in order, overlaps dropped."""
    verbs = release_verbs()
    found = sorted((m.start(), m.end(), action) for p, action in verbs for m in p.finditer(text))
    out: list[tuple[int, int, str]] = []
    for item in found:
        if not out or item[0] >= out[-1][1]:
            out.append(item)
    return out


def _co_makers(pre: str, company: str) -> list[str]:
    """The company joined to ``company`` by "and" before a verb ("Zentrix and Kestrel").

    >>> _co_makers("Zentrix and Kestrel", "Kestrel")
    ['Zentrix']
    """
    m = _co_maker_pattern(en()["cap_run"], company).search(subject_words(pre))
    other = company_before(m.group(1)) if m and company else ""
    return [other] if other and other != company else []


@lru_cache(maxsize=1024)
def _co_maker_pattern(run: str, company: str) -> re.Pattern[str]:
    """The pattern of :func:`_co_makers` for one company, compiled once: a pattern per
    company would otherwise crowd the re module's cache."""
    return re.compile(rf"(?:^|(?<=\s))({run})\s+(?:and|&)\s+{re.escape(company)}$")


def _by_agent(after: str) -> str:
    """The company of a "by X" phrase right after a passive verb, else ""."""
    m = re.match(rf"{en()['by_agent']}((?:{en()['cap_run']}))", after)
    return company_before(m.group(1)) if m else ""


def _from_maker(subject: str) -> tuple[str, str]:
    """A passive subject split at its "from X" phrase ("The new Olmo 3.1 models from
    Ai2"): (the words before it, the company X), else (subject, "").

    >>> _from_maker("The new Zyra 3 models from Zentrix Labs")
    ('The new Zyra 3 models', 'Zentrix Labs')
    """
    m = re.search(rf"^(.*\S)\s*,?\s+{en()['from_agent']}((?:{en()['cap_run']}))\s*,?\s*$", subject)
    company = company_before(m.group(2)) if m else ""
    return (m.group(1), company) if m and company else (subject, "")


def _blocked(pre: str, verb: str) -> bool:
    """Whether the words before a verb make it no act: a determiner or possessive ("the
    launched X"), a plan ("is expected to launch", "will release"), or "model" before a
    plural noun ("model releases")."""
    if rx("en", "verb_blockers_before").search(pre) or rx("en", "plan_before").search(pre):
        return True
    if rx("en", "future_verb").match(verb):
        return True  # "will release Zyra 4", "expect X to launch Y": announced, not done
    return verb.lower().endswith("s") and bool(rx("en", "noun_blockers_before").search(pre))


def _updated_to(after: str, hits: list[NameHit], local: str) -> tuple[list[NameHit], int]:
    """The new version an update verb's "to" names after the old one ("upgraded OLMo 3 to
    OLMo 3.1": OLMo 3.1, ``update_to``), with the offset in ``after`` its hits count
    from; else the hits as found, offset 0.

    >>> found, at = _updated_to(" Zyra 3 to Zyra 3.1 today", names_after(" Zyra 3 to Zyra 3.1"), "")
    >>> [h.name for h in found], at
    (['Zyra 3.1'], 11)
    """
    to = rx("en", "update_to").match(after, hits[0].end)
    newer = names_after(after[to.end() :], local) if to else []
    return (newer[:1], to.end()) if newer else (hits, 0)


def _subject_name(text: str, local: str) -> NameHit | None:
    """The name a passive or intransitive verb's subject ends with, past a participle's
    comma ("the Zyra 3 model, rolled out") or an appositive ("Zentrix's Zyra 3 model, a
    small model for phones, was released").

    >>> _subject_name("Zentrix's new Zyra-3 model, a small model for phones,", "").name
    'Zyra-3'
    """
    text = text.rstrip().rstrip(",").rstrip()
    found = name_before(text, local)
    appositive = rx("en", "trailing_appositive").search(text)
    if found is None and appositive:
        found = name_before(text[: appositive.start()], local)
    return found


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
    >>> found = english_releases("Tundra 2.1, open-sourced by Borealis AI in May, leads.", "")
    >>> [(c, h.name, a) for c, h, a in found]
    [('Borealis AI', 'Tundra 2.1', 'open_source')]
    """
    out: list[tuple[str, NameHit, str]] = []
    seg, last = 0, ""
    for start, end, action in _verb_matches(sentence):
        if start < seg:
            continue
        pre, after = sentence[seg:start], sentence[end:]
        if _blocked(pre, sentence[start:end]):
            continue  # "the launched X"; "is expected to launch X": a plan, no release
        company, hits, seg = company_before(pre), names_after(after, local), end
        if rx("en", "passive_before").search(pre):
            subject_text = re.sub(rx("en", "passive_before"), "", subject_words(pre))
            subject_text, source = _from_maker(subject_text)  # "X models from Y were released"
            post = _subject_name(subject_text, local)
            hits, company = ([post] if post else []), _by_agent(after) or source
            company = company or (
                stated_maker(subject_text, post.name, post.start, company_before) if post else ""
            )
        elif hits:
            hits, shift = _updated_to(after, hits, local) if action == "update" else (hits, 0)
            seg = end + shift + hits[-1].end
            if action == "release" and rx("en", "open_descriptor").search(after[: hits[0].start]):
                action = "open_source"
        elif _by_agent(after):  # a participle: "Zyra 3, released by Zentrix in May,"
            post = _subject_name(subject_words(pre), local)
            hits, company = ([post] if post else []), _by_agent(after)
        elif rx("en", "intransitive_after").match(after):
            subject_text = subject_words(pre)
            post = _subject_name(subject_text, local)  # "X, the latest from Y, went live"
            hits = [post] if post else []
            company = (
                stated_maker(subject_text, post.name, post.start, company_before) if post else ""
            )
        if last and re.search(r"\band\s*$", pre):
            company = last  # "X made A available ... and shipped B": one subject, two verbs
        company = company or last or subject or team_before(pre)  # "The Quill team released X"
        last = company
        makers = [company, *_co_makers(pre, company)]
        out.extend((h.maker or c, h, action) for h in hits for c in makers if h.maker or c)
    return out
