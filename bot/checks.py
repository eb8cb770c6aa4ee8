"""Checks of the FAQ's content that need the matcher: phrasings that compete across entries."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import Knowledge


@dataclass(frozen=True)
class Conflict:
    entry_id: str
    phrasing: str
    kind: str  # what the phrasing gets, or "similar" for a near-duplicate of another entry's
    got: str | None
    suggestions: tuple[str, ...] = ()
    other_phrasing: str = ""
    score: float = 0.0

    def __str__(self) -> str:
        if self.kind == "similar":
            return (
                f"{self.entry_id}: {self.phrasing!r} is {self.score:.0f}% like "
                f"{self.got}: {self.other_phrasing!r}"
            )
        if self.kind == "answer":
            what = f"is answered by '{self.got}'"
        elif self.kind == "clarify":
            what = f"gets 'did you mean' between {', '.join(self.suggestions)}"
        else:
            what = f"gets the {self.kind} reply"
        return f"{self.entry_id}: {self.phrasing!r} {what}"


def find_conflicts(knowledge: Knowledge) -> list[Conflict]:
    """FAQ phrasings that compete with another entry's.

    Two checks: asked as a question, every phrasing must get its own entry's answer; and no
    two entries may hold phrasings that match each other at ``conflict_threshold`` or above.
    """
    conflicts = []
    matcher = knowledge.matcher
    threshold = knowledge.settings["conflict_threshold"]
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            reply = knowledge.respond(phrasing)
            if reply.kind != "answer" or reply.entry_id != entry.id:
                conflicts.append(
                    Conflict(entry.id, phrasing, reply.kind, reply.entry_id, reply.suggestions)
                )
    for a in range(len(matcher.phrasings)):
        others = {b for t in matcher.tokens_of[a] for b in matcher.index[t] if b > a}
        for b in sorted(others):
            if matcher.owner[a] == matcher.owner[b]:
                continue
            score = matcher.similarity(a, b)
            if score >= threshold:
                conflicts.append(
                    Conflict(
                        matcher.owner[a],
                        matcher.phrasings[a],
                        "similar",
                        matcher.owner[b],
                        (),
                        matcher.phrasings[b],
                        score,
                    )
                )
    return conflicts
