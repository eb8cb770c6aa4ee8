"""Typing slips: `python bench/slips.py` (and `make eval`).

Every FAQ phrasing the bot answers with its own entry is asked again with one slip in one of
its words of six letters or more (chosen with a fixed seed, so every run is the same): two
neighbouring letters swapped, a letter dropped, a letter doubled. Prints, as a Markdown
table, the share of answers each kind of slip keeps; with --floor, exits 1 when the share over
all slips is under it (CI keeps a floor). --show N lists up to N changed answers per slip.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import Knowledge  # noqa: E402

Slip = Callable[[str, random.Random], str]


def swap(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word) - 1)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def drop(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word))
    return word[:at] + word[at + 1 :]


def double(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    return word[:at] + word[at] + word[at:]


SLIPS: dict[str, Slip] = {"letters swapped": swap, "letter dropped": drop, "letter doubled": double}


def slipped(knowledge: Knowledge, seed: int = 5) -> tuple[int, dict[str, list[tuple[str, str]]]]:
    """How many phrasings were asked with slips, and slip -> (question, its entry) for each
    changed answer."""
    rng = random.Random(seed)
    changed: dict[str, list[tuple[str, str]]] = {name: [] for name in SLIPS}
    asked = 0
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            reply = knowledge.respond(phrasing)
            split = phrasing.split()
            long_words = [at for at, w in enumerate(split) if len(w) >= 6 and w.isalpha()]
            if (reply.kind, reply.entry_id) != ("answer", entry.id) or not long_words:
                continue
            asked += 1
            for name, slip in SLIPS.items():
                at = rng.choice(long_words)
                question = " ".join([*split[:at], slip(split[at], rng), *split[at + 1 :]])
                reply = knowledge.respond(question)
                if (reply.kind, reply.entry_id) != ("answer", entry.id):
                    changed[name].append((question, entry.id))
    return asked, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, help="fail when the share kept is under this")
    parser.add_argument("--show", type=int, default=0, help="list up to N changes per slip")
    args = parser.parse_args()
    asked, changed = slipped(Knowledge.load(ROOT / "faq"))
    print(f"{asked} FAQ phrasings answered with their own entry, each with one slip of each kind\n")
    print("| slip | answers kept |")
    print("|---|---|")
    for name, lost in changed.items():
        print(f"| {name} | {1 - len(lost) / asked:.3f} |")
    kept = 1 - sum(map(len, changed.values())) / (asked * len(SLIPS))
    print(f"| all slips | {kept:.3f} |")
    for lost in changed.values():
        for question, expected in lost[: args.show]:
            print(f"  {question!r} -> {expected}")
    if args.floor is not None and kept < args.floor:
        print(f"\nunder the floor: {kept:.3f} < {args.floor}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
