"""The `faqbot` command as an operator or admin runs it, in a subprocess."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FAQ_DIR, TOKEN
from tests.fake_bot_api import FakeBotAPI

FAQBOT = str(Path(sys.executable).with_name("faqbot"))


def env_for(faq_dir: Path = FAQ_DIR, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FAQBOT_"))}
    env["FAQBOT_FAQ_DIR"] = str(faq_dir)
    env.update(extra)
    return env


def faqbot(
    *args: str, cwd: Path, stdin: str = "", faq_dir: Path = FAQ_DIR, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [FAQBOT, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=env_for(faq_dir, **extra),
    )


def test_ask_json_answers_with_the_right_entry(tmp_path: Path) -> None:
    result = faqbot("ask", "--json", "what is leaky gut", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["question"] == "what is leaky gut"
    assert (data["kind"], data["id"]) == ("answer", "what-is-leaky-gut")
    assert data["score"] > 0 and data["suggestions"] == []
    assert "not medical advice" in data["text"]


def test_ask_reads_many_questions_from_stdin(tmp_path: Path) -> None:
    questions = ["what is eczema", "", "hi", "what is diabetes", "i can't breathe"]
    result = faqbot("ask", "--json", "-", cwd=tmp_path, stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["kind"] for r in rows] == ["answer", "smalltalk", "fallback", "urgent"]
    assert [r["question"] for r in rows] == [
        "what is eczema",
        "hi",
        "what is diabetes",
        "i can't breathe",
    ]


def test_ask_prints_the_plain_reply(tmp_path: Path) -> None:
    result = faqbot("ask", "what", "are", "probiotics", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("What are probiotics?")
    assert "beneficial bacteria" in result.stdout


def test_ask_explain_shows_the_decision(tmp_path: Path) -> None:
    result = faqbot("ask", "--explain", "can good bacteria help my atopic dermatitis", cwd=tmp_path)
    assert result.returncode == 0
    assert "good bacteria -> probiotics" in result.stdout
    assert "atopic dermatitis -> eczema" in result.stdout
    assert "decision:    answer probiotics-for-eczema" in result.stdout


def test_check_passes_on_the_shipped_faq(tmp_path: Path) -> None:
    result = faqbot("check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "entries:       25" in result.stdout
    assert "conflicts:     none" in result.stdout


def test_check_lists_the_terms_no_phrasing_uses(tmp_path: Path, faq_copy: Path) -> None:
    # "dose" marks what the FAQ does not answer until an alternate uses it: then questions
    # about doses lean to that entry, and the admin sees the term leave the list.
    assert "dose" in faqbot("check", cwd=tmp_path, faq_dir=faq_copy).stdout.split("conflicts")[0]
    text = (faq_copy / "gut.yaml").read_text(encoding="utf-8")
    (faq_copy / "gut.yaml").write_text(
        text.replace("      - define leaky gut\n", "      - what dose of fibre heals leaky gut\n"),
        encoding="utf-8",
    )
    listed = faqbot("check", cwd=tmp_path, faq_dir=faq_copy).stdout.split("conflicts")[0]
    assert "unanswered:" in listed and " dose," not in listed


def check_with_phrase(
    tmp_path: Path, faq_copy: Path, first: str, phrase: str
) -> subprocess.CompletedProcess:
    """faqbot check on a copy of the FAQ whose family starting with ``first`` has ``phrase``
    put before it."""
    text = (faq_copy / "synonyms.yaml").read_text(encoding="utf-8")
    edited = text.replace(f"same: [{first},", f"same: [{phrase}, {first},", 1)
    assert edited != text
    (faq_copy / "synonyms.yaml").write_text(edited, encoding="utf-8")
    return faqbot("check", cwd=tmp_path, faq_dir=faq_copy)


def test_check_reports_synonym_phrases_that_read_as_another_family(
    tmp_path: Path, faq_copy: Path
) -> None:
    # "effective" stems to "effect", a phrase of the "work" family further down: one of the
    # two families silently loses it. check says which.
    result = check_with_phrase(tmp_path, faq_copy, "make better", "effective")
    assert result.returncode == 1
    assert "2 synonym clash(es)" in result.stdout  # "effect" and "effects"
    assert "'effect' (under 'work') reads as 'help'" in result.stdout


@pytest.mark.parametrize(
    ("phrase", "word"),
    [
        # "canned" stems to "can": every "can probiotics help ..." would mean a food the
        # articles never name, and the FAQ's own phrasings would use the term
        ("canned", "can"),
        # "gud" is text-speak for "good": every "is kefir good for my gut" would ask about a
        # food the articles never name
        ("gud", "good"),
    ],
)
def test_check_reports_synonym_phrases_that_read_as_another_word(
    tmp_path: Path, faq_copy: Path, phrase: str, word: str
) -> None:
    # check stops a phrase of the "unnamed food" family that would claim an everyday word
    result = check_with_phrase(tmp_path, faq_copy, "fruit sugar", phrase)
    assert result.returncode == 1
    assert f"'{phrase}' (under 'unnamed food') reads as '{word}'" in result.stdout


def test_check_and_run_list_every_error_and_start_nothing(tmp_path: Path, faq_copy: Path) -> None:
    (faq_copy / "bad-one.yaml").write_text(
        "entries:\n  - id: x\n    qestion: what?\n", encoding="utf-8"
    )
    (faq_copy / "bad-two.yaml").write_text("entries: [\n", encoding="utf-8")
    check = faqbot("check", cwd=tmp_path, faq_dir=faq_copy)
    assert check.returncode == 1
    assert "faq/bad-one.yaml:3: entry 'x': unknown key 'qestion'" in check.stderr
    assert "faq/bad-two.yaml:" in check.stderr and "YAML syntax error" in check.stderr
    assert "Traceback" not in check.stderr
    run = faqbot(
        "run",
        cwd=tmp_path,
        faq_dir=faq_copy,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_BASE_URL="http://127.0.0.1:9/bot",
    )
    assert run.returncode == 1
    assert run.stderr == check.stderr
    assert TOKEN not in run.stderr


def test_check_reports_phrasings_that_reach_another_entry(tmp_path: Path, faq_copy: Path) -> None:
    text = (faq_copy / "gut.yaml").read_text(encoding="utf-8")
    (faq_copy / "gut.yaml").write_text(
        text.replace("      - define leaky gut\n", "      - what is eczema exactly\n"),
        encoding="utf-8",
    )
    result = faqbot("check", cwd=tmp_path, faq_dir=faq_copy)
    assert result.returncode == 1
    assert (
        "what-is-eczema: 'What is eczema?' is 100% like what-is-leaky-gut: 'what is eczema exactly'"
    ) in result.stdout
    assert "'what is eczema exactly' gets 'did you mean' between" in result.stdout


def test_run_without_token_exits_2_with_one_sentence(tmp_path: Path) -> None:
    result = faqbot("run", cwd=tmp_path)
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stderr
    assert "@BotFather" in result.stderr and ".env" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_run_with_malformed_token_exits_2_without_echoing_it(tmp_path: Path) -> None:
    result = faqbot("run", cwd=tmp_path, TELEGRAM_BOT_TOKEN="not-a-token-secret")
    assert result.returncode == 2
    assert "does not look like a bot token" in result.stderr
    assert "not-a-token-secret" not in result.stderr


def test_run_rejects_a_bad_base_url(tmp_path: Path) -> None:
    result = faqbot("run", cwd=tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL="ftp://x")
    assert result.returncode == 2
    assert "TELEGRAM_BASE_URL" in result.stderr


def test_chat_answers_in_the_terminal_and_numbers_pick_suggestions(tmp_path: Path) -> None:
    result = faqbot("chat", cwd=tmp_path, stdin="what is leaky gut\ngut\n1\nquit\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "not medical advice" in out.split("bot>")[0]  # welcome with the disclaimer
    replies = out.split("bot> ")[1:]
    assert replies[0].startswith("What is leaky gut?")
    assert replies[1].startswith("I'm not sure which of these you mean")
    first_suggestion = replies[1].splitlines()[1].removeprefix("1. ")
    assert replies[2].startswith(first_suggestion)


def test_chat_has_the_telegram_bots_commands(tmp_path: Path) -> None:
    stdin = "/topics\n/sources\n/help\n/frobnicate\n"
    replies = faqbot("chat", cwd=tmp_path, stdin=stdin).stdout.split("bot> ")[1:]
    assert "Questions about leaky gut:\n- " in replies[0]
    assert "- What is leaky gut?" in replies[0]
    assert replies[1].startswith("My answers come from these two articles:\n- ")
    assert replies[2].startswith("Ask me a question in your own words")
    assert replies[3].startswith("I don't know that command. Try /help.")


def test_chat_picks_a_suggestion_by_its_ordinal(tmp_path: Path) -> None:
    replies = faqbot("chat", cwd=tmp_path, stdin="gut\nthe third one\n").stdout.split("bot> ")[1:]
    third = replies[0].splitlines()[3].removeprefix("3. ")
    assert replies[1].startswith(third)


def test_chat_answers_two_suggestions_picked_at_once(tmp_path: Path) -> None:
    replies = faqbot("chat", cwd=tmp_path, stdin="gut\n1 and 2\n").stdout.split("bot> ")[1:]
    first, second = (line.split(". ", 1)[1] for line in replies[0].splitlines()[1:3])
    assert replies[1].startswith(first)
    assert f"\n{second}\n" in replies[1]


def test_chat_reads_a_follow_up_with_the_last_question_answered(tmp_path: Path) -> None:
    stdin = "what is leaky gut\nwhat causes it\ncan probiotics help with it\n"
    replies = faqbot("chat", cwd=tmp_path, stdin=stdin).stdout.split("bot> ")[1:]
    assert replies[0].startswith("What is leaky gut?")
    assert replies[1].startswith("Sorry, I don't have an answer")  # what causes leaky gut
    assert replies[2].startswith("Can probiotics help with leaky gut?")


def test_chat_reads_a_follow_up_with_a_question_it_could_not_answer(tmp_path: Path) -> None:
    stdin = (
        "is eczema contagious\nwhat is it then\n"  # "it": the eczema of the question refused
        "what is diabetes\ncan probiotics help with it\n"  # diabetes, not eczema
        "thanks\nso can probiotics help it\n"  # thanks leaves the question before standing
    )
    replies = faqbot("chat", cwd=tmp_path, stdin=stdin).stdout.split("bot> ")[1:]
    assert replies[0].startswith("Sorry, I don't have an answer")
    assert replies[1].startswith("What is eczema?")
    assert replies[3].startswith("Sorry, I don't have an answer")
    assert replies[5].startswith("Sorry, I don't have an answer")


def test_chat_reads_a_follow_up_with_a_statement_made_first(tmp_path: Path) -> None:
    # with no question before, "that" is the dodgy gut of the statement (not eczema's causes)
    stdin = "my gut has been dodgy for months\ncould that be why my skin keeps flaring\n"
    replies = faqbot("chat", cwd=tmp_path, stdin=stdin).stdout.split("bot> ")[1:]
    assert replies[1].startswith("Can poor gut health cause eczema?")


def test_chat_offers_more_on_an_answer_and_picks_from_it(tmp_path: Path) -> None:
    stdin = "what is leaky gut\ntell me more\n1\n"
    replies = faqbot("chat", cwd=tmp_path, stdin=stdin).stdout.split("bot> ")[1:]
    assert replies[1].startswith("Here is more I can tell you on that")
    first = replies[1].splitlines()[1].removeprefix("1. ")
    assert first != "What is leaky gut?"
    assert replies[2].startswith(first)


def test_ask_after_reads_the_question_as_a_follow_up(tmp_path: Path) -> None:
    alone = faqbot("ask", "--json", "how do i fix it", cwd=tmp_path)
    after = faqbot("ask", "--json", "--after", "what is dysbiosis", "how do i fix it", cwd=tmp_path)
    assert json.loads(alone.stdout)["kind"] == "clarify"
    assert json.loads(after.stdout)["id"] == "how-probiotics-work"  # they restore the balance
    explained = faqbot(
        "ask", "--explain", "--after", "what is dysbiosis", "how do i fix it", cwd=tmp_path
    )
    assert "follow-up:   read as 'how do i fix dysbiosis'" in explained.stdout


def test_ask_explain_says_how_a_corrected_message_was_read(tmp_path: Path) -> None:
    explained = faqbot(
        "ask", "--explain", "what are prebiotics, sorry i mean probiotics", cwd=tmp_path
    )
    assert "corrected:   read as 'what are probiotics'" in explained.stdout
    assert "answer what-are-probiotics" in explained.stdout


def test_chat_ends_cleanly_at_end_of_input(tmp_path: Path) -> None:
    result = faqbot("chat", cwd=tmp_path, stdin="hello\n")
    assert result.returncode == 0
    assert "Traceback" not in result.stderr


async def spawn_run(tmp_path: Path, quiet: bool = False, **env: str) -> asyncio.subprocess.Process:
    """`faqbot run` in a subprocess, in ``tmp_path``, with the fake token unless ``env`` says.

    Its output is piped (read it with communicate()), or discarded when ``quiet``."""
    env.setdefault("TELEGRAM_BOT_TOKEN", TOKEN)
    if not env["TELEGRAM_BOT_TOKEN"]:
        del env["TELEGRAM_BOT_TOKEN"]
    output = asyncio.subprocess.DEVNULL if quiet else asyncio.subprocess.PIPE
    return await asyncio.create_subprocess_exec(
        FAQBOT, "run", cwd=tmp_path, env=env_for(**env), stdout=output, stderr=output
    )


async def start_run(
    tmp_path: Path, api: FakeBotAPI, token: str = TOKEN, use_dotenv: bool = False
) -> asyncio.subprocess.Process:
    if use_dotenv:
        (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN={token}\n", encoding="utf-8")
    return await spawn_run(
        tmp_path, TELEGRAM_BASE_URL=api.base_url, TELEGRAM_BOT_TOKEN="" if use_dotenv else token
    )


async def test_run_serves_telegram_and_stops_on_sigterm(tmp_path: Path, api: FakeBotAPI) -> None:
    process = await start_run(tmp_path, api, use_dotenv=True)
    try:
        api.send_text("what are probiotics?", user_id=77)
        [sent] = await api.wait_for("sendMessage", 1, timeout=30)
        assert sent["chat_id"] == 77 and "beneficial bacteria" in sent["text"]
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 20)
    assert process.returncode == 0
    log = stderr.decode()
    assert TOKEN not in log
    assert "reply kind=answer entry=what-are-probiotics" in log


async def test_run_with_a_token_telegram_rejects_exits_2_without_it(
    tmp_path: Path, api: FakeBotAPI
) -> None:
    wrong = "987654321:TEST_wrong_token_the_fake_server_rejects"
    process = await start_run(tmp_path, api, token=wrong)
    stdout, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 2
    assert "rejected TELEGRAM_BOT_TOKEN" in stderr.decode()
    assert wrong not in stdout.decode() + stderr.decode()
