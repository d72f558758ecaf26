"""Entity resolution: one node id per real entity, across reports and languages.

A surface form resolves through the curated alias list when the list holds it
(谷歌 / Google / GOOGL.O -> Alphabet), otherwise through its normalised key, so that
spacing, width and case variants of a new name still meet. Surface forms that a report
ties together (a ticker beside a name in a rating table) are merged with a union-find, so
names no list holds still get one node.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from aikg.extractors.names import clean_surface, lookup, name_key
from aikg.extractors.names.gate import is_entity
from aikg.schema import PARTY_LABELS, EntityFact, EntityRef, Fact

_TICKER = re.compile(r"^[0-9A-Z.]{1,6}(\.[A-Z]{1,2}| [A-Z]{2})$")


def slug(text: str) -> str:
    """A readable id fragment: lowercase, word characters (any script) and hyphens.

    >>> slug("Moonshot AI")
    'moonshot-ai'
    >>> slug("昇腾 910B")
    '昇腾-910b'
    """
    text = re.sub(r"[^\w.+]+", "-", clean_surface(text).casefold()).strip("-")
    return text or hashlib.sha1(text.encode()).hexdigest()[:10]


def display_name(ref: EntityRef) -> str:
    """The name a new node is shown by: the surface form without a listing suffix.

    >>> display_name(EntityRef("星桥智算-W", "Company"))
    '星桥智算'
    """
    name = clean_surface(ref.name)
    if ref.label in PARTY_LABELS:
        name = re.sub(r"-(SW|W|S|B)$", "", name)
    return name


@dataclass(frozen=True)
class Resolved:
    id: str
    label: str
    name: str


@dataclass
class Resolver:
    """Maps ``EntityRef`` to ``Resolved`` (node id, label, canonical name).

    >>> r = Resolver()
    >>> r.resolve(EntityRef("GOOGL.O", "Company")) == r.resolve(EntityRef("谷歌", "Company"))
    True
    >>> r.resolve(EntityRef("Composer2.5", "Model")).id == r.resolve(
    ...     EntityRef("Composer 2.5", "Model")).id
    True
    """

    _parent: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    _names: dict[tuple[str, str], str] = field(default_factory=dict)
    # resolutions already made (a merge clears them); the same names recur in every report
    _resolved: dict[EntityRef, Resolved] = field(default_factory=dict)
    _keys: dict[EntityRef, tuple[str, str]] = field(default_factory=dict)
    # keys whose names learn() gave (the others were named by the first reference met)
    _learned: set[tuple[str, str]] = field(default_factory=set)

    def _key(self, ref: EntityRef) -> tuple[str, str]:
        key = self._keys.get(ref)
        if key is None:
            key = self._keys[ref] = self._listed_key(ref)
        return key

    def _listed_key(self, ref: EntityRef) -> tuple[str, str]:
        """The curated entry's key when the alias list holds the name, else its
        normalised key (a function of the reference alone)."""
        entry = lookup(ref.name, ref.label) or (
            lookup(ref.name) if ref.label in PARTY_LABELS else None
        )
        if entry:
            return (entry.label, "=" + entry.canonical)
        return (ref.label, name_key(ref.label, ref.name))

    def _find(self, key: tuple[str, str]) -> tuple[str, str]:
        while self._parent.get(key, key) != key:
            key = self._parent[key]
        return key

    def merge(self, a: EntityRef, b: EntityRef) -> None:
        """Record that two surface forms name one entity (e.g. a name and its ticker)."""
        ka, kb = self._find(self._key(a)), self._find(self._key(b))
        if ka == kb:
            return

        self._names.setdefault(ka, a.name)
        self._names.setdefault(kb, b.name)

        # The listed (canonical) form wins; else the name over the ticker (told by its
        # surface: the key has lost the space of "AURC US"); else the smaller key, so
        # the outcome does not depend on reading order.
        def rank(k: tuple[str, str]) -> tuple[int, int, str]:
            surface = self._names.get(k, k[1]).upper()
            return (0 if k[1].startswith("=") else 1, 1 if _TICKER.match(surface) else 0, k[1])

        root, child = sorted([ka, kb], key=rank)
        self._parent[child] = root
        self._resolved.clear()

    def learn(self, facts: list[Fact]) -> None:
        """Take the alias ties the facts state (EntityFact.aliases) before resolving: a
        company and its ticker or its other-script name stated together ("字节跳动
        （ByteDance）", "Halvorsen Compute (HALV US)"). Surfaces the entity gate refuses
        tie nothing, so junk never joins two entities.

        >>> r = Resolver()
        >>> from aikg.schema import Evidence
        >>> ev = Evidence("r", "", "")
        >>> r.learn([EntityFact(EntityRef("极曜半导体", "Company"), ev, aliases=("688719.SH",)),
        ...          EntityFact(EntityRef("星衡智能", "Company"), ev, aliases=("该公司",)),
        ...          EntityFact(EntityRef("星衡智造", "Company"), ev, aliases=("该公司",))])
        >>> r.resolve(EntityRef("688719.SH", "Company")).name
        '极曜半导体'
        >>> r.learn([EntityFact(EntityRef("AURC US", "Company"), ev, aliases=("Aurora Chips",))])
        >>> r.resolve(EntityRef("AURC US", "Company")).name
        'Aurora Chips'
        >>> a, b = (r.resolve(EntityRef(n, "Company")) for n in ("星衡智能", "星衡智造"))
        >>> a == b
        False
        """
        done: set[tuple[EntityRef, tuple[str, ...]]] = set()  # ties are the same each time
        for fact in facts:
            if not isinstance(fact, EntityFact) or (fact.entity, fact.aliases) in done:
                continue
            done.add((fact.entity, fact.aliases))
            if is_entity(fact.entity.name, fact.entity.label):
                key = self._key(fact.entity)
                self._names.setdefault(key, display_name(fact.entity))
                self._learned.add(key)
                for alias in fact.aliases:
                    if is_entity(alias, fact.entity.label):
                        ref = EntityRef(alias, fact.entity.label)
                        self._learned.update((self._find(key), self._find(self._key(ref))))
                        self.merge(fact.entity, ref)

    def extend(self, facts: list[Fact]) -> bool:
        """Learn the ties of the facts of reports read after those this resolver has
        resolved, when that changes nothing it resolved: it then stands as though it had
        learned them with the others before resolving any (:meth:`learn`, which keeps the
        first name and the union-find's choice of root). False, with the resolver to be
        discarded, when a new name or tie would have changed an entity already met: a name
        an entity was given by its first reference instead, or a tie whose losing side
        was already resolved.

        >>> from aikg.schema import Evidence
        >>> ev = Evidence("r", "", "")
        >>> r = Resolver()
        >>> r.resolve(EntityRef("极曜半导体", "Company")).name
        '极曜半导体'
        >>> r.extend([EntityFact(EntityRef("极曜半导体", "Company"), ev, aliases=("688719.SH",))])
        True
        >>> r.resolve(EntityRef("688719.SH", "Company")).name
        '极曜半导体'
        >>> r.resolve(EntityRef("AURC US", "Company")).name
        'AURC US'
        >>> r.extend([EntityFact(EntityRef("AURC US", "Company"), ev, aliases=("Aurora Chips",))])
        False
        """
        met = {self._find(key) for key in self._keys.values()}

        def names_alike(key: tuple[str, str], name: str) -> bool:
            # learn() would name this key; a different name from a first reference wins here
            return key in self._learned or self._names.get(key, name) == name

        done: set[tuple[EntityRef, tuple[str, ...]]] = set()
        for fact in facts:
            if not isinstance(fact, EntityFact) or (fact.entity, fact.aliases) in done:
                continue
            done.add((fact.entity, fact.aliases))
            if not is_entity(fact.entity.name, fact.entity.label):
                continue
            key = self._key(fact.entity)
            if not names_alike(key, display_name(fact.entity)):
                return False
            self._names.setdefault(key, display_name(fact.entity))
            self._learned.add(key)
            for alias in fact.aliases:
                if not is_entity(alias, fact.entity.label):
                    continue
                ref = EntityRef(alias, fact.entity.label)
                roots = self._find(key), self._find(self._key(ref))
                if roots[0] == roots[1]:
                    continue
                if not (names_alike(roots[0], fact.entity.name) and names_alike(roots[1], alias)):
                    return False
                self._learned.update(roots)
                self.merge(fact.entity, ref)
                if self._find(roots[0]) == roots[0] and roots[1] in met:
                    return False  # the entity met under the tie's other side moved
                if self._find(roots[1]) == roots[1] and roots[0] in met:
                    return False
        return True

    def resolve(self, ref: EntityRef) -> Resolved:
        """The node a reference resolves to (the first name a new entity is met by names
        it, so a repeated reference resolves as it did the first time)."""
        known = self._resolved.get(ref)
        if known is not None:
            return known
        self._resolved[ref] = resolved = self._resolve(ref)
        return resolved

    def _resolve(self, ref: EntityRef) -> Resolved:
        key = self._find(self._key(ref))
        label, k = key
        if k.startswith("="):
            name = k[1:]
        else:
            name = self._names.setdefault(key, display_name(ref))
        return Resolved(id=f"{label.lower()}:{slug(k.lstrip('='))}", label=label, name=name)
