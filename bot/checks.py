"""Checks of the FAQ's content that need the matcher: phrasings that compete across entries."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import Knowledge


@dataclass(frozen=True)
class Conflict:
    entry_id: str
    phrasing: str
    kind: str
    got: str | None
    suggestions: tuple[str, ...]

    def __str__(self) -> str:
        if self.kind == "answer":
            what = f"is answered by '{self.got}'"
        elif self.kind == "clarify":
            what = f"gets 'did you mean' between {', '.join(self.suggestions)}"
        else:
            what = f"gets the {self.kind} reply"
        return f"{self.entry_id}: {self.phrasing!r} {what}"


def find_conflicts(knowledge: Knowledge) -> list[Conflict]:
    """Every FAQ phrasing that, asked as a question, does not get its own entry's answer."""
    conflicts = []
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            reply = knowledge.respond(phrasing)
            if reply.kind != "answer" or reply.entry_id != entry.id:
                conflicts.append(
                    Conflict(entry.id, phrasing, reply.kind, reply.entry_id, reply.suggestions)
                )
    return conflicts
