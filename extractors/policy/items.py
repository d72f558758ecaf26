"""Numbered roundup items whose heading names the policy: "3. Apply AI Strategy
(European Commission, 8 Oct 2025). The Commission's plan to ...". The heading is the
title, the parenthesis gives the issuer and the date (else the item's body does: "Governor
X signed the bill on 29 Sep 2025"), and the body's sentences restate the same act, so
they add no policy of their own unless they name another capitalised title."""

from __future__ import annotations

import re

from aikg.extractors.policy.english import find_issuer_en, known_region
from aikg.extractors.policy.rules import en, region_of, rx
from aikg.extractors.values.dates import DateValue, find_dates


def _paren_issuer(text: str) -> str:
    """The issuer a heading's parenthesis names before its date, else "": the longest
    run of its comma pieces that is a whole issuer.

    >>> _paren_issuer("Ministry of Commerce, MOFCOM Announcement No. 61 of 2025")
    'Ministry of Commerce'
    >>> _paren_issuer("Department for Science, Innovation and Technology"), _paren_issuer("SB 53")
    ('Department for Science, Innovation and Technology', '')
    """
    text = re.split(r",\s*(?:with|and|jointly with)\s", text)[0]
    pieces = [p.strip() for p in text.split(",")]
    for n in range(len(pieces), 0, -1):
        head = ", ".join(pieces[:n]).strip()
        issuer = find_issuer_en(head)
        if issuer and re.sub(r"^(?:the|The)\s+", "", head) == issuer:
            return issuer
    return ""


def _body_issuer(body: list[str]) -> str:
    """The issuer the first body sentence with a policy verb names ("Governor X signed
    the bill"), a possessive's owned body kept ("the Commerce Department's Bureau of
    Industry and Security" is the Bureau)."""
    for sentence in body:
        verb = rx("en", "verbs").search(sentence)
        if not verb:
            continue
        issuer = find_issuer_en(sentence[: verb.start()])  # keeps a possessive's owned body
        if issuer:
            return issuer
    return ""


def split_heading(heading: str) -> tuple[str, str, str]:
    """(title, parenthesis, place) of a heading: the parenthesis at its end, the place
    after it ("..., California"); a parenthesis inside the title stays in it.

    >>> split_heading("Apply AI Strategy (European Commission, 8 Oct 2025).")
    ('Apply AI Strategy', 'European Commission, 8 Oct 2025', '')
    >>> split_heading("Data (Use and Access) Act 2025.")
    ('Data (Use and Access) Act 2025', '', '')
    """
    text = heading.strip().rstrip(".").strip()
    m = re.search(r"\(([^()]*)\)\s*(?:,\s*([A-Z][\w .'’\-]{1,30}))?$", text)
    if not m:
        return text, "", ""
    return text[: m.start()].strip(), m.group(1).strip(), (m.group(2) or "").strip()


def _is_heading(sentence: str) -> bool:
    """A heading names a thing, it states no act: no policy verb, a few words."""
    words = len(sentence.split())
    return 1 <= words <= en()["heading_max_words"] and not rx("en", "verbs").search(sentence)


def heading_policy(
    sentences: list[str], lead: DateValue | None, period: str, heading: str
) -> dict | None:
    """The policy a numbered item's heading names, with its issuer and date, else None.

    >>> found = heading_policy(
    ...     ["Compute Access Plan (Ministry of Data, 3 Mar 2031).", "It sets targets."],
    ...     None, "2031-04", "Japan")
    >>> found["props"], found["issuers"]
    ({'title': 'Compute Access Plan', 'date': '2031-03-03', 'date_precision': 'day', \
'region': 'JP'}, ['Ministry of Data'])
    """
    if not sentences or not _is_heading(sentences[0]):
        return None
    body = sentences[1:]
    if any(rx("en", "not_enacted").search(s) for s in body):
        return None  # "a draft order ... had not been signed": no policy yet
    title, paren, place = split_heading(sentences[0])
    dated = [(s, d) for s, _, d in find_dates(paren, period) if d.precision != "year"]
    issuer = _paren_issuer(paren[: dated[0][0]] if dated else paren)
    words = en()["title_words"]
    bare = re.sub(r"\s*\([^()]*\)", "", re.sub(r"^(?:The|An?)\s+", "", title))  # "Data (Use) Act"
    cap = rx("en", "title_cap").fullmatch(bare)
    named = bool(cap and re.search(rf"\b(?:{words})\b", title))
    if not issuer and not (named or re.search(rf"(?i)\b(?:{words})\b", title)):
        return None
    if not issuer and not named and _names_own_title(body):
        return None  # "2. **Two state laws land.** Governor X signed the Y Act": a label
    issuer = issuer or _body_issuer(body)
    date = dated[0][1] if dated else lead
    if not issuer and not (named and date and rx("en", "law_words").search(title)):
        return None  # a plan or strategy needs its issuer; a law may be named alone
    props = {"title": title, **(date.props() if date else {})}
    region = region_of(issuer, title, place) or known_region(issuer) or region_of(heading)
    props = {**props, "region": region} if region else props
    return {"props": props, "issuers": [issuer] if issuer else []}


def _names_own_title(body: list[str]) -> bool:
    """Whether the body names a capitalised title of its own ("… signed the Chip Safety
    Act"): then a lower-case heading is a run-in label of the item, not its act.

    >>> _names_own_title(["Governor X signed the Chip Safety Act."]), _names_own_title(["It"])
    (True, False)
    """
    words = en()["title_words"]
    caps = (t.group(0) for s in body for t in rx("en", "title_cap").finditer(s))
    return any(re.search(rf"\b(?:{words})\b", t) for t in caps)


def restates(found: str, title: str) -> bool:
    """Whether a body sentence's policy only restates its item's act: its title is no
    capitalised one ("order directing the agency") or is the heading's own.

    >>> restates("order directing the agency", "X Order"), restates("Y Code", "X Order")
    (True, False)
    """
    plain = re.sub(r"\W+", "", found).casefold()
    return found[:1].islower() or plain in re.sub(r"\W+", "", title).casefold()
