"""What people put around a question: `python bench/frames.py` (and `make eval`).

Every FAQ phrasing the bot answers with its own entry, and every question of the dev sets
(faq/eval/labelled.yaml and fresh*.yaml, never the held-out sets) that it rightly refuses, is
wrapped in the words people put around a question on Telegram ("Q: ...", "..., cheers", "My
friend told me to ask. ...?", "I'm 45 and male. ...?", "... - I have been struggling for
years") and asked again. A frame says nothing about what is asked, so the answer should not
change, nor a refusal become an answer. Prints, as a Markdown table, the share of answers and
of refusals each frame keeps; with --floor, exits 1 when either share over all frames is under
it (CI keeps a floor, so this cannot regress). --show N lists up to N changes per frame.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import Knowledge  # noqa: E402
from bot.evaluate import load_cases  # noqa: E402

FRAMES = (
    "Quick question. {q}?",
    "{q}? Thanks in advance.",
    "I've been reading a lot about this lately. {q}? I'm a bit confused.",
    "hi, {q}",
    "{q}, cheers",
    "My friend told me to ask. {q}?",
    "Sorry if this is a silly question but {q}?",
    "{q}? Asking for my mum.",
    "So I was wondering, {q}?",
    "{q}?? thx",
    "can you tell me {q}",
    "do you know {q}",
    "question: {q}",
    "Q: {q}?",
    "pls help, {q}",
    "I need to know: {q}?",
    "Hello there! Hope you are well. {q}? Many thanks, Sarah",
    "ok next question {q}",
    "{q} - I have been struggling for years",
    "I'm 45 and male. {q}?",
    "{q}? I've tried everything",
    "good morning {q}",
    "{q} please answer",
    "Honestly I don't know who else to ask. {q}?",
    "{q} x",
    "{q}. Thank you so much for your help!",
    "I have a question about my health. {q}?",
    "{q}? My doctor is on holiday.",
    "Hi there, I'm Tom. {q}?",
    "{q}, I'm asking because I'm worried",
    "yo {q}",
    "Hi\n{q}?\nThanks",
    "I've been reading a lot about this lately\n\n{q}?\n\nI'm a bit confused",
)


Changes = dict[str, list[tuple[str, str, str]]]  # frame or habit -> (question, expected, got)


def framed(knowledge: Knowledge, questions: list[tuple[str, str]]) -> tuple[int, Changes]:
    """How many of the (question, entry id or "fallback") pairs the bot gets right alone, and
    frame -> (framed question, what it should get, what it got) for each change; every frame
    is a key. A refusal may become small talk ("hi, rubbish"): neither answers."""
    changed: Changes = {frame: [] for frame in FRAMES}
    asked = 0
    for question, expected in questions:
        if outcome(knowledge, question) != expected:
            continue  # the FAQ check and eval report those
        asked += 1
        text = question.rstrip(" ?")
        text = text[:1].lower() + text[1:]
        for frame in FRAMES:
            got = outcome(knowledge, frame.format(q=text))
            if got != expected:
                changed[frame].append((frame.format(q=text), expected, got))
    return asked, changed


def outcome(knowledge: Knowledge, question: str) -> str:
    """The entry the bot answers with, "fallback" for a refusal or small talk, else the kind."""
    reply = knowledge.respond(question)
    if reply.kind == "answer":
        return reply.entry_id or ""
    return "fallback" if reply.kind in ("fallback", "smalltalk") else reply.kind


def dev_cases() -> list[tuple[str, str]]:
    """Each (question, entry id or "fallback") of the dev sets once: faq/eval/labelled.yaml
    and fresh*.yaml, never the held-out sets."""
    sets = [ROOT / "faq" / "eval" / "labelled.yaml", *sorted(ROOT.glob("faq/eval/fresh*.yaml"))]
    return list(
        dict.fromkeys(
            (case.question, case.entry_id if case.kind == "answer" else "fallback")
            for path in sets
            for case in load_cases(path)
            if case.kind in ("answer", "fallback")
        )
    )


def finish(changes: tuple[Changes, ...], kept: list[float], show: int, floor: float | None) -> int:
    """List up to ``show`` changes of each frame (or habit); 1 when a share kept is under
    ``floor``, else 0."""
    for changed in changes:
        for lost in changed.values():
            for question, expected, got in lost[:show]:
                print(f"  {question!r} -> {expected}, got {got}")
    if floor is not None and min(kept) < floor:
        print(f"\nunder the floor: {min(kept):.3f} < {floor}")
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, help="fail when the share kept is under this")
    parser.add_argument("--show", type=int, default=0, help="list up to N changes per frame")
    args = parser.parse_args()
    knowledge = Knowledge.load(ROOT / "faq")
    phrasings = [(p, e.id) for e in knowledge.faq.entries.values() for p in e.phrasings]
    refusals = [case for case in dev_cases() if case[1] == "fallback"]
    answered, answers_changed = framed(knowledge, phrasings)
    refused, refusals_changed = framed(knowledge, refusals)
    print(
        f"{answered} FAQ phrasings answered with their own entry and {refused} dev questions "
        f"refused, each in {len(FRAMES)} frames\n"
    )
    print("| frame | answers kept | refusals kept |")
    print("|---|---|---|")
    for frame in FRAMES:
        print(
            f"| `{frame.replace(chr(10), '⏎')}` | {1 - len(answers_changed[frame]) / answered:.3f} "
            f"| {1 - len(refusals_changed[frame]) / refused:.3f} |"
        )
    kept = [
        1 - sum(map(len, changed.values())) / (total * len(FRAMES))
        for total, changed in ((answered, answers_changed), (refused, refusals_changed))
    ]
    print(f"| all frames | {kept[0]:.3f} | {kept[1]:.3f} |")
    return finish((answers_changed, refusals_changed), kept, args.show, args.floor)


if __name__ == "__main__":
    sys.exit(main())
