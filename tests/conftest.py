from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

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
