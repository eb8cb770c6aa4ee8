"""The words of distress: learnt weights that open a reply with the distress text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core import Knowledge
from bot.distress import DistressWords, train
from tests.test_faq_loader import problems_of, write

CRISIS = [
    "i want to vanish and never come back",
    "i feel like vanishing for good",
    "everyone would be fine if i vanished",
    "i keep thinking about vanishing",
]
ORDINARY = [
    "what is leaky gut",
    "can probiotics help eczema",
    "i want to try kefir",
    "does sugar feed bad bacteria",
    "i keep thinking about what to eat",
]


def test_trained_weights_tell_crisis_from_ordinary_in_words_not_seen() -> None:
    scorer = DistressWords(*train(CRISIS, ORDINARY))
    assert scorer.score("honestly i might just vanish") > 0.5
    assert scorer.score("is yogurt good for the gut") < 0.5
    assert train(CRISIS, ORDINARY) == train(list(reversed(CRISIS)), ORDINARY)  # no chance


def test_function_words_count_only_beside_another_word() -> None:
    # "i" alone tells a statement from a question, not crisis from the ordinary
    features = DistressWords({}, 0.0).features("I am without me")
    assert "i" not in features and "i am" not in features
    assert {"without", "without me", "am without"} <= features


def test_training_needs_both_kinds_of_message() -> None:
    with pytest.raises(ValueError, match="crisis and ordinary"):
        train([], ORDINARY)


def with_words(faq: Path, weights: str, bias: float = -3.0) -> None:
    write(faq, "distress-words.yaml", f"distress_words:\n  bias: {bias}\n  weights: {weights}\n")


def test_a_message_the_words_score_high_gets_the_distress_text_first(faq_copy: Path) -> None:
    with_words(faq_copy, "{lighthous: 5.0, 'lighthous tonight': 1.0}")
    knowledge = Knowledge.load(faq_copy)
    reply = knowledge.respond("i keep going back to the lighthouse tonight")
    assert reply.distress and reply.text.startswith(knowledge.texts["distress"])
    assert "words of distress score it" in reply.reason and "lighthous" in reply.reason
    answered = knowledge.respond("what is leaky gut, i read it at the lighthouse")
    assert (answered.kind, answered.entry_id, answered.distress) == (
        "answer",
        "what-is-leaky-gut",
        True,
    )
    assert not knowledge.respond("what is leaky gut").distress


def test_the_threshold_comes_from_the_settings(faq_copy: Path) -> None:
    with_words(faq_copy, "{lighthous: 4.0}")  # scores 73%
    message = "the lighthouse again"
    assert Knowledge.load(faq_copy).respond(message).distress
    settings = faq_copy / "settings.yaml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(
        re.sub(r"distress_threshold: \d+", "distress_threshold: 99", text), encoding="utf-8"
    )
    assert not Knowledge.load(faq_copy).respond(message).distress


def test_an_faq_without_words_of_distress_still_works(faq_copy: Path) -> None:
    (faq_copy / "distress-words.yaml").unlink()
    knowledge = Knowledge.load(faq_copy)
    assert knowledge.distress_words is None
    assert knowledge.respond("what is leaky gut").entry_id == "what-is-leaky-gut"
    assert knowledge.respond("i'm at the end of my rope").distress  # a distress rule


@pytest.mark.parametrize(
    ("section", "problem"),
    [
        ("distress_words:\n  bias: high\n  weights: {}\n", "'bias' must be a number"),
        ("distress_words:\n  bias: 1\n  weights: [a, b]\n", "'weights' must be a mapping"),
        (
            "distress_words:\n  bias: 1\n  weights: {die: lots}\n",
            "weight of 'die' must be a number",
        ),
        ("distress_words:\n  bias: 1\n  weights: {}\n  bais: 2\n", "did you mean 'bias'"),
    ],
)
def test_bad_words_of_distress_are_reported(faq_copy: Path, section: str, problem: str) -> None:
    write(faq_copy, "distress-words.yaml", section)
    problems = problems_of(faq_copy)
    assert any(p.startswith("faq/distress-words.yaml") and problem in p for p in problems)


def test_words_of_distress_may_be_in_one_file_only(faq_copy: Path) -> None:
    write(faq_copy, "zz-more.yaml", "distress_words:\n  bias: 1\n  weights: {}\n")
    problems = problems_of(faq_copy)
    assert any("'distress_words' is also set in faq/distress-words.yaml" in p for p in problems)


def test_the_shipped_words_leave_ordinary_statements_alone(knowledge: Knowledge) -> None:
    # what people tell the bot of themselves is mostly ordinary ("i cant sleep", "i want to go
    # dairy free"); the words once scored such first-person statements as crisis
    from tests.test_quality import STATEMENTS

    threshold = knowledge.settings["distress_threshold"] / 100
    assert knowledge.distress_words is not None
    assert [s for s in STATEMENTS if knowledge.distress_words.score(s) >= threshold] == []
