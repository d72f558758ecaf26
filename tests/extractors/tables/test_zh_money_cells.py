"""Chinese financing and rating tables as brokers' weeklies write them: an investor cell
whose role words run on after the names ("红杉中国领投，蓝驰创投、联想创投跟投", no
brackets), and a Hong Kong house's rating table whose close column is headed "收市价".
The reports are written for this test (invented companies and figures)."""

from __future__ import annotations

from aikg.extractors import tables
from aikg.extractors.document import segment
from aikg.schema import Document, EventFact, RelationFact

FUNDING = """澄岭证券 | 计算机行业周报 | 2031年4月6日

# 计算机行业周报：一级市场融资回暖

表 3：本周 AI 企业融资事件

| 日期 | 公司 | 轮次 | 金额 | 投资方 |
|---|---|---|---|---|
| 2031-04-01 | 岚汐机器人 | B 轮 | 5 亿元 | 星野资本领投，澄川创投、鹿鸣基金跟投 |
| 2031-04-02 | 栖木智能 | A 轮 | 2 亿元 | 汀兰资本、岩川创投联合领投 |
| 2031-04-03 | 墨衡动力 | 天使轮 | 3000 万元 | 青榄天使等跟投 |
| 2031-04-03 | 溪川数据 | Pre-A 轮 | 8000 万元 | 北岑资本（领投）、云杉创投 |

资料来源：公司公告，澄岭证券研究所
"""

HK_RATINGS = """汇澄证券（香港） | 港股互联网 | 2031年4月6日

# 港股互联网：AI 应用加速落地

表 5：评级一览

| 股票代码 | 公司 | 评级 | 收市价(港元) | 目标价(港元) |
|---|---|---|---|---|
| 9901.HK | 星岚科技 | 买入 | 128.60 | 160.00 |
| 9902.HK | 澄湾网络 | 持有 | 42.35 | 45.00 |

资料来源：彭博，汇澄证券（香港）
"""


def _facts(text: str) -> list:
    return list(tables.extract(segment(Document(path="r.md", report_id="r", text=text))))


def test_role_words_run_on_after_investor_names_are_no_part_of_the_names() -> None:
    rounds = {}
    for fact in _facts(FUNDING):
        if isinstance(fact, EventFact) and fact.label == "Investment":
            parts = {p.rel_type: [] for p in fact.participants}
            for p in fact.participants:
                parts[p.rel_type].append(p.entity.name)
            rounds[parts["INVESTS_IN"][0]] = sorted(parts["MAKES_INVESTMENT"])
    assert rounds == {
        "岚汐机器人": ["星野资本", "澄川创投", "鹿鸣基金"],
        "栖木智能": ["岩川创投", "汀兰资本"],
        "墨衡动力": ["青榄天使"],
        "溪川数据": ["云杉创投", "北岑资本"],
    }


def test_a_close_column_headed_in_hong_kong_words_gives_each_rating_its_close() -> None:
    rated = {
        f.target.name: (f.props["rating"], f.props.get("close_price"), f.props["price_currency"])
        for f in _facts(HK_RATINGS)
        if isinstance(f, RelationFact) and f.type == "RATES"
    }
    assert rated == {"星岚科技": ("买入", 128.6, "HKD"), "澄湾网络": ("持有", 42.35, "HKD")}


MORNING = """澄岭证券 | 晨会纪要 | 2031年4月7日

# 晨会纪要：AI 算力链景气延续

## 行业观点

算力需求持续旺盛，维持行业“推荐”评级。

## 公司点评

### （一）星河半导体（688777.SH）：三季报点评，云端芯片放量

公司前三季度营收同比增长 65%，云端训练芯片出货超预期。我们上调盈利预测，
目标价 180 元，维持“买入”评级。

### （二）澄湾网络（9902.HK）：AI 广告带动收入提速

AI 广告投放工具带动广告收入提速，首次覆盖，给予“增持”评级。

### （三）溪川数据（300999.SZ）：订单饱满

公司在手订单饱满，新签智算中心项目三个。

## 风险提示

需求不及预期。
"""


def test_a_digest_rates_the_company_each_heading_names() -> None:
    rated = {
        f.target.name: (f.props["rating"], f.props.get("close_price"))
        for f in _facts(MORNING)
        if isinstance(f, RelationFact) and f.type == "RATES"
    }
    assert rated == {"星河半导体": ("买入", None), "澄湾网络": ("增持", None)}


HK_NOTE = """澄岭证券（香港） | 公司点评 | 2031年4月6日

# 星岚科技（9901.HK）：AI 广告带动收入提速

投资评级：买入（维持）｜目标价：160.00 港元｜现价：128.60 港元

我们看好公司 AI 广告业务的放量。
"""


def test_a_key_data_line_of_full_width_bars_gives_rating_close_and_target() -> None:
    [rated] = [f for f in _facts(HK_NOTE) if isinstance(f, RelationFact) and f.type == "RATES"]
    assert rated.target.name == "星岚科技"
    props = {k: rated.props.get(k) for k in ("rating", "close_price", "target_price")}
    assert props == {"rating": "买入", "close_price": 128.6, "target_price": 160.0}
    assert rated.props["price_currency"] == "HKD"
