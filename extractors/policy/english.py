"""English policy sentences: "the European Commission published the X Guidelines", "the
U.S. Department of Commerce issued new export rules on Y" (an issuer named with
Commission/Department/Ministry/..., a title with Guidelines/Act/Rules/..., in
``rules/policy/en.toml``), "The X Act was passed by Y", "The X Act took effect on ..."."""

from __future__ import annotations

import re
from functools import cache

from aikg.extractors.names.lexicon import load_aliases, lookup
from aikg.extractors.policy.rules import en, region_of, rx
from aikg.extractors.text.patterns import kept
from aikg.extractors.values.dates import DateValue, find_dates, lead_span


def find_title_en(after: str) -> str:
    """The title an English policy verb's object names (a quoted or capitalised title,
    else a short noun phrase with a title word, ``title_words``), else "".

    >>> find_title_en(" the AI Compute Access Guidelines."), find_title_en(" a statement.")
    ('AI Compute Access Guidelines', '')
    >>> find_title_en(" new export rules on AI accelerators, citing risks.")
    'export rules on AI accelerators'
    >>> find_title_en(' an executive order titled "Ensuring Compute Access" on May 2.')
    'Ensuring Compute Access'
    >>> find_title_en(" Announcement No. 46 on 3 December 2024, banning exports.")
    'Announcement No. 46'
    >>> find_title_en(" guidance requiring licences for chip sales.")
    'guidance'
    >>> find_title_en(" 'A Framework for Model Testing' on May 3.")
    'A Framework for Model Testing'
    >>> find_title_en(" SB 53 on September 29, 2031.")
    'SB 53'
    >>> find_title_en(" the Compute Sandbox on Tuesday, giving start-ups GPU hours.")
    'Compute Sandbox'
    >>> find_title_en(" an executive order launching the Genesis Mission, which directs")
    'Genesis Mission'
    >>> find_title_en(' the executive order "Ensuring Compute Access" on Thursday')
    'Ensuring Compute Access'
    """
    text = after[re.match(en()["title_lead"], after).end() :]
    quoted = re.match(r"[\"“‘']([^\"”’']{4,80})[\"”’']", text)  # 'X' as newsletters quote
    quoted = quoted or rx("en", "named_title").match(text) or rx("en", "order_program").match(text)
    if quoted:
        return re.sub(r"\s+", " ", quoted.group(1)).strip()
    bill = rx("en", "bill_number").match(text)  # "Governor X signed SB 53": the bill's number
    if bill:
        return bill.group(0).strip()
    words = en()["title_words"]
    dated = find_dates(text, "2000-12")
    text = re.sub(r"\s+(?:on|in|by|from|of)?\s*$", "", text[: dated[0][0]]) if dated else text
    cap = rx("en", "title_cap").match(text)
    if cap and re.search(rf"\b(?:{words})\b", cap.group(0)):
        title = rx("en", "title_trailing_day").sub("", cap.group(0))  # "X Sandbox on Tuesday"
        return _with_complement(title.rstrip("."), text[cap.end() :], words)
    end = rx("en", "title_end").search(text)
    phrase = (text[: end.start()] if end else text).strip()
    count = len(phrase.split())
    bare = re.fullmatch(rf"(?i)(?:{words})", phrase)  # "issued guidance requiring …"
    fits = 2 <= count <= en()["title_max_words"] or bool(bare)
    return phrase if fits and re.search(rf"(?i)\b(?:{words})\b", phrase) else ""


