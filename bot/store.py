"""The analytics store: what users asked and how it went, in SQLite. No Telegram here.

Privacy by design, since these are health questions: no Telegram user id, username, name or
chat id is stored. Unique users are counted with a keyed hash (HMAC-SHA256) of the user id,
whose key never leaves the data folder. Questions older than the retention period are deleted.

Every write runs on one worker thread that owns the connection, so the event loop never
waits on the disk; a question is committed before its reply is sent, so a crash loses
nothing that was answered. A failing disk or a locked database is logged (without the
question) and the bot keeps answering.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import secrets
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot.textnorm import words

logger = logging.getLogger(__name__)

DAY = 86_400.0
#: Each migration brings the schema from version N to N + 1 (PRAGMA user_version).
MIGRATIONS: list[str] = [
    """
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        question TEXT NOT NULL,
        kind TEXT NOT NULL,
        entry_id TEXT,
        score INTEGER NOT NULL,
        user_hash TEXT
    );
    CREATE INDEX questions_at ON questions (at);
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        entry_id TEXT NOT NULL,
        helpful INTEGER NOT NULL
    );
    CREATE INDEX feedback_at ON feedback (at);
    """,
]
#: (the kinds of replies, and "distress": the distress text alone, see Knowledge.respond)
KINDS = ("answer", "clarify", "fallback", "urgent", "distress", "smalltalk")
#: The kind of a part of a message the FAQ did not answer when it answered the rest: listed
#: by /unanswered, and no question of its own in /stats (its message is counted).
PARTIAL = "partial"


def load_hash_key(data_dir: Path, configured: str | None) -> bytes:
    """The key for hashing user ids: FAQBOT_HASH_KEY, or one generated once into the data folder."""
    if configured:
        return configured.encode("utf-8")
    path = data_dir / "hash.key"
    if path.exists():
        return path.read_bytes().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32).encode("ascii")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    return key


@dataclass
class Period:
    label: str
    questions: int = 0
    users: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    top_entries: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Stats:
    periods: list[Period]
    feedback: dict[str, tuple[int, int]]  # entry id -> (helpful, not helpful), last 7 days


class Store:
    """SQLite analytics; all database work runs on one worker thread."""

    def __init__(self, path: str | Path, hash_key: bytes, clock: Callable[[], float] = time.time):
        self.path = Path(path)
        self.hash_key = hash_key
        self.clock = clock
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._db: sqlite3.Connection | None = None
        self._executor.submit(self._open).result()

    # -- the worker thread ---------------------------------------------------------

    def _open(self) -> None:
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise RuntimeError(
                f"{self.path} has schema version {version}, newer than this faqbot knows"
            )
        for number in range(version, len(MIGRATIONS)):
            db.execute("BEGIN")
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {number + 1}")
            db.execute("COMMIT")
        self._db = db

    def _write(self, sql: str, params: tuple) -> bool:
        try:
            assert self._db is not None
            self._db.execute(sql, params)
            return True
        except sqlite3.Error as exc:  # full disk, locked database, ...: keep answering
            logger.error("analytics store write failed: %s", exc)
            return False

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        assert self._db is not None
        return self._db.execute(sql, params).fetchall()

    # -- the API ---------------------------------------------------------------------

    def user_hash(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        digest = hmac.new(self.hash_key, str(user_id).encode(), hashlib.sha256)
        return digest.hexdigest()[:32]

    async def _run(self, function: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    async def record_question(
        self, question: str, kind: str, entry_id: str | None, score: int, user_id: int | None
    ) -> bool:
        """Store one question (committed when this returns); False if the disk refused."""
        return await self._run(
            self._write,
            "INSERT INTO questions (at, question, kind, entry_id, score, user_hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (self.clock(), question, kind, entry_id, int(score), self.user_hash(user_id)),
        )

    async def record_feedback(self, entry_id: str, helpful: bool) -> bool:
        return await self._run(
            self._write,
            "INSERT INTO feedback (at, entry_id, helpful) VALUES (?, ?, ?)",
            (self.clock(), entry_id, int(helpful)),
        )

    async def delete_older_than(self, days: float) -> int:
        """Delete questions and feedback older than ``days``; return how many questions went."""
        return await self._run(self._delete_older_than, days)

    def delete_older_than_now(self, days: float) -> int:
        """The same, for callers outside the event loop (the command line)."""
        return self._executor.submit(self._delete_older_than, days).result()

    def _delete_older_than(self, days: float) -> int:
        assert self._db is not None
        cutoff = self.clock() - days * DAY
        try:
            gone = self._db.execute("DELETE FROM questions WHERE at < ?", (cutoff,)).rowcount
            self._db.execute("DELETE FROM feedback WHERE at < ?", (cutoff,))
        except sqlite3.Error as exc:
            logger.error("analytics store clean-up failed: %s", exc)
            return 0
        return gone

    def stats(self) -> Stats:
        """The report for `faqbot stats` (blocks; from async code use ``await stats_async()``)."""
        return self._executor.submit(self._stats).result()

    async def stats_async(self) -> Stats:
        """The report for /stats, run on the store's own thread: the event loop never waits."""
        return await self._run(self._stats)

    def _stats(self) -> Stats:
        now = self.clock()
        periods = []
        for label, seconds in (("last 24 hours", DAY), ("last 7 days", 7 * DAY)):
            since = now - seconds
            period = Period(label)
            period.questions, period.users = self._query(
                "SELECT COUNT(*), COUNT(DISTINCT user_hash) FROM questions "
                "WHERE at >= ? AND kind != ?",
                (since, PARTIAL),
            )[0]
            period.kinds = dict(
                self._query(
                    "SELECT kind, COUNT(*) FROM questions WHERE at >= ? AND kind != ? "
                    "GROUP BY kind",
                    (since, PARTIAL),
                )
            )
            period.top_entries = self._query(
                "SELECT entry_id, COUNT(*) AS n FROM questions WHERE at >= ? AND kind = 'answer' "
                "GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT 5",
                (since,),
            )
            periods.append(period)
        feedback: dict[str, tuple[int, int]] = {}
        for entry_id, helpful, count in self._query(
            "SELECT entry_id, helpful, COUNT(*) FROM feedback WHERE at >= ? "
            "GROUP BY entry_id, helpful",
            (now - 7 * DAY,),
        ):
            up, down = feedback.get(entry_id, (0, 0))
            feedback[entry_id] = (up + count, down) if helpful else (up, down + count)
        return Stats(periods, feedback)

    def unanswered(self, days: float = 7, limit: int = 20) -> list[tuple[str, int, str]]:
        """The most frequent fallback and clarify questions, and parts of messages the FAQ
        answered in part: (question, count, kinds)."""
        return self._executor.submit(self._unanswered, days, limit).result()

    async def unanswered_async(
        self, days: float = 7, limit: int = 20
    ) -> list[tuple[str, int, str]]:
        """The same for /unanswered, run on the store's own thread."""
        return await self._run(self._unanswered, days, limit)

    def _unanswered(self, days: float, limit: int) -> list[tuple[str, int, str]]:
        rows = self._query(
            "SELECT question, kind FROM questions "
            "WHERE at >= ? AND kind IN ('fallback', 'clarify', ?)",
            (self.clock() - days * DAY, PARTIAL),
        )
        return group_questions(rows)[:limit]

    def close(self) -> None:
        """Finish every pending write and close the database (idempotent)."""

        def shut() -> None:
            if self._db is not None:
                self._db.close()
                self._db = None

        try:
            self._executor.submit(shut).result()
        except RuntimeError:  # already shut down
            return
        self._executor.shutdown(wait=True)


