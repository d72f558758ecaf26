"""Names as real broker notes write them, recognised by shape and context: a company that
opens a model's name, a listed name with its version, rack systems, chips typed by the
noun after them or by a table's header, and the junk of covers (desk lines, indices,
process nodes, people with titles). Every sentence and invented name is written here."""

from aikg.extractors import mentions
from aikg.extractors.mentions import mentions_in
from aikg.extractors.names.gate import is_person, junk_reason
from aikg.extractors.names.lexicon import lookup, name_key
from aikg.schema import ReportMeta, Section, SegmentedReport, Table


def found(text: str, context: str = "") -> set[tuple[str, str]]:
    return {(m.name, m.label) for m in mentions_in(text, None, context)}


def test_a_company_name_that_opens_a_model_name_is_the_model():
    got = found("DeepSeek 开源 DeepSeek-V3.1，月之暗面 Kimi K2 Thinking 随后上线")
    assert {("DeepSeek-V3.1", "Model"), ("Kimi K2 Thinking", "Model")} <= got
    assert ("月之暗面", "Company") in got  # the company part of the listed form stays


def test_a_company_before_a_part_number_or_a_period_stays_a_company():
    got = found("NVIDIA H200 and AMD MI355X ship; Oracle FQ2 beat; TSMC N3 is full.")
    assert {("NVIDIA", "Company"), ("H200", "Chip"), ("AMD", "Company")} <= got
    assert {("MI355X", "Chip"), ("Oracle", "Company"), ("TSMC", "Company")} <= got
    assert not {name for name, _ in got} & {"Oracle FQ2", "TSMC N3", "N3"}


def test_a_model_after_its_company_and_variant_words():
    got = found("Google Gemini 3 and Meta Llama 4 Maverick beat Qorvel-2 Coder.")
    assert {("Gemini 3", "Model"), ("Llama 4 Maverick", "Model")} <= got
    assert ("Google", "Company") in got


def test_a_listed_name_with_its_version_is_one_name():
    got = found("阿里云上线通义万相 2.5，百度文心一言 5.0 开放测试，字节跳动发布豆包大模型 1.6")
    assert {("通义万相 2.5", "Model"), ("文心一言 5.0", "Model")} <= got
    assert ("豆包大模型 1.6", "Model") in got


def test_the_longest_versioned_name_wins():
    assert ("混元 T1", "Model") in found("腾讯元宝接入混元 T1")
    assert ("T1", "Model") not in found("腾讯元宝接入混元 T1")


def test_rack_systems_and_projects_are_products():
    got = found("NVIDIA GB300 NVL72 racks, Vera Rubin NVL144, Project Halcyon; 发布天枢 128 超节点")
    assert {("GB300 NVL72", "Product"), ("Vera Rubin NVL144", "Product")} <= got
    assert {("Project Halcyon", "Product"), ("天枢 128 超节点", "Product")} <= got


def test_the_noun_after_a_code_types_it():
    assert ("LZ-7", "Chip") in found("澜舟深算科技的 LZ-7 推理卡完成适配")
    assert ("QX-4", "Product") in found("租用 300 台 QX-4 人形机器人")
    assert ("Vireo X5", "Chip") in found("the Vireo X5 inference card taped out")
    assert ("LX-NPU 3", "Chip") in found("资金将用于 LX-NPU 3 的流片")


def test_a_table_header_types_a_cell():
    header = "Exhibit 4 Accelerator Designer Memory"
    assert found("Gaudi 9", header + " Gaudi 9 Intel ASIC") == {("Gaudi 9", "Chip")}
    assert found("Orbis-3", "模型追踪 厂商 最新模型 Orbis-3") == {("Orbis-3", "Model")}


def test_chinese_generation_numbers_and_quoted_chips():
    assert ("深流三号", "Chip") in found("曜海信息（688777.SH）深流三号进入批量交付")
    assert ("邃行 4.0", "Chip") in found("同月发布第四代训练芯片“邃行 4.0”")
    assert ("澜舟灵犀", "Model") in found("旗下“澜舟灵犀”营销大模型完成备案")


def test_cover_desk_lines_indices_and_people_are_junk():
    for name in ["Global Equity Research", "Asia Semiconductors", "MODELS AND SOFTWARE"]:
        assert junk_reason(name) == "a heading or boilerplate"
    for name in ["S&P 500", "Nasdaq 100", "MSCI World", "恒生科技", "沪深300指数", "申万软件指数"]:
        assert junk_reason(name) == "a stock index"
    for name in ["Governor Dana Whitlow", "CEO Marta Lindqvist", "In Congress", "加州州长纽森"]:
        assert is_person(name) and not found(f"据悉，{name} 表示")
    assert junk_reason("N3P", "Chip") == "a process node"
    assert junk_reason("恒生电子") is None and junk_reason("China Telecom") is None
    assert found("跑赢 S&P 500，显存 288 GB HBM3E") == set()


def test_legal_suffixes_and_corporate_tails_never_split_a_company():
    assert name_key("Company", "Corvane Systems Inc.") == name_key("Company", "Corvane Systems")
    assert name_key("Company", "Pemberton Hale & Co.") == name_key("Company", "Pemberton Hale")
    assert lookup("Alibaba Group").canonical == lookup("Alibaba").canonical
    assert lookup("Zorbex Group") is None  # an unlisted name is never merged by its tail
    assert name_key("Company", "Corvane Systems") != name_key("Company", "Corvane Labs")


def _report(sections: list[Section], tables: list[Table] | None = None) -> SegmentedReport:
    meta = ReportMeta("r", broker="Pemberton Hale & Co.")
    return SegmentedReport(meta, sections, tables or [], "")


def _entities(report: SegmentedReport) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(f.entity.name, f.entity.label, f.aliases) for f in mentions.extract(report)}


def test_a_report_names_a_company_once_by_its_short_form_and_types_a_code_once():
    got = _entities(
        _report(
            [
                Section("front", "", ["Pemberton Hale & Co.  Global Equity Research"], 1),
                Section("prose", "", ["Halvorsen Compute ordered the Tern-5 switch ASIC."], 3),
                Section("prose", "", ["Halvorsen also tested the Tern-5 platform."], 5),
                Section("prose", "", ["Later Pemberton Hale & Co. hosted a call."], 7),
            ]
        )
    )
    names = {(name, label) for name, label, _ in got}
    assert ("Pemberton Hale & Co", "Company") in names  # the masthead names the broker
    assert ("Halvorsen", "Company") not in names and ("Halvorsen Compute", "Company") in names
    assert ("Tern-5", "Chip") in names and ("Tern-5", "Model") not in names


def test_a_bracketed_name_in_a_cell_is_an_alias():
    table = Table([["Accelerator", "Designer"], ["TPU v9 (Larchwood)", "Orbis"]], "Exhibit 2")
    got = _entities(_report([], [table]))
    assert ("TPU v9", "Chip", ("Larchwood",)) in got
