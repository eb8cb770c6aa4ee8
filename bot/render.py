"""Replies as Telegram HTML. Everything from users and from the FAQ is escaped here.

Pure functions over the core's replies; no Telegram imports, so they are tested directly.
"""

from __future__ import annotations

import html

from bot.core import Knowledge, Reply


def escape(text: str) -> str:
    """Escape text for Telegram's HTML parse mode (only <, > and & are special there)."""
    return html.escape(text, quote=False)


def answer_html(knowledge: Knowledge, entry_id: str) -> str:
    """An FAQ answer: the question in bold, the answer, its sources, the disclaimer in italics."""
    entry = knowledge.faq.entries[entry_id]
    sources = "; ".join(escape(title) for title in knowledge.source_titles(entry))
    return (
        f"<b>{escape(entry.question)}</b>\n\n"
        f"{escape(entry.answer)}\n\n"
        f"{escape(knowledge.texts['sources_label'])} {sources}\n\n"
        f"<i>{escape(knowledge.texts['disclaimer'])}</i>"
    )


def reply_html(knowledge: Knowledge, reply: Reply) -> str:
    """Any reply of the core as Telegram HTML."""
    if reply.kind == "answer" and reply.entry_id in knowledge.faq.entries:
        return answer_html(knowledge, reply.entry_id)
    if reply.kind == "clarify":
        lines = [escape(knowledge.texts["clarify"])]
        for number, entry_id in enumerate(reply.suggestions, 1):
            lines.append(f"{number}. {escape(knowledge.faq.entries[entry_id].question)}")
        return "\n".join(lines) + f"\n\n<i>{escape(knowledge.texts['disclaimer'])}</i>"
    return escape(reply.text)


def welcome_html(knowledge: Knowledge) -> str:
    texts = knowledge.texts
    return f"{escape(texts['welcome'])}\n\n<i>{escape(texts['disclaimer'])}</i>"


def help_html(knowledge: Knowledge) -> str:
    texts = knowledge.texts
    return f"{escape(texts['help'])}\n\n<i>{escape(texts['disclaimer'])}</i>"
