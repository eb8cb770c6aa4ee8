"""The conversation core: a user's text in, a reply out. No Telegram here.

The terminal chat, the command line and the Telegram handlers all call :meth:`Knowledge.respond`.
"""

from __future__ import annotations

import gc
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.distress import DistressWords
from bot.faq import FAQ, Entry, load_faq
from bot.matcher import (
    HAS_MARK,
    INTRODUCED,
    INTRODUCTION_WORDS,
    Candidate,
    Matcher,
    as_sent,
    asks_unmarked,
    opens_question,
    with_letters_joined,
)
from bot.safety import SafetyScreen, spelt_words
from bot.textnorm import (
    CLAUSE_END,
    GENERIC_WORDS,
    HELD_LETTER,
    INCIDENTAL_WORDS,
    QUESTION_WORDS,
    STOP_WORDS,
    Normalized,
    Normalizer,
    words,
)

logger = logging.getLogger(__name__)

KINDS = ("answer", "clarify", "fallback", "urgent", "smalltalk")
#: Small talk that asks something of the answer before it ("tell me more", "say that again").
REQUESTS = ("more", "again")
#: How many entries near an answered one "tell me more" looks through for its topics.
MORE_SEARCHED = 10
#: How a reply to "did you mean" picks a suggestion: "2", "the second one", "the last".
ORDINALS = {
    **{str(n): n - 1 for n in (1, 2, 3)},
    **dict.fromkeys(("first", "1st"), 0),
    **dict.fromkeys(("two", "second", "2nd"), 1),
    **dict.fromkeys(("three", "third", "3rd"), 2),
    "last": -1,
}
#: Words that may stand beside the ordinal ("I mean the second one please"), and how many
#: words such a reply has at most; anything else makes it a question.
PICK_FILLER = frozenset(
    "the one number no num option please pls plz i mean meant want id like that its it is ok"
    " okay yes yeah yep question".split()
)
PICK_WORDS = 6
#: Words that speak to the bot: "can you help with that" asks it for help.
YOU_WORDS = frozenset("u you youre yourself".split())
#: Words that say yes to the one suggestion of a "did you mean".
YES_WORDS = frozenset("correct exactly right sure yeah yep yes yup".split())
#: Words beside "all" that pick every suggestion: "all of them", "all three", "all 3".
ALL_FILLER = frozenset("of them these those three 3 two 2".split())
#: Most answers one message gets when it asks several things, and most of its questions read.
MAX_ANSWERS = 3
MAX_PARTS = 6
#: Longest question the core reads; Telegram's own limit is 4096 characters.
MAX_QUESTION_CHARS = 4096
SMALLTALK_CUTOFF = 85.0
#: What says a goodbye is for a while: "goodbye for now", "speak soon", "see you tomorrow".
FOR_A_WHILE = (
    ["for", "now"],
    ["see", "you"],
    ["see", "ya"],
    ["speak", "soon"],
    ["talk", "soon"],
    ["talk", "later"],
    ["next", "time"],
    ["catch", "you", "later"],
    ["til", "next"],
)
FOR_A_WHILE_FIRSTS = frozenset(marker[0] for marker in FOR_A_WHILE)
#: "what's up with ...", and whom it greets when it greets: "what's up with you".
WHATS_UP_WITH = ["whats", "up", "with"]
GREETED = (["you"], ["u"], ["ya"], ["yourself"], ["bot"])
#: Longest message read as small talk: three pieces of it, "brilliant, thank you so much, that
#: clears it up"; anything longer is a question or a story.
SMALLTALK_MAX_CHARS = 64
#: Words that may stand beside small talk without making it a question: "thanks a million",
#: "hello again", "thank you kindly", "cheers, that's really helpful".
SMALLTALK_FILLER = frozenset(
    """
    again all before brilliant earlier everyone folks guys heaps helpful indeed kindly lovely
    blessed loads mate million naturally now op really super today tons very yesterday
    """.split()
)
#: First words of small-talk phrases that say nothing by themselves ("ok bye", "good night";
#: "so useful", "really helpful", "got it": "im so confused" is no thanks); and words whose
#: kind a phrase an admin adds must not set ("my first time here" would make "would they
#: work for my 2 year old" a greeting).
NOT_CHAT = frozenset(
    """
    again and anything are can could doesnt explain first go good got how i id im in is it its ive
    just keep lol much never no not off oh ok okay once one please really right say see send so
    still take tell that thats very wanted well what whats why you youre youve
    a an as at figured for he her his me my our she suspected the their them they this to we
    with your
    """.split()
)
#: Words that turn a remark round ("not helpful", "that didn't help"): thanks no more.
NEGATIONS = frozenset(
    """
    arent barely cant couldnt didnt doesnt dont hardly hasnt havent isnt neither never no nope
    nor not nothing wasnt werent wont wouldnt
    """.split()
)
#: Words that make a remark a complaint wherever they stand ("you got it wrong").
COMPLAINT_WORDS = frozenset("rubbish useless wrong".split())
#: Words between a "not" and the remark it turns round ("not very useful", "doesn't make
#: sense", "that wasn't that helpful").
TURNED_SKIPS = frozenset("a any at be make makes much particularly really so that too very".split())
#: Words of thanks that are thanks whatever stands before them ("no thanks").
GRATITUDE = frozenset("cheers ta thank thanks thx ty".split())
#: How many words may say where a greeting comes from: "hello from new zealand".
GREETED_FROM_WORDS = 3


def greeted_from(split: list[str]) -> list[str]:
    """A greeting's words without where or whom it comes from at its end ("hi from sunny
    manchester" -> "hi", "hi from me and my son" -> "hi"), when that is all that follows it."""
    if "from" in split[1:3]:
        at = split.index("from", 1)
        reach = GREETED_FROM_WORDS + (2 if split[at + 1 : at + 2] in (["me"], ["us"]) else 0)
        if len(split) - at - 1 <= reach:
            return split[:at]
    return split


