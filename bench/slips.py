"""Typing slips: `python bench/slips.py` (and `make eval`).

Every FAQ phrasing the bot answers with its own entry is asked again with one slip in one of
its words of six letters or more (chosen with a fixed seed, so every run is the same): two
neighbouring letters swapped, a letter dropped, a letter doubled, a key beside one typed for
it ("eczena"); and with one letter typed on the wrong side of a space between two of its words
("havee czema"), with two of its words run together ("whatis"), and with one slip of those
kinds in a word of four or five letters ("leay gut", "wha is"), and with slips in two words
at once ("do probiotcs hepl eczema"). Prints, as a Markdown
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
from bot.textnorm import KEYBOARD_NEIGHBOURS  # noqa: E402

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


def next_key(word: str, rng: random.Random) -> str:
    """``word`` with one letter typed as a key beside it ("eczena", "probiotivs")."""
    at = rng.randrange(1, len(word))
    near = sorted(b for a, b in KEYBOARD_NEIGHBOURS if a == word[at]) or [word[at]]
    return word[:at] + rng.choice(near) + word[at + 1 :]


def run_together(split: list[str], rng: random.Random) -> list[str] | None:
    """``split`` with the space between two of its words left out ("whatis", "canprobiotics"),
    or None when it has one word."""
    if len(split) < 2:
        return None
    at = rng.randrange(len(split) - 1)
    return [*split[:at], split[at] + split[at + 1], *split[at + 2 :]]


#: A letter typed on the wrong side of a space: "have eczema" -> "havee czema", "in the" ->
#: "int he".
ACROSS_SPACE = "letter across a space"
KEY_BESIDE = "key beside"
RUN_TOGETHER = "two words run together"
SHORT_WORD = "a slip in a word of four or five letters"
TWO_WORDS = "slips in two words, and half the time a letter across a space"


def across_space(split: list[str], rng: random.Random) -> list[str] | None:
    """``split`` with one letter moved over the space between two words, or None when no two
    neighbouring words are both of letters and longer than one."""
    pairs = [
        at
        for at in range(len(split) - 1)
        if all(w.isalpha() and len(w) > 1 for w in split[at : at + 2])
    ]
    if not pairs:
        return None
    at = rng.choice(pairs)
    first, second = split[at], split[at + 1]
    if rng.random() < 0.5:
        first, second = first[:-1], first[-1] + second
    else:
        first, second = first + second[0], second[1:]
    return [*split[:at], first, second, *split[at + 2 :]]


def short_words(split: list[str]) -> list[int]:
    """Where the words of four letters or more are."""
    return [at for at, w in enumerate(split) if len(w) >= 4 and w.isalpha()]


def in_two_words(split: list[str], rng: random.Random) -> list[str]:
    """``split`` with a slip of each kind of SLIPS or a key beside in two of its words of four
    letters or more, then half the time a letter across a space as well."""
    typed = list(split)
    for at in rng.sample(short_words(split), 2):
        typed[at] = rng.choice([*SLIPS.values(), next_key])(typed[at], rng)
    if rng.random() < 0.5:
        typed = across_space(typed, rng) or typed
    return typed


def slipped(
    knowledge: Knowledge, seed: int = 5
) -> tuple[dict[str, int], dict[str, list[tuple[str, str]]]]:
    """Slip -> how many phrasings were asked with it, and slip -> (question, its entry) for
    each changed answer."""
    rng, space_rng, more_rng = random.Random(seed), random.Random(seed), random.Random(seed)
    names = [*SLIPS, ACROSS_SPACE, KEY_BESIDE, RUN_TOGETHER, SHORT_WORD, TWO_WORDS]
    short_rng, two_rng = random.Random(seed), random.Random(seed)
    short_slips = [*SLIPS.values(), next_key]
    asked = dict.fromkeys(names, 0)
    changed: dict[str, list[tuple[str, str]]] = {name: [] for name in names}
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            reply = knowledge.respond(phrasing)
            split = phrasing.split()
            long_words = [at for at, w in enumerate(split) if len(w) >= 6 and w.isalpha()]
            if (reply.kind, reply.entry_id) != ("answer", entry.id) or not long_words:
                continue
            questions = []
            for name, slip in SLIPS.items():
                at = rng.choice(long_words)
                questions.append(
                    (name, " ".join([*split[:at], slip(split[at], rng), *split[at + 1 :]]))
                )
            moved = across_space(split, space_rng)
            if moved is not None:
                questions.append((ACROSS_SPACE, " ".join(moved)))
            at = more_rng.choice(long_words)
            questions.append(
                (
                    KEY_BESIDE,
                    " ".join([*split[:at], next_key(split[at], more_rng), *split[at + 1 :]]),
                )
            )
            joined = run_together(split, more_rng)
            if joined is not None:
                questions.append((RUN_TOGETHER, " ".join(joined)))
            if len(short_words(split)) > 1:
                questions.append((TWO_WORDS, " ".join(in_two_words(split, two_rng))))
            short = [at for at, w in enumerate(split) if len(w) in (4, 5) and w.isalpha()]
            if short:
                at, slip = short_rng.choice(short), short_rng.choice(short_slips)
                typed = slip(split[at], short_rng)
                questions.append((SHORT_WORD, " ".join([*split[:at], typed, *split[at + 1 :]])))
            for name, question in questions:
                asked[name] += 1
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
    print(
        f"{asked[next(iter(SLIPS))]} FAQ phrasings answered with their own entry, each with one"
        " slip of each kind (of two words or more, for a letter across a space)\n"
    )
    print("| slip | asked | answers kept |")
    print("|---|---|---|")
    for name, lost in changed.items():
        print(f"| {name} | {asked[name]} | {1 - len(lost) / asked[name]:.3f} |")
    kept = 1 - sum(map(len, changed.values())) / sum(asked.values())
    print(f"| all slips | {sum(asked.values())} | {kept:.3f} |")
    for lost in changed.values():
        for question, expected in lost[: args.show]:
            print(f"  {question!r} -> {expected}")
    if args.floor is not None and kept < args.floor:
        print(f"\nunder the floor: {kept:.3f} < {args.floor}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
