"""Matching a normalised question against every FAQ phrasing.

Built once per FAQ: every phrasing is normalised (see bot.textnorm, which also forgives typos
with rapidfuzz), indexed by word, and each word gets a weight: words few entries use
("strain", "children") say more about the question than words many use ("eczema", "gut").
A word the FAQ never uses weighs the most: a question about psoriasis is not about eczema.
A word only the answers use ("regulate", "intestines") is on topic and weighs less; an
everyday word ("true", "hype", a number) or the story around a question ("my sister says")
weighs little, even where some phrasing uses it; a synonym term no phrasing uses ("dose")
marks what the FAQ does not answer and weighs more than any other word.

A query is scored against the phrasings that share a word with it:

- recall: the weighted share of the query's words the phrasing holds (words the phrasing
  lacks but its entry uses elsewhere count for part), so every word of the question must
  be accounted for: "what is diabetes" cannot ride on "what is eczema";
- precision: the weighted share of the phrasing's words the query holds, so a short query
  prefers the short phrasing it matches ("eczema" -> "what is eczema", not "eczema causes");
- a light tie-break by rapidfuzz's token sort ratio of the two texts.

Each entry is scored by its best phrasing.

Before scoring, ``read`` takes the question as a whole: a closing "what is it?" asks about the
thing named before it, "is dysbiosis a disease?" asks what dysbiosis is, and the words of
sentences told around the question weigh little. After scoring, ``stand_in``
spots a word the FAQ never uses standing where the best entry names a thing ("psoriasis" for
"eczema"), so the caller can say "I don't know".
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import chain, pairwise, takewhile

from rapidfuzz import fuzz, process

from bot.faq import FAQ
from bot.textnorm import (
    ADDRESS_WORDS,
    ASKED_US,
    ASKING,
    BODY_FELT,
    CIRCUMSTANCES,
    CLAUSE_END,
    DIFFERENT,
    ELDERLY,
    EVERYDAY_WORDS,
    INCIDENTAL_WORDS,
    QUESTION_OPENERS,
    QUESTION_WORDS,
    REPORTED,
    STOP_WORDS,
    TEXT_SPEAK,
    Normalized,
    Normalizer,
    asks_cause_of,
    asks_if_it_is,
    asks_kind,
    asks_what_it_is,
    closing_definition,
    defined_then_told,
    refers_back,
    reported_at,
    spelt_out,
    with_ages_spelt_out,
    without_article_frame,
    words,
)

#: Credit for a query word the phrasing lacks but its entry uses in another phrasing.
ENTRY_WORD_CREDIT = 0.9
#: Credit for a term that says whom a question is about (faq/settings.yaml qualifier_terms:
#: "child") in an entry that does not say it: what the articles say of eczema holds for a
#: baby's eczema too.
QUALIFIER_CREDIT = 0.6
#: Credit for a query word that only the entry's answer uses.
ANSWER_WORD_CREDIT = 0.3
#: Shape of the score: recall ** RECALL_POWER * precision ** PRECISION_POWER.
RECALL_POWER = 1.5
PRECISION_POWER = 1.0
#: Weight of a word the FAQ never uses, as a share of the weight of the rarest FAQ word.
UNKNOWN_WORD_WEIGHT = 1.0
#: Weight of a word only the answers use, as a share of the weight of a word the FAQ never
#: uses: "regulate" or "intestines" in a question is on topic, just said in other words.
ANSWER_ONLY_WORD_WEIGHT = 0.5
#: Weight of an everyday word (bot.textnorm.GENERIC_WORDS and INCIDENTAL_WORDS, whether or
#: not a phrasing uses it) or of a number, as a share of the weight of a word the FAQ never
#: uses.
GENERIC_WORD_WEIGHT = 0.1
#: Weight of a synonym term no entry uses, as a share of the weight of a word the FAQ never
#: uses: see faq/synonyms.yaml ("dose", "how long").
UNANSWERED_TERM_WEIGHT = 2.5
#: The token a question about the causes of a thing no entry explains reads as: a word no
#: phrasing uses, so the question cannot ride on "what can a leaky gut lead to".
CAUSE_OF_UNKNOWN = "causes_of"
#: A request for what to do, and nothing more, closing what someone tells of how they are:
#: "my eczema is so itchy, what should i do", "my son has eczema, what should we do" (see
#: Matcher._advice_on_told). Not "what would you do" or "where do i start": those ask for tips.
BARE_ADVICE_ASKED = tuple(
    sorted(
        (
            tuple(request.split())
            for request in """
            what should i do, what should we do, what do i do, what do we do, what can i do,
            what can we do, what should i do now, what do i do now, what do we do now,
            what should we do now, what can i do now, what now, what to do, what do i do then,
            what should i do then, what do i do about it, what should i do about it,
            what can i do about it, what do you suggest, what would you suggest,
            what do you recommend, what would you recommend, any suggestions, any tips,
            any advice, any ideas, any pointers, tips please, advice please
            """.replace("\n", " ").split(",")
        ),
        key=len,
        reverse=True,
    )
)
#: The token a request for what to do about eczema reads as: a word no phrasing uses, as no
#: entry advises on treating it ("my eczema is so itchy, what should i do" is no "is eczema
#: itchy").
ADVICE_UNGIVEN = "what_to_do_about"
#: What may be told of the gut, beside the gut, for a request for what to do to ask how to
#: make it healthy: "my gut feels rubbish lately, what should i do".
GUT_STATES = frozenset({"gut", "poor_gut_health", "bad"})
#: Words of a question about what the articles advise: told before a request for what to do,
#: what is told already asks it ("i want my gut healthier to help my eczema, what should i do").
ADVICE_TOPICS = frozenset({"help", "gut", "poor_gut_health", "microbiome", "tips", "diet"})
#: A baby in the first year by age ("a 2 month old", "my 6 week old", "6mo") or by name: the
#: articles' word on foods, drinks and the gut's diet is for older people, and a baby's feeding
#: is no part of it ("can a 2 month old have water", "is yoghurt ok for a 6 month old").
INFANT_AGE = re.compile(r"\b(?:(?:[1-9]|1[01]) months?|\d{1,2} weeks?) old\b|\bnewborns?\b")
#: The terms of what someone eats or drinks that no entry answers for a baby.
FED_TERMS = frozenset(
    {"hydration", "yogurt", "fermented_food", "diet", "sugar", "processed_food", "prebiotics"}
)
#: The token a baby's feeding reads as: a word no phrasing uses.
INFANT_FEEDING = "infant_feeding"
#: How a question asking whether one gets a thing from something starts, what it gets it by,
#: and from: "can i get eczema from ...", "could my son catch eczema off ...".
GET_FROM_ASKERS = (["can"], ["could"], ["do"], ["does"], ["did"], ["will"], ["would"], ["might"])
GET_VERBS = (["get"], ["catch"], ["develop"])
GET_FROM_WORDS = (["from"], ["off"])
GET_FROM_REACH = 5  # the verb within the first words: "can my little boy get ..."
#: ... and whether a thing gives someone something: "could a leaky gut give me sore knees".
GIVE_VERBS = (["give"], ["gives"], ["cause"], ["causes"])
GIVEN_TO = frozenset("a an any me you us him her them people someone somebody".split())
#: Trouble in general, which what a thing leads to answers: "can leaky gut cause problems".
GENERAL_EFFECTS = frozenset("issu problem thing troubl".split())
#: How a question that asks for the causes of a thing, and names none, opens.
CAUSE_ASKERS = frozenset("how what whats which why".split())
#: Words that list one thing beside another ("lentils and onions", "kombucha or kefir").
LISTING_WORDS = frozenset({"and", "or", "&"})
#: The kinds of food faq/synonyms.yaml reads named foods as ("kefir", "onions", "crisps"):
#: a food the FAQ never names, listed beside one of them, is one more of a list.
LISTED_KINDS = frozenset({"fermented_food", "yogurt", "prebiotics", "sugar", "processed_food"})
#: Where one clause of a sentence ends and the next begins: a comma, a dash.
#: ("my derm says it's genetic but could my gut be the cause": "but" before a yes-or-no
#: question opens a clause too, as does "even though" in "is it my gut even though I eat
#: well".)
CLAUSE_BREAK = re.compile(
    r"\s*[,;:]\s+|\s+[-\u2013\u2014]+\s+"
    r"|\s+(?=but\s+(?:are|can|could|do|does|is|might|should|would|will)\s)"
    # "i know about ibs but what is eczema", "forgive my ignorance but what is eczema"
    r"|\s+(?=but\s+(?:how|what|whats|when|where|which|who|why)\s)"
    r"|\s+(?=(?:even though|even if|although|despite)\s)"
    # "i run a cafe and customers ask which foods ...": a question reported after a story
    rf"|\s+(?=and\s+(?:\w+\s+){{1,3}}(?:{'|'.join(sorted(ASKING))})\s+(?:(?:{'|'.join(sorted(ASKED_US))})\s+)?"
    rf"(?:{'|'.join(sorted(REPORTED))})\s)",
    re.IGNORECASE,
)
#: Openings of a clause that says what someone wants, which the question after it is asked
#: for ("i want to lose weight, which probiotic is best"): the question is about that too.
GOAL_OPENERS = tuple(
    opener.split()
    for opener in (
        "i want to",
        "i just want to",
        "i really want to",
        "my goal is to",
        "i wanna",
        "i would like to",
        "id like to",
        "im trying to",
        "i am trying to",
        "im hoping to",
        "we want to",
        "we just want to",
        "we would like to",
        "wed like to",
        "were trying to",
        "we are trying to",
        "were hoping to",
    )
)
#: Two people named as the ones who want it, read as "we": "me and my wife want to lose
#: weight", "my son and i want to ...".
PAIRS = (["me", "and", "my"], ["myself", "and", "my"])
#: ... unless what they want is to find something out or get something: "i want to
#: understand leaky gut, what is it", "i want to buy the right one, which strains ...".
ASKING_GOALS = frozenset("ask buy check find know learn read see try understand".split())
#: A last clause of a few words that asks only why ("..., why?", "..., how come") asks about
#: the clauses before it.
CAUSE_ONLY = frozenset({"cause"})
CAUSE_ONLY_WORDS = 3
#: Words that join a clause that asks to the one before: "..., and are they medical advice",
#: "not looking for pills, just how do I improve my gut", "..., plus is it linked to eczema"
#: (not "or": "do I need a doctor first, or can I just start?" asks one thing).
JOINERS = frozenset("also and but just plus so then".split())
#: How many words a clause that reports a question opens with, up to the question: "my
#: clients keep asking me whether ...".
REPORTED_WITHIN = 7
#: How many words that say nothing may come before "what is ...": "bhai what is ...".
MAX_EMPTY_LEAD = 3
#: "we're" as typed, which folds to "were".
WE_ARE = re.compile(r"\W*(?:\w+\W+)?we\s?['’]\s?re\b", re.IGNORECASE)
#: Words a question may open with that change nothing of its shape ("so what causes leaky
#: gut", "ok so are probiotics bacteria or not", "and is dysbiosis a disease").
LEAD_WORDS = frozenset("alright and hey hmm ok okay oh right so then um well".split())


def without_lead(split: list[str]) -> list[str]:
    """``split`` without the words it opens with that change nothing (LEAD_WORDS), or all of
    it when that is all it says."""
    at = 0
    while at < len(split) - 1 and split[at] in LEAD_WORDS:
        at += 1
    return split[at:]


def spoken(tokens: tuple[str, ...] | list[str]) -> str:
    """Tokens as words again, for --explain and follow-ups: ("leaky_gut",) -> "leaky gut"."""
    return " ".join(tokens).replace("_", " ")


def bare_phrase(
    clause: str, openers: frozenset[str], most: int, without: frozenset[str] = frozenset()
) -> bool:
    """Whether a clause is a phrase that opens with one of ``openers``, is at most ``most``
    words long and has no one doing anything in it (no subject, nor any of ``without``), nor
    where the asker is ("in the health shop")."""
    split = words(clause)
    return (
        split[:1] != []
        and split[0] in openers
        and len(split) <= most
        and DOERS.isdisjoint(split)
        and INCIDENTAL_WORDS.isdisjoint(split)
        and without.isdisjoint(split)
    )


#: A clause that asks in the words of a statement (see Matcher._asks_as_told): "..., probiotics
#: can help", "..., dem can cause it".
TOLD_ASKS_WORDS = 6
TOLD_ASKS_MODALS = tuple([w] for w in "can could will would might".split())
TOLD_ASKS_VERBS = tuple([w] for w in "affect cause cure fix heal help trigger work".split())
TOLD_ASKS_PRONOUNS = frozenset("it that these they this those".split())


def opens_question(clause: str) -> bool:
    """Whether a clause opens as a question, after a word that joins it to the last ("wat",
    "cud" as typed on a phone too), or as a question reported from whoever asked it."""
    split = spelt_out(words(clause))
    for _ in range(2):  # ("..., and also does water help")
        if len(split) > 1 and split[0] in JOINERS:
            split = split[1:]
    # ("the residents ask if ...", "my clients keep asking which ...": a reported question;
    # "not asking about creams, just whether ...": a question put as what is asked)
    return (
        (split[0] in QUESTION_OPENERS and not _we_are(clause, split)) or split[0] == "whether"
    ) or reported_at(split[:REPORTED_WITHIN]) is not None


def _we_are(clause: str, split: list[str]) -> bool:
    """Whether a clause's "were" is "we're", which tells ("we're doing a topic on healthy eating
    in class, ..."), not "were", which asks ("were the studies in children"): typed with its
    apostrophe, or before what someone is doing ("were doing a project")."""
    return split[0] == "were" and (
        WE_ARE.match(clause) is not None
        or (len(split) > 1 and split[1].endswith("ing") and split[1] not in ING_NOUNS)
        or split[1:2] == ["gonna"]
    )


def checks_truth(split: list[str]) -> bool:
    """Whether words only ask whether what was told is so ("is this true", "true?", "is that
    right"): see TRUTH_CHECKS."""
    rest = [w for w in split if w not in TRUTH_CHECK_FILLER]
    return bool(rest) and TRUTH_CHECKS.issuperset(rest)


#: The words a tag question is made of: "..., is it", "..., don't they", "..., aren't you".
TAG_SUBJECTS = frozenset("i it she he they we you that this there".split())
TAG_VERBS = frozenset(
    """
    am are aint arent can cant could couldnt did didnt do does doesnt dont has hasnt have havent
    is isnt was wasnt were werent will wont would wouldnt should shouldnt
    """.split()
)


def is_tag_question(split: list[str]) -> bool:
    """Whether the words are a tag that turns the statement before them into a question ("is
    it", "don't they", "isn't that so"), not a question of their own."""
    split = [w for w in split if w not in ("not", "so", "then", "really")]
    return len(split) == 2 and split[0] in TAG_VERBS and split[1] in TAG_SUBJECTS


def goes_on(first: list[str], then: list[str]) -> bool:
    """Whether a clause after the opening words of a yes-or-no question goes on with what it
    asks, the comma only between words that describe one thing: "are cheap, sugary snacks bad
    for my gut", "is a high-fibre, plant-based diet good for the gut". Not when the opening
    words ask whole of someone or something ("is it safe, my son is 4"), nor when the clause
    tells something of its own ("do probiotics help, eczema is driving me mad")."""
    # (whom or what a thing is for is no one doing anything: "bad for my gut", "good for you")
    doers = [w for at, w in enumerate(then) if not at or then[at - 1] not in OBJECT_BEFORE]
    return (
        first[0] in AUXILIARIES
        and len(first) <= GOES_ON_WORDS
        and TAG_SUBJECTS.isdisjoint(first)
        and WHOLE_ASKING.isdisjoint(first)
        and bool(then)
        and then[0] not in CLAUSE_OPENERS
        and not then[0].endswith("ing")
        and QUESTION_OPENERS.isdisjoint(then)
        and TAG_SUBJECTS.isdisjoint(doers)
        and TELLERS.isdisjoint(doers)
    )


def clauses_of(text: str) -> list[str]:
    """The clauses of a text that have words, split where CLAUSE_BREAK breaks them, and after
    a role or a thing set aside that opens it with no comma ("as a nurse what is leaky gut",
    "besides low fodmap how can i improve my gut health")."""
    for unmarked in (INTRODUCED_UNMARKED, SET_ASIDE_UNMARKED):
        introduced = unmarked.match(text)
        if introduced is not None:
            text = f"{text[: introduced.end()].rstrip()}, {text[introduced.end() :]}"
    return [c for c in CLAUSE_BREAK.split(text) if words(c)]


def asks_unmarked(sentence: str) -> bool:
    """Whether a sentence asks without a question mark: one of its clauses opens as a
    question ("hey, what causes eczema.", "leaky gut - is that real.")."""
    return any(map(opens_question, clauses_of(sentence)))


#: Where a sentence asks a second question: "what is leaky gut and can probiotics help it",
#: "what is eczema, what causes it", "two questions: ...".
ASKED_APART = re.compile(
    r"\s*[,;:]\s+|\s+[-\u2013\u2014]+\s+|(?:^|\s+)\d[).]\s+"
    r"|\s+(?:and|also|plus)\s+(?=(?:are|can|could|do|does|how|is"
    r"|should|what|whats|when|where|which|who|why|will|would)\b)",
    re.IGNORECASE,
)
#: How a list of things trails off: "kimchi and kefir and stuff", "vitamins or whatever".
VAGUE_TAILS = (
    ["and", "stuff"],
    ["and", "that"],
    ["and", "things"],
    ["or", "whatever"],
    ["or", "something"],
    ["and", "so", "on"],
    ["etc"],
)
#: Where one sentence of a message ends and the next begins (not after an initial: "can L.
#: rhamnosus help eczema", "e.g. kefir").
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[^\W\d_]\.)\s+")
#: Tags a forum post's title starts with: "[Question] ...", "[Help] ...", "(Eczema) ...".
LEADING_TAGS = re.compile(r"^\s*(?:[\[(][^\])]{1,30}[\])]\s*)+")
#: The bot called by name to open a message: "bot, define leaky gut", "faqbot: what is eczema".
CALLED_BY_NAME = re.compile(
    r"^\s*(?:(?:hey|hi|ok|okay|oi|yo)\s+)?(?:faq\s?bot|chat\s?bot|bot|(?:doc|doctor|dr|nurse)\s?bot)"
    r"\s*[,:!-]\s*",
    re.I,
)
#: A site named without "https://" or "www." ("youtube.com/watch?v=...", "bit.ly/3xYz"): a
#: name, a dot and an ending sites have (not "help.me", which is a slip of a space).
BARE_SITE = (
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|info|io|ly|co|uk|au|nz|ca|ie|tv)\b"
)
#: A link pasted into a message: its site names nothing, the last part of its path, the
#: page's name, may ("/health/leaky-gut-syndrome").
LINK = re.compile(
    rf"(?<![\w.@])(?:https?://|www\.|(?={BARE_SITE}))[^/\s]*(?:/+[^/\s]*)*?/*([^/\s]*)/*(?=\s|$)",
    re.IGNORECASE,
)
HAS_BARE_SITE = re.compile(BARE_SITE, re.IGNORECASE)
#: What a page's name says beside its words: file types, a video's page, and numbers and
#: codes ("2023", "3xYz9").
LINK_NOISE = re.compile(r"\b(?:html?|php|aspx?|amp|watch)\b|\w*[0-9]\w*", re.IGNORECASE)
#: An @handle or an email address: whom a message is addressed to ("@faqbot what is
#: dysbiosis"), never a topic.
HANDLE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w@])@\w+")


#: A line break that ends a sentence without a full stop ("My son has eczema\nWould
#: probiotics help?"), unless the next line carries the sentence on ("does water help the
#: gut\nand the skin?": a line that opens with a joining word in lower case); and any other
#: (after "?", ",", ...).
LINE_END = re.compile(
    r"(?<=[^\s.!?,;:])[ \t\r]*\n\s*(?!(?:and|or|but|nor|because|cos|cuz|with|without|for|to"
    r"|of|in|on|at|than|as|like)\b)"
)
LINE_BREAK = re.compile(r"\s*\n\s*")


def with_lines_as_sentences(text: str) -> str:
    """A message written on several lines, each line ended as a sentence: "Hi\nMy son has
    eczema\nWould probiotics help?" reads as "Hi. My son has eczema. Would probiotics
    help?"."""
    return LINE_BREAK.sub(" ", LINE_END.sub(". ", text.strip()))


def page(path_end: str) -> str:
    """The name of a linked page: the last part of its path, without a query or an anchor."""
    return path_end.split("?", 1)[0].split("#", 1)[0]


#: Currency signs, read as the word "cost".
CURRENCY = frozenset("£$€¥₹")


