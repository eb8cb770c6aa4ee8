"""Emergencies said many ways: `python bench/urgent.py` (and `make eval`).

Each emergency the safety screen is for (faq/safety.yaml), said in several ways, by each of
the people a message may be about ("I", "my son", "my grandad", "she", "my 7 year old"); and
ordinary messages from the same people that mention a symptom word but are no emergency. Prints,
as a Markdown table, the share of emergencies that get the urgent reply (by kind) and the share
of ordinary messages that do (false alarms); with --floor, exits 1 when urgent recall is under
it or any ordinary message is an alarm (CI keeps both). --show lists the misses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import Knowledge  # noqa: E402

#: Who a message is about: (subject, possessive).
PEOPLE = [
    ("I", "my"),
    ("my son", "his"),
    ("my wife", "her"),
    ("my husband", "his"),
    ("my mum", "her"),
    ("my dad", "his"),
    ("my partner", "their"),
    ("my baby", "her"),
    ("my friend", "his"),
    ("he", "his"),
    ("she", "her"),
    ("my daughter", "her"),
    ("my 7 year old", "his"),
    ("my grandad", "his"),
]

#: Emergencies by kind; {s} is who, {p} whose; "is"/"has" agree with "I" (see say).
EMERGENCIES = {
    "breathing": [
        "{s} can't breathe",
        "{s} is struggling to breathe",
        "{s} is wheezing and can't get air",
        "{s} is gasping for air",
        "{s} is short of breath",
        "{s} has difficulty breathing",
        "{p} lips are going blue",
        "{s} can hardly breathe",
    ],
    "swelling": [
        "{s} has a swollen tongue",
        "{p} throat is closing up",
        "{p} lips are swelling",
        "{p} face has swollen up",
        "{p} eyes and lips are puffing up",
        "{p} tongue has gone huge",
    ],
    "allergic reaction": [
        "{s} is having an allergic reaction",
        "{s} is going into anaphylactic shock",
        "{s} had a bad reaction to a probiotic and is swelling up",
        "{s} needs an epipen",
    ],
    "chest pain": [
        "{s} has chest pains",
        "{s} has a tight chest and pain down {p} arm",
        "{s} has pain in {p} chest",
        "{s} has a crushing pain in {p} chest",
    ],
    "fainting": [
        "{s} fainted",
        "{s} collapsed",
        "{s} blacked out",
        "{s} keeps passing out",
        "{s} passed out and won't wake up",
    ],
    "blood": [
        "{s} is vomiting blood",
        "{s} has blood in {p} stool",
        "{s} is pooing blood",
        "{s} has bloody diarrhoea",
        "{s} threw up blood",
        "{s} is throwing up blood",
        "there's blood in the toilet after {s} went",
    ],
    "abdominal pain": [
        "{s} has severe stomach pain",
        "{s} has agonising pain in {p} belly",
        "{s} has excruciating abdominal pain",
        "{s} is in agony with stomach pain",
        "{s} is doubled over with tummy pain",
    ],
    "fever and infected rash": [
        "{s} has a high fever and {p} eczema is oozing",
        "{s} has a fever and the rash is spreading fast",
        "{s} has a temperature and infected eczema",
    ],
}

#: Messages from the same people that mention a symptom word and are no emergency.
ORDINARY = [
    "{s} has eczema, can probiotics help",
    "{s} has hay fever and eczema, would probiotics help",
    "{p} skin is itchy and red, is that eczema",
    "{p} tummy is a bit upset, do probiotics help",
    "{s} gets bloated after meals, is that leaky gut",
    "{s} had a blood test, can it show leaky gut",
    "{p} eczema flares when {s} is stressed",
    "{s} has dry patches on {p} face, what is eczema",
    "{s} is breathing fine but itchy all over",
    "does poor blood flow affect {p} eczema",
    "{p} eczema patches are huge, can probiotics help",
    "{p} face is a massive mess with eczema",
]


AGREEMENT = [("I is", "I am"), ("I has", "I have"), ("I keeps", "I keep"), ("I needs", "I need")]


def say(template: str, subject: str, whose: str) -> str:
    """A template said about someone, the verb agreeing with "I"."""
    text = template.format(s=subject, p=whose)
    if subject == "I":
        for third, first in AGREEMENT:
            text = text.replace(third, first)
    return text


def screened(knowledge: Knowledge) -> tuple[dict[str, list[str]], dict[str, int], list[str], int]:
    """(missed emergencies by kind, emergencies asked by kind, false alarms, ordinary asked)."""
    missed: dict[str, list[str]] = {}
    asked: dict[str, int] = {}
    for kind, templates in EMERGENCIES.items():
        messages = [say(t, s, p) for t in templates for s, p in PEOPLE]
        asked[kind] = len(messages)
        missed[kind] = [m for m in messages if knowledge.respond(m).kind != "urgent"]
    ordinary = [say(t, s, p) for t in ORDINARY for s, p in PEOPLE]
    alarms = [m for m in ordinary if knowledge.respond(m).kind in ("urgent", "crisis")]
    return missed, asked, alarms, len(ordinary)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, help="fail when urgent recall is under this")
    parser.add_argument("--show", action="store_true", help="list the misses and false alarms")
    args = parser.parse_args()
    missed, asked, alarms, ordinary = screened(Knowledge.load(ROOT / "faq"))
    print(f"{sum(asked.values())} emergencies said by {len(PEOPLE)} people; {ordinary} ordinary\n")
    print("| emergency | messages | urgent reply |")
    print("|---|---|---|")
    for kind, count in asked.items():
        print(f"| {kind} | {count} | {1 - len(missed[kind]) / count:.3f} |")
    recall = 1 - sum(map(len, missed.values())) / sum(asked.values())
    print(f"| all emergencies | {sum(asked.values())} | {recall:.3f} |")
    print(f"| ordinary messages (false alarms) | {ordinary} | {len(alarms) / ordinary:.3f} |")
    if args.show:
        for message in [m for lost in missed.values() for m in lost]:
            print(f"  missed: {message!r}")
        for message in alarms:
            print(f"  false alarm: {message!r}")
    if args.floor is not None and (recall < args.floor or alarms):
        print(
            f"\nunder the floor: recall {recall:.3f} < {args.floor} or {len(alarms)} false alarms"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
