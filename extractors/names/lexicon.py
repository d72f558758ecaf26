"""Known names: the curated alias list, name normalisation and a spaCy entity ruler.

The alias list (``rules/names/aliases.tsv``) only helps recognise and merge names; it never
states a fact. Names it does not hold are found by the extractors' patterns and typed by
their context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from aikg.extractors import rules
from aikg.extractors.names.spacy_parts import AliasMatcher, CharTokenizer, alias_ruler_class
from aikg.extractors.text.surface import clean_surface
from aikg.schema import NAMED_LABELS, PARTY_LABELS

if TYPE_CHECKING:  # spaCy is imported by nlp() only: the CLI starts without it
    from spacy.language import Language

__all__ = [
    "Alias", "clean_surface", "entity_key", "known_mentions", "load_aliases", "lookup",
    "name_key", "nlp",
]  # fmt: skip

_LATIN = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Alias:
    label: str
    canonical: str
    parent: str = ""


@lru_cache(maxsize=32_768)  # a pure function of its text, asked again for every mention
def name_key(label: str, name: str) -> str:
    """The key under which two surface forms of the same entity coincide.

    Case, width and spacing never tell entities apart; for models, neither does a hyphen
    or space between a name and its version number, while suffixes that name variants do.

    >>> name_key("Model", "Composer2.5") == name_key("Model", "Composer 2.5")
    True
    >>> name_key("Model", "Qwen3.7-Max") == name_key("Model", "Qwen3.7-Plus")
    False
    >>> name_key("Company", "阿里巴巴-SW"), name_key("Company", "寒武纪-U")
    ('阿里巴巴', '寒武纪')
    >>> name_key("Company", "松岭创投跟投"), name_key("Company", "奇绩创坛独家")
    ('松岭创投', '奇绩创坛')

    A legal suffix never tells companies apart ("Corvane Systems Inc." is "Corvane Systems").

    >>> name_key("Company", "Corvane Systems Inc.") == name_key("Company", "Corvane Systems")
    True
    >>> name_key("Company", "Pemberton Hale & Co."), name_key("Company", "CoreWeave, Inc.")
    ('pembertonhale', 'coreweave')
    """
    text = clean_surface(name).casefold()
    if label in PARTY_LABELS:
        # the share-class marks of Hong Kong and STAR listings: -W, -SW, -S, -B, and -U,
        # -UW, -WR after a Chinese name (寒武纪-U, 美团-W)
        text = re.sub(r"-(sw|w|s|b)$|(?<=[\u4e00-\u9fff])-(u|uw|wr)$", "", text)
        # an investor's role a cap table glues to its name (松岭创投跟投, 奇绩创坛独家)
        text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:联合领投|领投|跟投|参投|独家)$", "", text)
        text = _legal_suffix().sub("", text) or text
    if label in ("Model", "Chip", "Product"):
        text = re.sub(r"(?<=[a-z\u4e00-\u9fff])[\s\-_]+(?=\d)", "", text)
    text = re.sub(r"[\s·•]+", "", text)
    return text.strip("\"'“”《》()（）[]")


@lru_cache(maxsize=1)
def _legal_suffix() -> re.Pattern[str]:
    """The legal suffixes that end a Latin company name (``legal_suffixes`` of
    ``rules/names/en.toml``), once or twice ("Co., Ltd."), casefolded, with the "&" or
    comma before them."""
    words = [*rules.load("names", "en")["legal_suffixes"], "Corporation", "Limited"]
    one = "|".join(sorted({re.escape(w.casefold()) for w in words}, key=len, reverse=True))
    return re.compile(rf"(?:\s*[,&]?\s+(?:{one})\.?)+$")


@lru_cache(maxsize=1)
def _alias_rows() -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """The rows of ``rules/names/aliases.tsv``: (label, canonical, other surfaces, parent)."""
    rows = []
    for lineno, cols in rules.table("names/aliases.tsv"):
        if len(cols) < 2:
            raise ValueError(f"rules/names/aliases.tsv line {lineno}: expected label and name")
        surfaces = tuple(s.strip() for s in cols[2].split("|")) if len(cols) > 2 else ()
        parent = cols[3].strip() if len(cols) > 3 else ""
        rows.append((cols[0].strip(), cols[1].strip(), surfaces, parent))
    return tuple(rows) + _house_rows({_bare(s) for _, c, ss, _ in rows for s in (c, *ss)})


def _house_rows(listed: set[str]) -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """The research houses of ``rules/document/brokers.tsv`` as companies: a note names
    other houses in its prose ("Citi reiterated its Buy", "据中金公司测算"), and they are
    companies like any other. A surface the alias list already holds stays its row's, and
    a Chinese short form under four characters ("中金", "华泰") is left out: it opens other
    companies' names too ("中金资本", "华泰柏瑞")."""
    rows = []
    for _, cols in rules.table("document/brokers.tsv"):
        surfaces = [s.strip() for s in (cols[1].split("|") if len(cols) > 1 else ())]
        kept = [
            s
            for s in (cols[0].strip(), *surfaces)
            if s and _bare(s) not in listed and (s.isascii() or len(s) >= 4)
        ]
        if kept:
            rows.append(("Company", kept[0], tuple(kept[1:]), ""))
    return tuple(rows)


