"""The bot through the real python-telegram-bot Application, over HTTP to a local fake Bot API."""

from __future__ import annotations

import logging

import pytest
from telegram.ext import Application

from bot.core import Knowledge
from bot.telegram_app import configure_logging
from tests.conftest import TOKEN, running_bot
from tests.fake_bot_api import FakeBotAPI


async def test_start_greets_with_welcome_and_disclaimer(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("/start", user_id=11)
    [sent] = await api.wait_for("sendMessage", 1)
    assert sent["chat_id"] == 11
    assert sent["parse_mode"] == "HTML"
    assert knowledge.texts["welcome"].split(".")[0] in sent["text"]
    assert knowledge.texts["disclaimer"] in sent["text"]


async def test_help_says_what_the_bot_answers(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("/help", user_id=12)
    [sent] = await api.wait_for("sendMessage", 1)
    assert knowledge.texts["help"] in sent["text"]


async def test_question_is_answered_with_sources_and_disclaimer(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("what is leaky gut?", user_id=13)
    [sent] = await api.wait_for("sendMessage", 1)
    entry = knowledge.faq.entries["what-is-leaky-gut"]
    assert sent["chat_id"] == 13 and sent["parse_mode"] == "HTML"
    assert sent["text"].startswith(f"<b>{entry.question}</b>")
    assert "intestinal permeability" in sent["text"]
    assert "Can Probiotics Help with Leaky Gut and Eczema?" in sent["text"]
    assert f"<i>{knowledge.texts['disclaimer']}</i>" in sent["text"]


async def test_user_html_is_escaped_and_cannot_break_the_reply(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("<b>what</b> is & leaky gut <script>", user_id=14)
    api.send_text("<i>pizza</i> & <b>beer</b>", user_id=15)
    sent = await api.wait_for("sendMessage", 2)
    for message in sent:
        assert "<script>" not in message["text"]
        assert "& " not in message["text"].replace("&amp; ", "")
    fallback = next(m for m in sent if m["chat_id"] == 15)
    assert fallback["text"] == knowledge.texts["fallback"]


async def test_urgent_message_gets_only_the_urgent_text(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("my lips are swelling after a probiotic", user_id=16)
    [sent] = await api.wait_for("sendMessage", 1)
    assert "emergency" in sent["text"]
    assert "<b>" not in sent["text"]


async def test_a_message_that_sounds_like_distress_gets_the_distress_text_first(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("i feel hopeless, can probiotics help eczema", user_id=19)
    api.send_text("i'm at the end of my rope", user_id=21)
    messages = {m["chat_id"]: m for m in await api.wait_for("sendMessage", 2)}
    sent = {chat: m["text"] for chat, m in messages.items()}
    assert "reply_markup" not in messages[21] and "reply_markup" in messages[19]
    entry = knowledge.faq.entries["probiotics-for-eczema"]
    opening = knowledge.texts["distress"]
    assert sent[19].startswith(f"{opening}\n\n<b>{entry.question}</b>")
    assert f"<i>{knowledge.texts['disclaimer']}</i>" in sent[19]
    assert sent[21] == opening  # alone: no "I don't know", no topics to browse


async def test_clarify_lists_the_candidates(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("gut", user_id=17)
    [sent] = await api.wait_for("sendMessage", 1)
    reply = knowledge.respond("gut")
    for entry_id in reply.suggestions:
        assert knowledge.faq.entries[entry_id].question in sent["text"]
    assert knowledge.texts["disclaimer"] in sent["text"]


async def test_many_users_are_all_answered(api: FakeBotAPI, bot: Application) -> None:
    for user in range(100, 120):
        api.send_text("what are probiotics", user_id=user)
    sent = await api.wait_for("sendMessage", 20)
    assert sorted(m["chat_id"] for m in sent) == list(range(100, 120))


async def test_a_failing_handler_is_logged_and_the_bot_keeps_running(
    api: FakeBotAPI, bot: Application, caplog: pytest.LogCaptureFixture
) -> None:
    api.failing_chats[18] = (400, "Bad Request: chat not found")
    api.add_update(
        {
            "message": {
                "message_id": 1,
                "date": 0,
                "text": None,
                "chat": {"id": 20, "type": "private"},
            }
        }
    )
    api.send_text("what is eczema", user_id=18)
    await api.wait_for("sendMessage", 1)
    api.send_text("what is eczema", user_id=21)
    sent = await api.wait_for("sendMessage", 2)
    assert sent[-1]["chat_id"] == 21 and "<b>What is eczema?</b>" in sent[-1]["text"]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and errors[0].getMessage() == "Exception while handling an update"
    assert "chat not found" in str(errors[0].exc_info[1]).lower()


async def test_logs_never_contain_the_token(
    api: FakeBotAPI, knowledge: Knowledge, caplog: pytest.LogCaptureFixture
) -> None:
    handler = configure_logging("DEBUG", secrets=(TOKEN,))
    try:
        caplog.set_level(logging.DEBUG)
        async with running_bot(api, knowledge):
            api.send_text("/start", user_id=19)
            api.send_text("what is eczema", user_id=19)
            await api.wait_for("sendMessage", 2)
    finally:
        logging.getLogger().removeHandler(handler)
    assert caplog.records, "expected the bot to log something at DEBUG"
    assert all(TOKEN not in record.getMessage() for record in caplog.records)
    assert TOKEN not in caplog.text
    assert "reply kind=answer entry=what-is-eczema" in caplog.text
    assert "what is eczema" not in caplog.text  # no question text in the logs by default
