"""The Telegram side: thin handlers that translate between Telegram and the core."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from telegram import Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import render
from bot.config import Config
from bot.core import Knowledge

logger = logging.getLogger(__name__)

KNOWLEDGE = "knowledge"


def knowledge_of(context: ContextTypes.DEFAULT_TYPE) -> Knowledge:
    """The FAQ currently served (reloads replace it in bot_data in one step)."""
    return context.bot_data[KNOWLEDGE]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user with the welcome text and the disclaimer."""
    await update.effective_message.reply_html(render.welcome_html(knowledge_of(context)))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what the bot can answer."""
    await update.effective_message.reply_html(render.help_html(knowledge_of(context)))


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text message through the conversation core."""
    knowledge = knowledge_of(context)
    started = time.perf_counter()
    reply = knowledge.respond(update.effective_message.text)
    logger.info(
        "reply kind=%s entry=%s score=%d latency_ms=%.1f",
        reply.kind,
        reply.entry_id,
        reply.score,
        (time.perf_counter() - started) * 1000,
    )
    await update.effective_message.reply_html(render.reply_html(knowledge, reply))


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log any exception raised while handling an update; the bot keeps running."""
    logger.error("Exception while handling an update", exc_info=context.error)


def build_application(config: Config, knowledge: Knowledge) -> Application:
    """The bot, with every handler registered in one place."""
    builder = (
        Application.builder()
        .token(config.token)
        .concurrent_updates(True)
        .rate_limiter(AIORateLimiter(max_retries=3))
    )
    if config.base_url:
        builder = builder.base_url(config.base_url)
    application = builder.build()
    application.bot_data[KNOWLEDGE] = knowledge

    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, question))
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
