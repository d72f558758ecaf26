"""Deal frames: role patterns over masked sentences (rules in ``rules/deals/``).

A frame is a regex over a sentence whose company mentions are ``⟨i⟩`` (see
:mod:`aikg.extractors.names.role_patterns`); its slots name the roles (payer, payee, investor,
...). This module loads the deal rules, compiles the frames and returns the raw matches
(``Candidate``), and reads the cue words (kinds, status, rounds); resolving anaphors,
dates, amounts and status is the job of the package's :func:`extract`.

>>> [(c.frame, c.roles) for c in match_frames("⟨0⟩宣布向 ⟨1⟩ 投资至多 1000 亿美元")]
[('invest_to', {'investor': [('idx', 0, 0)], 'investee': [('idx', 1, 7)]})]
>>> [(c.frame, c.roles["payer"]) for c in match_frames("同时采购 ⟨2⟩ 芯片")]
[('purchase', [('elided', '', 0)])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from aikg.extractors.names.role_patterns import expand
from aikg.extractors.rules import load
from aikg.extractors.text.patterns import regex_words
from aikg.extractors.text.prefilter import (
    may_match,
    pattern_flags,
    required_group,
    required_words_of,
)
from aikg.extractors.values.status import nearest_status

# ("idx", mention index, pos) | ("ana", word, pos) | ("elided", "", pos of the match)
Slot = tuple[str, str | int, int]


@dataclass
class Candidate:
    """One frame match in one sentence (positions are in the masked sentence)."""

    frame: str
    fact: str  # investment | deal | agreement | joint | holding | total | cue
    kind: str
    directed: bool
    roles: dict[str, list[Slot]]
    start: int
    end: int
    v_start: int
    v_end: int
    verb: str = ""
    obj: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


# --- the rules as the recogniser reads them ---------------------------------------------
# The deal rules as the recogniser reads them, from ``rules/deals/{zh,en,common}.toml``.
#
# Every frame of both languages is tried on every sentence, and the cue words are looked
# for wherever a sentence mixes the languages ("⟨OpenAI⟩与⟨AMD⟩签署协议, worth $10bn"), so
# the word lists and patterns of the two files are joined here, Chinese first. An English
# frame's id carries ``en_`` so that a trace or a test tells which file a match came from.

_FRAME_FIELDS = ("id", "fact", "kind", "directed", "roles", "re", "group")
_COMMON = ("sections", "default_status", "holding_status", "summary_max")
_COMMON += ("continuation", "round_regex")


def _frames(frames: Any, prefix: str = "") -> list[dict[str, Any]]:
    out = []
    for frame in frames:
        record = {f: frame[f] for f in _FRAME_FIELDS if f in frame}
        record["id"] = prefix + record["id"]
        out.append(record)
    return out


def _by_name(zh: Any, en: Any) -> list[list[str]]:
    """[name, "zh|en"] pairs in the Chinese file's order (kinds and statuses)."""
    return [[name, "|".join(m[name] for m in (zh, en) if name in m)] for name in zh]


