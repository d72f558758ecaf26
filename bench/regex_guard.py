"""Benchmark: no rule pattern backtracks catastrophically on the shapes broker pages have.

    python bench/regex_guard.py [--repeat 3]

Every regex of every rules file (``aikg.extractors.rules.examples``) searches texts made
in the shapes that real PDF text and markdown conversions produce: header lines padded
into columns with long runs of spaces, long Latin and CJK runs, runs of figures, masked
mentions in a row. Adjacent optional parts each with a bare ``\\s*`` (or an optional
space inside a letter run) split such runs in every way before failing: one such
pattern once cost seconds per page-header line while every other took a millisecond.

Measured side by side, each pattern against itself: ours is a pattern's time on the
texts made four times wider, the baseline four times its time on the plain ones (what
a linear pattern would take). A pattern checked with ``match`` is matched at the start
as the code does; the others search the whole text. Target: the pattern that grows most
(of those taking a millisecond or more, below which timing is noise) grows at most
``TARGET`` times more than linearly: quadratic passes, cubic fails. The row names it.
"""

from __future__ import annotations

import argparse
import re
import sys
import time

TARGET = 8.0  # when the width quadruples: quadratic grows 4x more than linear, cubic 16x
NOISE_S = 0.001
CUTOFF_S = 0.5  # a pattern this slow on the plain texts is not run on the wide ones


def adversarial_texts(width: int = 60) -> list[str]:
    """Texts in the shapes of padded PDF lines, long runs and masked mentions.

    >>> len(adversarial_texts()) > 5
    True
    """
    pad = " " * width
    return [
        f"Harbour Lane Securities{pad}Equity Research 4 June 2031{pad}Page 3",
        "FY30A" + pad[:8] + "FY31E" + pad[:8] + "FY32E  Revenue (RMB mn)" + pad,
        " ".join(f"Term{i} {i}X" for i in range(width)),
        "A" * (width * 5) + " 1",
        "星海智算" * width + pad + "达到",
        "1,234.5 " * width,
        "⟨0⟩ 、" * width + "与 ⟨1⟩",
        "Q" + "-" * (width * 3) + "9",
    ]


def pattern_times(
    texts: list[str], repeat: int = 1, skip: frozenset[str] = frozenset()
) -> dict[str, float]:
    """Seconds of each distinct rule pattern (by where it is written) on ``texts``: the
    best of ``repeat`` runs, so that a busy machine inflates no pattern by chance; a
    pattern in ``skip`` is not run and takes forever, one slower than ``CUTOFF_S`` runs
    once."""
    from aikg.extractors import rules

    seen: set[tuple[str, int]] = set()
    out: dict[str, float] = {}
    for ex in rules.examples():
        if not ex.pattern or (ex.pattern, ex.flags) in seen:
            continue
        seen.add((ex.pattern, ex.flags))
        if ex.where in skip:
            out[ex.where] = float("inf")
            continue
        try:
            regex = re.compile(ex.pattern, ex.flags)
        except re.error:  # a macro pattern the code expands first
            continue
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            for text in texts:
                if ex.check == "match":
                    regex.match(text)
                else:
                    for _match in regex.finditer(text):
                        pass
            best = min(best, time.perf_counter() - started)
            if best > CUTOFF_S:
                break
        out[ex.where] = best
    return out


def regex_step(width: int = 60, repeat: int = 3) -> dict:
    """The row of ``bench/run.py``: the pattern that grows most with the text's width."""
    from steps import row

    narrow = pattern_times(adversarial_texts(width), repeat)
    too_slow = frozenset(k for k, t in narrow.items() if t > CUTOFF_S)
    wide = pattern_times(adversarial_texts(4 * width), repeat, too_slow)
    timed = [k for k in wide if wide[k] >= NOISE_S] or list(wide)
    where = max(timed, key=lambda k: wide[k] / max(narrow[k], 1e-9))
    cut_off = wide[where] == float("inf")
    return row(
        "rules: the fastest-growing pattern on 4x wider page text", len(wide),
        None if cut_off else wide[where], 4 * narrow[where], f"<= {TARGET:g}x linear",
        not cut_off and wide[where] <= TARGET * 4 * narrow[where], slowest=where,
        cut_off=cut_off,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=60, help="runs of the plain texts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per pattern (best kept)")
    args = parser.parse_args(argv)
    r = regex_step(args.width, args.repeat)
    wide = "cut off" if r["cut_off"] else f"{r['ours_s']}s"
    print(
        f"{r['n']} patterns; fastest-growing {r['slowest']}: {wide} wide vs "
        f"{r['baseline_s']}s linear: {r['ratio']}x (target {r['target']}, met {r['met']})"
    )
    return 0 if r["met"] else 1


if __name__ == "__main__":
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    sys.exit(main())