@lru_cache(maxsize=1)
def load_aliases() -> dict[tuple[str, str], Alias]:
    """The alias table, keyed by (label, name_key(surface)) for every surface form."""
    table: dict[tuple[str, str], Alias] = {}
    for label, canonical, surfaces, parent in _alias_rows():
        entry = Alias(label, canonical, parent)
        for surface in [canonical, *surfaces]:
            if surface:
                table[(label, name_key(label, surface))] = entry
    for label, canonical, surfaces, _ in _alias_rows():  # the ruler's short forms too
        for surface in [canonical, *surfaces]:
            short = _short_form(surface) if surface and label in PARTY_LABELS else ""
            if short:
                entry = table[(label, name_key(label, surface))]
                table.setdefault((label, name_key(label, short)), entry)
    return table


def lookup(name: str, label: str | None = None) -> Alias | None:
    """The alias entry a surface form belongs to, if the list holds it.

    >>> lookup("9988.HK").canonical
    'Alibaba'
    >>> lookup("GOOGL.O").canonical == lookup("谷歌").canonical
    True
    """
    table = load_aliases()
    labels = [label] if label else list(NAMED_LABELS)
    for lab in labels:
        entry = table.get((lab, name_key(lab, name)))
        if entry:
            return entry
    return _without_corporate_tail(name, labels)


_CORPORATE_TAILS = ("Group", "Holdings", "Holding", "Platforms", "Incorporated", "Company")


def _without_corporate_tail(name: str, labels: list[str]) -> Alias | None:
    """The listed company a Latin name is once its corporate tail word is dropped
    ("Alibaba Group", "Tencent Holdings", "Meta Platforms"), or None.

    >>> _without_corporate_tail("Alibaba Group", ["Company"]).canonical
    'Alibaba'
    >>> _without_corporate_tail("Zorbex Group", ["Company"]) is None
    True
    """
    words = clean_surface(name).split()
    if len(words) < 2 or words[-1] not in _CORPORATE_TAILS or not name.isascii():
        return None
    stem = " ".join(words[:-1])
    table = load_aliases()
    for lab in labels:
        entry = table.get((lab, name_key(lab, stem))) if lab in PARTY_LABELS else None
        if entry and entry.label in PARTY_LABELS:
            return entry
    return None


def entity_key(name: str, label: str) -> str:
    """The identity of a named entity within a report: its canonical name where the list
    holds it, else its name key.

    >>> entity_key("谷歌", "Company") == entity_key("GOOGL.O", "Company")
    True
    >>> entity_key("星衡 智能", "Company")
    '星衡智能'
    """
    entry = lookup(name, label)
    return entry.canonical if entry else name_key(label, name)


