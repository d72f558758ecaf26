"""English policy sentences: "the European Commission published the X Guidelines", "the
U.S. Department of Commerce issued new export rules on Y" (an issuer named with
Commission/Department/Ministry/..., a title with Guidelines/Act/Rules/..., ``en_*`` in
the rules), "The X Act was passed by Y", "The X Act took effect on ..."."""

from __future__ import annotations

import re

from aikg.extractors.names.lexicon import lookup
from aikg.extractors.policy.regions import region_of
from aikg.extractors.policy.rules import rules, rx
from aikg.extractors.values.dates import DateValue, find_dates, lead_span


def find_title_en(after: str) -> str:
    """The title an English policy verb's object names (a quoted or capitalised title,
    else a short noun phrase with a title word, ``en_title_words``), else "".

    >>> find_title_en(" the AI Compute Access Guidelines."), find_title_en(" a statement.")
    ('AI Compute Access Guidelines', '')
    >>> find_title_en(" new export rules on AI accelerators, citing risks.")
    'export rules on AI accelerators'
    """
    text = after[re.match(rules()["en_title_lead"], after).end() :]
    quoted = re.match(r"[\"“]([^\"”]{4,80})[\"”]", text)
    if quoted:
        return quoted.group(1).strip()
    words = rules()["en_title_words"]
    dated = find_dates(text, "2000-12")
    text = re.sub(r"\s+(?:on|in|by|from|of)?\s*$", "", text[: dated[0][0]]) if dated else text
    cap = rx("en_title_cap").match(text)
    if cap and re.search(rf"\b(?:{words})\b", cap.group(0)):
        return cap.group(0).rstrip(".")
    end = rx("en_title_end").search(text)
    phrase = (text[: end.start()] if end else text).strip()
    count = len(phrase.split())
    fits = 2 <= count <= rules()["en_title_max_words"]
    return phrase if fits and re.search(rf"(?i)\b(?:{words})\b", phrase) else ""


def find_issuer_en(before: str) -> str:
    """The issuing body an English sentence names before its verb, else "": a name with
    an issuer word (``en_issuer_words``), a known organisation, a country, or the office
    of a person (``en_person_issuers``).

    >>> find_issuer_en("On March 25, 2031, the U.S. Department of Commerce has")
    'U.S. Department of Commerce'
    >>> find_issuer_en("On March 4, Zentrix Labs"), find_issuer_en("U.S. President Trump")
    ('', 'White House')
    """
    text = re.sub(r"\s*\([^()]{0,40}\)", "", before[lead_span(before) :])  # "(FTC)"
    for start, end, _ in reversed(find_dates(text, "2000-12")):
        text = text[:start] + text[end:]
    text = re.sub(rules()["en_issuer_trailing"], "", text).strip().rstrip(",:;").strip()
    m = re.search(rf"(?:{rules()['en_issuer_run']})$", text)
    tokens = m.group(0).split() if m else []
    while tokens and tokens[0] in rules()["en_issuer_stopwords"]:
        tokens.pop(0)
    run = " ".join(tokens)
    office = next((o for p, o in rules()["en_person_issuers"] if re.fullmatch(p, run)), "")
    words = "|".join(rules()["en_issuer_words"])
    country = len(tokens) <= 3 and any(re.fullmatch(p, run) for p, _ in rules()["en_regions"])
    if office or not run:
        return office
    if lookup(run, "Organization") or re.search(rf"\b(?:{words})\b", run) or country:
        return run
    return ""


def english_policy(sentence: str, lead: DateValue | None, period: str, strict: bool) -> dict | None:
    """The props and issuer of the policy an English sentence states, else None (see
    :func:`aikg.extractors.policy.chinese.chinese_policy`): "the European Commission published the X
    Guidelines", "The X Act was passed by Y", "The X Act took effect on ..."."""
    verb = rx("en_verbs").search(sentence) or rx("en_effect_verbs").search(sentence)
    if not verb:
        return None
    before, after = sentence[: verb.start()], sentence[verb.end() :]
    issuer, name = find_issuer_en(before), find_title_en(after)
    passive = rx("en_passive_before").search(before)
    if passive or rx("en_effect_verbs").fullmatch(verb.group(0)):
        words = rules()["en_title_words"]
        titles = [t.group(0) for t in rx("en_title_cap").finditer(before)]
        name = next((t for t in titles[::-1] if re.search(rf"\b(?:{words})\b", t)), "")
        name = re.sub(r"^The\s+", "", name)
        by = re.match(r"\s*by\s+(?:the\s+)?([^,;.]+)", after) if passive else None
        issuer = find_issuer_en(by.group(1)) if by else ""
    if not name:
        return None
    dates = [d for _, _, d in find_dates(sentence.replace(name, ""), period)]
    date = next((d for d in dates if d.precision != "year"), lead)
    if (date is None or strict) and not issuer or strict and date is None:
        return None
    props = {"title": name, **(date.props() if date else {})}
    region = region_of(issuer, name)
    return {"props": {**props, "region": region} if region else props, "issuer": issuer}
