"""Fuzzy matching of a normalised question against every FAQ phrasing.

Built once per FAQ: every phrasing is normalised, indexed by token, and its entry's vocabulary
is kept. A query is matched in three steps:

1. the normaliser has already corrected typos against the FAQ's own words;
2. recall: the phrasings that share a word with the query are scored with
   ``process.extract`` (token set and token sort ratios: word order does not matter);
3. guard: the score is scaled by how much of the query the entry covers, so a query about
   something the FAQ never mentions ("what is diabetes") cannot ride on a subset match.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.faq import FAQ
from bot.textnorm import Normalized, Normalizer


@dataclass(frozen=True)
class Candidate:
    """The best phrasing of one entry for a query."""

    entry_id: str
    phrasing: str  # as written in the FAQ
    score: float  # 0-100, after the coverage guard
    fuzzy: float  # 0-100, before it
    coverage: float  # 0-1: share of the query's words the entry knows


class Matcher:
    """Scores queries against the FAQ's phrasings; immutable once built."""

    def __init__(self, faq: FAQ, normalizer: Normalizer):
        self.normalizer = normalizer
        self.phrasings: list[str] = []  # as written
        self.normalized: list[str] = []  # token strings, the choices rapidfuzz scores
        self.owner: list[str] = []  # entry id of each phrasing
        self.index: dict[str, list[int]] = defaultdict(list)  # token -> phrasing numbers
        self.tokens_of: list[tuple[str, ...]] = []  # normalised tokens of each phrasing
        self.by_entry: dict[str, list[int]] = defaultdict(list)  # entry id -> phrasing numbers
        self.entry_vocab: dict[str, frozenset[str]] = {}
        for entry in faq.entries.values():
            vocab: set[str] = set()
            for phrasing in entry.phrasings:
                norm = normalizer(phrasing)
                if not norm.tokens:
                    continue
                number = len(self.phrasings)
                self.phrasings.append(phrasing)
                self.normalized.append(norm.text)
                self.owner.append(entry.id)
                self.tokens_of.append(norm.tokens)
                self.by_entry[entry.id].append(number)
                for token in set(norm.tokens):
                    self.index[token].append(number)
                vocab.update(norm.tokens)
            self.entry_vocab[entry.id] = frozenset(vocab)
        self.index = dict(self.index)
        self.by_entry = dict(self.by_entry)
        self.vocab: list[str] = sorted(self.index)

    def search(self, query: Normalized, limit: int = 5,
               exclude: int | None = None) -> list[Candidate]:
        """The best candidate entries for a normalised query, best first (at most ``limit``).

        ``exclude`` leaves one phrasing (by number) out, as if the FAQ did not have it: audits
        use it to see where a phrasing would land on its own merits.
        """
        tokens = query.tokens
        if not tokens:
            return []
        numbers = sorted({n for t in tokens for n in self.index.get(t, ()) if n != exclude})
        vocab = self.entry_vocab
        if exclude is not None:
            owner = self.owner[exclude]
            others = (self.tokens_of[m] for m in self.by_entry[owner] if m != exclude)
            vocab = {**vocab, owner: frozenset(t for toks in others for t in toks)}
        if not numbers:
            return []
        text = " ".join(tokens)
        choices = {n: self.normalized[n] for n in numbers}
        set_scores = {
            n: score
            for _, score, n in process.extract(
                text, choices, scorer=fuzz.token_set_ratio, processor=None, limit=None
            )
        }
        sort_scores = {
            n: score
            for _, score, n in process.extract(
                text, choices, scorer=fuzz.token_sort_ratio, processor=None, limit=None
            )
        }
        unique = set(tokens)
        best: dict[str, Candidate] = {}
        for n in numbers:
            entry_id = self.owner[n]
            fuzzy = 0.5 * set_scores.get(n, 0.0) + 0.5 * sort_scores.get(n, 0.0)
            known = vocab[entry_id]
            coverage = sum(1 for t in unique if t in known) / len(unique)
            score = fuzzy * coverage * coverage
            current = best.get(entry_id)
            if current is None or score > current.score:
                best[entry_id] = Candidate(entry_id, self.phrasings[n], score, fuzzy, coverage)
        ranked = sorted(best.values(), key=lambda c: (-c.score, -c.fuzzy, c.entry_id))
        return ranked[:limit]

