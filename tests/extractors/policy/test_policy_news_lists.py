"""Policies in daily news lists and PDF text: an undated item that opens with its act
("1、工信部等八部门联合印发《…》", "经国务院批复同意，某局等7部门联合印发《…》") is a
policy with no date (an undated item takes no month); a title-first law ("修订后的
《…规定》公布") needs no issuer and takes no effective date as its issue date; a PDF's
wrapped line inside a title and its bullet glyph (◼) are read as one item; a plan ("X：抓紧
制定…") and a filing list are no policies. English: a title word's lower-case topic
("Guidelines on …"), "draft" before a capitalised title, "the Commission" as the European
Commission, a subject after a place aside ("In the US, the Senate"), a rule that adds
bodies to a list, two acts in one sentence, an omnibus proposal. Invented titles and
sentences throughout."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import policy
from aikg.extractors.document import read_document, segment
from aikg.schema import EventFact

BRIEF = """晨间消息汇总（2031.03.16）

三、国内消息
1、工信部等八部门联合印发《关于加快星河制造业智能化的实施意见》，提出到2033年培育100个行业模型。
2、国家发展改革委：抓紧制定算力中心用电价格支持政策。
3、修订后的《星河算法推荐管理规定》公布，自2031年6月1日起施行。
4、经国务院批复同意，国家数据局等7部门联合印发《关于促进星河数据标注产业发展的实施意见》。
5、网信办发布第十四批深度合成服务算法备案信息，共计320款算法完成备案。

2. 政策跟踪

◼ 近日，星河市委宣传部、星河市经济信息化委联合印发《星河市推动人工智能赋能文化产业的若
干措施》，对精品内容给予补贴。
"""

ROUNDUP = """# Policy desk
*Friday, March 13, 2031*
## Policy
- The European Commission on March 9 published draft Guidelines on the classification of \
high-risk AI systems for consultation.
- On 4 March the Commission published its Code of Practice on marking of synthetic media.
- In the US, the Senate passed the Chip Origin Act on 10 March by 61-37, sending it to the \
House. The Bureau of Industry and Security published a rule on 11 March adding 14 entities \
to the Entity List.
- The UK government published its Compute Atlas Roadmap on 5 March, and Japan's Ministry \
of Data issued a draft Enforcement Order of the AI Promotion Act for comment on 6 March.
- In Europe, the European Commission adopted the Data Union Omnibus proposal on 12 March.
"""


def _found(tmp_path: Path, name: str, text: str) -> dict[str, EventFact]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    facts = policy.extract(segment(read_document(path)))
    return {f.props["title"]: f for f in facts if isinstance(f, EventFact)}


def test_undated_news_items_and_title_first_laws(tmp_path: Path) -> None:
    found = _found(tmp_path, "brief.txt", BRIEF)
    opinion = found["关于加快星河制造业智能化的实施意见"]
    assert [p.entity.name for p in opinion.participants] == ["工信部"]
    assert "date" not in opinion.props  # undated item, no month from the report
    labelling = found["关于促进星河数据标注产业发展的实施意见"]
    assert [p.entity.name for p in labelling.participants] == ["国家数据局"]
    law = found["星河算法推荐管理规定"]
    assert law.participants == [] and law.props.get("region") == "CN"
    assert "date" not in law.props  # 2031-06-01 is its effective date
    assert not any("用电价格" in t or "备案" in t for t in found)  # a plan, a filing list


def test_wrapped_pdf_item(tmp_path: Path) -> None:
    found = _found(tmp_path, "brief.txt", BRIEF)
    measures = found["星河市推动人工智能赋能文化产业的若干措施"]
    issuers = [p.entity.name for p in measures.participants]
    assert issuers == ["星河市委宣传部", "星河市经济信息化委"]
    assert measures.props.get("date") == "2031-03"  # 近日: the report's month


def test_english_title_topics_and_the_commission(tmp_path: Path) -> None:
    found = _found(tmp_path, "roundup.md", ROUNDUP)
    guidelines = found["Guidelines on the classification of high-risk AI systems"]
    assert guidelines.props["date"] == "2031-03-09" and guidelines.props["region"] == "EU"
    code = found["Code of Practice on marking of synthetic media"]
    assert [p.entity.name for p in code.participants] == ["European Commission"]


def test_english_asides_lists_and_two_acts(tmp_path: Path) -> None:
    found = _found(tmp_path, "roundup.md", ROUNDUP)
    issuers = {t: [p.entity.name for p in f.participants] for t, f in found.items()}
    assert issuers["Chip Origin Act"] == ["Senate"]
    assert issuers["Entity List"] == ["Bureau of Industry and Security"]
    assert issuers["Compute Atlas Roadmap"] == ["UK government"]
    assert found["Enforcement Order of the AI Promotion Act"].props["date"] == "2031-03-06"
    assert issuers["Data Union Omnibus"] == ["European Commission"]
