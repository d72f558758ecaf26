"""The three report layouts of the benchmark corpus, each writing its text and the facts
it planted (gold items in the format of :mod:`aikg.graph.evaluation.gold`).

- :func:`zh_monthly`: a Chinese monthly strategy (plain text): dated AI dynamics in
  prose (model releases, a financing, a compute lease) and a tab-separated rating table.
- :func:`zh_thematic`: a Chinese thematic deep-dive (markdown): a chip parameter table,
  a financing table and deal prose.
- :func:`en_note`: an English company note (plain text): a header rating and dated
  prose on a cloud contract, an investment and a model release.

All sentences are invented templates; every name comes from :class:`NameSource` and
every figure from the report's random source.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from corpus_names import NameSource

EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass
class Draft:
    """A report being written: its lines and the gold items planted on them."""

    stem: str
    lines: list[str] = field(default_factory=list)
    gold: dict[str, list[dict]] = field(default_factory=dict)

    def add(self, *lines: str) -> int:
        """Append lines; the 1-based number of the first one."""
        first = len(self.lines) + 1
        self.lines.extend(lines)
        return first

    def plant(self, category: str, line: int, **item) -> None:
        """Record a gold item of ``category`` planted on ``line``."""
        self.gold.setdefault(category, []).append({"report": self.stem, "line": line, **item})

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass
class Universe:
    """The invented world the reports talk about: companies that recur across reports
    (so the graph grows by evidence as well as by names), drawn once per corpus."""

    names: NameSource
    zh_companies: list[str]
    zh_investors: list[str]
    zh_listed: list[tuple[str, str]]  # (ticker, name)
    en_companies: list[str]
    en_investors: list[str]
    en_listed: list[tuple[str, str]]

    @classmethod
    def sized(cls, reports: int, seed: int) -> Universe:
        """About eight names per report in all, at least a few dozen of each kind."""
        names = NameSource(seed)
        count = max(24, 2 * reports)
        return cls(
            names=names,
            zh_companies=[names.zh_company() for _ in range(count)],
            zh_investors=[names.zh_investor() for _ in range(count // 2)],
            zh_listed=[(names.ticker("CN"), names.zh_company()) for _ in range(count // 2)],
            en_companies=[names.en_company() for _ in range(count)],
            en_investors=[names.en_investor() for _ in range(count // 2)],
            en_listed=[(names.ticker("US"), names.en_company()) for _ in range(count // 2)],
        )


def _day(rng: random.Random) -> int:
    return rng.randint(2, 27)


def _iso(year: int, month: int, day: int | None = None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def zh_monthly(draft: Draft, world: Universe, rng: random.Random, year: int, month: int) -> None:
    """A monthly strategy dated early in the month after ``year-month``, the month its
    AI dynamics happened in."""
    pub_year, pub_month = (year + 1, 1) if month == 12 else (year, month + 1)
    broker = world.names.zh_company().removesuffix("智能")[:2] + "证券"
    draft.add(
        broker,
        "证券研究报告 | 行业月度策略",
        f"{pub_year}年{pub_month:02d}月0{rng.randint(1, 6)}日",
        "",
        f"互联网行业 {pub_year} 年 {pub_month} 月投资策略",
        "AI 应用加速渗透，算力订单持续落地",
        "",
        "行业评级：优于大市（维持）",
        "",
        "重点公司盈利预测及投资评级",
        "证券代码\t证券简称\t收盘价\t总市值(亿)\t投资评级\tEPS 2025E\tEPS 2026E",
    )
    for ticker, company in rng.sample(world.zh_listed, 4):
        close = round(rng.uniform(10, 900), 2)
        rating = rng.choice(("买入", "增持", "中性"))
        line = draft.add(
            f"{ticker}\t{company}\t{close:.2f}\t{rng.randint(50, 9000):,}\t{rating}\t"
            f"{rng.uniform(0.1, 9):.2f}\t{rng.uniform(0.1, 9):.2f}"
        )
        draft.plant("ratings", line, ticker=ticker, company=company, rating=rating, close=close)
    draft.add(
        f"注：收盘价单位为人民币元，截至 {pub_year} 年 {pub_month} 月初",
        f"资料来源：Wind，{broker}研究所预测",
        "",
        "人工智能动态：模型密集更新",
        "",
        "本月国内外模型厂商密集发布新品，推理与多模态能力继续提升。",
        "",
    )
    makers = rng.sample(world.zh_companies, 3)
    for maker in makers:
        model, day = world.names.model(), _day(rng)
        line = draft.add(
            f"{month} 月 {day} 日，{maker}发布新一代大模型 {model}，推理与编码能力较上一代"
            "明显提升。",
            "",
        )
        draft.plant(
            "model_releases",
            line,
            maker=[maker],
            model=model,
            action="release",
            date=_iso(year, month, day),
        )
    draft.add("行业动态：融资与算力合同", "", "一级市场融资与算力租赁合同继续落地。", "")
    investee, investor = rng.choice(world.zh_companies), rng.choice(world.zh_investors)
    amount, day = rng.randint(2, 40), _day(rng)
    line = draft.add(
        f"{month} 月 {day} 日，{investee}完成 {amount} 亿元 B 轮融资，由{investor}领投。", ""
    )
    draft.plant(
        "investments",
        line,
        investor=[investor],
        investee=[investee],
        round="b",
        amount={"value": amount * 1e8, "currency": "CNY"},
        date=_iso(year, month, day),
    )
    tenant, landlord = rng.sample(world.zh_companies, 2)
    amount, day = rng.randint(3, 60), _day(rng)
    line = draft.add(
        f"{month} 月 {day} 日，{tenant}向{landlord}租用智算算力五年，合同总价约 {amount} 亿元。",
        "",
        "风险提示：AI 商业化进度低于预期；行业竞争加剧。",
    )
    draft.plant(
        "deals",
        line,
        payer=[tenant],
        payee=[landlord],
        kind=["compute_lease", "cloud_contract"],
        amount={"value": amount * 1e8, "currency": "CNY"},
        date=_iso(year, month, day),
    )


def zh_thematic(draft: Draft, world: Universe, rng: random.Random, year: int, month: int) -> None:
    """A thematic deep-dive in markdown: chip table, financing table, deal prose."""
    broker = world.names.zh_company()[:2] + "证券"
    draft.add(
        "# 国产 AI 算力产业链深度：订单进入兑现期",
        "",
        f"{broker} · 行业深度报告 · 电子 · {year} 年 {month} 月 {_day(rng)} 日",
        "",
        "投资评级：推荐（首次）",
        "",
        "## 一、主流 AI 芯片参数对比",
        "",
        "表 1：国产 AI 加速芯片参数",
        "",
        "| 厂商 | 芯片 | 类型 | 制程 | FP16 算力（TFLOPS） | 功耗（W） | 显存 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    )
    for vendor in rng.sample(world.zh_companies, 3):
        chip, kind = world.names.chip(), rng.choice(("ASIC", "GPU", "NPU"))
        nm, tflops, watts = (
            rng.choice((5, 7, 12)),
            rng.randint(10, 99) * 10,
            rng.randint(6, 14) * 50,
        )
        line = draft.add(
            f"| {vendor} | {chip} | {kind} | {nm}nm | {tflops} | {watts} | 64GB HBM2e |"
        )
        draft.plant(
            "chips",
            line,
            vendor=[vendor],
            chip=chip,
            chip_type=kind,
            process_nm=nm,
            fp16_tflops=tflops,
            power_w=watts,
        )
    draft.add(
        "",
        "资料来源：公司官网，研究所整理",
        "",
        "## 二、一级市场：算力芯片融资活跃",
        "",
        f"表 2：{year} 年算力产业链主要融资事件",
        "",
        "| 时间 | 公司 | 轮次 | 金额 | 主要投资方 |",
        "| --- | --- | --- | --- | --- |",
    )
    for investee in rng.sample(world.zh_companies, 2):
        investors = rng.sample(world.zh_investors, 2)
        amount, day = rng.randint(2, 30), _day(rng)
        line = draft.add(
            f"| {year}.{month:02d}.{day:02d} | {investee} | C轮 | {amount} 亿元 | "
            f"{'、'.join(investors)} |"
        )
        for investor in investors:
            draft.plant(
                "investments",
                line,
                table="表 2",
                investor=[investor],
                investee=[investee],
                round="c",
                amount={"value": amount * 1e8, "currency": "CNY"},
                date=_iso(year, month, day),
            )
    draft.add("", "资料来源：IT桔子，研究所整理", "", "## 三、交易结构：长单与租赁", "")
    buyer, seller = rng.sample(world.zh_companies, 2)
    amount, day = rng.randint(3, 50), _day(rng)
    line = draft.add(
        f"**（1）设备采购。** {month} 月 {day} 日，{buyer}向{seller}采购约 {amount} 亿元的"
        " AI 服务器。",
        "",
    )
    draft.plant(
        "deals",
        line,
        payer=[buyer],
        payee=[seller],
        kind=["hardware_purchase", "chip_purchase"],
        amount={"value": amount * 1e8, "currency": "CNY"},
        date=_iso(year, month, day),
    )


def en_note(draft: Draft, world: Universe, rng: random.Random, year: int, month: int) -> None:
    """An English company note: header rating and dated prose."""
    ticker, company = rng.choice(world.en_listed)
    broker = world.names.en_company().split()[0] + " Securities"
    day, price = _day(rng), round(rng.uniform(5, 400), 2)
    rating = rng.choice(("Outperform", "Neutral", "Underperform"))
    line = draft.add(
        f"{broker} | US Equity Research | Technology",
        f"{EN_MONTHS[month - 1]} {day}, {year}",
        "",
        f"{company} ({ticker} US)",
        "Compute demand keeps the order book full",
        "",
        f"Rating: {rating} (unchanged)",
    )
    zh_rating = {"Outperform": "优于大市", "Neutral": "中性", "Underperform": "弱于大市"}[rating]
    draft.plant(
        "ratings",
        line + 6,
        ticker=f"{ticker} US",
        company=[company, f"{ticker} US"],
        rating=[rating, zh_rating],
        close=price,
    )
    draft.add(
        f"Price target: ${price * 1.2:.2f}",
        f"Price ({EN_MONTHS[month - 1][:3]} {day}, {year} close): ${price:.2f}",
        "",
        "Summary",
    )
    customer = rng.choice(world.en_companies)
    amount, day = rng.randint(2, 20), _day(rng)
    line = draft.add(
        f"On {EN_MONTHS[month - 1]} {day}, {year}, {customer} signed a ${amount} billion "
        f"multi-year cloud contract with {company}.",
    )
    draft.plant(
        "deals",
        line,
        payer=[customer],
        payee=[company],
        kind=["cloud_contract", "compute_lease"],
        amount={"value": amount * 1e9, "currency": "USD"},
        date=_iso(year, month, day),
    )
    investor, investee = rng.choice(world.en_investors), rng.choice(world.en_companies)
    amount, day = rng.randint(50, 900), _day(rng)
    line = draft.add(
        f"On {EN_MONTHS[month - 1]} {day}, {investor} invested ${amount} million in {investee}.",
    )
    draft.plant(
        "investments",
        line,
        investor=[investor],
        investee=[investee],
        amount={"value": amount * 1e6, "currency": "USD"},
        date=_iso(year, month, day),
    )
    maker, model, day = rng.choice(world.en_companies), world.names.model(), _day(rng)
    line = draft.add(
        f"{maker} released {model}, its new reasoning model, on {EN_MONTHS[month - 1]} {day}.",
        "",
        "Risks: slower AI adoption; customer concentration.",
    )
    draft.plant(
        "model_releases",
        line,
        maker=[maker],
        model=model,
        action="release",
        date=_iso(year, month, day),
    )


LAYOUTS = {
    "zh_monthly": (zh_monthly, ".txt"),
    "zh_thematic": (zh_thematic, ".md"),
    "en_note": (en_note, ".txt"),
}
