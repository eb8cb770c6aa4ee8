"""The `faqbot` command: run, chat, ask, check."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from bot.checks import find_conflicts
from bot.config import ConfigError, faq_dir, load_config, load_env, load_store_config
from bot.core import AS_CORRECTED, Knowledge, Reply
from bot.faq import FAQError

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
QUIT_WORDS = {"quit", "exit", "q", "/quit", "/exit"}


def fail(message: str, code: int = EXIT_FAIL) -> int:
    print(f"faqbot: {message}", file=sys.stderr)
    return code


def load_knowledge(directory: Path) -> Knowledge | None:
    """Load the FAQ, or print every problem with its file and line and return None."""
    try:
        return Knowledge.load(directory)
    except FAQError as exc:
        print(f"faqbot: the FAQ in {directory} has {exc}:", file=sys.stderr)
        print(exc.report(), file=sys.stderr)
        return None


# ---------------------------------------------------------------------------
# faqbot check


def cmd_check(args: argparse.Namespace) -> int:
    directory = faq_dir()
    knowledge = load_knowledge(directory)
    if knowledge is None:
        return EXIT_FAIL
    faq = knowledge.faq
    phrasings = sum(len(e.phrasings) for e in faq.entries.values())
    print(f"FAQ in {directory}: OK")
    print(f"  files:         {len(faq.files)}")
    print(f"  entries:       {len(faq.entries)} ({phrasings} phrasings)")
    print(f"  sources:       {len(faq.sources)}")
    print(f"  tags:          {', '.join(faq.tags)}")
    print(f"  synonyms:      {len(faq.synonyms)}")
    print(f"  safety rules:  {len(faq.rules)}")
    # Synonym terms no phrasing uses mark what the FAQ does not answer; one that a new
    # alternate starts to use stops doing so, so admins see the list each time.
    unanswered = ", ".join(sorted(t.replace("_", " ") for t in knowledge.matcher.unanswered))
    print(
        textwrap.fill(
            f"unanswered:    {unanswered or 'none'} (synonym terms no phrasing uses)",
            width=96,
            initial_indent="  ",
            subsequent_indent=" " * 17,
        )
    )
    # Synonym phrases that read as something else: each list a reason check fails.
    normalizer = knowledge.normalizer
    for found, said in (
        (
            normalizer.clashes,
            "synonym clash(es): these phrases read the same as a phrase of an earlier family"
            " once word endings are folded, so they mean that family's term. Remove or reword"
            " them.",
        ),
        (
            normalizer.stop_clashes,
            "synonym phrase(s) read as a word that names no topic once word endings are"
            " folded, so every question with that word would mean their term. Remove them, or"
            " use them in a longer phrase.",
        ),
        (
            normalizer.speak_clashes,
            "synonym phrase(s) that text-speak reads as another word, so every question with"
            " that word would mean their term. Remove them, or use them in a longer phrase.",
        ),
    ):
        if found:
            print(f"\n{len(found)} {said}")
            for phrase, term, word in found:
                print(f"  '{phrase}' (under '{term}') reads as '{word}'")
            return EXIT_FAIL
    conflicts = find_conflicts(knowledge)
    if conflicts:
        print(
            f"\n{len(conflicts)} phrasing conflict(s): move or reword these so each question"
            " lands on one entry."
        )
        for conflict in conflicts:
            print(f"  {conflict}")
        return EXIT_FAIL
    print("  conflicts:     none (every phrasing reaches its own entry, none competes)")
    return EXIT_OK


# ---------------------------------------------------------------------------
# faqbot ask


def explain(knowledge: Knowledge, question: str, reply: Reply) -> str:
    """What the matcher saw and why it decided as it did, for admins fixing the FAQ."""
    lines = [f"question:    {question}"]
    if reply.asked:  # a follow-up, read with the last question's topic, or a correction
        label = "corrected:" if AS_CORRECTED in reply.reason else "follow-up:"
        lines.append(f"{label:<12} read as '{reply.asked}'")
        question = reply.asked
    if reply.normalized is not None:
        typos = knowledge.normalizer.corrections(question)
        lines.append(f"typos:       {', '.join(f'{a} -> {b}' for a, b in typos) or 'none'}")
        lines.append(f"normalised:  {reply.normalized.text or '(no content words)'}")
        applied = ", ".join(f"{a} -> {b}" for a, b in reply.normalized.synonyms) or "none"
        lines.append(f"synonyms:    {applied}")
        if reply.normalized.reading:
            lines.append(f"read as:     {reply.normalized.reading}")
        if reply.normalized.story:
            told = ", ".join(sorted(reply.normalized.story))
            lines.append(f"story:       {told} (told around the question: weigh little)")
        matcher, tokens = knowledge.matcher, reply.normalized.tokens
        about_bot = matcher.about_bot.intersection(c.entry_id for c in reply.candidates)
        for entry_id in sorted(matcher.about_bot) if not reply.normalized.addressed else ():
            unnamed = matcher.never_named(entry_id, tokens)
            if entry_id in about_bot or (
                unnamed and not matcher.entry_vocab[entry_id].isdisjoint(tokens)
            ):
                lines.append(
                    f"not to me:   {entry_id} is about the bot, and the question does not speak"
                    " to it (no 'you', 'this', 'bot'): "
                    + (
                        f"no candidate, as it never names {', '.join(unnamed)}"
                        if unnamed
                        else "its score counts for less"
                    ).replace("_", " ")
                )
    if reply.candidates:
        lines.append("candidates:")
        for c in reply.candidates[:5]:
            lines.append(
                f"  {c.score:5.1f}  {c.entry_id:30} recall {c.recall:4.2f}  precision"
                f" {c.precision:4.2f}"
                f"  via {c.phrasing!r}"
            )
            if c.unnamed:
                unnamed = " or ".join(t.replace("_", " ") for t in c.unnamed)
                lines.append(
                    f"{'':9}(never names {unnamed}, which another entry's question names"
                    f" with the rest: its score counts for less)"
                )
            if c.unasked:
                unasked = " or ".join(t.replace("_", " ") for t in c.unasked)
                lines.append(
                    f"{'':9}(the question never names {unasked}: whom it is about counts only"
                    " as it does for any entry)"
                )
    lines.append(f"decision:    {reply.kind}" + (f" {reply.entry_id}" if reply.entry_id else ""))
    lines.append(f"why:         {reply.reason}")
    return "\n".join(lines)


def questions_from(args: argparse.Namespace) -> Iterable[str]:
    if args.question and args.question != ["-"]:
        yield " ".join(args.question)
        return
    for line in sys.stdin:
        line = line.rstrip("\n")
        if line.strip():
            yield line


def cmd_ask(args: argparse.Namespace) -> int:
    knowledge = load_knowledge(faq_dir())
    if knowledge is None:
        return EXIT_FAIL
    for number, question in enumerate(questions_from(args)):
        reply = knowledge.respond(question, args.after)
        if args.json:
            print(json.dumps(reply.as_json(question), ensure_ascii=False), flush=True)
        elif args.explain:
            print(("\n" if number else "") + explain(knowledge, question, reply))
        else:
            print(("\n" if number else "") + reply.text)
    return EXIT_OK


# ---------------------------------------------------------------------------
# faqbot chat


def cmd_chat(args: argparse.Namespace) -> int:
    knowledge = load_knowledge(faq_dir())
    if knowledge is None:
        return EXIT_FAIL
    interactive = sys.stdin.isatty()
    print(f"{knowledge.texts['welcome']}\n\n{knowledge.texts['disclaimer']}\n")
    print(
        "(Type a question and press Enter. A number picks a suggestion; /topics lists the"
        " questions I answer, /help and /sources are as in Telegram; 'quit' ends.)\n"
    )
    suggestions: tuple[str, ...] = ()
    previous = None  # the last question asked: a follow-up ("what causes it") reads with it
    while True:
        try:
            line = input("you> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            print()
            return EXIT_OK
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT_WORDS:
            return EXIT_OK
        command = chat_command(knowledge, text)
        if command is not None:  # "/topics", as in Telegram
            print(f"bot> {command}\n", flush=True)
            continue
        picked = knowledge.pick(text, suggestions)  # "2", "the second one", "1 and 3"
        if picked:
            reply = knowledge.answer(*picked)
            previous = knowledge.faq.entries[picked[0]].question
        else:
            reply = knowledge.respond(text, previous)
            previous = knowledge.asked_before(text, reply, previous) or previous
        suggestions = reply.suggestions
        print(f"bot> {reply.text}\n", flush=True)


def chat_command(knowledge: Knowledge, text: str) -> str | None:
    """The terminal chat's reply to a command the Telegram bot has ("/help", "/topics",
    "/sources", "/start"), in plain text; None for a message that is no command."""
    if not text.startswith("/"):
        return None
    name = text[1:].split(maxsplit=1)[0].lower() if text[1:].strip() else ""
    texts = knowledge.texts
    if name == "start":
        return f"{texts['welcome']}\n\n{texts['disclaimer']}"
    if name == "help":
        return f"{texts['help']}\n\n{texts['disclaimer']}"
    if name == "sources":
        titles = [
            f"- {s.title}" + (f" ({s.url})" if s.url else "")
            for s in knowledge.faq.sources.values()
        ]
        return "\n".join([texts["sources_header"], *titles, "", texts["disclaimer"]])
    if name == "topics":  # each topic with its questions, to type or copy
        blocks = []
        for tag in knowledge.faq.tags:
            questions = [knowledge.faq.entries[e].question for e in knowledge.entries_tagged(tag)]
            header = texts["topic_header"].replace("{topic}", tag)
            blocks.append("\n".join([header, *(f"- {q}" for q in questions)]))
        return "\n\n".join(blocks)
    return texts["unknown_command"]


# ---------------------------------------------------------------------------
# faqbot eval


def cmd_eval(args: argparse.Namespace) -> int:
    from bot import evaluate

    directory = faq_dir()
    knowledge = load_knowledge(directory)
    if knowledge is None:
        return EXIT_FAIL
    paths = [Path(f) for f in args.file] or [evaluate.default_cases_path(directory)]
    code = EXIT_OK
    for at, path in enumerate(paths):  # (all of them, so one run names every set that fails)
        if at:
            print()
        try:
            report, floors, failed = evaluate.run(knowledge, path)
        except evaluate.LabelledSetError as exc:
            code = fail(str(exc))
            continue
        print(f"labelled set: {path}")
        print(evaluate.format_report(report, floors, confusions=not args.figures_only))
        if failed:
            print("\nunder the floors (faq/settings.yaml, or the set's own): " + "; ".join(failed))
            code = EXIT_FAIL
    return code


# ---------------------------------------------------------------------------
# faqbot run


def cmd_run(args: argparse.Namespace) -> int:
    try:
        config = load_config()
    except ConfigError as exc:
        return fail(str(exc), EXIT_USAGE)
    knowledge = load_knowledge(config.faq_dir)
    if knowledge is None:
        return EXIT_FAIL

    from telegram.error import InvalidToken, NetworkError

    from bot.telegram_app import ALLOWED_UPDATES, build_application, configure_logging

    configure_logging(config.log_level, secrets=(config.token,))
    application = build_application(config, knowledge)
    logger.info("Serving %d FAQ entries from %s", len(knowledge.faq.entries), config.faq_dir)
    try:
        if config.webhook is None:
            application.run_polling(
                allowed_updates=ALLOWED_UPDATES,
                drop_pending_updates=config.drop_pending,
                bootstrap_retries=config.start_retries,
            )
        else:
            hook = config.webhook
            logger.info("Webhook mode: listening on %s:%d", hook.listen, hook.port)
            application.run_webhook(
                listen=hook.listen,
                port=hook.port,
                url_path=urlsplit(hook.url).path.lstrip("/"),
                webhook_url=hook.url,
                secret_token=hook.secret,
                allowed_updates=ALLOWED_UPDATES,
                drop_pending_updates=config.drop_pending,
                bootstrap_retries=config.start_retries,
            )
    except InvalidToken:
        return fail(
            "Telegram rejected TELEGRAM_BOT_TOKEN as invalid: check the token @BotFather gave you.",
            EXIT_USAGE,
        )
    except NetworkError as exc:
        return fail(
            f"cannot reach the Telegram Bot API after {config.start_retries + 1} tries "
            f"({type(exc).__name__}); check the network or TELEGRAM_BASE_URL."
        )
    return EXIT_OK


# ---------------------------------------------------------------------------
# faqbot stats / unanswered


def open_store():
    from bot.store import Store, load_hash_key

    settings = load_store_config()
    if not settings.db_path.exists():
        print(
            f"faqbot: no analytics yet: {settings.db_path} does not exist "
            "(set FAQBOT_DB to the bot's database).",
            file=sys.stderr,
        )
        return None
    key = load_hash_key(settings.db_path.parent, settings.hash_key)
    return Store(settings.db_path, key)


def print_report(report) -> int:
    """Open the analytics store, print ``report(store)``, close it."""
    store = open_store()
    if store is None:
        return EXIT_FAIL
    try:
        print(report(store))
    finally:
        store.close()
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from bot.store import format_stats

    return print_report(lambda store: format_stats(store.stats()))


def cmd_unanswered(args: argparse.Namespace) -> int:
    from bot.store import format_unanswered

    return print_report(
        lambda store: format_unanswered(store.unanswered(args.days, args.limit), args.days)
    )


# ---------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="faqbot",
        description="A FAQ bot on gut health, leaky gut, eczema and probiotics.",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="run the Telegram bot (long polling; needs TELEGRAM_BOT_TOKEN)")
    sub.add_parser("chat", help="chat with the bot in this terminal (no token needed)")
    ask = sub.add_parser("ask", help="answer one question, or one per line from standard input")
    ask.add_argument("question", nargs="*", help="the question (its words); none or '-': stdin")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print one JSON object per question")
    mode.add_argument("--explain", action="store_true", help="show how the answer was chosen")
    ask.add_argument(
        "--after",
        metavar="QUESTION",
        help="read the question as a follow-up to this one ('what causes it' after 'what is"
        " leaky gut')",
    )
    sub.add_parser("check", help="validate the FAQ in faq/ and report phrasing conflicts")
    sub.add_parser("stats", help="questions, kinds, top answers and feedback (day and week)")
    un = sub.add_parser("unanswered", help="the most frequent questions the FAQ did not answer")
    un.add_argument("--days", type=float, default=7.0, help="look back this many days (7)")
    un.add_argument("--limit", type=int, default=20, help="show at most this many (20)")
    ev = sub.add_parser("eval", help="score the bot on a labelled question set")
    ev.add_argument(
        "file", nargs="*", help="the labelled sets, one or more (default: faq/eval/labelled.yaml)"
    )
    ev.add_argument(
        "--figures-only",
        action="store_true",
        help="do not print the questions that went wrong (for held-out sets)",
    )
    return p


COMMANDS = {
    "run": cmd_run,
    "chat": cmd_chat,
    "ask": cmd_ask,
    "check": cmd_check,
    "eval": cmd_eval,
    "stats": cmd_stats,
    "unanswered": cmd_unanswered,
}


def main(argv: Sequence[str] | None = None) -> int:
    load_env()
    args = parser().parse_args(argv)
    if args.command is None:
        parser().print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        return fail(str(exc), EXIT_USAGE)
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
