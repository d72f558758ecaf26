"""An English newsletter's policy bullets: one labelled by its state ("**New York:**
Governor X signed the Y Act") is the US's, while "New York Times" names no state; "the
first draft of the Code of Practice on ..." names the code with its topic, not "draft".
Invented names."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import policy
from aikg.extractors.document import read_document, segment
from aikg.schema import EventFact

BRIEF = """# The Brief
*Friday, December 19, 2031*
## Policy
- **New York:** Governor Ana Ruiz signed the Frontier Safety Act on December 19.
- **EU:** The European Commission on December 17 published the first draft of the Code of \
Practice on labelling synthetic media.
- The New York Times reported that lawmakers debated the Open Models Bill on December 18.
"""


def test_state_label_gives_the_region(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(BRIEF, encoding="utf-8")
    found = {
        f.props["title"]: f.props.get("region")
        for f in policy.extract(segment(read_document(path)))
        if isinstance(f, EventFact)
    }
    assert found.get("Frontier Safety Act") == "US"
    assert "Open Models Bill" not in found  # debated, not enacted
    # the draft's code with its topic, not "first draft of"
    assert found.get("Code of Practice on labelling synthetic media") == "EU"
