"""Figures of a request timeline (the times requests reached a site): how many, the busiest
window, the least gap between two of them. What a site sees of a crawl's politeness."""

from __future__ import annotations

import bisect


def busiest_window(starts: list[float], seconds: float = 10.0) -> int:
    """The most requests that start within any `seconds` (a window [t, t + seconds))."""
    starts = sorted(starts)
    return max((bisect.bisect_left(starts, start + seconds) - index for index, start in enumerate(starts)), default=0)


def least_gap(starts: list[float]) -> float | None:
    """The shortest time between two successive request starts (None for fewer than two)."""
    starts = sorted(starts)
    return min((later - earlier for earlier, later in zip(starts, starts[1:], strict=False)), default=None)
