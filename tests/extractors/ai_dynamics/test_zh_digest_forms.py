"""Release forms of Chinese digests and monthlies (round 24): a numbered item whose day
follows the maker ("1) 甲: 2 月 11 日上线 X"), a later sentence that opens with its own
day, traditional script, a hyphen spaced inside a name, 静默更新, a day line over its
items, a section heading that states news, an emoji heading in a text dump, releases told
as nouns in a dated sentence, a chip word in another clause. Invented names throughout."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

MONTHLY = """# 鹤川证券 AI 月度观察

**鹤川证券研究所 | 2031年3月2日**

## 人工智能动态

1) 星穹智能：2月11日上线新一代旗舰模型 Zyra-5，编程能力大幅提升。
2) 阿里巴巴：2月10日发布图像模型 Qwen-Pix-3.0。除夕(2月16日)，阿里巴巴又开源 Qwen9.5。
3) 腾讯：2月13日發佈多模態模型 Hunyuan-Pix 9.0，並開源權重。
4) 智谱：2月14日推出 GLM - 9.5，长上下文增强。
5) MiniMax：2月12日，MiniMax-M9.5 静默更新，编程能力增强。
6) 谷歌：2月15日，随着 Gemini 9.1 Pro 的推出，谷歌云用户大幅增长。
7) 腾讯：2月17日开源视频模型 HunyuanVid 9.5，参数量 8.3B，消费级显卡可跑。
随着 GPT-4 的发布，大模型竞争加剧。
"""

DIGEST = """# 星桥 AI 日报（2031年2月10日）

## 🔥 今日要闻

### 1. 星穹智能开源新一代旗舰模型 Zyra-6

该模型在编程与智能体任务上大幅提升。

## 模型动态

### 2月9日

- 岚光科技发布语音模型 LanVoice 2.0。
"""

TEXT_DUMP = """星桥 AI 周报（2031年第7周）
2031年2月14日
目录
一、本周观点 3
🚀 模型发布
2月10日，北辰智能开源长文本模型 Beichen-Max 2.0。
📜 政策速览
2月12日，工信部发布《人工智能产业标准化指南》。
"""


def test_zh_numbered_items_and_their_days(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "monthly.md", MONTHLY)
    assert ("星穹智能", "Zyra-5", "release", "2031-02-11") in found  # the day after the maker
    assert ("阿里巴巴", "Qwen-Pix-3.0", "release", "2031-02-10") in found
    assert ("阿里巴巴", "Qwen9.5", "open_source", "2031-02-16") in found  # its own day
    assert ("腾讯", "Hunyuan-Pix 9.0", "release", "2031-02-13") in found  # traditional script
    assert ("智谱", "GLM-9.5", "release", "2031-02-14") in found  # "GLM - 9.5"
    assert ("MiniMax", "MiniMax-M9.5", "update", "2031-02-12") in found  # 静默更新
    assert ("谷歌", "Gemini 9.1 Pro", "release", "2031-02-15") in found  # dated 随着 X 的推出
    assert ("腾讯", "HunyuanVid 9.5", "open_source", "2031-02-17") in found  # 显卡: other clause
    assert not any(model == "GPT-4" for _, model, _, _ in found)  # undated: background


def test_zh_digest_headings(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "digest.md", DIGEST)
    assert ("星穹智能", "Zyra-6", "open_source", None) in found  # the heading states the news
    assert ("岚光科技", "LanVoice 2.0", "release", "2031-02-09") in found  # the day line above


def test_zh_emoji_headings_in_a_text_dump(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "weekly.txt", TEXT_DUMP)  # not left in the contents
    assert ("北辰智能", "Beichen-Max 2.0", "open_source", "2031-02-10") in found
