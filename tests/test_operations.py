"""Admins and operations: live FAQ edits, admin commands, the private analytics store, service."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from bot.config import StoreConfig
from bot.core import Knowledge
from bot.faq import FAQError
from bot.reloader import Reloader
from bot.store import DAY, MIGRATIONS, Store, group_questions, load_hash_key
from tests.conftest import TOKEN, running_bot
from tests.fake_bot_api import FakeBotAPI
from tests.test_cli import faqbot, spawn_run

ADMIN = 9001


class Clock:
    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


# -- the store -------------------------------------------------------------------------


async def test_store_records_questions_without_any_user_identity(tmp_path: Path) -> None:
    db = tmp_path / "data" / "faqbot.sqlite3"
    store = Store(db, load_hash_key(db.parent, None))
    await store.record_question("what is eczema", "answer", "what-is-eczema", 97, 123456789)
    await store.record_question("pizza?", "fallback", None, 0, 987654321)
    await store.record_feedback("what-is-eczema", True)
    store.close()
    saved = rows(db, "SELECT question, kind, entry_id, score, user_hash FROM questions")
    assert [r[:4] for r in saved] == [
        ("what is eczema", "answer", "what-is-eczema", 97),
        ("pizza?", "fallback", None, 0),
    ]
    everything = json.dumps(
        rows(db, "SELECT * FROM questions") + rows(db, "SELECT * FROM feedback")
    )
    assert "123456789" not in everything and "987654321" not in everything
    assert saved[0][4] != saved[1][4] and len(saved[0][4]) == 32
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]
    assert rows(db, "PRAGMA user_version") == [(len(MIGRATIONS),)]


def test_hash_key_is_generated_once_and_private(tmp_path: Path) -> None:
    key = load_hash_key(tmp_path, None)
    assert load_hash_key(tmp_path, None) == key
    assert stat.S_IMODE((tmp_path / "hash.key").stat().st_mode) == 0o600
    assert load_hash_key(tmp_path, "from-the-environment") == b"from-the-environment"


async def test_same_user_hashes_alike_so_unique_users_count(tmp_path: Path) -> None:
    clock = Clock()
    store = Store(tmp_path / "db.sqlite3", b"k", clock=clock)
    for user in (1, 1, 2):
        await store.record_question("what is eczema", "answer", "what-is-eczema", 90, user)
    stats = store.stats()
    store.close()
    assert (stats.periods[0].questions, stats.periods[0].users) == (3, 2)


async def test_stats_cover_a_day_and_a_week(tmp_path: Path) -> None:
    clock = Clock()
    store = Store(tmp_path / "db.sqlite3", b"k", clock=clock)
    clock.now -= 3 * DAY
    await store.record_question("old", "fallback", None, 0, 1)
    clock.now += 3 * DAY
    await store.record_question("what is eczema", "answer", "what-is-eczema", 90, 1)
    await store.record_question("eczema?", "answer", "what-is-eczema", 80, 2)
    await store.record_question("gut", "clarify", "how-probiotics-work", 44, 3)
    await store.record_feedback("what-is-eczema", True)
    await store.record_feedback("what-is-eczema", False)
    await store.record_feedback("what-is-eczema", True)
    stats = store.stats()
    store.close()
    day, week = stats.periods
    assert (day.questions, week.questions) == (3, 4)
    assert day.kinds == {"answer": 2, "clarify": 1}
    assert day.top_entries == [("what-is-eczema", 2)]
    assert stats.feedback == {"what-is-eczema": (2, 1)}


def test_unanswered_groups_near_identical_questions() -> None:
    groups = group_questions(
        [
            ("Can probiotics help psoriasis?", "fallback"),
            ("can probiotics help psoriasis", "fallback"),
            ("psoriasis probiotics help can?", "fallback"),
            ("can probiotcs help psoriasis", "clarify"),
            ("is dairy bad for eczema", "fallback"),
        ]
    )
    assert groups[0][1] == 4 and "psoriasis" in groups[0][0]
    assert groups[0][2] == "clarify, fallback"
    assert groups[1] == ("is dairy bad for eczema", 1, "fallback")


async def test_retention_deletes_old_questions(tmp_path: Path) -> None:
    clock = Clock()
    store = Store(tmp_path / "db.sqlite3", b"k", clock=clock)
    clock.now -= 100 * DAY
    await store.record_question("ancient", "fallback", None, 0, 1)
    await store.record_feedback("what-is-eczema", True)
    clock.now += 100 * DAY
    await store.record_question("fresh", "fallback", None, 0, 1)
    assert await store.delete_older_than(90) == 1
    store.close()
    assert rows(tmp_path / "db.sqlite3", "SELECT question FROM questions") == [("fresh",)]
    assert rows(tmp_path / "db.sqlite3", "SELECT COUNT(*) FROM feedback") == [(0,)]


async def test_a_failing_disk_is_logged_and_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = Store(tmp_path / "db.sqlite3", b"k")
    blocker = sqlite3.connect(tmp_path / "db.sqlite3", timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # another process holds the database
    store._executor.submit(lambda: store._db.execute("PRAGMA busy_timeout = 50")).result()
    assert await store.record_question("what is eczema", "answer", "x", 1, 1) is False
    blocker.rollback()
    blocker.close()
    assert await store.record_question("what is eczema", "answer", "x", 1, 1) is True
    store.close()
    assert "analytics store write failed" in caplog.text
    assert "what is eczema" not in caplog.text


def test_a_database_from_a_newer_faqbot_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    with sqlite3.connect(db) as connection:
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer than this faqbot knows"):
        Store(db, b"k")


# -- live edits -------------------------------------------------------------------------


def add_alternate(faq_dir: Path, entry_line: str, alternate: str) -> None:
    path = faq_dir / "lifestyle.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(entry_line, f"{entry_line}\n      - {alternate}", 1), encoding="utf-8"
    )


async def test_an_edit_goes_live_without_restart(api: FakeBotAPI, faq_copy: Path) -> None:
    knowledge = Knowledge.load(faq_copy)
    async with running_bot(api, knowledge, faq_dir=faq_copy, reload_seconds=0.1) as app:
        api.send_text("is chocolate milk ok", user_id=70)
        await api.wait_for("sendMessage", 1)
        assert api.messages[0]["text"] == knowledge.texts["fallback"]
        # An editor saves by writing a temporary file and renaming it over the old one.
        text = (faq_copy / "lifestyle.yaml").read_text(encoding="utf-8")
        text = text.replace(
            "      - is sugar bad for my gut\n",
            "      - is sugar bad for my gut\n      - is chocolate milk ok\n",
        )
        (faq_copy / ".lifestyle.yaml.swp").write_text(text, encoding="utf-8")
        os.replace(faq_copy / ".lifestyle.yaml.swp", faq_copy / "lifestyle.yaml")
        for _ in range(50):
            await asyncio.sleep(0.1)
            if "chocolate milk" in " ".join(
                app.bot_data["knowledge"].faq.entries["sugar-processed-foods"].alternates
            ):
                break
        api.send_text("is chocolate milk ok", user_id=70)
        await api.wait_for("sendMessage", 2)
    assert api.messages[1]["text"].startswith("<b>Are sugar and processed foods bad")


async def test_a_broken_edit_keeps_old_answers_and_tells_admins_once(
    api: FakeBotAPI, faq_copy: Path
) -> None:
    knowledge = Knowledge.load(faq_copy)
    async with running_bot(
        api, knowledge, faq_dir=faq_copy, reload_seconds=0.1, admin_ids=frozenset({ADMIN})
    ) as app:
        good = app.bot_data["knowledge"]
        original = (faq_copy / "gut.yaml").read_text(encoding="utf-8")
        (faq_copy / "gut.yaml").write_text(
            "entries:\n  - id: broken\n    question: [oops\n", encoding="utf-8"
        )
        [notice] = await api.wait_for("sendMessage", 1)
        assert notice["chat_id"] == ADMIN
        assert "faq/gut.yaml:" in notice["text"] and "YAML syntax error" in notice["text"]
        assert app.bot_data["knowledge"] is good
        api.send_text("what is leaky gut", user_id=71)  # still answered from the last good FAQ
        await api.wait_for("sendMessage", 2)
        assert api.messages[1]["text"].startswith("<b>What is leaky gut?</b>")
        # The same broken version is reported once, however often it is seen.
        os.utime(faq_copy / "gut.yaml")
        await asyncio.sleep(0.8)
        assert len([m for m in api.sent() if m["chat_id"] == ADMIN]) == 1
        # An empty file is another broken version: reported too.
        (faq_copy / "gut.yaml").write_text("", encoding="utf-8")
        await api.wait_for("sendMessage", 3)
        assert "gut.yaml: is empty" in api.messages[2]["text"]
        # Fixed (here with one answer reworded): the new FAQ goes live.
        (faq_copy / "gut.yaml").write_text(
            original.replace("Leaky gut, also called", "Leaky gut, also known as"), encoding="utf-8"
        )
        for _ in range(50):
            await asyncio.sleep(0.1)
            if app.bot_data["knowledge"] is not good:
                break
        fixed = app.bot_data["knowledge"].faq.entries["what-is-leaky-gut"]
        assert fixed.answer.startswith("Leaky gut, also known as")


async def test_an_edit_saved_while_the_faq_loads_is_reported_in_its_turn(
    faq_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A broken gut.yaml is being loaded when the admin saves another broken version (empty):
    # that one must be reported too, not pass for the version just reported.
    reports = []

    async def broken(error: FAQError) -> None:
        reports.append("\n".join(map(str, error.problems)))

    reloader = Reloader(faq_copy, swap=lambda knowledge: None, broken=broken)
    gut = faq_copy / "gut.yaml"
    gut.write_text("entries:\n  - id: broken\n    question: [oops\n", encoding="utf-8")
    load = Knowledge.load

    def saved_while_loading(cls: type[Knowledge], directory: Path) -> Knowledge:
        try:
            return load(directory)
        finally:
            gut.write_text("", encoding="utf-8")

    monkeypatch.setattr(Knowledge, "load", classmethod(saved_while_loading))
    await reloader.reload()
    monkeypatch.undo()
    await reloader.reload()
    assert len(reports) == 2
    assert "YAML syntax error" in reports[0] and "is empty" in reports[1]


async def test_reload_command_for_admins(api: FakeBotAPI, faq_copy: Path) -> None:
    knowledge = Knowledge.load(faq_copy)
    async with running_bot(
        api, knowledge, faq_dir=faq_copy, reload_seconds=3600, admin_ids=frozenset({ADMIN})
    ):
        api.send_text("/reload", user_id=ADMIN)
        [ok] = await api.wait_for("sendMessage", 1)
        assert ok["text"] == f"FAQ reloaded: {len(knowledge.faq.entries)} entries."
        (faq_copy / "zz.yaml").write_text("entries: [\n", encoding="utf-8")
        api.send_text("/reload", user_id=ADMIN)
        sent = await api.wait_for("sendMessage", 3)
        replies = [m["text"] for m in sent if m["chat_id"] == ADMIN]
        assert any("faq/zz.yaml:" in r and "previous version" in r for r in replies)


async def test_admin_commands_look_unknown_to_everyone_else(
    api: FakeBotAPI, knowledge: Knowledge
) -> None:
    async with running_bot(api, knowledge, admin_ids=frozenset({ADMIN})):
        for command in ("/frobnicate", "/reload", "/stats", "/unanswered 30"):
            api.send_text(command, user_id=72)
        sent = await api.wait_for("sendMessage", 4)
    texts = [m["text"] for m in sent]
    assert texts == [knowledge.texts["unknown_command"]] * 4


async def test_stats_and_unanswered_for_admins(api: FakeBotAPI, knowledge: Knowledge) -> None:
    async with running_bot(api, knowledge, admin_ids=frozenset({ADMIN}), rate_limit=False) as app:
        for question, user in [
            ("what is eczema", 73),
            ("can probiotics help psoriasis", 74),
            ("Can probiotics help psoriasis?", 75),
            ("what is eczema", 73),
            ("i'm at the end of my rope", 76),
        ]:
            api.send_text(question, user_id=user)
        await api.wait_for("sendMessage", 5)
        api.tap(api.messages[0], "f:what-is-eczema:0", user_id=73)
        await api.wait_for("answerCallbackQuery", 1)
        api.send_text("/stats", user_id=ADMIN)
        await api.wait_for("sendMessage", 6)
        api.send_text("/unanswered", user_id=ADMIN)
        await api.wait_for("sendMessage", 7)
        store_path = app.bot_data["config"].store.db_path
        saved = rows(store_path, "SELECT question, kind FROM questions")
    stats = api.sent()[5]["text"]
    assert "last 24 hours: 5 questions from 4 users" in stats
    assert "answer 40%" in stats and "fallback 40%" in stats and "distress 20%" in stats
    assert "what-is-eczema: 0 / 1" in stats
    unanswered = api.sent()[6]["text"]
    assert "2  can probiotics help psoriasis" in unanswered.lower()
    assert "rope" not in unanswered  # the distress text alone: no question to add to the FAQ
    assert ("what is eczema", "answer") in saved and len(saved) == 5  # commands are not questions
    assert ("i'm at the end of my rope", "distress") in saved


async def test_a_message_answered_in_part_says_so_and_lists_the_rest_for_admins(
    api: FakeBotAPI, knowledge: Knowledge
) -> None:
    async with running_bot(api, knowledge, admin_ids=frozenset({ADMIN}), rate_limit=False):
        api.send_text("what is leaky gut and where can i get tested for it", user_id=73)
        await api.wait_for("sendMessage", 1)
        api.send_text("/stats", user_id=ADMIN)
        await api.wait_for("sendMessage", 2)
        api.send_text("/unanswered", user_id=ADMIN)
        await api.wait_for("sendMessage", 3)
    reply, stats, unanswered = (m["text"] for m in api.sent()[:3])
    # the answer it has, after a line that says which part it has none for, and the disclaimer
    assert reply.startswith("I can answer part of your message.")
    assert '"where can i get tested for it"' in reply.split("\n", 1)[0]
    assert "What is leaky gut?" in reply and knowledge.texts["disclaimer"] in reply
    # one question asked; the part left unanswered is there for admins to add to the FAQ
    assert "last 24 hours: 1 questions from 1 users" in stats and "answer 100%" in stats
    assert "1  where can i get tested for it  [partial]" in unanswered


# -- the command line and the service ---------------------------------------------------


def test_cli_stats_and_unanswered_read_the_same_store(tmp_path: Path) -> None:
    db = tmp_path / "data" / "faqbot.sqlite3"
    store = Store(db, load_hash_key(db.parent, None))
    asyncio.run(store.record_question("is dairy bad for eczema", "fallback", None, 0, 5))
    asyncio.run(store.record_question("Is dairy bad for eczema?", "fallback", None, 0, 6))
    store.close()
    stats = faqbot("stats", cwd=tmp_path)
    assert stats.returncode == 0 and "2 questions from 2 users" in stats.stdout
    unanswered = faqbot("unanswered", "--days", "3", cwd=tmp_path)
    assert unanswered.returncode == 0 and "2  is dairy bad for eczema" in unanswered.stdout.lower()


def test_cli_stats_without_a_database_says_so(tmp_path: Path) -> None:
    result = faqbot("stats", cwd=tmp_path)
    assert result.returncode == 1 and "no analytics yet" in result.stderr


async def test_sigterm_finishes_and_loses_no_question(tmp_path: Path, api: FakeBotAPI) -> None:
    process = await spawn_run(tmp_path, TELEGRAM_BASE_URL=api.base_url)
    try:
        for user in range(987650001, 987650011):
            api.send_text("what is leaky gut", user_id=user)
        await api.wait_for("sendMessage", 10, timeout=30)
    finally:
        started = asyncio.get_running_loop().time()
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 15)
    assert process.returncode == 0
    assert asyncio.get_running_loop().time() - started < 10
    db = tmp_path / "data" / "faqbot.sqlite3"
    assert rows(db, "SELECT COUNT(*) FROM questions") == [(10,)]
    assert not any(
        str(user) in json.dumps(rows(db, "SELECT * FROM questions"))
        for user in range(987650001, 987650011)
    )
    assert "what is leaky gut" not in stderr.decode()  # no question text in logs by default


async def test_unreachable_bot_api_exits_with_a_clear_message(tmp_path: Path) -> None:
    process = await spawn_run(
        tmp_path, TELEGRAM_BASE_URL="http://127.0.0.1:9/bot", FAQBOT_START_RETRIES="1"
    )
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 1
    assert "cannot reach the Telegram Bot API after 2 tries" in stderr.decode()
    assert TOKEN not in stderr.decode()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"FAQBOT_WEBHOOK_URL": "https://bot.example.org/hook"}, "FAQBOT_WEBHOOK_LISTEN"),
        (
            {
                "FAQBOT_WEBHOOK_URL": "https://bot.example.org/hook",
                "FAQBOT_WEBHOOK_LISTEN": "0.0.0.0:8443",
            },
            "FAQBOT_WEBHOOK_SECRET",
        ),
        ({"FAQBOT_ADMIN_IDS": "12,bob"}, "FAQBOT_ADMIN_IDS"),
        ({"FAQBOT_RETENTION_DAYS": "-3"}, "FAQBOT_RETENTION_DAYS"),
        ({"FAQBOT_DROP_PENDING": "yes"}, "FAQBOT_DROP_PENDING"),
    ],
)
def test_bad_settings_exit_2_with_one_sentence(tmp_path: Path, env: dict, message: str) -> None:
    result = faqbot("run", cwd=tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, **env)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


async def test_webhook_mode_serves_updates_posted_by_telegram(
    tmp_path: Path, api: FakeBotAPI
) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    secret = "s3cret-webhook-token-123"
    process = await spawn_run(
        tmp_path,
        TELEGRAM_BASE_URL=api.base_url,
        FAQBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
        FAQBOT_WEBHOOK_LISTEN=f"127.0.0.1:{port}",
        FAQBOT_WEBHOOK_SECRET=secret,
    )
    import httpx

    try:
        [hook] = await api.wait_for("setWebhook", 1, timeout=30)
        assert hook["url"] == f"http://127.0.0.1:{port}/hook"
        assert hook["secret_token"] == secret
        update = {
            "update_id": 1,
            "message": {
                "message_id": 5,
                "date": 0,
                "text": "what is eczema",
                "chat": {"id": 90, "type": "private"},
                "from": {"id": 90, "is_bot": False, "first_name": "Ada"},
            },
        }
        async with httpx.AsyncClient() as client:
            refused = await client.post(
                f"http://127.0.0.1:{port}/hook",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"},
            )
            assert refused.status_code == 403
            accepted = await client.post(
                f"http://127.0.0.1:{port}/hook",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": secret},
            )
            assert accepted.status_code == 200
        [sent] = await api.wait_for("sendMessage", 1)
        assert sent["chat_id"] == 90 and "<b>What is eczema?</b>" in sent["text"]
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.communicate(), 20)
    assert process.returncode == 0


async def test_a_crash_loses_no_answered_question(tmp_path: Path, api: FakeBotAPI) -> None:
    process = await spawn_run(tmp_path, quiet=True, TELEGRAM_BASE_URL=api.base_url)
    try:
        for user in range(5):
            api.send_text("what are probiotics", user_id=4000 + user)
        await api.wait_for("sendMessage", 5, timeout=30)
    finally:
        process.kill()  # no clean shutdown at all
        await process.wait()
    assert rows(tmp_path / "data" / "faqbot.sqlite3", "SELECT COUNT(*) FROM questions") == [(5,)]


async def test_the_bot_deletes_expired_questions_when_it_starts(
    api: FakeBotAPI, tmp_path: Path, knowledge: Knowledge
) -> None:
    db = tmp_path / "faqbot.sqlite3"
    clock = Clock(now=time.time() - 40 * DAY)
    store = Store(db, b"k", clock=clock)
    await store.record_question("a month old", "fallback", None, 0, 1)
    store.close()
    settings = StoreConfig(db_path=db, hash_key="k", retention_days=30)
    async with running_bot(api, knowledge, store=settings):
        for _ in range(50):
            if rows(db, "SELECT COUNT(*) FROM questions") == [(0,)]:
                break
            await asyncio.sleep(0.05)
    assert rows(db, "SELECT COUNT(*) FROM questions") == [(0,)]


async def test_question_text_is_logged_only_when_asked_for(
    api: FakeBotAPI, knowledge: Knowledge, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    async with running_bot(api, knowledge):
        api.send_text("what is eczema", user_id=4100)
        await api.wait_for("sendMessage", 1)
    assert "reply kind=answer entry=what-is-eczema" in caplog.text
    assert "what is eczema" not in caplog.text
    caplog.clear()
    async with running_bot(api, knowledge, log_questions=True):
        api.send_text("what are probiotics", user_id=4101)
        await api.wait_for("sendMessage", 2)
    assert "question='what are probiotics'" in caplog.text
    assert "4101" not in caplog.text  # never who asked


async def test_drop_pending_skips_what_arrived_while_down(tmp_path: Path, api: FakeBotAPI) -> None:
    process = await spawn_run(
        tmp_path, quiet=True, TELEGRAM_BASE_URL=api.base_url, FAQBOT_DROP_PENDING="1"
    )
    try:
        [call] = await api.wait_for("deleteWebhook", 1, timeout=30)
        assert call["drop_pending_updates"] is True
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 15)


async def test_an_unusable_database_does_not_stop_the_bot(
    api: FakeBotAPI, tmp_path: Path, knowledge: Knowledge, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    settings = StoreConfig(db_path=blocker / "faqbot.sqlite3", hash_key="k")
    async with running_bot(api, knowledge, store=settings, admin_ids=frozenset({ADMIN})):
        api.send_text("what is eczema", user_id=4200)
        await api.wait_for("sendMessage", 1)
        api.send_text("/stats", user_id=ADMIN)
        sent = await api.wait_for("sendMessage", 2)
    assert "<b>What is eczema?</b>" in sent[0]["text"]
    assert "could not be opened" in sent[1]["text"]
    assert "analytics store unavailable" in caplog.text