@lru_cache(maxsize=1)
def deal_rules() -> dict[str, Any]:
    """The recogniser's view of the deal rules: frames, cue words, defaults.

    >>> r = deal_rules()
    >>> r["frames"][0]["id"], any(f["id"].startswith("en_") for f in r["frames"])
    ('warrant_get', True)
    """
    common, zh, en = load("deals"), load("deals", "zh"), load("deals", "en")
    out: dict[str, Any] = {key: common[key] for key in _COMMON}
    out["frames"] = _frames(zh["frames"]) + _frames(en["frames"], "en_")
    out["anaphor_pattern_words"] = [*zh["anaphor_pattern_words"], *en["anaphor_pattern_words"]]
    out["anaphor_modes"] = dict(en["anaphor_modes"])  # deal anaphors the names rules lack
    out["kind_cues"] = _by_name(zh["kind_cues"], en["kind_cues"])
    out["status_words"] = _by_name(zh["status_words"], en["status_words"])
    out["status_ignore"] = en["status_ignore"]
    out["soft_objects"] = [*zh["soft_objects"], *en["soft_objects"]]
    out["object_kinds"] = {**zh["object_kinds"], **en["object_kinds"]}
    out["verb_kinds"] = {**zh["verb_kinds"], **en["verb_kinds"]}
    out["investment_as_purchase"] = {
        "kind": common["investment_as_purchase"]["kind"],
        "cues": f"{zh['investment_as_purchase']['cues']}|{en['investment_as_purchase']['cues']}",
    }
    out["non_binding"] = {
        "words": f"{zh['non_binding']['words']}|{en['non_binding']['words']}",
        "status": common["non_binding"]["status"],
    }
    out["maker_names"] = f"{zh['maker_names']}|{en['maker_names']}"
    out["hedges"] = f"{zh['hedges']}|{en['hedges']}"
    for key in ("relative_days", "stake_words"):
        out[key] = f"{zh[key]}|{en[key]}"
    out["mutual_clause"] = f"^(?:{zh['mutual_clause']}|{en['mutual_clause']})"
    out["after_preposition"] = en["after_preposition"]  # English words only
    out["bullet_label"] = en["bullet_label"]
    out["lease_signed"] = en["lease_signed"]
    for key in ("provider_purpose", "provider_names", "provider_companies", "power_purchase"):
        out[key] = en[key]  # who provides in an agreement (deals/providers.py)
    for key in ("maker_companies",):
        out[key] = en[key]  # who provides in an agreement (deals/providers.py)
    anaphor_keys = ("deal_anaphor", "agreement_acronym", "acquisition_value", "clause_anaphor")
    for key in (*anaphor_keys, "tied_partnership"):
        out[key] = en[key]
    out["licence_words"] = zh["licence_words"]  # Chinese words only
    return out


@lru_cache(maxsize=1)
def _frame_sources() -> list[tuple[dict[str, Any], str, int]]:
    """The frames of ``rules/deals/`` in rule order, each with its regex as compiled
    (role macros and anaphors expanded) and the flags ``re`` gives it. A frame is
    compiled only when a sentence first holds its verb (:func:`_frame_regex`): a
    process reading one report tries a third of them, and the 163 patterns of about
    1,400 characters each cost 0.4 s of CPU to compile."""
    rules = deal_rules()
    anaphors = rules["anaphor_pattern_words"]
    sources = [(f, expand(f["re"], anaphors)) for f in rules["frames"]]
    return [(f, source, pattern_flags(source)) for f, source in sources]


_COMPILED: dict[int, re.Pattern[str]] = {}  # frame number -> its regex, once compiled


def _frame_regex(number: int) -> re.Pattern[str]:
    regex = _COMPILED.get(number)
    if regex is None:
        source = _frame_sources()[number][1]
        regex = _COMPILED[number] = re.compile(source)
    return regex


def compiled_frames() -> list[tuple[dict[str, Any], re.Pattern[str]]]:
    """The frames of ``rules/deals/`` with their compiled regexes, in rule order."""
    return [(f, _frame_regex(n)) for n, (f, _, _) in enumerate(_frame_sources())]


@lru_cache(maxsize=1)
def _verb_tests() -> list[re.Pattern[str] | None]:
    """Per frame (in rule order), its trigger verb group alone, when every match of the
    frame holds it (:func:`required_group`): a sentence without the verb is not tried."""
    out = []
    for _, source, flags in _frame_sources():
        group = required_group(source, "v")
        out.append(re.compile(group, flags) if group else None)
    return out


@lru_cache(maxsize=1)
def _clause_verb() -> re.Pattern[str]:
    return re.compile(load("deals", "en")["list_clause_verb"])


def object_list_end(masked: str, start: int, end: int) -> int:
    """Where an object list ``masked[start:end]`` really ends: before a member that opens
    a clause of its own (", and ⟨2⟩ is committing"), else at ``end``.

    >>> t = "in ⟨1⟩, and ⟨2⟩ is committing up to $5bn"
    >>> t[3 : object_list_end(t, 3, 15)]
    '⟨1⟩'
    >>> t = "in ⟨1⟩ and ⟨2⟩ for $2bn"
    >>> t[3 : object_list_end(t, 3, 14)]
    '⟨1⟩ and ⟨2⟩'
    """
    verb = _clause_verb()
    members = list(re.finditer(r"[⟨⟦]\d+[⟩⟧]", masked[start:end]))
    for prev, member in zip(members, members[1:], strict=False):
        if verb.match(masked, start + member.end()):
            return start + prev.end()
    return end


