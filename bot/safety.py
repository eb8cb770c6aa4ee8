"""The safety screen: urgent symptoms and crisis messages, before any matching.

The rules are the admins' regular expressions in faq/safety.yaml, matched against the words
of a message, and their signs: lists of words of which one each, near each other, make an
emergency however the rest is put ("struggling for air", "every breath is a fight"). A
misspelt emergency is still one: a message no rule catches as typed is read a
second time with each word the FAQ does not know that is a slip from a word of the rules read
as that word ("i cant breth", "ther is blud in my poo", "my throte is sweling").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import product

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.faq import SafetyRule, Sign
from bot.textnorm import (
    EVERYDAY_WORDS,
    STOP_WORDS,
    TEXT_SPEAK,
    plausible_slip,
    respace,
    run_together,
    slipped_only,
    words,
)

#: An apostrophe as people type it.
APOSTROPHE = "['’‘`´]"
#: "what's", "he's", "there's": words folded drop "'s" (a possessive: "my gp's"), but after
#: these it is "is" or "has", and the rules spell them as typed without the apostrophe
#: ("whats the point", "hes not breathing").
CONTRACTED = re.compile(
    rf"\b(what|that|there|it|he|she|who|where|here|how|let){APOSTROPHE}s\b", re.I
)


def spelt_words(text: str) -> list[str]:
    """A message's words with "what's", "he's", "how's" as "whats", "hes", "hows", as the rules
    and the small-talk phrases spell them (words() drops "'s", which after these is "is")."""
    return words(CONTRACTED.sub(r"\1s", text))


#: How long a word must be to be read as a slip of a word of the FAQ or of the exceptions.
MIN_PLAIN_SLIP = 5
#: Real words a slip or two from a word of the rules by keys beside or letters that sound
#: alike, which people type as themselves: "my son sat gazing out of the window" is no
#: gasping, "my baby is sneezing a lot" no seizing, "my dog was chomping on a bone" no
#: choking, "i'm doing cbt for my anxiety" (a talking therapy) no "ctb". (Not words as often
#: typed for a word of the rules: "cheat" for "chest".)
REAL_WORDS = frozenset(
    """
    cbt chomp chomped chomping chomps cloning clones coding collate confusing firing fixing gaze
    gazed gazes gazing motley sizing sliding slicing sneeze sneezed sneezes sneezing whereby
    """.split()
)
#: Letters typed for "th" as it is said in many accents ("breevin", "breaf"): a word that is
#: no slip of a word of the rules is read again with one of them as "th", as one of the
#: words of the rules an emergency turns on that hold "th" (not "rather", which "refer"
#: would be).
SAID_FOR_TH = ("v", "f")
SAID_WITH_TH = ("breath", "mouth", "throat")
#: What parts a message: the ends of sentences, colons, lines, a comma and space ("hi, can
#: stress make you faint") and "but" ("sorry if this is silly but can stress ...").
PARTS = re.compile(r"[.!?;:\n]+|,\s|\sbut\s")
#: A question of whether to get care now, or how worried to be, about what is happening:
#: "does a fever of 39 on chemo mean i need to go in tonight", "should i worry that ...".
CARE_ASKED = re.compile(
    r"\b(go (in|to (a ?(and|&|n) ?e|a&e|hospital|the hospital|the er|er|urgent care|casualty))"
    r"|call (999|911|112|111|an ambulance)|ring (999|911|112|111|an ambulance)|an? ambulance"
    r"|be seen|get (him|her|it|me|them) seen|wait (till|until|for) (the )?(morning|monday|tomorrow)"
    r"|leave it (till|until)|an emergency|be worried|i worry|we worry|is (it|this|that) serious)\b",
    re.IGNORECASE,
)
#: A reading or a time by which a question tells of now: "is it normal on chemo to have a
#: temperature of 38.5", "can chemo give you a fever tonight" (not "can stress make my chest
#: feel tight", a question of causes).
TOLD_NOW = re.compile(r"\b(right now|tonight|today|this morning|this evening)\b|\b\d", re.I)
#: The word that opens such a question, without which it tells what is happening.
ASKING_WORDS = "does do did can could will would is are was should might may".split()
ASKING_OPENER = re.compile(rf"^\W*({'|'.join(ASKING_WORDS)})\b", re.IGNORECASE)
#: ... and any word that opens a question.
QUESTION_OPENER = re.compile(
    rf"^\W*({'|'.join([*ASKING_WORDS, *'what whats how why which when where who'.split()])})\b",
    re.IGNORECASE,
)
#: Stop words of the rules this long are read through slips too ("myslf", "mysefl").
MIN_STOP_WORD_SLIP = 6
#: The shortest stop word of the rules a slip is read as ("want", "have", "took").
MIN_STOP_TARGET = 4
#: A backreference (a backslash and a digit, or "(?P=name)"), which would point elsewhere
#: in joined patterns.
BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")
#: How many words' spellings the screen keeps.
MAX_CACHED = 100_000
#: The shortest string the screen's shortcut relies on (see required_literals).
MIN_LITERAL = 3
#: How long a word must be to be read as a slip of a word of degree.
MIN_DEGREE_SLIP = 5
#: Words of degree people put inside an emergency ("my chest really hurts", "my chest feels
#: so tight"): a message that fires no rule is read again without them.
DEGREE_WORDS = frozenset(
    """
    absolutely awfully extremely incredibly literally properly proper quite really rly rlly
    seriously so super terribly totally very
    """.split()
)


#: Words of degree that hedge, alone or with the word after them: "a bit blue", "a little
#: grey", "kind of floppy", "slightly blue".
HEDGE_WORDS = frozenset("slightly somewhat fairly kinda sorta abit".split())
HEDGE_PAIRS = frozenset(
    [("a", "bit"), ("a", "little"), ("a", "tad"), ("a", "wee"), ("kind", "of"), ("sort", "of")]
)
HEDGE_STARTS = HEDGE_WORDS | {first for first, _ in HEDGE_PAIRS}


def without_hedges(split: list[str]) -> list[str]:
    """The words without the words of degree that hedge (HEDGE_WORDS, HEDGE_PAIRS)."""
    out: list[str] = []
    at = 0
    while at < len(split):
        if tuple(split[at : at + 2]) in HEDGE_PAIRS:
            at += 2
        elif split[at] in HEDGE_WORDS:
            at += 1
        else:
            out.append(split[at])
            at += 1
    return out


#: ... or none ("doesnt").
_APOSTROPHE = APOSTROPHE + "?"
#: Words that deny having something: "no fever", "I don't have chest pain", "there's no
#: swelling", "I've never had a seizure". What they deny, to the end of its clause, tells of
#: nothing happening. (Not "without": "he can't lie flat without gasping".)
DENIES_HAVING = re.compile(
    r"\b(?:no|(?:do|does|did)(?:n"
    + _APOSTROPHE
    + r"t| not) (?:have|get|suffer from)|never get|(?:have|has)(?:n"
    + _APOSTROPHE
    + r"t| not) (?:got|had)|never had|not got|there"
    + _APOSTROPHE
    + r"s no|there (?:is|are|was|were) no)\b",
    re.IGNORECASE,
)
#: How many English stop words besides "no" make a message English enough for "no" to deny.
MIN_ENGLISH_STOP_WORDS = 2
#: Words that deny being or doing something, which deny it only when a contrast follows or
#: "or anything" ends it: "I'm not suicidal, just fed up", "I haven't fainted or anything".
DENIES_BEING = re.compile(
    r"\b(?:not|(?:is|are|was|were|have|has|did)n" + _APOSTROPHE + r"t|never)\b", re.IGNORECASE
)
#: Where a clause ends: its punctuation, or a word that joins another or sets it against one.
CLAUSE_END = re.compile(
    r"[,.;:!?\n]|\s-\s|\s(?:but|and|though|although|yet|so|now|just|only|except)\b|$",
    re.IGNORECASE,
)
#: A contrast after a denial: "..., just a runny nose", "..., he just has eczema".
CONTRAST = re.compile(r"^[\s,.;:-]*(?:[\w'’]+\s+){0,2}?(?:just|only|simply)\b", re.IGNORECASE)
#: Words a denial skips to reach what it denies ("no real pain", "not any swelling").
DENIAL_SKIPS = frozenset(
    "a an any the my his her their our your much enough real proper more of signs sign".split()
)
#: ... and, after a denial of being, the verb that carries it ("not feeling suicidal").
BEING_SKIPS = frozenset("feeling feel being been getting".split())
#: A denial of what was so before, which the message goes on to tell is so now: "never had
#: chest pain before but now it's crushing".
BEFORE = re.compile(r"\b(before|until|till|up to now|so far)\b", re.IGNORECASE)
#: What, denied, is itself the emergency or the crisis: no breath, no response, no pulse, no
#: wet nappy, no feeling in the legs, no reason to live, not coping, not safe. A clause that
#: denies one is kept.
DENIED_AND_TOLD = frozenset(
    """
    air alive alright answer answering anybody anyone anything awake blood_flow body breath
    breathe breathing choice color colour conscious consciousness control cope coping cry crying
    desire doubt drink drinking eating escape feed feeding feeling fine future heartbeat hope
    idea kick kicking kicks life longer matter meaning more moved movement movements moving
    nothing ok okay one opened options passed pee peed peeing point pooed pulse purpose reason
    respond responded responding response responsive safe said sensation sense sleep sleeping
    slept speak speaking spoke spoken strength talk talked talking urine value wake waking way
    wee weed weeing well wet will woke woken words worth
    """.split()
)
#: ... nor a clause that names harm to oneself, whatever denies it ("I'm not going to kill
#: myself, just ..." still gets the crisis reply).
HARM_NAMED = re.compile(
    r"\b(kill|killing|end (my|it|his|her)|ending (my|it)|hurt (my|him|her)self|harm\w*|"
    r"cut (my|him|her)self|overdos\w*|die|dying|dead|suicide)\b",
    re.IGNORECASE,
)


NEITHER = re.compile(r"\bneither\b", re.IGNORECASE)
NOR = re.compile(r"\bnor\b", re.IGNORECASE)


#: Words quoted from a song, a show, a film, a joke or a video, in quotation marks as typed:
#: "my son keeps quoting 'i can't breathe' from a tiktok", "the song goes 'my chest is
#: crushing'". What someone says of themselves is no quotation of these ("he keeps saying 'my
#: throat is closing'").
QUOTED_MEDIA = re.compile(
    r"\b(?:quoting|quotes|quoted|song|songs|show|film|movie|line|lyric|lyrics|joke|jokes|"
    r"joking|jokingly|meme|tiktok|tiktoks|video|sings|singing|sang)\b"
    r"[^'\"‘’“”]{0,30}(['\"‘“])(?:[^'\"‘’“”]|(?<=[a-z])['’](?=[a-z])){1,60}['\"’”](?![a-z])",
    re.IGNORECASE,
)


def without_quoted_media(text: str) -> str:
    """A message without words it quotes from a song, a show, a film, a joke or a video (see
    QUOTED_MEDIA): "the show had a line 'my throat is closing', can kimchi cause allergies" is
    "the show had a line, can kimchi cause allergies". An apostrophe inside the quotation is
    part of it ("'i can't breathe'")."""
    if not QUOTED_MEDIA.search(text):
        return text
    return QUOTED_MEDIA.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)], text)


def with_neither_spelt(text: str) -> str:
    """ "neither ... nor ..." read as "not ... and not ...", as the rules and the denials read
    each: "he's neither breathing nor waking up" is "not breathing and not waking up"."""
    found = NEITHER.search(text)
    if found is None or NOR.search(text, found.end()) is None:
        return text
    return NOR.sub("and not", NEITHER.sub("not", text))


def without_denials(text: str, known: Callable[[str], bool] = bool) -> str:
    """A message without the symptoms it denies: "I don't have chest pain, just bloating" is
    ", just bloating"; "no fever, no rash, just itchy skin"; "my son isn't floppy or unwell,
    he just has eczema". Not a denial that is itself the emergency ("he's not breathing", "no
    wet nappy all day", "no reason to live"), nor one of being or doing something with no
    contrast after it ("she isn't making sense"), nor one that names harm to oneself, nor one
    with a word that ``known`` does not know (a slip may hide any of those: "no pointliving")."""
    cut: list[tuple[int, int]] = []
    # "no" denies in English; in Spanish or Portuguese it is "not" or "in the"
    english = sum(w in STOP_WORDS and w != "no" for w in words(text)) >= MIN_ENGLISH_STOP_WORDS
    for pattern, needs_contrast in ((DENIES_HAVING, False), (DENIES_BEING, True)):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(a <= start < b for a, b in cut):
                continue
            close = CLAUSE_END.search(text, end)
            stop = close.start() if close else len(text)
            denied = text[end:stop]
            split = [w for w in words(denied) if w not in DENIAL_SKIPS]
            if needs_contrast:
                while split and split[0] in BEING_SKIPS:
                    split = split[1:]
            if BEFORE.search(denied):
                continue
            if (
                not split
                or split[0] in STOP_WORDS  # ("yes or no is it an emergency if ...")
                or split[0] in DENIED_AND_TOLD
                or HARM_NAMED.search(denied)
                or not all(map(known, split))
            ):
                continue
            if match.group().lower() == "no" and not english:  # ("mi padre no respira")
                continue
            if needs_contrast and not (
                denied.rstrip().lower().endswith("or anything") or CONTRAST.match(text[stop:])
            ):
                continue
            cut.append((start, stop))
    if not cut:
        return text
    out, at = [], 0
    for start, stop in sorted(cut):
        out.append(text[at:start])
        at = stop
    out.append(text[at:])
    return " ".join("".join(out).split())


def without_exceptions(source: str) -> str:
    """A pattern without its negative lookarounds: the words a rule must not see ("price" in
    "faint(?! when i saw the price)") are no words to read a slip as."""
    out, depth, skipping = [], 0, 0
    at = 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            if not skipping:
                out.append(source[at : at + 2])
            at += 2
            continue
        if char == "(":
            depth += 1
            if not skipping and source.startswith(("(?!", "(?<!"), at):
                skipping = depth
        elif char == ")":
            if skipping == depth:
                skipping = 0
                at += 1
                depth -= 1
                continue
            depth -= 1
        if not skipping:
            out.append(char)
        at += 1
    return "".join(out)


def rule_words(source: str) -> tuple[set[str], set[str]]:
    """The words a rule's pattern spells out, as written ("pass", "out") and as put together
    ("passed", "passing" from "pass(ed|ing)?"; "myself" from "my ?self")."""
    text = re.sub(r"\\[a-zA-Z]", " ", without_exceptions(source))
    written = set(re.findall(r"[a-z]{3,}", text))
    joined = {
        base + end
        for base, ends in re.findall(r"([a-z]{3,})\(([a-z]+(?:\|[a-z]+)*)\)", text)
        for end in ends.split("|")
    }
    joined.update(first + second for first, second in re.findall(r"([a-z]+) \?([a-z]+)", text))
    return written, joined - written


def sign_words(sign: Sign) -> tuple[set[str], set[str]]:
    """The words a sign spells out ("air", "struggling") and the beginnings it takes with any
    ending ("breath" from "breath*")."""
    spelt = [word for phrases in sign.words for phrase in phrases for word in phrase]
    return {w for w in spelt if not w.endswith("*")}, {w[:-1] for w in spelt if w.endswith("*")}


#: How many places of each of a sign's lists are tried together (a long message may name a
#: word many times; the first places are enough).
MAX_SIGN_PLACES = 6


def sign_holds(places: Sequence[Sequence[tuple[int, int]]], within: int, in_order: bool) -> bool:
    """Whether one place (start, end) of each list's words, none overlapping, spans at most
    ``within`` words (in the lists' order if ``in_order``)."""
    for choice in product(*(p[:MAX_SIGN_PLACES] for p in places)):
        spans = choice if in_order else sorted(choice)
        if all(spans[k][0] >= spans[k - 1][1] for k in range(1, len(spans))) and (
            max(end for _, end in spans) - spans[0][0] <= within
        ):
            return True
    return False


def excepted(unless: Sequence[re.Pattern[str]], folded: str, plain: Sequence[str]) -> bool:
    """Whether an exception holds of a reading of a message or of its plain readings (see
    SafetyScreen.__call__): "swallowed my pride" read as "swallowed my price" is still no
    poisoning."""
    return any(p.search(folded) or any(p.search(t) for t in plain if t != folded) for p in unless)


def as_one(patterns: Sequence[re.Pattern[str]]) -> tuple[re.Pattern[str], ...]:
    """A rule's patterns as one pattern, searched in one pass (twice as fast as one by one);
    as they are if they cannot be joined: global flags ("(?i)"), backreferences."""
    sources = [p.pattern for p in patterns]
    if len(sources) < 2 or any(BACKREFERENCE.search(source) for source in sources):
        return tuple(patterns)
    try:
        return (re.compile("|".join(f"(?:{source})" for source in sources)),)
    except re.error:
        return tuple(patterns)


#: How many letters of a needed string the screen looks its rules up by.
LITERAL_START = 3


def least_literals(literals: set[str]) -> tuple[str, ...]:
    """The strings of a set that hold none of the others, shortest first: a message holds one
    of the set if and only if it holds one of these ("swell" stands for "swelling")."""
    return tuple(
        sorted((s for s in literals if not any(o != s and o in s for o in literals)), key=len)
    )


def required_literals(source: str) -> frozenset[str] | None:
    """Strings one of which every match of a pattern contains, or None if none can be told:
    "\\bchest (pain|hurts?)\\b" -> {"chest "}; "\\b(swell\\w*|swollen)\\b.{0,30}\\b(throat|lips?)"
    -> {"swell", "swollen"}. A message with none of them cannot match, so the screen skips the
    pattern's rule without running it (most messages fire no rule)."""
    try:
        from re import _constants as sre
        from re import _parser

        parsed = list(_parser.parse(source))
    except Exception:  # a pattern or a Python this reading does not know: no shortcut
        return None

    def leading(items: list) -> str:
        """The literal letters a sequence starts with."""
        lead = ""
        for op, arg in items:
            if op is not sre.LITERAL:
                break
            lead += chr(arg)
        return lead

    def required(items: list) -> set[str] | None:
        found: list[set[str]] = []
        run = ""
        for op, arg in items:
            if op is sre.LITERAL:
                run += chr(arg)
                continue
            if run and op is sre.BRANCH:
                # the parser takes the letters branches share out in front of them
                # ("(saans|sans)" is "s", "a", then "ans" or "ns"): put them back
                leads = [leading(list(branch)) for branch in arg[1]]
                if all(leads):
                    found.append({run + lead for lead in leads})
            if run:
                found.append({run})
                run = ""
            needed = None
            if op is sre.SUBPATTERN:
                needed = required(list(arg[-1]))
            elif op is sre.BRANCH:
                branches = [required(list(branch)) for branch in arg[1]]
                if all(branches):
                    needed = set().union(*branches)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
                needed = required(list(arg[2]))
            elif op is sre.ASSERT and arg[0] == 1:  # what a lookahead needs is needed
                needed = required(list(arg[1]))
            if needed:
                found.append(needed)
        if run:
            found.append({run})
        found = [f for f in found if all(len(x.strip()) >= MIN_LITERAL for x in f)]
        return min(found, key=len) if found else None

    literals = required(parsed)
    # (messages are searched folded to lower case: "(?i)CHOKING" needs "choking")
    return frozenset(x.lower() for x in literals) if literals else None


#: What may follow a slip of a rule's word beginning when little does ("swellen", "vomitd"):
#: not "r" or "at" ("wheer" is where, "wheeat" wheat, neither a slip of "wheez").
SHORT_ENDINGS = frozenset({"", "s", "d", "y", "ed", "es", "er", "ly", "al", "ic", "en"})
#: Endings put on a word of the FAQ ("flaring", "itches"), and how long what they go on
#: must be.
INFLECTIONS = ("ing", "ed", "es", "s", "er", "ers")
MIN_INFLECTED_BASE = 4
#: ... of them, those that take a word's last "e" ("flare", "flaring"; not "severe", "severs";
#: "haveing" is a slip of "having").
DROPS_E = frozenset({"ing", "ed"})
#: A number typed onto the word after it: "2breathe".
DIGITS_FIRST = re.compile(r"(\d+)([a-z]{3,})")


class SafetyScreen:
    """The kind of rule a message triggers: "crisis", "urgent" or None (or "distress", for a
    screen of distress rules)."""

    def __init__(
        self,
        rules: Sequence[SafetyRule],
        known_words: Iterable[str] = (),
        *,
        shortcut: bool = True,  # False: every pattern searched (to test the shortcut)
        slips: bool = True,  # False: the words as typed only (no slips, no words run together)
        not_urgent: Sequence[re.Pattern[str]] = (),
        says_nothing: Callable[[str], bool] | None = None,
    ):
        self.slips = slips
        # a question no urgent rule fires on (see _only_asks), and what tells whether a part of
        # a message around it is chat ("hi", "hope you are well"), whatever its words
        self.not_urgent = tuple(not_urgent)
        self.says_nothing = says_nothing
        self.rules = tuple(rules)
        self.known_words = frozenset(known_words)  # the FAQ's words: never read as slips
        sources = [p.pattern for rule in self.rules for p in rule.patterns]
        signs = [sign for rule in self.rules for sign in rule.signs]
        # ... nor the words the rules' exceptions spell: words the admins wrote as words
        # ("shaving" in "cut myself(?! shaving)" is not "saving")
        unless = [p.pattern for rule in self.rules for p in rule.unless]
        unless += [p.pattern for sign in signs for p in sign.unless]
        self.excepted_words = frozenset(
            re.findall(r"[a-z]{3,}", re.sub(r"\\[a-zA-Z]", " ", " ".join([*sources, *unless])))
        )
        # The words of the rules ("breath", "blood", "throat", "fainted", and long stop words
        # such as "myself") ...
        # (not those of a rule whose slips are not read: words of other languages; each rule's
        # words read once, its patterns' and its signs', for these and the urgent ones below)
        typed = [
            (
                rule,
                [rule_words(p.pattern) for p in rule.patterns],
                list(map(sign_words, rule.signs)),
            )
            for rule in self.rules
            if rule.slips
        ]
        spelt = [read for _, of_patterns, _ in typed for read in of_patterns]
        sign_spelt = [read for _, _, of_signs in typed for read in of_signs]
        spelt += [(written, set()) for written, _ in sign_spelt]
        self.words = sorted({w for written, _ in spelt for w in written if w not in STOP_WORDS})
        # Words put together ("fainting") are read through one slip only: "fasting" is two
        # from "fainting" and is no slip of it.
        self.joined = sorted(
            {
                w
                for written, joined in spelt
                for w in written | joined
                if w not in STOP_WORDS or len(w) >= MIN_STOP_WORD_SLIP
            }
            - set(self.words)
        )
        self._word_set = frozenset(self.words).union(self.joined)
        # the words of the urgent rules: a part of a message with none tells of no emergency
        # (see _only_asks; the crisis rules' words, "hope", "everything", tell of none)
        urgent = [
            (of_patterns, of_signs)
            for rule, of_patterns, of_signs in typed
            if rule.kind == "urgent"
        ]
        urgent_spelt = [read for of_patterns, _ in urgent for read in of_patterns]
        urgent_signs = [read for _, of_signs in urgent for read in of_signs]
        self._urgent_words = frozenset(
            w
            for spelt_words in [*(w | j for w, j in urgent_spelt), *(w for w, _ in urgent_signs)]
            for w in spelt_words
            if w not in STOP_WORDS
        )
        self._urgent_starts = tuple({w for _, starts in urgent_signs for w in starts})
        # ... and their stop words of four letters or more ("want", "have", "took"), which a
        # word no list knows may be one slip from: "i wabt to die", "i hvae a temperature".
        self.stop_words = sorted(
            {
                w
                for written, _ in spelt
                for w in written
                if w in STOP_WORDS and MIN_STOP_TARGET <= len(w) < MIN_STOP_WORD_SLIP
            }
        )
        self._spellings: dict[str, tuple[str, ...]] = {}
        # The FAQ's words and those the exceptions spell, by first letter: a slip nearer one
        # of them than any word of the rules is theirs ("cookimg" is cooking, not choking), and
        # an exception holds of a message with its slips of them read as them ("my dad nearly
        # fainted when he saw the prcie").
        self._plain_words: dict[str, list[str]] = defaultdict(list)
        for word in sorted(self.known_words | self.excepted_words):
            if len(word) >= MIN_PLAIN_SLIP - 1:
                self._plain_words[word[0]].append(word)
        self._plain: dict[str, tuple[str, int] | None] = {}
        self._by_first: dict[str, tuple[list[str], list[str], list[str]]] = {}
        self._degree: dict[str, bool] = {}  # words read as slips of words of degree, or not
        self._joined: dict[str, tuple[str, ...]] = {}  # "icant" -> ("i", "cant")
        # For each pattern of a rule, strings one of which a message must hold to match it,
        # kept by their first three letters: a message's own triples find the few patterns
        # it may match in a few look-ups, not a search of every pattern (most messages match
        # none, and a rule of fifty patterns searched as one costs a long message 60 us).
        # The patterns without them are searched, a rule's as one.
        self._by_start: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self._always: list[tuple[re.Pattern[str], ...]] = []
        for at, rule in enumerate(self.rules):
            unscreened = []
            for number, pattern in enumerate(rule.patterns):
                needs = required_literals(pattern.pattern) if shortcut else None
                literals = least_literals(set(needs)) if needs else ()
                if not literals or min(map(len, literals)) < LITERAL_START:
                    unscreened.append(pattern)
                    continue
                for literal in literals:
                    self._by_start[literal[:LITERAL_START]].append((at, number, literal))
            self._always.append(as_one(unscreened))
        self._starts = frozenset(self._by_start)
        # ... and the word beginnings they match with any ending ("swell\w*", "\banaphyla",
        # a sign's "breath*").
        self.prefixes = tuple(
            sorted(
                {
                    w
                    for source in sources
                    for w in re.findall(r"([a-z]{4,})\\w\*", source.replace("\\b", " "))
                    + re.findall(r"\b([a-z]{5,})$", source.replace("\\b", " "))
                }
                | {w for _, stems in sign_spelt for w in stems if len(w) >= 4}
            )
        )
        # The signs' phrases by their first word, or by the first letters of a first word that
        # takes any ending: (rule, sign, list, phrase), each phrase's words as (word, any
        # ending); and the lists a word is the longest word of a phrase of, to pass over at
        # once the signs a message lacks a list of (nearly every sign, for nearly every one).
        self._sign_firsts: dict[str, list[tuple[int, int, int, tuple]]] = defaultdict(list)
        self._sign_starts: dict[str, list[tuple[int, int, int, tuple]]] = defaultdict(list)
        self._sign_lists: dict[str, set[tuple[int, int, int]]] = defaultdict(set)
        self._sign_stems: dict[str, dict[str, set[tuple[int, int, int]]]] = defaultdict(dict)
        self._named_lists: dict[str, frozenset[tuple[int, int, int]]] = {}
        for at, rule in enumerate(self.rules):
            for number, sign in enumerate(rule.signs):
                for group, phrases in enumerate(sign.words):
                    for phrase in phrases:
                        parts = tuple((w.rstrip("*"), w.endswith("*")) for w in phrase)
                        first, any_ending = parts[0]
                        found = (at, number, group, parts)
                        if any_ending:
                            self._sign_starts[first[:LITERAL_START]].append(found)
                        else:
                            self._sign_firsts[first].append(found)
                        # a list is looked for by the longest word of each of its phrases,
                        # the rarest as a rule ("burden", not "a")
                        word, stem = max(parts, key=lambda part: len(part[0]))
                        if stem:
                            stems = self._sign_stems[word[:LITERAL_START]]
                            stems.setdefault(word, set()).add((at, number, group))
                        else:
                            self._sign_lists[word].add((at, number, group))

    def __call__(self, text: str) -> str | None:
        """The kind of rule the text triggers, read as typed (see _read), then with words a
        slip or two from a word of the rules read as that word; no urgent rule for a question
        of the not_urgent patterns in words that tell of nothing (see _only_asks)."""
        text = without_quoted_media(text)  # ("the song goes 'my chest is crushing', ...")
        text = with_neither_spelt(text)  # ("he's neither breathing nor waking up")
        text = without_denials(text, self._is_whole_word)  # ("no fever, no rash, just itchy skin")
        if not words(text):
            return None
        fired = self._screen(text)
        if (
            fired is None
            and ASKING_OPENER.match(text)
            and (CARE_ASKED.search(text) or TOLD_NOW.search(text))
        ):
            # read as told: no exception for a question of what something causes or means
            # holds of one asked about now ("does a fever on chemo mean i need to go in")
            fired = self._screen(ASKING_OPENER.sub("", text, count=1))
        if fired is None and QUESTION_OPENER.match(text):
            # an emergency told after a question that opens the message: "can probiotics help
            # after antibiotics, my gran has c diff and is now confused with a swollen belly",
            # "what causes eczema, not that it matters, i'm taking all my tablets tonight"
            # (the question's exceptions hold of the question, not of what is told after it)
            parts = [part for part in PARTS.split(text) if words(part)]
            if len(parts) > 1:
                fired = self._screen(" . ".join(parts[1:]))
        if fired == "urgent" and self.not_urgent and self._only_asks(text):
            return None
        return fired

    def _only_asks(self, text: str) -> bool:
        """Whether a message of several parts is a question of the not_urgent patterns ("can
        stress make you faint") and parts that tell of no symptom (see _tells_nothing): "Hi
        there, I'm Tom.", "I'm 45 and male.", "Hope you are well.". The patterns are anchored at
        a message's start and end, as a question around which something is told may tell of
        now: "my chest hurts. can stress cause chest pain?" is still urgent."""
        parts = [part for part in PARTS.split(text) if words(part)]
        if len(parts) < 2:
            return False
        for at, part in enumerate(parts):
            asked = " ".join(spelt_words(part))
            if any(p.search(asked) for p in self.not_urgent):
                rest = parts[:at] + parts[at + 1 :]
                told = all(self._tells_nothing(part, asked) for part in rest)
                return told and self._screen(" . ".join(rest)) is None
        return False

    def _tells_nothing(self, part: str, asked: str) -> bool:
        """Whether a part of a message around a question of the not_urgent patterns is chat,
        or has no word of the urgent rules and tells of nothing that would undo the pattern
        if it ended the question ("i have it now": see not_urgent)."""
        if self.says_nothing is not None and self.says_nothing(part):
            return True  # small talk: "hi there!", "hope you are well", "many thanks"
        if CARE_ASKED.search(part):
            return False  # "..., should i go to a&e": it is happening now
        # (a number alone tells nothing, though a rule may hold one: "for 30 minutes")
        split = [w for w in spelt_words(part) if not w.isdigit()]  # ("I'm 45 and male.")
        if not self._urgent_words.isdisjoint(split) or any(
            w.startswith(self._urgent_starts) for w in split
        ):
            return False
        told = " ".join(split)
        return any(p.search(f"{asked} {told}") for p in self.not_urgent)

    def _screen(self, text: str) -> str | None:
        """__call__ without the not_urgent questions framed by chat."""
        split = spelt_words(text)
        # an exception that holds of the words as typed, or with each slip read as the word
        # of the rules nearest it, holds of every reading ("i wish my eczeam would go away
        # forever" is "eczema", and no wish to be gone)
        typed = " ".join(split)
        if not self.slips:
            return self._read(split, (typed,))
        respellings = [self.spellings(w) for w in split]
        nearest = " ".join(r[0] if r else w for w, r in zip(split, respellings, strict=True))
        plain = (typed,) if nearest == typed else (typed, nearest)
        as_plain = [self.plain_word(w) for w in split]
        if any(as_plain):  # ("i want this iitch to be gone": the itch, no wish to be gone)
            plain += (" ".join(p[0] if p else w for w, p in zip(split, as_plain, strict=True)),)
        fired = self._read(split, plain)
        if any(as_plain):
            # the slips of the FAQ's words and the exceptions' read as them: an alarm must hold
            # so too ("my dad nearly fainted when he saw the prcie": the price), and one may
            # fire so ("i took an overdoes")
            read = [
                r[0] if r else (p[0] if p else w)
                for w, r, p in zip(split, respellings, as_plain, strict=True)
            ]
            fired_read = self._read(read, plain)
            if fired is not None or fired_read is not None:
                return fired_read
        elif fired is not None:
            return fired
        # a letter typed on the wrong side of a space, words run together: "i cantb reathe",
        # "icant breathe", "lips goneblue"
        spaced = respace(split, self._is_whole_word)
        if spaced != split:
            fired = self._read(spaced, plain)
            if fired is not None:
                return fired
            split = spaced
            respellings = [self.spellings(w) for w in split]
        if not all(map(self._is_listed, split)):  # (a reading of its own: "overdosee")
            unjoined = [part for word in split for part in self._unjoined(self._once(word))]
            if unjoined != split:
                fired = self._read(unjoined, plain)
                if fired is not None:
                    return fired
        if not any(respellings):
            return None
        best = [r[0] if r else w for w, r in zip(split, respellings, strict=True)]
        # A word may be a slip of more than one word of the rules ("blud": blue, blood); an
        # exception that holds of one reading holds of them all ("he had a blod test for his
        # cough" read as "bled test" is still a blood test).
        readings = [best] + [
            [*best[:at], other, *best[at + 1 :]]
            for at, others in enumerate(respellings)
            for other in others[1:]
        ]
        plain = (*plain, *(" ".join(reading) for reading in readings))
        for reading in readings:
            fired = self._read(reading, plain)
            if fired is not None:
                return fired
        return None

    def _read(self, split: list[str], plain: tuple[str, ...]) -> str | None:
        """The kind of rule the words trigger as they are, then without their words of degree
        ("my chest really hurts", "my chest feels so tight"), then with text-speak spelt out
        ("struggling 2 breathe", "a temp n a rash"). An exception (a rule's ``unless``) that holds
        of the ``plain`` texts (the words as typed, and read through their nearest slips)
        holds of every reading of them."""
        fired = self._match(" ".join(split), plain)
        if fired is None:
            degree = [w for w in split if self._of_degree(w)]
            if degree:
                split = [w for w in split if w not in degree]
                fired = self._match(" ".join(split), plain)
        if fired is None and not HEDGE_STARTS.isdisjoint(split):
            # a word of degree that hedges ("lips a bit blue", "kind of grey", "slightly
            # blue"): read without it
            hedged = without_hedges(split)
            if hedged != split:
                split = hedged
                fired = self._match(" ".join(split), plain)
        if fired is None and not TEXT_SPEAK.keys().isdisjoint(split):
            fired = self._match(" ".join(TEXT_SPEAK.get(w, w) for w in split), plain)
        return fired

    def _once(self, word: str) -> str:
        """A word with a key pressed twice, as typed once, where that makes a word of the rules,
        the FAQ or the word lists ("bloodd", "pufffy", "ccant"); or the word itself. Not a
        number ("a heart rate of 100" is no 10)."""
        if self._is_listed(word) or word[:1].isdigit():
            return word
        for at in range(len(word) - 1):
            if word[at] == word[at + 1] and self._is_listed(word[:at] + word[at + 1 :]):
                return word[:at] + word[at + 1 :]
        return word

    def _unjoined(self, word: str) -> tuple[str, ...]:
        """A word that is two run together, as the two ("icant", "goneblue", "aswollen",
        "vomitingblood"), or itself."""
        if len(word) < 3 or self._is_listed(word):
            return (word,)
        cached = self._joined.get(word)
        if cached is None:
            if word[0].isdigit():  # "struggling 2breathe"
                number = DIGITS_FIRST.fullmatch(word)
                cached = number.groups() if number else (word,)
            else:
                # two words first ("bloodydiarrhoea" is not "bloodydiarrhoe a"), then a little
                # word and a word (a prefix is no matter here: "a typical" fires no rule)
                cached = (
                    next(
                        (
                            (word[:cut], word[cut:])
                            for cut in range(3, len(word) - 2)
                            if self._is_whole_word(word[:cut]) and self._is_whole_word(word[cut:])
                        ),
                        None,
                    )
                    or run_together(word, self._is_whole_word, frozenset())
                    or (word,)
                )
            if len(self._joined) < MAX_CACHED:
                self._joined[word] = cached
        return cached

    def _is_whole_word(self, word: str) -> bool:
        """Whether a word is a word of the rules, the FAQ or the word lists as it stands, or
        one the rules match with any ending ("struggling": struggl and any letters)."""
        return self._is_listed(word) or (len(word) > 4 and word.startswith(self.prefixes))

    def _is_listed(self, word: str) -> bool:
        """Whether a word is a word of the rules, the FAQ or the word lists as it stands."""
        return (
            word in STOP_WORDS
            or word in EVERYDAY_WORDS
            or word in REAL_WORDS
            or word in self._word_set
            or (word in self.known_words and len(word) > 3)
        )

    def _of_degree(self, word: str) -> bool:
        """Whether a word is a word of degree, or a slip of a long one ("realy", "reallly")."""
        if word in DEGREE_WORDS:
            return True
        if len(word) < MIN_DEGREE_SLIP:
            return False
        known = self._degree.get(word)
        if known is None:
            known = any(
                d[0] == word[0] and len(d) >= MIN_DEGREE_SLIP and OSA.distance(word, d) == 1
                for d in DEGREE_WORDS
            )
            if len(self._degree) < MAX_CACHED:
                self._degree[word] = known
        return known

    def spellings(self, word: str) -> list[str]:
        """The words of the rules a word not in the FAQ may be a slip of, closest first: same
        first letter (or the first two swapped), one edit (two for a word of six letters or
        more, but one from a word put together)."""
        cached = self._spellings.get(word)
        if cached is None:
            cached = self._spell(word)
            if len(self._spellings) < MAX_CACHED:  # a word seen once is likely seen again
                self._spellings[word] = cached
        return list(cached)

    def _spell(self, word: str) -> tuple[str, ...]:
        if (
            len(word) < 3
            or word in STOP_WORDS
            or word in EVERYDAY_WORDS
            or word in REAL_WORDS
            or word in TEXT_SPEAK  # read as what it stands for ("boaking": vomiting)
            or word in self.known_words
            or word in self._word_set
            or word in self.excepted_words
            or word.startswith(self.prefixes)  # "coughing" (cough\w*) is no slip
            or self._inflects_known(word)  # "flaring" (the FAQ says "flares") is no "foaming"
        ):
            return ()
        basis, found = word, self._near(word)
        if not found:
            basis, found = self._said_near(word)
        if found:
            # the nearest words of the rules only: "cmoing" is coming, not choking or closing
            distances = [OSA.distance(basis, f) for f in found]
            found = [f for f, d in zip(found, distances, strict=True) if d == min(distances)]
            plain = self._plain_near(word)
            if plain is not None and plain[1] < min(distances):
                found = []  # "cookimg" is one slip from cooking, two from choking
        # "sweling" is a slip of "swell" and an ending: "swelling".
        for prefix in self.prefixes:
            for size in (len(prefix) - 1, len(prefix), len(prefix) + 1):
                start = word[:size]
                if (
                    start != prefix
                    and (start[:1] == prefix[:1] or start[:2] == prefix[1::-1])  # "ovmiting"
                    and OSA.distance(start, prefix) == 1
                    and plausible_slip(start, prefix)
                    and (len(word) - size > 2 or word[size:] in SHORT_ENDINGS)
                ):
                    found.append(prefix + word[size:])
                    break
        return tuple(dict.fromkeys(found))[:3]

    def _said_near(self, word: str) -> tuple[str, list[str]]:
        """The word read as said, with a letter said for "th" as "th" and a dropped "g" put
        back, and the words of the rules one edit from that: "breevin" (breething) is
        breathing, "breeve" (breethe) breathe, "froat" throat; or the word and none. Not a
        doubled letter ("offer"), nor in a short word ("dev"), and not two edits ("behaving"
        is no "breathing")."""
        if len(word) < MIN_PLAIN_SLIP:
            return word, []
        for at, letter in enumerate(word):
            if letter in SAID_FOR_TH and letter not in (word[at - 1 : at], word[at + 1 : at + 2]):
                said = word[:at] + "th" + word[at + 1 :]
                said += "g" if said.endswith("in") else ""
                found = [
                    f
                    for f in self._near(said)
                    if OSA.distance(said, f) <= 1 and f.startswith(SAID_WITH_TH)
                ]
                if found:
                    return said, found
        return word, []

    def plain_word(self, word: str) -> tuple[str, int] | None:
        """The word of the FAQ or of the exceptions a word may be a slip of, and the edits
        (("price", 1) for "prcie"), if it is no word of the rules and no slip of one; or None."""
        if word in TEXT_SPEAK or self._is_whole_word(word) or self.spellings(word):
            return None  # ("boaking" is vomiting; "wheezing", "wheezng" words of the rules)
        return self._plain_near(word)

    def _plain_near(self, word: str) -> tuple[str, int] | None:
        """The word of the FAQ or of the exceptions nearest a word of five letters or more
        that is neither (one edit; two from a word of seven letters or more), with its first
        letter, and the edits; or None."""
        if word in self._plain:
            return self._plain[word]
        found = None
        if (
            len(word) >= MIN_PLAIN_SLIP
            and word not in self.known_words
            and word not in self.excepted_words
        ):
            best = process.extractOne(
                word,
                self._plain_words.get(word[0], ()),
                scorer=OSA.distance,
                processor=None,
                score_cutoff=1 if len(word) < MIN_PLAIN_SLIP + 2 else 2,
            )
            if best is not None and plausible_slip(word, best[0]):
                found = (best[0], int(best[1]))
        if len(self._plain) < MAX_CACHED:
            self._plain[word] = found
        return found

    def _inflects_known(self, word: str) -> bool:
        """Whether a word is a word of the FAQ with an ending put on: "flaring" (flare),
        "itches" (itch); a base of four letters or more. Such a word is no slip."""
        for ending in INFLECTIONS:
            base = word[: -len(ending)]
            if (
                word.endswith(ending)
                and len(base) >= MIN_INFLECTED_BASE
                and (
                    (base in self.known_words and not (ending in DROPS_E and base.endswith("e")))
                    or (ending in DROPS_E and base + "e" in self.known_words)
                )
            ):
                return True
        return False

    def _beginning(self, letter: str) -> tuple[list[str], list[str], list[str]]:
        """The words of the rules, those put together, and their stop words that begin with a
        letter."""
        found = self._by_first.get(letter)
        if found is None:
            found = tuple(
                [w for w in kind if w[:1] == letter]
                for kind in (self.words, self.joined, self.stop_words)
            )
            self._by_first[letter] = found
        return found

    def _near(self, word: str) -> list[str]:
        """The words of the rules one edit from a word (two for six letters or more) with the
        same first letter, or its first two letters swapped ("rbeathe"), closest first."""
        # (only the words that begin with its first or second letter can be such a slip:
        # searching those alone is several times faster than searching all)
        words_, joined, stops = self._beginning(word[0])
        if len(word) > 1 and word[1] != word[0]:
            second = self._beginning(word[1])
            words_, joined, stops = words_ + second[0], joined + second[1], stops + second[2]
        close = process.extract(
            word,
            words_,
            scorer=OSA.distance,
            processor=None,
            score_cutoff=1 if len(word) < 6 else 2,
            limit=6,
        ) + process.extract(
            word, joined, scorer=OSA.distance, processor=None, score_cutoff=1, limit=3
        )
        if len(word) >= MIN_STOP_TARGET - 1:
            close += process.extract(
                word, stops, scorer=OSA.distance, processor=None, score_cutoff=1, limit=3
            )
        close.sort(key=lambda c: c[1])
        # (one edit is a slip unless it types a letter for another no slip types; two need
        # the longer check)
        return [
            c[0]
            for c in close
            if (c[0][0] == word[0] or c[0][:2] == word[1::-1])
            and (plausible_slip(word, c[0]) if c[1] < 2 else slipped_only(word, c[0]))
        ]

    def _match(self, folded: str, plain: tuple[str, ...]) -> str | None:
        # the patterns whose needed strings the message holds (see required_literals)
        possible: dict[int, set[int]] = {}
        size = LITERAL_START
        # the message's own triples that start a needed string (a set built in one pass),
        # then each place such a triple stands
        for start in self._starts.intersection(
            [folded[at : at + size] for at in range(len(folded) - size + 1)]
        ):
            at = folded.find(start)
            while at != -1:
                for rule, number, literal in self._by_start[start]:
                    if folded.startswith(literal, at):
                        possible.setdefault(rule, set()).add(number)
                at = folded.find(start, at + 1)
        signed = self._signs(folded, plain) if self._sign_firsts or self._sign_starts else set()
        fired = None
        for at, rule in enumerate(self.rules):
            if not self._always[at] and at not in possible and at not in signed:
                continue
            patterns = [*self._always[at], *(rule.patterns[n] for n in possible.get(at, ()))]
            if (at in signed or any(p.search(folded) for p in patterns)) and not excepted(
                rule.unless, folded, plain
            ):
                if rule.kind == "crisis":
                    return "crisis"
                fired = rule.kind
        return fired

    def _lists_named_by(self, word: str) -> frozenset[tuple[int, int, int]]:
        """The signs' lists (rule, sign, list) one of whose phrases a word is the longest word
        of: a message holds a phrase of a list only if it holds such a word."""
        named = set(self._sign_lists.get(word, ()))
        for stem, lists in self._sign_stems.get(word[:LITERAL_START], {}).items():
            if word.startswith(stem):
                named.update(lists)
        found = frozenset(named)
        if len(self._named_lists) < MAX_CACHED:  # a word seen once is likely seen again
            self._named_lists[word] = found
        return found

    def _signs(self, folded: str, plain: tuple[str, ...]) -> set[int]:
        """The rules one of whose signs the words show (see bot.faq.Sign)."""
        split = folded.split()
        lists: set[tuple[int, int, int]] = set()
        for word in set(split):
            named = self._named_lists.get(word)
            if named is None:
                named = self._lists_named_by(word)
            if named:
                lists.update(named)
        if not lists:
            return set()
        held = defaultdict(int)
        for at, number, _ in lists:
            held[at, number] += 1
        possible = {
            key for key, n in held.items() if n == len(self.rules[key[0]].signs[key[1]].words)
        }
        if not possible:
            return set()
        places: dict[tuple[int, int], dict[int, list[tuple[int, int]]]] = {}
        for start, word in enumerate(split):
            for at, number, group, parts in (
                *self._sign_firsts.get(word, ()),
                *self._sign_starts.get(word[:LITERAL_START], ()),
            ):
                if (at, number) not in possible:
                    continue
                end = start + len(parts)
                if end <= len(split) and all(
                    split[start + k].startswith(w) if any_ending else split[start + k] == w
                    for k, (w, any_ending) in enumerate(parts)
                ):
                    places.setdefault((at, number), {}).setdefault(group, []).append((start, end))
        signed = set()
        for (at, number), found in places.items():
            if at in signed:
                continue
            sign = self.rules[at].signs[number]
            if (
                len(found) == len(sign.words)
                and sign_holds(
                    [found[g] for g in range(len(sign.words))], sign.within, sign.in_order
                )
                and not excepted(sign.unless, folded, plain)
            ):
                signed.add(at)
        return signed