#: A comma, semicolon, question or exclamation mark typed onto the next word ("all day,but
#: does", "what is it?and how"): not a decimal comma ("1,000"), nor a full stop ("e.g.").
PUNCTUATION_TYPED_ON = re.compile(r"([,;?!])(?=[^\W\d_])")


#: Hashtags that end a message ("... #eczema #guthealth"): tags of the post, not its words.
TRAILING_HASHTAGS = re.compile(r"(?:\s+#\w+)+\s*$")


#: Words between two asterisks are stressed, not fixed ("what are probitoics *probiotics"):
#: "the so-called *leaky gut*".
ASTERISK_STRESS = re.compile(r"\*([^*\s](?:[^*]*[^*\s])?)\*")


#: A hashtag of several words, each with a capital ("#GutSkinAxis", "#LeakyGut"), and the
#: words in it.
JOINED_TAG = re.compile(r"#((?:[A-Z][a-z]+|[a-z]+)(?:[A-Z][a-z]+)+)\b")
TAG_WORD = re.compile(r"[A-Z]?[a-z]+")


#: Letters typed one by one with a space between, for stress: "C A N T  B R E A T H E"; and
#: two such letters, a word of two in a message that spells out others ("T O").
SPACED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
SPACED_PAIR = re.compile(r"(?<!\S)[^\W\d_] [^\W\d_](?!\S)")
#: The fewest letters spelt out in small letters read as a word ("b l o o d").
MIN_SPELT_LOWER = 4
#: Words of one letter: "a", "i", and text speak ("r u ok", "y").
ONE_LETTER_WORDS = frozenset({"a", "i", *(w for w in TEXT_SPEAK if len(w) == 1)})


def with_letters_joined(text: str) -> str:
    """A message with the words it spells out a letter at a time joined up: "I W A N T  T O  D I
    E" -> "IWANT  TO  DIE" (in capitals three letters or more, else four: "r u a doctor" is
    text speak; then the pairs in capitals among capitals)."""
    if " " not in text:
        return text
    capitals = False

    def joined(match: re.Match[str]) -> str:
        nonlocal capitals
        spelt = match[0]
        if ONE_LETTER_WORDS.issuperset(spelt.lower().split()):
            return spelt  # ("R U A DOCTOR": words of one letter, not one word spelt out)
        if spelt.isupper() or len(spelt) >= 2 * MIN_SPELT_LOWER - 1:
            capitals = capitals or spelt.isupper()
            return spelt.replace(" ", "")
        return spelt

    text = SPACED_LETTERS.sub(joined, text)
    if not capitals:
        return text
    return SPACED_PAIR.sub(lambda m: m[0].replace(" ", "") if m[0].isupper() else m[0], text)


def as_sent(text: str) -> str:
    """A message as its writer meant it: a space put after each comma, semicolon, question or
    exclamation mark typed onto the next word, as phones' keyboards often leave them ("i
    drink tea all day,but does water help"), without the hashtags that end it ("what causes
    eczema? #health"; a hashtag inside a sentence is a word: "my #eczema is back", or the
    words of one: "what is the #GutSkinAxis"), and without the asterisks around stressed words
    ("is *leaky gut* real")."""
    if "*" in text:
        text = ASTERISK_STRESS.sub(r"\1", text)
    text = PUNCTUATION_TYPED_ON.sub(r"\1 ", text)
    if "#" in text:
        text = TRAILING_HASHTAGS.sub("", text)
        text = JOINED_TAG.sub(lambda m: " ".join(TAG_WORD.findall(m[1])), text)
    return text


#: A question word put before "is it that": "why is it that stress upsets my gut".
CLEFT = re.compile(r"\b(what|why|how|who|where|when) (?:is|was|s) it that ", re.IGNORECASE)
#: A diagnosis told, which says what someone has: "dx with dysbiosis, which fermented foods r
#: best", "my son was diagnosed with eczema" (not asked about: "can you be diagnosed with it",
#: "how do you get diagnosed with eczema").
DIAGNOSED_WITH = re.compile(r"\b(\w+ )?(?:diagnosed|dx|dx[’']?d) with\b", re.IGNORECASE)
#: Words before "diagnosed with" that ask how one is diagnosed rather than tell a diagnosis.
DIAGNOSIS_ASKED = frozenset("be being get getting to you kids children people someone one".split())
#: "I'm 34 weeks" of oneself: weeks along in a pregnancy, not an age or a length of time ("I'm
#: 6 weeks into taking them", "I'm 2 weeks post op").
WEEKS_ALONG = re.compile(
    r"\b(i[’']?m|i am) \d{1,2} ?(?:weeks?|wks?)\b(?: pregnant\b)?"
    r"(?! *(?:old|ago|into|in|of|on|off|out|since|after|post|postpartum|postnatal|from|clean"
    r"|sober)\b)",
    re.IGNORECASE,
)


#: A question typed on after a story with no stop between ("we tried everything could
#: probiotics help her", "i hate using it can i just take probiotics instead"): a modal verb
#: before someone, or something being done, opens it, unless the word before joins it to
#: the story ("what it can do", "if you could help", "that they would work"). Only in a
#: message of a few words or more with no punctuation in it.
RUN_ON_QUESTION = re.compile(
    r"(\w+)\s+(?=(?:can|could|would|should|will|might)\s+(?:i|you|u|it|they|we|he|she|this"
    r"|that|my|your|probiotics|[a-z]{3,}ing)\b)",
    re.IGNORECASE,
)
RUN_ON_WORDS = 10
#: ... nor after a condition: "if i was less stressed would my gut be better" asks one thing.
CONDITIONS = frozenset("if once suppose supposing unless".split())
RUN_ON_JOINED = frozenset(
    """
    and but how if or so than that what whatever when where whether which who why
    """.split()
)
PUNCTUATED = re.compile(r"[,.;:?!]")


def with_run_ons_broken(text: str) -> str:
    """A message typed in one breath with a comma put before the question that follows its
    story: "we tried everything could probiotics help her" -> "we tried everything, could
    probiotics help her"."""
    if PUNCTUATED.search(text) or len(words(text)) < RUN_ON_WORDS:
        return text
    return RUN_ON_QUESTION.sub(
        lambda m: (
            m[0]
            if m[1].lower() in RUN_ON_JOINED
            or not CONDITIONS.isdisjoint(words(m.string[: m.start()]))
            else f"{m[1]}, "
        ),
        text,
    )


#: An aside in brackets, with a space before it: "my son (he's 3) has eczema". Not a plural
#: ending ("probiotic(s)") nor a smiley (":(", "(:").
ASIDE = re.compile(r"(?:^|(?<=\s))\((?![:;])([^()]*?)(?<![:;=])\)")


def with_asides_last(text: str) -> str:
    """A message with what its writer put in brackets inside it moved to its end, as a
    sentence of its own: the aside is told, not asked ("would the capsules (the live bacteria
    ones, not yoghurt) do anything for eczema" -> "would the capsules do anything for eczema.
    the live bacteria ones, not yoghurt"). A message all in brackets is left as it is."""
    asides = [m[1] for m in ASIDE.finditer(text) if words(m[1])]
    rest = ASIDE.sub("", text)
    if not asides or not words(rest):
        return text
    return ". ".join([" ".join(rest.split()), *asides])


def as_typed_in_chat(text: str) -> str:
    """A message with what chat apps add taken out (links, @handles), each of its lines
    ended as a sentence and a question typed on after a story set apart; "%" read as the
    word ("what % of people ..."), a currency sign as "cost"; "what is it that ..." read as
    "what ..."."""
    text = without_links_and_handles(text)
    if "it that" in text:  # "what is it that gives people eczema": "what gives people eczema"
        text = CLEFT.sub(r"\1 ", text)
    lowered = text.lower()
    if "with" in lowered and ("diagnosed" in lowered or "dx" in lowered):
        text = DIAGNOSED_WITH.sub(told_diagnosis, text)
    if "week" in lowered or "wk" in lowered:  # "i'm 34 weeks, can i take probiotics"
        text = WEEKS_ALONG.sub(r"\1 pregnant", text)
    if "%" in text:
        text = text.replace("%", " percent ")
    if not CURRENCY.isdisjoint(text):  # "is £30 a month too much": a price
        text = "".join(" cost " if ch in CURRENCY else ch for ch in text)
    text = with_lines_as_sentences(text) if "\n" in text else text
    text = with_asides_last(text) if "(" in text else text
    return with_run_ons_broken(text)


def told_diagnosis(match: re.Match[str]) -> str:
    """ "was diagnosed with" read as "has" (see DIAGNOSED_WITH), unless the word before asks."""
    before = match[1] or ""
    if before.strip().lower() in DIAGNOSIS_ASKED:
        return match[0]
    return f"{before}has"


def without_links_and_handles(text: str) -> str:
    """A message with @handles taken out and each link replaced by the words of the last part
    of its path: "is this right? https://example.com/health/leaky-gut-syndrome" -> "is this
    right? leaky gut syndrome"."""
    if "@" in text:
        text = HANDLE.sub(" ", text)
    if "://" in text or "www." in text.lower() or ("." in text and HAS_BARE_SITE.search(text)):
        text = LINK.sub(lambda m: LINK_NOISE.sub(" ", re.sub(r"[\W_]+", " ", page(m[1]))), text)
    return text


