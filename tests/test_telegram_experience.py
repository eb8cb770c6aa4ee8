"""What users see in Telegram, through the real Application and the fake Bot API over HTTP."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot import telegram_app
from bot.core import Knowledge
from bot.render import split_html
from bot.telegram_app import STORE
from tests.conftest import running_bot
from tests.fake_bot_api import BOT_ID, BOT_USERNAME, FakeBotAPI


def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    markup = message.get("reply_markup") or {}
    return [
        (b["text"], b.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]


def balanced(html: str) -> bool:
    stack = []
    for closing, name in re.findall(r"<(/?)(\w+)[^>]*>", html):
        if closing:
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


async def next_message(api: FakeBotAPI, count: int) -> dict[str, Any]:
    await api.wait_for("sendMessage", count)
    return api.messages[count - 1]


# -- commands -------------------------------------------------------------------------


async def test_command_menu_is_set_at_start_up(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    [call] = await api.wait_for("setMyCommands", 1)
    names = [c["command"] for c in call["commands"]]
    assert names == ["start", "help", "topics", "sources"]
    assert call["commands"][0]["description"] == knowledge.texts["command_start"]


async def test_start_offers_example_questions_that_answer_when_tapped(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("/start", user_id=31)
    welcome = await next_message(api, 1)
    assert knowledge.texts["disclaimer"] in welcome["text"]
    examples = buttons(welcome)
    assert 3 <= len(examples) <= 4
    assert examples[0] == (
        knowledge.faq.entries["what-is-leaky-gut"].question,
        "a:what-is-leaky-gut",
    )
    api.tap(welcome, examples[1][1], user_id=31)
    answer = await next_message(api, 2)
    entry = knowledge.faq.entries[examples[1][1][2:]]
    assert answer["text"].startswith(f"<b>{entry.question}</b>")
    [ack] = await api.wait_for("answerCallbackQuery", 1)
    assert "text" not in ack


async def test_help_lists_the_commands(api: FakeBotAPI, bot: Application) -> None:
    api.send_text("/help", user_id=32)
    message = await next_message(api, 1)
    for command in ("/topics", "/sources", "/help"):
        assert command in message["text"]


async def test_sources_lists_both_articles(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("/sources", user_id=33)
    message = await next_message(api, 1)
    for source in knowledge.faq.sources.values():
        assert source.title in message["text"]


async def test_topics_browse_topic_then_pages_then_answer(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("/topics", user_id=34)
    listing = await next_message(api, 1)
    tags = buttons(listing)
    assert [data for _, data in tags] == [f"t:0:{tag}" for tag in knowledge.faq.tags]
    # "probiotics" has more questions than fit on a page: it is paginated.
    probiotics = knowledge.entries_tagged("probiotics")
    page_size = knowledge.settings["topics_page_size"]
    assert len(probiotics) > page_size
    api.tap(listing, "t:0:probiotics", user_id=34)
    [edit] = await api.wait_for("editMessageText", 1)
    first_page = buttons(api.messages[0])
    assert [d for _, d in first_page if d.startswith("a:")] == [
        f"a:{e}" for e in probiotics[:page_size]
    ]
    assert ("Next ›", "t:1:probiotics") in first_page
    assert "probiotics" in edit["text"] and "(1/2)" in edit["text"]
    api.tap(api.messages[0], "t:1:probiotics", user_id=34)
    await api.wait_for("editMessageText", 2)
    second_page = buttons(api.messages[0])
    assert [d for _, d in second_page if d.startswith("a:")] == [
        f"a:{e}" for e in probiotics[page_size:]
    ]
    assert ("‹ Previous", "t:0:probiotics") in second_page
    assert ("« All topics", "T") in second_page
    api.tap(api.messages[0], second_page[0][1], user_id=34)
    answer = await next_message(api, 2)
    assert answer["text"].startswith(f"<b>{knowledge.faq.entries[probiotics[page_size]].question}")
    api.tap(api.messages[0], "T", user_id=34)
    await api.wait_for("editMessageText", 3)
    assert buttons(api.messages[0]) == tags
    assert len(api.sent("answerCallbackQuery")) == 4


# -- replies ----------------------------------------------------------------------------


async def test_answer_has_question_sources_disclaimer_related_and_feedback(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("what is leaky gut", user_id=35)
    message = await next_message(api, 1)
    entry = knowledge.faq.entries["what-is-leaky-gut"]
    assert message["text"].startswith(f"<b>{entry.question}</b>\n\n")
    assert "Can Probiotics Help with Leaky Gut and Eczema?" in message["text"]
    assert message["text"].endswith(f"<i>{knowledge.texts['disclaimer']}</i>")
    keyboard = buttons(message)
    assert keyboard[:-2] == [
        (knowledge.faq.entries[r].question, f"a:{r}") for r in entry.related[:3]
    ]
    assert keyboard[-2:] == [("👍", "f:what-is-leaky-gut:1"), ("👎", "f:what-is-leaky-gut:0")]


async def test_a_message_asking_two_things_gets_both_answers_in_one_reply(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("what is leaky gut and can probiotics help it?", user_id=75)
    message = await next_message(api, 1)
    entries = knowledge.faq.entries
    first, second = entries["what-is-leaky-gut"], entries["probiotics-for-leaky-gut"]
    assert message["text"].startswith(f"<b>{first.question}</b>\n\n")
    assert f"<b>{second.question}</b>" in message["text"]
    disclaimer = f"<i>{knowledge.texts['disclaimer']}</i>"
    assert message["text"].endswith(disclaimer) and message["text"].count(disclaimer) == 1
    related = [data for _, data in buttons(message) if data.startswith("a:")]
    assert related and not {"a:what-is-leaky-gut", "a:probiotics-for-leaky-gut"} & set(related)


async def test_feedback_tap_is_acknowledged_recorded_and_buttons_update(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("what is leaky gut", user_id=36)
    message = await next_message(api, 1)
    api.tap(message, "f:what-is-leaky-gut:1", user_id=36)
    [ack] = await api.wait_for("answerCallbackQuery", 1)
    assert ack["text"] == knowledge.texts["feedback_thanks"]
    [_edit] = await api.wait_for("editMessageReplyMarkup", 1)
    after = buttons(api.messages[0])
    assert not any(data.startswith("f:") for _, data in after)
    assert after[-1] == (knowledge.texts["button_thanks"], "n")
    assert [b for b in after if b[1].startswith("a:")] == [
        b for b in buttons(message) if b[1].startswith("a:")
    ]
    stats = await bot.bot_data[STORE].stats_async()  # the vote is in the analytics store
    assert stats.feedback["what-is-leaky-gut"] == (1, 0)
    api.tap(api.messages[0], "n", user_id=36)  # the spent button is answered too
    await api.wait_for("answerCallbackQuery", 2)


async def test_clarify_offers_buttons_that_answer(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("leaky gut eczema probiotics", user_id=37)
    message = await next_message(api, 1)
    assert message["text"].startswith(knowledge.texts["clarify"])
    options = buttons(message)
    assert 2 <= len(options) <= 3 and all(d.startswith("a:") for _, d in options)
    api.tap(message, options[1][1], user_id=37)
    answer = await next_message(api, 2)
    assert answer["text"].startswith(f"<b>{options[1][0]}</b>")


async def test_a_follow_up_is_read_with_the_last_question_answered(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    entries = knowledge.faq.entries
    api.send_text("what is leaky gut?", user_id=70)
    await next_message(api, 1)
    api.send_text("can probiotics help with it?", user_id=70)  # alone: how probiotics work
    answer = await next_message(api, 2)
    assert answer["text"].startswith(f"<b>{entries['probiotics-for-leaky-gut'].question}</b>")
    # another user, or this user in another chat, has asked nothing before it
    api.send_text("can probiotics help with it?", user_id=71)
    alone = await next_message(api, 3)
    assert alone["text"].startswith(f"<b>{entries['how-probiotics-work'].question}</b>")
    # a tapped suggestion is a question answered too: "what causes it" then asks what causes
    # leaky gut, which the articles never say (alone, it would get the eczema-causes entry)
    api.send_text("gut", user_id=72)
    clarify = await next_message(api, 4)
    assert ("What is leaky gut?", "a:what-is-leaky-gut") in buttons(clarify)
    api.tap(clarify, "a:what-is-leaky-gut", user_id=72)
    await next_message(api, 5)
    api.send_text("what causes it", user_id=72)
    follow = await next_message(api, 6)
    assert follow["text"] == knowledge.texts["fallback"]


async def test_a_follow_up_is_read_with_a_question_the_bot_could_not_answer(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("what is leaky gut?", user_id=86)
    await next_message(api, 1)
    api.send_text("what is diabetes?", user_id=86)
    refused = await next_message(api, 2)
    assert refused["text"] == knowledge.texts["fallback"]
    # "it" is diabetes, not leaky gut: the articles say nothing of it
    api.send_text("can probiotics help with it?", user_id=86)
    follow = await next_message(api, 3)
    assert follow["text"] == knowledge.texts["fallback"]
    api.send_text("is eczema contagious", user_id=87)
    await next_message(api, 4)
    api.send_text("what is it then?", user_id=87)
    answer = await next_message(api, 5)
    assert answer["text"].startswith(f"<b>{knowledge.faq.entries['what-is-eczema'].question}</b>")


async def test_a_follow_up_points_back_at_a_statement_made_first(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("my gut has been dodgy for months", user_id=88)
    await next_message(api, 1)
    api.send_text("could that be why my skin keeps flaring?", user_id=88)
    follow = await next_message(api, 2)
    question = knowledge.faq.entries["gut-health-cause-eczema"].question
    assert follow["text"].startswith(f"<b>{question}</b>")


async def test_tell_me_more_offers_the_questions_on_the_same_thing_and_again_repeats(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    entries = knowledge.faq.entries
    api.send_text("what is leaky gut?", user_id=78)
    answer = await next_message(api, 1)
    api.send_text("interesting, tell me more", user_id=78)
    more = await next_message(api, 2)
    assert more["text"].startswith(knowledge.texts["more"])
    assert more["text"].endswith(f"<i>{knowledge.texts['disclaimer']}</i>")
    options = [data[2:] for _, data in buttons(more)]
    assert "what-is-leaky-gut" not in options
    assert options[0] in entries["what-is-leaky-gut"].related  # the admins' own pick first
    api.send_text("2", user_id=78)  # a number picks as after "did you mean"
    picked = await next_message(api, 3)
    assert picked["text"].startswith(f"<b>{entries[options[1]].question}</b>")
    api.send_text("can you say that again?", user_id=78)  # the answer just picked
    again = await next_message(api, 4)
    assert again["text"] == picked["text"]
    api.send_text("tell me more", user_id=79)  # nothing answered before: what the bot does
    help_text = await next_message(api, 5)
    assert "/topics" in help_text["text"]
    assert answer["text"] != again["text"]


async def test_a_reply_to_an_answer_is_read_with_that_answers_question(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("what is leaky gut?", user_id=74)
    first = await next_message(api, 1)
    api.send_text("what is dysbiosis?", user_id=74)  # the last question answered
    await next_message(api, 2)
    # Telegram gives the replied-to message as plain text: the answer opens with its question
    plain = re.sub(r"<[^>]+>", "", first["text"])
    api.message_update(
        {
            "chat": {"id": 74, "type": "private", "first_name": "Ada"},
            "from": {"id": 74, "is_bot": False, "first_name": "Ada"},
            "text": "can probiotics help with it?",
            "reply_to_message": {
                "message_id": first["message_id"],
                "date": first["date"],
                "chat": {"id": 74, "type": "private", "first_name": "Ada"},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "FAQ Bot"},
                "text": plain,
            },
        }
    )
    answer = await next_message(api, 3)
    entry = knowledge.faq.entries["probiotics-for-leaky-gut"]
    assert answer["text"].startswith(f"<b>{entry.question}</b>")


async def test_a_follow_up_long_after_the_answer_is_read_on_its_own(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(telegram_app, "FOLLOW_UP_SECONDS", -1.0)  # every answer is old
    api.send_text("what is leaky gut?", user_id=73)
    await next_message(api, 1)
    api.send_text("can probiotics help with it?", user_id=73)
    alone = await next_message(api, 2)
    entry = knowledge.faq.entries["how-probiotics-work"]
    assert alone["text"].startswith(f"<b>{entry.question}</b>")


async def test_a_number_or_an_ordinal_typed_back_picks_a_suggestion(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("gut", user_id=76)
    clarify = await next_message(api, 1)
    options = [data[2:] for _, data in buttons(clarify)]
    api.send_text("the second one", user_id=76)
    picked = await next_message(api, 2)
    assert picked["text"].startswith(f"<b>{knowledge.faq.entries[options[1]].question}</b>")
    api.send_text("2", user_id=76)  # the suggestions were used: "2" is a question again
    again = await next_message(api, 3)
    assert again["text"] == knowledge.texts["fallback"]


async def test_two_suggestions_picked_at_once_come_in_one_reply(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("gut", user_id=77)
    clarify = await next_message(api, 1)
    options = [data[2:] for _, data in buttons(clarify)]
    api.send_text("1 and 3", user_id=77)
    both = await next_message(api, 2)
    first, third = (knowledge.faq.entries[options[i]].question for i in (0, 2))
    assert both["text"].startswith(f"<b>{first}</b>")
    assert f"<b>{third}</b>" in both["text"]
    assert both["text"].count(knowledge.texts["disclaimer"]) == 1


async def test_fallback_offers_topics(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("what is the capital of france", user_id=38)
    message = await next_message(api, 1)
    assert message["text"] == knowledge.texts["fallback"]
    assert buttons(message) == [(knowledge.texts["button_topics"], "T")]
    api.tap(message, "T", user_id=38)
    await api.wait_for("editMessageText", 1)
    assert api.messages[0]["text"] == knowledge.texts["topics_header"]


async def test_urgent_reply_has_no_faq_buttons(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_text("my throat is closing and i can't breathe", user_id=39)
    message = await next_message(api, 1)
    assert message["text"] == knowledge.texts["urgent"]
    assert "reply_markup" not in message


@pytest.mark.parametrize(
    "data",
    [
        "a:no-such-entry",
        "f:no-such-entry:1",
        "t:0:no-such-tag",
        "garbage",
        "f:what-is-leaky-gut:7",
        "t:x:probiotics",
        "",
    ],
)
async def test_stale_or_forged_buttons_get_a_polite_answer(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge, data: str
) -> None:
    api.send_text("what is eczema", user_id=40)
    message = await next_message(api, 1)
    api.tap(message, data, user_id=40)
    [ack] = await api.wait_for("answerCallbackQuery", 1)
    assert ack["text"] == knowledge.texts["stale_button"]
    assert ack["show_alert"] is True
    api.send_text("what is eczema", user_id=40)  # and the bot still works
    await api.wait_for("sendMessage", 2)


# -- inline mode ----------------------------------------------------------------------


async def test_inline_query_lists_matching_answers_with_the_disclaimer(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.inline("leaky gut")
    [call] = await api.wait_for("answerInlineQuery", 1)
    results = call["results"]
    assert 1 <= len(results) <= 5
    assert results[0]["id"] in knowledge.entries_tagged("leaky gut")
    for result in results:
        assert result["type"] == "article"
        content = result["input_message_content"]
        assert knowledge.texts["disclaimer"] in content["message_text"]
        assert content["parse_mode"] == "HTML"


async def test_empty_inline_query_lists_popular_entries(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.inline("")
    [call] = await api.wait_for("answerInlineQuery", 1)
    assert [r["id"] for r in call["results"]] == list(knowledge.settings["start_examples"])


async def test_urgent_inline_query_gets_only_the_urgent_text(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.inline("x" * 200 + " i can't breathe")
    [call] = await api.wait_for("answerInlineQuery", 1)
    [result] = call["results"]
    assert result["input_message_content"]["message_text"] == knowledge.texts["urgent"]


async def test_inline_query_that_sounds_like_distress_offers_the_distress_text_first(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.inline("i hate being alive")
    [call] = await api.wait_for("answerInlineQuery", 1)
    [result] = call["results"]  # no FAQ entry for a message that asks nothing of the FAQ
    assert result["title"] == knowledge.texts["inline_distress_title"]
    assert result["input_message_content"]["message_text"] == knowledge.texts["distress"]
    api.inline("i feel hopeless, can probiotics help eczema")
    [_, call] = await api.wait_for("answerInlineQuery", 2)
    first, *answers = call["results"]
    assert first["input_message_content"]["message_text"] == knowledge.texts["distress"]
    assert answers and answers[0]["id"] == "probiotics-for-eczema"


# -- groups and odd input ---------------------------------------------------------------


async def test_groups_get_replies_only_when_the_bot_is_addressed(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    api.send_group_text("what is eczema", chat_id=-501)  # ignored: not for the bot
    api.send_group_text("what is leaky gut", chat_id=-501, mention=True)
    first = await next_message(api, 1)
    assert first["chat"]["id"] == -501 and "<b>What is leaky gut?</b>" in first["text"]
    api.send_group_text(
        "what are probiotics",
        chat_id=-501,
        reply_to={**first, "from": {"id": BOT_ID, "is_bot": True, "first_name": "FAQ Bot"}},
    )
    second = await next_message(api, 2)
    assert "<b>What are probiotics?</b>" in second["text"]
    api.send_group_text(f"/help@{BOT_USERNAME}", chat_id=-501)
    third = await next_message(api, 3)
    assert "/topics" in third["text"]
    await asyncio.sleep(0.3)
    assert len(api.sent()) == 3
    assert not any("What is eczema?" in m["text"] for m in api.messages)


async def test_a_mention_under_a_members_question_answers_that_question(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    member = {
        "message_id": 9001,
        "date": 0,
        "chat": {"id": -502, "type": "supergroup", "title": "Eczema parents"},
        "from": {"id": 2002, "is_bot": False, "first_name": "Bea"},
        "text": "does anyone know if kefir is good for the gut?",
    }
    api.send_group_text("can you answer this", chat_id=-502, mention=True, reply_to=member)
    first = await next_message(api, 1)
    entry = knowledge.faq.entries["fermented-foods"]
    assert first["text"].startswith(f"<b>{entry.question}</b>")
    # a question of its own, under someone's chat, is still its own question
    api.send_group_text(
        "what is dysbiosis", chat_id=-502, mention=True, reply_to={**member, "text": "lol same"}
    )
    second = await next_message(api, 2)
    assert second["text"].startswith("<b>What is dysbiosis?</b>")
    # and a member's question the FAQ does not answer gets "I don't know", not another entry
    api.send_group_text(
        "can you answer this",
        chat_id=-502,
        mention=True,
        reply_to={**member, "text": "is eczema contagious?"},
    )
    third = await next_message(api, 3)
    assert third["text"].startswith(knowledge.texts["fallback"].split("\n")[0][:40])


@pytest.mark.parametrize(
    "content",
    [
        {
            "sticker": {
                "file_id": "s1",
                "file_unique_id": "u1",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        },
        {"photo": [{"file_id": "p1", "file_unique_id": "u2", "width": 90, "height": 90}]},
        {"voice": {"file_id": "v1", "file_unique_id": "u3", "duration": 3}},
        {"location": {"latitude": 51.5, "longitude": -0.12}},
        {"document": {"file_id": "d1", "file_unique_id": "u4"}},
    ],
)
async def test_non_text_messages_get_asked_for_text(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge, content: dict
) -> None:
    api.message_update(
        {
            "chat": {"id": 41, "type": "private"},
            "from": {"id": 41, "is_bot": False, "first_name": "Ada"},
            **content,
        }
    )
    message = await next_message(api, 1)
    assert message["text"] == knowledge.texts["non_text"]


async def test_edited_messages_are_not_answered_again(api: FakeBotAPI, bot: Application) -> None:
    api.send_text("what is eczema", user_id=42)
    await next_message(api, 1)
    api.add_update(
        {
            "edited_message": {
                "message_id": 1,
                "date": 0,
                "edit_date": 1,
                "text": "what is leaky gut",
                "chat": {"id": 42, "type": "private"},
                "from": {"id": 42, "is_bot": False, "first_name": "Ada"},
            }
        }
    )
    api.send_text("what are probiotics", user_id=42)
    await next_message(api, 2)
    assert len(api.sent()) == 2
    assert "leaky gut" not in api.messages[1]["text"].split("\n")[0].lower()


async def test_a_4096_character_question_is_answered(api: FakeBotAPI, bot: Application) -> None:
    question = ("what is leaky gut " * 300)[:4096]
    api.send_text(question, user_id=43)
    message = await next_message(api, 1)
    assert len(message["text"]) <= 4096


async def test_long_answers_are_split_without_breaking_html(
    api: FakeBotAPI,
    faq_copy: Path,
) -> None:
    long_answer = " ".join(f"Sentence {i} has <tags> & ampersands in it." for i in range(400))
    (faq_copy / "zz-long.yaml").write_text(
        "entries:\n  - id: long-one\n    question: Tell me the very long story?\n"
        f'    alternates: [the very long story]\n    answer: "{long_answer}"\n'
        "    sources: [gut-health-eczema]\n",
        encoding="utf-8",
    )
    knowledge = Knowledge.load(faq_copy)
    async with running_bot(api, knowledge):
        api.send_text("tell me the very long story", user_id=44)
        await asyncio.sleep(0.2)
        sent = await api.wait_for("sendMessage", 5)
        await asyncio.sleep(0.3)
    sent = api.sent()
    assert len(sent) >= 5
    assert all(len(m["text"]) <= 4096 and balanced(m["text"]) for m in sent)
    assert "reply_markup" in sent[-1] and all("reply_markup" not in m for m in sent[:-1])
    joined = " ".join(m["text"] for m in sent)
    assert "&lt;tags&gt; &amp; ampersands" in joined
    assert "Sentence 0 has" in joined and "Sentence 399 has" in joined
    assert sent[-1]["text"].endswith(f"<i>{knowledge.texts['disclaimer']}</i>")


def test_split_html_keeps_every_chunk_valid() -> None:
    html = "<b>Title</b>\n\n" + ("word &amp; <i>italic " + "x" * 5000 + " more</i> end ") * 3
    chunks = split_html(html, limit=1000)
    assert all(len(c) <= 1000 and balanced(c) for c in chunks)
    for chunk in chunks:
        assert not re.search(r"&[a-z]*$", chunk.replace("</i>", "").replace("</b>", ""))
    plain = re.sub(r"<[^>]+>", "", "".join(chunks))
    assert plain.count("x") == 15000 and plain.count("&amp;") == 3


# -- limits and load ------------------------------------------------------------------


async def test_a_flooding_user_is_asked_once_to_slow_down(
    api: FakeBotAPI,
    faq_copy: Path,
) -> None:
    settings = faq_copy / "settings.yaml"
    settings.write_text(
        re.sub(r"flood_limit: \d+", "flood_limit: 5", settings.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    knowledge = Knowledge.load(faq_copy)
    async with running_bot(api, knowledge, rate_limit=False):
        for _ in range(9):
            api.send_text("what is eczema", user_id=45)
        api.send_text("what are probiotics", user_id=46)
        await api.wait_for("sendMessage", 7)
        await asyncio.sleep(0.5)
    to_flooder = [m["text"] for m in api.sent() if m["chat_id"] == 45]
    assert len(to_flooder) == 6
    assert to_flooder.count(knowledge.texts["slow_down"]) == 1
    assert [m for m in api.sent() if m["chat_id"] == 46]


async def test_retry_after_from_telegram_is_waited_out(api: FakeBotAPI, bot: Application) -> None:
    api.throttle_next = 1
    api.send_text("what is eczema", user_id=47)
    attempts = await api.wait_for("sendMessage", 2, timeout=15)
    message = attempts[-1]
    assert message["chat_id"] == 47 and "<b>What is eczema?</b>" in message["text"]
    assert len(api.messages) == 1


async def test_fifty_users_at_once_are_all_answered_in_order(
    api: FakeBotAPI, bot: Application, knowledge: Knowledge
) -> None:
    questions = ["what is eczema", "what are probiotics", "what is leaky gut"]
    expected = [
        f"<b>{knowledge.faq.entries[e].question}</b>"
        for e in ("what-is-eczema", "what-are-probiotics", "what-is-leaky-gut")
    ]
    for question in questions:
        for user in range(500, 550):
            api.send_text(question, user_id=user)
    await api.wait_for("sendMessage", 150, timeout=30)
    for user in range(500, 550):
        replies = [m["text"] for m in api.sent() if m["chat_id"] == user]
        assert [r.split("\n")[0] for r in replies] == expected, user


async def test_one_slow_update_does_not_hold_up_other_users(
    api: FakeBotAPI, bot: Application
) -> None:
    api.slow_chats[60] = 3.0
    api.send_text("what is eczema", user_id=60)
    await asyncio.sleep(0.2)
    started = asyncio.get_running_loop().time()
    for user in (61, 62, 63):
        api.send_text("what are probiotics", user_id=user)
    while len([m for m in api.messages if m["chat"]["id"] in (61, 62, 63)]) < 3:
        await asyncio.sleep(0.02)
        assert asyncio.get_running_loop().time() - started < 2.0, "others waited for the slow one"
    assert not [m for m in api.messages if m["chat"]["id"] == 60]
    await api.wait_for("sendMessage", 4, timeout=10)


async def test_server_errors_are_retried_a_few_times(api: FakeBotAPI, bot: Application) -> None:
    api.failing_chats[64] = (500, "Internal Server Error")
    api.send_text("what is eczema", user_id=64)
    await api.wait_for("sendMessage", 2)
    del api.failing_chats[64]  # Telegram recovers: the next try gets through
    attempts = await api.wait_for("sendMessage", 3, timeout=10)
    assert [a["chat_id"] for a in attempts] == [64, 64, 64]
    assert len(api.messages) == 1 and "<b>What is eczema?</b>" in api.messages[0]["text"]


async def test_a_user_who_blocked_the_bot_does_not_stop_others(
    api: FakeBotAPI, bot: Application, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")  # the note is at INFO; do not rely on another test's level
    api.failing_chats[65] = (403, "Forbidden: bot was blocked by the user")
    api.send_text("what is eczema", user_id=65)
    api.send_text("what is eczema", user_id=66)
    await api.wait_for("sendMessage", 2)
    await asyncio.sleep(0.2)
    assert [m["chat"]["id"] for m in api.messages] == [66]
    assert len([c for c in api.sent() if c["chat_id"] == 65]) == 1  # not retried
    assert "blocked the bot" in caplog.text


async def test_a_reply_that_fails_for_good_is_logged_after_bounded_retries(
    api: FakeBotAPI, bot: Application, caplog: pytest.LogCaptureFixture
) -> None:
    api.failing_chats[67] = (500, "Internal Server Error")
    api.send_text("what is eczema", user_id=67)
    await api.wait_for("sendMessage", 4, timeout=15)
    for _ in range(40):
        if "reply not delivered after 4 tries" in caplog.text:
            break
        await asyncio.sleep(0.1)
    assert "reply not delivered after 4 tries" in caplog.text
    await asyncio.sleep(0.5)
    assert len(api.sent()) == 4  # bounded: no fifth try
