"""The kind of a chip (GPU, ASIC, NPU, TPU, DCU) where its table or sentence gives none.

Chip tables often leave the kind out ("| 厂商 | 产品 | 制程 | 算力 | 功耗 |"), and prose
rarely states it beside the specs. It is read, in this order, from a kind word inside
the name ("TPU v7 Ironwood"), from the kind the report writes right beside the name
anywhere ("国产训练GPU“澜芯L20”", "the HQ-9 ASIC", "the HQ-9, a 3nm inference ASIC"),
else from the product line the name belongs to, as its maker publishes it ("昇腾" NPUs,
"Trainium" ASICs, "B300" GPUs), or from a maker of one kind named right before it
("Kunlunxin P800"): naming knowledge of the same sort as the alias list;
last, an English report calling the part an accelerator or an AI chip right after its
name, or a Chinese one calling it a 推理芯片 or AI 芯片 beside it, makes it an ASIC.
Patterns: ``rules/chips/common.toml`` "kinds".
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.chips.specs import common
from aikg.extractors.text.patterns import kept


@lru_cache(maxsize=1)
def _kind_word() -> re.Pattern[str]:
    return re.compile(common()["kinds"]["word"])


@lru_cache(maxsize=1)
def _families() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(f["re"]), f["kind"]) for f in common()["kinds"]["families"]]


def chip_kind(name: str, text: str = "") -> str:
    """The kind of chip ``name`` is, from its name, the report's ``text`` or its
    product line; "" if none says.

    >>> chip_kind("TPU v7 Ironwood"), chip_kind("澜芯L20", "国产训练GPU“澜芯L20”量产")
    ('TPU', 'GPU')
    >>> chip_kind("HQ-9", "the HQ-9, a 3nm inference ASIC"), chip_kind("HQ-9", "HQ-9 ships. ASIC")
    ('ASIC', '')
    >>> chip_kind("昇腾910C"), chip_kind("Trainium3"), chip_kind("B300"), chip_kind("X9")
    ('NPU', 'ASIC', 'GPU', '')
    """
    word = _kind_word()
    m = word.search(name)
    if m:
        return m.group(0).upper()
    if text:
        near = re.escape(name)
        between = common()["kinds"]["between"]
        beside = re.search(
            rf"(?:{word.pattern})\s?[“\"「]?\s?{near}|{near}{between}(?:{word.pattern})", text
        )
        if beside:
            return word.search(beside.group(0)).group(0).upper()
    family = next((kind for pattern, kind in _families() if pattern.search(name)), "")
    return family or (_maker_kind(name, text) or _described_kind(name, text) if text else "")


def _maker_kind(name: str, text: str) -> str:
    """The kind of a part named right after a designer of one kind of accelerator
    ("Kunlunxin P800", "摩尔线程的 S90"); "" if none.

    >>> _maker_kind("P800", "Kunlunxin P800 is rated at 345 TFLOPS"), _maker_kind("P800", "P800")
    ('ASIC', '')
    """
    for m in re.finditer(re.escape(name), text):
        before = text[max(0, m.start() - 24) : m.start()]
        for maker in common()["kinds"]["makers"]:
            if re.search(maker["re"], before):
                return maker["kind"]
    return ""


def _described_kind(name: str, text: str) -> str:
    """The kind an English report implies when it calls a part no product line names
    an accelerator or an AI chip ("the HQ-9 inference accelerator", "TX-1, a custom AI
    chip"): a chip built for AI that is no GPU is an ASIC; "" if no such words.

    >>> _described_kind("HQ-9", "Helix's HQ-9 inference accelerator ships")
    'ASIC'
    >>> _described_kind("HQ-9", "the HQ-9 ships")
    ''
    """
    between = common()["kinds"]["between"]
    for described in common()["kinds"]["described"]:
        if re.search(rf"{re.escape(name)}{between}(?:{described['re']})", text):
            return described["kind"]
    return _described_zh(name, text)


def _described_zh(name: str, text: str) -> str:
    """The kind a Chinese report implies when it calls a part a 推理芯片, 训练芯片 or AI
    芯片 right before or after its name; "" if it does not.

    >>> _described_zh("CX-7", "乙推出的推理芯片CX-7采用7nm制程")
    'ASIC'
    >>> _described_zh("CX-7", "CX-7 是一款云端推理芯片")
    'ASIC'
    >>> _described_zh("CX-7", "CX-7 采用7nm，推理芯片")
    ''
    """
    kinds = common()["kinds"]
    kind = kinds["described_zh_kind"]
    for m in re.finditer(re.escape(name), text):
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 16]
        if re.search(kinds["described_zh_before"], before):
            return kind
        if re.match(kinds["described_zh_after"], after):
            return kind
    return ""


def sentence_kind(sentence: str) -> str:
    """The kind the sentence that states a chip's specs gives it anywhere ("Qualcomm's
    AI250 delivers 800 TFLOPS in a 500W card, and the company pitches the inference
    accelerator at ..."; "the OM-9 reaches 120 TFLOPS; it is an NPU"), when it names one
    kind only: a kind word (``kinds.word``) or an accelerator phrase (``kinds.described``);
    "" when it names none, or two (a comparison with a GPU).

    >>> sentence_kind("The AI250 delivers 800 TFLOPS at 500W; the inference accelerator ships")
    'ASIC'
    >>> sentence_kind("OM-9 reaches 120 TFLOPS at 75W; it is an NPU built for edge servers")
    'NPU'
    >>> sentence_kind("The AX-1 accelerator beats the GPU at 500W"), sentence_kind("X1 runs 5W")
    ('', '')
    """
    kinds = {m.group(0).upper() for m in _kind_word().finditer(sentence)}
    for described in common()["kinds"]["described"]:
        if kept(described["re"]).search(sentence):
            kinds.add(described["kind"])
    return kinds.pop() if len(kinds) == 1 else ""
