"""The conversation core: a user's text in, a reply out. No Telegram here.

The terminal chat, the command line and the Telegram handlers all call :meth:`Knowledge.respond`.
"""

from __future__ import annotations

import gc
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.faq import FAQ, Entry, load_faq
from bot.matcher import Candidate, Matcher
from bot.textnorm import EVERYDAY_WORDS, STOP_WORDS, Normalized, Normalizer, plausible_slip, words

logger = logging.getLogger(__name__)

KINDS = ("answer", "clarify", "fallback", "urgent", "smalltalk")
#: Longest question the core reads; Telegram's own limit is 4096 characters.
MAX_QUESTION_CHARS = 4096
SMALLTALK_CUTOFF = 85.0
#: A question this close to an FAQ phrasing is a question even if it looks like small talk.
EXACT_SCORE = 95.0
#: "Did you mean" also offers the next candidates scoring at least this share of the best.
SUGGEST_SHARE = 0.5


@dataclass(frozen=True)
class Reply:
    """What the bot says to one message."""

    kind: str  # one of KINDS
    text: str  # plain text, ready to show; answer and clarify carry the disclaimer
    entry_id: str | None = None
    score: int = 0  # 0-100
    suggestions: tuple[str, ...] = ()  # entry ids, at most 3
    reason: str = ""  # why this decision, for admins (faqbot ask --explain)
    candidates: tuple[Candidate, ...] = field(default=(), compare=False)
    normalized: Normalized | None = field(default=None, compare=False)

    def as_json(self, question: str) -> dict:
        return {
            "question": question,
            "kind": self.kind,
            "id": self.entry_id,
            "score": self.score,
            "suggestions": list(self.suggestions),
            "text": self.text,
        }