#: Words after which (or before which) a sentence names what someone has, is, takes or eats:
#: "I have psoriasis", "my son is lactose intolerant", "I drink a lot of coffee", "my cat has".
HAVE_WORDS = frozenset(
    """
    am ate drink drinks eat eats from get gets getting got had has have having im is suffer
    suffering suffers take takes taking took with
    """.split()
)
#: Parts of the body, and the words by which a message says how one is: "my skin is raw".
BODY_PARTS = frozenset(
    """
    belly bowel bowels cheeks digestion face gut guts hands intestines lips skin stomach tummy
    """.split()
)
#: ... and a rash: "my eczema is weeping" says how it is, but "my eczema is on my eyelids"
#: where someone has it.
RASHES = frozenset("eczema rash flare".split())
WHERE_WORDS = frozenset("all around behind in inside near on under".split())
BODY_IS = frozenset("are feel feels is looks".split())
#: The have words that say what someone has, not what something is or comes with.
HAS_WORDS = frozenset(
    "got had has have having recovered recovering suffer suffering suffers".split()
)
#: ... and the words between them and what is had: "suffering from", "recovering from".
HAS_PREPOSITIONS = frozenset({"from", "with"})
#: ... said of someone's thing: "my cat has a rash".
HAS_SAID = (["has"], ["had"], ["have"], ["got"], ["gets"])
#: How a thing the FAQ does not answer reads when it is what someone has: "has_dose".
HAS_MARK = "has_"
#: Words after a have word that say it is not what someone has or is: "has been", "have to",
#: "I'm about to buy", "I'm going to", "I'm thinking of".
NOT_HAD = frozenset(
    """about anybody anyone been going looking not planning somebody someone there thinking to
    trying wondering""".split()
)
#: Words before "from" that say where someone comes from, not what they suffer from:
#: "driving home from the dermatologist", "just back from holiday", "i am from sweden".
COMING_BACK = frozenset(
    "am away back came come comes coming driving home im originally returning walking".split()
)
#: Where someone is, after a have word, not what they have: "I'm in the shop", "I'm at work".
WHERE_SOMEONE_IS = [
    [preposition, place]
    for preposition in ("in", "at")
    for place in ("the", "a", "work", "school", "home", "my", "our", "bed")
]
#: What may open a question without asking anything: "can you tell me what causes eczema".
ASK_PREFIXES = (
    ["can", "you", "tell", "me"],
    ["could", "you", "tell", "me"],
    ["do", "you", "know"],
    ["does", "anyone", "know"],
    ["i", "need", "to", "know"],
    ["i", "want", "to", "know"],
    ["i", "was", "wondering"],
    ["so", "i", "was", "wondering"],
    ["ok", "next", "question"],
    ["next", "question"],
    ["quick", "question"],
    ["question"],
    ["q"],
    ["good", "morning"],
    ["good", "afternoon"],
    ["good", "evening"],
    ["yo"],
    ["hi"],
    ["hey"],
    ["hello"],
    ["sorry", "if", "this", "is", "a", "silly", "question", "but"],
    ["sorry", "if", "this", "is", "a", "stupid", "question", "but"],
    ["sorry", "if", "this", "is", "a", "dumb", "question", "but"],
)
#: ... and what may close it: "does stress cause leaky gut please answer".
ASK_SUFFIXES = (
    ["please", "answer"],
    ["pls", "answer"],
    ["please"],
    ["pls"],
    ["plz"],
    ["thanks"],
    ["thx"],
    ["cheers"],
    ["x"],
)
#: Someone saying their name: "I'm Tom", "my name is Sarah", "it's Priya here".
NAMED = re.compile(r"\b(?:I'm|I am|[Nn]ame is|[Tt]his is|[Ii]t's)\s+([A-Z][a-z]+)\b")
NOT_NAMES = ("al", "ant", "ed", "ent", "ic", "ive", "ous")
#: Words that say who someone is, not what they have: "I'm 45 and male", "I'm vegan and
#: have eczema", "I'm a student". (How someone feels or how often they do something are
#: synonym terms, named in the settings' feeling_terms.)
WHO_WORDS = frozenset(
    """athlet bloke doctor cyclist femal gal guy ladi male man men pension retir runner staff
    student swimmer teacher vegan vegetarian veggi woman women""".split()
)
#: Words that end what someone has or is, once it is named: "I have eczema on my hands".
HAD_ENDS = frozenset(
    "about after at before during for from how in on since until what when where which who"
    " why".split()
)
#: How many words that say something, after a have word, say what someone has or is.
HAD_WORDS = 3
#: How a question calls one thing something with respect to another ("is sugar the devil for
#: your gut", "is my gut the culprit behind my eczema"): the articles that open what it calls
#: the thing, how many words that runs to at most before the other thing, and how many of
#: them may be words the FAQ never uses.
ARTICLES = frozenset("a an the".split())
PREDICATE_WORDS = 8
PREDICATE_UNKNOWN = 3
#: ... the words that relate it to the other thing, one of which it must hold ("is eczema an
#: autoimmune disease" calls eczema a kind of thing, which the FAQ's words must say), and the
#: subjects that name no thing ("is it safe to get a tattoo with eczema").
PREDICATE_LINKS = frozenset("against at behind between for from in of on to when with".split())
DUMMY_SUBJECTS = (["it"], ["there"], ["this"], ["that"], ["they"])
#: Words by which a "like" a few words after them likens a thing to a picture ("is a leaky
#: gut basically like a sieve", "is the skin like a mirror of the gut", "it acts like a
#: filter"), but not after the words that make it no picture ("are there foods like kefir",
#: "i feel like", "what does eczema look like"), nor before things of a kind ("are probiotics
#: like vaccines"); how far back they are looked for, and how many words after "like" the
#: picture runs to at most.
LIKENING = frozenset(
    """
    act acting acts are basically bit exactly is its just kind kinda literally sort work works
    """.split()
)
NOT_LIKENING = frozenset(
    """
    anything feel feels felt food foods i look looked looks ones products seem seems something
    sound sounds stuff things we would you
    """.split()
)
#: Kinds of thing a question may ask for examples of: "which foods ..., like amasi".
EXAMPLED_KINDS = frozenset("drinks food foods products things".split())
LISTING = frozenset({"and", "or"})
LIKENING_REACH = 5
#: ... and the words by which what a thing does is likened, to many things as to one.
DOING_LIKE = frozenset("act acting acts work working works".split())
LIKENED_WORDS = 6
#: A role that opens a message with no comma after it, then a question: "as a nurse what is
#: leaky gut", "im a vegan can i get probiotics from food" (the role in up to three words).
INTRODUCED_UNMARKED = re.compile(
    r"\s*(?:as|speaking as|i work as|i['\u2019]?m|i am) an? (?:[\w'\u2019]+\s+){1,3}?"
    rf"(?=(?:{'|'.join(sorted(QUESTION_OPENERS))})\s)",
    re.IGNORECASE,
)
#: A thing set aside with no comma before the question ("besides low fodmap how can i improve
#: my gut health").
SET_ASIDE_UNMARKED = re.compile(
    r"\s*(?:besides|apart from|aside from|other than|except for) (?:[\w'\u2019]+\s+){1,4}?"
    rf"(?=(?:{'|'.join(sorted(QUESTION_OPENERS))})\s)",
    re.IGNORECASE,
)
#: How a clause that says who asks opens ("i'm a nurse, ...", "as a pharmacist, ..."), or
#: ends ("gp registrar here, ..."), and how many words name them at most: who asks is never
#: what the question asks about.
INTRODUCING = (["im"], ["i", "am"], ["as"], ["speaking", "as"], ["i", "work", "as"])
INTRODUCED = ["here"]
INTRODUCTION_WORDS = 3
#: Words that start a new clause: "nobody else has it and i moisturise" names no condition.
#: How a clause that sets something aside starts: "apart from creams, can probiotics help?",
#: "not asking about creams, just ..."; or ends: "opinions aside, what does the research say"
SET_ASIDE = (
    ["apart", "from"],
    ["aside", "from"],
    ["other", "than"],
    ["besides"],
    ["except"],
    ["not", "asking", "about"],
    ["im", "not", "asking", "about"],
    ["i", "know", "about"],
    ["i", "already", "know", "about"],
    ["i", "know", "all", "about"],
    ["leaving"],
    ["setting"],
    ["putting"],
)
SET_ASIDE_AFTER = (["aside"], ["to", "one", "side"], ["out", "of", "it"])
#: How a clause that gives an example of what a question asks about starts: "what foods have
#: probiotics, like yogurt" still asks about yogurt.
EXAMPLE_WORDS = frozenset("especially including like particularly say such".split())
#: How long a phrase that says when, where or for what a question asks is at most (see
#: CIRCUMSTANCES), and the words by which a clause has someone doing something in it ("after
#: i stopped dairy, ..." is a story).
CIRCUMSTANCE_WORDS = 5
DOERS = frozenset("i im ive id you youre we were he hes she shes they theyre it its".split())
#: How a phrase after a question that narrows what it asks starts, and how long it is at
#: most (see Matcher._narrows); words by which a phrase holds a clause of its own ("for
#: someone who cooks a lot").
NARROWING = CIRCUMSTANCES | frozenset(
    "compared versus vs through over only specifically exactly mainly mostly long".split()
)
NARROWING_WORDS = 6
RELATIVES = frozenset("who that whose".split())
CLAUSE_WORDS = frozenset("although and because but or so though when whenever while".split())
#: A thing set aside, not the one asked about: "pre-whatever, not probiotics, the fibre ones,
#: what are they".
NOT_THIS_ONE = re.compile(r"\b(not|never|apart from|besides|except) (the |a |an |just |only )?\w+")
#: Where someone heard of a thing, not the thing: "in a few blogs", "on the radio".
WHERE_HEARD = re.compile(
    r"\b(in|on|from|at|via|through) (a |an |the |some |few |a few |my |his |her |their |this "
    r"|that |one of the |one of my |those |these )*\w+"
)
#: What a thing was named for, not the thing: "mentioned the gut skin axis for my son's eczema".
FOR_WHOSE = re.compile(r"\bfor (my|his|her|their|our|your) .*")
#: What a thing is told to be or to mean, not the thing: "prebiotics are just probiotics with
#: another name", "leaky gut is basically dysbiosis", "dysbiosis means you have no good
#: bacteria".
TOLD_TO_BE = re.compile(
    r"\b(is|are|isnt|arent|was|were) (just|basically|simply|only|really|merely|the same as|"
    r"another (word|name) for|a fancy (word|name) for|a kind of|a type of|a form of) .*"
    r"|\b(means|meant) .*"
)
#: What a message names around a thing that "it" cannot point back at, in the order they are
#: tried (see Matcher._read).
NOT_THE_THING = (WHERE_HEARD, NOT_THIS_ONE, FOR_WHOSE, TOLD_TO_BE)
#: How a phrasing that defines a thing starts ("what is leaky gut"; also "whats", "define").
DEFINING_STARTS = (["what", "is"], ["what", "are"])
#: A word in more phrasings than this brings in no candidates by itself (see search).
SELECTIVE_POSTINGS = 1500
#: Where someone got a thing, after a word of the FAQ: "kefir from aldi", "a probiotic from
#: holland and barrett", "kimchi from the korean shop". The place weighs as story: the brand
#: of a shop says nothing of what is asked. (Not someone: "eczema from my gf".)
SHOP_PREPOSITIONS = frozenset({"from"})
PLACE_STARTS = frozenset("a an the this that".split())
SHOP_WORDS = frozenset(
    "chemist chemists deli market pharmacy shop shops store stores supermarket".split()
)
MAX_SHOP_WORDS = 4
#: Words by which a message says who or what said something ("my doctor said ..."), and how
#: many words may come before one.
REPORTING_WORDS = frozenset(
    """
    believes claim claimed claims heard mentioned mentions read reckons recommended recommends
    said say says show showed shows suggested suggests swears tell tells think thinks thought
    told wrote writes
    """.split()
)
MAX_SOURCE_WORDS = 6
#: Words between a reporting word and what is reported: "swears by", "said that".
REPORTED_OPENERS = frozenset("about by that".split())
#: Question words by which what a source says is asked, not told (see Matcher._source).
ASKED_OF_SOURCE = frozenset("what whats how why which".split())
SOURCE_STARTS = frozenset(
    """
    a an everyone everybody he her his i my our people she some somebody someone the their
    they this we your
    alexa chatgpt copilot gemini google siri
    """.split()
)
#: ... of them, those that say people talk about a thing, not the articles ("everyone").
PEOPLE_TALKING = SOURCE_STARTS - {"a", "an", "the", "this", "your"}
#: Words by which a question points back at what was told before it ("Can it help?").
POINTERS = frozenset("it its ones they them other both".split())
#: What "what causes ..." may point back with: "the dry itchy patches thing, what causes it".
CAUSE_POINTERS = [["it"], ["that"], ["this"], ["them"], ["they"]]
#: Words that open a question after a clause that grants something: "kimchi has probiotics,
#: but is it too salty".
CONCEDING = frozenset("but however though yet".split())
#: How a guess at what kind of thing was just named opens: "so what is a probiotic exactly,
#: is it a bacteria?", "someone told me about leaky gut, is that a disease".
GUESS_OPENINGS = (["is", "it"], ["is", "that"], ["is", "this"], ["are", "they"])
#: How a question that asks what kind of thing was told about opens: "..., is that a steroid".
KIND_ASKED = tuple(
    [a, b, c] for a in ("is", "isnt") for b in ("that", "this", "it") for c in ("a", "an")
)
#: ... and of more than one: "i eat onions and garlic, are those prebiotics".
KINDS_ASKED = (["are", "those"], ["are", "these"], ["arent", "those"], ["arent", "these"])
#: Words a granted clause opens with when its subject is what the question points back at
#: ("this is really useful, but is it medical advice"): no topic of it is kept.
GRANTED_POINTERS = frozenset("it its that thats this".split())
#: Words that open a clause of reasons a question is asked from: "since probiotics are
#: bacteria, can they make you ill".
PREMISES = frozenset("considering given seeing since".split())
#: A closing "what are they" points back at what was named in the plural: "the causes of
#: eczema, what are they" asks the causes (the terms of what a thing has, does or comes from).
PLURAL_ASKED = frozenset({"they", "those", "these"})
OF_A_THING = frozenset("cause symptom help affect bad strain".split())
#: How a question asks a difference between things (its word for it read as DIFFERENT):
#: "what's the difference between kefir and yoghurt", "how does kefir differ from yoghurt".
DIFFERENCE_BETWEEN = re.compile(
    r"\b(?:difference|differences|diff|differ|differs)\b(?: \w+){0,6} (?:between|from|vs|versus)\b"
)
#: Words by which a question points back at two things or more: "how are they connected".
RELATED_POINTERS = frozenset("they them both".split())
#: How a clause that puts a step as a supposition starts: "say i drink more water, would my
#: gut health improve" asks what the step does, so the step is asked, not told.
SUPPOSING = (["say", "i"], ["say", "we"], ["suppose", "i"], ["supposing", "i"], ["lets", "say"])
#: Words that go on with a question of what "it" could be ("could it be my gut causing the
#: eczema", "might it be stress that triggers it"): the "it" stands for what follows.
CLEFT_WORDS = frozenset("behind causing making that thats triggering which".split())
#: Words a story opens with when who did it, or who is so, is left out: "tried loads of creams,
#: could my gut be causing the eczema", "allergic to dairy and eczema prone, could my gut be
#: causing the eczema" (no heading: the creams and the dairy are no topic).
DONE_OPENERS = frozenset("allergic been intolerant started stopped took tried used".split())
#: Words by which someone tells what they tried, take or use, and the words that end what it
#: is: "i use coconut oil on my eczema", "i tried manuka honey for a week".
TRY_WORDS = frozenset("take takes taking took tried try trying use uses using used".split())
TRIED_ENDS = frozenset("at every for in on to with".split())
#: Tokens of a question that relate things rather than name them ("is there a connection",
#: "does the gut play a part", "how come"), and how many other topic words make a question
#: whole without the clauses before it (see _lead).
RELATIONS = frozenset("cause link role play".split())
SELF_CONTAINED = 2
#: Terms that say what one thing does to another, not a thing: "would probiotics help" names
#: one thing.
TOPIC_VERBS = frozenset("help affect bad work take diet".split())
#: ... but foods asked for are a thing: "i take a multivitamin, which foods have probiotics".
FOODS_ASKED = frozenset(
    (asker, food) for asker in ("which", "what", "any") for food in ("food", "foods")
)
#: Words by which a question turns on whom the story is about, whatever its topics: "I'm
#: pregnant. Are probiotics safe?", "can he still have yogurt", "is it ok to use it there".
TURNS_ON_STORY = frozenset("allowed fine ok okay safe safely safer still there".split())
#: ... a pointer after these, in a "which" question, stands for what it names first: "which
#: foods have probiotics in them".
OWN_SUBJECT_AFTER = (["in"], ["inside"], ["of"], ["with"])
#: Words that point back at one thing told before, not at all of it: "Can it help?".
THING_POINTERS = frozenset("it its ones they them".split())
#: Which of them stand for one thing, which for many (see Matcher._said_of_named), and the
#: things entries define that are many; the words a clause may open with before its subject.
SINGLE_POINTERS = frozenset("it its".split())
MANY_POINTERS = frozenset("they them".split())
PLURAL_THINGS = frozenset({("probiotics",), ("prebiotics",)})
OPENING_DETERMINERS = frozenset("a an his her my our the their your".split())
#: A question that only asks whether what was told is so: "is this true?", "is it true?",
#: "is that right", "true or false?" point at all of the claim before them, not at one thing
#: in it, nor at the bot.
TRUTH_CHECKS = frozenset("accurate correct fact false legit myth real right so true".split())
TRUTH_CHECK_FILLER = frozenset("actually all at is it or really that then this".split())
#: Words after which "is it ... to" points back at a thing: "is it linked to eczema" (not
#: "is it safe to take probiotics").
LINK_PARTICIPLES = frozenset("associated attached connected due linked related tied".split())
#: Of those and the demonstratives, the ones that point at more than one: "are they safe".
PLURAL_POINTERS = frozenset("ones they them these those".split())
#: A follow-up that asks for the source of the answer before it, in its words.
ASKS_SOURCE = re.compile(
    r"(?:(?:and|any|got|so|ok|okay)\s)?"
    r"(?:(?:whats|what\sis|what\sare|wheres|where\sis|where\sare)\s)?(?:the\s|a\s|your\s)?"
    r"(?:source|sources|citation|citations|reference|references|refs?)"
    r"(?:\s(?:for|of|on)\s(?:that|this|it))?(?:\splease|\spls)?"
    r"|says\swho|who\ssays(?:\sso)?|sez\swho"
    r"|where\s(?:does|did)\s(?:that|this|it)\s(?:info\s)?come\sfrom"
    r"|where\sdid\syou\s(?:get|read|find|hear)\s(?:that|this|it)(?:\sfrom)?"
    # ... or for the research behind it
    r"|(?:what|which)\s(?:research|evidence|studies|study|proof|data)\s"
    r"(?:shows?|says?|supports?|backs?|proves?|was|were|is|are)(?:\s(?:that|this|it))?"
    r"|(?:(?:any|got)\s)?(?:research|evidence|studies|study|proof|data)\s(?:for|on|of)\s"
    r"(?:that|this|it)"
    r"|(?:is|are)\sthere\s(?:any\s)?(?:research|evidence|studies|proof|data)\s(?:for|on|of)\s"
    r"(?:that|this|it)"
    r"|(?:is|was)\s(?:that|this)\s(?:proven|proved|studied)|prove\sit|proof"
)
#: ... read as this question when the research an entry cites speaks of what was asked.
ASKED_FOR_RESEARCH = "what research is that based on"
#: Words a follow-up may open with as the rest of the question before it: "even if im
#: healthy?" after "should i see a doctor before taking probiotics".
QUESTION_GOES_ON = frozenset("especially even if including unless while without".split())
#: Words that may follow "help" in a follow-up that names nothing it helps with: "would
#: probiotics help as well", "do they help at all".
HELP_TAIL = frozenset("all also as at either much then tho though too well".split())
#: A word of reaction run into a follow-up's opener, with no comma: "ok and for kids?", "ok so
#: what about leaky gut".
REACTION_BEFORE_OPENER = re.compile(
    r"^\s*(?:(?:ok|okay|k|right|alright|cool|great|fine|oh|ah|hmm|thanks|cheers)\s+)?"
    r"(?:so\s+)?(?=(?:and|what about|how about|also)\b)",
    re.IGNORECASE,
)
#: A follow-up that corrects the question before: "no sorry, i meant leaky gut" asks it of
#: leaky gut, as "what about leaky gut" would.
MEANT_INSTEAD = re.compile(
    r"^\W*(?:(?:no|nah|nope|sorry|soz|oops|whoops|ah|oh|my bad|wait)\W+)*"
    r"(?:i meant|i mean|meant|i meant to say)\s+",
    re.IGNORECASE,
)
#: How a follow-up may ask whether a thing would help: "would probiotics be worth a go".
WORTH_TAILS = tuple(
    tail.split()
    for tail in "worth a go|worth a try|worth a shot|worth trying|worth it|any good".split("|")
)
#: Synonym terms that say what a question asks of a thing, not the thing: "what about
#: kombucha" after "is kefir good for you" asks it of kombucha in kefir's place.
ASKING_TERMS = frozenset("affect bad cause help link reduce replace work".split())
#: Words before "it be" by which a follow-up guesses at a cause: "could it be my gut".
CAUSE_GUESSES = (["could"], ["might"], ["would"], ["can"])
#: Words by which a follow-up asks of a kind of the thing asked about before, when nothing
#: follows to say of what: "which kind should i get".
KIND_WORDS = frozenset("kind kinds sort sorts type types".split())
#: A follow-up that asks for particular ones of the thing before: "any particular ones?".
PARTICULAR_ONES = (
    ["any", "particular", "ones"],
    ["any", "particular", "one"],
    ["any", "specific", "ones"],
    ["any", "specific", "one"],
    ["any", "in", "particular"],
    ["any", "ones", "in", "particular"],
    ["which", "ones", "in", "particular"],
)
#: How a follow-up without a pointer word opens: "and for babies?", "what about leaky gut".
FOLLOW_UP_OPENERS = (["and"], ["what", "about"], ["how", "about"], ["same", "for"], ["also"])
#: Words before an existential "there": "is there a link", "are there studies".
EXISTENTIAL_BEFORE = tuple([w] for w in "is are was were isnt arent".split())
#: Words by which a message asks about an amount it names: "is 3 litres too much", "is 2 a
#: day enough", "is 10 billion safe".
AMOUNT_ASKED = frozenset(
    "dose enough limit many max maximum minimum much normal ok okay right safe too".split()
)
#: Words by which "with" tells what someone has ("with my underactive thyroid, ..."), not a
#: circumstance or a heading.
POSSESSIVES = frozenset("my his her their our your".split())
#: Words that may end a question of how a thing works after "work": "how do they actually
#: work exactly".
HOW_IT_WORKS_FILLER = frozenset("actually exactly even really then though tho again".split())
#: Words of a reaction before a follow-up ("wow. does it affect the skin", "oh interesting,
#: which kind should i get"): a sentence or clause of nothing else says nothing to read.
REACTION_WORDS = frozenset(
    "ah aha amazing brilliant cheers cool fab fair enough got great ha haha hmm huh i "
    "interesting it lol lovely nice oh ok okay omg perfect really right see sure thank "
    "thanks thx ty wow yeah yes".split()
)
REACTION_BREAK = re.compile(r"[.,!?;:]+\s*|\s+-+\s+")
#: How many words a follow-up with no thing of its own to ask about may have and still be
#: read with the question before ("why?", "even in adults?", "a gp or a dermatologist?").
SHORT_FOLLOW_UP = 5
#: Words that start a clause telling about someone: "..., I have been struggling for years".
TELLERS = frozenset("he hes i id im ive my our she shes their theyre we were".split())
#: Words by which a question points back at someone told of, and by which a story says whose.
PERSON_POINTERS = frozenset("he her him his she".split())
OWNERS = frozenset("my our".split())
#: How many words an age takes after "my": "my 70 year old".
AGE_WORDS = 3
#: Words that stand for who does what a clause goes on to say.
SUBJECTS = frozenset("he i it she they we you".split())
#: A sentence that only names topics, as a title does, is at most this long and has none of
#: these: "Stress and my gut", not "We've tried all the creams".
HEADING_WORDS = 6
#: An item of a list, on a line of its own: "- steroid cream", "• kefir", "2) moving house".
LIST_ITEM = re.compile(r"\s*(?:[-*•·▪–]|\d{1,2}[.)])\s")
#: Words ending "ing" that name a thing, not what someone is doing.
ING_NOUNS = frozenset("evening morning nothing something spring thing".split())
#: Words that open a clause saying where or when someone is, never a heading.
PLACE_OPENERS = frozenset("at on in from after during while whilst sat stood".split())
PEOPLE_DOING = (
    SUBJECTS
    | TELLERS.difference(OWNERS)
    | frozenset(
        "hed ill itll shed theyd theyll theyve wed well weve youd youll youre youve".split()
    )
)
#: The same, when no noun follows: "How does that work?", but "the things that cause eczema".
DEMONSTRATIVES = frozenset("that this these those".split())
#: An entry about the bot itself is one most of whose phrasings speak to it ("are you a
#: doctor", "is this medical advice"). A question that does not ("how do doctors diagnose
#: dysbiosis", "what does a dermatologist do") is about something else: its score for such an
#: entry is multiplied by UNADDRESSED.
ABOUT_BOT_SHARE = 0.5
UNADDRESSED = 0.5
#: Verbs after "that" or "this" that make it a pointer, not a determiner: "will that help my
#: eczema", "could this cause a rash".
POINTER_VERBS = frozenset(
    """
    affect affects cause causes harm harms help helps hurt hurts improve improves make makes
    matter matters mean means trigger triggers work works worsen worsens
    """.split()
)
#: A follow-up of these words alone asks why of a yes-or-no question before it ("how come").
WHY_ALONE = frozenset("but come how so then tho though why y".split())
#: The most words of a thing in a list before a question (see Matcher._listed_unnamed).
LIST_ITEM_WORDS = 2
#: The most words of a yes-or-no question's opening a comma may cut short (see goes_on).
GOES_ON_WORDS = 4
#: Words that open a clause of its own after a question, not more of what it asks.
CLAUSE_OPENERS = (
    TAG_SUBJECTS
    | JOINERS
    | EXAMPLE_WORDS
    | frozenset(
        "my our your his her their mine ours yours hers theirs the or because cos as if though"
        " tho".split()
    )
)
#: Words that make the opening of a yes-or-no question whole: what it asks of its subject
#: ("can probiotics help eczema, mine flares every winter" asks whole before the comma).
WHOLE_ASKING = frozenset(
    """
    affect affects bad cause causes fix fixes good harm harms heal heals help helps ok okay real
    safe true work works worth
    """.split()
)
#: Words after which a pronoun or "my" is what a thing is for or of, not who does anything.
OBJECT_BEFORE = frozenset("for to with in on of".split())
#: Verbs that open a yes-or-no question: "can that ...", "is this ...".
AUXILIARIES = frozenset(
    "am are can could did do does is may might must shall should was were will would".split()
)
#: How many queries' search results, and texts' readings, the matcher keeps.
MAX_SEARCHES_KEPT = 10_000
MAX_READS_KEPT = 10_000
#: Share of the score decided by rapidfuzz's token sort ratio of the texts.
TIE_BREAK = 0.1
#: What is left of the score of an entry that never names one of the things a question names,
#: when another candidate's own question names them all ("can toxins from a leaky gut cause
#: eczema" is the leaky-gut-and-eczema question, not what a leaky gut lets through).
PART_NAMED = 0.5
#: Share of an entry's phrasings that name a word for it to be a thing the entry speaks of
#: (see Matcher.things).
THING_SHARE = 0.5
#: Share of an entry's phrasings that name a word for it to be one of the entry's own words
#: (see _qualifier_for_own).
OWN_WORD_SHARE = 0.8
#: How much rarer than an entry's own words a word it speaks of must be to stand for them.
RARER_THAN_OWN = 1.5
#: How many everyday words the story told around a question weighs, all of its words together
#: (see search): five words of story must not sink "What is leaky gut?".
STORY_SHARE = 1.0


@dataclass(frozen=True)
class Candidate:
    """The best phrasing of one entry for a query."""

    entry_id: str
    phrasing: str  # as written in the FAQ
    score: float  # 0-100
    recall: float  # 0-1: weighted share of the query's words accounted for
    precision: float  # 0-1: weighted share of the phrasing's words in the query
    number: int = field(compare=False)  # the phrasing's place in Matcher.phrasings
    # things the question names that the entry never does, when another's question names them
    unnamed: tuple[str, ...] = ()
    # the entry's own words the question does not name, when it names whom the entry is about
    unasked: tuple[str, ...] = ()


