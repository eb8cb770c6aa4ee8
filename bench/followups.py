"""Follow-ups read with the question before them: `python bench/followups.py` (and `make eval`).

Each follow-up in bench/followups.yaml, or in the set named ("what causes it" after "what is
leaky gut"), is asked twice: on its own, and after the question asked before it, as the
Telegram bot and `faqbot chat` ask it (`after` is that question, or the messages of a
conversation before the follow-up, in order: bench/conversations.yaml). Prints, as a
Markdown table, the share that get the right reply each way (the entry expected, or "I don't
know" where the articles do not answer), by the kind of follow-up; with --floor, exits 1 when
the share read after the question is under it. --show lists the misses.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import Knowledge, Reply  # noqa: E402
from bot.matcher import FOLLOW_UP_OPENERS, PLURAL_POINTERS, THING_POINTERS  # noqa: E402
from bot.textnorm import words  # noqa: E402

SET = Path(__file__).with_name("followups.yaml")


def right(reply: Reply, expect: str) -> bool:
    if expect == "fallback":
        return reply.kind == "fallback"
    return reply.kind == "answer" and reply.entry_id == expect


def asked_before(knowledge: Knowledge, after: str | list[str]) -> str | None:
    """The question a follow-up is read with after ``after``: one question, or the messages
    of a conversation before it, in order, each read as the chats read it."""
    if isinstance(after, str):
        return after
    previous = None
    for message in after:
        reply = knowledge.respond(message, previous)
        previous = knowledge.asked_before(message, reply, previous) or previous
    return previous


def kind_of(question: str) -> str:
    """How a follow-up carries on: by a word that points back, by how it opens, or neither."""
    split = words(question)
    if not THING_POINTERS.union(PLURAL_POINTERS, ("this", "that")).isdisjoint(split):
        return "points back (it, they, this)"
    if any(split[: len(opener)] == opener for opener in FOLLOW_UP_OPENERS):
        return "opens as a follow-up (and, what about)"
    return "names its own topic"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "set", nargs="?", type=Path, default=SET, help="a follow-ups YAML (bench/followups.yaml)"
    )
    parser.add_argument("--floor", type=float, help="fail when the share read after is under it")
    parser.add_argument("--show", action="store_true", help="list the misses")
    args = parser.parse_args()
    knowledge = Knowledge.load(ROOT / "faq")
    cases = yaml.safe_load(args.set.read_text(encoding="utf-8"))["followups"]
    asked: dict[str, int] = defaultdict(int)
    alone: dict[str, int] = defaultdict(int)
    after: dict[str, int] = defaultdict(int)
    misses = []
    for case in cases:
        kind = kind_of(case["ask"])
        asked[kind] += 1
        alone[kind] += right(knowledge.respond(case["ask"]), case["expect"])
        reply = knowledge.respond(case["ask"], asked_before(knowledge, case["after"]))
        if right(reply, case["expect"]):
            after[kind] += 1
        else:
            got = reply.entry_id if reply.kind == "answer" else reply.kind
            misses.append(f"{case['after']!r} then {case['ask']!r} -> {case['expect']}, got {got}")
    total = sum(asked.values())
    print(f"{total} follow-ups, each asked alone and after the question before it\n")
    print("| follow-up | asked | right alone | right after the question |")
    print("|---|---|---|---|")
    for kind, count in sorted(asked.items()):
        print(f"| {kind} | {count} | {alone[kind] / count:.3f} | {after[kind] / count:.3f} |")
    share = sum(after.values()) / total
    print(f"| all | {total} | {sum(alone.values()) / total:.3f} | {share:.3f} |")
    if args.show:
        for miss in misses:
            print(f"  {miss}")
    if args.floor is not None and share < args.floor:
        print(
            f"\nunder the floor: {share:.3f} of follow-ups read after the question < {args.floor}"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
