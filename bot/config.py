"""Settings from the environment (and a .env file), validated once at start-up.

Every variable is documented in .env.example. Each problem is one sentence for the operator.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv

TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,100}$")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(Exception):
    """A setting is missing or wrong; the message is one sentence for the operator."""


@dataclass(frozen=True)
class StoreConfig:
    db_path: Path = Path("data/faqbot.sqlite3")
    hash_key: str | None = field(default=None, repr=False)
    retention_days: int = 90


@dataclass(frozen=True)
class Webhook:
    url: str
    listen: str
    port: int
    secret: str = field(repr=False)


@dataclass(frozen=True, repr=False)
class Config:
    token: str
    base_url: str | None
    faq_dir: Path
    log_level: str = "INFO"
    rate_limit: bool = True
    admin_ids: frozenset[int] = frozenset()
    store: StoreConfig = field(default_factory=StoreConfig)
    log_questions: bool = False
    drop_pending: bool = False
    start_retries: int = 5
    reload_seconds: float = 2.0
    webhook: Webhook | None = None

    def __repr__(self) -> str:  # never show the token, even in a traceback
        return f"Config(base_url={self.base_url!r}, faq_dir={str(self.faq_dir)!r})"


def load_env(path: str | Path = ".env") -> None:
    """Read a .env file into the environment; variables already set win."""
    load_dotenv(path, override=False)


def _get(name: str) -> str:
    return (os.environ.get(name) or "").strip()


def _flag(name: str, default: bool) -> bool:
    value = _get(name)
    if not value:
        return default
    if value not in ("0", "1"):
        raise ConfigError(f"{name} must be 1 or 0.")
    return value == "1"


def _number(name: str, default: float, low: float, high: float, integer: bool = True) -> float:
    value = _get(name)
    if not value:
        return default
    try:
        number = int(value) if integer else float(value)
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        kind = "a whole number" if integer else "a number"
        raise ConfigError(f"{name} must be {kind} from {low:g} to {high:g}.")
    return number


def faq_dir() -> Path:
    """Where the FAQ is read from: FAQBOT_FAQ_DIR, or faq/ in the working directory."""
    return Path(_get("FAQBOT_FAQ_DIR") or "faq")


def log_level() -> str:
    level = (_get("FAQBOT_LOG_LEVEL") or "INFO").upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"FAQBOT_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}.")
    return level


def load_store_config() -> StoreConfig:
    """What `faqbot stats` and `faqbot unanswered` need too (no token)."""
    return StoreConfig(
        db_path=Path(_get("FAQBOT_DB") or "data/faqbot.sqlite3"),
        hash_key=_get("FAQBOT_HASH_KEY") or None,
        retention_days=int(_number("FAQBOT_RETENTION_DAYS", 90, 1, 36_500)),
    )


def _admin_ids() -> frozenset[int]:
    raw = _get("FAQBOT_ADMIN_IDS")
    ids = set()
    for part in filter(None, (p.strip() for p in raw.split(","))):
        if not part.lstrip("-").isdigit():
            raise ConfigError(
                "FAQBOT_ADMIN_IDS must be Telegram user ids separated by commas, like 12345,67890."
            )
        ids.add(int(part))
    return frozenset(ids)


def _webhook() -> Webhook | None:
    url = _get("FAQBOT_WEBHOOK_URL")
    if not url:
        return None
    if urlsplit(url).scheme != "https" and urlsplit(url).hostname not in ("127.0.0.1", "localhost"):
        raise ConfigError("FAQBOT_WEBHOOK_URL must be an https:// URL Telegram can reach.")
    listen = _get("FAQBOT_WEBHOOK_LISTEN")
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigError(
            "FAQBOT_WEBHOOK_LISTEN must be the address to serve the webhook on, "
            "like 0.0.0.0:8443, when FAQBOT_WEBHOOK_URL is set."
        )
    secret = _get("FAQBOT_WEBHOOK_SECRET")
    if not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", secret):
        raise ConfigError(
            "FAQBOT_WEBHOOK_SECRET must be set when FAQBOT_WEBHOOK_URL is: 16 to 256 "
            "letters, digits, _ or - (Telegram sends it back with every update)."
        )
    return Webhook(url=url, listen=host, port=int(port), secret=secret)


def load_config() -> Config:
    """The settings `faqbot run` needs; raise ConfigError with one clear sentence."""
    token = _get("TELEGRAM_BOT_TOKEN")
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
    base_url = _get("TELEGRAM_BASE_URL") or None
    if base_url is not None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(
                "TELEGRAM_BASE_URL must be an http:// or https:// URL such as "
                "http://127.0.0.1:8081/bot."
            )
    if _get("FAQBOT_RATE_LIMIT") not in ("", "0", "1"):
        raise ConfigError("FAQBOT_RATE_LIMIT must be 1 (respect Telegram's limits) or 0.")
    return Config(
        token=token,
        base_url=base_url,
        faq_dir=faq_dir(),
        log_level=log_level(),
        rate_limit=_flag("FAQBOT_RATE_LIMIT", True),
        admin_ids=_admin_ids(),
        store=load_store_config(),
        log_questions=_flag("FAQBOT_LOG_QUESTIONS", False),
        drop_pending=_flag("FAQBOT_DROP_PENDING", False),
        start_retries=int(_number("FAQBOT_START_RETRIES", 5, 0, 100)),
        reload_seconds=_number("FAQBOT_RELOAD_SECONDS", 2.0, 0.1, 3600, integer=False),
        webhook=_webhook(),
    )