class Matcher:
    """Scores queries against the FAQ's phrasings; immutable once built."""

    def __init__(self, faq: FAQ, normalizer: Normalizer):
        self.normalizer = normalizer
        self._searched: dict[tuple, tuple[Candidate, ...]] = {}  # see search()
        self._reads: dict[str, Normalized] = {}  # see read()
        self.phrasings: list[str] = []  # as written
        self.normalized: list[tuple[str, ...]] = []  # normalised tokens, in order
        self.owner: list[str] = []  # entry id of each phrasing
        self.index: dict[str, list[int]] = defaultdict(list)  # token -> phrasing numbers
        # The same, with one phrasing per entry for each set of words: phrasings that differ
        # only in stop words or word order score alike, so search scores one (a third fewer).
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.tokens_of: list[frozenset[str]] = []  # normalised tokens of each phrasing
        self.by_entry: dict[str, list[int]] = defaultdict(list)  # entry id -> phrasing numbers
        self.entry_vocab: dict[str, frozenset[str]] = {}
        self.answer_vocab: dict[str, frozenset[str]] = {}
        self.headline: dict[str, tuple[str, ...]] = {}  # tokens of each entry's question
        self.entries_question = {entry.id: entry.question for entry in faq.entries.values()}
        # Hundreds of thousands of iterations on a large FAQ: the names are bound locally.
        index, phrasings, normalized = self.index, self.phrasings, self.normalized
        postings, indexed = self.postings, set()
        owner, tokens_of = self.owner, self.tokens_of
        about_bot: list[str] = []  # entries most of whose phrasings speak to the bot
        for entry in faq.entries.values():
            entry_id = entry.id
            self.answer_vocab[entry_id] = frozenset(normalizer(entry.answer).tokens)
            vocab: set[str] = set()
            numbers = self.by_entry[entry_id]
            addressed = 0  # phrasings that speak to the bot ("are you a doctor")
            for phrasing in entry.phrasings:
                addressed += not ADDRESS_WORDS.isdisjoint(normalizer.split(phrasing))
                tokens = normalizer(phrasing).tokens  # distinct already
                if entry_id not in self.headline:  # the first phrasing is the question
                    self.headline[entry_id] = tokens
                if not tokens:
                    continue
                number = len(phrasings)
                phrasings.append(phrasing)
                normalized.append(tokens)
                owner.append(entry_id)
                tokens_of.append(frozenset(tokens))
                numbers.append(number)
                for token in tokens:
                    index[token].append(number)
                if (entry_id, tokens_of[-1]) not in indexed:
                    indexed.add((entry_id, tokens_of[-1]))
                    for token in tokens:
                        postings[token].append(number)
                vocab.update(tokens)
            self.entry_vocab[entry_id] = frozenset(vocab)
            if addressed and addressed >= ABOUT_BOT_SHARE * len(entry.phrasings):
                about_bot.append(entry_id)
        self.index, self.postings = dict(self.index), dict(self.postings)
        self.by_entry = dict(self.by_entry)
        self.defined = self._defined_terms()
        self.defined_phrases = self._defined_phrases(faq)
        self.body_felt = frozenset(t for w in BODY_FELT for t in normalizer(w).tokens)
        # Things whose causes an entry's question asks about ("What causes eczema?").
        causes = (
            tuple(t for t in h if t != "cause") for h in self.headline.values() if "cause" in h
        )
        self.causes_told = {thing for thing in causes if thing and self._is_defined(thing)}
        # The things an entry's own question is about and nothing else ("What is eczema?").
        self.topics = frozenset(h[0] for h in self.headline.values() if len(h) == 1) & self.defined
        self.about_bot = frozenset(about_bot)
        # ... and the words of their phrasings: "is this medical advice" asks about the bot,
        # whatever "this" could point back at
        self.bot_questions = frozenset(
            tokens_of[n] for n, entry_id in enumerate(owner) if entry_id in self.about_bot
        )
        # (a qualifier the settings give entries of its own counts only for those)
        self.qualifier_entries = {
            "_".join(words(term)): frozenset(ids)
            for term, ids in faq.settings.get("qualifier_entries", {}).items()
        }
        self.qualifiers, self.feelings, self.consulted = (
            frozenset("_".join(words(term)) for term in faq.settings.get(key, ()))
            for key in ("qualifier_terms", "feeling_terms", "consult_terms")
        )
        # The words nearly every phrasing of an entry names besides whom it is about
        # ("probiotics" in "Can probiotics help children with eczema?").
        # (how many of an entry's phrasings name each word: for its own words, and the things
        # entries speak of below)
        named_in = {
            entry_id: Counter(t for n in numbers for t in tokens_of[n])
            for entry_id, numbers in self.by_entry.items()
        }
        self.own_words = {
            entry_id: frozenset(
                t
                for t, c in named_in[entry_id].items()
                if c >= OWN_WORD_SHARE * len(numbers) and t not in self.qualifiers
            )
            for entry_id, numbers in self.by_entry.items()
        }
        self.not_had = WHO_WORDS | self.feelings  # who someone is, how they feel
        self.roles = WHO_WORDS | self.consulted  # who someone is, or asks as ("i'm a nurse")
        self.old_age = normalizer.stem(ELDERLY)  # an age read as elderly ("at 75")
        # What a story before a whole question keeps: the things defined, whom it is about
        # ("my mum is in her 70s, can probiotics help her eczema").
        self.never_told = self.defined | self.qualifiers | {self.old_age}
        # The words nearly all of them share ("bot": "are you", "chatbot", "am i talking to"),
        # which speak to the bot wherever they stand.
        shared = Counter(
            t for e in self.about_bot for n in self.by_entry.get(e, ()) for t in tokens_of[n]
        )
        size = sum(len(self.by_entry.get(e, ())) for e in self.about_bot)
        self.bot_words = frozenset(t for t, c in shared.items() if c >= ABOUT_BOT_SHARE * size)
        self._weigh_words(normalizer)
        # how heavy a word an entry speaks of must be to stand for its own words (see
        # _qualifier_for_own), once rather than for each question that names whom it is about
        self.rarer_than_own = {
            entry_id: RARER_THAN_OWN * max(map(self.weigh, own), default=0.0)
            for entry_id, own in self.own_words.items()
        }
        weight = self.weight.__getitem__
        self.phrasing_weight: list[float] = [sum(map(weight, tokens)) for tokens in tokens_of]
        # As the tie-break reads them: its token sort ratio is the ratio of the sorted tokens,
        # sorted here once rather than for each query.
        self.spelt = [" ".join(sorted(tokens)) for tokens in normalized]
        self.credit_shares = self._credit_shares()
        # The things entries speak of throughout: a word at least THING_SHARE of an entry's
        # phrasings name ("sugar", "hydration", "fermented_food"), not a word of doing ("drink").
        self.things = (
            frozenset(
                t
                for entry_id, numbers in self.by_entry.items()
                for t, c in named_in[entry_id].items()
                if c >= THING_SHARE * len(numbers)
            )
            - RELATIONS
            - TOPIC_VERBS
            - self.bot_words
            - {"replace"}  # (what probiotics-replace-treatment asks of them, not a thing)
        )

    def _defined_terms(self) -> frozenset[str]:
        """The words an entry defines: those of phrasings like "what is leaky gut" (not "what
        are your sources", which asks the bot)."""
        everyday = {self.normalizer.stem(w) for w in EVERYDAY_WORDS}
        defined = set()
        for phrasing, tokens in zip(self.phrasings, self.normalized, strict=True):
            if len(tokens) == 1 and tokens[0] not in everyday:
                split = words(phrasing)
                start = split[:2]
                if ADDRESS_WORDS.isdisjoint(split) and (
                    start[:1] in (["whats"], ["define"]) or start in DEFINING_STARTS
                ):
                    defined.add(tokens[0])
        return frozenset(defined)

    def _defined_phrases(self, faq: FAQ) -> frozenset[tuple[str, ...]]:
        """Things of two or three words an entry's question defines ("what is the gut-skin
        axis?" defines "gut skin axis")."""
        phrases = set()
        for entry in faq.entries.values():
            tokens, question = self.headline.get(entry.id, ()), words(entry.question)
            if 1 < len(tokens) <= 3 and question[:2] in DEFINING_STARTS and len(question) <= 6:
                phrases.add(tokens)
        return frozenset(phrases)

    def _cause_untold(self, thing: tuple[str, ...]) -> bool:
        """Whether a thing whose causes a question asks is one no entry tells the causes of,
        nor names with one that does: "what causes allergies" (an entry names allergies as a
        cause of eczema), not "what causes flare ups"."""
        told = {t for c in self.causes_told for t in c}
        return any(self.weigh(t) > self.generic_weight for t in thing) and told.isdisjoint(thing)

    def _got_from(self, split: list[str]) -> tuple[tuple[str, ...], str] | None:
        """The thing, and how the question is read, when it asks whether one gets a thing an
        entry defines from something the FAQ does not name ("can i get eczema from washing my
        hair", "can you get eczema from your job", "could my son catch eczema off the
        nursery"), or None: such a question asks whether that something causes it, which no
        entry says. (Not of a thing the FAQ names: "can you get eczema from stress", "from a
        leaky gut".)"""
        if split[:1] not in GET_FROM_ASKERS:
            return None
        verb = next((i for i in range(1, GET_FROM_REACH) if split[i : i + 1] in GET_VERBS), None)
        if verb is None:
            return None
        start = verb + 1
        source = next(
            (i for i in range(start + 1, start + 4) if split[i : i + 1] in GET_FROM_WORDS), None
        )
        if source is None or source + 1 >= len(split):
            return None
        thing = self.normalizer(" ".join(split[start:source])).tokens
        # ("from your parents": the words with "from" are read as a phrase)
        if not self._is_defined(thing) or self._names_a_topic(split[source:]):
            return None
        said = " ".join(split[source + 1 :])
        return thing, f"does {said} cause {spoken(thing)}? (nothing an entry names as a cause)"

    def _gives_what(self, split: list[str]) -> tuple[tuple[str, ...], str] | None:
        """The thing, and how the question is read, when it asks whether a thing an entry
        defines gives someone something the FAQ never names, in everyday words ("could a leaky
        gut give me sore knees", "can eczema cause sore knees"), or None. Not of a thing the
        FAQ names ("can leaky gut give you eczema", "... cause inflammation"), nor of trouble
        in general ("can leaky gut cause problems")."""
        if split[:1] not in GET_FROM_ASKERS:
            return None
        verb = next(
            (i for i in range(2, GET_FROM_REACH + 1) if split[i : i + 1] in GIVE_VERBS), None
        )
        if verb is None:
            return None
        thing = self.normalizer(" ".join(split[1:verb])).tokens
        effect = split[verb + 1 :]
        while effect[:1] and effect[0] in GIVEN_TO:
            effect = effect[1:]
        tokens = self.normalizer(" ".join(effect)).tokens
        if (
            not self._is_defined(thing)
            or not tokens
            or GENERAL_EFFECTS.issuperset(tokens)
            or self._names_a_topic(effect)
        ):
            return None
        reading = f"does {spoken(thing)} cause {' '.join(effect)}?"
        return thing, f"{reading} (nothing an entry names as what it causes)"

    def _names_a_topic(self, split: list[str]) -> bool:
        """Whether words name something the FAQ weighs more than an everyday word."""
        tokens = self.normalizer(" ".join(split)).tokens
        return any(t in self.weight and self.weigh(t) > self.generic_weight for t in tokens)

    def _is_defined(self, thing: tuple[str, ...]) -> bool:
        return (len(thing) == 1 and thing[0] in self.defined) or thing in self.defined_phrases

    def _advice_on_told(self, split: list[str]) -> Normalized | None:
        """A reading of what someone tells of how they are, closed by a bare request for what
        to do (BARE_ADVICE_ASKED), or None. Of eczema alone ("my eczema is flaring, what do i
        do now"): what to do about it, which no entry advises on. Of the gut alone ("my gut
        feels rubbish lately, what should i do"): how to make it healthy. Else None: the
        matcher reads what is told as the question."""
        request = next(
            (r for r in BARE_ADVICE_ASKED if len(split) > len(r) and tuple(split[-len(r) :]) == r),
            None,
        )
        if request is None:
            return None
        told = split[: -len(request)]
        # (not "is it eczema, what now", "how do i tell what it is, what do i do")
        if told[0] in AUXILIARIES or not QUESTION_WORDS.isdisjoint(told):
            return None
        if told[0] == "help" and told[1:]:  # a cry for help opening it ("help!! my eczema ...")
            told = told[1:]
        normalized = self.normalizer(" ".join(told))
        named = set(self._named(normalized.tokens))
        # (not "i want to make my gut healthier to help my eczema, what should i do")
        if named == {("eczema",)} and ADVICE_TOPICS.isdisjoint(normalized.tokens):
            reading = f"what to do about eczema? ('{' '.join(told)}', then asks what to do)"
            return Normalized((ADVICE_UNGIVEN, "eczema"), normalized.synonyms, reading)
        if (
            not named
            and GUT_STATES.issuperset(normalized.tokens)
            and not {"gut", "poor_gut_health"}.isdisjoint(normalized.tokens)
        ):
            reading = f"how to make the gut healthy? ('{' '.join(told)}', then asks what to do)"
            return self.normalizer("how do i improve my gut health")._replace(reading=reading)
        return None

    def _named(self, tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The things entries define named in ``tokens``, in the order they are named."""
        named = []
        for at, token in enumerate(tokens):
            named += [p for p in self.defined_phrases if tokens[at : at + len(p)] == p]
            if token in self.defined:
                named.append((token,))
        return named

    def read(self, text: str) -> Normalized:
        """A user's question, normalised, read as a whole.

        A question that asks what kind of thing something is, and nothing more ("is dysbiosis
        a disease", "are probiotics just bacteria?"), asks "what is dysbiosis"; see asks_kind.
        So does one that ends "... what dysbiosis is" ("can you tell me what dysbiosis is"),
        and one whose last clause is "what is dysbiosis" ("before i start, what's dysbiosis").

        A question that ends by asking what an earlier-named thing is ("my naturopath says i
        have leaky gut, what even is that") asks "what is leaky gut": the rest is the story
        around it. Only for things some entry defines, and the last one named.

        In a message of several sentences, words of the sentences told around the question
        ("Everyone at the gym talks about probiotics. What are they?") weigh as little as
        everyday words, except what someone has, is, takes or eats ("I have psoriasis. Can
        probiotics help?" still gets "I don't know"); see _story. Tags in brackets that start
        a forum post's title ("[Help] what is eczema?") are no part of the question, nor is
        the bot's name calling it ("bot, define leaky gut").
        """
        read = self._reads.get(text)
        if read is None:
            read = self._read_whole(text)
            if len(self._reads) < MAX_READS_KEPT:  # (the matcher never changes: nor does this)
                self._reads[text] = read
        return read

    def _read_whole(self, text: str) -> Normalized:
        """read() without the store of readings: a follow-up reads the part of a message
        before it again."""
        text = as_typed_in_chat(text)
        text = LEADING_TAGS.sub("", text) or text  # a tag on its own is what is asked
        text = CALLED_BY_NAME.sub("", text) or text
        text = self.normalizer.with_openers_spelt(text)
        framed = without_article_frame(text)
        if framed is not None:
            # "what do the articles say about stress" asks about stress
            read = self._read(framed)
            if read.tokens:
                asked = " ".join(words(framed))
                return read._replace(
                    reading=read.reading or f"{asked} (without its framing by the articles)"
                )
        return self._read(text)

    def _read(self, text: str) -> Normalized:
        """read(), once any framing by the articles is taken out."""
        normalized = self.normalizer(text)
        split = words(text)
        if not self.unanswered.isdisjoint(normalized.tokens):
            normalized = self._what_they_have(normalized, text)
        bare = asked = without_lead(split)  # (so, ok so, and: "so what causes leaky gut")
        asked_part = self._asked_part(text)
        cause_of = asks_cause_of(bare) if self.defined else None
        if self.defined and not cause_of and asked_part != split:  # "hi, what causes leaky gut"
            asked = asked_part
            cause_of = asks_cause_of(asked)
        if cause_of:  # "what causes leaky gut": only an entry on its causes can answer
            thing = self.normalizer(" ".join(asked[cause_of[0] : cause_of[1]])).tokens
            # (not "can poor gut health cause it": that asks about one cause)
            if (
                asked is not bare
                and asked[cause_of[0] : cause_of[1]] in CAUSE_POINTERS
                and asked[0] in ("what", "why", "how")
            ):
                # "the red itchy dry patches thing, what causes it": the thing named before
                at = max(
                    (i for i in range(len(split)) if split[i : i + len(asked)] == asked), default=0
                )
                named = self._named(self.normalizer(" ".join(split[:at])).tokens)
                if named:
                    thing = named[-1]
                    told = spoken(thing)
                    if thing in self.causes_told:
                        reading = f"what causes {told}? ('{' '.join(asked)}' refers back to it)"
                        return self.normalizer(f"what causes {told}")._replace(reading=reading)
            # ("can sugar cause inflammation" names its cause: the entry on sugar answers)
            if (self._is_defined(thing) and thing not in self.causes_told) or (
                asked[0] in CAUSE_ASKERS and self._cause_untold(thing)
            ):
                reading = f"what causes {spoken(thing)}? (no entry's question asks what causes it)"
                return Normalized((CAUSE_OF_UNKNOWN, *thing), normalized.synonyms, reading)
        advised = self._advice_on_told(split) if self.defined else None
        if advised is not None:
            return advised
        # (not probiotics for a baby: an entry answers that)
        fed = FED_TERMS.intersection(normalized.tokens)
        if (
            fed
            and "probiotics" not in normalized.tokens
            and self.defined
            and INFANT_AGE.search(" ".join(with_ages_spelt_out(split)))
        ):
            reading = f"what a baby may eat or drink ({', '.join(sorted(fed))}): no entry says"
            tokens = (INFANT_FEEDING, *normalized.tokens)
            return Normalized(tokens, normalized.synonyms, reading)
        unnamed = self._got_from(bare) or self._gives_what(bare)
        if unnamed is not None:
            thing, reading = unnamed
            return Normalized((CAUSE_OF_UNKNOWN, *thing), normalized.synonyms, reading)
        kind, checks = asks_kind(bare), asks_if_it_is(bare)
        kind_in = bare
        if kind is None and self.defined and asked_part != split:
            # ("we've got a bet on, are probiotics bacteria or not")
            kind_in, kind = asked_part, asks_kind(asked_part)
        # (after the clauses that say nothing: "my son asked me what eczema is, what do i tell
        # him")
        said_split = words(self._without_empty_tail(text))
        ends_what_is = asks_what_it_is(said_split)
        for named, how in (
            # "is dysbiosis a disease"
            (kind and kind_in[kind[0] : kind[1]], "asks what kind of thing it is"),
            # "tell me what dysbiosis is"
            (ends_what_is and said_split[ends_what_is[0] : ends_what_is[1]], "asks what it is"),
            # "before i start, what are probiotics?"
            (closing_definition(text), "ends by asking what it is"),
            # "is leaky gut when food leaks out of your gut"
            (checks and bare[checks[0] : checks[1]], "checks a guess at what it is"),
        ):
            thing = self.normalizer(" ".join(named)).tokens if named and self.defined else ()
            if thing and self._is_defined(thing):
                reading = f"what is {spoken(thing)}? ('{text.strip()}' {how})"
                return Normalized(thing, normalized.synonyms, reading)
        # "so what is a probiotic exactly, is it a bacteria?": what a thing is, then a guess at
        # what kind of thing "it" is
        clauses = clauses_of(text) if self.defined else []
        if len(clauses) == 2:
            guess = words(clauses[1])
            if guess[:2] in GUESS_OPENINGS and asks_kind(guess):
                first = self._read(clauses[0])
                if first.tokens and self._is_defined(first.tokens):
                    reading = f"what is {spoken(first.tokens)}? (then a guess at what kind it is)"
                    return first._replace(reading=reading)
                # "someone told me about leaky gut, is that a disease": the one thing it names
                named = set(self._named(first.tokens))
                if len(named) == 1:
                    thing = named.pop()
                    reading = f"what is {spoken(thing)}? (then a guess at what kind it is)"
                    return Normalized(thing, first.synonyms, reading)
        told = self._defined_then_told(split) if self.defined else None
        for size in (3, 2, 1) if told else ():
            # "what is the gut-skin axis the article keeps talking about"
            thing = self.normalizer(" ".join(split[told[0] : min(told[0] + size, told[1])])).tokens
            if thing and self._is_defined(thing) and told[0] + size < told[1]:
                reading = f"what is {spoken(thing)}? (the rest says who talks about it)"
                return Normalized(thing, normalized.synonyms, reading)
        # ... or a thing in other words, talked about by people, not the articles: "what is
        # this gut skin connection everyone mentions" asks what the gut-skin connection is
        span = range(told[1] - 1, told[0], -1) if told else ()
        who = next((at for at in span if split[at] in PEOPLE_TALKING), 0)
        if who:
            asked_first = " ".join(split[:who])
            read = self._read(asked_first)
            return read._replace(
                reading=f"{read.reading or asked_first} (the rest says who talks about it)"
            )
        # "My naturopath wrote dysbiosis on my notes. What does that mean? I was too
        # embarrassed to ask.": the message's last question, whatever is told after it
        upto = words(self._up_to_question(text)) if self.defined else split
        # ("wat does that mean" as typed on a phone)
        at = refers_back(spelt_out(upto)) if self.defined else None
        if not at:
            story = (
                self._story(text)
                | self._source(words(self._without_empty_lead(text)))
                | self._bought_at(split)
                | self._measures(split)
                | self._likened(split)
                | (
                    frozenset()
                    if LISTED_KINDS.isdisjoint(normalized.tokens)
                    else self._listed_beside(split)
                )
                | self._predicated(split)
            )
            # spoken to in what it asks, not in "can you tell me ..." or "Hope you are well."
            # (as spelt: "dis a real doctor advice or wah")
            addressed = not (
                (ADDRESS_WORDS.isdisjoint(spelt_out(asked_part)) or checks_truth(asked_part))
                and self.bot_words.isdisjoint(normalized.tokens)
            )
            return normalized._replace(story=story, addressed=addressed)
        told = " ".join(split[:at])
        # a word only an answer uses, told before "what does that mean", is what it asks
        # about: "the answer said eczema is multifactorial, what does that mean"
        # (said to be what the thing is: after "is", not "like an api between two systems")
        own = tuple(
            t
            for before, word in pairwise(split[:at])
            if before in ("is", "are", "was", "were")
            for t in self.normalizer(word).tokens
            if t in self.answer_only
        )
        entry_id = self._answer_using(own) if own else None
        if entry_id is not None:
            reading = f"{self.entries_question[entry_id]} ('{spoken(own)}' is a word of its answer)"
            return Normalized(self.headline[entry_id], normalized.synonyms, reading)
        told_tokens = self.normalizer(told).tokens
        named_first = upto[:at]
        last = named_first[-1:]
        if (
            PLURAL_ASKED.intersection(upto[at:])
            and not OF_A_THING.isdisjoint(told_tokens)
            and (
                named_first[:1] == ["the"]  # a thing named, not told of ("my gran gave me")
                # ... or the many of it last ("eczema has loads of causes, what are they")
                or (
                    last[0].endswith("s")
                    and not OF_A_THING.isdisjoint(self.normalizer(last[0]).tokens)
                )
            )
            and SUBJECTS.isdisjoint(named_first)  # ("the probiotics, they serve for what")
        ):
            # "the causes of eczema, what are they", "the symptoms of leaky gut, what are
            # they": what is asked is all of what was named, not the thing it is of (what was
            # said, not who said it: "a tv doctor said eczema has lots of causes, ...")
            said = max(
                (k + 1 for k, w in enumerate(named_first) if w in REPORTING_WORDS), default=0
            )
            told = " ".join(named_first[said:])
            asked = " ".join(upto[at:])
            reading = f"what are {told}? ('{asked}' refers back to it)"
            return Normalized(self.normalizer(told).tokens, normalized.synonyms, reading)
        named = self._named(told_tokens)
        # Of several, not where it was heard, a thing set aside, what it was named for, nor
        # what it is told to be (each in turn, while more than one is left).
        for aside in NOT_THE_THING:
            if len(named) > 1:
                named = self._named(self.normalizer(aside.sub(" ", told)).tokens) or named
        if not named:
            return normalized
        asked = " ".join(upto[at:])
        reading = f"what is {spoken(named[-1])}? ('{asked}' refers back to it)"
        return Normalized(named[-1], normalized.synonyms, reading)

    def about_an_answer(self, text: str, query: Normalized) -> Normalized | None:
        """A question no phrasing answers, read as one about the words of an answer, or None:
        "what is mucosal integrity" asks about words of the answer on drinking water. The
        caller asks only when the question as read finds no answer (so "is my digestive health
        responsible for my eczema" is not about the answer that says "responses")."""
        # (what is told around it is no part of it, nor who said it: "the water answer
        # mentioned mucosal integrity, what is that")
        aside = query.story | self._source(words(text))
        entry_id = self._answer_using(tuple(t for t in query.tokens if t not in aside))
        if entry_id is None:
            return None
        reading = (
            f"{self.entries_question[entry_id]} ('{text.strip()}' asks about words of its answer)"
        )
        return Normalized(self.headline[entry_id], query.synonyms, reading)

    def _answer_using(self, tokens: tuple[str, ...]) -> str | None:
        """The entry whose answer alone uses the words of a question that no phrasing uses,
        and has every other word of it, or None ("what does immune overactivity mean" is two
        answers')."""
        own = [t for t in tokens if t in self.answer_only]
        if not own:
            return None
        rest = [
            t for t in tokens if t not in self.answer_only and self.weigh(t) > self.generic_weight
        ]
        if any(t in self.unanswered for t in rest):
            return None
        found = [
            entry_id
            for entry_id, said in self.answer_vocab.items()
            if said.issuperset(own)
            and all(t in said or t in self.entry_vocab[entry_id] for t in rest)
        ]
        return found[0] if len(found) == 1 else None

    def only_whom(self, query: Normalized) -> bool:
        """Whether a question's only topic words say whom it is about ("my son", "for
        kids?"): it asks nothing of its own, so no one entry answers it."""
        topics = [t for t in query.tokens if self.weigh(t) > self.generic_weight]
        return bool(topics) and self.qualifiers.issuperset(topics)

    def _defined_then_told(self, split: list[str]) -> tuple[int, int] | None:
        """defined_then_told, after words that say nothing before the question ("bhai what is
        this leaky gut everyone is talking about"), in ``split``'s places."""
        lead = 0
        while (
            lead < MAX_EMPTY_LEAD
            and lead < len(split)
            and split[lead] not in QUESTION_OPENERS
            and not self.normalizer(split[lead]).tokens
        ):
            lead += 1
        told = defined_then_told(split[lead:])
        return (told[0] + lead, told[1] + lead) if told else None

    def _without_empty_lead(self, text: str) -> str:
        """A message without the clauses at its start that normalise to nothing ("hi, my
        friend swears ...", "nail tech, one of my ladies swears ...")."""
        while (at := CLAUSE_END.search(text)) and not self.normalizer(text[: at.start()]).tokens:
            text = text[at.end() :]
        return text

    def _without_empty_tail(self, text: str) -> str:
        """A message without the clauses at its end that normalise to nothing ("..., what do
        i tell him", "..., thanks")."""
        ends = [m.start() for m in CLAUSE_END.finditer(text)]
        while ends and not self.normalizer(text[ends[-1] :]).tokens:
            text = text[: ends.pop()]
        return text

    def _whose(self, split: list[str]) -> set[str]:
        """Words the FAQ never uses that a sentence names as someone's ("my dog", "our
        lodger"), terms it does not answer ("my pet") and the terms that say whom a question
        is about ("my son", "my little boy", "my 70 year old": the two words after "my", or
        an age)."""
        whose: set[str] = set()
        for at, owner in enumerate(split):
            if owner not in OWNERS:
                continue
            size = AGE_WORDS if split[at + 1 : at + 2] and split[at + 1].isdigit() else 2
            whose.update(
                token
                for token in self.normalizer(" ".join(split[at + 1 : at + 1 + size])).tokens
                if token not in self.weight or token in self.qualifiers or token in self.unanswered
            )
        return whose

    def _asking(self, sentences: list[str]) -> list[str]:
        """The sentences of a message that ask: those with "?", and a last one after them that
        opens as a question with none ("source? what research backs the link"); else one that
        opens as a question ("what is eczema. Thank you so much for your help!"); else the last
        that names a topic ("kefir vs kombucha. Thanks so much!"); else the last."""
        marked = [s for s in sentences if s.rstrip().endswith("?")]
        last = sentences[-1] if sentences else ""
        if marked and not last.rstrip().endswith("?") and asks_unmarked(last):
            marked.append(last)
        return (
            marked
            or [s for s in sentences if asks_unmarked(s)][-1:]
            or [
                s
                for s in sentences
                if any(self.weigh(t) > self.generic_weight for t in self.normalizer(s).tokens)
            ][-1:]
            or sentences[-1:]
        )

    def _asked_part(self, text: str) -> list[str]:
        """The words of what a message asks, without what comes before it: the last sentence
        that asks, from its last clause that opens as a question, without an opening "can you
        tell me", "do you know", "Q:" ("hi, what causes leaky gut", "do you know what causes
        leaky gut")."""
        if SENTENCE_END.search(text) or CLAUSE_BREAK.search(text):
            sentences = [s for s in SENTENCE_END.split(text) if words(s)]
            asked = self._asking(sentences)[-1] if sentences else text
            clauses = clauses_of(asked)
            opening = [c for c in clauses if words(c)[0] in QUESTION_OPENERS]
            if opening and is_tag_question(words(opening[-1])) and clauses[0] != opening[-1]:
                # "this isn't proper medical advice, is it": the statement the tag asks of
                opening[-1] = clauses[clauses.index(opening[-1]) - 1]
            split = words(opening[-1] if opening else asked)
        else:
            split = words(text)
        for suffix in ASK_SUFFIXES:
            if split[-len(suffix) :] == suffix and len(split) > len(suffix):
                split = split[: -len(suffix)]
                break
        for prefix in ASK_PREFIXES:
            if split[: len(prefix)] == prefix and len(split) > len(prefix):
                return split[len(prefix) :]
        return split

    @staticmethod
    def _up_to_question(text: str) -> str:
        """A message up to the end of its last sentence that asks something ("?"), when only
        statements follow it; all of it otherwise ("is that real? what is it")."""
        sentences = [s for s in SENTENCE_END.split(text) if words(s)]
        asks = [at for at, s in enumerate(sentences) if s.rstrip().endswith("?")] or [
            at for at, s in enumerate(sentences) if asks_unmarked(s)
        ]
        after = sentences[asks[-1] + 1 :] if asks else ()
        if not after or any(words(s)[0] in QUESTION_OPENERS for s in after):
            return text
        return " ".join(sentences[: asks[-1] + 1])

    def _story(self, text: str) -> frozenset[str]:
        """Words of the sentences told around a question, which weigh little.

        Words the FAQ never uses, and FAQ words other than the things entries define ("I've
        tried lots of creams. Could probiotics help my eczema?": the creams are the story; "I'm
        about to buy some. Which strains do the articles name?"). Not what has, is, takes or
        eats something, nor what it has ("I have psoriasis", "my son is lactose intolerant",
        "I'm pregnant", "my cat has a rash").
        No FAQ words when the question points back at the story ("How does that work?", unless
        "it" is a thing an entry defines that the story names) or has no topic of its own
        ("Where do I start?").
        """
        sentences = [s for s in SENTENCE_END.split(text) if words(s)]
        if len(sentences) < 2:
            return self._tail(text) or self._lead(text)
        asks = self._asking(sentences)
        if len(asks) == 1 and self._asks_of_unnamed(sentences[: sentences.index(asks[0])], asks[0]):
            return frozenset()  # "my hair has been falling out. is that from stress?"
        asked = {t for s in asks for t in self.normalizer(s).tokens}
        # FAQ words told around the question weigh little too, unless the question points
        # back at them ("How does that work?").
        told_sentences = [(s, self.normalizer(s).tokens) for s in sentences if s not in asks]
        # A question with no topic of its own ("Where do I start?") asks about the story.
        topical = any(self.weigh(t) > self.generic_weight for t in asked)
        points_back = not topical or any(map(self._points_back, asks))
        if points_back and any(map(self._points_at_thing, asks)):
            # "My doctor mentioned leaky gut. Can it make my eczema worse?": "it" is the thing
            # an entry defines that the story names, and the rest is story again. ("Is there
            # any truth in that?" asks about all of the story.)
            points_back = not any(self._named(tokens) for _, tokens in told_sentences)
            # "I crave sugar all day. Is it bad for my gut?": "it" is the one thing the story
            # names that an entry speaks of throughout (sugar), and the rest of the story (the
            # craving, all day) is story again (not "the gut and skin being linked. How does
            # that work?": two things, and the link between them asked)
            things = {t for _, tokens in told_sentences for t in tokens if t in self.things}
            if points_back and len(things) == 1:
                points_back = False
                asked |= things
        # "My dog scratches all the time. Can I give him probiotics?": who the question is
        # about is whom the story names as someone's ("my dog").
        about_someone = any(not PERSON_POINTERS.isdisjoint(words(s)) for s in asks)
        # What someone has is the reason to ask a doctor when the question asks about one ("I'm
        # on tablets for my thyroid. Should I check with my GP first?"): the story then.
        consulting = not self.consulted.isdisjoint(asked)
        # Nor when the question is whole with two topics or more, as in _lead ("I drink loads
        # of coffee. Does water help the gut and skin?").
        complete = not points_back and self._stands_alone(
            asked, [w for s in asks for w in words(s)]
        )
        told: set[str] = set()
        about: set[str] = set()  # whom the question is about, as the story names them
        # (after the question a topic named alone is what it was, as an aside says: "do
        # probiotics (the capsules) help eczema")
        last_asked = max((at for at, s in enumerate(sentences) if s in asks), default=None)
        before_asked = set(sentences[:last_asked])
        for sentence, tokens in told_sentences:
            if sentence in before_asked and self._heading(sentence, tokens):
                continue  # "stress and my gut. is there a connection?": the topic, not a story
            kept = set() if consulting or complete else self._had(words(sentence))
            for name in NAMED.findall(sentence):  # "Hi there, I'm Tom.": a name, not a state
                if not name.endswith(NOT_NAMES):  # "I'm Diabetic", "I'm Pregnant"
                    kept.difference_update(self.normalizer(name).tokens)
            if about_someone:
                whose = self._whose(words(sentence))
                kept.update(whose)
                about.update(whose)
            # (the words of a thing an entry defines by a phrase are that thing's too: "the
            # gut skin axis, sounds made up. what is it meant to be")
            defined = {t for phrase in self._named(tokens) for t in phrase}
            for token in tokens:
                if token in kept:
                    continue
                unknown = token not in self.weight and not token.isdigit()
                if unknown or not (points_back or token in defined):
                    told.add(token)
        # (whom the question is about is not story where the story names them again: "My
        # daughter is 3. Is it safe to give her probiotics? She has had eczema since she was a
        # baby.")
        told -= asked | about
        if complete:
            told |= {HAS_MARK + t for t in told if t in self.unanswered}
        return frozenset(told)

    def _heading(self, sentence: str, tokens: tuple[str, ...]) -> bool:
        """Whether a sentence only names topics, as a title does ("Stress and my gut", "leaky
        gut + eczema"): FAQ words and stop words, no one doing or having anything ("dx'd w/
        eczema" has: text-speak is read as the words it stands for). Not an item of a list
        ("tried so far: - steroid cream - emollients"): what someone has, eats or tried."""
        split = spelt_out(words(sentence))
        return (
            bool(tokens)
            and not LIST_ITEM.match(sentence)
            and len(split) <= HEADING_WORDS
            and split[0] not in OWNERS  # "My pharmacist talked about leaky gut."
            and not (split[0] == "with" and split[1:2] and split[1] in POSSESSIVES)
            # "doing my weekly shop", "at the doctors waiting for bloods": what someone is
            # doing, or where (but "morning or night")
            and not (split[0].endswith("ing") and split[0] not in ING_NOUNS)
            and "not" not in split  # "not a doctor here": what someone is not
            and split[0] not in DONE_OPENERS  # "tried loads of creams": who did it left out
            and split[0] not in PLACE_OPENERS
            and all(self.weigh(t) > self.generic_weight for t in tokens)
            # FAQ words, or a list of things that trails off, known or not: "vitamins and
            # minerals and stuff, which ones help skin"
            and (
                all(t in self.weight for t in tokens)
                or any(split[-len(tail) :] == tail for tail in VAGUE_TAILS)
            )
            and PEOPLE_DOING.isdisjoint(split)
            and HAVE_WORDS.isdisjoint(split)
            and REPORTING_WORDS.isdisjoint(split)
        )

    def _source(self, split: list[str]) -> frozenset[str]:
        """Who or what said what a message goes on to ask about, with the word that reports it:
        "the article said a lot of the immune system is in the gut, is that right", "my doctor
        thinks probiotics help", "my stool test showed dysbiosis"."""
        # "the article said", "my doctor thinks"; not "what does the science say", nor "strains
        # mentioned in the articles"
        if split[:2] == ["one", "of"]:  # "one of my ladies swears ..."
            split = split[2:]
        if not split or not (split[0] in SOURCE_STARTS or self._names_a_source(split[0])):
            return frozenset()
        for at, word in enumerate(split[: MAX_SOURCE_WORDS + 1]):
            if at and word in ASKED_OF_SOURCE:
                return frozenset()  # "opinions aside, what does the research say about ..."
            if (
                at
                and word in REPORTING_WORDS
                and len(split) - at > 2
                and split[at + 1] not in ("in", "by", "for", "on", "as", "at", "up")
            ):
                said = self.normalizer(" ".join(split[: at + 1])).tokens
                # (not what the rest names again: "the water bottle says hydration for gut
                # health, does water help the gut" asks about water)
                return frozenset(said).difference(self.normalizer(" ".join(split[at + 1 :])).tokens)
        return frozenset()

    def _measures(self, split: list[str]) -> frozenset[str]:
        """The words the FAQ never uses right after a number, which say what it counts: "i eat
        2 tablespoons of sauerkraut a day", "3 litres", "60 hour weeks". A measure says how
        much, not what is asked about (as the number itself does not), unless the message
        asks about the amount: "is 3 litres of water too much"."""
        if not AMOUNT_ASKED.isdisjoint(split):
            return frozenset()
        return frozenset(
            t
            for before, word in pairwise(split)
            if before.isdigit()
            for t in self.normalizer(word).tokens
            if t not in self.weight
        )

    def _bought_at(self, split: list[str]) -> frozenset[str]:
        """The words of where someone got a thing the FAQ names (see SHOP_PREPOSITIONS): names
        the FAQ never uses and words for a shop, after "from", up to the next word the FAQ
        weighs."""
        told: set[str] = set()
        for at, word in enumerate(split[1:], start=1):
            if word not in SHOP_PREPOSITIONS:
                continue
            thing = self.normalizer(split[at - 1]).tokens
            if not thing or not all(self.weigh(t) > self.generic_weight for t in thing):
                continue  # "does it come from stress", "recover from"
            place: list[str] = []
            following = split[at + 1 : at + 1 + MAX_SHOP_WORDS]
            first = following[0] if following else ""
            if self.normalizer.is_stop_word(first) and first not in PLACE_STARTS:
                continue  # "from my gf", "from him"
            for after in following:
                tokens = self.normalizer(after).tokens
                if after not in SHOP_WORDS and any(t in self.weight for t in tokens):
                    break  # "kefir from aldi, a fermented food", not "probiotics from food"
                place.append(after)
            if any(w in SHOP_WORDS or self.normalizer(w).tokens for w in place):
                told.update(self.normalizer(" ".join(place)).tokens)
        return frozenset(told)

    def _likened(self, split: list[str]) -> frozenset[str]:
        """The words of a picture a message likens a thing to that the FAQ never uses: "is a
        leaky gut basically like a sieve" -> sieve, "are prebiotics like fertiliser for the
        good bacteria" -> fertiliser (not the FAQ's words in it: "like a mirror of the gut"
        still names the gut). Such a picture says what the thing is like, not what is asked
        about."""
        told: set[str] = set()
        split = spelt_out(split)  # ("watter kos ..., soos amasi")
        for at, word in enumerate(split[1:], start=1):
            following = split[at + 1 : at + 2]
            # "which foods have probiotics, like amasi or maas": examples of what is asked for,
            # which the FAQ need not name (a list of them)
            examples = word == "like" and self._asks_for_examples(split[:at])
            if not examples and (
                word != "like"
                or not following
                or split[at - 1] in NOT_LIKENING
                or LIKENING.isdisjoint(split[max(0, at - LIKENING_REACH) : at])
                # ("are probiotics like vaccines" likens them to things of their kind; not "do
                # probiotics work like reinforcements", which likens what they do)
                or (following[0].endswith("s") and split[at - 1] not in DOING_LIKE)
            ):
                continue
            for after in split[at + 1 : at + 1 + LIKENED_WORDS]:
                if after in QUESTION_OPENERS or (
                    after in CLAUSE_WORDS and not (examples and after in LISTING)
                ):
                    break
                told.update(t for t in self.normalizer(after).tokens if t not in self.weight)
        return frozenset(told)

    @staticmethod
    def _asks_for_examples(split: list[str]) -> bool:
        """Whether words ask which things of a kind there are ("which foods have
        probiotics"), so that "like ..." after them gives examples."""
        return split[:1] in (["which"], ["what"]) and not EXAMPLED_KINDS.isdisjoint(split[1:3])

    def _listed_beside(self, split: list[str]) -> frozenset[str]:
        """Foods the FAQ never names, listed with "and" or "or" beside a food it names by kind
        (LISTED_KINDS): "we eat lentils and onions, are those prebiotics" -> lentils, "idli
        dosa and curd" -> dosa. One more of a list stands beside the foods the FAQ names, not
        where the entry names something (see Matcher.stand_in); not "eczema and vitamin d"
        nor "capsules or powder", which name no such food."""
        told: set[str] = set()
        for at in range(1, len(split) - 1):
            if split[at] not in LISTING_WORDS:
                continue
            pair = [self.normalizer(split[at - 1]).tokens, self.normalizer(split[at + 1]).tokens]
            for one, other in (pair, pair[::-1]):
                if (
                    len(one) == 1
                    and one[0] not in self.weight
                    and not one[0].isdigit()
                    and other
                    and LISTED_KINDS.issuperset(other)
                ):
                    told.add(one[0])
        return frozenset(told)

    def _predicated(self, split: list[str]) -> frozenset[str]:
        """The words the FAQ never uses in what a question calls one thing with respect to
        another: "is sugar the devil when it comes to your gut" -> devil, "is my gut the
        culprit behind my eczema" -> culprit, "is leaky gut the elephant in the room with
        eczema" -> elephant, room. Only between a thing the FAQ names and another it names
        after it, by a word that relates them ("is eczema the same as psoriasis" names no such
        other thing; "is eczema an autoimmune disease" relates none: it says what eczema is)."""
        split = without_lead(split)
        if split[:1] not in (["is"], ["are"]) or split[1:2] in DUMMY_SUBJECTS:
            return frozenset()
        article = next((at for at in range(2, len(split)) if split[at] in ARTICLES), None)
        if article is None or not self._topical(split[1:article]):
            return frozenset()
        span: list[str] = []
        for after in split[article + 1 : article + 1 + PREDICATE_WORDS]:
            if self._topical([after]):
                if PREDICATE_LINKS.isdisjoint([*span, after]):
                    return frozenset()  # "is eczema an autoimmune disease": what it is
                told = {t for w in span for t in self.normalizer(w).tokens if t not in self.weight}
                return frozenset(told) if len(told) <= PREDICATE_UNKNOWN else frozenset()
            span.append(after)
        return frozenset()

    def _topical(self, split: list[str]) -> bool:
        """Whether words name a topic the FAQ uses (not only everyday words, nor unknown ones)."""
        return any(
            t in self.weight and self.weigh(t) > self.generic_weight
            for t in self.normalizer(" ".join(split)).tokens
        )

    def _names_a_source(self, word: str) -> bool:
        """Whether a message's first word can name who or what said something: a word that is
        no question word, stop word or FAQ topic ("label on this box says", "packet says")."""
        tokens = self.normalizer(word).tokens
        return (
            word not in QUESTION_OPENERS
            and bool(tokens)
            and all(t not in self.weight or self.weigh(t) <= self.generic_weight for t in tokens)
        )

    def _listed_unnamed(self, clauses: list[str]) -> list[str]:
        """Of a list of things before a question, each a clause of a word or two, those the
        FAQ never names, when another is a thing it speaks of: "kefir, kombucha, miso, are
        they all good for the gut" (kefir stands for the rest, which are told, not asked)."""
        items = [c for c in clauses if len(words(c)) <= LIST_ITEM_WORDS]
        if len(items) < 2:
            return []
        tokens = {c: self.normalizer(c).tokens for c in items}
        named = [c for c in items if not self.things.isdisjoint(tokens[c])]
        unnamed = [
            c
            for c in items
            if tokens[c] and all(t in self.unanswered or t not in self.weight for t in tokens[c])
        ]
        return unnamed if named else []

    def _tail(self, text: str) -> frozenset[str]:
        """Words in clauses after a question that opens a one-sentence message, other than the
        things entries define and what someone has: "what are probiotics, the gym guys keep
        going on about them", "do I need to check with a doctor first, or can I just buy
        probiotics and start?". (Not "my son has eczema, would probiotics help": the question
        there comes last.)"""
        clauses = clauses_of(text)
        # (a greeting before it says nothing: "hi, what's this eczema then, our kid's got it")
        while len(clauses) > 2 and not self.normalizer(clauses[0]).tokens:
            clauses = clauses[1:]
        if len(clauses) > 1 and goes_on(words(clauses[0]), words(clauses[1])):
            clauses = [f"{clauses[0]} {clauses[1]}", *clauses[2:]]
        if len(clauses) < 2:
            return frozenset()
        # A question first, or a search followed by what someone tells ("doctor before
        # probiotics - I have been struggling for years").
        if words(clauses[0])[0] not in QUESTION_OPENERS and not (
            all(words(c)[0] in TELLERS for c in clauses[1:])
            and any(self.weigh(t) > self.generic_weight for t in self.normalizer(clauses[0]).tokens)
        ):
            return frozenset()  # (not "hi, i need a probiotic brand recommendation")
        # (a doing after "is it ..." is what "it" stands for: "is it something to worry about,
        # giving probiotics to my child with eczema")
        if words(clauses[0])[1:2] == ["it"] and words(clauses[1])[0].endswith("ing"):
            return frozenset()
        # Only when nothing after the opening question asks anything.
        if any(map(opens_question, clauses[1:])) or any(
            c.rstrip().endswith("?") for c in clauses[1:-1]
        ):
            return frozenset()
        asked = set(self.normalizer(clauses[0]).tokens)
        # (choices offered after it ask it further: "how do i take probiotics, with food or on
        # an empty stomach"; not another question, "..., or can i just buy them and start?")
        told = [
            c
            for c in clauses[1:]
            if words(c)[0] not in EXAMPLE_WORDS
            and "or" not in words(c)[1:]
            and not self._narrows(c)
        ]
        return self._told_in(told, lambda t: t not in self.defined) - asked

    def _what_they_have(self, normalized: Normalized, text: str) -> Normalized:
        """A thing the FAQ does not answer about, said as what someone has ("I have IBS, is it
        safe to take probiotics?", "my son has asthma and eczema, can probiotics help his
        eczema"), is the story around the question, not what it asks: it weighs as a word the
        FAQ never uses (see stand_in), not as a question the FAQ cannot answer."""
        had = {
            token
            for sentence in SENTENCE_END.split(text)
            for token in self._had(words(sentence), HAS_WORDS) | self._introduced_as(sentence)
        }.intersection(self.unanswered)
        if not had:
            return normalized
        tokens = tuple(HAS_MARK + t if t in had else t for t in normalized.tokens)
        return normalized._replace(tokens=tokens)

    def _introduced_as(self, sentence: str) -> set[str]:
        """What a writer says they are, in a few words before "here" or after "as a" at a
        sentence's start: "coeliac here, can gut problems set off eczema", "as a type 2
        diabetic, is sugar bad for my gut" (a condition they have, as "I have coeliac" says)."""
        parts = sentence.split(",", 2)
        # (after a greeting: "hi, coeliac here, can gut problems set off eczema")
        if len(parts) > 2 and not self.normalizer(parts[0]).tokens:
            parts = parts[1:]
        first = words(parts[0])
        if first[-len(INTRODUCED) :] == INTRODUCED:
            named = first[: -len(INTRODUCED)]
        elif first[:1] == ["as"] and first[1:2] in (["a"], ["an"]):
            named = list(takewhile(lambda w: w not in QUESTION_OPENERS, first[2:]))
        else:
            return set()
        if not 0 < len(named) <= INTRODUCTION_WORDS:
            return set()
        return set(self.normalizer(" ".join(named)).tokens)

    def _asks_as_told(self, clause: str) -> bool:
        """Whether a short clause asks in the words of a statement, as Caribbean, African and
        Indian English often do: "mi skin a itch me bad wid eczema, probiotics can help" (a
        topic of the FAQ or a pronoun, a modal verb, a verb of helping or causing)."""
        split = spelt_out(words(clause))
        return (
            len(split) <= TOLD_ASKS_WORDS
            and split[1:2] in TOLD_ASKS_MODALS
            and split[2:3] in TOLD_ASKS_VERBS
            and (split[0] in TOLD_ASKS_PRONOUNS or self._names_a_topic(split[:1]))
        )

    def _chat_before_shift(self, clauses: list[str]) -> frozenset[str] | None:
        """All the words of the clauses before one that turns to a question with "anyway"
        ("long day, kids finally asleep, anyway do probiotics help with eczema"), when they
        name nothing an entry defines: chat, whoever it names; or None. ("my son's eczema is
        bad, anyway, would probiotics help" comes back to what it told.)"""
        for at in range(len(clauses) - 1, 0, -1):
            split = words(clauses[at])
            start = 1 if split[0] in JOINERS else 0  # ("but anyway", "so anyway")
            if split[start : start + 1] not in (["anyway"], ["anyways"], ["anyhow"]):
                continue
            rest = " ".join(split[start + 1 :]) or ", ".join(clauses[at + 1 : at + 2])
            if not rest or not opens_question(rest):
                return None
            told = [self.normalizer(c).tokens for c in clauses[:at]]
            if any(map(self._named, told)):
                return None
            # (not what the question names again: "my daughter went missing at the park, found
            # her fine, anyway can probiotics help kids with eczema" asks of children)
            asked = self.normalizer(rest).tokens
            return frozenset(t for tokens in told for t in tokens if t not in asked)
        return None

    def _lead(self, text: str) -> frozenset[str]:
        """Words the FAQ never uses in clauses before a question that ends a one-sentence
        message: "I coach a swimmer with eczema, could a leaky gut be involved?", "my students
        are stressed for exams, can that affect their gut?". Not what someone has: "my son has
        psoriasis, would probiotics help" is still about psoriasis, but "I'm on blood pressure
        tablets, should I ask my doctor before probiotics?" asks about the doctor: what someone
        has is why they would ask one."""
        clauses = clauses_of(text)
        chat = self._chat_before_shift(clauses)
        if chat is not None:
            return chat
        if clauses and any(words(clauses[0])[: len(p)] == p for p in SUPPOSING):
            return frozenset()
        while len(clauses) > 1 and words(clauses[-1])[0] == "or":
            # "..., so do you think they might help, or is it a long shot?": one question
            clauses[-2:] = [f"{clauses[-2]}, {clauses[-1]}"]
        if len(clauses) < 2 or not (opens_question(clauses[-1]) or self._asks_as_told(clauses[-1])):
            return frozenset()
        if any(opens_question(c) or c.rstrip().endswith("?") for c in clauses[:-1]):
            return frozenset()
        asked = set(self.normalizer(clauses[-1]).tokens)
        if not any(self.weigh(t) > self.generic_weight for t in asked):
            # "eczema isn't contagious, is it?" asks about the clause; but who asks is no part
            # of it ("care worker here, one of my residents has eczema, what is it")
            return frozenset(
                t for c in clauses[:-1] if self._introduces(c) for t in self.normalizer(c).tokens
            )
        # "i'm about to start a keto diet, is it safe", "im vegan, is that good for my gut":
        # "it" is the thing before, which no FAQ word names, and the question is of it (not
        # "I crave sugar all day, is it bad for my gut": "it" is sugar)
        if self._asks_of_unnamed(clauses[:-1], clauses[-1]):
            return frozenset()
        if asked <= CAUSE_ONLY and len(words(clauses[-1])) <= CAUSE_ONLY_WORDS:
            return frozenset()  # "stopped probiotics and my eczema came back, why?" too
        # words the FAQ never uses, and terms it does not answer ("in agony after meals"); all
        # of what a clause sets aside ("apart from creams, can probiotics help eczema")
        # (and who asks, "i'm a nurse, ...", unless the question asks whom to consult)
        consulting = not self.consulted.isdisjoint(asked)
        aside = [
            c
            for c in clauses[:-1]
            if any(words(c)[: len(p)] == p for p in SET_ASIDE)
            or any(words(c)[-len(p) :] == p for p in SET_ASIDE_AFTER)
            or (not consulting and self._introduces(c))
        ]
        # ("the creams work a bit, but would probiotics help": what comes before "but" is
        # said, never a heading)
        conceding = words(clauses[-1])[0] in CONCEDING
        # "since probiotics are bacteria, can they make you ill", "given that stress hurts the
        # gut, should i quit my job": a premise is granted too (all of it when the question
        # does not point back at its subject; none of it when "that" points back at all of
        # it), and no heading either
        # ("if eczema isn't contagious, then what causes it": an "if" answered by "then")
        then = words(clauses[-1])[:1] == ["then"]
        premises = [
            c for c in clauses[:-1] if words(c)[0] in PREMISES or (then and words(c)[0] == "if")
        ]
        listed = self._listed_unnamed(clauses[:-1])
        clauses = [
            c
            for c in clauses[:-1]
            if conceding
            or c in premises
            or c in listed
            or not self._heading(c, self.normalizer(c).tokens)
        ] + [clauses[-1]]
        pointed = not DEMONSTRATIVES.isdisjoint(words(clauses[-1]))
        points_back = self._points_back(clauses[-1])
        question = clauses[-1]
        # A question that holds its own topic ("my skin is so sore I want to try food first,
        # which foods have probiotics") leaves the FAQ words before it as story too, but for
        # the things entries define and whom it is about; not one that relates what the story
        # names ("my skin flares when my digestion is off, is there a connection").
        # ("you said to see a doctor, do i really need to" asks about what the bot said, and
        # "could probiotics do the same job" compares with it)
        topics = [t for t in asked if self.weigh(t) > self.generic_weight and t not in RELATIONS]
        # "i take a probiotic but don't feel any different, how are they supposed to work":
        # "they" is the one thing an entry defines that the clauses before name, and the
        # question is whole with it (what was tried, and how it went, is story)
        if (
            points_back
            and not THING_POINTERS.isdisjoint(words(question))
            and DEMONSTRATIVES.isdisjoint(words(question))
        ):
            clause_tokens = [self.normalizer(c).tokens for c in clauses[:-1]]
            before = [t for tokens in clause_tokens for t in tokens]
            named = {p for tokens in clause_tokens for p in self._named(tokens)}
            if (
                len(named) == 1
                # (nothing else told that "it" could be: "i tried manuka honey on my eczema,
                # does it work" asks about the honey, "i read sugar feeds the bad bacteria in
                # your gut, does it harm your gut" about sugar)
                and self.things.intersection(before) <= {t for p in named for t in p}
                and all(t in self.weight and t not in self.unanswered for t in before)
            ):
                points_back = False
                asked.update(*named)
        whole = (
            not points_back
            and "same" not in words(clauses[-1])
            and words(clauses[0])[:1] != ["you"]
            and (not self.defined.isdisjoint(asked) or len(topics) >= SELF_CONTAINED)
        )
        # A whole question of two topics or more ("i drink loads of coffee, does water help
        # the gut and skin") does not turn on what someone has, takes or eats either: that
        # is story too. ("i have psoriasis, would probiotics help" has one topic; "i smoke,
        # does that affect my gut" points back.)
        complete = whole and self._stands_alone(asked, words(clauses[-1]))
        kept = self.never_told
        # (but not a term the FAQ does not answer that the question points back at with
        # "that" or "this": "my sleep is bad, does that hurt my gut" asks about sleep, while
        # "my nan takes probiotics every day, does it help her gut" asks about probiotics;
        # nor, with "it", what someone tried that the FAQ does not answer about, when the
        # question names nothing else: "i use coconut oil on my eczema, does it work")
        tried = frozenset()
        if points_back and not any(
            self.weigh(t) > self.generic_weight and t not in RELATIONS | TOPIC_VERBS for t in asked
        ):
            tried = self._tried(clauses[:-1]) | self._reported(clauses[:-1])
            kept = kept | tried
            if pointed:  # "i skipped breakfast, is that bad" asks about skipping breakfast
                kept = kept.union(*(self.normalizer(c).tokens for c in clauses[:-1]))
        if words(question)[:3] in KIND_ASKED:
            # "my gp gave me fucibet cream, is that a steroid": the thing pointed at is what is
            # asked about, though no FAQ word names it
            kept = kept.union(
                t for c in clauses[:-1] for t in self.normalizer(c).tokens if t not in self.weight
            )
        # (what kind of thing "that" is asks of the thing named, not of what was done with it:
        # "my gran makes kimchi every week, is that a probiotic food" is no recipe asked)
        asks_kind_of = words(question)[:3] in KIND_ASKED or words(question)[:2] in KINDS_ASKED
        unanswered = (
            frozenset()
            if (pointed or tried) and points_back and not asks_kind_of
            else self.unanswered
        )
        # "my dog keeps scratching, can i give him probiotics": who the question is about is
        # whom a clause before it names as someone's, as in _story
        if not PERSON_POINTERS.isdisjoint(words(clauses[-1])):
            kept = kept.union(*(self._whose(words(c)) for c in clauses[:-1]))
        clauses = [c for c in clauses[:-1] if c not in aside and not self._states_goal(c)]
        # (a phrase that says when, where or for what, "in pregnancy, ...", keeps the terms
        # the FAQ does not answer: the question asks about them, unless it asks whether to
        # consult someone, for which they are the reason)
        around = [] if consulting else [c for c in clauses if self._circumstance(c)]
        told = self._told_in(
            [c for c in clauses if c not in around],
            lambda t: t not in kept and (t not in self.weight or t in unanswered or whole),
            keep_had=not (consulting or complete),
        )
        if complete:
            told -= asked  # (not what it names again: "..., can probiotics help his asthma")
        told |= {HAS_MARK + t for t in told if t in self.unanswered}
        told |= self._told_in(
            around,
            lambda t: (
                t not in kept
                and t not in self.unanswered
                and t != self.old_age  # "at 75, is it too late ..."
                and (t not in self.weight or whole)
            ),
        )
        if points_back and not pointed and self._points_at_thing(question):
            told |= self._said_of_named(clauses, question, kept)
        # ("since my gut is leaky, is that linked to eczema"; and nothing of it when the question
        # asks how the things it names relate: "since my gut started leaking my eczema has got
        # worse, how are they connected")
        relating = not RELATED_POINTERS.isdisjoint(words(question)) and not RELATIONS.isdisjoint(
            asked
        )
        if premises and not pointed and not relating:
            told |= self._granted(premises, keep_subject=points_back)
            # "since my eczema is so bad, would probiotics help": a question of whether a thing
            # helps, naming nothing it helps, asks it of what the premise names
            named_asked = {t for p in self._named(tuple(sorted(asked))) for t in p}
            if (
                "help" in asked
                and named_asked
                and {t for t in asked if self.weigh(t) > self.generic_weight} - named_asked
                <= {"help"}
            ):
                told -= {
                    t for c in premises for p in self._named(self.normalizer(c).tokens) for t in p
                }
        if conceding and points_back:
            # "i know kefir has probiotics, but does it have lactose": what the clause before
            # "but" says of its subject is granted; the question asks about the subject (not
            # when it does not point back: "i thought immunity was in the blood, but does the
            # gut play a part" asks about immunity)
            # ("my skin improved on probiotics but how do they work": "they" are probiotics)
            split = words(question)
            many = not MANY_POINTERS.isdisjoint(split) and SINGLE_POINTERS.isdisjoint(split)
            told |= self._granted(clauses, many=many)
        return (told | {t for clause in aside for t in self.normalizer(clause).tokens}) - asked

    def _said_of_named(
        self, clauses: list[str], question: str, kept: frozenset[str]
    ) -> frozenset[str]:
        """What a clause says of the one thing an entry defines that it opens with, when the
        question after it points back at that thing ("it" for one, "they" or "them" for
        probiotics): "my eczema is very bad and itchy, can probiotics help it" (bad and itchy
        are story). Not when the pointer stands for something else: "my eczema flares when i
        eat tomatoes, should i stop eating them"."""
        if len(clauses) != 1:
            return frozenset()
        split = words(clauses[0])
        while split[:1] and split[0] in OPENING_DETERMINERS:
            split = split[1:]
        tokens = self.normalizer(" ".join(split)).tokens
        named = set(self._named(tokens))
        if len(named) != 1:
            return frozenset()
        thing = next(iter(named))
        if tokens[: len(thing)] != thing:
            return frozenset()
        pointers = THING_POINTERS.intersection(words(question))
        plural = thing in PLURAL_THINGS
        if not pointers or not pointers <= (MANY_POINTERS if plural else SINGLE_POINTERS):
            return frozenset()
        return frozenset(
            t for t in tokens[len(thing) :] if t not in thing and t not in kept and not t.isdigit()
        )

    def _granted(
        self, clauses: list[str], keep_subject: bool = True, many: bool = False
    ) -> frozenset[str]:
        """The tokens of clauses a question grants, a concession before "but" or a premise
        ("since ..."), but (with ``keep_subject``) for each one's subject, its first topic:
        "kimchi has probiotics" -> probiotics (none when the clause opens with "this" or "it":
        "this is really useful, but is it medical advice"); with ``many`` (the question asks of
        "they"), the first thing that is many: "my skin improved on probiotics" -> probiotics."""
        granted: set[str] = set()
        for clause in clauses:
            tokens = self.normalizer(clause).tokens
            topics = [t for t in tokens if self.weigh(t) > self.generic_weight]
            pointer = words(clause)[0] in GRANTED_POINTERS
            subject = topics[:1] if keep_subject and not pointer else []
            plural = [t for t in topics if (t,) in PLURAL_THINGS]
            if subject and many and plural:
                subject = plural[:1]
            granted.update(t for t in tokens if t not in subject and not t.isdigit())
        return frozenset(granted)

    def _tried(self, clauses: list[str]) -> frozenset[str]:
        """The tokens of what clauses say someone tried, takes or uses, when the FAQ answers
        nothing about it: "i use coconut oil on my eczema" -> coconut, oil; "i tried manuka
        honey" -> manuka, unnamed_food; nothing from "my nan takes probiotics every day"."""
        found: set[str] = set()
        for clause in clauses:
            split = words(clause)
            for at, word in enumerate(split):
                if word not in TRY_WORDS:
                    continue
                rest = split[at + 1 :]
                end = next((i for i, w in enumerate(rest) if w in TRIED_ENDS), len(rest))
                tokens = self.normalizer(" ".join(rest[:end])).tokens
                if tokens and all(t not in self.weight or t in self.unanswered for t in tokens):
                    found.update(tokens)
        return frozenset(found)

    def _asks_of_unnamed(self, told: list[str], question: str) -> bool:
        """Whether a question asks of "it" or "that" ("is it safe", "is that from stress"), and
        what is told before it names nothing the FAQ does: the question is then of that thing,
        which weighs as asked ("i'm about to start a keto diet, is it safe"; not "I crave sugar
        all day, is it bad for my gut", where "it" is sugar)."""
        if not told or not self._asks_of_it(question):
            return False
        before = self.normalizer(", ".join(told)).tokens
        named = [t for t in before if t in self.weight and t not in self.unanswered]
        return not any(self.weigh(t) > self.generic_weight for t in named)

    def _asks_of_it(self, question: str) -> bool:
        """Whether a question opens by asking of "it", "that" or "this" ("is it safe", "is that
        from stress", "does this help"), and is no question about the bot ("is this medical
        advice")."""
        split = words(question)
        return (
            split[:1] != []
            and split[0] in AUXILIARIES
            and split[1:2] in (["it"], ["that"], ["this"])
            and frozenset(self.normalizer(question).tokens) not in self.bot_questions
        )

    def _reported(self, clauses: list[str]) -> frozenset[str]:
        """The tokens of what a source is reported to say something of, when the FAQ answers
        nothing about it (see _source): "a blog said coffee enemas detox the liver" -> coffee,
        enema, detox, liver; "my aunt swears by turmeric for eczema" -> turmeric; nothing from
        "a blog said kefir is great for the gut", which names an FAQ thing first."""
        found: set[str] = set()
        for clause in clauses:
            split = words(clause)
            if split[:1] and split[0] not in SOURCE_STARTS and not self._names_a_source(split[0]):
                continue
            at = next(
                (
                    i
                    for i, w in enumerate(split[: MAX_SOURCE_WORDS + 1])
                    if i and w in REPORTING_WORDS
                ),
                None,
            )
            if at is None:
                continue
            rest = split[at + 1 :]
            while rest[:1] and rest[0] in REPORTED_OPENERS:  # "swears by", "said that"
                rest = rest[1:]
            thing: list[str] = []
            for word in rest:  # up to the first word of an FAQ thing, or of what it is for
                tokens = self.normalizer(word).tokens
                if word in TRIED_ENDS or any(
                    t in self.weight and t not in self.unanswered for t in tokens
                ):
                    break
                thing.append(word)
            tokens = self.normalizer(" ".join(thing)).tokens
            if tokens and all(t not in self.weight or t in self.unanswered for t in tokens):
                found.update(tokens)
        return frozenset(found)

    def _stands_alone(self, asked: set[str], split: list[str]) -> bool:
        """Whether a question (its tokens, its words) names two things or more besides what
        one does to another, and does not turn on whom a story is about ("is it safe", "can
        he still have"): what someone has, takes or eats, told before it, is then story."""
        verbs = TOPIC_VERBS - {"diet"} if FOODS_ASKED.intersection(pairwise(split)) else TOPIC_VERBS
        things = {
            t
            for t in asked
            if self.weigh(t) > self.generic_weight and t not in RELATIONS and t not in verbs
        }
        # (or what causes a thing an entry tells the causes of: "my son has nut allergies and
        # eczema, what causes eczema in the first place"; not "could leaky gut be the cause")
        related = "cause" in asked and any((t,) in self.causes_told for t in things)
        # (or how a thing works, of nothing and no one more: "i have arthritis, how do
        # probiotics actually work" asks what holds for everyone; not "how do they work for me")
        working = (
            split[:1] == ["how"]
            and [w for w in split if w not in HOW_IT_WORKS_FILLER][-1:] in (["work"], ["works"])
            and len(things) == 1
        )
        # ("is there a link", "are there studies": no place, as "can i use it there" is)
        placed = [
            w
            for at, w in enumerate(split)
            if w != "there" or split[at - 1 : at] not in EXISTENTIAL_BEFORE or not at
        ]
        return (len(things) >= SELF_CONTAINED or related or working) and TURNS_ON_STORY.isdisjoint(
            placed
        )

    def _introduces(self, clause: str) -> bool:
        """Whether a clause says who asks, by a role the FAQ has no answer about: "i'm a
        nurse", "as a pharmacist", "gp registrar here", "pharmacist, ..." (not "i'm a leaky
        gut sufferer")."""
        split = words(clause)
        opener = next((o for o in INTRODUCING if split[: len(o)] == o), None)
        if split[-len(INTRODUCED) :] == INTRODUCED:
            role = split[: -len(INTRODUCED)]
            # (where or when they are it is no part of the role: "nurse on nights here")
            at = next((i for i, w in enumerate(role) if w in PLACE_OPENERS), len(role))
            role = role[:at] or role
        elif opener is not None and split[len(opener) : len(opener) + 1] in (["a"], ["an"]):
            role = split[len(opener) + 1 :]
        else:
            role = split  # "pharmacist, do probiotics ...": the role alone
        tokens = self.normalizer(" ".join(role)).tokens
        return (
            0 < len(role) <= INTRODUCTION_WORDS
            and (role is not split or not self.roles.isdisjoint(tokens))
            and bool(tokens)
            and all(t not in self.weight or t in self.roles for t in tokens)
        )

    @staticmethod
    def _narrows(clause: str) -> bool:
        """Whether a phrase after a question narrows what it asks, with no one doing anything
        in it: "can probiotics help eczema, for my dog", "does stress affect the gut, in
        children specifically", "how do probiotics work, compared with antihistamines" (not
        "..., the gym guys keep going on about them", nor "..., for someone who cooks")."""
        return bare_phrase(clause, NARROWING, NARROWING_WORDS, RELATIVES)

    @staticmethod
    def _circumstance(clause: str) -> bool:
        """Whether a clause only says when, where or for what the question asks, as a phrase
        with no one doing anything in it ("in pregnancy, is it safe to take probiotics", "for
        my nails, does gut health matter", "after surgery, is my gut more leaky"): it says
        what the question asks about, not a story told around it, as far as the FAQ's terms
        go."""
        split = words(clause)
        if split[:1] == ["with"] and split[1:2] and split[1] in POSSESSIVES:
            return False  # "with my underactive thyroid, ...": what someone has, as "i have"
        return bare_phrase(clause, CIRCUMSTANCES, CIRCUMSTANCE_WORDS)

    @staticmethod
    def _states_goal(clause: str) -> bool:
        """Whether a clause says what someone wants, other than to find something out (see
        GOAL_OPENERS): what they want is then part of what the question asks about."""
        split = words(clause)
        if split[:3] in PAIRS:  # "me and my wife want to ..."
            split = ["we", *split[4:]]
        elif split[:1] == ["my"] and split[2:4] in (["and", "i"], ["and", "me"]):
            split = ["we", *split[4:]]  # "my son and i want to ..."
        if split[:2] == ["we", "both"]:  # "we both want to ..."
            split = ["we", *split[2:]]
        return any(
            split[: len(opener)] == opener
            and not ASKING_GOALS.intersection(split[len(opener) : len(opener) + 1])
            for opener in GOAL_OPENERS
        )

    def _told_in(
        self, clauses: list[str], told: Callable[[str], bool], keep_had: bool = True
    ) -> frozenset[str]:
        """The tokens of clauses told around a question for which ``told`` holds, but for
        numbers and (with ``keep_had``) what someone has, is, takes or eats (see _had)."""
        tokens: set[str] = set()
        for clause in clauses:
            kept = self._had(words(clause)) if keep_had else set()
            tokens.update(
                t
                for t in self.normalizer(clause).tokens
                if t not in kept and not t.isdigit() and told(t)
            )
        return frozenset(tokens)

    def _had(self, split: list[str], have_words: frozenset[str] = HAVE_WORDS) -> set[str]:
        """What a sentence says someone has, is, takes or eats, and who or what has it: "I
        have psoriasis", "my son is lactose intolerant", "I'm expecting a baby", "my cat has a
        rash"."""
        kept: set[str] = set()
        last = None  # an unknown word just before (stop words aside), in this clause
        for at, word in enumerate(split):
            # "my skin is a war zone", "my gut is in agony", "my eczema is weeping": how a part
            # of the body or a rash is, not a condition someone has (as "my son is lactose
            # intolerant" is); so too with a slip in it ("my eczma is bad this winter")
            before = split[at - 1] if at else ""
            if word in BODY_IS and before and before not in BODY_PARTS and before not in RASHES:
                read = self.normalizer(before).tokens
                before = read[0] if len(read) == 1 else before
            if word in BODY_IS and (
                before in BODY_PARTS
                or (before in RASHES and not WHERE_WORDS.intersection(split[at + 1 : at + 2]))
            ):
                continue
            if (
                word in have_words
                and not NOT_HAD.intersection(split[at + 1 : at + 2])
                and split[at + 1 : at + 3] not in WHERE_SOMEONE_IS
                and not (word == "from" and COMING_BACK.intersection(split[at - 1 : at]))
            ):
                if last:  # "my cat has ...": the cat is what the story is about
                    kept.add(last)
                # What it is: the next few words that say something, read as a phrase
                # ("expecting a baby" is a pregnancy), up to a new clause.
                had: list[str] = []
                for number, after in enumerate(split[at + 1 :], start=at + 1):
                    if number == at + 1 and after in HAS_PREPOSITIONS and word in HAS_WORDS:
                        continue  # "suffering from covid", "recovering from an op"
                    # "has eczema and hay fever" goes on; "has it and i moisturise" does not
                    listed = (
                        after == "and"
                        and had
                        and not STOP_WORDS.intersection(split[number + 1 : number + 2])
                    )
                    if (after in CLAUSE_WORDS and not listed) or after in HAVE_WORDS:
                        break
                    if had and after in HAD_ENDS:  # "eczema on my hands", "after some tests"
                        break
                    had.append(after)
                    if sum(not self.normalizer.is_stop_word(w) for w in had) == HAD_WORDS:
                        break
                kept.update(self.normalizer(" ".join(had)).tokens)
                # "I'm 45 and male", "I'm exhausted": who someone is, not what they have
                kept.difference_update(self.not_had)
                continue
            # "... has it and i moisturise": a new clause; "my aunt swears she has it": she
            # has it, not what she does
            if word in CLAUSE_WORDS or word in SUBJECTS:
                last = None
            tokens = self.normalizer(word).tokens
            if tokens:
                # (not what someone does: "i bake with oats and onions, are those prebiotic")
                done = split[at - 1 : at] and split[at - 1] in SUBJECTS
                # (nor a word the FAQ uses, but for someone's thing it does not answer: "my cat
                # has a rash, can i give it probiotics" is about the cat)
                owned = split[at - 1 : at] and split[at - 1] in OWNERS
                unknown = tokens[0] not in self.weight or (
                    owned and tokens[0] in self.unanswered and split[at + 1 : at + 2] in HAS_SAID
                )
                last = tokens[0] if unknown and not done else None
        return kept

    def _points_at_thing(self, sentence: str) -> bool:
        """Whether a question points back at one thing, not at all that was told: "Can it
        help?", "What does that word mean?", not "Is there any truth in that?"."""
        split = words(sentence)
        if checks_truth(split):
            return False
        return not THING_POINTERS.isdisjoint(split) or any(
            word in DEMONSTRATIVES and after not in STOP_WORDS for word, after in pairwise(split)
        )

    @staticmethod
    def _dummy_it(split: list[str], at: int) -> bool:
        """Whether the "it" at ``at`` stands for what the sentence goes on to say, not for
        something told before: "what does it mean to have a leaky gut", "is it safe to give
        kids probiotics", "is it true that stress affects the gut"."""
        if split[at] != "it":
            return False
        after = split[at + 1 : at + 4]
        if after[:1] and after[0] in LINK_PARTICIPLES:  # "is it linked to eczema"
            return False
        if after[:1] in (["mean"], ["means"]) and after[1:2] in (["to"], ["when"], ["if"]):
            return True
        if after[:1] == ["be"] and not CLEFT_WORDS.isdisjoint(split[at + 3 : at + 6]):
            return True  # "could it be my gut causing the eczema": the gut is asked about
        return split[at - 1 : at] in (["is"], ["isnt"], ["was"]) and not {"to", "that"}.isdisjoint(
            after
        )

    def _points_back(self, sentence: str) -> bool:
        """Whether a question points back at something told before it: "Can it help?", "How
        does that work?", "could one cause the other" (not "the things that cause eczema")."""
        clauses = clauses_of(sentence)
        if len(clauses) > 1 and self._named(self.normalizer(clauses[0]).tokens):
            # "leaky gut - is that a real condition?", "probiotics, do they work?": what the
            # question points at is the thing it named first.
            return False
        split = words(sentence)
        if split[:1] and split[0] in AUXILIARIES and split[1:2] and split[1] in POINTER_VERBS:
            return True  # "..., can affect the gut?": its subject left out, the thing told
        for at, word in enumerate(split):
            if word in POINTERS and not self._dummy_it(split, at):
                if self._points_at_own_subject(split, at):
                    continue
                return True
            if word in DEMONSTRATIVES:
                after = split[at + 1 : at + 2]
                if not after or after[0] in STOP_WORDS or after[0] in EVERYDAY_WORDS:
                    return True
                if at and split[at - 1] in AUXILIARIES:  # "can that affect my gut"
                    return True
        return False

    def _points_at_own_subject(self, split: list[str], at: int) -> bool:
        """Whether the pointer at ``at`` stands for the thing a "which" or "what" question
        names first, after a preposition: "which foods have probiotics in them" (the foods,
        not anything told before)."""
        if split[:1] not in (["which"], ["what"]) or split[at - 1 : at] not in OWN_SUBJECT_AFTER:
            return False
        subject = self.normalizer(" ".join(split[1:2])).tokens
        return any(self.weigh(t) > self.generic_weight for t in subject)

    @staticmethod
    def corrects_before(text: str) -> str | None:
        """What a message that only corrects the question before it says was meant ("no sorry,
        i meant leaky gut" -> "leaky gut"), or None (also for "i mean, what is dysbiosis", a
        question of its own)."""
        meant = MEANT_INSTEAD.match(text)
        if meant is None or opens_question(text[meant.end() :]):
            return None
        return text[meant.end() :]

    def follow_up(self, text: str, previous: str) -> tuple[str, bool] | None:
        """A one-sentence follow-up read with the question before it, or None.

        (question, bound): "what causes it" after "what is leaky gut" asks "what causes leaky
        gut", and "will that help my eczema" after "how can I improve my gut health" asks it
        of improving gut health (bound: the message cannot be read without the question
        before); "and for babies?" after "can probiotics help eczema" asks "probiotics and
        eczema. and for babies?" (not bound: the caller keeps the message's own answer if it
        has one).
        """
        meant = self.corrects_before(text)
        if meant is not None:
            text = "what about " + meant
        text = self._without_reaction(text)
        text = REACTION_BEFORE_OPENER.sub("", text)  # "ok and what foods should he eat"
        sentences = [s for s in SENTENCE_END.split(text.strip()) if words(s)]
        if len(sentences) != 1:
            return None
        split = words(text)
        before_asked = previous.strip().rstrip("?.!")  # "what is leaky gut?" -> "... gut"
        if ASKS_SOURCE.fullmatch(" ".join(split)):
            # "source?", "says who", "where does that come from" after an answer that speaks
            # of research ask what research that is ("do probiotics help eczema": "research
            # shows ..."); after another, they get the answer again, which names its article
            research = self.read(ASKED_FOR_RESEARCH).tokens
            answered = self.search(self.read(previous), limit=1)
            if answered and not self.answer_vocab[answered[0].entry_id].isdisjoint(research):
                return ASKED_FOR_RESEARCH, True
            return before_asked, True
        if not self.normalizer(text).tokens and not (
            opens_question(text) or text.rstrip().endswith("?")
        ):
            return None  # "that wasn't helpful", "that's wrong": a word on the reply, no question
        before_split = words(before_asked)
        asks_why = not {"why", "y", "come"}.isdisjoint(split)  # (not "how?" alone)
        if (
            asks_why
            and set(split) <= WHY_ALONE
            and before_split[:1]
            and before_split[0] in AUXILIARIES
        ):
            # "why?", "how come" after "are sugar and processed foods bad for my gut" ask why
            # they are: the entry that gives the reason
            return f"why {before_asked}", True
        its_own = set(self.normalizer(text).tokens)
        asks_help = split  # "would probiotics be worth a go" asks whether they would help
        for tail in WORTH_TAILS:
            if len(split) > len(tail) and split[-len(tail) :] == tail:
                asks_help = [*split[: -len(tail)], "help"]
                break
        helps = next((at for at, w in enumerate(asks_help) if w in ("help", "helps")), None)
        if (
            helps is not None
            and HELP_TAIL.issuperset(asks_help[helps + 1 :])  # "would probiotics help as well"
            and helps < SHORT_FOLLOW_UP
            and THING_POINTERS.isdisjoint(split)
            and DEMONSTRATIVES.isdisjoint(split)
        ):
            # "would probiotics help" after "what is eczema" helps with eczema: the last thing
            # the question before named that the follow-up does not name itself ("does water
            # help" after "do probiotics help eczema": eczema)
            named = [t for t in self._named(self.read(previous).tokens) if its_own.isdisjoint(t)]
            if named:
                helped = [*asks_help[: helps + 1], "with", spoken(named[-1])]
                return f"{before_asked}, {' '.join(helped)}", True
        if split[split[:1] == ["and"] :] in PARTICULAR_ONES:
            # "any particular ones?" after "could probiotics help leaky gut": which kind of
            # probiotics, as "which kind should i get" asks ("ones" is not the thing itself)
            thing = self._kind_of(previous, before_asked)
            if thing:
                return f"which kind of {thing}", True
        at = self._pointer(text, split)
        if at is not None:
            if split[at] in DEMONSTRATIVES:  # "that" points at all of what was asked
                return f"{before_asked}. {text}", True
            before = self.read(previous)
            # (not a thing the follow-up names itself: "can probiotics help it" after "can
            # probiotics help with diabetes" asks of diabetes)
            told = tuple(t for t in before.tokens if t not in its_own) or before.tokens
            # (what a last sentence that turned to another thing asked about first: "why is it
            # bad" after "does stress affect gut health. what about sugar" asks of sugar)
            last = [s for s in SENTENCE_END.split(previous.strip()) if words(s)][-1:]
            turned = (
                last
                and last[0] != previous.strip()
                and any(words(last[0])[: len(o)] == o for o in FOLLOW_UP_OPENERS)
            )
            latest = self.read(last[0]).tokens if turned else ()
            thing = (
                self._referent(
                    previous,
                    tuple(t for t in latest if t not in its_own),
                    split[at] in PLURAL_POINTERS,
                )
                if latest
                else ""
            )
            thing = thing or self._referent(previous, told, split[at] in PLURAL_POINTERS)
            if split[at] == "ones":  # "which ones feed them" after "which foods have probiotics"
                thing = self._asked_for(before_asked) or thing
            if before.addressed and self.about_bot.intersection(
                c.entry_id for c in self.search(before, limit=1)
            ):
                # "can i trust it" after "is this medical advice": "it" is what the bot says
                thing = "this bot"
            if thing and split[at - 1 : at] in CAUSE_GUESSES and split[at + 1 : at + 2] == ["be"]:
                # "could it be my gut" after "why is my skin so itchy" guesses at a cause
                return f"could {' '.join(split[at + 2 :])} be causing {thing}", True
            if thing:
                return " ".join([*split[:at], thing, *split[at + 1 :]]), True
        opener = next((o for o in FOLLOW_UP_OPENERS if split[: len(o)] == o), None)
        rest = split[len(opener) :] if opener else split
        own = self.normalizer(" ".join(rest)).tokens
        asks = (bool(rest) and opens_question(" ".join(rest))) or text.rstrip().endswith("?")
        kind = next((at for at, w in enumerate(split) if w in KIND_WORDS), None)
        if (
            kind is not None
            and asks
            and split[kind + 1 : kind + 2] != ["of"]
            and not any(self._own_topic(t) for t in own)
        ):
            # "which kind should i get" after "do probiotics help eczema" asks which kind of
            # probiotics
            thing = self._kind_of(previous, before_asked)
            if thing:
                return " ".join([*split[: kind + 1], "of", thing, *split[kind + 1 :]]), True
        if asks and not any(self.weigh(t) > self.generic_weight for t in own):
            # "how?", "what kind of doctor", "which ones are best": nothing of its own to ask
            # about, so it asks about what was asked before (not "2", nor "ok")
            return f"{before_asked}. {text}", True
        if (
            (asks or opener)
            and rest
            and len(rest) <= SHORT_FOLLOW_UP
            and not any(self._own_topic(t) for t in own)
            and not self.read(text).addressed
        ):
            # "why?", "even in adults?", "what about stress" after "what causes eczema": words
            # the FAQ uses, but no thing of its own, so it asks about what was asked before
            # (not "and psoriasis?", "what about leaky gut", "who are you"); one that opens
            # as the rest of that question ("even if im healthy?") goes on from it, as does
            # one that only says for whom ("and for kids?" after "how long do probiotics
            # take to work": not the topics alone, which lose "how long")
            for_whom = (
                opener and own and self.qualifiers.issuperset(own)
            ) and QUESTION_OPENERS.isdisjoint(rest)
            if rest[0] in QUESTION_GOES_ON or for_whom:
                return f"{before_asked} {' '.join(rest)}", True
            return f"{self._topics(self.read(previous).tokens) or before_asked}. {text}", True
        if not opener or not rest:  # "and?" alone asks nothing new
            return None
        before = self.read(previous)
        if not QUESTION_OPENERS.intersection(rest):
            # "and leaky gut?" after "do probiotics help eczema": the same question of
            # another thing, the last one named; "and for babies?" of the same, for babies
            if self.qualifiers.issuperset(own):
                return f"{before_asked} {' '.join(rest)}", True
            told = [t for t in before.tokens if self.weigh(t) > self.generic_weight]
            # the last thing named, not what was asked of it ("what about kombucha" after "is
            # kefir good for you" swaps kefir, not "good for")
            things = [t for t in told if t not in ASKING_TERMS] or told
            swapped = self._swap_last(previous, things, " ".join(rest))
            if swapped:
                return swapped, True
        topics = self._topics(before.tokens)
        return (f"{topics}. {text}", False) if topics else None

    def _kind_of(self, previous: str, before_asked: str) -> str:
        """The thing the question before was about, of which a follow-up asks for a kind
        ("which kind should i get", "any particular ones?"): "probiotics" after "do probiotics
        help eczema"; "" after a "which" question (a kind of what it asked for: "which foods
        contain probiotics")."""
        if self._asked_for(before_asked):
            return ""
        return self._referent(previous, self.read(previous).tokens, plural=True)

    def _asked_for(self, question: str) -> str:
        """The things a "which" question asks for ("foods" in "which foods contain
        probiotics"), or ""."""
        split = words(question)
        if split[:1] != ["which"] or len(split) < 3 or self.normalizer.is_stop_word(split[1]):
            return ""
        return split[1]

    def _topics(self, tokens: tuple[str, ...]) -> str:
        """What a question read as ``tokens`` asks about, its telling words: "probiotics and
        eczema"."""
        return " and ".join(
            t.replace("_", " ") for t in tokens if self.weigh(t) > self.generic_weight
        )

    def _own_topic(self, token: str) -> bool:
        """Whether a token names a thing a follow-up may ask about instead of the last one:
        a thing some entry defines ("leaky gut"), a word the FAQ never uses ("psoriasis"), or
        a term no entry answers ("dose")."""
        return token in self.defined or token not in self.weight or token in self.unanswered

    @staticmethod
    def _without_reaction(text: str) -> str:
        """``text`` without the sentences and clauses of a reaction it opens with ("wow. ",
        "oh interesting, ", "ok thanks! "), or as it is when that is all it says."""
        start = 0
        for end in REACTION_BREAK.finditer(text):
            if not REACTION_WORDS.issuperset(words(text[start : end.start()])):
                break
            start = end.end()
        return text[start:] if words(text[start:]) else text

    def _swap_last(self, question: str, told: list[str], other: str) -> str:
        """``question`` with the words of the last telling thing it names replaced by
        ``other``, or "" when no run of its words reads as that thing."""
        if not told:
            return ""
        split = words(question)
        last = told[-1]
        for size in (3, 2, 1):
            for at in range(len(split) - size, -1, -1):
                if self.normalizer(" ".join(split[at : at + size])).tokens == (last,):
                    return " ".join([*split[:at], other, *split[at + size :]])
        return ""

    def questions(self, text: str) -> list[str]:
        """The questions of a message that asks more than one, in order, or []: "what is leaky
        gut and can probiotics help it" -> ["what is leaky gut", "can probiotics help it"]."""
        text = as_typed_in_chat(text)
        parts = [
            part
            for sentence in SENTENCE_END.split(text)
            for part in ASKED_APART.split(sentence)
            if words(part) and (opens_question(part) or part.rstrip().endswith("?"))
        ]
        return parts if len(parts) > 1 else []

    def things_apart(self, text: str) -> tuple[list[str], tuple[str, ...]]:
        """A one-sentence question asked of two things at once, asked of each, and the two
        things; or ([], ()): "can probiotics help eczema and leaky gut" -> ["can probiotics
        help eczema", "can probiotics help leaky gut"]."""
        sentences = [s for s in SENTENCE_END.split(text.strip()) if words(s)]
        if len(sentences) != 1:
            return [], ()
        split = words(text)
        for at, word in enumerate(split):
            if word not in ("and", "or", "n", "plus"):
                continue
            for size_before in (3, 2, 1):
                first = self.normalizer(" ".join(split[max(0, at - size_before) : at])).tokens
                if not (first and self._is_defined(first)):
                    continue
                for size_after in (3, 2, 1):
                    second = self.normalizer(" ".join(split[at + 1 : at + 1 + size_after])).tokens
                    if second and second != first and self._is_defined(second):
                        start, end = max(0, at - size_before), at + 1 + size_after
                        return [
                            " ".join([*split[:start], *split[start:at], *split[end:]]),
                            " ".join([*split[:start], *split[at + 1 : end], *split[end:]]),
                        ], (*first, *second)
        return [], ()

    def leans_on_before(self, text: str) -> bool:
        """Whether a one-sentence message points back at something not in it ("will this
        help", "does that work for kids")."""
        return self._pointer(text, words(text)) is not None

    def _pointer(self, text: str, split: list[str]) -> int | None:
        """Where a one-sentence message points back at something not in it, or None."""
        if not self._points_back(text):
            return None
        for at, word in enumerate(split):
            if word not in THING_POINTERS and word not in DEMONSTRATIVES:
                continue
            after = split[at + 1 : at + 2]
            if (
                word in DEMONSTRATIVES
                and after
                and after[0] not in STOP_WORDS
                and after[0] not in POINTER_VERBS
            ):
                continue  # "this diet" names its own thing ("will that help" does not)
            if not self._dummy_it(split, at):
                return at
        return None

    def _referent(self, previous: str, tokens: tuple[str, ...], plural: bool) -> str:
        """What "it" (or "they", ``plural``) stands for in a question after ``previous``: the
        first thing it named that some entry defines, in the singular or the plural as the
        pointer is ("are they safe" after "do probiotics help eczema" is about probiotics);
        else its most telling word ("can it cause eczema" after "is sugar bad for my gut")."""
        named = self._named(tokens)
        typed_plural = {
            token
            for word in words(previous)
            if word.endswith("s") and not word.endswith(("ss", "sis", "us"))
            for token in self.normalizer(word).tokens
        }
        if named:
            fits = [t for t in named if (t[-1] in typed_plural) == plural] or named
            return spoken(fits[0])
        telling = [t for t in tokens if self.weigh(t) > self.generic_weight]
        # what relates things is not one: "it" after "what role does the gut play in
        # immunity" is the immune system, not the role
        telling = [t for t in telling if t not in RELATIONS] or telling
        if not telling:
            return ""
        fits = [t for t in telling if (t in typed_plural) == plural] or telling
        token = max(fits, key=lambda t: (self.weigh(t), -tokens.index(t)))
        # as typed, not as the token it reads as ("itchy", not "itchi")
        typed = (w for w in words(previous) if self.normalizer(w).tokens == (token,))
        return next(typed, token.replace("_", " "))

    def stand_in(self, query: Normalized, candidate: Candidate) -> tuple[str, str] | None:
        """A word of the query that may stand where the phrasing names a thing, or None.

        "my son has psoriasis, would probiotics help him" matches "my son has eczema, would
        probiotics help" on every word but one: a word the FAQ never uses ("psoriasis") where
        the phrasing names a thing some entry defines ("eczema"). And "how common is leaky
        gut" is "how common is eczema" with one topic for another: a topic an entry's own
        question is about, that the best entry never names, where its phrasing names another
        such topic. The question is about something else: (word, thing), for the caller to
        say "I don't know".
        """
        unknown = [
            t
            for t in query.tokens
            if t not in self.weight and not t.isdigit() and t not in query.story
        ]
        if unknown:
            named = (*self.normalized[candidate.number], *self.headline[candidate.entry_id])
            missing = self._defined_not_in(named, query)
            return (unknown[0], missing) if missing else None
        # ... or a word of how the body feels where the entry's own question names a thing the
        # query does not: "why does my tummy gurgle" is no question of whether poor gut health
        # causes eczema (but "is stress why my stomach is churning" still asks about stress)
        felt = [t for t in query.tokens if t in self.body_felt and t not in query.story]
        if felt:
            missing = self._defined_not_in(self.headline[candidate.entry_id], query)
            if missing:
                return felt[0], missing
        other = [
            t
            for t in query.tokens
            if t in self.topics and t not in self.entry_vocab[candidate.entry_id]
        ]
        swapped = [
            t
            for t in self.normalized[candidate.number]
            if t in self.topics and t not in query.tokens
        ]
        return (other[0], swapped[0]) if other and swapped else None

    def _defined_not_in(self, named: tuple[str, ...], query: Normalized) -> str | None:
        """The first of ``named`` that some entry defines and the query does not name."""
        return next((t for t in named if t in self.defined and t not in query.tokens), None)

    def difference_undrawn(self, text: str, query: Normalized, candidate: Candidate) -> bool:
        """Whether the question asks a difference between things that the candidate's entry
        never draws: "what's the difference between kefir and yoghurt" names two of the
        fermented foods, but that entry says nothing of how they differ (the prebiotics entry
        does draw one). Not things that are different ("the different strains"), nor a
        difference made ("what makes the biggest difference to gut health")."""
        return (
            DIFFERENT in query.tokens
            and DIFFERENT not in query.story
            and DIFFERENT not in self.entry_vocab[candidate.entry_id]
            and DIFFERENCE_BETWEEN.search(" ".join(words(text))) is not None
        )

    def _weigh_words(self, normalizer: Normalizer) -> None:
        """Set ``weight`` for every word the FAQ, its answers and the word lists know."""
        entries = max(1, len(self.entry_vocab))
        document_frequency = Counter(chain.from_iterable(self.entry_vocab.values()))
        self.unknown_weight = UNKNOWN_WORD_WEIGHT * math.log(1 + entries)
        self.weight: dict[str, float] = {
            t: math.log(1 + entries / df) for t, df in document_frequency.items()
        }
        answer_words = set().union(*self.answer_vocab.values())
        answer_words.difference_update(self.weight)
        # Words only answers use ("mucosal integrity"), but not numbers, everyday words or the
        # synonyms' terms ("no doses are given").
        self.answer_only = frozenset(
            answer_words.difference(normalizer.terms, map(normalizer.stem, EVERYDAY_WORDS))
        ) - {t for t in answer_words if t.isdigit()}
        self.weight.update(
            dict.fromkeys(answer_words, ANSWER_ONLY_WORD_WEIGHT * self.unknown_weight)
        )
        self.generic_weight = GENERIC_WORD_WEIGHT * self.unknown_weight
        terms = normalizer.terms
        # Everyday words and the story around a question weigh little even where a phrasing
        # uses them: one admin's "what is meant by" must not make "meant" a telling word.
        for word in EVERYDAY_WORDS:
            token = normalizer.stem(word)
            if token not in terms:
                self.weight[token] = self.generic_weight
        # A synonym term that no entry uses names something the admin knows the FAQ does not
        # answer ("how long", "side effect"): it outweighs any other word. (An answer may use
        # it: "no doses are given".)
        self.unanswered = frozenset(
            t for t in terms if t not in document_frequency and t not in STOP_WORDS
        )
        self.weight.update(
            (term, UNANSWERED_TERM_WEIGHT * self.unknown_weight) for term in self.unanswered
        )

    def weigh(self, token: str) -> float:
        weight = self.weight.get(token)
        if weight is None:  # a number the FAQ does not use ("my 3 year old") says little
            return self.generic_weight if token.isdigit() else self.unknown_weight
        return weight

    def search(self, query: Normalized, limit: int = 5) -> list[Candidate]:
        """The best candidate entries for a normalised query, best first (at most ``limit``).

        Kept for each query as read (its words, its story, whether it speaks to the bot): the
        parts of a message asking several things, and questions worded differently, are often
        read alike ("what is leaky gut", "leaky gut?"). The matcher never changes, so neither
        does a query's result.
        """
        key = (query.tokens, query.story, query.addressed, limit)
        found = self._searched.get(key)
        if found is None:
            found = tuple(self._search(query, limit))
            if len(self._searched) < MAX_SEARCHES_KEPT:
                self._searched[key] = found
        return list(found)

    def _search(self, query: Normalized, limit: int) -> list[Candidate]:
        """search() without the store of results.

        Only phrasings that share a word with the query can score (their precision is zero
        otherwise). Candidates come from the query's selective words; a word in more than
        SELECTIVE_POSTINGS phrasings (only in very large FAQs) still counts in every score
        but brings in no candidates of its own, unless the query has nothing rarer.
        """
        tokens = query.tokens
        if not tokens:
            return []
        weights = {t: self.weigh(t) for t in tokens}
        told = query.story.intersection(weights)
        for t in told:
            weights[t] = self.generic_weight * STORY_SHARE / max(1, len(told))
        total = sum(weights.values())
        index = self.postings
        postings = sorted((index[t] for t in tokens if t in index), key=len)
        if not postings:
            return []
        selective = [p for p in postings if len(p) <= SELECTIVE_POSTINGS] or postings[:1]
        # The weight of the query's words each candidate phrasing holds, summed along the
        # words' postings; a word too common to bring candidates is looked up in each.
        # (a plain dict: a defaultdict's missing keys cost twice as much in this loop)
        chosen = {id(p) for p in selective}
        shared_of: dict[int, float] = {}
        held = shared_of.get
        common = []
        for token, weight in weights.items():
            posting = index.get(token)
            if posting is None:
                continue
            if id(posting) in chosen:
                for n in posting:
                    shared_of[n] = held(n, 0.0) + weight
            else:
                common.append((token, weight))
        tokens_of = self.tokens_of
        for token, weight in common:
            for n in shared_of:
                if token in tokens_of[n]:
                    shared_of[n] += weight
        # What the query's words not in a phrasing earn from its entry: every word the entry
        # uses, minus those the phrasing holds (all of which the entry uses).
        credit_of = self._entry_credits(weights)
        owner, phrasing_weight = self.owner, self.phrasing_weight
        scored: list[tuple[float, float, float, int]] = []
        entry_best: dict[str, float] = {}
        asked, about_bot = frozenset(tokens), self.about_bot
        unaddressed = not query.addressed
        own_share = 1.0 - ENTRY_WORD_CREDIT  # a word the phrasing holds earns it all
        recall_power, precision_power = RECALL_POWER, PRECISION_POWER  # (locals: a hot loop)
        lowered = about_bot if unaddressed else frozenset()
        # (and none at all for a question about a thing it never names: "how is leaky gut
        # diagnosed" is not "can you diagnose me")
        unnamed = {e for e in lowered if self.never_named(e, tokens)}
        for n, shared in shared_of.items():
            entry_id = owner[n]  # (which uses a word of the query, so has credit)
            recall = (credit_of[entry_id] + own_share * shared) / total
            if recall > 1.0:  # rounding
                recall = 1.0
            precision = shared / phrasing_weight[n]
            base = recall**recall_power * precision**precision_power
            if entry_id in lowered and tokens_of[n] != asked:
                base *= 0.0 if entry_id in unnamed else UNADDRESSED
                # (but "medical advice?" is "is this medical advice")
            scored.append((base, recall, precision, n))
            if base > entry_best.get(entry_id, -1.0):
                entry_best[entry_id] = base
        # The tie-break can lower a score by at most TIE_BREAK, so only phrasings within that
        # reach of the limit-th best entry can end up in the result: score just those.
        ranked_bases = sorted(entry_best.values(), reverse=True)
        floor = ranked_bases[min(limit, len(ranked_bases)) - 1] * (1 - TIE_BREAK)
        shortlist = [item for item in scored if item[0] >= floor and item[0] > 0]
        if not shortlist:
            return []
        spelt = self.spelt
        ratios = {
            n: ratio
            for _, ratio, n in process.extract(
                " ".join(sorted(tokens)),  # (token_sort_ratio without sorting each phrasing)
                {n: spelt[n] for *_, n in shortlist},
                scorer=fuzz.ratio,
                processor=None,
                limit=None,
            )
        }
        top: dict[str, tuple[float, float, float, int]] = {}  # entry id -> its best phrasing
        for base, recall, precision, n in shortlist:
            score = 100.0 * base * (1 - TIE_BREAK + TIE_BREAK * ratios.get(n, 0.0) / 100.0)
            entry_id = owner[n]
            current = top.get(entry_id)
            if current is None or score > current[0]:
                top[entry_id] = (score, recall, precision, n)
        best = {
            entry_id: Candidate(entry_id, self.phrasings[n], score, recall, precision, number=n)
            for entry_id, (score, recall, precision, n) in top.items()
        }
        self._prefer_all_named(query, best)
        if not self.qualifiers.isdisjoint(weights):
            self._qualifier_for_own(weights, total, best)
        return sorted(best.values(), key=lambda c: (-c.score, c.entry_id))[:limit]

    def never_named(self, entry_id: str, tokens: tuple[str, ...]) -> list[str]:
        """The things entries define among ``tokens`` that an entry never names."""
        return sorted(self.defined.intersection(tokens) - self.entry_vocab[entry_id])

    def _prefer_all_named(self, query: Normalized, best: dict[str, Candidate]) -> None:
        """Lower the candidates whose entries never name one of the things the question asks
        about (two or more of them), when another candidate's own question names them all."""
        named = self.defined.intersection(query.tokens).difference(query.story)
        if len(named) < 2 or not any(named <= set(self.headline[e]) for e in best):
            return
        for entry_id, candidate in best.items():
            unnamed = named - self.entry_vocab[entry_id]
            if unnamed:
                score = candidate.score * PART_NAMED
                best[entry_id] = replace(candidate, score=score, unnamed=tuple(sorted(unnamed)))

    def _qualifier_for_own(
        self, weights: dict[str, float], total: float, best: dict[str, Candidate]
    ) -> None:
        """Give the words that say whom a question is about ("child") only the credit any
        entry earns for them (QUALIFIER_CREDIT) in an entry whose own words the question does
        not name: "what is eczema in kids" asks what eczema is, not whether probiotics help
        children with it."""
        asked = [t for t in weights if t not in self.qualifiers]
        if not asked:  # ("and for kids?" asks only whom)
            return
        for entry_id, candidate in best.items():
            own = self.own_words[entry_id]
            if own <= weights.keys():
                continue
            # (a word the entry speaks of that is rarer than its own words stands for them:
            # "is lgg ok for kids")
            vocab = self.entry_vocab[entry_id]
            rarest = self.rarer_than_own[entry_id]
            said = self.answer_vocab[entry_id]
            if any((t in vocab or t in said) and self.weigh(t) > rarest for t in asked):
                continue
            tokens = self.tokens_of[candidate.number]
            excess = sum(
                ((1.0 if q in tokens else ENTRY_WORD_CREDIT) - QUALIFIER_CREDIT) * weights[q]
                for q in self.qualifiers.intersection(weights)
                if q in vocab
            )
            if excess <= 0 or candidate.recall <= 0:
                continue
            recall = max(candidate.recall - excess / total, 0.0)
            score = candidate.score * (recall / candidate.recall) ** RECALL_POWER
            unasked = tuple(sorted(own.difference(weights)))
            best[entry_id] = replace(candidate, score=score, recall=recall, unasked=unasked)

    def _credit_shares(self) -> dict[str, dict[str, float]]:
        """Token -> {entry id: the share of the token's weight the entry earns for using it
        anywhere}: in a phrasing, in its answer, or, for every entry, as a term that says whom
        a question is about (see _entry_credits)."""
        shares: dict[str, dict[str, float]] = defaultdict(dict)
        for token in self.qualifiers:
            counted = self.qualifier_entries.get(token, self.entry_vocab)
            shares[token] = {e: QUALIFIER_CREDIT for e in self.entry_vocab if e in counted}
        for entry_id, vocab in self.entry_vocab.items():  # (each share overrides the one before)
            for token in self.answer_vocab[entry_id]:
                shares[token][entry_id] = ANSWER_WORD_CREDIT
            for token in vocab:
                shares[token][entry_id] = ENTRY_WORD_CREDIT
        return dict(shares)

    def _entry_credits(self, weights: dict[str, float]) -> dict[str, float]:
        """Entry id -> credit for the query's words the entry uses anywhere: in a phrasing, in
        its answer, or as a term that says whom a question is about (entries that use none
        are left out)."""
        credits: dict[str, float] = {}
        earned = credits.get
        shares = self.credit_shares
        for token, weight in weights.items():
            for entry_id, share in shares.get(token, {}).items():
                credits[entry_id] = earned(entry_id, 0.0) + share * weight
        return credits

    def _overlap(self, query: int, target: int) -> float:
        """Score (0-1) of phrasing ``query`` read as a question against phrasing ``target``."""
        weights = {t: self.weigh(t) for t in self.tokens_of[query]}
        shared = sum(w for t, w in weights.items() if t in self.tokens_of[target])
        recall = shared / sum(weights.values())
        precision = shared / self.phrasing_weight[target]
        return recall**RECALL_POWER * precision**PRECISION_POWER

    def similarity(self, a: int, b: int) -> float:
        """How alike two phrasings are (0-100), the same read either way round."""
        return 100.0 * min(self._overlap(a, b), self._overlap(b, a))
