"""Release forms of broker AI weeklies ("AI 周度跟踪", "大模型追踪" lists): a company line
with its date ("快手: 11 月 19 日, 发布 X"), a verb that opens a numbered list of models
("发布多款新模型: 1) 推理模型 X; 2) ..."), a brand glued to its type word ("视频生成模型
可灵 2.6 Turbo"), "发布升级版 X", a date between maker and verb ("X 于 11 月 17 日上线 Y"),
"X 的 Y 模型正式上线", a known model name holding its maker ("腾讯混元大模型升级至 Y"),
公测 and 正式商用, a base model's version word ("推出 X 的轻量版本 Y"); an undated list
item is news of the reviewed month. Protocols, plans and rumours are no releases.
Invented names and sentences throughout."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

WEEKLY = """AI 周度跟踪 2031 年第 12 期
2031 年 3 月 24 日
一、本期 AI 动态跟踪
1.1 AI 大模型
- 阿里巴巴：3 月 18 日发布多款新模型：1）旗舰推理模型 Zyra-Max-Think，总参数超万亿；\
2）视觉语言模型 Zyra-VL-Plus，多模态推理领先；3）升级代码模型 Zyra-Coder，效率提升 30%。
- 快手：3 月 19 日，发布视频生成模型可灵 7.6 Turbo，定价下调 20%。
- 3 月 20 日，腾讯开源 3D 生成模型混元 3D 9.0，提供 1.5B 和 7B 两种尺寸。
- 3 月 20 日，字节发布升级版豆包 8.8 视觉深度思考模型，多项测评领先。
- 3 月 21 日，百度发布文心大模型 9.0 和文心大模型 X9.5，两款模型免费开放。
- xAI 于 3 月 17 日上线 Grok 9.1，在文本榜排名第一。
- 3 月 22 日，阿里云的通义万相 9.6 视频模型正式上线。
- 3 月 23 日，腾讯混元大模型升级至 HY 9.5，长文本能力提升。
- 3 月 23 日，栖川科技对外公测其代码大模型 QiCode-9，开发者可免费申请。
- 3 月 22 日，星衡智能推出 Kuafu-9 的轻量版本 Kuafu-9-Mini，面向端侧部署。
- 阿里开源视频生成模型 Wan9.1-VACE，可完成文生视频等功能。
- 事件：3 月 21 日，发布多模态模型 Zyra-Label-9。
1.2 AI 应用
- 3 月 20 日，谷歌正式发布智能体支付协议（AP9），首批接入 60 余家商户。
1.3 前瞻与传闻
- 据媒体报道，DeepSeek 计划于 4 月推出新一代旗舰模型 V9，官方暂未回应。
- 字节跳动规划在 2032 年一季度发布 Seed 9.0 系列模型。
"""


def test_zh_weekly_company_lines_and_lists(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "weekly.md", WEEKLY)
    # a numbered list after "发布多款新模型:": every item is a release of the list's maker
    assert ("阿里巴巴", "Zyra-Max-Think", "release", "2031-03-18") in found
    assert ("阿里巴巴", "Zyra-VL-Plus", "release", "2031-03-18") in found
    assert ("阿里巴巴", "Zyra-Coder", "update", "2031-03-18") in found
    # a company line with its date: the line's company makes the release
    assert ("快手", "可灵 7.6 Turbo", "release", "2031-03-19") in found


def test_zh_weekly_name_shapes(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "weekly.md", WEEKLY)
    assert ("腾讯", "混元 3D 9.0", "open_source", "2031-03-20") in found  # not "3D 9.0"
    assert ("字节", "豆包 8.8", "release", "2031-03-20") in found  # 升级版 is no name
    assert ("百度", "文心大模型 X9.5", "release", "2031-03-21") in found  # not "X9.5"
    assert ("xAI", "Grok 9.1", "release", "2031-03-17") in found  # X 于 <date> 上线 Y
    assert ("阿里云", "通义万相 9.6", "release", "2031-03-22") in found  # X 的 Y 模型
    assert ("腾讯", "HY 9.5", "update", "2031-03-23") in found  # the maker glued to a model
    assert ("栖川科技", "QiCode-9", "release", "2031-03-23") in found  # 公测其 Y
    assert ("星衡智能", "Kuafu-9-Mini", "release", "2031-03-22") in found  # not Kuafu-9
    assert ("阿里", "Wan9.1-VACE", "open_source", None) in found  # an undated item stays so
    assert not any(maker == "事件" for maker, *_ in found)  # a label, not a company
    models = {model for _, model, _, _ in found}
    assert not models & {"3D 9.0", "X9.5", "AP9", "V9", "Seed 9.0"}  # protocol, rumour, plan