def _slots(m: re.Match[str], spec: str) -> list[Slot]:
    """The mentions a role spec ("A", "Bs", "A+Bs") names in a match."""
    out: list[Slot] = []
    groups = m.re.groupindex
    for part in spec.split("+"):
        if part not in groups and part + "_ana" not in groups:  # "K": the block's company
            out.append(("elided", "block" if part == "K" else "", m.start()))
        elif part.endswith("s"):
            base = m.start(part) if m.group(part) else m.start()
            listed = m.group(part) or ""
            if listed and "v" in groups and base > m.start("v"):  # an object list
                listed = m.string[base : object_list_end(m.string, base, m.end(part))]
            for i in re.finditer(r"[⟨⟦](\d+)[⟩⟧]", listed):
                out.append(("idx", int(i.group(1)), base + i.start()))
        elif m.group(part) is not None:
            out.append(("idx", int(m.group(part)), m.start(part) - 1))
        elif m.group(part + "_ana") is not None:
            out.append(("ana", m.group(part + "_ana"), m.start(part + "_ana")))
        else:
            out.append(("elided", "", m.start()))
    return out


def match_frames(masked: str) -> list[Candidate]:
    """All frame matches in a masked sentence, in order of position."""
    out: list[Candidate] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    verbs_found: dict[str, bool] = {}  # frames share verb groups: each is searched once
    sources = _frame_sources()
    for number, ((frame, source, flags), verb) in enumerate(
        zip(sources, _verb_tests(), strict=True)
    ):
        if verb is not None:
            found = verbs_found.get(verb.pattern)
            if found is None:
                found = verbs_found[verb.pattern] = verb.search(masked) is not None
            if not found:
                continue
        if not may_match(required_words_of(source, flags), masked):
            continue  # a word the frame needs is missing: it cannot match
        regex = _frame_regex(number)
        for m in regex.finditer(masked):
            spans = taken.setdefault(frame.get("group", frame["id"]), [])
            if "group" in frame and any(s < m.end() and m.start() < e for s, e in spans):
                continue
            spans.append(m.span())
            roles = {role: _slots(m, spec) for role, spec in frame["roles"].items()}
            # money paid and agreements (a cue's party is in apposition: "with X, the
            # tenant"; a round's names after "with" and "from" keep their frames' reading)
            if frame["fact"] in ("deal", "agreement", "joint"):
                _elide_prepositional_lead(masked, m.start(), roles)
            v_start, v_end = (m.start("v"), m.end("v")) if "v" in regex.groupindex else m.span()
            obj = m.group("obj") if "obj" in regex.groupindex and m.group("obj") else ""
            out.append(
                Candidate(
                    frame=frame["id"],
                    fact=frame["fact"],
                    kind=frame.get("kind", "auto"),
                    directed=bool(frame.get("directed")),
                    roles=roles,
                    start=m.start(),
                    end=m.end(),
                    v_start=v_start,
                    v_end=v_end,
                    verb=masked[v_start:v_end],
                    obj=obj,
                )
            )
    return sorted(out, key=lambda c: (c.v_start, c.start))


def _elide_prepositional_lead(masked: str, start: int, roles: dict[str, list[Slot]]) -> None:
    """A match that begins with the object of a preposition ("capacity from ⟨1⟩ and agreed
    to a partnership with ⟨2⟩"): that mention is no subject of the verb after it, so its
    slot becomes elided and resolves to the sentence's own subject (none: no fact).

    >>> roles = {"first": [("idx", 1, 9)], "second": [("idx", 2, 40)]}
    >>> _elide_prepositional_lead("⟨0⟩ from ⟨1⟩ and agreed", 9, roles)
    >>> roles["first"]
    [('elided', 'lead', 9)]
    """
    if not cue("after_preposition").search(masked[:start]):
        return
    for slots in roles.values():
        for n, slot in enumerate(slots):
            if slot[0] == "idx" and slot[2] == start:
                slots[n] = ("elided", "lead", start)  # the sentence's own subject only