#: Words that open a yes-or-no question: "is running not bad for your knees".
OPENING_AUXILIARIES = frozenset(
    "am are can could did do does is isnt should was were will would".split()
)
#: Words a message of nothing else asks nothing with, without a question before it: "why?",
#: "how come?", "but why tho" (after an answer, they ask of it: see Matcher.follow_up).
BARE_QUESTION = QUESTION_WORDS | frozenset("but come exactly not so then tho though y".split())
#: Words by which what follows thanks asks something after all: "thanks, and what about
#: strains", "cheers, i'd like to know more".
ASKS_AFTER_THANKS = frozenset(
    """
    also and ask asking curious define describe explain give know list more next plus show
    tell want wonder wondering
    """.split()
)
#: Words that ask only when they open what follows thanks: "thanks, now leaky gut please" asks;
#: "thanks, off to bed now" tells.
ASKS_OPENING_AFTER_THANKS = OPENING_AUXILIARIES | {"now"}
#: ... but for what someone will do: "thanks, i'll ask my gp", "ok, i'll tell my doctor".
PLANNED = (["will"], ["gonna"], ["shall"], ["going", "to"], ["have", "to"], ["need", "to"])
#: ... and what someone is about to do: "off to buy some oats, cheers".
OFF_TO = ["off", "to"]
#: ... and the words that would make it ask after all ("i'll try it, does it help").
PLAN_ASKS = OPENING_AUXILIARIES - {"will", "shall"}
#: How many words must follow thanks to tell something rather than name a topic ("thanks,
#: leaky gut" asks about it; "thanks, she's finally asleep" tells).
TOLD_AFTER_THANKS = 3
#: Where a message of several questions asks the next (see Knowledge.partly_answered): after
#: "?", a comma, a line, a bracket ("what is prebiotic fibre (and is it the same as normal
#: fibre)"), or "and" before a question word; and how many words each must have.
QUESTIONS_APART = re.compile(
    r"\?+\s*|\n+|,\s+(?:and\s+)?|\s*[()]\s*|\s+and\s+(?=(?:what|whats|how|why|when|where|which|who|is|are"
    r"|can|could|do|does|did|should|will|would)\b)",
    re.IGNORECASE,
)
MIN_PART_WORDS = 3
#: A word that joins a question to the one before ("(and is it ...)"), left off when it is named.
JOINED_ON = re.compile(r"^(?:and|also|plus)\s+", re.IGNORECASE)


#: Words after "when" that open a clause of when something happens (see told_when).
WHEN_TOLD_OF = frozenset("i im ive id we he she they my our his her their you your it its".split())


def holds_phrase(split: list[str], phrases: tuple[list[str], ...]) -> bool:
    """Whether the words hold one of ``phrases`` (each a list of words) as a run of them."""
    return any(split[at : at + len(p)] == p for p in phrases for at in range(len(split)))


def told_when(part: str) -> bool:
    """Whether a part opens as a clause of when something happens, not a question: "when i'm
    fasting i drink less" (not "when should i take them")."""
    split = words(part)
    return split[:1] == ["when"] and len(split) > 1 and split[1] in WHEN_TOLD_OF


#: A question this close to an FAQ phrasing is a question even if it looks like small talk.
EXACT_SCORE = 95.0
#: How a reply's reason says its message was read as its writer corrected it (faqbot ask
#: --explain shows the reading so).
AS_CORRECTED = "as its writer corrected it"
#: Names for the bot in small talk: "thanks bot", "cheers chatbot".
BOT_NAMES = frozenset("bot chatbot faqbot robot".split())
#: "Did you mean" also offers the next candidates scoring at least this share of the best.
SUGGEST_SHARE = 0.5


@dataclass(frozen=True)
class Reply:
    """What the bot says to one message."""

    kind: str  # one of KINDS
    text: str  # plain text, ready to show; answer and clarify carry the disclaimer
    entry_id: str | None = None
    score: int = 0  # 0-100
    suggestions: tuple[str, ...] = ()  # entry ids, at most 3
    reason: str = ""  # why this decision, for admins (faqbot ask --explain)
    candidates: tuple[Candidate, ...] = field(default=(), compare=False)
    normalized: Normalized | None = field(default=None, compare=False)
    # the question as read, when a follow-up was read with the last question's topic
    asked: str = field(default="", compare=False)
    # when a message asks several things ("what is leaky gut and can probiotics help it"): the
    # entries that answer them, in the order asked, entry_id among them; the text has them all
    answered: tuple[str, ...] = ()
    # the line over a clarify reply's questions, when not the clarify text ("more" after an
    # answer offers the questions the FAQ answers on the same thing)
    heading: str = ""
    # when a message asks several things and the FAQ answers only some: the others, as asked
    # ("where can i get tested for it"); the text opens with the partly_answered text
    unanswered: tuple[str, ...] = ()
    # the message sounded like someone struggling (a distress rule of faq/safety.yaml): the
    # text opens with the distress text, and so does the reply in Telegram
    distress: bool = False

    def as_json(self, question: str) -> dict:
        return {
            "question": question,
            "kind": self.kind,
            "id": self.entry_id,
            "score": self.score,
            "suggestions": list(self.suggestions),
            "text": self.text,
            "distress": self.distress,  # whether the text opens with (or is) the distress text
        }


