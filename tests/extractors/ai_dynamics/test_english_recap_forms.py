"""Release forms of English sell-side recaps and newsletters: "A week later X introduced
Y" (the day shifted from the paragraph's last one), "the company also rolled out Z" (the
maker just named, not the paragraph's first), "X's Y went GA on Z Cloud", a passive
subject naming its maker with "from" ("The new Y models from X were released"), and a
paragraph that mentions Apple is no paragraph about apps. Expectations stay no releases.
Invented names and sentences throughout."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

RECAP = """# Internet & AI recap

**Quillon Securities | Industry Update | 2 December 2031**

## Model launches

Alphabet's Google DeepMind launched Zyra 9.1 Flash on 18 November, pitching it at agents. \
A week later Anthropic introduced Claude Vela 9.8; the company also rolled out a cheaper \
Claude Vela 9.8 Mini tier to API customers on 26 November.

Separately, Tencent's Hunyuan-Orca-9 went GA on Tencent Cloud on 21 November. The new \
Olmo 9.2 models from Ai2 were released on 27 November with open weights.

Meta debuted Llama 9.5 Maverick at its developer event on 13 November. We expect xAI to \
launch Grok 9 in early 2032, and Apple reportedly plans a new Siri for spring.
"""


def test_recap_release_forms(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "recap.md", RECAP)
    assert ("Google DeepMind", "Zyra 9.1 Flash", "release", "2031-11-18") in found
    assert ("Anthropic", "Claude Vela 9.8", "release", "2031-11-25") in found  # a week later
    assert ("Anthropic", "Claude Vela 9.8 Mini", "release", "2031-11-26") in found  # pronoun
    assert ("Tencent", "Hunyuan-Orca-9", "release", "2031-11-21") in found  # went GA
    assert ("Ai2", "Olmo 9.2", "release", "2031-11-27") in found  # "from Ai2" in the subject
    assert ("Meta", "Llama 9.5 Maverick", "release", "2031-11-13") in found  # "Apple" no app
    assert not any(model.startswith("Grok") for _, model, _, _ in found)  # an expectation
