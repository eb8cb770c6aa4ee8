"""Typing habits: `python bench/habits.py` (and `make eval`).

Every question of the dev sets (faq/eval/labelled.yaml and fresh*.yaml, never the held-out
sets) that the bot gets right, answer or refusal, is typed again with one habit of chat: in
capitals, with no space after its commas or question marks (as phones' keyboards leave them),
with a hashtag, "asap", "lol" or "xD" after it, an emoji before it, curly apostrophes or none.
A habit says nothing about what is asked, so the reply should not change. Prints, as a
Markdown table, the share of answers and of refusals each habit keeps (a habit that would
leave a question as it is, such as no space after a comma in a question without one, skips
it); with --floor, exits 1 when either share over all habits is under it (CI keeps a floor,
so this cannot regress). --show N lists up to N changes per habit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frames import Changes, dev_cases, finish, outcome  # noqa: E402

from bot.core import Knowledge  # noqa: E402

HABITS: dict[str, Callable[[str], str]] = {
    "in capitals": str.upper,
    "no space after a comma": lambda q: q.replace(", ", ","),
    "no space after a question mark": lambda q: q.replace("? ", "?"),
    "a hashtag after it": lambda q: f"{q} #health",
    "'asap' after it": lambda q: f"{q.rstrip(' ?')} asap",
    "'lol' after it": lambda q: f"{q.rstrip(' ?')} lol",
    "'xD' after it": lambda q: f"{q} xD",
    "an emoji before it": lambda q: f"🤔 {q}",
    "curly apostrophes": lambda q: q.replace("'", "\u2019"),
    "no apostrophes": lambda q: q.replace("'", ""),
}


def typed(knowledge: Knowledge, questions: list[tuple[str, str]]) -> tuple[dict[str, int], Changes]:
    """Habit -> how many of the (question, entry id or "fallback") pairs the bot gets right
    were typed with it, and habit -> (question as typed, what it should get, what it got)."""
    asked = dict.fromkeys(HABITS, 0)
    changed: Changes = {habit: [] for habit in HABITS}
    for question, expected in questions:
        if outcome(knowledge, question) != expected:
            continue  # eval reports those
        for habit, type_it in HABITS.items():
            text = type_it(question)
            if text == question:
                continue
            asked[habit] += 1
            got = outcome(knowledge, text)
            if got != expected:
                changed[habit].append((text, expected, got))
    return asked, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, help="fail when the share kept is under this")
    parser.add_argument("--show", type=int, default=0, help="list up to N changes per habit")
    args = parser.parse_args()
    knowledge = Knowledge.load(ROOT / "faq")
    cases = dev_cases()
    answers = [(q, e) for q, e in cases if e != "fallback"]
    refusals = [(q, e) for q, e in cases if e == "fallback"]
    answered, answers_changed = typed(knowledge, answers)
    refused, refusals_changed = typed(knowledge, refusals)
    print(
        f"{len(answers)} dev questions to answer and {len(refusals)} to refuse, each the bot "
        "gets right typed with each habit that changes it\n"
    )
    print("| habit | answers asked | answers kept | refusals asked | refusals kept |")
    print("|---|---|---|---|---|")
    for habit in HABITS:
        answers_kept = 1 - len(answers_changed[habit]) / max(answered[habit], 1)
        refusals_kept = 1 - len(refusals_changed[habit]) / max(refused[habit], 1)
        print(
            f"| {habit} | {answered[habit]} | {answers_kept:.3f} "
            f"| {refused[habit]} | {refusals_kept:.3f} |"
        )
    kept = [
        1 - sum(map(len, changed.values())) / max(sum(asked.values()), 1)
        for asked, changed in ((answered, answers_changed), (refused, refusals_changed))
    ]
    print(
        f"| all habits | {sum(answered.values())} | {kept[0]:.3f} "
        f"| {sum(refused.values())} | {kept[1]:.3f} |"
    )
    return finish((answers_changed, refusals_changed), kept, args.show, args.floor)


if __name__ == "__main__":
    sys.exit(main())
