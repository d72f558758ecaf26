"""English policy sentences: "the European Commission published the X Guidelines", "the
U.S. Department of Commerce issued new export rules on Y" (an issuer named with
Commission/Department/Ministry/..., a title with Guidelines/Act/Rules/..., in
``rules/policy/en.toml``), "The X Act was passed by Y", "The X Act took effect on ..."."""

from __future__ import annotations

import re
from functools import cache

from aikg.extractors.names.lexicon import load_aliases, lookup
from aikg.extractors.policy.rules import en, region_of, rx
from aikg.extractors.values.dates import DateValue, find_dates, lead_span


def find_title_en(after: str) -> str:
    """The title an English policy verb's object names (a quoted or capitalised title,
    else a short noun phrase with a title word, ``title_words``), else "".

    >>> find_title_en(" the AI Compute Access Guidelines."), find_title_en(" a statement.")
    ('AI Compute Access Guidelines', '')
    >>> find_title_en(" new export rules on AI accelerators, citing risks.")
    'export rules on AI accelerators'
    """
    text = after[re.match(en()["title_lead"], after).end() :]
    quoted = re.match(r"[\"“]([^\"”]{4,80})[\"”]", text)
    if quoted:
        return quoted.group(1).strip()
    words = en()["title_words"]
    dated = find_dates(text, "2000-12")
    text = re.sub(r"\s+(?:on|in|by|from|of)?\s*$", "", text[: dated[0][0]]) if dated else text
    cap = rx("en", "title_cap").match(text)
    if cap and re.search(rf"\b(?:{words})\b", cap.group(0)):
        return cap.group(0).rstrip(".")
    end = rx("en", "title_end").search(text)
    phrase = (text[: end.start()] if end else text).strip()
    count = len(phrase.split())
    fits = 2 <= count <= en()["title_max_words"]
    return phrase if fits and re.search(rf"(?i)\b(?:{words})\b", phrase) else ""


def find_issuer_en(before: str) -> str:
    """The issuing body an English sentence names before its verb, else "": a name with
    an issuer word (``issuer_words``), a known organisation, a country, or the office
    of a person (``person_issuers``).

    >>> find_issuer_en("On March 25, 2031, the U.S. Department of Commerce has")
    'U.S. Department of Commerce'
    >>> find_issuer_en("On March 4, Zentrix Labs"), find_issuer_en("U.S. President Trump")
    ('', 'White House')
    >>> find_issuer_en("In January the UK government")
    'UK government'

    """
    text = re.sub(r"\s*\([^()]{0,40}\)", "", before[lead_span(before) :])  # "(FTC)"
    for start, end, _ in reversed(find_dates(text, "2000-12")):
        text = text[:start] + text[end:]
    text = re.sub(en()["issuer_trailing"], "", text).strip().rstrip(",:;").strip()
    gov = rx("en", "country_government").search(text)  # "the UK government"
    if gov and any(re.fullmatch(r["re"], gov.group(1)) for r in en()["regions"]):
        return f"{gov.group(1)} government"
    m = re.search(rf"(?:{en()['issuer_run']})$", text)
    tokens = m.group(0).split() if m else []
    while tokens and tokens[0] in en()["issuer_stopwords"]:
        tokens.pop(0)
    run = " ".join(tokens)
    office = next((p["office"] for p in en()["person_issuers"] if re.fullmatch(p["re"], run)), "")
    office = office or (run if rx("en", "official_issuer").fullmatch(run) else "")
    words = "|".join(en()["issuer_words"])
    country = len(tokens) <= 3 and any(re.fullmatch(r["re"], run) for r in en()["regions"])
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


def english_policy(sentence: str, lead: DateValue | None, period: str, strict: bool) -> list[dict]:
    """The props and issuers of the policy an English sentence states, else [] (see
    :func:`aikg.extractors.policy.chinese.chinese_policy`): "the European Commission published the X
    Guidelines", "The X Act was passed by Y", "The X Act took effect on ..."."""
    verb = rx("en", "verbs").search(sentence) or rx("en", "effect_verbs").search(sentence)
    if not verb:
        return []
    before, after = sentence[: verb.start()], sentence[verb.end() :]
    issuer, name = find_issuer_en(before), find_title_en(after)
    passive = rx("en", "passive_before").search(before)
    if passive or rx("en", "effect_verbs").fullmatch(verb.group(0)):
        words = en()["title_words"]
        titles = [t.group(0) for t in rx("en", "title_cap").finditer(before)]
        name = next((t for t in titles[::-1] if re.search(rf"\b(?:{words})\b", t)), "")
        name = re.sub(r"^The\s+", "", name)
        by = re.match(r"\s*by\s+(?:the\s+)?([^,;.]+)", after) if passive else None
        issuer = find_issuer_en(by.group(1)) if by else ""
    if not name:
        return []
    dates = [d for _, _, d in find_dates(sentence.replace(name, ""), period)]
    date = next((d for d in dates if d.precision != "year"), lead)
    law = bool(rx("en", "law_words").search(name)) and name[:1].isupper()  # "The X Act took effect"
    if date is None and not issuer or strict and (date is None or not (issuer or law)):
        return []
    props = {"title": name, **(date.props() if date else {})}
    region = region_of(issuer, name) or known_region(issuer)
    props = {**props, "region": region} if region else props
    return [{"props": props, "issuers": [issuer] if issuer else []}]
