"""Load benchmark: `faqbot run` as users run it, driven through the fake Bot API.

`make load` (or `python bench/load.py`). 500 users send 5,000 questions (taken from the
labelled sets) at a steady rate; the bot runs as a separate process polling the fake Bot API
on 127.0.0.1. Reported per run: throughput (replies per second), latency from an update being
available in getUpdates to its reply arriving (p50, p99), the bot's peak RSS and CPU, and lost
or duplicated replies. Two runs: with Telegram's rate limits lifted (FAQBOT_RATE_LIMIT=0, the
bot's own cost, offered above the 300/s target) and enforced (Telegram caps a bot at about 30
messages a second, so that run offers 25/s).
Prints a Markdown table and writes it to bench/load-results.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.evaluate import load_cases  # noqa: E402
from tests.fake_bot_api import FakeBotAPI  # noqa: E402

TOKEN = "123456789:TEST_fake_token_for_local_benchmarks_x"
FAQBOT = str(Path(sys.executable).with_name("faqbot"))
RESULTS = ROOT / "bench" / "load-results.md"


class TimedAPI(FakeBotAPI):
    """The fake Bot API, noting when each update became available and each reply arrived."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.available: dict[int, list[float]] = defaultdict(list)  # chat -> times
        self.arrived: dict[int, list[float]] = defaultdict(list)

    def send_text(self, text: str, user_id: int = 1001, **kwargs) -> int:
        self.available[user_id].append(time.perf_counter())
        return super().send_text(text, user_id=user_id, **kwargs)

    async def _api_sendMessage(self, params: dict):
        result = await super()._api_sendMessage(params)
        self.arrived[int(params["chat_id"])].append(time.perf_counter())
        return result


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def run(questions: int, users: int, rate: float, rate_limit: bool) -> dict[str, float]:
    pool = [
        c.question
        for c in load_cases(ROOT / "faq" / "eval" / "labelled.yaml")
        if c.kind != "urgent"
    ]
    api = TimedAPI(TOKEN)
    await api.start()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FAQBOT_"))}
        env.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_BASE_URL=api.base_url,
            FAQBOT_FAQ_DIR=str(ROOT / "faq"),
            FAQBOT_LOG_LEVEL="WARNING",
            FAQBOT_RATE_LIMIT="1" if rate_limit else "0",
            FAQBOT_DB=str(Path(tmp) / "faqbot.sqlite3"),
        )
        process = await asyncio.create_subprocess_exec(
            FAQBOT,
            "run",
            cwd=tmp,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        await api.wait_for("setMyCommands", 1, timeout=60)
        await asyncio.sleep(0.5)
        started = time.perf_counter()
        for number in range(questions):
            api.send_text(pool[number % len(pool)], user_id=100_000 + number % users)
            due = started + (number + 1) / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
        deadline = time.perf_counter() + max(120.0, questions / 20)
        while sum(len(v) for v in api.arrived.values()) < questions:
            if time.perf_counter() > deadline:
                break
            await asyncio.sleep(0.05)
        finished = time.perf_counter()
        await asyncio.sleep(0.5)  # late duplicates would show now
        rss = peak_rss_mb(process.pid)
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        bot_cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    await api.stop()
    latencies = []
    lost = duplicated = 0
    for chat, times in api.available.items():
        replies = api.arrived.get(chat, [])
        lost += max(0, len(times) - len(replies))
        duplicated += max(0, len(replies) - len(times))
        latencies += [(r - a) * 1000 for a, r in zip(times, replies, strict=False)]
    latencies.sort()
    delivered = sum(len(v) for v in api.arrived.values())
    last = max((t for v in api.arrived.values() for t in v), default=finished)
    return {
        "questions": questions,
        "throughput": delivered / (last - started),
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan"),
        "rss": rss,
        "lost": lost,
        "duplicated": duplicated,
        "exit": process.returncode,
        "cpu": bot_cpu / (last - started),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=5000)
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument(
        "--rate",
        type=float,
        default=400.0,
        help="questions offered per second with the limits lifted (default 400)",
    )
    parser.add_argument(
        "--limited-questions",
        type=int,
        default=1000,
        help="questions for the run with Telegram's limits (about 30/s)",
    )
    parser.add_argument(
        "--limited-rate",
        type=float,
        default=25.0,
        help="questions offered per second in that run (default 25)",
    )
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    rows = [
        (
            "limits lifted (FAQBOT_RATE_LIMIT=0)",
            asyncio.run(run(args.questions, args.users, args.rate, rate_limit=False)),
        ),
        (
            "Telegram's limits enforced",
            asyncio.run(
                run(args.limited_questions, args.users, args.limited_rate, rate_limit=True)
            ),
        ),
    ]
    lines = [
        f"{args.users} users; questions offered at {args.rate:.0f}/s with the limits lifted and "
        f"{args.limited_rate:.0f}/s with them enforced; the bot runs as a separate process.",
        "",
        "| run | questions | replies/s | p50 (ms) | p99 (ms) | peak RSS (MB) | bot CPU (cores) "
        "| lost | duplicated | exit |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in rows:
        lines.append(
            f"| {name} | {r['questions']:,} | {r['throughput']:.0f} | {r['p50']:.1f} | "
            f"{r['p99']:.1f} | {r['rss']:.0f} | {r['cpu']:.2f} | {r['lost']} | {r['duplicated']} "
            f"| {r['exit']} |"
        )
    table = "\n".join(lines)
    print(table)
    if not args.no_write:
        RESULTS.write_text(
            "# Load benchmark results\n\nWritten by `make load` (bench/load.py).\n\n"
            + table
            + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
