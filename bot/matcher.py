"""Matching a normalised question against every FAQ phrasing.

Built once per FAQ: every phrasing is normalised (see bot.textnorm, which also forgives typos
with rapidfuzz), indexed by word, and each word gets a weight: words few entries use
("strain", "children") say more about the question than words many use ("eczema", "gut").
A word the FAQ never uses weighs the most: a question about psoriasis is not about eczema.

A query is scored against the phrasings that share a word with it:

- recall: the weighted share of the query's words the phrasing holds (words the phrasing
  lacks but its entry uses elsewhere count for part), so every word of the question must
  be accounted for: "what is diabetes" cannot ride on "what is eczema";
- precision: the weighted share of the phrasing's words the query holds, so a short query
  prefers the short phrasing it matches ("eczema" -> "what is eczema", not "eczema causes");
- a light tie-break by rapidfuzz's token sort ratio of the two texts.

Each entry is scored by its best phrasing.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.faq import FAQ
from bot.textnorm import Normalized, Normalizer

#: Credit for a query word the phrasing lacks but its entry uses in another phrasing.
ENTRY_WORD_CREDIT = 0.9
#: Credit for a query word that only the entry's answer uses.
ANSWER_WORD_CREDIT = 0.3
#: Shape of the score: recall ** RECALL_POWER * precision ** PRECISION_POWER.
RECALL_POWER = 1.5
PRECISION_POWER = 1.0
#: Weight of a word the FAQ never uses, as a share of the weight of the rarest FAQ word.
UNKNOWN_WORD_WEIGHT = 1.0
#: Share of the score decided by rapidfuzz's token sort ratio of the texts.
TIE_BREAK = 0.1


@dataclass(frozen=True)
class Candidate:
    """The best phrasing of one entry for a query."""

    entry_id: str
    phrasing: str  # as written in the FAQ
    score: float  # 0-100
    recall: float  # 0-1: weighted share of the query's words accounted for
    precision: float  # 0-1: weighted share of the phrasing's words in the query


class Matcher:
    """Scores queries against the FAQ's phrasings; immutable once built."""

    def __init__(self, faq: FAQ, normalizer: Normalizer):
        self.normalizer = normalizer
        self.phrasings: list[str] = []  # as written
        self.normalized: list[str] = []  # token strings
        self.owner: list[str] = []  # entry id of each phrasing
        self.index: dict[str, list[int]] = defaultdict(list)  # token -> phrasing numbers
        self.tokens_of: list[frozenset[str]] = []  # normalised tokens of each phrasing
        self.by_entry: dict[str, list[int]] = defaultdict(list)  # entry id -> phrasing numbers
        self.entry_vocab: dict[str, frozenset[str]] = {}
        self.answer_vocab: dict[str, frozenset[str]] = {}
        for entry in faq.entries.values():
            self.answer_vocab[entry.id] = frozenset(normalizer(entry.answer).tokens)
            vocab: set[str] = set()
            for phrasing in entry.phrasings:
                norm = normalizer(phrasing)
                if not norm.tokens:
                    continue
                number = len(self.phrasings)
                self.phrasings.append(phrasing)
                self.normalized.append(norm.text)
                self.owner.append(entry.id)
                self.tokens_of.append(frozenset(norm.tokens))
                self.by_entry[entry.id].append(number)
                for token in set(norm.tokens):
                    self.index[token].append(number)
                vocab.update(norm.tokens)
            self.entry_vocab[entry.id] = frozenset(vocab)
        self.index = dict(self.index)
        self.by_entry = dict(self.by_entry)
        # Words only an answer uses still bring its entry's phrasings in as candidates.
        self.answer_index: dict[str, list[int]] = defaultdict(list)
        for entry_id, words_ in self.answer_vocab.items():
            for token in words_ - self.entry_vocab[entry_id]:
                self.answer_index[token].extend(self.by_entry.get(entry_id, ()))
        self.answer_index = dict(self.answer_index)
        entries = max(1, len(self.entry_vocab))
        document_frequency: dict[str, int] = defaultdict(int)
        for vocab in self.entry_vocab.values():
            for token in vocab:
                document_frequency[token] += 1
        self.unknown_weight = UNKNOWN_WORD_WEIGHT * math.log(1 + entries)
        self.weight: dict[str, float] = {
            t: math.log(1 + entries / df) for t, df in document_frequency.items()
        }
        self.phrasing_weight: list[float] = [
            sum(self.weight[t] for t in tokens) for tokens in self.tokens_of
        ]

    def weigh(self, token: str) -> float:
        return self.weight.get(token, self.unknown_weight)

    def _shape(
        self, weights: dict[str, float], n: int, entry_words: bool = True
    ) -> tuple[float, float, float]:
        """Recall, precision and their combined score (0-1) of query words against phrasing n."""
        phrasing_tokens = self.tokens_of[n]
        entry_id = self.owner[n]
        known = self.entry_vocab[entry_id] if entry_words else frozenset()
        in_answer = self.answer_vocab[entry_id] if entry_words else frozenset()
        matched = extra = 0.0
        for token, weight in weights.items():
            if token in phrasing_tokens:
                matched += weight
            elif token in known:
                extra += ENTRY_WORD_CREDIT * weight
            elif token in in_answer:
                extra += ANSWER_WORD_CREDIT * weight
        recall = (matched + extra) / sum(weights.values())
        precision = matched / self.phrasing_weight[n]
        return recall, precision, recall**RECALL_POWER * precision**PRECISION_POWER

    def search(self, query: Normalized, limit: int = 5) -> list[Candidate]:
        """The best candidate entries for a normalised query, best first (at most ``limit``)."""
        tokens = query.tokens
        if not tokens:
            return []
        numbers = {n for t in tokens for n in self.index.get(t, ())}
        numbers.update(n for t in tokens for n in self.answer_index.get(t, ()))
        if not numbers:
            return []
        weights = {t: self.weigh(t) for t in tokens}
        choices = {n: self.normalized[n] for n in sorted(numbers)}
        ratios = process.extract(
            " ".join(tokens), choices, scorer=fuzz.token_sort_ratio, processor=None, limit=None
        )
        best: dict[str, Candidate] = {}
        for _, ratio, n in ratios:
            recall, precision, base = self._shape(weights, n)
            score = 100.0 * base * (1 - TIE_BREAK + TIE_BREAK * ratio / 100.0)
            entry_id = self.owner[n]
            current = best.get(entry_id)
            if current is None or score > current.score:
                best[entry_id] = Candidate(entry_id, self.phrasings[n], score, recall, precision)
        ranked = sorted(best.values(), key=lambda c: (-c.score, c.entry_id))
        return ranked[:limit]

    def similarity(self, a: int, b: int) -> float:
        """How alike two phrasings are (0-100), the same read either way round."""
        scores = []
        for query, target in ((a, b), (b, a)):
            weights = {t: self.weigh(t) for t in self.tokens_of[query]}
            scores.append(self._shape(weights, target, entry_words=False)[2])
        return 100.0 * min(scores)
