"""The map's force layout computes the repulsion on two transposed planes instead of one
(n, n, 2) cube: the positions must be bit for bit those of the plain form, or an update's
map.html would differ from a full build's for no reason."""

from __future__ import annotations

import math

import numpy as np
import pytest

from aikg.graph.outputs.maps.layout import _force_layout


def _plain_force_layout(n: int, edges: np.ndarray, seed: int, iterations: int = 120):
    """The Fruchterman–Reingold loop as first written (the cube form), for reference."""
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1, 1, (n, 2))
    if n < 2:
        return pos * 0
    k = 3.0 / math.sqrt(n)
    step = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist2 = np.maximum((delta**2).sum(-1), 1e-6)
        disp = (delta * (k * k / dist2)[..., None]).sum(1)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            pull = d * (np.sqrt((d**2).sum(-1)) / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        length = np.maximum(np.sqrt((disp**2).sum(-1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, step)[:, None]
        step = max(step * 0.96, 0.005)
    pos -= pos.mean(0)
    return pos / max(np.abs(pos).max(), 1e-9)


@pytest.mark.parametrize(("n", "m", "seed"), [(1, 0, 7), (2, 1, 7), (37, 60, 3), (701, 1500, 7)])
def test_force_layout_is_bit_for_bit_the_plain_form(n: int, m: int, seed: int) -> None:
    rng = np.random.default_rng(n)
    edges = rng.integers(0, n, (m, 2)).reshape(-1, 2)
    ours, plain = _force_layout(n, edges, seed, 40), _plain_force_layout(n, edges, seed, 40)
    assert ours.shape == plain.shape == (n, 2)
    assert np.array_equal(ours, plain)
