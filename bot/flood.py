"""Per-user flood control: a sliding window of message times, kept in memory only."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable

OK, WARN, DROP = "ok", "warn", "drop"


class FloodGuard:
    """Allows ``limit`` messages per ``window`` seconds per key.

    The first message over the limit gets WARN (tell the user to slow down once); later ones
    get DROP until the window has room again. Keys are never logged or stored.
    """

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.window = window
        self.clock = clock
        self._times: dict[Hashable, deque[float]] = {}
        self._warned: set[Hashable] = set()

    def check(self, key: Hashable) -> str:
        now = self.clock()
        times = self._times.setdefault(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(now)
            self._warned.discard(key)
            return OK
        if key in self._warned:
            return DROP
        self._warned.add(key)
        return WARN

    def forget_idle(self) -> None:
        """Drop users with no message in the window, so memory stays bounded."""
        now = self.clock()
        for key in [k for k, t in self._times.items() if not t or now - t[-1] >= self.window]:
            del self._times[key]
            self._warned.discard(key)
