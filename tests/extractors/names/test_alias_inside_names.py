"""A known company's alias that opens a longer Chinese company name ("小米" in "小米粒科技",
"京东" in "京东方科技集团") is no mention of that company: the longer suffixed name is the
mention. The alias with only an organisation word after it ("腾讯科技", "小米集团") and a
lab named after its company ("腾讯优图实验室") stay the company's. Invented names beside
real aliases."""

from __future__ import annotations

import pytest

from aikg.extractors.ai_dynamics.subjects import known_at_start
from aikg.extractors.names.mentions import find_mentions


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("小米粒科技完成 A 轮融资", "小米粒科技", ""),
        ("京东方科技集团发布公告", "京东方科技集团", ""),
        ("获得小米产业基金数千万元投资", "小米产业基金", ""),
        ("腾讯科技发布新模型", "腾讯", "Tencent"),
        ("与小米集团达成合作", "小米集团", "Xiaomi"),
        ("腾讯优图实验室开源 Zyra-3", "腾讯", "Tencent"),
        ("小米发布新款手机", "小米", "Xiaomi"),
    ],
)
def test_an_alias_stops_at_a_name_boundary(text: str, name: str, canonical: str) -> None:
    first = find_mentions(text)[0]
    assert (first.name, first.canonical) == (name, canonical)


def test_a_release_subject_is_the_longer_name() -> None:
    assert known_at_start("小米粒科技发布儿童陪伴模型 Milo-9") is None
    assert known_at_start("小米发布 Milo-9") == ("小米", 2)