def _with_complement(title: str, rest: str, words: str) -> str:
    """A capitalised title that ends with its title word, with the lower-case topic after
    it ("Guidelines" + " on the classification of high-risk AI systems"), up to where the
    rest of the sentence starts (``title_end``) and within ``title_max_words``.

    >>> _with_complement("Guidelines", " on the use of AI in hiring, citing bias.", "Guidelines")
    'Guidelines on the use of AI in hiring'
    >>> _with_complement("Chip Act", " on Monday.", "Acts?")
    'Chip Act'
    """
    joined = rx("en", "title_complement").match(rest)
    if not joined or not re.search(rf"\b(?:{words})$", title):
        return title
    end = rx("en", "title_end").search(rest)
    topic = (rest[: end.start()] if end else rest).rstrip(". ")
    whole = f"{title}{topic}"
    return whole if len(whole.split()) <= en()["title_max_words"] else title


def find_issuer_en(before: str) -> str:
    """The issuing body an English sentence names before its verb, else "": a name with
    an issuer word (``issuer_words``), a known organisation, a country, or the office
    of a person (``person_issuers``).

    >>> find_issuer_en("On March 25, 2031, the U.S. Department of Commerce has")
    'U.S. Department of Commerce'
    >>> find_issuer_en("On March 4, Zentrix Labs"), find_issuer_en("U.S. President Trump")
    ('', 'White House')
    >>> find_issuer_en("In January the UK government"), find_issuer_en("In the Ministry of Data")
    ('UK government', 'Ministry of Data')
    >>> find_issuer_en("the Commerce Department's Bureau of Industry and Security (BIS)")
    'Bureau of Industry and Security'
    >>> find_issuer_en("Zentrix Municipal People's Government")
    "Zentrix Municipal People's Government"
    >>> find_issuer_en("the Ministry of Data and five other departments jointly")
    'Ministry of Data'
    >>> find_issuer_en("In May the Biden administration"), find_issuer_en("Utah Governor Ana Cole")
    ('White House', 'Utah Governor Ana Cole')
    >>> find_issuer_en("In the US, the Senate")
    'Senate'
    """
    text = re.sub(r"\s*\([^()]{0,40}\)", "", before[lead_span(before) :])  # "(FTC)"
    for start, end, _ in reversed(find_dates(text, "2000-12")):
        text = text[:start] + text[end:]
    text = re.sub(en()["issuer_trailing"], "", text).strip().rstrip(",:;").strip()
    text = re.sub(en()["issuer_partners"], "", text).strip()  # "X and five other departments"
    if rx("en", "administration_issuer").search(text):
        return "White House"  # "the Biden administration": the executive acts through its office
    issuer = _issuer_run(text)
    aside = re.search(r",\s+the\s+(.+)$", issuer)  # "In the US, the Senate": the Senate
    if aside and _issuer_run(aside.group(1)) == aside.group(1):
        issuer = aside.group(1)
    *owners, owned = re.split(r"[’']s\s+", issuer)  # "the Commerce Department's Bureau of ..."
    owner = "'s ".join(owners)
    if owner and _issuer_run(owner) == owner and _issuer_run(owned) == owned:
        return owned  # a body of a body; "Shenzhen Municipal People's Government" is one
    return issuer


def _issuer_run(text: str) -> str:
    """The issuer a text ends with (see :func:`find_issuer_en`), else ""."""
    gov = rx("en", "country_government").search(text)  # "the UK government"
    if gov and any(kept(r["re"]).fullmatch(gov.group(1)) for r in en()["regions"]):
        return f"{gov.group(1)} government"
    m = re.search(rf"(?:{en()['issuer_run']})$", text)
    tokens = m.group(0).split() if m else []
    while tokens and (tokens[0] in en()["issuer_stopwords"] or tokens[0].islower()):
        tokens.pop(0)  # "In the U.S. Department ...": the sentence's words, then a joiner
    run = " ".join(tokens)
    office = next((p["office"] for p in en()["person_issuers"] if kept(p["re"]).fullmatch(run)), "")
    office = office or (run if rx("en", "official_issuer").fullmatch(run) else "")
    words = "|".join(en()["issuer_words"])
    country = len(tokens) <= 3 and any(kept(r["re"]).fullmatch(run) for r in en()["regions"])
    if office or not run:
        return office
    if lookup(run, "Organization") or re.search(rf"\b(?:{words})\b", run) or country:
        return run
    return ""


