"""Words of distress: how much a message sounds like someone in crisis, learned from examples.

The crisis rules of faq/safety.yaml name crisis in the words someone wrote down; people in
crisis say it in words nobody wrote down ("i've said my goodbyes", "tonight's the night"), and
a new probe of such messages finds half of them missed. This scorer generalises from words:
a logistic regression over a message's stemmed words and pairs of words, trained on crisis
messages (the tests' crisis and distress lists, bench/urgent.py's self-harm messages) against
ordinary ones (every labelled question, the tests' and benches' ordinary messages). Its
weights are faq/distress-words.yaml, written by bench/distress_words.py.

A message it scores at or over the ``distress_threshold`` setting gets the distress text before
its reply (as a distress rule does), never an alarm: a false one costs a kind line before an
answer, so the scorer may be broad where the crisis rules may not.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping

import Stemmer

from bot.textnorm import words

#: The weights are trained this many times over the examples, in an order fixed by ``seed``.
EPOCHS = 15
LEARNING_RATE = 0.2
#: How hard weights are pulled to nought (L2): a word seen once weighs little.
L2 = 1e-4
#: Crisis messages are a few hundred among thousands of ordinary ones; each counts this share
#: of the ordinary ones' total, so the scorer does not learn to say "ordinary" to everything.
POSITIVE_SHARE = 0.25
#: Weights this near nought are left out of the file.
MIN_WEIGHT = 0.05
#: Words that say who and how, not what: alone they tell a statement ("i want ...") from a
#: question ("what is ..."), and crisis messages are mostly statements, so the scorer would
#: learn that "i" is a sign of crisis. They count only beside another word ("without me").
FUNCTION_WORDS = frozenset(
    """
    a about after all am an and any are as at be been being but by can could did do does for
    from had has have he her hers him his how i id if ill im in is it its ive just me my of on
    or our really she so some than that the their them then there they this those to too us
    very was we were what when where which who why will with would you your yours
    """.split()
)


def logistic(score: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


class DistressWords:
    """A message's distress score (0-1) from the weights of its words and pairs of words."""

    def __init__(self, weights: Mapping[str, float], bias: float):
        self.weights = dict(weights)
        self.bias = bias
        self._stemmer = Stemmer.Stemmer("english")

    def features(self, text: str) -> set[str]:
        """The stemmed words of a text but its function words, and each pair of words in a row
        but pairs of function words ("end it", "without me", "anymor"; not "i", "i am")."""
        split = words(text)
        stems = self._stemmer.stemWords(split)
        plain = [w in FUNCTION_WORDS for w in split]
        found = {stem for stem, function in zip(stems, plain, strict=True) if not function}
        found.update(
            f"{stems[at]} {stems[at + 1]}"
            for at in range(len(stems) - 1)
            if not (plain[at] and plain[at + 1])
        )
        return found

    def score(self, text: str) -> float:
        """How much the text sounds like someone in crisis, from 0 to 1."""
        weights = self.weights
        return logistic(self.bias + sum(weights.get(f, 0.0) for f in self.features(text)))

    def strongest(self, text: str, limit: int = 5) -> list[tuple[str, float]]:
        """The features of the text that weigh most towards distress (for faqbot ask --explain)."""
        found = [(f, self.weights[f]) for f in self.features(text) if f in self.weights]
        return sorted(found, key=lambda item: -item[1])[:limit]


def train(
    crisis: Iterable[str], ordinary: Iterable[str], seed: int = 0
) -> tuple[dict[str, float], float]:
    """Weights and a bias that tell the crisis messages from the ordinary ones (logistic
    regression by stochastic gradient descent; the same examples give the same weights)."""
    scorer = DistressWords({}, 0.0)
    positives, negatives = sorted(set(crisis)), sorted(set(ordinary) - set(crisis))
    if not positives or not negatives:
        raise ValueError("training needs crisis and ordinary messages")
    rows = [(sorted(scorer.features(t)), 1) for t in positives]
    rows += [(sorted(scorer.features(t)), 0) for t in negatives]
    share = len(negatives) / len(positives) * POSITIVE_SHARE
    weights: dict[str, float] = {}
    bias = 0.0
    order = random.Random(seed)
    for _ in range(EPOCHS):
        order.shuffle(rows)
        for features, label in rows:
            guess = logistic(bias + sum(weights.get(f, 0.0) for f in features))
            step = LEARNING_RATE * (guess - label) * (share if label else 1.0)
            bias -= step
            for f in features:
                weight = weights.get(f, 0.0)
                weights[f] = weight - step - LEARNING_RATE * L2 * weight
    kept = {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= MIN_WEIGHT}
    return kept, round(bias, 3)
