from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Config
from bot.core import Knowledge
from tests.fake_bot_api import FakeBotAPI

ROOT = Path(__file__).resolve().parent.parent
FAQ_DIR = ROOT / "faq"
# Not a real token: the right shape, so the bot accepts it, and only the fake server knows it.
TOKEN = "123456789:TEST_fake_token_for_local_tests_only_xx"


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    """The shipped FAQ, loaded once."""
    return Knowledge.load(FAQ_DIR)


@pytest.fixture
def faq_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped FAQ, for tests that break or edit it."""
    target = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, target)
    return target


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI(TOKEN)
    await server.start()
    yield server
    await server.stop()


@contextlib.asynccontextmanager
async def running_bot(api: FakeBotAPI, knowledge: Knowledge, rate_limit: bool = True, **settings):
    """The bot polling the fake server, as `faqbot run` does, inside the test's event loop.

    ``settings`` override Config fields (faq_dir, admin_ids, store, ...); the analytics
    store goes to a temporary folder unless one is given."""
    from bot.config import StoreConfig
    from bot.telegram_app import build_application

    with tempfile.TemporaryDirectory() as tmp:
        settings.setdefault("faq_dir", FAQ_DIR)
        settings.setdefault("store", StoreConfig(db_path=Path(tmp) / "faqbot.sqlite3"))
        config = Config(token=TOKEN, base_url=api.base_url, rate_limit=rate_limit, **settings)
        application = build_application(config, knowledge)
        async with application:
            await application.post_init(application)
            await application.updater.start_polling(poll_interval=0, timeout=1)
            await application.start()
            try:
                yield application
            finally:
                await application.updater.stop()
                await application.stop()
                await application.post_shutdown(application)


@pytest.fixture
async def bot(api: FakeBotAPI, knowledge: Knowledge):
    async with running_bot(api, knowledge) as application:
        yield application
