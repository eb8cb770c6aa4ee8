"""Settings from the environment (and a .env file), validated once at start-up."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv

TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,100}$")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(Exception):
    """A setting is missing or wrong; the message is one sentence for the operator."""


@dataclass(frozen=True, repr=False)
class Config:
    token: str
    base_url: str | None
    faq_dir: Path
    log_level: str
    rate_limit: bool = True

    def __repr__(self) -> str:  # never show the token, even in a traceback
        return f"Config(base_url={self.base_url!r}, faq_dir={str(self.faq_dir)!r})"


def load_env(path: str | Path = ".env") -> None:
    """Read a .env file into the environment; variables already set win."""
    load_dotenv(path, override=False)


def faq_dir() -> Path:
    """Where the FAQ is read from: FAQBOT_FAQ_DIR, or faq/ in the working directory."""
    return Path(os.environ.get("FAQBOT_FAQ_DIR") or "faq")


def log_level() -> str:
    level = (os.environ.get("FAQBOT_LOG_LEVEL") or "INFO").strip().upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"FAQBOT_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}.")
    return level


def load_config() -> Config:
    """The settings `faqbot run` needs; raise ConfigError with one clear sentence."""
    token = (os.environ.get("TELEGRAM_BOT_TOKEN") or "").strip()
    if not token:
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put "
            "TELEGRAM_BOT_TOKEN=... in the environment or in a .env file "
            "(or try `faqbot chat`, which needs no token)."
        )
    if not TOKEN_RE.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token: @BotFather gives one like "
            "123456789:AA... (digits, a colon, then letters, digits, - or _)."
        )
    base_url = (os.environ.get("TELEGRAM_BASE_URL") or "").strip() or None
    if base_url is not None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(
                "TELEGRAM_BASE_URL must be an http:// or https:// URL such as "
                "http://127.0.0.1:8081/bot."
            )
    rate_limit = (os.environ.get("FAQBOT_RATE_LIMIT") or "1").strip()
    if rate_limit not in ("0", "1"):
        raise ConfigError("FAQBOT_RATE_LIMIT must be 1 (respect Telegram's limits) or 0.")
    return Config(
        token=token,
        base_url=base_url,
        faq_dir=faq_dir(),
        log_level=log_level(),
        rate_limit=rate_limit == "1",
    )
