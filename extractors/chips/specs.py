"""Chip specs as reports write them ("2250TFLOPS", "1.2 PFLOPS", "4nm", "0.7kW"), in the
schema's units, what may be a chip's name (no precision, spec or model), and the chip
rules of each language (``rules/chips/``)."""

from __future__ import annotations

import re

from aikg.extractors.names.lexicon import lookup
from aikg.extractors.rules import Rules, load
from aikg.extractors.tables.common import is_name
from aikg.extractors.text.surface import clean_cell


def zh() -> Rules:
    """Chinese chip rules (``rules/chips/zh.toml``): table headers, chain words, prose."""
    return load("chips", "zh")


def en() -> Rules:
    """English chip rules (``rules/chips/en.toml``): table headers, chain words."""
    return load("chips", "en")


def common() -> Rules:
    """What holds in both languages (``rules/chips/common.toml``): cell shapes, units."""
    return load("chips")


def is_none(cell: str) -> bool:
    """A cell that stands for no value ("/", "-", "N/A")."""
    return clean_cell(cell).casefold() in common()["table"]["none_values"]


def quantity(cell: str, default_unit: str = "") -> float | None:
    """A spec value in the schema's unit (nm, TFLOPS, W); None for "/" or no number.

    >>> quantity("2250TFLOPS"), quantity("1.2 PFLOPS"), quantity("4nm"), quantity("/")
    (2250.0, 1200.0, 4.0, None)
    >>> quantity("0.7kW"), quantity("350", "W")
    (700.0, 350.0)
    """
    if is_none(cell):
        return None
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*([A-Za-z]*)", clean_cell(cell))
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    unit = (m.group(2) or default_unit).upper()
    return value * common()["units"].get(unit, 1)


def is_chip_name(name: str) -> bool:
    """A chip's name: a name no list types otherwise, not a precision, kind or spec.

    >>> is_chip_name("昇腾 950PR"), is_chip_name("QX-1000"), is_chip_name("FP16")
    (True, True, False)
    >>> is_chip_name("5nm"), is_chip_name("GPU")
    (False, False)
    """
    prose = zh()["prose"]
    known = lookup(name)
    return not (
        name in prose["not_chips"]
        or not is_name(name)
        or (known is not None and known.label != "Chip")
        or re.match(prose["not_chip_pattern"], name, re.I)
    )
