"""Live FAQ edits: watch faq/, load the whole FAQ again when it changes, swap it in one step.

No Telegram here: the bot passes in what to do with a new FAQ or with a broken one.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.core import Knowledge
from bot.faq import FAQError, faq_files

logger = logging.getLogger(__name__)


def signature(directory: Path) -> tuple:
    """What changes when any FAQ file is written, renamed, added or removed."""
    try:
        return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in faq_files(directory))
    except OSError:  # the folder is being replaced: try again next time
        return ("unreadable",)


def content_hash(directory: Path) -> str:
    """A hash of the FAQ files' contents: one broken version is reported once."""
    digest = hashlib.sha256()
    for path in faq_files(directory):
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            pass
    return digest.hexdigest()


class Reloader:
    """Loads faq/ again on demand or on change; keeps the last good FAQ when an edit is broken."""

    def __init__(
        self,
        directory: Path,
        swap: Callable[[Knowledge], None],
        broken: Callable[[FAQError], Awaitable[None]],
        interval: float = 2.0,
        debounce: float = 0.5,
    ):
        self.directory = directory
        self.swap = swap
        self.broken = broken
        self.interval = interval
        self.debounce = debounce
        self._seen = signature(directory)
        self._reported: str | None = None
        self._lock = asyncio.Lock()

    async def reload(self) -> Knowledge | FAQError:
        """Load and validate the whole FAQ in a worker thread, then swap it in, or report."""
        async with self._lock:
            self._seen = signature(self.directory)
            # (hashed before the load, not after: an edit saved while the FAQ loads must not
            # pass as the version just reported, or it would never be reported itself)
            version = content_hash(self.directory)
            try:
                knowledge = await asyncio.to_thread(Knowledge.load, self.directory)
            except FAQError as exc:
                for problem in exc.problems:
                    logger.error("FAQ not reloaded: %s", problem)
                if version != self._reported:
                    self._reported = version
                    await self.broken(exc)
                return exc
            self._reported = None
            self.swap(knowledge)
            logger.info("FAQ reloaded: %d entries", len(knowledge.faq.entries))
            return knowledge

    async def watch(self) -> None:
        """Poll the folder; after a change, wait until it has been still for ``debounce``.

        Editors save by writing a new file and renaming it over the old one, so the folder,
        not single files, is watched, and a half-written state is waited out.
        """
        while True:
            await asyncio.sleep(self.interval)
            current = signature(self.directory)
            if current == self._seen:
                continue
            while True:
                await asyncio.sleep(self.debounce)
                settled = signature(self.directory)
                if settled == current:
                    break
                current = settled
            try:
                await self.reload()
            except Exception:  # never let the watcher die
                logger.exception("FAQ reload failed")
