"""The alias matcher without spaCy Docs finds what the spaCy pipeline finds: the same
spans, labels, ids and surfaces on every line of the dev corpora, on alias lists glued
with odd spacing and case, and it hands back to spaCy the texts it cannot decide."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy

from aikg.extractors.names import lexicon
from aikg.extractors.names.spacy_parts import AliasMatcher

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def spacy_ents(text: str) -> list[tuple]:
    return [
        (e.start_char, e.end_char, e.text, e.label_, e.ent_id_) for e in lexicon.nlp()(text).ents
    ]


def our_ents(text: str) -> list[tuple]:
    return [(e.start_char, e.end_char, e.text, e.label_, e.ent_id_) for e in lexicon._ents(text)]


def dev_lines() -> list[str]:
    lines = []
    for path in sorted(DEV.rglob("*")):
        if path.suffix in (".md", ".txt"):
            lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    return lines


def test_every_dev_line_gives_spacys_entities():
    lines = dev_lines()
    assert len(lines) > 1_000
    differing = [line for line in lines if our_ents(line) != spacy_ents(line)]
    assert differing == []
    assert sum(bool(our_ents(line)) for line in lines) > 500  # names are met, not skipped


def test_whole_dev_reports_give_spacys_entities():
    for path in sorted(DEV.rglob("*.md"))[:6]:
        text = path.read_text(encoding="utf-8")
        assert our_ents(text) == spacy_ents(text)


def test_glued_aliases_with_odd_spacing_and_case_give_spacys_entities():
    surfaces = [p["pattern"] for p in lexicon._alias_patterns()]
    glue = [" ", "  ", "\n", "\t", "\u3000", "", ",", "-", "a", "1", "与", "İ", "Σ"]
    rng = random.Random(7)
    for _ in range(3_000):
        text = "".join(rng.choice(surfaces) + rng.choice(glue) for _ in range(rng.randint(1, 5)))
        text = rng.choice([text, text.upper(), text.lower(), text.title()])
        assert our_ents(text) == spacy_ents(text), text


def test_known_mentions_of_a_sentence_are_unchanged():
    found = [
        (m[2].canonical, m[3])
        for m in lexicon.known_mentions("英伟达向 OpenAl 投资,Metaverse 不是 Meta")
    ]
    assert found == [("NVIDIA", "英伟达"), ("OpenAI", "OpenAl"), ("Meta", "Meta")]


@pytest.fixture
def two_labelled_ruler():
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("aikg_alias_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(
        [
            {"label": "Company", "pattern": "Zorvex", "id": "Zorvex"},
            {"label": "Model", "pattern": "zorvex", "id": "Zorvex"},
            {"label": "Company", "pattern": "Quillon Labs", "id": "Quillon"},
            {"label": "Company", "pattern": "Quillon", "id": "Quillon"},
        ]
    )
    return ruler


def test_the_same_tokens_under_two_labels_are_left_to_spacy(two_labelled_ruler):
    matcher = AliasMatcher(two_labelled_ruler)
    assert matcher.ents("Zorvex 发布新品") is None
    ents = matcher.ents("据 Quillon Labs 与 quillon 公告")
    assert [(e.text, e.label_, e.ent_id_) for e in ents] == [
        ("Quillon Labs", "Company", "Quillon"),
        ("quillon", "Company", "Quillon"),
    ]
    assert matcher.ents("没有名字的句子") == []