@cache
def _forms() -> dict[str, tuple[str, ...]]:
    """Every surface key of each organisation in the alias list, by its canonical name."""
    out: dict[str, list[str]] = {}
    for (label, key), entry in load_aliases().items():
        if label == "Organization":
            out.setdefault(entry.canonical, []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def known_region(issuer: str) -> str:
    """The region of a known body from its other names ("CAC" is also 国家网信办: CN).

    >>> known_region("MIIT"), known_region("Zentrix Agency")
    ('CN', '')
    """
    entry = lookup(issuer, "Organization") if issuer else None
    forms = _forms().get(entry.canonical, ()) if entry else ()
    return next((r for r in map(region_of, forms) if r), "")


def english_policy(
    sentence: str, lead: DateValue | None, period: str, strict: bool, heading: str = ""
) -> list[dict]:
    """The props and issuers of the policy an English sentence states, else [] (see
    :func:`aikg.extractors.policy.chinese.chinese_policy`): "the European Commission published the X
    Guidelines", "The X Act was passed by Y", "The X Act took effect on ...". A sentence
    saying the act is not done ("has not been passed") states none; the date is the act's,
    not the one its effect is put off to ("takes effect on ..."); the region is the
    issuer's or the title's, else the one the text before the verb or ``heading`` names
    ("South Korea: the National Assembly passed ...").

    >>> found = english_policy("Japan: the Diet enacted the AI Growth Act on 28 May 2031; it "
    ...     "takes effect on 1 April 2032.", None, "2031-06", True)
    >>> found[0]["props"], found[0]["issuers"]
    ({'title': 'AI Growth Act', 'date': '2031-05-28', 'date_precision': 'day', 'region': 'JP'}, \
['Diet'])
    >>> english_policy("The Chip Act has not been passed by the Senate.", None, "2031-06", True)
    []
    >>> english_policy("On 3 May 2031, MOFCOM added nine US firms to its unreliable entity "
    ...     "list.", None, "2031-06", True)[0]["props"]["title"]
    'unreliable entity list'
    """
    listed = rx("en", "list_addition").search(sentence)  # "BIS added 80 firms to the Entity List"
    verbs = (rx("en", key).search(sentence) for key in ("verbs", "status_verbs", "effect_verbs"))
    verb = listed or next((v for v in verbs if v), None)
    if not verb or rx("en", "not_enacted").search(sentence):
        return []
    before, after = sentence[: verb.start()], sentence[verb.end() :]
    act = rx("en", "verbs").search(before) if listed else None
    before = before[: act.start()] if act else before  # "X published a rule adding ... to"
    issuer, name = find_issuer_en(before), listed["title"] if listed else find_title_en(after)
    passive = rx("en", "passive_before").search(before)
    takes_effect = bool(rx("en", "effect_verbs").fullmatch(verb.group(0)))
    if (passive or takes_effect) and not listed:
        words = en()["title_words"]
        titles = [t.group(0) for t in rx("en", "title_cap").finditer(before)]
        name = next((t for t in titles[::-1] if re.search(rf"\b(?:{words})\b", t)), "")
        name = re.sub(r"^The\s+", "", name)
        by = re.match(r"\s*by\s+(?:the\s+)?([^,;.]+)", after) if passive else None
        issuer = find_issuer_en(by.group(1)) if by else ""
        owner = re.match(r"(.+?)['’]s\s+(.+)$", name)  # "Ofcom's Online Safety Codes took effect"
        if owner and not issuer and _issuer_run(owner.group(1)) == owner.group(1):
            issuer, name = owner.group(1), owner.group(2)
    voted = verb.group(0) in ("passed", "passes")
    chamber, bills = rx("en", "chamber_after"), rx("en", "bill_number")
    chamber = chamber.match(after) if voted else None
    if chamber and not issuer:  # "Illinois SB 315 passed the House 110-0": the bill first
        name, issuer = _bill_before(before, bills), chamber.group("chamber")
    if not name:
        return []
    issuer = en()["issuer_expansions"].get(issuer, issuer)  # "the Commission" of EU texts
    unnamed = sentence.replace(name, "")
    date = _act_date(unnamed, period, takes_effect)
    date = date or _lead_kept(unnamed, period, lead, takes_effect)
    law = bool(rx("en", "law_words").search(name)) and name[:1].isupper()  # "The X Act took effect"
    if date is None and not issuer or strict and (date is None or not (issuer or law)):
        return []
    props = {"title": name, **(date.props() if date else {})}
    region = region_of(issuer, name) or known_region(issuer) or _region_around(before, heading)
    props = {**props, "region": region} if region else props
    return [{"props": props, "issuers": [issuer] if issuer else []}]


def _act_date(text: str, period: str, takes_effect: bool) -> DateValue | None:
    """The first date of a text finer than a year, skipping those an effect phrase puts
    off the act ("it takes effect on 1 Jan 2026", "effective May 15") unless the act is
    the coming into force itself.

    >>> _act_date("signed on 22 June 2031; takes effect on 1 Jan 2032", "2031-07", False).iso
    '2031-06-22'
    >>> _act_date("The rule takes effect on 1 Jan 2032, signed on 22 June", "2031-07", False).iso
    '2031-06-22'
    """
    put_off = {} if takes_effect else _put_off(text, period)
    for start, _, found in find_dates(text, period):
        if found.precision != "year" and start not in put_off:
            return found
    return None


def _put_off(text: str, period: str) -> dict[int, DateValue]:
    """The dates an effect phrase puts off ("which apply from 2 Aug 2032"), by where
    they start."""
    effect = [m.end() for m in rx("en", "effect_date").finditer(text)]
    dated = find_dates(text, period)
    return {s: d for s, _, d in dated if any(0 <= s - end <= 2 for end in effect)}


def _lead_kept(
    text: str, period: str, lead: DateValue | None, takes_effect: bool
) -> DateValue | None:
    """The item's lead date for a sentence with no act date of its own, unless the lead is
    the date the sentence puts the act off to: an item whose first date is when the rules
    apply ("The Commission adopted the X Guidelines, which apply from 2 August 2032") states
    no issue date.

    >>> lead = find_dates("2 August 2032", "2031-11")[0][2]
    >>> _lead_kept("adopted the X, which apply from 2 August 2032", "2031-11", lead, False)
    >>> _lead_kept("adopted the X on Monday", "2031-11", lead, False).iso
    '2032-08-02'
    """
    if lead is None or takes_effect:
        return lead
    return None if lead.iso in {d.iso for d in _put_off(text, period).values()} else lead


def _region_around(before: str, heading: str) -> str:
    """The region the words before a policy verb name ("South Korea: the National
    Assembly"), else the section heading's ("## United States")."""
    return region_of("", "", before) or (region_of("", "", heading) if heading else "")


def _bill_before(before: str, number_rx: re.Pattern[str]) -> str:
    """The bill a vote sentence opens with: its number ("Illinois SB 315") or its
    capitalised name with a title word ("The AI Safety Act"), else "".

    >>> bills = rx("en", "bill_number")
    >>> _bill_before("Illinois SB 315 ", bills), _bill_before("The Chip Safety Act ", bills)
    ('Illinois SB 315', 'Chip Safety Act')
    """
    number = number_rx.search(before)
    if number:
        return number.group(0).strip()
    words = en()["title_words"]
    titles = [t.group(0) for t in rx("en", "title_cap").finditer(before)]
    name = next((t for t in titles[::-1] if re.search(rf"\b(?:{words})\b", t)), "")
    return re.sub(r"^The\s+", "", name)