def group_questions(
    rows: list[tuple[str, str]], cutoff: float = 90.0
) -> list[tuple[str, int, str]]:
    """Group near-identical questions (case, punctuation, word order, small typos) with counts,
    most frequent first: (the commonest wording, count, kinds seen)."""
    exact: dict[str, Counter] = {}
    kinds: dict[str, set[str]] = {}
    for question, kind in rows:
        key = " ".join(sorted(words(question)))
        if not key:
            continue
        exact.setdefault(key, Counter())[question.strip()] += 1
        kinds.setdefault(key, set()).add(kind)
    groups: list[tuple[str, Counter, set[str]]] = []
    keys: list[str] = []
    for key in sorted(exact, key=lambda k: -sum(exact[k].values())):
        match = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        if match is not None:
            _, counter, seen = groups[match[2]]
            counter.update(exact[key])
            seen.update(kinds[key])
        else:
            keys.append(key)
            groups.append((key, Counter(exact[key]), set(kinds[key])))
    result = [
        (counter.most_common(1)[0][0], sum(counter.values()), ", ".join(sorted(seen)))
        for _, counter, seen in groups
    ]
    return sorted(result, key=lambda r: (-r[1], r[0]))


def format_stats(stats: Stats) -> str:
    lines = []
    for period in stats.periods:
        lines.append(f"{period.label}: {period.questions} questions from {period.users} users")
        if period.questions:
            shares = ", ".join(
                f"{kind} {100 * period.kinds.get(kind, 0) / period.questions:.0f}%"
                for kind in KINDS
            )
            lines.append(f"  {shares}")
            if period.top_entries:
                top = ", ".join(f"{e} ({n})" for e, n in period.top_entries)
                lines.append(f"  top answers: {top}")
    if stats.feedback:
        lines.append("feedback, last 7 days (👍 / 👎):")
        for entry_id, (up, down) in sorted(stats.feedback.items()):
            lines.append(f"  {entry_id}: {up} / {down}")
    else:
        lines.append("feedback, last 7 days: none yet")
    return "\n".join(lines)


def format_unanswered(groups: list[tuple[str, int, str]], days: float) -> str:
    if not groups:
        return f"No unanswered or unclear questions in the last {days:g} days."
    lines = [f"Most asked without a clear answer, last {days:g} days (count, what the bot did):"]
    lines += [f"{count:4}  {question}  [{kinds}]" for question, count, kinds in groups]
    return "\n".join(lines)