class Knowledge:
    """A loaded FAQ with its matcher, ready to answer. Immutable: reloads build a new one."""

    def __init__(self, faq: FAQ):
        self.faq = faq
        self.texts = faq.texts
        self.settings = faq.settings
        self.normalizer = Normalizer(
            faq.synonyms,
            (text for e in faq.entries.values() for text in (*e.phrasings, e.answer)),
            filler=self._chat_words(faq),
        )
        self.matcher = Matcher(faq, self.normalizer)
        known = self.normalizer.known_words
        self.screen = SafetyScreen(
            [r for r in faq.rules if r.kind != "distress"],
            known,
            not_urgent=faq.not_urgent,
            says_nothing=self._says_nothing,
        )
        # messages that sound like someone struggling, which no crisis rule names ("i'm at the
        # end of my rope"): the reply, whatever it is, opens with the distress text
        # (read as typed: a slip of a soft rule's word is no sign, and the screen costs a
        # third as much; the words of distress below read what the rules miss)
        self.distressed = SafetyScreen(
            [r for r in faq.rules if r.kind == "distress"], known, slips=False
        )
        # ... or in words of distress the rules do not name ("i've said my goodbyes"); such a
        # message gets an FAQ answer only if it names a thing the FAQ defines (eczema, the gut)
        self._named = self.matcher.defined | {t for p in self.matcher.defined_phrases for t in p}
        self.distress_words = DistressWords(*faq.distress_words) if faq.distress_words else None
        self._smalltalk: dict[str, str] = {}
        self._smalltalk_words: dict[str, str] = {}  # "thank" -> thanks: the kind a word says
        for kind, phrases in faq.smalltalk.items():
            for phrase in phrases:
                self._smalltalk.setdefault(" ".join(spelt_words(phrase)), kind)
                first = spelt_words(phrase)[:1]
                if first and self.normalizer.is_stop_word(first[0]) and first[0] not in NOT_CHAT:
                    self._smalltalk_words.setdefault(first[0], kind)
        self._chat_vocab = {w for phrase in self._smalltalk for w in phrase.split()}
        # the words of thanks that remark on a reply ("helpful", "sense"), which a "not" before
        # them turns round
        self._remarks = {
            w
            for phrase, kind in self._smalltalk.items()
            if kind == "thanks" and NEGATIONS.isdisjoint(phrase.split())  # (not "not bad")
            for w in phrase.split()
            if w not in GRATITUDE and w not in STOP_WORDS
        }
        self._remarks |= {self.normalizer.stem(w) for w in self._remarks}  # "answer", "answers"
        # phrases of several words, padded to be found as whole words ("take care")
        self._smalltalk_phrases = [(f" {p} ", k) for p, k in self._smalltalk.items() if " " in p]
        # ... by first word, with their place in that list: a message holds a phrase only if it
        # has the phrase's first word, and most messages have none of them
        self._phrases_from: dict[str, list[int]] = defaultdict(list)
        for at, (phrase, _) in enumerate(self._smalltalk_phrases):
            self._phrases_from[phrase.split()[0]].append(at)
        # the phrases of each length a text of each length can score SMALLTALK_CUTOFF against
        # (no ratio is above 200 * shorter / (both lengths)), in their order in faq/
        self._smalltalk_near: list[tuple[str, ...]] = [
            tuple(
                p
                for p in self._smalltalk
                if 200 * min(size, len(p)) >= SMALLTALK_CUTOFF * (size + len(p))
            )
            for size in range(SMALLTALK_MAX_CHARS + 1)
        ]

    @staticmethod
    def _chat_words(faq: FAQ) -> set[str]:
        """The words of the small-talk phrases ("hiya", "cheers", "thank", "bye") and words that
        stand beside them ("lovely", "super"): filler around a question, unless the FAQ uses
        them (the normalizer leaves out its own words)."""
        return SMALLTALK_FILLER.union(
            word for phrases in faq.smalltalk.values() for p in phrases for word in words(p)
        )

    @classmethod
    def load(cls, directory: str | Path) -> Knowledge:
        """Load and validate faq/ (raises bot.faq.FAQError listing every problem)."""
        # Loading builds hundreds of thousands of small objects that form no cycles; the
        # cyclic collector would only rescan them again and again (a third of the load time).
        enabled = gc.isenabled()
        gc.disable()
        try:
            return cls(load_faq(directory))
        finally:
            if enabled:
                gc.enable()

    # -- texts ---------------------------------------------------------------

    def entry(self, entry_id: str | None) -> Entry | None:
        return self.faq.entries.get(entry_id) if entry_id else None

    def source_titles(self, entry: Entry) -> list[str]:
        return [self.faq.sources[s].title for s in entry.sources if s in self.faq.sources]

    def answer_text(self, *entries: Entry) -> str:
        """The plain-text answer for entries: each question, answer and sources, then the
        disclaimer once."""
        blocks = [
            f"{entry.question}\n\n{entry.answer}\n\n"
            f"{self.texts['sources_label']} {'; '.join(self.source_titles(entry))}"
            for entry in entries
        ]
        return "\n\n".join([*blocks, self.texts["disclaimer"]])

    def pick(self, text: str, suggestions: tuple[str, ...]) -> tuple[str, ...]:
        """The suggestions a reply to "did you mean" picks, or () when it picks none: by
        number ("2", "the second one", "number 3", "the last one", "the middle one"), several
        ("1 and 3", "both", "all of them"), or by what one of them alone is about ("the
        eczema one", "the one about kids")."""
        split = words(text)
        if not suggestions or not split or len(split) > PICK_WORDS:
            return ()
        if len(suggestions) == 3 and "middle" in split:
            split = [w if w != "middle" else "2" for w in split]
        if split[:1] in (["all"], ["both"]) and len(split) <= 3:  # "all of them", "both please"
            if split[0] == "both" and len(suggestions) != 2:
                return ()  # (which two of three?)
            rest = [w for w in split[1:] if w not in PICK_FILLER and w not in ALL_FILLER]
            return () if rest else suggestions[:MAX_ANSWERS]
        if len(suggestions) == 1 and not YES_WORDS.isdisjoint(split):  # "yes", "yep that one"
            return suggestions if all(w in YES_WORDS or w in PICK_FILLER for w in split) else ()
        chosen = [ORDINALS[w] for w in split if w in ORDINALS]
        if not chosen and "one" in split:
            chosen = [0] if split in (["one"], ["the", "one"]) else []
        rest = [w for w in split if w not in ORDINALS and w not in PICK_FILLER and w != "and"]
        if not chosen:  # ("which one is best" asks)
            asks = not QUESTION_WORDS.isdisjoint(split)
            return self._picked_by_topic(rest, suggestions) if "one" in split and not asks else ()
        if rest or not all(-len(suggestions) <= c < len(suggestions) for c in chosen):
            return ()
        return tuple(dict.fromkeys(suggestions[c] for c in chosen))

    def _picked_by_topic(self, said: list[str], suggestions: tuple[str, ...]) -> tuple[str, ...]:
        """The one suggestion whose question holds every topic word of "the ... one" ("the
        eczema one", "the one about kids"), or ()."""
        tokens = set(self.normalizer(" ".join(w for w in said if w != "about")).tokens)
        if not tokens:
            return ()
        found = [
            s
            for s in suggestions
            if s in self.faq.entries  # (suggested before a reload took it out)
            and tokens <= set(self.matcher.read(self.faq.entries[s].question).tokens)
        ]
        return tuple(found) if len(found) == 1 else ()

    def answer(self, *entry_ids: str, score: int = 100, reason: str = "") -> Reply:
        """The reply for entries, e.g. when a user taps or picks suggested questions."""
        entries = [self.faq.entries[e] for e in entry_ids]
        answered = entry_ids if len(entry_ids) > 1 else ()
        return Reply(
            "answer",
            self.answer_text(*entries),
            entries[0].id,
            score,
            reason=reason,
            answered=answered,
        )

    # -- the decision ----------------------------------------------------------

    def _says_nothing(self, text: str) -> bool:
        """Whether a part of a message is a courtesy ("hi there!", "hope you are well"), not
        a call for help."""
        return self.smalltalk(text) in ("greeting", "thanks", "goodbye")

    def smalltalk_text(self, kind: str) -> str:
        """The reply to a kind of small talk: "what can you do" gets the /help text, and so do
        "tell me more" and "say that again" with no answer before them."""
        return self.texts["help" if kind in ("help", *REQUESTS) else f"smalltalk_{kind}"]

    def smalltalk(self, text: str) -> str | None:
        """The kind of small talk a message is ("greeting", "thanks", "goodbye", "help": what
        can you do), or None.

        A message that is (nearly) one of the phrases in faq/, or that has one of their words
        and nothing else but filler ("thanks a million", "hello again", "bye for now").
        """
        # "heyyy", "thanksss", "byeee"; "what's up" as the phrases spell it, "whats up"
        split = [self._unheld(w) if HELD_LETTER.search(w) else w for w in spelt_words(text)]
        if split[:1] and self._smalltalk_words.get(split[0]) == "greeting":
            split = greeted_from(split)  # "hello from new zealand": where they are, no topic
            if self._greets_as(split):  # "hello, nurse here": who greets, no topic
                split = split[:1]
        # "what's up with my knee" asks what is wrong with it ("what's up with you" greets)
        up = next((at for at in range(len(split) - 2) if split[at : at + 3] == WHATS_UP_WITH), None)
        if up is not None and split[up + 3 : up + 4] not in GREETED:
            return None
        folded = " ".join(split)
        if not folded or len(folded) > SMALLTALK_MAX_CHARS:
            return None
        best = process.extractOne(
            folded,
            self._smalltalk_near[len(folded)],
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=SMALLTALK_CUTOFF,
        )
        # (a question word the phrase lacks asks something: "great, thanks. why?"; thanks
        # turned round are none: "that wasn't helpful" is not "that was helpful")
        if best is not None and QUESTION_WORDS.intersection(split) <= set(best[0].split()):
            kind = self._smalltalk[best[0]]
            return None if kind == "thanks" and self._turned(split) else kind
        rest, kinds = self._without_phrases(folded)
        if not kinds and split[:2] in (["is", "there"], ["are", "there"]):
            return None  # "is there a test" asks whether there is one; "test" is no greeting
        # A word that is a phrase of its own counts too ("morning, hope you're well").
        said = {
            **self._smalltalk_words,
            **{w: self._smalltalk[w] for w in rest if w in self._smalltalk},
        }
        kinds += [said[w] for w in rest if w in said]
        if "thanks" in kinds:  # a remark of thanks around words of degree: "that really helped"
            said.update((w, "thanks") for w in rest if self._remarked(w))
        if self._thanks_then_told(text):
            return "thanks"
        # (the words left may be filler together that are not alone: "off to make dinner now")
        if kinds and (
            all(w in said or self._is_filler(w) for w in rest) or self._says_nothing_together(rest)
        ):
            # a request before a courtesy: "thanks! more?" asks for more
            kind = next((kind for kind in kinds if kind in REQUESTS), kinds[0])
            if kind == "thanks" and (self._turned(split) or self._asks(split, rest)):
                return None
            return kind
        return None

    def _thanks_then_told(self, text: str) -> bool:
        """Whether a message thanks, then tells something of the writer's own that asks
        nothing: "thanks, she's finally asleep so i'll try that", "thank you, it's exhausting
        being an allergy parent". Not when what follows asks ("thanks, and what about
        strains", "thanks. is kefir good too"), names a thing an entry defines ("thanks. now
        leaky gut"), or turns the thanks round ("thanks, but that was no help")."""
        if "?" in text:
            return False
        first, *rest = CLAUSE_END.split(text, maxsplit=1)
        if not rest:
            return False
        if self._smalltalk.get(" ".join(spelt_words(first))) == "thanks":
            said = rest[0]
        else:  # ... or tells it, then thanks: "ok, i'll tell the pharmacist, thanks"
            *before, last = CLAUSE_END.split(text)
            if self._smalltalk.get(" ".join(spelt_words(last))) != "thanks":
                return False
            said = ", ".join(before)
        told = spelt_words(said)
        # (a clause of it that opens as a question asks: "thanks, kefir from the shop, is it
        # good")
        if any(not PLAN_ASKS.isdisjoint(spelt_words(c)[:1]) for c in CLAUSE_END.split(said)):
            return False
        # what small talk says ("ta, that's all for now" says bye) is no news
        news, _ = self._without_phrases(" ".join(told))
        return (
            len(news) >= TOLD_AFTER_THANKS
            and told[0] not in ASKS_OPENING_AFTER_THANKS
            and QUESTION_WORDS.isdisjoint(told)
            # (not what someone will do: "i'll tell my doctor", "going to ask my gp")
            and not any(
                w in ASKS_AFTER_THANKS
                and told[at - 1 : at] not in PLANNED
                and told[max(0, at - 2) : at] not in PLANNED
                for at, w in enumerate(told)
            )
            and (
                self._named.isdisjoint(self.normalizer(said).tokens)
                # (a thing named in what one is off to do asks nothing of it: "off to buy
                # some oats, cheers", "thanks, i'll ask about probiotics")
                or (
                    holds_phrase(told, (*PLANNED, OFF_TO))
                    and PLAN_ASKS.isdisjoint(told[1:])
                    and "," not in said
                )
            )
            and not self._turned(told)
        )

    def _without_phrases(self, folded: str) -> tuple[list[str], list[str]]:
        """The words of a message left when its phrases of small talk of several words are
        taken out ("take care"), the longest first ("hope ur well, hello" holds "hope ur well",
        not "well hello"), and the kinds of those phrases (in the order faq/ lists them)."""
        padded, found = f" {folded} ", []
        held = {at for w in set(folded.split()) for at in self._phrases_from.get(w, ())}
        for at in sorted(held, key=lambda at: -len(self._smalltalk_phrases[at][0])):
            phrase, kind = self._smalltalk_phrases[at]
            if phrase in padded:  # (a mark in its place: the words either side make none)
                padded = padded.replace(phrase, " | ")
                found.append((at, kind))
        return [w for w in padded.split() if w != "|"], [kind for _, kind in sorted(found)]

    def _said_as_chat(self, text: str) -> bool:
        """Whether a message is a phrase of small talk word for word ("that answers my
        question"), thanks with news of one's own ("ok, i'll tell my doctor, thanks"), or its
        phrases of small talk hold every word the FAQ weighs: "ok, i get it, you're not a
        doctor, thanks" says nothing of the bot that "i get it you're not a doctor" does
        not."""
        split = spelt_words(text)
        folded = " ".join(split)
        if folded in self._smalltalk or self._greets_as(split):
            return True
        if self._thanks_then_told(text):  # "ok, i'll tell my doctor, thanks"
            return True
        rest, kinds = self._without_phrases(folded)
        return bool(kinds) and not self.normalizer(" ".join(rest)).tokens

    def _greets_as(self, split: list[str]) -> bool:
        """Whether words are a greeting and who greets, no more: "hello, nurse here", "hi,
        menopausal woman here" (who greets is no topic; as Matcher._introduced_as reads who
        writes)."""
        named = len(split) - 1 - len(INTRODUCED)  # (the words between the greeting and "here")
        return (
            self._smalltalk_words.get(split[0] if split else "") == "greeting"
            and split[-len(INTRODUCED) :] == INTRODUCED
            and 0 < named <= INTRODUCTION_WORDS
        )

    def _says_nothing_together(self, left: list[str]) -> bool:
        """Whether the words beside the phrases of small talk say nothing together, though
        not each is filler: a phrase of filler ("make dinner", "on my lunch break") and who
        someone is ("a friend sent me the link to you"), no question."""
        left = [w for w in left if w not in self._smalltalk]
        return QUESTION_WORDS.isdisjoint(left) and INCIDENTAL_WORDS.issuperset(
            self.normalizer(" ".join(left)).tokens
        )

    def _asks(self, split: list[str], rest: list[str]) -> bool:
        """Whether a message opens as a yes-or-no question with a word no phrase of small talk
        took, and asks it of a thing: "is running not bad for your knees" ("not bad" is no
        thanks), not "is that it? thanks"."""
        return (
            bool(rest)
            and split[0] == rest[0]
            and split[0] in OPENING_AUXILIARIES
            and not all(map(self.normalizer.is_stop_word, rest))
        )

    def _turned(self, split: list[str]) -> bool:
        """Whether a message turns round the remarks of thanks: "not helpful", "that wasn't
        very useful", "doesn't make sense", "you got it wrong" (not "no thanks", nor "no
        that's it, thanks")."""
        if not COMPLAINT_WORDS.isdisjoint(split):
            return True
        for at, word in enumerate(split):
            if word in NEGATIONS:
                after = [w for w in split[at + 1 :] if w not in TURNED_SKIPS]  # "not very useful"
                if after and self._remarked(after[0]):
                    return True
        return False

    def _remarked(self, word: str) -> bool:
        """Whether a word is one of the remarks of thanks ("helped", "useful"), in any form."""
        return word in self._remarks or self.normalizer.stem(word) in self._remarks

    def _unheld(self, word: str) -> str:
        """A word with a letter held down let go, as a small-talk word if one letter makes
        one ("byeee" -> "bye", not "byee")."""
        single = HELD_LETTER.sub(r"\1", word)
        return single if single in self._chat_vocab else self.normalizer.unheld(word)

    def _is_filler(self, word: str) -> bool:
        """A word that says nothing of its own in small talk: "again", "very", "a million",
        and the chat words the synonyms drop ("ty bestie")."""
        return (
            word in SMALLTALK_FILLER
            or word in GENERIC_WORDS
            or word in INCIDENTAL_WORDS  # "thanks, I'll tell my mum"
            or word.isdigit()
            or word in BOT_NAMES  # "thanks bot", "cheers faqbot"
            or (
                word not in QUESTION_WORDS
                and (self.normalizer.is_stop_word(word) or not self.normalizer(word).tokens)
            )
        )

    def respond(self, text: str, previous: str | None = None) -> Reply:
        """Decide how to reply to one message from a user; ``previous`` is the last question
        asked in the same conversation, if any (see asked_before and follow_up). A message that
        asks two or three things has each answered that can be (see also_answered); one its
        writer corrected is read as corrected (see Normalizer.corrected). A reply to a message
        that sounds like someone struggling, but fires no urgent or crisis rule, opens with the
        distress text, or is the distress text alone unless it answers a question about what
        the FAQ is about. Words spelt out a letter at a time are read joined up ("C A N T
        B R E A T H E")."""
        text = with_letters_joined(text or "")
        reply = self._reply(text, previous)
        why = None if reply.kind == "urgent" else self.distress_in(text)
        if why is None:
            return reply
        named = reply.normalized is not None and not self._named.isdisjoint(reply.normalized.tokens)
        if reply.kind not in ("answer", "clarify") or not (named or reply.asked):
            # "i hate being alive", "i want to stop feeling anything ever again": an FAQ entry
            # reached through everyday words ("stop feeling" as "reduce symptoms"), "I don't
            # know" or "bye, take care" is no reply to someone struggling; the distress text is
            was = f"{reply.kind} {reply.entry_id}" if reply.entry_id else reply.kind
            return Reply(
                "fallback",
                self.texts["distress"],
                reason=f"it sounds like distress ({why}) and asks nothing of what the FAQ is "
                f"about, so the distress text alone (not {was})",
                candidates=reply.candidates,
                normalized=reply.normalized,
                distress=True,
            )
        return replace(
            reply,
            text=f"{self.texts['distress']}\n\n{reply.text}",
            reason=f"{reply.reason}; it sounds like distress ({why}), so the distress text "
            "comes first",
            distress=True,
        )

    def distress_in(self, text: str) -> str | None:
        """Why a message sounds like someone struggling (a distress rule, or the words of
        distress scoring it at least the distress_threshold setting), or None."""
        text = (text or "")[:MAX_QUESTION_CHARS]
        if self.distressed(text):
            return "a distress rule"
        if self.distress_words is not None and not self._farewell_for_now(text):
            score = self.distress_words.score(text)
            if score * 100 >= self.settings["distress_threshold"]:
                strongest = ", ".join(f for f, _ in self.distress_words.strongest(text, 3))
                return (
                    f"the words of distress score it {score:.0%}, threshold "
                    f"{self.settings['distress_threshold']}%: {strongest}"
                )
        return None

    def _farewell_for_now(self, text: str) -> bool:
        """Whether a message is small talk that says goodbye for a while only ("sorry for all
        the questions, goodbye for now", "thanks, speak soon"): no words of distress weigh
        against a parting its writer says is not for good (a distress rule still does)."""
        split = words(text)
        if FOR_A_WHILE_FIRSTS.isdisjoint(split):  # (nearly every message: one look)
            return False
        return holds_phrase(split, FOR_A_WHILE) and self.smalltalk(text) in ("goodbye", "thanks")

    def _reply(self, text: str, previous: str | None) -> Reply:
        typed = (text or "")[:MAX_QUESTION_CHARS]
        text = as_sent(typed)
        unsigned = self.normalizer.unsigned(text)  # ("Kind regards, Sam": no part of it)
        if unsigned != text and not self.screen(text):
            text = unsigned
        # (the hashtags left off may tell an emergency: "#cantbreathe")
        alarm = self.screen(typed) if "#" in typed and text != typed else None
        if alarm:
            return Reply("urgent", self.texts[alarm], reason=f"matched a {alarm} safety rule")
        corrected = self.normalizer.corrected(text)
        # ("no sorry, i meant leaky gut" after a question corrects that question: see below)
        corrects_before = previous is not None and self.matcher.corrects_before(text) is not None
        if corrected != text and not corrects_before and not self.screen(text):
            # "what are prebiotics, sorry i mean probiotics" asks what probiotics are (the
            # message as typed is screened, all of it)
            reply = self._respond(corrected, screened=True)
            why = f"read as '{corrected}', {AS_CORRECTED}"
            reply = replace(reply, reason=f"{why}; {reply.reason}", asked=corrected)
            text = corrected
        else:
            reply = self._respond(text)
        pointed = False
        if previous and reply.kind == "smalltalk":
            request = self.smalltalk(text)
            if request in REQUESTS:  # "tell me more", "say that again" after an answer
                return self.more_on(previous) if request == "more" else self.again(previous)
            # "will this help" asks of the answer before, not for the /help text (but "can
            # you help with that" asks the bot)
            pointed = (
                request == "help"
                and YOU_WORDS.isdisjoint(words(text))
                and self.matcher.leans_on_before(text)
            )
        if previous and (reply.kind in ("answer", "clarify", "fallback") or pointed):
            follow = self.matcher.follow_up(text, previous)
            if follow is not None:
                asked, bound = follow
                again = self._respond(asked)
                if bound or (again.kind == "answer" and reply.kind != "answer"):
                    why = f"read as '{asked}', with the topic of the last question"
                    return replace(again, reason=f"{why}; {again.reason}", asked=asked)
        if reply.kind == "answer":
            return self.also_answered(text, reply)
        if reply.kind == "fallback":
            return self.partly_answered(text, reply)
        return reply

    def asked_before(self, text: str, reply: Reply, before: str | None = None) -> str | None:
        """The question a follow-up to ``text`` is read with, now that it got ``reply``: the
        question as read, answered or not ("is eczema contagious", then "what is it then";
        "what is diabetes", then "can probiotics help it" asks of diabetes), when it asks
        about something; None after small talk, an urgent reply, or a message that names
        nothing or asks nothing and got no answer ("her doctor said to try oatmeal baths"),
        which leave the one before (``before``) standing. With no question before, a
        statement that names something is what a follow-up points back at: "my gut has
        been dodgy for months", then "could that be why my skin keeps flaring"."""
        asked = reply.asked or text
        if reply.kind == "answer":
            return asked
        if reply.kind in ("clarify", "fallback") and self.normalizer(asked).tokens:
            asks = asked.rstrip().endswith("?") or asks_unmarked(asked)
            if asks or not before:
                return asked
        return None

    def again(self, previous: str) -> Reply:
        """The reply to "say that again" after the answer to ``previous``: that answer."""
        last = self.respond(previous)
        if last.kind != "answer":  # (the FAQ changed since)
            return Reply("smalltalk", self.texts["help"], reason="small talk: again, no answer")
        why = f"asked again for the answer to '{previous}'"
        return replace(last, reason=f"{why}; {last.reason}", asked=previous)

    def more_on(self, previous: str) -> Reply:
        """The reply to "tell me more" after the answer to ``previous``: the questions the FAQ
        answers on the same thing (those the entry lists as related, then those of its topics
        closest to its question), as a "did you mean" with the "more" heading."""
        last = self.respond(previous)
        answered = last.answered or ((last.entry_id,) if last.kind == "answer" else ())
        entries = [self.faq.entries[e] for e in answered if e in self.faq.entries]
        more = [r for entry in entries for r in entry.related if r in self.faq.entries]
        for entry in entries:
            tags = set(entry.tags)
            near = self.matcher.search(self.matcher.read(entry.question), limit=MORE_SEARCHED)
            more += [
                c.entry_id for c in near if tags.intersection(self.faq.entries[c.entry_id].tags)
            ]
            more += [e for tag in entry.tags for e in self.entries_tagged(tag)]
        more = [e for e in dict.fromkeys(more) if e not in answered]
        more = more[: self.settings["max_suggestions"]]
        if not more:
            return Reply("smalltalk", self.texts["help"], reason="small talk: more, no answer")
        heading = self.texts["more"]
        return Reply(
            "clarify",
            self.clarify_text(more, heading),
            suggestions=tuple(more),
            reason=f"asked for more after the answer to '{previous}' ({', '.join(answered)})",
            heading=heading,
        )

    def also_answered(self, text: str, reply: Reply) -> Reply:
        """``reply`` with the entries that answer the message's other questions, each read on
        its own (and with the question before it, for "it": "what is leaky gut and can
        probiotics help it"), when each gets an answer of its own; at most MAX_ANSWERS."""
        parts = self.matcher.questions(text)
        if not parts:
            # "can probiotics help eczema and leaky gut": asked of each thing, unless the
            # answer already names both ("how are leaky gut and eczema linked")
            parts, things = self.matcher.things_apart(text)
            if not parts or set(things) <= self.matcher.entry_vocab[reply.entry_id]:
                return reply
        answered: list[str] = []
        parts = parts[:MAX_PARTS]  # a message that repeats itself 200 times is not 200 questions
        for _, one in self._each_answered(parts):
            if one.kind == "answer" and one.entry_id not in answered:
                answered.append(one.entry_id)
        if reply.entry_id not in answered:  # the answer to the whole comes first
            answered.insert(0, reply.entry_id)
        answered = answered[:MAX_ANSWERS]
        if len(answered) < 2:
            return reply
        entries = [self.faq.entries[e] for e in answered]
        why = f"{reply.reason}; the message asks {len(parts)} things: {', '.join(answered)}"
        return replace(reply, text=self.answer_text(*entries), answered=tuple(answered), reason=why)

    def partly_answered(self, text: str, reply: Reply) -> Reply:
        """The answers to the questions of a message the FAQ answers, after a line that names
        the ones it does not ("what is leaky gut and where can i get tested for it"), when it
        answers some but not all; else ``reply`` (the fallback to the whole)."""
        # (only questions set apart by "?", a comma or "and", each whole: not "how long" and
        # "should i take probiotics" of one question, nor "probiotics or prebiotics?")
        parts = [p for p in QUESTIONS_APART.split(text) if words(p)][:MAX_PARTS]
        if len(parts) < 2 or not all(
            opens_question(p) and len(words(p)) >= MIN_PART_WORDS and not told_when(p)
            for p in parts
        ):
            return reply
        if any(words(p)[:2] == ["what", "if"] for p in parts[:-1]):
            return reply  # "what if i took antibiotics, would my eczema get worse": one question
        answers: dict[str, Reply] = {}
        unanswered: list[str] = []
        for part, one in self._each_answered(parts):
            if one.kind == "answer":
                answers.setdefault(one.entry_id, one)
            elif one.kind != "smalltalk":  # ("thanks, and what is leaky gut")
                unanswered.append(JOINED_ON.sub("", part.strip(" ,.;:-")))
        if not answers or not unanswered:
            return reply
        answered = list(answers)[:MAX_ANSWERS]
        entries = [self.faq.entries[e] for e in answered]
        why = (
            f"{reply.reason}; the message asks {len(parts)} things: {', '.join(answered)} "
            f"answered, no answer to {'; '.join(repr(u) for u in unanswered)}"
        )
        return replace(
            reply,
            kind="answer",
            text=f"{self.partly_note(unanswered)}\n\n{self.answer_text(*entries)}",
            entry_id=answered[0],
            score=answers[answered[0]].score,
            answered=tuple(answered),
            unanswered=tuple(unanswered),
            reason=why,
        )

    def _each_answered(self, parts: list[str]) -> list[tuple[str, Reply]]:
        """Each question of a message with its reply, read on its own and, where it points
        back ("can probiotics help it"), with the questions before it."""
        replies = []
        for at, part in enumerate(parts):
            before = ". ".join(parts[:at])
            follow = self.matcher.follow_up(part, before) if before else None
            one = self._respond(follow[0] if follow and follow[1] else part, screened=True)
            replies.append((part, one))
        return replies

    def partly_note(self, unanswered: list[str] | tuple[str, ...]) -> str:
        """The line before the answers to a message the FAQ answers in part."""
        asked = "; ".join(f'"{u}"' for u in unanswered)
        return self.texts["partly_answered"].replace("{unanswered}", asked)

    def _respond(self, text: str, screened: bool = False) -> Reply:
        """respond() for one message on its own (``screened``: part of a message the safety
        screen has passed)."""
        text = (text or "")[:MAX_QUESTION_CHARS]
        split = words(text)
        if not split:
            return Reply("fallback", self.texts["empty_question"], reason="no words in the message")
        if BARE_QUESTION.issuperset(split):  # "why?", "how come?", "y tho"
            return self._fallback(0, "a question word alone asks nothing", {})
        alarm = None if screened else self.screen(text)
        if alarm:
            return Reply("urgent", self.texts[alarm], reason=f"matched a {alarm} safety rule")
        normalized = self.matcher.read(text)
        candidates = tuple(self.matcher.search(normalized, limit=5))
        answer_at = self.settings["answer_threshold"]
        if not candidates or candidates[0].score < answer_at:
            # "what is mucosal integrity": words of an answer that no phrasing uses
            about_answer = self.matcher.about_an_answer(text, normalized)
            if about_answer is not None:
                normalized = about_answer
                candidates = tuple(self.matcher.search(normalized, limit=5))
        clarify_at = self.settings["clarify_threshold"]
        margin = self.settings["margin"]
        extra = {"candidates": candidates, "normalized": normalized}
        # (not a message that only names the bot: "thanks bot" is thanks; nor one that is a
        # phrase of small talk word for word: "that answers my question"; nor one whose only
        # words remark on a reply: "great answer, thanks" is no "what can you answer")
        exact = (
            bool(candidates)
            and candidates[0].score >= EXACT_SCORE
            and not self.matcher.bot_words.issuperset(normalized.tokens)
            and not self._remarks.issuperset(normalized.tokens)
            and not self._said_as_chat(text)
        )
        chat = None if exact else self.smalltalk(text)
        if chat:
            return Reply(
                "smalltalk", self.smalltalk_text(chat), reason=f"small talk: {chat}", **extra
            )
        swapped = self.matcher.stand_in(normalized, candidates[0]) if candidates else None
        if swapped:
            token = swapped[0].removeprefix(HAS_MARK)  # "has_other_condition": "I have acne"
            if token in self.matcher.topics:  # a topic of the FAQ's own, in another's place
                said = f"'{token.replace('_', ' ')}', another topic,"
            else:
                typed = next((w for w in words(text) if self.normalizer(w).tokens == (token,)), "")
                said = f"'{typed or swapped[0]}' is not in the FAQ and"
            return self._fallback(
                candidates[0].score,
                f"{said} stands where the best entry, {candidates[0].entry_id}, names "
                f"{swapped[1].replace('_', ' ')}",
                extra,
            )
        if candidates and self.matcher.difference_undrawn(text, normalized, candidates[0]):
            return self._fallback(
                candidates[0].score,
                f"it asks a difference the best entry, {candidates[0].entry_id}, never draws",
                extra,
            )
        min_recall = self.settings["clarify_min_recall"]
        if not candidates or candidates[0].score < clarify_at:
            best = candidates[0].score if candidates else 0
            return self._fallback(
                best, f"best score {best:.0f} is under the clarify threshold {clarify_at}", extra
            )
        if candidates[0].score < answer_at and candidates[0].recall * 100 < min_recall:
            # A middling score is worth a "did you mean" only if the entry explains most of
            # the question; otherwise the question is probably about something else.
            return self._fallback(
                candidates[0].score,
                f"best score {candidates[0].score:.0f} is under the answer threshold and the "
                f"entry explains only {candidates[0].recall:.0%} of the question "
                f"(clarify_min_recall {min_recall}%)",
                extra,
            )
        best = candidates[0]
        runner = candidates[1].score if len(candidates) > 1 else 0.0
        precise = best.precision * 100 >= self.settings["min_precision"]
        # "my son", "thanks, my son will love this": whom a message is about, and nothing it
        # asks ("what about kids?" asks about the one entry on children)
        whom_only = self.matcher.only_whom(normalized) and not ("?" in text or asks_unmarked(text))
        if best.score >= answer_at and best.score - runner >= margin and precise and not whom_only:
            reason = (
                f"best score {best.score:.0f} >= answer threshold {answer_at} and "
                f"{best.score - runner:.0f} ahead of the next entry (margin {margin})"
            )
            return replace(
                self.answer(best.entry_id, score=round(best.score), reason=reason), **extra
            )
        # The best candidate cleared the clarify threshold; the others must be near it.
        close = [best] + [c for c in candidates[1:] if c.score >= best.score * SUGGEST_SHARE]
        close = close[: self.settings["max_suggestions"]]
        if best.score < answer_at:
            why = f"best score {best.score:.0f} is under the answer threshold {answer_at}"
        elif not precise:
            why = (
                f"the question holds only {best.precision:.0%} of the best phrasing "
                f"(min_precision {self.settings['min_precision']}%)"
            )
        elif whom_only:
            why = "the question only says whom it is about, not what it asks"
        else:
            why = f"the next entry is only {best.score - runner:.0f} behind (margin {margin})"
        return Reply(
            "clarify",
            self.clarify_text([c.entry_id for c in close]),
            best.entry_id,
            round(best.score),
            tuple(c.entry_id for c in close),
            reason=why,
            **extra,
        )

    def _fallback(self, score: float, reason: str, extra: dict) -> Reply:
        return Reply("fallback", self.texts["fallback"], score=round(score), reason=reason, **extra)

    def clarify_text(self, entry_ids: list[str], heading: str = "") -> str:
        """A "did you mean": the heading (the clarify text unless given), the entries'
        questions numbered, the disclaimer."""
        lines = [heading or self.texts["clarify"]]
        for number, entry_id in enumerate(entry_ids, 1):
            lines.append(f"{number}. {self.faq.entries[entry_id].question}")
        return "\n".join(lines) + f"\n\n{self.texts['disclaimer']}"

    # -- browsing and inline mode ----------------------------------------------------

    def entries_tagged(self, tag: str) -> list[str]:
        return [e.id for e in self.faq.entries.values() if tag in e.tags]

    def lookup(self, text: str, limit: int = 5) -> tuple[str, tuple[str, ...]]:
        """Entries for a question being typed (inline mode): ("urgent", ()) or ("crisis", ()) for
        a message the safety screen stops; ("distress", ids) for one that sounds like someone
        struggling, its entries only if it names what the FAQ is about (as respond has it);
        else ("entries", ids) best first; the start examples when empty."""
        typed = (text or "")[:MAX_QUESTION_CHARS]
        text = as_sent(typed)
        if not words(text):
            return "entries", tuple(self.settings.get("start_examples", ()))[:limit]
        alarm = self.screen(typed)
        if alarm:
            return alarm, ()
        floor = self.settings["clarify_threshold"]
        query = self.matcher.read(text)
        found = self.matcher.search(query, limit=limit)
        ids = tuple(c.entry_id for c in found if c.score >= floor)
        if self.distress_in(typed) is not None:
            return "distress", ids if not self._named.isdisjoint(query.tokens) else ()
        return "entries", ids