def _alias_patterns() -> list[dict]:
    """The ruler's patterns: every surface of the list, and a Latin company surface
    without its legal suffix or corporate tail word ("Lambda Inc" is met as "Lambda",
    "Inspur Group" as "Inspur"), where that shorter form is no other row's surface."""
    rows = _alias_rows()
    listed = {_bare(s) for _, c, ss, _ in rows for s in (c, *ss) if s}
    out = []
    for label, canonical, surfaces, _ in rows:
        for surface in (canonical, *surfaces):
            if not surface:
                continue
            out.append({"label": label, "pattern": surface, "id": canonical})
            short = _short_form(surface) if label in PARTY_LABELS else ""
            if short and _bare(short) not in listed:
                out.append({"label": label, "pattern": short, "id": canonical})
    return out


def _bare(surface: str) -> str:
    """A surface as the ruler meets it: case and spacing ignored."""
    return re.sub(r"\s+", "", surface).casefold()


def _short_form(surface: str) -> str:
    """A Latin company surface without its legal suffix or corporate tail, or "".

    >>> _short_form("Lambda Inc."), _short_form("Inspur Group"), _short_form("Tencent")
    ('Lambda', 'Inspur', '')
    """
    if not surface.isascii():
        return ""
    short = _legal_suffix().sub("", surface.casefold())
    words = surface.split()
    if short != surface.casefold():
        short = surface[: len(short)].strip(" ,&")
    elif len(words) > 1 and words[-1] in _CORPORATE_TAILS:
        short = " ".join(words[:-1])
    else:
        return ""
    return short if len(short) >= 3 and short[0].isupper() else ""


@lru_cache(maxsize=1)
def _surfaces() -> dict[str, tuple[str, ...]]:
    """Alias surfaces by their spacing- and case-free key (how the matcher meets them)."""
    out: dict[str, list[str]] = {}
    for pattern in _alias_patterns():
        key = re.sub(r"\s+", "", pattern["pattern"]).casefold()
        out.setdefault(key, []).append(pattern["pattern"])
    return {k: tuple(v) for k, v in out.items()}


def _spaced(text: str) -> str:
    """Spacing that matters: one space between two Latin words, none beside CJK."""
    text = re.sub(r"\s+", " ", text.strip())
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)


def written_as(surface: str, text: str) -> bool:
    """Whether ``text`` writes the alias ``surface`` as names are written: the same
    spacing between Latin words and the capitals of its capitalised words. The matcher
    ignores both, so without this "a net" would be the ticker ANET and "meta" Meta.

    >>> written_as("ANET", "a net"), written_as("ANET", "ANET"), written_as("Meta", "meta")
    (False, True, False)
    >>> written_as("ON Semiconductor", "on semiconductor")
    False
    >>> written_as("谷歌 DeepMind", "谷歌DeepMind")
    True
    """
    a, b = _spaced(surface), _spaced(text)
    if a.casefold() != b.casefold():
        return False
    for x, y in zip(re.findall(r"[A-Za-z]+", a), re.findall(r"[A-Za-z]+", b), strict=False):
        if x[0].isupper() and not y[0].isupper():
            return False
        if len(x) > 1 and x.isupper() and not y.isupper():
            return False
    return True


def latin_boundaries(doc):
    """Drop entity matches that cut a Latin word or number in two ("Meta" in "Metaverse")
    or that write a Latin alias otherwise (:func:`written_as`)."""
    entities = doc.ents
    text = doc.text if entities else ""  # spaCy joins every token's text on each read
    doc.ents = at_latin_boundaries(entities, text)
    return doc


def at_latin_boundaries(entities, text: str) -> list:
    """The entities of ``text`` :func:`latin_boundaries` keeps (spaCy spans or
    :class:`~.spacy_parts.RulerEnt`: their ``text``, ``start_char`` and ``end_char``)."""
    kept = []
    surfaces = _surfaces()
    for ent in entities:
        if _LATIN.search(ent.text):
            forms = surfaces.get(re.sub(r"\s+", "", ent.text).casefold(), ())
            if forms and not any(written_as(f, ent.text) for f in forms):
                continue
        before = text[ent.start_char - 1] if ent.start_char > 0 else ""
        after = text[ent.end_char] if ent.end_char < len(text) else ""
        first, last = ent.text[0], ent.text[-1]
        if _LATIN.match(first) and _LATIN.match(before or " "):
            continue
        if _LATIN.match(last) and _LATIN.match(after or " "):
            continue
        kept.append(ent)
    return kept


