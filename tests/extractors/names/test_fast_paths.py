"""The faster paths of the name matcher and the house finder give what the slow ones
gave, on every line and whole text of the seeds and the dev corpora and on texts built
for whitespace edge cases (invented words)."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.util import get_words_and_spaces
from support import ROOT, SEEDS

from aikg.extractors.document import brokers
from aikg.extractors.names import lexicon
from aikg.extractors.names.spacy_parts import _char_words

EDGE_TEXTS = [
    "",
    " ",
    "  ",
    " 星衡 ",
    "Zorbex  Labs\tand\n\nKestrel AI",
    "英伟达\u3000向\u00a0OpenAI  投资 ",
    "\n Corvane Systems Inc.  ",
    "ΑΣ  Σ x",
]


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    """Every line and every whole text of the seeds and the dev corpora."""
    files = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests/corpus/dev").rglob("*.md"))
    assert len(files) > 5, "the seeds and the dev corpora are missing"
    texts: list[str] = list(EDGE_TEXTS)
    for path in files:
        text = path.read_text(encoding="utf-8")
        texts += [text, *text.splitlines()]
    return tuple(texts)


def test_char_words_are_spacys_alignment() -> None:
    for text in corpus_texts():
        assert _char_words(text) == get_words_and_spaces(list(text), text), text[:60]


def test_matcher_finds_what_spacys_own_tokenizer_finds() -> None:
    """The pipeline with its linear tokenizer against the same pipeline fed by spaCy's
    Chinese tokenizer: the same Doc bytes and the same entities."""
    pipeline = lexicon.nlp()
    stock = spacy.blank("zh").tokenizer
    assert type(pipeline.tokenizer) is not type(stock)
    found = 0
    for text in corpus_texts():
        ours, theirs = pipeline.make_doc(text), stock(text)
        assert ours.to_bytes() == theirs.to_bytes(), text[:60]
        for _, component in pipeline.pipeline:
            ours, theirs = component(ours), component(theirs)
        spans = [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in ours.ents]
        assert spans == [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in theirs.ents]
        found += len(spans)
    assert found > 100


def _known_house_by_every_name(text: str) -> str:
    """known_house as it was: every listed name searched in the text."""
    best: tuple[int, str] | None = None
    for name, house in brokers.houses():
        if name not in text:
            continue
        latin = name.isascii()
        pattern = (
            (r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])")
            if latin
            else re.escape(name) + (brokers._NOT_AFTER if name.endswith("证券") else "")
        )
        for match in re.finditer(pattern, text):
            before = text[max(0, match.start() - 30) : match.start()]
            if brokers._BIO.search(before) or (latin and re.search(r"[A-Z][\w&.'\-]*\s+$", before)):
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), house)
            break
    return best[1] if best else ""


def test_house_lookup_matches_searching_every_name() -> None:
    named = 0
    lines = [ln for t in corpus_texts() for ln in t.splitlines()]
    for name, _ in brokers.houses()[::7]:  # listed names inside invented lines too
        lines += [f"资料来源：Wind，{name}研究所", f"2019 年加入{name}", f"{name}  | 行业周报"]
    for line in lines:
        expected = [(n, h) for n, h in brokers.houses() if n in line]
        assert brokers._houses_in(line) == expected
        house = brokers.known_house(line)
        assert house == _known_house_by_every_name(line), line[:60]
        named += bool(house)
    assert named > 30
