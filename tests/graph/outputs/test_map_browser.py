"""Every map is used as a person would: opened in Debian's headless Chromium with the
network cut, it draws without a console error, shows its node count, finds a node typed
into its search box and centres on it; a screenshot of each is saved."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from headless import Page
from synthetic import synthetic_graph

from aikg.graph.cli import main
from aikg.graph.outputs import load_build
from aikg.graph.outputs.maps import write_map

VIEWS = {
    "company": ["--company", "英伟达", "--hops", "2"],
    "money": ["--money"],
    "period": ["--since", "2025-09", "--until", "2025-12"],
    "labels": ["--labels", "Company,Chip"],
}


@pytest.fixture(scope="module")
def maps(seed_out, tmp_path_factory) -> dict[str, Path]:
    """The build's own map.html, one map per focused view (written by `aikg map`) and a
    10,000-node map of a made-up graph."""
    folder = tmp_path_factory.mktemp("maps")
    paths = {"build": seed_out / "map.html"}
    for name, args in VIEWS.items():
        out = folder / f"{name}.html"
        result = CliRunner().invoke(main, ["map", str(seed_out), *args, "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert f"wrote {out}" in result.output
        paths[name] = out
    paths["large"] = write_map(synthetic_graph(10_000), folder / "large.html")
    return paths


def _page_data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    payload = text.split('<script type="application/json" id="aikg-data">', 1)[1]
    return json.loads(payload.split("</script>", 1)[0].replace("<\\/", "</"))


def _use(page: Page, path: Path, query: str, shot: Path) -> dict:
    page.open(path)
    page.wait_for("document.body.dataset.drawn")
    count = page.evaluate("document.getElementById('aikg-count').dataset.nodes")
    drawn = page.evaluate("window.aikgNetwork.body.data.nodes.length")
    page.type_text("#aikg-query", query)
    page.wait_for("document.body.dataset.found", timeout=20)
    found = page.evaluate("document.body.dataset.found")
    selected = page.evaluate("window.aikgNetwork.getSelectedNodes()")
    page.screenshot(shot)
    return {
        "count": int(count),
        "drawn": drawn,
        "found": found,
        "selected": selected,
        "title": page.evaluate("document.title"),
        "status": page.evaluate("document.getElementById('aikg-status').textContent"),
    }


@pytest.mark.parametrize(
    ("name", "query", "expected"),
    [
        ("build", "英伟达", "company:nvidia"),  # a Chinese alias
        ("company", "nvidia", "company:nvidia"),  # an English name, any case
        ("money", "甲骨文", "company:oracle"),
        ("period", "OpenAI", "company:openai"),
        ("labels", "NVDA.O", "company:nvidia"),  # a ticker alias
        ("large", "公司00003", "company:c00003"),
    ],
)
def test_each_map_is_usable_offline_in_chromium(maps, name, query, expected, tmp_path):
    shot = tmp_path / f"{name}.png"
    with Page() as page:
        seen = _use(page, maps[name], query, shot)
        assert page.console_errors == [], page.console_errors
        assert page.outside_requests() == []  # nothing but the file itself
    nodes = _page_data(maps[name])["nodes"]
    assert seen["count"] == seen["drawn"] == len(nodes) > 0
    assert seen["title"].startswith("aikg map: ")
    assert seen["found"] == expected and seen["selected"] == [expected]
    assert seen["status"].startswith("found ")
    assert shot.stat().st_size > 20_000  # a drawn picture, not a blank page


def test_screenshots_have_a_cjk_font():
    """Without one, Chinese names in the screenshots come out as boxes."""
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True)
    assert fonts.stdout.strip(), ".ci/run installs Debian's fonts-noto-cjk for this"


def test_a_search_that_matches_nothing_says_so(maps):
    with Page() as page:
        page.open(maps["company"])
        page.wait_for("document.body.dataset.drawn")
        page.type_text("#aikg-query", "Nobody Such")
        page.wait_for("document.getElementById('aikg-status').textContent !== ''")
        assert "no node called" in page.evaluate(
            "document.getElementById('aikg-status').textContent"
        )
        assert page.evaluate("document.body.dataset.found") is None


def test_focused_views_hold_what_they_promise(maps, seed_out):
    G = load_build(seed_out)
    labels = {n["kind"] for n in _page_data(maps["labels"])["nodes"]}
    assert labels <= {"Company", "Chip"} and "Chip" in labels
    money = _page_data(maps["money"])
    assert {n["kind"] for n in money["nodes"]} <= {"Company", "Organization", "Investment", "Deal"}
    assert any(e["color"] == "#d62728" for e in money["edges"])  # the loops, highlighted
    for node in _page_data(maps["period"])["nodes"]:
        date = G.nodes[node["id"]].get("date")
        assert date is None or "2025-09" <= date[:7] <= "2025-12" or date == "2025", node
    company = _page_data(maps["company"])
    assert "company:nvidia" in {n["id"] for n in company["nodes"]}
    assert len(company["nodes"]) < len(_page_data(maps["build"])["nodes"])


def test_tooltips_sizes_and_widths_carry_the_facts(maps):
    data = _page_data(maps["build"])
    nvidia = next(n for n in data["nodes"] if n["id"] == "company:nvidia")
    assert "recent facts" in nvidia["title"] and "“" in nvidia["title"]  # facts, evidence
    assert "英伟达" in nvidia["title"] and "reports: " in nvidia["title"]
    for kind in {n["kind"] for n in data["nodes"]}:  # every kind says more than its name
        assert all(len(n["title"].splitlines()) >= 2 for n in data["nodes"] if n["kind"] == kind)
    sizes = sorted(n["size"] for n in data["nodes"])
    assert sizes[-1] > 3 * sizes[0]  # size follows centrality
    assert max(e["width"] for e in data["edges"]) > 5  # width follows the amount
    assert any("MENTIONS edges" in note for note in data["notes"])  # what was left out


def test_a_large_map_is_laid_out_in_python_and_can_be_cut_to_the_top(maps, seed_out, tmp_path):
    large = _page_data(maps["large"])
    assert large["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in large["nodes"])
    out = tmp_path / "top.html"
    result = CliRunner().invoke(main, ["map", str(seed_out), "--top", "40", "--out", str(out)])
    assert result.exit_code == 0
    top = _page_data(out)
    assert len(top["nodes"]) == 40
    assert any(note.startswith("showing the 40 most central of") for note in top["notes"])
    bad = CliRunner().invoke(main, ["map", str(seed_out), "--company", "Nobody"])
    assert bad.exit_code == 2 and "--company Nobody" in bad.output
