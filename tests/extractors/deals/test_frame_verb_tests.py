"""The deal recogniser tries a frame only on sentences where its trigger verb group
occurs (``frames._verb_tests``): sound only if every match of a frame holds its verb
group. Checked on every frame's examples and counter-examples and on the seeds' text."""

from __future__ import annotations

import re

from support import SEEDS  # noqa: E402

from aikg.extractors import rules
from aikg.extractors.deals.frames import _verb_tests, compiled_frames, required_group

_MENTION = re.compile(r"[⟨⟦][^⟩⟧]+[⟩⟧]")


def _numbered(text: str) -> str:
    """An example with its mentions numbered as the masker writes them ("⟨0⟩向⟨1⟩投资")."""
    count = iter(range(1000))
    return _MENTION.sub(lambda m: f"⟨{next(count)}⟩", text)


def _texts() -> list[str]:
    """Sentences the frames are meant for (their examples, mentions numbered) and the
    seeds' lines (where a company name stands, a frame sees ⟨n⟩)."""
    out = []
    for ex in rules.examples():
        if ex.check == "frame":
            out += [_numbered(text) for text in (*ex.examples, *ex.not_)]
    for path in sorted(SEEDS.glob("*.txt")):
        out += [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    return out


def test_every_frame_has_a_verb_test_that_no_match_lacks():
    frames, tests = compiled_frames(), _verb_tests()
    assert all(t is not None for t in tests), "a frame lost its verb test: slower, not wrong"
    texts = _texts()
    fired = 0
    for (frame, regex), verb in zip(frames, tests, strict=True):
        for text in texts:
            if regex.search(text):
                fired += 1
                assert verb.search(text), (frame["id"], text)
    assert fired > len(frames)  # the frames do fire on these texts


def test_optional_or_alternative_verb_groups_give_no_test():
    assert required_group(r"⟨(?P<A>\d+)⟩(?P<v>收购)", "v") == "(?P<v>收购)"
    assert required_group(r"⟨(?P<A>\d+)⟩[(](?P<v>收购)", "v") == "(?P<v>收购)"
    assert required_group(r"[)(]⟨\d+⟩(?P<v>收购)?", "v") is None  # optional
    assert required_group(r"(?:⟨\d+⟩(?P<v>收购))?", "v") is None  # inside a group
    assert required_group(r"⟨\d+⟩(?P<v>收购)|入股", "v") is None  # another alternative
    assert required_group(r"(?P<A>甲)(?P<v>收购)(?P=A)", "v") is None  # back-reference
