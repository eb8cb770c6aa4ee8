"""What people put around a question: `python bench/frames.py` (and `make eval`).

Every FAQ phrasing the bot answers with its own entry is wrapped in the words people put
around a question on Telegram ("Q: ...", "..., cheers", "My friend told me to ask. ...?",
"I'm 45 and male. ...?", "... - I have been struggling for years") and asked again. A frame
says nothing about which entry answers, so the answer should not change. Prints, as a
Markdown table, the share of answers each frame keeps; with --floor, exits 1 when the share
over all frames is under it (CI keeps a floor, so this cannot regress). --show N lists up to N
changed answers per frame.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import Knowledge  # noqa: E402

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
)


def framed(knowledge: Knowledge) -> tuple[int, dict[str, list[tuple[str, str, str]]]]:
    """How many phrasings were framed, and frame -> (framed question, its entry, what the bot
    did instead) for each changed answer; every frame is a key."""
    changed: dict[str, list[tuple[str, str, str]]] = {frame: [] for frame in FRAMES}
    asked = 0
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            alone = knowledge.respond(phrasing)
            if (alone.kind, alone.entry_id) != ("answer", entry.id):
                continue  # the FAQ check reports phrasings that miss their own entry
            asked += 1
            text = phrasing.rstrip(" ?")
            text = text[:1].lower() + text[1:]
            for frame in FRAMES:
                question = frame.format(q=text)
                reply = knowledge.respond(question)
                if (reply.kind, reply.entry_id) != ("answer", entry.id):
                    got = reply.entry_id if reply.kind == "answer" else reply.kind
                    changed[frame].append((question, entry.id, got))
    return asked, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, help="fail when the share kept is under this")
    parser.add_argument("--show", type=int, default=0, help="list up to N changes per frame")
    args = parser.parse_args()
    asked, changed = framed(Knowledge.load(ROOT / "faq"))
    print(f"{asked} FAQ phrasings answered with their own entry, each in {len(FRAMES)} frames\n")
    print("| frame | answers kept |")
    print("|---|---|")
    for frame, lost in changed.items():
        print(f"| `{frame}` | {1 - len(lost) / asked:.3f} |")
    kept = 1 - sum(map(len, changed.values())) / (asked * len(FRAMES))
    print(f"| all frames | {kept:.3f} |")
    for lost in changed.values():
        for question, expected, got in lost[: args.show]:
            print(f"  {question!r} -> {expected}, got {got}")
    if args.floor is not None and kept < args.floor:
        print(f"\nunder the floor: {kept:.3f} < {args.floor}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
