"""The conversation core, as a user of any front end sees it."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.core import Knowledge


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("what is leaky gut", "what-is-leaky-gut"),
        ("What is leaky gut?", "what-is-leaky-gut"),
        ("WHAT IS LEAKY GUT!!!", "what-is-leaky-gut"),
        ("wat is leeky gut", "what-is-leaky-gut"),
        ("leaky gut what is it", "what-is-leaky-gut"),
        ("what is atopic dermatits", "what-is-eczema"),
        ("can probiotcs help my ecezma", "probiotics-for-eczema"),
        ("my son has eczema, would probiotics help", "probiotics-children"),
        ("gut skin conection", "gut-skin-axis"),
        ("which foods have good bacteria in them", "fermented-foods"),
        ("does leaky gut cause eczema", "leaky-gut-and-eczema"),
        # "grand" is a word of its own, not a slip of "brand" (a product: refused)
        ("would it be grand to give my wee lad probiotics for his eczema", "probiotics-children"),
        # short words with letters swapped; "dose" after "what" that asks what something means
        ("can probiotcs help wiht eczema", "probiotics-for-eczema"),
        ("wat dose leaky gut meen", "what-is-leaky-gut"),
        # exam furniture is no part of the question
        ("define eczema (2 marks)", "what-is-eczema"),
        ("Q3. explain the link between leaky gut and eczema (4 marks)", "leaky-gut-and-eczema"),
    ],
)
def test_questions_as_typed_get_the_right_answer(
    knowledge: Knowledge, question: str, entry_id: str
) -> None:
    reply = knowledge.respond(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id)
    assert 0 < reply.score <= 100
    assert knowledge.faq.entries[entry_id].answer in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what is diabetes",
        "how do i treat psoriasis",
        "what's the weather like tomorrow",
        "who won the football",
        "how much probiotics should i take a day",
        "can you recommend a good pizza place",
        "my probiotics dont work, what now",  # no effect, not how they work
        "my holiday is in 2 weeks, will probiotics fix my gut in time",  # how long
        "what dose should kids take",  # a dose, not "does"
        "can i take probiotics alongside homeopathic remedies",  # another medicine
    ],
)
def test_questions_the_faq_does_not_answer_get_the_fallback(
    knowledge: Knowledge, question: str
) -> None:
    reply = knowledge.respond(question)
    assert reply.kind == "fallback"
    assert reply.entry_id is None
    assert reply.text == knowledge.texts["fallback"]


def test_every_answer_and_clarify_carries_the_disclaimer(knowledge: Knowledge) -> None:
    disclaimer = knowledge.texts["disclaimer"]
    seen = set()
    for question in [
        "what is eczema",
        "probiotics",
        "gut",
        "bacteria",
        "eczema and gut",
        "leaky gut and probiotics",
        "stress",
        "what are strains",
    ]:
        reply = knowledge.respond(question)
        seen.add(reply.kind)
        if reply.kind in ("answer", "clarify"):
            assert disclaimer in reply.text
    assert {"answer", "clarify"} <= seen


def test_clarify_offers_up_to_three_entries(knowledge: Knowledge) -> None:
    reply = knowledge.respond("gut")
    assert reply.kind == "clarify"
    assert 2 <= len(reply.suggestions) <= 3
    assert all(s in knowledge.faq.entries for s in reply.suggestions)
    for suggestion in reply.suggestions:
        assert knowledge.faq.entries[suggestion].question in reply.text


@pytest.mark.parametrize(
    ("message", "text_key"),
    [
        ("my throat is swelling and i can't breathe", "urgent"),
        ("my baby has a fever and a rash", "urgent"),
        ("there is blood in my stool", "urgent"),
        ("severe stomach pain since last night", "urgent"),
        ("I had an allergic reaction to a probiotic", "urgent"),
        ("there's 🩸 in my poo", "urgent"),  # an emoji for the word
        ("there's blood when i wipe", "urgent"),
        ("my stomach pain is 10/10", "urgent"),  # pain at the top of the scale
        ("my chest feels crushed and my left arm is numb", "urgent"),
        ("my face blew up after eating kimchi", "urgent"),
        ("sharp pain in lower right side of tummy and fever", "urgent"),
        ("my stomach is rock hard and really painful", "urgent"),
        ("i'm covered in hives and feel dizzy after kefir", "urgent"),
        ("everything went black and i hit the floor", "urgent"),
        ("thinking of ending things", "crisis"),
        # dehydration: "drink more water" is no answer to a child who keeps nothing down
        ("my toddler can't keep any fluids down", "urgent"),
        ("my baby hasn't had a wet nappy all day", "urgent"),
        ("my son's eczema cracked and now red streaks are spreading up his leg", "urgent"),
        ("stomach pain and black poo after probiotics", "urgent"),
        ("i want to kill myself", "crisis"),
        ("I've been thinking about suicide", "crisis"),
    ],
)
def test_urgent_messages_get_the_urgent_reply_not_an_answer(
    knowledge: Knowledge, message: str, text_key: str
) -> None:
    reply = knowledge.respond(message)
    assert reply.kind == "urgent"
    assert reply.text == knowledge.texts[text_key]
    assert reply.entry_id is None and not reply.suggestions


@pytest.mark.parametrize(
    "message",
    [
        "is eczema itchy",
        "can probiotics cause stomach upset",
        "does stress affect my gut",
        "is stomach pain 3/10 normal with ibs",
        "i rate kefir 10/10 for my gut",
        "my kid blew up a balloon, is that ok with eczema",
        "can stress make my chest feel tight",
        "thinking of ending things with my gp and trying probiotics",
        "how much water should a toddler drink",
    ],
)
def test_symptom_words_in_ordinary_questions_are_no_alarm(
    knowledge: Knowledge, message: str
) -> None:
    assert knowledge.respond(message).kind != "urgent"


@pytest.mark.parametrize(
    ("message", "key"),
    [
        ("hi", "smalltalk_greeting"),
        ("Hello there!", "smalltalk_greeting"),
        ("thanks!", "smalltalk_thanks"),
        ("thank you so much", "smalltalk_thanks"),
        ("bye", "smalltalk_goodbye"),
        # a small-talk word with nothing but filler beside it
        ("thanks a million!", "smalltalk_thanks"),
        ("hi again", "smalltalk_greeting"),
        ("cheers, that was really helpful", "smalltalk_thanks"),
        ("ok bye for now, take care", "smalltalk_goodbye"),
        ("how are you doing?", "smalltalk_greeting"),  # not a question about the bot
        # a greeting that is a word of the FAQ's ("in the morning"), with a pleasantry
        ("morning, hope you're well", "smalltalk_greeting"),
        # chat words the synonyms drop as filler
        ("thanks bestie", "smalltalk_thanks"),
        # a letter held down
        ("heyyy", "smalltalk_greeting"),
        ("thanksss", "smalltalk_thanks"),
        ("byeeee", "smalltalk_goodbye"),
        # "I'll" is not "ill"; whom the thanks are passed on to says nothing
        ("thanks, i'll tell my mum", "smalltalk_thanks"),
        # a message to see whether the bot works
        ("test", "smalltalk_greeting"),
        ("is this thing on?", "smalltalk_greeting"),
        ("cheers, off to the shops then", "smalltalk_thanks"),
        ("thank you, that's useful", "smalltalk_thanks"),  # not "use", to take
        ("thanks x1000", "smalltalk_thanks"),
        ("byeee x", "smalltalk_goodbye"),  # "bye", held down, and a kiss
        ("that's exactly what i wanted to know, thanks", "smalltalk_thanks"),
        # three pieces of small talk are still small talk
        ("brilliant, thank you so much, that clears it up", "smalltalk_thanks"),
        ("lovely, thanks a lot, you've been a great help", "smalltalk_thanks"),
        # thanks to the bot by name are thanks, not the question of what the bot is
        ("thanks bot", "smalltalk_thanks"),
        ("good stuff, thanks bot", "smalltalk_thanks"),
        ("cheers chatbot", "smalltalk_thanks"),
        # asking what the bot can do gets the /help text, not "did you mean gut health tips"
        ("what can you do?", "help"),
        ("help", "help"),
        ("what can I ask you", "help"),
        # "what's" and "how's" are "whats" and "hows", as the phrases spell them
        ("yo what's up", "smalltalk_greeting"),
        ("hi bot, how's it going", "smalltalk_greeting"),
        ("ok i'm off now", "smalltalk_goodbye"),
        ("thank you very much indeed", "smalltalk_thanks"),
    ],
)
def test_small_talk(knowledge: Knowledge, message: str, key: str) -> None:
    reply = knowledge.respond(message)
    assert (reply.kind, reply.text) == ("smalltalk", knowledge.texts[key])


@pytest.mark.parametrize(
    "message",
    [
        "not helpful",
        "that wasn't helpful",
        "that's not very useful",
        "you got it wrong",
        "that doesn't answer my question",
        "that's not an answer",
        "none of these",
        "not that one",
    ],
)
def test_a_complaint_about_the_reply_gets_i_dont_know_not_thanks_nor_the_answer_again(
    knowledge: Knowledge, message: str
) -> None:
    # not "You're welcome!", nor the answer just given again: "I don't know", which asks for
    # other words and offers the topics
    assert knowledge.respond(message).text == knowledge.texts["fallback"]
    assert knowledge.respond(message, "what is leaky gut").text == knowledge.texts["fallback"]


@pytest.mark.parametrize(
    "message",
    [
        "no thanks",
        "no worries",
        "not bad, thanks",
        "no that's it thanks",
        "that answers my question",  # word for word a phrase of thanks, not the bot's entry
    ],
)
def test_a_no_that_turns_no_remark_round_is_still_thanks(
    knowledge: Knowledge, message: str
) -> None:
    assert knowledge.respond(message).text == knowledge.texts["smalltalk_thanks"]


@pytest.mark.parametrize(
    "message",
    [
        "thanks, that really helped",
        "thanks, it helped a lot",
        "thanks, because that was so useful",
        "thanks, exactly what i was looking for",
        "you were so helpful earlier, thank you",
    ],
)
def test_thanks_with_a_remark_around_words_of_degree_is_thanks(
    knowledge: Knowledge, message: str
) -> None:
    assert knowledge.respond(message).text == knowledge.texts["smalltalk_thanks"]


@pytest.mark.parametrize(
    "message", ["thanks either way", "helpful either way", "ok cheers, useful either way"]
)
def test_thanks_either_way_is_thanks_not_a_negation(knowledge: Knowledge, message: str) -> None:
    # ("either" is a word of its own, not a slip of "neither", which turns a remark round)
    assert knowledge.respond(message).text == knowledge.texts["smalltalk_thanks"]


def test_thanks_with_a_remark_turned_round_is_no_thanks(knowledge: Knowledge) -> None:
    assert knowledge.respond("thanks, but that really didn't help").kind == "fallback"


@pytest.mark.parametrize(
    "message",
    [
        "hello, first time using this",
        "hello (new here) :)",
        "hello from a first timer",
        "hi from sunny manchester",
    ],
)
def test_saying_one_is_new_is_a_greeting(knowledge: Knowledge, message: str) -> None:
    assert knowledge.respond(message).text == knowledge.texts["smalltalk_greeting"]


def test_a_question_with_a_phrase_of_thanks_in_it_is_no_thanks(knowledge: Knowledge) -> None:
    # "not bad" is a phrase of thanks, but this asks whether running is bad for the back
    assert knowledge.respond("is running not bad for your back").kind != "smalltalk"
    assert knowledge.respond("is that it? thanks").text == knowledge.texts["smalltalk_thanks"]


@pytest.mark.parametrize("message", ["in simple words?", "first?", "wanted?"])
def test_the_first_word_of_a_greeting_is_no_greeting_alone(
    knowledge: Knowledge, message: str
) -> None:
    # "in case anyone is there", "first time here", "wanted to say hi" are greetings; their
    # first words by themselves are not
    assert knowledge.respond(message).kind != "smalltalk"


def test_who_to_ask_is_no_call_for_help(knowledge: Knowledge) -> None:
    assert knowledge.respond("who should I ask").kind != "smalltalk"  # not "what should i ask"


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("help me understand eczema", "what-is-eczema"),
        ("what can you tell me about probiotics", "what-are-probiotics"),
    ],
)
def test_a_question_that_opens_like_a_call_for_help_is_answered(
    knowledge: Knowledge, message: str, entry_id: str
) -> None:
    reply = knowledge.respond(message)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id)


GREETINGS = [
    "hi",
    "hiya",
    "hello",
    "hey",
    "morning",
    "good morning",
    "evening",
    "hi there",
    "mornin, hope ur well 🙂",
]
THANKS = [
    "thanks",
    "thank you",
    "cheers",
    "ta",
    "thanks a lot",
    "many thanks",
    "thanks so much",
    "oh ok",
    "i see",
]
GOODBYES = [
    "bye",
    "bye for now",
    "see you",
    "take care",
    "that's all for now",
    "speak soon",
    "never mind",
    "forget it",
]
REMARKS = [
    "ok",
    "great",
    "brilliant",
    "really useful",
    "very helpful",
    "makes sense",
    "got it",
    "thought so",
]


def test_two_pieces_of_small_talk_together_are_small_talk(knowledge: Knowledge) -> None:
    pieces = GREETINGS + THANKS + GOODBYES + REMARKS
    messages = [
        f"{first}, {second}"
        for first, second in itertools.product(pieces, repeat=2)
        if first != second and not (first in REMARKS and second in REMARKS)
    ]
    assert [m for m in messages if knowledge.respond(m).kind != "smalltalk"] == []


@pytest.mark.parametrize(
    "message",
    [
        "is morning the best time to take probiotics",
        "good morning, what is leaky gut",
        # "just" begins "just saying hi", but is no greeting of its own
        "is this just information",
        # "so", "really", "got" begin "so useful", "really helpful", "got it": no thanks alone
        "im so confused",  # had "You're welcome!"
        "im 70, would that work for me",  # "im" begins "im off", but says nothing alone
        "so lost",
        "really?",
    ],
)
def test_a_greeting_word_in_a_question_is_no_small_talk(knowledge: Knowledge, message: str) -> None:
    assert knowledge.respond(message).kind != "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("hi! what is leaky gut?", "what-is-leaky-gut"),
        # the admin's small-talk words are filler around a question, not unknown topics
        ("hiya, do probiotics help eczema? cheers", "probiotics-for-eczema"),
        ("thanks! and how do probiotics work? ta xx", "how-probiotics-work"),
    ],
)
def test_greeting_with_a_question_answers_the_question(
    knowledge: Knowledge, message: str, entry_id: str
) -> None:
    reply = knowledge.respond(message)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id)


@pytest.mark.parametrize("message", ["", "   ", "???", "🙂🙂", "\u200b"])
def test_messages_without_words_ask_for_a_question(knowledge: Knowledge, message: str) -> None:
    reply = knowledge.respond(message)
    assert reply.kind == "fallback"
    assert reply.text == knowledge.texts["empty_question"]


def test_very_long_input_gets_a_reply(knowledge: Knowledge) -> None:
    reply = knowledge.respond("what is leaky gut " * 2000)
    assert reply.kind in ("answer", "clarify", "fallback")


@pytest.mark.parametrize(
    ("message", "answered"),
    [
        (
            "what is leaky gut and can probiotics help it",
            ("what-is-leaky-gut", "probiotics-for-leaky-gut"),
        ),
        ("two questions: what is eczema? and what causes it?", ("what-is-eczema", "eczema-causes")),
        (
            "1) what is dysbiosis 2) can it cause eczema",
            ("what-is-dysbiosis", "gut-health-cause-eczema"),
        ),
        # one question asked of two things at once
        (
            "can probiotics help eczema and leaky gut",
            ("probiotics-for-eczema", "probiotics-for-leaky-gut"),
        ),
        # (the second, after "plus", was not asked)
        (
            "what is leaky gut, plus is it linked to eczema",
            ("what-is-leaky-gut", "leaky-gut-and-eczema"),
        ),
        # (the second, after "and also", was read as the first's story: a "did you mean")
        (
            "how do i improve my gut health, and also does water help",
            ("gut-health-tips", "hydration"),
        ),
    ],
)
def test_a_message_asking_several_things_gets_each_answer(
    knowledge: Knowledge, message: str, answered: tuple[str, ...]
) -> None:
    reply = knowledge.respond(message)
    assert reply.kind == "answer" and reply.answered == answered
    questions = [knowledge.faq.entries[e].question for e in answered]
    assert [reply.text.index(q) for q in questions] == sorted(
        reply.text.index(q) for q in questions
    )
    assert reply.text.endswith(knowledge.texts["disclaimer"])
    assert reply.text.count(knowledge.texts["disclaimer"]) == 1


@pytest.mark.parametrize(
    ("message", "answered", "unanswered"),
    [
        (
            "what is leaky gut and where can i get tested for it",
            ("what-is-leaky-gut",),
            ("where can i get tested for it",),
        ),
        (
            "do probiotics help eczema, and which brand is best",
            ("probiotics-for-eczema",),
            ("which brand is best",),
        ),
        (
            "what is eczema? what causes it? is there a cream you'd recommend?",
            ("what-is-eczema", "eczema-causes"),
            ("is there a cream you'd recommend",),
        ),
        (  # (the second question in brackets: "I don't know" to both)
            "what is prebiotic fibre (and is it the same as normal fibre)",
            ("prebiotic-fiber",),
            ("is it the same as normal fibre",),
        ),
    ],
)
def test_a_message_the_faq_answers_in_part_gets_those_answers_and_says_so(
    knowledge: Knowledge, message: str, answered: tuple, unanswered: tuple
) -> None:
    reply = knowledge.respond(message)
    assert reply.kind == "answer" and (reply.answered, reply.unanswered) == (answered, unanswered)
    first, rest = reply.text.split("\n\n", 1)
    assert first == knowledge.texts["partly_answered"].replace(
        "{unanswered}", "; ".join(f'"{u}"' for u in unanswered)
    )
    assert rest.startswith(knowledge.faq.entries[answered[0]].question)
    assert reply.text.endswith(knowledge.texts["disclaimer"])


@pytest.mark.parametrize(
    "message",
    [
        "which brand of probiotic is best and where do i buy it",  # neither answered
        "how long should i take probiotics before i see results",  # one question, not two
        "which is better for eczema, probiotics or prebiotics?",  # choices, not a question
        "when i'm fasting i drink less water, is that bad",  # a clause, not a question
    ],
)
def test_no_answer_in_part_to_one_question_or_none_answered(
    knowledge: Knowledge, message: str
) -> None:
    reply = knowledge.respond(message)
    assert reply.unanswered == () and not reply.text.startswith("I can answer part")


def test_one_question_or_one_thing_asked_twice_gets_one_answer(knowledge: Knowledge) -> None:
    assert knowledge.respond("what is leaky gut?").answered == ()
    reply = knowledge.respond("what are probiotics and where do i get them")  # one entry says both
    assert (reply.entry_id, reply.answered) == ("what-are-probiotics", ())
    # an entry whose question names both things answers them together
    reply = knowledge.respond("how are leaky gut and eczema linked")
    assert (reply.entry_id, reply.answered) == ("leaky-gut-and-eczema", ())


@pytest.mark.parametrize(
    ("typed", "picked"),
    [
        ("2", "b"),
        ("the second one", "b"),
        ("number 3", "c"),
        ("#1", "a"),
        ("the last one", "c"),
        ("the middle one", "b"),
        ("2 and 3", "bc"),  # several: each answered, in one reply
        ("1, 3 please", "ac"),
        ("the first and the last", "ac"),
        ("all of them", "abc"),
        ("all 3", "abc"),
    ],
)
def test_a_reply_to_did_you_mean_picks_suggestions(
    knowledge: Knowledge, typed: str, picked: str
) -> None:
    assert knowledge.pick(typed, ("a", "b", "c")) == tuple(picked)


@pytest.mark.parametrize(
    "typed",
    ["4", "2 and 4", "what is 2", "the second one about eczema", "both", "which one is best"],
)
def test_a_reply_that_picks_no_suggestion_is_a_question(knowledge: Knowledge, typed: str) -> None:
    # ("both" of three: which two?)
    assert knowledge.pick(typed, ("a", "b", "c")) == ()


SUGGESTED = ("what-is-eczema", "probiotics-children", "gut-health-tips")


@pytest.mark.parametrize(
    ("typed", "picked"),
    [
        ("the one about kids", ("probiotics-children",)),
        ("the kids one", ("probiotics-children",)),
        ("the leaky gut one", ()),  # none of them is about leaky gut
        ("the eczema one", ()),  # (more than one is)
    ],
)
def test_a_suggestion_is_picked_by_what_it_alone_is_about(
    knowledge: Knowledge, typed: str, picked: tuple[str, ...]
) -> None:
    assert knowledge.pick(typed, SUGGESTED) == picked


@pytest.mark.parametrize(
    ("typed", "picked"), [("yes", ("a",)), ("yep that one", ("a",)), ("yes but why", ())]
)
def test_yes_to_the_one_suggestion_picks_it(
    knowledge: Knowledge, typed: str, picked: tuple
) -> None:
    assert knowledge.pick(typed, ("a",)) == picked
    assert knowledge.pick(typed, ("a", "b")) == ()  # (which one?)


def test_a_suggestion_the_faq_no_longer_has_is_never_picked_by_topic(knowledge: Knowledge) -> None:
    # suggested before a reload took the entry out: no error, and the one left is picked
    assert knowledge.pick("the kids one", ("gone-entry", "probiotics-children")) == (
        "probiotics-children",
    )


def test_picked_suggestions_are_answered_together_with_the_disclaimer_once(
    knowledge: Knowledge,
) -> None:
    reply = knowledge.answer(*knowledge.pick("1 and 2", SUGGESTED))
    assert (reply.kind, reply.answered) == ("answer", SUGGESTED[:2])
    entries = [knowledge.faq.entries[e] for e in SUGGESTED[:2]]
    assert reply.text.index(entries[0].question) < reply.text.index(entries[1].question)
    assert reply.text.count(knowledge.texts["disclaimer"]) == 1


def test_reply_as_json_has_the_contract_fields(knowledge: Knowledge) -> None:
    data = knowledge.respond("what are probiotics").as_json("what are probiotics")
    assert set(data) == {"question", "kind", "id", "score", "suggestions", "text", "distress"}
    assert data["id"] == "what-are-probiotics" and data["kind"] == "answer"
    assert isinstance(data["score"], int) and isinstance(data["suggestions"], list)
    assert data["distress"] is False
    assert knowledge.respond("i hate being alive").as_json("i hate being alive")["distress"] is True


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("i see", "smalltalk"),  # (had a "did you mean": "see" read as consulting someone)
        ("oh ok", "smalltalk"),
        ("never mind", "smalltalk"),
        ("nvm", "smalltalk"),
        # the words of such phrases are no small talk with a question
        ("never mind, what is leaky gut", "answer"),
        ("it says best before last month, can i still take it", "fallback"),
    ],
)
def test_an_acknowledgement_or_a_never_mind_gets_a_friendly_reply(
    knowledge: Knowledge, message: str, kind: str
) -> None:
    assert knowledge.respond(message).kind == kind


@pytest.mark.parametrize(
    "message", ["ok that's what i thought, thanks", "just as i thought", "i figured as much"]
)
def test_a_belief_confirmed_is_thanks(knowledge: Knowledge, message: str) -> None:
    # (had "I don't know": "thought" is filler, and nothing was left to answer)
    assert knowledge.smalltalk(message) == "thanks"
    assert knowledge.respond(message).kind == "smalltalk"


def test_a_phrase_an_admin_adds_does_not_make_a_common_word_small_talk(faq_copy: Path) -> None:
    # ("my first time using this" as a greeting made "my" a greeting word, so "would they
    # work for my 2 year old" after a question about probiotics was a greeting)
    path = faq_copy / "safety.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("  greeting: [", "  greeting: [my first time using this, as you do, ", 1),
        encoding="utf-8",
    )
    knowledge = Knowledge.load(faq_copy)
    assert knowledge.smalltalk("my first time using this") == "greeting"
    reply = knowledge.respond(
        "would they work for my 2 year old", "can probiotics help with eczema"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "probiotics-children")
    assert knowledge.respond("as a nurse, what is leaky gut").entry_id == "what-is-leaky-gut"
