"""Results kept per text for speed (names, dates, rounds, cleaned surfaces) are the
results computed afresh: a caller that changes what it got changes nothing kept, and a
text too long to keep is read the same way."""

from __future__ import annotations

import spacy

from aikg.extractors.names import lexicon
from aikg.extractors.text import surface
from aikg.extractors.values import dates, rounds

NAMES = ["阿里云", "平头哥", "英伟达", "OpenAl"]
SENTENCE = "阿里云与平头哥合作,英伟达向 OpenAl 投资,2025 年 3 月落地"
PAD = "。" * 2_100  # longer than any kept text


def test_known_mentions_are_a_new_list_each_time():
    first = lexicon.known_mentions(SENTENCE)
    assert [m[3] for m in first] == NAMES
    first.clear()
    assert [m[3] for m in lexicon.known_mentions(SENTENCE)] == [
        "阿里云",
        "平头哥",
        "英伟达",
        "OpenAl",
    ]


def test_known_mentions_of_a_long_text_match_the_kept_ones():
    short = lexicon.known_mentions(SENTENCE)
    long = lexicon.known_mentions(PAD + SENTENCE)
    assert [(s - len(PAD), e - len(PAD), a, t) for s, e, a, t in long] == short


def test_the_alias_ruler_counts_its_patterns_after_every_change():
    ruler = lexicon.nlp().get_pipe("entity_ruler")
    assert len(ruler) == len(lexicon._alias_patterns()) > 0
    fresh = spacy.blank("zh").add_pipe("aikg_alias_ruler", config={"phrase_matcher_attr": "LOWER"})
    assert len(fresh) == 0
    fresh.add_patterns([{"label": "Company", "pattern": "星河半导体", "id": "Xinghe"}])
    assert len(fresh) == 1
    fresh.add_patterns([{"label": "Company", "pattern": "云杉算力", "id": "Yunshan"}])
    assert len(fresh) == 2
    fresh.remove("Xinghe")
    assert len(fresh) == 1
    fresh.clear()
    assert len(fresh) == 0


def test_dates_kept_and_afresh_agree():
    found = dates.find_dates(SENTENCE, "2025-12")
    assert [d.iso for _, _, d in found] == ["2025-03"]
    found.append("changed")
    assert dates.find_dates(SENTENCE, "2025-12") == dates._dates(SENTENCE, "2025-12")
    long = dates.find_dates(PAD + SENTENCE, "2025-12")
    assert [(s - len(PAD), e - len(PAD), d) for s, e, d in long] == dates._dates(
        SENTENCE, "2025-12"
    )
    # the period is part of what is kept: the same words, another year
    assert dates.find_dates("3 月落地", "2025-12")[0][2].iso == "2025-03"
    assert dates.find_dates("3 月落地", "2026-12")[0][2].iso == "2026-03"


def test_cleaned_surfaces_kept_and_afresh_agree():
    for text in ("OpenAl  （美国）", "Algorithm", "<b>箅</b> 力(FP16) ", PAD + " OpenAl "):
        assert surface.clean_surface(text) == surface._clean(text)
        assert surface.clean_cell(text) == surface._clean(surface._TAG.sub("", text))
    assert surface.clean_cell(None) == ""
    assert surface.fix_ocr("OpenAl 的 Al 芯片, Algorithm") == "OpenAI 的 AI 芯片, Algorithm"


def test_rounds_kept_and_afresh_agree():
    afresh = rounds.normalise_round.__wrapped__
    for cell in ("B+轮", "Pre-A 轮", "并购", "2024", ""):
        assert rounds.normalise_round(cell) == afresh(cell)
    assert rounds.normalise_round("B+轮") == ("b_plus", "equity")
