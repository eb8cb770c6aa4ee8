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
    alone: bool = False  # found with the phrasing itself left out of the FAQ

    def __str__(self) -> str:
        if self.alone:
            return (f"{self.entry_id}: {self.phrasing!r} reads like entry '{self.got}' "
                    f"(without this phrasing, it is answered by '{self.got}')")
        if self.kind == "answer":
            what = f"is answered by '{self.got}'"
        elif self.kind == "clarify":
            what = f"gets 'did you mean' between {', '.join(self.suggestions)}"
        else:
            what = f"gets the {self.kind} reply"
        return f"{self.entry_id}: {self.phrasing!r} {what}"


def find_conflicts(knowledge: Knowledge) -> list[Conflict]:
    """FAQ phrasings that compete with another entry's.

    Two checks per phrasing: asked as a question, it must get its own entry's answer; and
    with the phrasing itself left out, the FAQ must not answer it with another entry (which
    means it reads like that entry's phrasings: it probably sits in the wrong entry).
    """
    conflicts = []
    matcher = knowledge.matcher
    for entry in knowledge.faq.entries.values():
        for number in matcher.by_entry.get(entry.id, ()):
            phrasing = matcher.phrasings[number]
            reply = knowledge.respond(phrasing)
            if reply.kind != "answer" or reply.entry_id != entry.id:
                conflicts.append(
                    Conflict(entry.id, phrasing, reply.kind, reply.entry_id, reply.suggestions)
                )
                continue
            alone = knowledge.respond(phrasing, exclude_phrasing=number)
            if alone.kind == "answer" and alone.entry_id != entry.id:
                conflicts.append(Conflict(entry.id, phrasing, alone.kind, alone.entry_id, (), True))
    return conflicts
