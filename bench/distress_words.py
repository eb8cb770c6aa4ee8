"""Train the words of distress (bot/distress.py) and write faq/distress-words.yaml.

    python bench/distress_words.py          # retrain and write the file (make distress-words)
    python bench/distress_words.py --cv     # and print how it does on messages it has not seen

Crisis messages: the tests' CRISIS, DISTRESS and WORDS_OF_DISTRESS lists
(tests/test_quality.py) and the self-harm messages of bench/urgent.py. Ordinary ones: every
labelled question that is not urgent (not the held-out sets), the tests' ORDINARY, NOT_DISTRESS
and STATEMENTS lists, bench/urgent.py's ordinary messages and the benches' follow-ups. The
blind probes of bench/probes.yaml are never trained on, though the tests' lists hold some of
their messages: they measure it. Add a missed crisis message to WORDS_OF_DISTRESS (or an
ordinary message that got the distress text to NOT_DISTRESS), then retrain.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import probes  # noqa: E402
import urgent  # noqa: E402

from bot.distress import DistressWords, train  # noqa: E402
from bot.evaluate import load_cases  # noqa: E402
from tests import test_quality  # noqa: E402

OUT = ROOT / "faq" / "distress-words.yaml"
HEADER = """\
# Words of distress (bot/distress.py): weights of stemmed words and pairs of words that tell
# a message from someone in crisis from an ordinary one. Written by bench/distress_words.py
# (make distress-words) from the crisis and ordinary messages of the tests and benches: do not
# edit by hand; add examples there and retrain. A message scoring at least the
# distress_threshold setting gets the distress text (texts.yaml) before its reply.
"""
FOLDS = 5
THRESHOLDS = (0.5, 0.73, 0.88, 0.95)


def followups(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("after", "ask") and isinstance(value, str):
                yield value
            else:
                yield from followups(value)
    elif isinstance(node, list):
        for value in node:
            yield from followups(value)


def examples() -> tuple[list[str], list[str]]:
    """(crisis messages, ordinary messages)."""
    crisis = {*test_quality.CRISIS, *test_quality.DISTRESS, *test_quality.WORDS_OF_DISTRESS}
    crisis.update(urgent.said_by_everyone(urgent.EMERGENCIES[urgent.CRISIS]))
    ordinary = {*test_quality.ORDINARY, *test_quality.NOT_DISTRESS, *test_quality.STATEMENTS}
    ordinary.update(urgent.said_by_everyone(urgent.ORDINARY))
    for path in sorted((ROOT / "faq" / "eval").glob("*.yaml")):
        if not path.name.startswith("holdout"):
            ordinary.update(c.question for c in load_cases(path) if c.kind != "urgent")
    for path in sorted((ROOT / "bench").glob("*.yaml")):
        if path.name != "probes.yaml":
            ordinary.update(followups(yaml.safe_load(path.read_text(encoding="utf-8"))))
    probed = {
        message
        for probe in probes.load_probes()
        for group in ("crisis", "urgent", "ordinary")
        for message in probe.get(group) or ()
    }
    return sorted(crisis - probed), sorted(ordinary - crisis - probed)


def cross_validate(crisis: list[str], ordinary: list[str]) -> str:
    """A Markdown table: for each threshold, the share of crisis messages and of ordinary ones
    over it when scored by weights trained without them (five folds)."""
    rows = [(t, 1) for t in crisis] + [(t, 0) for t in ordinary]
    random.Random(1).shuffle(rows)
    over = {(th, label): 0 for th in THRESHOLDS for label in (0, 1)}
    for fold in range(FOLDS):
        kept = [r for at, r in enumerate(rows) if at % FOLDS != fold]
        scorer = DistressWords(
            *train([t for t, y in kept if y], [t for t, y in kept if not y], seed=fold)
        )
        for text, label in rows[fold::FOLDS]:
            score = scorer.score(text)
            for th in THRESHOLDS:
                over[th, label] += score >= th
    lines = [
        "| threshold | crisis messages over it (recall) | ordinary messages over it |",
        "|---|---|---|",
    ]
    for th in THRESHOLDS:
        lines.append(
            f"| {th:.2f} | {over[th, 1] / len(crisis):.3f} | "
            f"{over[th, 0] / len(ordinary):.4f} ({over[th, 0]} of {len(ordinary)}) |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print a five-fold cross-validation")
    args = parser.parse_args()
    crisis, ordinary = examples()
    weights, bias = train(crisis, ordinary)
    body = yaml.safe_dump(
        {"distress_words": {"bias": bias, "weights": weights}},
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(crisis)} crisis and {len(ordinary)} ordinary messages: {len(weights)} weights")
    print(f"wrote {OUT.relative_to(ROOT)}")
    if args.cv:
        print()
        print(cross_validate(crisis, ordinary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
