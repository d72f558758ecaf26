"""The Latin and suffixed Chinese names of a text are read once and kept, nothing taken;
each call then leaves out those over taken spans: the same names as when a taken span
stopped them during the read, and a caller changing its list changes nothing kept."""

from __future__ import annotations

from aikg.extractors.names import mentions

LATIN = "Zorbex Labs met Varnell Semiconductor and Oskaro Systems: the Varnell-Oskaro deal"
CHINESE = "据悉,星河智算科技与蓝鲸半导体签约,云杉资本持有芯朔科技"


def test_latin_names_leave_out_the_taken_spans():
    every = mentions._latin_names(LATIN, [])
    names = ["Zorbex Labs", "Varnell Semiconductor", "Oskaro Systems", "Varnell", "Oskaro"]
    assert [m.name for m in every] == names
    first = every[0]
    kept = mentions._latin_names(LATIN, [(first.start, first.end)])
    assert [m.name for m in kept] == names[1:]
    pair = mentions._latin_names(LATIN, [(every[4].start, every[4].start + 1)])
    assert [m.name for m in pair] == names[:3]  # the hyphen's two names go together


def test_chinese_names_leave_out_the_taken_spans():
    every = mentions._chinese_names(CHINESE, [])
    assert [m.name for m in every] == ["星河智算科技", "蓝鲸半导体", "云杉资本", "芯朔科技"]
    taken = [(every[1].start + 1, every[1].start + 2)]
    assert [m.name for m in mentions._chinese_names(CHINESE, taken)] == [
        "星河智算科技",
        "云杉资本",
        "芯朔科技",
    ]


def test_a_returned_list_is_the_callers_own():
    mentions._latin_names(LATIN, []).clear()
    mentions._chinese_names(CHINESE, []).clear()
    assert len(mentions._latin_names(LATIN, [])) == 5
    assert len(mentions._chinese_names(CHINESE, [])) == 4
