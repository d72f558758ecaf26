"""Invented names for the benchmark corpus: companies, investors, models, chips, brokers.

Every name is drawn from a seeded random source and is distinct from every other one in
a way the resolver cannot undo: Chinese names have a core of their own (two or three
characters no other name shares, so stripping 科技/智能 never makes two of them equal),
English names a core word of their own, models and chips a stem and number of their own.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# Characters that read as names and form no industry word with each other.
_ZH_FIRST = "星澜曜岫穹栖砺霁汐岚翎溯琨珩璟瑾曦砚鹤汀澄峤渠霆朔钧骁麟昀晟煦旻枢沐泓澈"
_ZH_SECOND = "衡舟芒岳湍屿崧弈桐檀樾岑珂琰璞玦瑜琛潇淇湄漪淞澍濯烨炜煜焕熠彧翊弘昶曜"
_ZH_THIRD = "川原野峰林谷泉溪洲阁庭苑台坊堂轩"
_ZH_FOURTH = "甫昕宸垣桓珈琪琬璇璐"
_ZH_COMPANY_SUFFIX = ("智能", "科技", "智算", "数智", "半导体", "算力")
_ZH_INVESTOR_SUFFIX = ("资本", "创投", "产业基金")

# A-share boards (code prefix, exchange), filled one after the other; the first is the
# only one a corpus of up to 900 reports' worth of listed companies uses.
_CN_BOARDS = (
    ("688", "SH"), ("300", "SZ"), ("002", "SZ"), ("603", "SH"), ("601", "SH"),
    ("000", "SZ"), ("600", "SH"), ("301", "SZ"), ("605", "SH"), ("003", "SZ"),
    ("689", "SH"), ("001", "SZ"),
)  # fmt: skip
_BOARD_FILL = 900

_EN_ONSET = ("B", "C", "D", "F", "G", "K", "L", "M", "N", "P", "Qu", "R", "S", "T", "V", "Z")
_EN_VOWEL = ("a", "e", "i", "o", "u", "ai", "ou")
_EN_CODA = ("l", "n", "r", "x", "v", "th", "sk", "nd")
_EN_COMPANY_SUFFIX = ("Compute", "Systems", "Labs", "Networks", "Cloud")
_EN_INVESTOR_SUFFIX = ("Capital", "Ventures", "Partners")


@dataclass
class NameSource:
    """Draws distinct invented names from ``random.Random(seed)``.

    >>> names = NameSource(seed=1)
    >>> a, b = names.zh_company(), names.zh_company()
    >>> a != b and a[:2] != b[:2]
    True
    """

    seed: int = 0
    rng: random.Random = field(init=False)
    used: set[str] = field(default_factory=set)
    cn_tickers: int = 0  # A-share codes drawn so far (which board the next comes from)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def _fresh(self, make) -> str:
        for _ in range(10_000):
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name
        raise RuntimeError("the name space is exhausted; enlarge the character pools")

    def _zh_core(self) -> str:
        def two() -> str:
            return self.rng.choice(_ZH_FIRST) + self.rng.choice(_ZH_SECOND)

        def three() -> str:
            return two() + self.rng.choice(_ZH_THIRD)

        def four() -> str:
            return three() + self.rng.choice(_ZH_FOURTH)

        # Two-character cores while they are plentiful, then three, then (past about
        # 19,000 names: a corpus of several thousand reports) four.
        pool = len(_ZH_FIRST) * len(_ZH_SECOND)
        if len(self.used) < pool // 3:
            return self._fresh(two)
        return self._fresh(three if len(self.used) < pool * len(_ZH_THIRD) * 3 // 4 else four)

    def zh_company(self) -> str:
        """A Chinese company name: a core of its own and an industry suffix."""
        return self._zh_core() + self.rng.choice(_ZH_COMPANY_SUFFIX)

    def zh_investor(self) -> str:
        """A Chinese investor name: a core of its own and 资本/创投/产业基金."""
        return self._zh_core() + self.rng.choice(_ZH_INVESTOR_SUFFIX)

    def _en_core(self) -> str:
        def word() -> str:
            syllables = self.rng.choice((2, 2, 3))
            parts = [
                self.rng.choice(_EN_ONSET).lower() + self.rng.choice(_EN_VOWEL)
                for _ in range(syllables)
            ]
            return ("".join(parts) + self.rng.choice(_EN_CODA)).capitalize()

        return self._fresh(word)

    def en_company(self) -> str:
        """An English company name: an invented word and Compute/Systems/Labs..."""
        return f"{self._en_core()} {self.rng.choice(_EN_COMPANY_SUFFIX)}"

    def en_investor(self) -> str:
        """An English investor name: an invented word and Capital/Ventures/Partners."""
        return f"{self._en_core()} {self.rng.choice(_EN_INVESTOR_SUFFIX)}"

    def model(self) -> str:
        """A model name: an invented stem and a version, e.g. ``Vexoral-3.5``."""
        return self._fresh(
            lambda: f"{self._en_core()}-{self.rng.randint(2, 9)}.{self.rng.choice((0, 5))}"
        )

    def chip(self) -> str:
        """A chip name: two letters and three digits, e.g. ``QX-680``."""
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"

        def make() -> str:
            return (
                f"{self.rng.choice(letters)}{self.rng.choice(letters)}-{self.rng.randint(1, 9)}"
                f"{self.rng.randint(0, 9)}0"
            )

        return self._fresh(make)

    def ticker(self, market: str) -> str:
        """A listed code of its own: four letters for US; for A shares ``688xxx.SH``,
        then (each board of a thousand codes filled to 900, so that a draw stays quick)
        ``300xxx.SZ``, ``002xxx.SZ``, ``603xxx.SH``...: a corpus of 1,000 reports lists
        1,000 A shares, of 10,000 ten thousand.

        >>> names = NameSource(seed=2)
        >>> codes = {names.ticker("CN") for _ in range(1_000)}
        >>> len(codes), sorted({c[:3] for c in codes})
        (1000, ['300', '688'])
        """
        if market == "US":
            letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            return self._fresh(lambda: "".join(self.rng.choice(letters) for _ in range(4)))
        board = self.cn_tickers // _BOARD_FILL
        if board >= len(_CN_BOARDS):
            raise RuntimeError("the A-share code space is exhausted; add boards")
        self.cn_tickers += 1
        prefix, exchange = _CN_BOARDS[board]
        return self._fresh(lambda: f"{prefix}{self.rng.randint(0, 999):03d}.{exchange}")
