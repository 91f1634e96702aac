"""Optimal one-to-one assignment (Hungarian algorithm), pure Python.

The scorer needs a maximum-weight bipartite matching twice: gold events ↔ predicted events, and
gold participants ↔ predicted participants. The matrices are per article and small (tens of
events), so an O(n³) pure-Python Kuhn–Munkres is fast enough and avoids adding SciPy to the
project's dependencies for one function.
"""

from __future__ import annotations

from collections.abc import Sequence


def max_weight_matching(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Row/column pairs of a one-to-one assignment that maximises the total weight.

    ``weights[i][j]`` is the value of pairing row ``i`` with column ``j``; a weight ``<= 0`` means
    "may not be paired" and such pairs never appear in the result. The matrix may be rectangular
    (rows need not equal columns). Returned pairs are sorted by row.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    if any(len(row) != m for row in weights):
        raise ValueError("weights must be a rectangular matrix")
    transposed = n > m
    if transposed:  # the solver below wants rows <= columns
        weights = [[weights[i][j] for i in range(n)] for j in range(m)]
        n, m = m, n
    top = max(max(row) for row in weights)
    top = max(top, 0.0)
    # Minimise (top - w); pairs with w <= 0 cost as much as leaving both unmatched (w = 0).
    cost = [[top - max(w, 0.0) for w in row] for row in weights]
    assigned = _hungarian_min(cost, n, m)
    pairs = []
    for i, j in assigned:
        if weights[i][j] > 0:
            pairs.append((j, i) if transposed else (i, j))
    return sorted(pairs)


def _hungarian_min(cost: list[list[float]], n: int, m: int) -> list[tuple[int, int]]:
    """Minimum-cost assignment of every row (n <= m) to a distinct column (potentials method)."""
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: row (1-based) assigned to column j; 0 = none
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j]]
