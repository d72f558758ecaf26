"""The operations that build the JSON-shaped view of the rules (``rules.compat``) from
the values of the TOML files: ``Take`` one value as is; ``Join`` strings (the Chinese
words before the English ones, as the JSON had them); ``Fill`` a template's slots;
``Cat`` lists; ``Merge`` dicts; ``Records`` turns arrays of tables into the JSON's
dicts; ``ByName`` joins per-language maps of patterns name by name;
``Apply`` calls a function for the one shape none of these gives. ``unordered=True``
marks a value whose order differs from the JSON and whose readers only test membership
(the compatibility test compares it as a set).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Ref:
    """A key of one rules file: ``Ref("policy/en", "verbs")`` (dotted inside sections)."""

    file: str
    key: str


Get = Callable[[Ref], Any]


class Op:
    """An operation on the values of some rules keys."""

    def __init__(self, *refs: Ref, unordered: bool = False, **options: Any) -> None:
        self.args, self.unordered, self.options = refs, unordered, options

    def refs(self) -> tuple[Ref, ...]:
        return self.args

    def evaluate(self, get: Get) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self.args}"


class Take(Op):
    def evaluate(self, get: Get) -> Any:
        return get(self.args[0])


class Join(Op):
    """Strings joined by ``sep`` ("|"); ``template`` ("^(?:{})") wraps the result."""

    def evaluate(self, get: Get) -> Any:
        sep, template = self.options.get("sep", "|"), self.options.get("template", "{}")
        return template.format(sep.join(get(a) for a in self.args))


class Fill(Op):
    """Strings put into the ``{}`` slots of ``template`` in order."""

    def evaluate(self, get: Get) -> Any:
        return self.options["template"].format(*(get(a) for a in self.args))


class Cat(Op):
    def evaluate(self, get: Get) -> Any:
        return [x for a in self.args for x in get(a)]


class Merge(Op):
    """Dicts merged in order; with ``lists=True`` the lists of one key are concatenated."""

    def evaluate(self, get: Get) -> Any:
        out: dict[str, Any] = {}
        for a in self.args:
            for k, v in get(a).items():
                out[k] = [*out.get(k, []), *v] if self.options.get("lists") else v
        return out


class ByName(Op):
    """Maps of name -> pattern of several files as ``[name, joined]`` pairs (a dict with
    ``pairs=False``) in the first file's order: the values joined by ``sep``, or put into
    the slots of ``fill`` ("{}|(?i:{})") when it is given."""

    def evaluate(self, get: Get) -> Any:
        maps = [get(a) for a in self.args]
        sep, fill = self.options.get("sep", "|"), self.options.get("fill", "")
        joined = {}
        for name in maps[0]:
            values = [m[name] for m in maps if name in m]
            joined[name] = fill.format(*values) if fill else sep.join(values)
        return joined if self.options.get("pairs") is False else [[n, v] for n, v in joined.items()]


class Records(Op):
    """Arrays of tables as dicts with ``fields`` in that order (absent ones left out);
    ``prefix`` goes before the ``id`` of the records of every file after the first."""

    def evaluate(self, get: Get) -> Any:
        fields, prefix = self.options["fields"], self.options.get("prefix", "")
        out = []
        for n, ref in enumerate(self.args):
            for t in get(ref):
                rec = {f: t[f] for f in fields if f in t}
                if n and prefix and "id" in rec:
                    rec["id"] = prefix + rec["id"]
                out.append(rec)
        return out


class Apply(Op):
    """``fn`` of the values."""

    def evaluate(self, get: Get) -> Any:
        return self.options["fn"](*(get(a) for a in self.args))


class Family:
    """Refs into one family's files: ``Family("policy").zh("verbs")``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def zh(self, key: str) -> Ref:
        return Ref(f"{self.name}/zh", key)

    def en(self, key: str) -> Ref:
        return Ref(f"{self.name}/en", key)

    def common(self, key: str) -> Ref:
        return Ref(f"{self.name}/common", key)

    def take(self, file: str, keys: str, prefix: str = "") -> dict[str, Op]:
        """``Take`` of each of ``keys`` (space-separated) of ``file`` ("zh", "en",
        "common"), named ``prefix + key``."""
        return {prefix + k: Take(Ref(f"{self.name}/{file}", k)) for k in keys.split()}
