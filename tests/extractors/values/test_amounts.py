"""Money amounts and percentages: Chinese and English units, currencies and hedges."""

import pytest
from support import SEEDS  # noqa: E402

from aikg.extractors.values.amounts import find_amounts, find_percents, parse_amount


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier"),
    [
        ("至多 1000 亿美元", 1.0e11, "USD", "up_to"),
        ("65 亿美元", 6.5e9, "USD", "exact"),
        ("11.6亿欧元", 1.16e9, "EUR", "exact"),
        ("超 330 亿美元", 3.3e10, "USD", "over"),
        ("近 90 亿美元", 9.0e9, "USD", "about"),
        ("1.38万亿元", 1.38e12, "CNY", "exact"),
        ("$6.5 billion", 6.5e9, "USD", "exact"),
        ("USD 300bn", 3.0e11, "USD", "exact"),
        ("US$1.2bn", 1.2e9, "USD", "exact"),
        ("HK$ 800 million", 8.0e8, "HKD", "exact"),
        ("€ 2.4 billion", 2.4e9, "EUR", "exact"),
        ("EUR 75m", 7.5e7, "EUR", "exact"),
        ("more than $3 trillion", 3.0e12, "USD", "over"),
        ("nearly 4 billion dollars", 4.0e9, "USD", "about"),
        ("up to USD 12bn", 1.2e10, "USD", "up_to"),
        ("约 3000 亿日元", 3.0e11, "JPY", "about"),
        ("逾 20 亿港元", 2.0e9, "HKD", "over"),
        ("最高可达 100 万元", 1.0e6, "CNY", "up_to"),
        ("5 千亿元", 5.0e11, "CNY", "exact"),
        ("近百亿美元", 1.0e10, "USD", "about"),
        ("人民币 20 亿元", 2.0e9, "CNY", "exact"),
        ("100 多亿美元", 1.0e10, "USD", "over"),
        ("50 亿美元左右", 5.0e9, "USD", "about"),
        ("100-150 亿元", 1.5e10, "CNY", "up_to"),
        ("313.59 亿元", 3.1359e10, "CNY", "exact"),
        ("上百亿元", 1.0e10, "CNY", "over"),
    ],
)
def test_parse_amount(text, value, currency, qualifier):
    amount = parse_amount(text)
    assert amount is not None, text
    assert amount.value == pytest.approx(value)
    assert (amount.currency, amount.qualifier) == (currency, qualifier)


@pytest.mark.parametrize("text", ["数十亿美元", "数百亿元", "multi-billion dollar", "几千万元"])
def test_undisclosed_amounts_have_no_value(text):
    amount = parse_amount(text)
    assert amount is not None and amount.value is None
    assert amount.qualifier == "about"
    assert "amount" not in amount.props() and amount.props()["amount_text"]


def test_amount_text_keeps_the_hedge():
    amount = parse_amount("宣布向某公司投资至多 1000 亿美元,用于")
    assert amount.text == "至多 1000 亿美元"
    assert amount.props() == {
        "amount": 1.0e11,
        "currency": "USD",
        "amount_text": "至多 1000 亿美元",
        "amount_qualifier": "up_to",
    }


def test_counts_and_names_are_not_money():
    assert find_amounts("采购 35 万块 H100 GPU,新增 10 万颗芯片,用户 1.39 亿") == []
    assert find_amounts("图 5: 收入测算(百万美元/%)") == []
    assert find_amounts("Zentra GB300 服务器") == []


def test_bare_scaled_number_only_on_request():
    assert find_amounts("投资 50 亿") == []
    [(_, _, amount)] = find_amounts("投资 50 亿", require_currency=False)
    assert (amount.value, amount.currency) == (5.0e9, "")
    assert parse_amount("投资 50 亿").value == 5.0e9


@pytest.mark.parametrize(
    ("text", "value"), [("$5m", 5.0e6), ("EUR 2.1t", 2.1e12), ("USD 300 bn", 3.0e11)]
)
def test_a_one_letter_unit_is_a_scale_only_right_after_the_number(text, value):
    """``unit_needs_no_space`` (rules/amounts/en.toml): "5m" is five million, while "5 m"
    (metres) or a date before a round column ("2025-09-10<tab>B轮") is no amount; a unit
    of several letters may stand apart ("300 bn")."""
    [(_, _, amount)] = find_amounts(text)
    assert amount.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["$5 m", "US$ 2.1 t", "a 5 m mast", "2025-09-10\tB轮"])
def test_a_spaced_one_letter_unit_makes_no_amount(text):
    assert find_amounts(text, require_currency=False) == []


def test_several_amounts_in_one_sentence_in_order():
    text = "Borlex 投资近 7 亿美元, 其中 3 亿美元为股权融资, 最高 4 亿美元为债务融资"
    got = [(a.value, a.qualifier) for _, _, a in find_amounts(text)]
    assert got == [(7.0e8, "about"), (3.0e8, "exact"), (4.0e8, "up_to")]
    start, end, _ = find_amounts(text)[0]
    assert text[start:end] == "近 7 亿美元"


def test_percents():
    assert [p[2] for p in find_percents("Quillon 持股 7%, 另一家持有 26.32 % 股份")] == [7.0, 26.32]
    assert [p[2] for p in find_percents("占比百分之十五")] == [15.0]


def test_seed_amounts():
    text = (SEEDS / "004_8f15ef35ad2c8696.txt").read_text("utf-8")
    values = {(a.value, a.currency, a.qualifier) for _, _, a in find_amounts(text)}
    assert (1.0e11, "USD", "up_to") in values
    assert (3.0e11, "USD", "exact") in values
    assert (None, "USD", "about") in values
    assert (3.3e10, "USD", "over") in values
    assert (5.0e11, "USD", "exact") in values
    text = (SEEDS / "000_b085a0ce9d78d87f.txt").read_text("utf-8")
    assert (1.16e9, "EUR", "exact") in {
        (a.value, a.currency, a.qualifier) for _, _, a in find_amounts(text)
    }
