"""Replies as Telegram HTML. Everything from users and from the FAQ is escaped here.

Pure functions over the core's replies; no Telegram imports, so they are tested directly.
"""

from __future__ import annotations

import html
import re

from bot.core import Knowledge, Reply


def escape(text: str) -> str:
    """Escape text for Telegram's HTML parse mode (only <, > and & are special there)."""
    return html.escape(text, quote=False)


def with_disclaimer(knowledge: Knowledge, html_text: str) -> str:
    """HTML followed by the disclaimer, in italics, as every FAQ-bearing message ends."""
    return f"{html_text}\n\n<i>{escape(knowledge.texts['disclaimer'])}</i>"


def answer_html(knowledge: Knowledge, *entry_ids: str) -> str:
    """FAQ answers: for each, the question in bold, the answer and its sources; then the
    disclaimer in italics."""
    blocks = []
    for entry_id in entry_ids:
        entry = knowledge.faq.entries[entry_id]
        sources = "; ".join(escape(title) for title in knowledge.source_titles(entry))
        blocks.append(
            f"<b>{escape(entry.question)}</b>\n\n"
            f"{escape(entry.answer)}\n\n"
            f"{escape(knowledge.texts['sources_label'])} {sources}"
        )
    return with_disclaimer(knowledge, "\n\n".join(blocks))


def reply_html(knowledge: Knowledge, reply: Reply) -> str:
    """Any reply of the core as Telegram HTML; opening with the distress text if the message
    sounded like someone struggling (a reply shown as its text holds it already)."""
    if reply.kind == "answer" and reply.entry_id in knowledge.faq.entries:
        entries = knowledge.faq.entries
        answered = [e for e in reply.answered if e in entries] or [reply.entry_id]
        html_text = answer_html(knowledge, *answered)
        if reply.unanswered:  # ("... and where can i get tested for it")
            html_text = f"{escape(knowledge.partly_note(reply.unanswered))}\n\n{html_text}"
    elif reply.kind == "clarify":
        lines = [escape(reply.heading or knowledge.texts["clarify"])]
        for number, entry_id in enumerate(reply.suggestions, 1):
            lines.append(f"{number}. {escape(knowledge.faq.entries[entry_id].question)}")
        html_text = with_disclaimer(knowledge, "\n".join(lines))
    else:
        return escape(reply.text)
    if reply.distress:
        return f"{escape(knowledge.texts['distress'])}\n\n{html_text}"
    return html_text


def welcome_html(knowledge: Knowledge) -> str:
    return with_disclaimer(knowledge, escape(knowledge.texts["welcome"]))


def sources_html(knowledge: Knowledge) -> str:
    lines = [escape(knowledge.texts["sources_header"])]
    for source in knowledge.faq.sources.values():
        title = escape(source.title)
        if source.url:
            title = f'<a href="{html.escape(source.url, quote=True)}">{title}</a>'
        lines.append(f"• {title}")
    return with_disclaimer(knowledge, "\n".join(lines))


def help_html(knowledge: Knowledge) -> str:
    return with_disclaimer(knowledge, escape(knowledge.texts["help"]))


# ---------------------------------------------------------------------------
# Long messages

TAG_RE = re.compile(r"(<[^>]+>)")
TELEGRAM_LIMIT = 4096


def split_html(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split Telegram HTML into messages of at most ``limit`` characters.

    Splits at paragraph breaks, then line breaks, then spaces (never inside a tag or an
    entity such as ``&amp;``); tags open at a split are closed and opened again.
    """
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    open_tags: list[str] = []  # names, in order

    def close() -> str:
        return "".join(f"</{name}>" for name in reversed(open_tags))

    def reopen() -> str:
        return "".join(f"<{name}>" for name in open_tags)

    for piece in _pieces(text):
        if piece.startswith("<"):
            name = piece.strip("</>").split()[0]
            if piece.startswith("</"):
                if name in open_tags:
                    open_tags.remove(name)
            else:
                open_tags.append(name)
            current += piece
            continue
        reserve = len(close()) + 1
        while len(current) + len(piece) + reserve > limit:
            room = limit - len(current) - reserve
            cut = _cut(piece, room)
            if cut == 0 and current.strip(" \n" + reopen()):
                chunks.append((current + close()).strip())
                current = reopen()
                continue
            if not cut:  # one long word: cut it, but never inside an entity like &amp;
                cut = max(room, 1)
                amp = piece.rfind("&", 0, cut)
                if amp > 0 and piece.find(";", amp, cut) == -1:
                    cut = amp
            current += piece[:cut]
            piece = piece[cut:]
            chunks.append((current + close()).strip())
            current = reopen()
        current += piece
    if current.strip():
        chunks.append(current.strip())
    return [c for c in chunks if c]


def _pieces(text: str) -> list[str]:
    return [p for p in TAG_RE.split(text) if p]


def _cut(text: str, room: int) -> int:
    """Where to cut ``text`` to fit ``room``: after a paragraph, a line, or a word."""
    if room <= 0:
        return 0
    window = text[:room]
    for separator in ("\n\n", "\n", " "):
        at = window.rfind(separator)
        if at > 0:
            return at + len(separator)
    return 0
