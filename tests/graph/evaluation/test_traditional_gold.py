"""Gold of a report in traditional characters keeps the report's surface forms ("騰訊控股",
"買入"); aikg reads the report folded to simplified characters, so the scorer compares the
gold in that folded form and a fact read right is not counted as missed. Invented note."""

from __future__ import annotations

import json
from pathlib import Path

from aikg.graph import build
from aikg.graph.evaluation import load_gold, score

NOTE = """# 港灣證券 | 香港科技互聯網 2031 年 6 月

## 騰訊控股（0700.HK）：維持「買入」評級

騰訊控股第二季淨利潤同比增長 12%。美團與中國移動簽訂戰略合作協議。
"""


def test_traditional_gold_matches_the_folded_graph(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "hk_note.md").write_text(NOTE, encoding="utf-8")
    gold = {
        "version": 1,
        "reports": {"hk_note": {}},
        "ratings": [
            {
                "report": "hk_note",
                "line": 3,
                "ticker": "0700.HK",
                "company": "騰訊控股",
                "rating": "買入",
                "close": None,
                "optional": True,
            },
        ],
        "entities": [
            {"report": "hk_note", "line": 3, "label": "Company", "name": "騰訊控股"},
            {"report": "hk_note", "line": 5, "label": "Company", "name": "美團"},
            {"report": "hk_note", "line": 5, "label": "Company", "name": "中國移動"},
        ],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    loaded = load_gold(path)
    assert [e["name"] for e in loaded["entities"]] == ["腾讯控股", "美团", "中国移动"]
    assert loaded["entities"][0]["report"] == "hk_note"  # ids are not folded
    scores = score(build([reports]).graph, loaded)
    assert scores["entities"]["recall"] == 1.0, scores["entities"]["misses"]
