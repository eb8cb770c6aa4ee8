"""The Telegram side: thin handlers that translate between Telegram and the core.

Callback data (at most 64 bytes): ``a:<entry>`` answer an entry, ``f:<entry>:<1|0>`` feedback,
``t:<page>:<tag>`` a page of a topic, ``T`` the topic list, ``n`` nothing (a spent button).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import sqlite3
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

# Opt in to PTB's coming timedelta durations (RetryAfter.retry_after and friends) now, rather
# than a deprecation warning each time Telegram asks the bot to wait.
os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import render
from bot.config import Config
from bot.core import Knowledge, Reply
from bot.faq import FAQError
from bot.flood import DROP, WARN, FloodGuard
from bot.http import AiohttpRequest
from bot.reloader import Reloader
from bot.store import DAY, PARTIAL, Store, format_stats, format_unanswered, load_hash_key

logger = logging.getLogger(__name__)

KNOWLEDGE = "knowledge"
FLOOD = "flood"
LOCKS = "chat_locks"
CONFIG = "config"
#: Tries for each message when Telegram answers 5xx or the connection fails (RetryAfter is
#: the rate limiter's to wait out), with this many seconds before the second, doubling.
SEND_ATTEMPTS = 4
SEND_BACKOFF = 0.5
#: Replies in flight at once (and HTTP connections to the Bot API).
SEND_SLOTS = 8
SLOTS = "send_slots"
STORE = "store"
RELOADER = "reloader"
TASKS = "tasks"
#: user_data key: (chat id, the last question asked there, when) for follow-ups.
LAST_ASKED = "last_asked"
#: user_data key: (chat id, the last "did you mean" suggestions there, when), so that "2" or
#: "the second one" typed back picks one.
LAST_SUGGESTED = "last_suggested"
#: How long after an answer a follow-up ("what causes it") is read with its question.
FOLLOW_UP_SECONDS = 600
#: The title of the one inline result that stands before (or instead of) any FAQ answers.
INLINE_TITLES = {
    "urgent": "inline_urgent_title",
    "crisis": "inline_urgent_title",
    "distress": "inline_distress_title",
}
#: The update types the bot asks Telegram for.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
NON_TEXT = (
    filters.PHOTO
    | filters.Sticker.ALL
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.Document.ALL
    | filters.LOCATION
    | filters.VENUE
    | filters.CONTACT
    | filters.POLL
    | filters.Dice.ALL
)


def knowledge_of(context: ContextTypes.DEFAULT_TYPE) -> Knowledge:
    """The FAQ currently served (reloads replace it in bot_data in one step)."""
    return context.bot_data[KNOWLEDGE]


def button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data[:64])


def entry_button(knowledge: Knowledge, entry_id: str) -> InlineKeyboardButton:
    return button(knowledge.faq.entries[entry_id].question, f"a:{entry_id}")


def feedback_row(knowledge: Knowledge, entry_id: str) -> list[InlineKeyboardButton]:
    texts = knowledge.texts
    return [
        button(texts["button_helpful"], f"f:{entry_id}:1"),
        button(texts["button_not_helpful"], f"f:{entry_id}:0"),
    ]


def reply_markup(knowledge: Knowledge, reply: Reply) -> InlineKeyboardMarkup | None:
    """Buttons under a reply: related questions and feedback, suggestions, or topics."""
    entries = knowledge.faq.entries
    if reply.kind == "answer" and reply.entry_id in entries:
        answered = reply.answered or (reply.entry_id,)
        related = [
            r
            for r in dict.fromkeys(r for e in answered if e in entries for r in entries[e].related)
            if r in entries and r not in answered
        ][:3]
        rows = [[entry_button(knowledge, r)] for r in related]
        return InlineKeyboardMarkup([*rows, feedback_row(knowledge, reply.entry_id)])
    if reply.kind == "clarify":
        return InlineKeyboardMarkup([[entry_button(knowledge, s)] for s in reply.suggestions])
    if reply.kind == "fallback" and not reply.distress:  # (no topics to someone struggling)
        return InlineKeyboardMarkup([[button(knowledge.texts["button_topics"], "T")]])
    return None


def topics_markup(knowledge: Knowledge) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[button(tag.capitalize(), f"t:0:{tag}")] for tag in knowledge.faq.tags]
    )


def topic_page(knowledge: Knowledge, tag: str, page: int) -> tuple[str, InlineKeyboardMarkup]:
    """One page of a topic's questions, with previous/next and back buttons."""
    texts = knowledge.texts
    size = int(knowledge.settings["topics_page_size"])
    ids = knowledge.entries_tagged(tag)
    pages = max(1, -(-len(ids) // size))
    page = min(max(page, 0), pages - 1)
    rows = [[entry_button(knowledge, e)] for e in ids[page * size : (page + 1) * size]]
    navigation = []
    if page > 0:
        navigation.append(button(texts["button_previous"], f"t:{page - 1}:{tag}"))
    if page < pages - 1:
        navigation.append(button(texts["button_next"], f"t:{page + 1}:{tag}"))
    if navigation:
        rows.append(navigation)
    rows.append([button(texts["button_all_topics"], "T")])
    header = texts["topic_header"].replace("{topic}", tag)
    if pages > 1:
        header += f" ({page + 1}/{pages})"
    return render.escape(header), InlineKeyboardMarkup(rows)


async def send(
    message: Message,
    context: ContextTypes.DEFAULT_TYPE,
    html: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Reply in the message's chat, long text split, one chat's replies kept in order."""
    locks: weakref.WeakValueDictionary[int, asyncio.Lock] = context.bot_data[LOCKS]
    lock = locks.get(message.chat_id)
    if lock is None:  # the lock lives while some reply to this chat holds it
        lock = locks[message.chat_id] = asyncio.Lock()
    chunks = render.split_html(html)
    # A button on an old message comes with an InaccessibleMessage, which has no topic.
    thread = message.message_thread_id if getattr(message, "is_topic_message", False) else None
    async with lock:
        for number, chunk in enumerate(chunks):
            last = number == len(chunks) - 1
            for attempt in range(1, SEND_ATTEMPTS + 1):
                try:
                    async with context.bot_data[SLOTS]:
                        await context.bot.send_message(
                            message.chat_id,
                            chunk,
                            parse_mode=ParseMode.HTML,
                            reply_markup=markup if last else None,
                            message_thread_id=thread,
                        )
                    break
                except Forbidden:
                    logger.info("not delivered: the user blocked the bot or left the chat")
                    return
                except BadRequest:
                    raise
                except NetworkError as exc:  # 5xx, a dropped connection, a time-out
                    if attempt == SEND_ATTEMPTS:
                        logger.error(
                            "reply not delivered after %d tries (%s: %s)",
                            SEND_ATTEMPTS,
                            type(exc).__name__,
                            exc,
                        )
                        return
                    await asyncio.sleep(SEND_BACKOFF * 2 ** (attempt - 1))


async def answer_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Put one question through the core, record it, and send the reply."""
    knowledge = knowledge_of(context)
    config: Config = context.bot_data[CONFIG]
    started = time.perf_counter()
    picked = knowledge.pick(text, last_suggested(update, context))
    if picked and all(p in knowledge.faq.entries for p in picked):
        reply = knowledge.answer(*picked, reason="picked from the last suggestions")
        remember(update, context, LAST_ASKED, knowledge.faq.entries[picked[0]].question)
    else:
        picked = ()
        before = last_asked(update, context)
        reply = knowledge.respond(text, before)
    latency = (time.perf_counter() - started) * 1000
    asked = None if picked else knowledge.asked_before(text, reply, before)
    if asked:
        remember(update, context, LAST_ASKED, asked)
    remember(update, context, LAST_SUGGESTED, reply.suggestions if reply.kind == "clarify" else ())
    if config.log_questions:
        logger.info(
            "reply kind=%s entry=%s score=%d latency_ms=%.1f question=%r",
            reply.kind,
            reply.entry_id,
            reply.score,
            latency,
            text,
        )
    else:
        logger.info(
            "reply kind=%s entry=%s score=%d latency_ms=%.1f",
            reply.kind,
            reply.entry_id,
            reply.score,
            latency,
        )
    store: Store | None = context.bot_data.get(STORE)
    if store is not None:
        user = update.effective_user
        # (the distress text alone is no question the FAQ left unanswered: "distress", kept
        # out of /unanswered and counted apart in /stats)
        kind = "distress" if reply.distress and reply.kind == "fallback" else reply.kind
        await store.record_question(  # a follow-up as read: "what causes leaky gut"
            reply.asked or text, kind, reply.entry_id, reply.score, user.id if user else None
        )
        for part in reply.unanswered:  # for /unanswered, not counted as questions of their own
            await store.record_question(part, PARTIAL, None, 0, user.id if user else None)
    await send(
        update.effective_message,
        context,
        render.reply_html(knowledge, reply),
        reply_markup(knowledge, reply),
    )


def last_asked(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The question a follow-up is read with: that of the bot's answer the message replies
    to, else the last question this user asked in this chat (see Knowledge.asked_before),
    if it was recent."""
    message = update.effective_message
    replied = message.reply_to_message if message is not None else None
    if replied and replied.from_user and replied.from_user.id == context.bot.id and replied.text:
        heading = replied.text.split("\n", 1)[0].strip()  # an answer opens with its question
        entries = knowledge_of(context).faq.entries.values()
        if any(entry.question == heading for entry in entries):
            return heading
    return recall(update, context, LAST_ASKED)


def last_suggested(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[str, ...]:
    """The "did you mean" suggestions this user was last offered in this chat, if recent."""
    return recall(update, context, LAST_SUGGESTED) or ()


def recall(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str) -> Any:
    """What remember() kept under ``key`` for this user in this chat, if recent; else None."""
    stored = context.user_data.get(key) if context.user_data is not None else None
    if stored is None or update.effective_chat is None:
        return None
    chat_id, value, when = stored
    fresh = time.monotonic() - when <= FOLLOW_UP_SECONDS
    return value if fresh and chat_id == update.effective_chat.id else None


def remember(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str, value: Any) -> None:
    """Keep a value for this user in this chat, with the time (in memory only)."""
    if context.user_data is not None and update.effective_chat is not None:
        context.user_data[key] = (update.effective_chat.id, value, time.monotonic())


def flooding(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    guard: FloodGuard = context.bot_data[FLOOD]
    user = update.effective_user
    return guard.check(user.id) if user else "ok"


# ---------------------------------------------------------------------------
# Handlers


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user with the welcome text, the disclaimer and example questions."""
    knowledge = knowledge_of(context)
    examples = [
        e for e in knowledge.settings.get("start_examples", ()) if e in knowledge.faq.entries
    ]
    rows = [[entry_button(knowledge, e)] for e in examples]
    markup = InlineKeyboardMarkup(rows) if rows else None
    await send(update.effective_message, context, render.welcome_html(knowledge), markup)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what the bot can answer and list the commands."""
    await send(update.effective_message, context, render.help_html(knowledge_of(context)))


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the FAQ's topics as buttons."""
    knowledge = knowledge_of(context)
    await send(
        update.effective_message,
        context,
        render.escape(knowledge.texts["topics_header"]),
        topics_markup(knowledge),
    )


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the articles the answers come from."""
    await send(update.effective_message, context, render.sources_html(knowledge_of(context)))


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text message: in private chats always, in groups only when addressed."""
    message = update.effective_message
    text = message.text
    if message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        text = addressed_text(message, context.bot.username, context.bot.id)
        if text is None:
            return
    verdict = flooding(update, context)
    if verdict == DROP:
        return
    if verdict == WARN:
        await send(message, context, render.escape(knowledge_of(context).texts["slow_down"]))
        return
    await answer_text(update, context, text)


def addressed_text(message: Message, username: str, bot_id: int) -> str | None:
    """The question in a group message meant for the bot (its @mention removed), else None.
    A mention in reply to someone else's message asks about that message too ("@faqbot can
    you answer this" under a member's question): its text comes first, as a quoted line."""
    mention = f"@{username}".lower()
    mentions = [
        e
        for e in message.entities
        if e.type == MessageEntity.MENTION and message.parse_entity(e).lower() == mention
    ]
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == bot_id)
    if not mentions and not to_bot:
        return None
    text = message.text
    for entity in sorted(mentions, key=lambda e: e.offset, reverse=True):
        # Entity offsets count UTF-16 code units; parse_entity knows how to slice them.
        found = message.parse_entity(entity)
        text = text.replace(found, " ", 1)
    quoted = (replied.text or replied.caption) if replied is not None and not to_bot else None
    if quoted:
        text = f"{quoted.strip()}\n{text.strip()}"
    return text.strip()


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask for a question in text when a user sends a sticker, photo, voice note, ..."""
    if flooding(update, context) != "ok":
        return
    await send(
        update.effective_message, context, render.escape(knowledge_of(context).texts["non_text"])
    )


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Act on an inline button: answer, feedback, or topic browsing. Always answers the query."""
    query = update.callback_query
    knowledge = knowledge_of(context)
    data = query.data or ""
    kind, _, rest = data.partition(":")
    entries = knowledge.faq.entries
    if kind == "a" and rest in entries:
        await query.answer()
        if query.message is not None and flooding(update, context) == "ok":
            reply = knowledge.answer(rest)
            remember(update, context, LAST_ASKED, entries[rest].question)
            remember(update, context, LAST_SUGGESTED, ())
            await send(
                query.message,
                context,
                render.reply_html(knowledge, reply),
                reply_markup(knowledge, reply),
            )
    elif kind == "f" and rest.rpartition(":")[0] in entries and rest[-2:] in (":1", ":0"):
        entry_id, _, vote = rest.rpartition(":")
        store: Store | None = context.bot_data.get(STORE)
        if store is not None:
            await store.record_feedback(entry_id, vote == "1")
        logger.info("feedback entry=%s vote=%s", entry_id, "up" if vote == "1" else "down")
        await query.answer(knowledge.texts["feedback_thanks"])
        await spend_feedback_buttons(query, knowledge)
    elif kind == "t" and topic_data_ok(knowledge, rest):
        await query.answer()
        page, _, tag = rest.partition(":")
        text, markup = topic_page(knowledge, tag, int(page))
        await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
    elif data == "T":
        await query.answer()
        await query.edit_message_text(
            render.escape(knowledge.texts["topics_header"]),
            parse_mode=ParseMode.HTML,
            reply_markup=topics_markup(knowledge),
        )
    elif data == "n":
        await query.answer()
    else:
        logger.info("stale or unknown button")
        await query.answer(knowledge.texts["stale_button"], show_alert=True)


def topic_data_ok(knowledge: Knowledge, rest: str) -> bool:
    page, _, tag = rest.partition(":")
    return page.isdigit() and tag in knowledge.faq.tags


async def spend_feedback_buttons(query, knowledge: Knowledge) -> None:
    """Replace the 👍/👎 row by a thanks button, keeping the related questions."""
    markup = query.message.reply_markup if query.message else None
    if markup is None:
        return
    rows = [
        row
        for row in markup.inline_keyboard
        if not any((b.callback_data or "").startswith("f:") for b in row)
    ]
    rows.append([button(knowledge.texts["button_thanks"], "n")])
    await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer up to 5 answers for `@bot question` in any chat."""
    knowledge = knowledge_of(context)
    query = update.inline_query
    kind, ids = knowledge.lookup(query.query, limit=5)
    results = []
    if kind in ("urgent", "crisis", "distress"):
        # an emergency gets its text alone; distress its text first, then any entries asked for
        text = knowledge.texts[kind]
        results.append(
            InlineQueryResultArticle(
                id=kind,
                title=knowledge.texts[INLINE_TITLES[kind]],
                description=text[:100],
                input_message_content=InputTextMessageContent(
                    render.escape(text), parse_mode=ParseMode.HTML
                ),
            )
        )
    results.extend(
        InlineQueryResultArticle(
            id=entry_id,
            title=knowledge.faq.entries[entry_id].question,
            description=knowledge.faq.entries[entry_id].answer[:100],
            input_message_content=InputTextMessageContent(
                render.split_html(render.answer_html(knowledge, entry_id))[0],
                parse_mode=ParseMode.HTML,
            ),
        )
        for entry_id in ids
    )
    await query.answer(results, cache_time=60, is_personal=False)


def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    return user is not None and user.id in context.bot_data[CONFIG].admin_ids


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say the command is unknown and point to /help."""
    message = update.effective_message
    if message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        command = (message.text or "").split()[0]
        if "@" in command and not command.lower().endswith(f"@{context.bot.username}".lower()):
            return  # a command for another bot in the group
    await send(message, context, render.escape(knowledge_of(context).texts["unknown_command"]))


def admin_only(callback: Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]):
    """Run an admin command for admins; everyone else gets the unknown-command reply."""

    @functools.wraps(callback)
    async def gated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if is_admin(update, context):
            await callback(update, context)
        else:
            await unknown_command(update, context)

    return gated


async def admin_store(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Store | None:
    """The analytics store, or None after telling the admin it could not be opened."""
    store: Store | None = context.bot_data.get(STORE)
    if store is None:
        texts = knowledge_of(context).texts
        await send(update.effective_message, context, render.escape(texts["store_unavailable"]))
    return store


@admin_only
async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins: load faq/ again now and say how it went."""
    reloader: Reloader = context.bot_data[RELOADER]
    result = await reloader.reload()
    texts = knowledge_of(context).texts
    if isinstance(result, FAQError):
        report = render.escape(f"{texts['reload_failed']}\n{result.report()}")
    else:
        count = str(len(result.faq.entries))
        report = render.escape(texts["reload_ok"].replace("{count}", count))
    await send(update.effective_message, context, report)


@admin_only
async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins: questions, kinds, top answers and feedback for the last day and week."""
    store = await admin_store(update, context)
    if store is None:
        return
    stats = await store.stats_async()
    await send(update.effective_message, context, render.escape(format_stats(stats)))


@admin_only
async def unanswered_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins: the most frequent questions the FAQ did not answer (/unanswered [days])."""
    days = 7.0
    if context.args and context.args[0].isdigit() and 0 < int(context.args[0]) <= 3650:
        days = float(context.args[0])
    store = await admin_store(update, context)
    if store is None:
        return
    groups = await store.unanswered_async(days, 20)
    await send(update.effective_message, context, render.escape(format_unanswered(groups, days)))


async def tell_admins(application: Application, error: FAQError) -> None:
    """Tell every admin, in a private chat, that an FAQ edit is broken and not live."""
    texts = application.bot_data[KNOWLEDGE].texts
    text = render.escape(f"{texts['faq_broken']}\n{error.report()}")
    for admin in application.bot_data[CONFIG].admin_ids:
        for chunk in render.split_html(text):
            try:
                await application.bot.send_message(admin, chunk, parse_mode=ParseMode.HTML)
            except Exception:
                logger.warning("could not tell an admin about the broken FAQ", exc_info=True)
                break


async def retention(application: Application) -> None:
    """Once a day, delete questions older than the retention period."""
    config: Config = application.bot_data[CONFIG]
    store: Store | None = application.bot_data.get(STORE)
    if store is None:
        return
    while True:
        gone = await store.delete_older_than(config.store.retention_days)
        if gone:
            logger.info(
                "retention: deleted %d questions older than %d days",
                gone,
                config.store.retention_days,
            )
        await asyncio.sleep(DAY)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log any exception raised while handling an update; the bot keeps running."""
    if update is None and isinstance(context.error, NetworkError | Conflict):
        # Polling hiccups (PTB retries them itself): one line, not a traceback each time.
        logger.warning("polling: %s: %s", type(context.error).__name__, context.error)
        return
    logger.error("Exception while handling an update", exc_info=context.error)


async def post_init(application: Application) -> None:
    """Set the command menu, open the analytics store, start watching faq/."""
    config: Config = application.bot_data[CONFIG]
    texts = application.bot_data[KNOWLEDGE].texts
    await application.bot.set_my_commands(
        [
            BotCommand(name, texts[f"command_{name}"])
            for name in ("start", "help", "topics", "sources")
        ]
    )
    try:
        key = load_hash_key(config.store.db_path.parent, config.store.hash_key)
        store = await asyncio.to_thread(Store, config.store.db_path, key)
    except (OSError, sqlite3.Error, RuntimeError) as exc:
        # Answering matters more than counting: run on, and say so loudly.
        logger.error("analytics store unavailable, answering without recording: %s", exc)
        store = None
    application.bot_data[STORE] = store

    def swap(knowledge: Knowledge) -> None:
        application.bot_data[KNOWLEDGE] = knowledge  # one assignment: users see old or new

    async def broken(error: FAQError) -> None:
        await tell_admins(application, error)

    reloader = Reloader(config.faq_dir, swap, broken, interval=config.reload_seconds)
    application.bot_data[RELOADER] = reloader
    application.bot_data[TASKS] = [
        asyncio.create_task(reloader.watch(), name="faq-watch"),
        asyncio.create_task(retention(application), name="retention"),
    ]


async def post_shutdown(application: Application) -> None:
    """Stop the background tasks and flush and close the store."""
    for task in application.bot_data.get(TASKS, []):
        task.cancel()
    for task in application.bot_data.get(TASKS, []):
        try:
            await task
        except (asyncio.CancelledError, Exception):
            pass
    store: Store | None = application.bot_data.pop(STORE, None)
    if store is not None:
        await asyncio.to_thread(store.close)


def build_application(config: Config, knowledge: Knowledge) -> Application:
    """The bot, with every handler registered in one place."""
    builder = (
        Application.builder()
        .token(config.token)
        .concurrent_updates(True)
        # aiohttp rather than httpx under PTB (see bot/http.py); replies also wait for one of
        # SEND_SLOTS in an asyncio semaphore (see send), so no long queue forms in the pool.
        .request(AiohttpRequest(connection_pool_size=SEND_SLOTS))
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
    )
    if config.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    if config.base_url:
        builder = builder.base_url(config.base_url)
    application = builder.post_init(post_init).post_shutdown(post_shutdown).build()
    application.bot_data[CONFIG] = config
    application.bot_data[KNOWLEDGE] = knowledge
    application.bot_data[LOCKS] = weakref.WeakValueDictionary()
    application.bot_data[SLOTS] = asyncio.Semaphore(SEND_SLOTS)
    application.bot_data[FLOOD] = FloodGuard(
        int(knowledge.settings["flood_limit"]), float(knowledge.settings["flood_window_seconds"])
    )

    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CommandHandler("topics", topics))
    application.add_handler(CommandHandler("sources", sources))
    application.add_handler(CommandHandler("reload", reload_command))
    application.add_handler(CommandHandler("stats", stats_command))
    application.add_handler(CommandHandler("unanswered", unanswered_command))
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, question)
    )
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & NON_TEXT, non_text)
    )
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, unknown_command)
    )
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_error_handler(on_error)
    return application


class RedactingFormatter(logging.Formatter):
    """Formats records, then blanks out secrets (PTB's InvalidToken text contains the token)."""

    def __init__(self, fmt: str, secrets: Sequence[str]):
        super().__init__(fmt)
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "[REDACTED]")
        return text


def configure_logging(level: str, secrets: Sequence[str] = ()) -> logging.Handler:
    """One logging set-up for the service; no line may show the token."""
    handler = logging.StreamHandler()
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets)
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(getattr(logging, level))
    # httpx logs every request URL at INFO, and the URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # PTB's DEBUG lines show the token (the API URL) and every update (users' ids and words).
    logging.getLogger("telegram").setLevel(max(logging.INFO, root.level))
    return handler