class Knowledge:
    """A loaded FAQ with its matcher, ready to answer. Immutable: reloads build a new one."""

    def __init__(self, faq: FAQ):
        self.faq = faq
        self.texts = faq.texts
        self.settings = faq.settings
        self.normalizer = Normalizer(
            faq.synonyms,
            (text for e in faq.entries.values() for text in (*e.phrasings, e.answer)),
        )
        self.matcher = Matcher(faq, self.normalizer)
        # The words of the safety rules, so a misspelt emergency is still one ("i cant breth",
        # "blud in my poo").
        self._safety_words = sorted(
            {
                w
                for rule in faq.rules
                for p in rule.patterns
                for w in re.findall(r"[a-z]{3,}", re.sub(r"\\[a-zA-Z]", " ", p.pattern))
                if w not in STOP_WORDS
            }
        )
        self._safety_set = frozenset(self._safety_words)
        # Word beginnings the rules match with any ending ("swell\w*").
        self._safety_prefixes = sorted(
            {
                w
                for rule in faq.rules
                for p in rule.patterns
                for w in re.findall(r"([a-z]{4,})\\w\*", p.pattern.replace("\\b", " "))
            }
        )
        self._smalltalk: dict[str, str] = {}
        for kind, phrases in faq.smalltalk.items():
            for phrase in phrases:
                self._smalltalk.setdefault(" ".join(words(phrase)), kind)

    @classmethod
    def load(cls, directory: str | Path) -> Knowledge:
        """Load and validate faq/ (raises bot.faq.FAQError listing every problem)."""
        # Loading builds hundreds of thousands of small objects that form no cycles; the
        # cyclic collector would only rescan them again and again (a third of the load time).
        enabled = gc.isenabled()
        gc.disable()
        try:
            return cls(load_faq(directory))
        finally:
            if enabled:
                gc.enable()

    # -- texts ---------------------------------------------------------------

    def entry(self, entry_id: str | None) -> Entry | None:
        return self.faq.entries.get(entry_id) if entry_id else None

    def source_titles(self, entry: Entry) -> list[str]:
        return [self.faq.sources[s].title for s in entry.sources if s in self.faq.sources]

    def answer_text(self, entry: Entry) -> str:
        """The plain-text answer for an entry: question, answer, sources, disclaimer."""
        sources = "; ".join(self.source_titles(entry))
        return (
            f"{entry.question}\n\n{entry.answer}\n\n"
            f"{self.texts['sources_label']} {sources}\n\n{self.texts['disclaimer']}"
        )

    def answer(self, entry_id: str, score: int = 100, reason: str = "") -> Reply:
        """The reply for one entry, e.g. when a user taps a suggested question."""
        entry = self.faq.entries[entry_id]
        return Reply("answer", self.answer_text(entry), entry.id, score, reason=reason)

    # -- the decision ----------------------------------------------------------

    def screen(self, text: str) -> str | None:
        """The kind of safety rule the text triggers ("crisis" or "urgent"), or None; read as
        typed, then with words a slip or two from a word of the rules read as that word."""
        split = words(text)
        fired = self._screen(" ".join(split))
        if fired is not None:
            return fired
        respellings = [self._safety_spellings(w) for w in split]
        if not any(respellings):
            return None
        best = [r[0] if r else w for w, r in zip(split, respellings, strict=True)]
        fired = self._screen(" ".join(best))
        # A word may be a slip of more than one word of the rules ("blud": blue, blood).
        for at, others in enumerate(respellings):
            for other in others[1:]:
                if fired is None:
                    fired = self._screen(" ".join([*best[:at], other, *best[at + 1 :]]))
        return fired

    def _safety_spellings(self, word: str) -> list[str]:
        """The words of the safety rules a word not in the FAQ may be a slip of, closest
        first: same first letter, one edit (two for a word of six letters or more)."""
        if (
            len(word) < 3
            or word in STOP_WORDS
            or word in EVERYDAY_WORDS
            or word in self.normalizer.known_words
            or word in self._safety_set
        ):
            return []
        close = process.extract(
            word,
            self._safety_words,
            scorer=OSA.distance,
            processor=None,
            score_cutoff=1 if len(word) < 6 else 2,
            limit=6,
        )
        found = [c[0] for c in close if c[0][0] == word[0] and plausible_slip(word, c[0])]
        # "sweling" is a slip of "swell" and an ending: "swelling".
        for prefix in self._safety_prefixes:
            for size in (len(prefix) - 1, len(prefix), len(prefix) + 1):
                start = word[:size]
                if (
                    start != prefix
                    and start[:1] == prefix[:1]
                    and OSA.distance(start, prefix) == 1
                    and plausible_slip(start, prefix)
                ):
                    found.append(prefix + word[size:])
                    break
        return found[:3]

    def _screen(self, folded: str) -> str | None:
        fired = None
        for rule in self.faq.rules:
            if any(p.search(folded) for p in rule.patterns) and not any(
                p.search(folded) for p in rule.unless
            ):
                if rule.kind == "crisis":
                    return "crisis"
                fired = "urgent"
        return fired

    def smalltalk(self, text: str) -> str | None:
        folded = " ".join(words(text))
        if not folded or len(folded) > 40:
            return None
        best = process.extractOne(
            folded,
            self._smalltalk.keys(),
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=SMALLTALK_CUTOFF,
        )
        return self._smalltalk[best[0]] if best is not None else None

    def respond(self, text: str) -> Reply:
        """Decide how to reply to one message from a user."""
        text = (text or "")[:MAX_QUESTION_CHARS]
        if not words(text):
            return Reply("fallback", self.texts["empty_question"], reason="no words in the message")
        alarm = self.screen(text)
        if alarm:
            return Reply("urgent", self.texts[alarm], reason=f"matched a {alarm} safety rule")
        normalized = self.matcher.read(text)
        candidates = tuple(self.matcher.search(normalized, limit=5))
        answer_at = self.settings["answer_threshold"]
        clarify_at = self.settings["clarify_threshold"]
        margin = self.settings["margin"]
        extra = {"candidates": candidates, "normalized": normalized}
        exact = bool(candidates) and candidates[0].score >= EXACT_SCORE
        chat = None if exact else self.smalltalk(text)
        if chat:
            return Reply(
                "smalltalk", self.texts[f"smalltalk_{chat}"], reason=f"small talk: {chat}", **extra
            )
        swapped = self.matcher.stand_in(normalized, candidates[0]) if candidates else None
        if swapped:
            typed = next((w for w in words(text) if self.normalizer(w).tokens == swapped[:1]), "")
            return self._fallback(
                candidates[0].score,
                f"'{typed or swapped[0]}' is not in the FAQ and stands where the best entry, "
                f"{candidates[0].entry_id}, names {swapped[1].replace('_', ' ')}",
                extra,
            )
        min_recall = self.settings["clarify_min_recall"]
        if not candidates or candidates[0].score < clarify_at:
            best = candidates[0].score if candidates else 0
            return self._fallback(
                best, f"best score {best:.0f} is under the clarify threshold {clarify_at}", extra
            )
        if candidates[0].score < answer_at and candidates[0].recall * 100 < min_recall:
            # A middling score is worth a "did you mean" only if the entry explains most of
            # the question; otherwise the question is probably about something else.
            return self._fallback(
                candidates[0].score,
                f"best score {candidates[0].score:.0f} is under the answer threshold and the "
                f"entry explains only {candidates[0].recall:.0%} of the question "
                f"(clarify_min_recall {min_recall}%)",
                extra,
            )
        best = candidates[0]
        runner = candidates[1].score if len(candidates) > 1 else 0.0
        precise = best.precision * 100 >= self.settings["min_precision"]
        if best.score >= answer_at and best.score - runner >= margin and precise:
            reason = (
                f"best score {best.score:.0f} >= answer threshold {answer_at} and "
                f"{best.score - runner:.0f} ahead of the next entry (margin {margin})"
            )
            return replace(self.answer(best.entry_id, round(best.score), reason), **extra)
        # The best candidate cleared the clarify threshold; the others must be near it.
        close = [best] + [c for c in candidates[1:] if c.score >= best.score * SUGGEST_SHARE]
        close = close[: self.settings["max_suggestions"]]
        if best.score < answer_at:
            why = f"best score {best.score:.0f} is under the answer threshold {answer_at}"
        elif not precise:
            why = (
                f"the question holds only {best.precision:.0%} of the best phrasing "
                f"(min_precision {self.settings['min_precision']}%)"
            )
        else:
            why = f"the next entry is only {best.score - runner:.0f} behind (margin {margin})"
        return Reply(
            "clarify",
            self.clarify_text(close),
            best.entry_id,
            round(best.score),
            tuple(c.entry_id for c in close),
            reason=why,
            **extra,
        )

    def _fallback(self, score: float, reason: str, extra: dict) -> Reply:
        return Reply("fallback", self.texts["fallback"], score=round(score), reason=reason, **extra)

    def clarify_text(self, candidates: list[Candidate]) -> str:
        lines = [self.texts["clarify"]]
        for number, candidate in enumerate(candidates, 1):
            lines.append(f"{number}. {self.faq.entries[candidate.entry_id].question}")
        return "\n".join(lines) + f"\n\n{self.texts['disclaimer']}"

    # -- browsing and inline mode ----------------------------------------------------

    def entries_tagged(self, tag: str) -> list[str]:
        return [e.id for e in self.faq.entries.values() if tag in e.tags]

    def lookup(self, text: str, limit: int = 5) -> tuple[str, tuple[str, ...]]:
        """Entries for a question being typed (inline mode): ("urgent", ()) for a message the
        safety screen stops, else ("entries", ids) best first; the start examples when empty."""
        text = (text or "")[:MAX_QUESTION_CHARS]
        if not words(text):
            return "entries", tuple(self.settings.get("start_examples", ()))[:limit]
        alarm = self.screen(text)
        if alarm:
            return alarm, ()
        floor = self.settings["clarify_threshold"]
        found = self.matcher.search(self.matcher.read(text), limit=limit)
        return "entries", tuple(c.entry_id for c in found if c.score >= floor)