def without_bullet_label(text: str) -> str:
    """``text`` with a leading bullet label ("• Deal:", "- Lease:") blanked (same length),
    so that the label is read as no company.

    >>> without_bullet_label("• Lease: Lumen will lease 150 MW to Vantor")
    '         Lumen will lease 150 MW to Vantor'
    """
    m = cue("bullet_label").match(text)
    return text if m is None else " " * m.end() + text[m.end() :]


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, Any]:
    rules = deal_rules()
    return {
        "kinds": [(k, re.compile(regex_words(w), re.I)) for k, w in rules["kind_cues"]],
        "status": [(s, re.compile(regex_words(w), re.I)) for s, w in rules["status_words"]],
        "status_ignore": re.compile(rules["status_ignore"]),
        "round": re.compile(rules["round_regex"]),
        "relative": re.compile(regex_words(rules["relative_days"]), re.I),
        "continuation": re.compile(rules["continuation"], re.I),
        "stake": re.compile(regex_words(rules["stake_words"]), re.I),
        "as_purchase": re.compile(rules["investment_as_purchase"]["cues"], re.I),
        "non_binding": re.compile(regex_words(rules["non_binding"]["words"]), re.I),
        "hedge": re.compile(rules["hedges"], re.I),
        "maker": re.compile(rules["maker_names"]),
        "after_preposition": re.compile(rules["after_preposition"]),
        "bullet_label": re.compile(rules["bullet_label"]),
        "lease_signed": re.compile(rules["lease_signed"], re.I),
        "provider_purpose": re.compile(rules["provider_purpose"], re.I),
        "power_purchase": re.compile(rules["power_purchase"]),
        "deal_anaphor": re.compile(rules["deal_anaphor"], re.I),
        "agreement_acronym": re.compile(rules["agreement_acronym"]),
        "clause_anaphor": re.compile(rules["clause_anaphor"]),
        "acquisition_value": re.compile(rules["acquisition_value"] + r"\s*$", re.I),
        "licence": re.compile(rules["licence_words"], re.I),
        "tied_partnership": re.compile(rules["tied_partnership"], re.I),
    }


def kind_from_cues(text: str) -> str | None:
    """The first deal kind (in rule order) whose cue words occur in ``text``.

    >>> kind_from_cues("第三次扩大租赁合作,提供算力支持"), kind_from_cues("联合优化")
    ('compute_lease', None)
    """
    if _cue_patterns()["power_purchase"].search(text):
        return "payment"  # electricity bought under a PPA: no equipment
    for kind, regex in _cue_patterns()["kinds"]:
        if regex.search(text):
            return kind
    return None


def status_near(text: str, v_start: int, v_end: int, lo: int, hi: int) -> str | None:
    """The status whose word lies nearest the trigger verb within ``text[lo:hi]``; at
    equal distance the longer word wins ("或将" over "将"); the month "May" is no word.

    >>> t = "黄仁勋已确认⟨0⟩计划参与⟨1⟩的融资"
    >>> status_near(t, t.index("参与"), t.index("参与") + 2, 0, len(t))
    'planned'
    >>> t = "⟨0⟩或将投资⟨1⟩"
    >>> status_near(t, t.index("投资"), t.index("投资") + 2, 0, len(t))
    'tentative'
    >>> t = "In May, ⟨0⟩ will invest in ⟨1⟩"
    >>> status_near(t, t.index("invest"), t.index("invest") + 6, 0, len(t))
    'committed'
    """
    pats = _cue_patterns()
    return nearest_status(text, pats["status"], pats["status_ignore"], v_start, v_end, lo, hi)


def find_round(text: str) -> str | None:
    """The round words in ``text`` ("B 轮", "战略投资", "Series C"), if any."""
    m = _cue_patterns()["round"].search(text)
    return m.group() if m else None


def cue(name: str) -> re.Pattern[str]:
    """One of the compiled cue regexes: relative, continuation, stake, as_purchase,
    non_binding, hedge, maker, after_preposition, bullet_label, lease_signed,
    provider_purpose, power_purchase, deal_anaphor, agreement_acronym,
    acquisition_value, clause_anaphor, licence, tied_partnership."""
    return _cue_patterns()[name]
