"""Which two mentions make a partnership pair: both companies, not one party twice (the
same entity, or a short form a report uses after the full name), and not a unit and the
company it belongs to, nor two units of one company."""

from __future__ import annotations

from collections.abc import Iterator

from aikg.extractors.names.mentions import Mention, key_of
from aikg.extractors.relations.units import owner_named_in


def same_party(a: Mention, b: Mention) -> bool:
    """Whether two mentions of a paragraph name one party: the same entity, or a short
    form a report uses after the full name ("Yunfeng" after "Yunfeng Compute", 青穹 after
    青穹机器人), so that "the two" does not pair a company with itself."""
    if key_of(a) == key_of(b):
        return True
    short, full = sorted((a.name, b.name), key=len)
    return len(short) >= 2 and short != full and full.startswith(short)


def _group(m: Mention) -> str:
    """The company a mention belongs to: its parent in the alias list, the owner its name
    names (谷歌研究院: Alphabet), else itself."""
    owner = owner_named_in(m.name)
    return m.parent or (owner.canonical if owner else "") or key_of(m)


def _related(a: Mention, b: Mention) -> bool:
    """Whether one is under the other or both are units of one company (谷歌 DeepMind and
    谷歌, 谷歌 DeepMind and 谷歌研究院): a group working with itself is no partnership."""
    ka, kb = key_of(a), key_of(b)
    return ka == kb or _group(a) in (kb, _group(b)) or _group(b) == ka


def pair(a: Mention | None, b: Mention | None) -> Iterator[tuple[Mention, Mention]]:
    """The pair (a, b) when both are companies and neither is the other or under it."""
    if a is None or b is None or not (a.is_company and b.is_company):
        return
    if not _related(a, b):
        yield a, b


def parties_before(
    named: list[Mention], pair: tuple[Mention, Mention] | None = None
) -> list[Mention]:
    """The distinct companies of ``named``, the last named first ("the two" are the first
    two), a short form giving way to the full name it shortens; the heading pair of a
    list item ("- **A x B.** The two ...") when it has one."""
    if pair:
        return [pair[1], pair[0]]
    distinct: list[Mention] = []
    for n in reversed(named):
        same = [i for i, d in enumerate(distinct) if same_party(n, d)]
        if not n.is_company:
            continue
        if not same:
            distinct.append(n)
        elif len(n.name) > len(distinct[same[0]].name):
            distinct[same[0]] = n  # the full name rather than its short form
    return distinct