@lru_cache(maxsize=1)
def _register_components() -> None:
    """Make the two pipeline components known to spaCy (once per process)."""
    from spacy.language import Language

    def alias_ruler(nlp: Language, name: str, phrase_matcher_attr: str | None):
        """The ruler of :func:`alias_ruler_class` as a pipeline component."""
        return alias_ruler_class()(nlp, name, phrase_matcher_attr=phrase_matcher_attr)

    Language.factory(
        "aikg_alias_ruler", default_config={"phrase_matcher_attr": None}, func=alias_ruler
    )
    Language.component("aikg_latin_boundaries", func=latin_boundaries)


@lru_cache(maxsize=1)
def nlp() -> Language:
    """A blank Chinese pipeline (character tokens, so it also reads English) whose entity
    ruler knows the alias list. ``ent.ent_id_`` is the canonical name.

    >>> [(e.text, e.label_, e.ent_id_) for e in nlp()("英伟达向 OpenAl 投资").ents]
    [('英伟达', 'Company', 'NVIDIA'), ('OpenAl', 'Company', 'OpenAI')]
    """
    import spacy  # here, not at the top: a command that reads no text never pays for it

    _register_components()
    pipeline = spacy.blank("zh")
    ruler = pipeline.add_pipe(
        "aikg_alias_ruler", name="entity_ruler", config={"phrase_matcher_attr": "LOWER"}
    )
    ruler.add_patterns(_alias_patterns())
    pipeline.add_pipe("aikg_latin_boundaries")
    pipeline.tokenizer = CharTokenizer(pipeline.vocab)
    return pipeline


def known_mentions(text: str) -> list[tuple[int, int, Alias, str]]:
    """Known names in ``text``: (start, end, alias entry, surface), longest match first.

    >>> [(m[2].canonical, m[3]) for m in known_mentions("阿里云与平头哥")]
    [('Alibaba Cloud', '阿里云'), ('T-Head', '平头哥')]
    """
    if len(text) <= _CACHED_CHARS:
        return list(_known_mentions_cached(text))
    return list(_known_mentions(text))


# Several extractors look up the same sentence (each family's reader, the mentions
# pass): the ruler runs once per distinct sentence or cell (whole texts are not kept).
_CACHED_CHARS = 2_000


@lru_cache(maxsize=8192)
def _known_mentions_cached(text: str) -> tuple[tuple[int, int, Alias, str], ...]:
    """:func:`_known_mentions`, kept per text."""
    return _known_mentions(text)


def _known_mentions(text: str) -> tuple[tuple[int, int, Alias, str], ...]:
    """:func:`known_mentions` as a tuple."""
    out = []
    table = load_aliases()
    # spaCy refuses texts over its max_length; a long text is matched in windows that
    # overlap by more than any alias, each keeping the matches that start in its own part
    for offset in range(0, max(len(text), 1), _WINDOW):
        window = text[offset : offset + _WINDOW + _OVERLAP]
        for ent in _ents(window):
            if ent.start_char >= _WINDOW:
                continue
            entry = table.get((ent.label_, name_key(ent.label_, ent.ent_id_)))
            start = offset + ent.start_char
            if entry and (not out or start >= out[-1][1]):  # not the tail of a kept match
                out.append((start, offset + ent.end_char, entry, ent.text))
    return tuple(out)


_WINDOW = 100_000
_OVERLAP = 500


def _ents(text: str) -> list:
    """The pipeline's entities of ``text``: the ruler's matches found without a spaCy
    Doc (:class:`~.spacy_parts.AliasMatcher`), spaCy's own where that matcher leaves
    the text to it."""
    ents = _alias_matcher().ents(text)
    if ents is None:
        return list(nlp()(text).ents)
    return at_latin_boundaries(ents, text) if ents else ents


@lru_cache(maxsize=1)
def _alias_matcher() -> AliasMatcher:
    """The matcher of the pipeline's entity ruler (made once per process)."""
    return AliasMatcher(nlp().get_pipe("entity_ruler"))
