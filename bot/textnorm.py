"""Text normalisation shared by the FAQ phrasings and users' questions.

The pipeline runs on both sides, once per FAQ phrasing at load time and once per query:
fold case and accents, split into words, stem them (Snowball, via PyStemmer), replace the
admin's synonyms by one canonical token, then drop stop words. A word the FAQ never uses is
first corrected to the FAQ word it is one typo away from (two for long words).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import chain, groupby, pairwise, takewhile
from operator import itemgetter
from typing import NamedTuple

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.faq import Synonym

WORD_RE = re.compile(r"[a-z0-9]+")
POSSESSIVE = re.compile(r"['’‘`´]s\b")
APOSTROPHES = str.maketrans({"'": "", "’": "", "‘": "", "`": "", "´": ""})
#: Letters that Unicode does not split into a letter and an accent, as their plain letters
#: ("nie mogę oddychać, stracił przytomność", "nefes alamıyorum"): otherwise they split words.
PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ħ": "h"}
)
#: "I'll", which would fold to "ill" (unwell): "thanks, I'll tell my mum".
I_WILL = re.compile(r"\bi['’‘`´]ll\b")

#: Words that carry no topic: question words, pronouns, auxiliaries, greetings and chat filler.
#: Kept deliberately free of topic words ("cause", "help", "work", "treatment" are not here).
#: Adverbs in -ly ("exactly", "basically") count as filler too, unless the FAQ uses them.
STOP_WORDS = frozenset(
    """
    a about above abt actual actually after again against all also am an and any anybody anyone
    anything anyway anyways are aren arent as at away b basic bc be because been before being
    below between bit both bunch but by can cant certain could couldnt curious currently cuz d
    day days define definitely definition describe did didnt do does doesnt doing dont down
    during each else etc even ever every everybody everyone everything exact exactly explain
    explained explanation few fine first for from further generally get gets getting give go
    going got guess had hadnt has hasnt have havent having he hear heard hed hell hello her here
    hers herself hes hey hi him himself his how hows i id if ill im in info information into is
    isnt it its itself ive just keep keeps kept kind know lately learn let lets like literally
    little ll lot lots m may maybe me mean meaning means might mine month months more most
    mostly must my myself need no nor not now of off often ok okay on once one only or other
    ought our ours ourselves out over own people per person please pls plz probably question
    questions quick quickly quite re read really recent recently s said say says seem seems
    shall she shed shes should shouldnt so some somebody somehow someone something sort still
    stuff such sure t tell than thank thanks that thats the their theirs them themselves then
    there theres these they theyd theyll theyre theyve thing things think thinking this those
    though through thx to too u under understand until up us ve very via want wanted wanting was
    wasnt wat way we wed well were weve what whatever whats when whens where wheres whether
    which while who whom whose why whys will with wonder wondering wont would wouldnt wut y year
    years yes yet you youd youll your youre yours yourself yourselves youve
    asap b4 btw dunno gonna gotta hw idk imo lemme lol n nope omg ppl r rn smth sth tbh tho thru ur
    w wanna wht ya yeah yep bro bruh dude fam buddy itll thatll thisll therell whatll itd thatd
    always never sometimes besides kinds sorts description waht whta wats hwo teh already pretty
    ah erm er hm hmm o oh uh uhh um umm assume assuming presume signify signifies denote denotes
    ta xx xxx xo xoxo
    afaict afaik fwiw iiuc iirc imho irl plus tbf ymmv
    mi
    heck hell shitty
    sir madam maam mam kindly dear saw saying reckon
    ha heh lols xd rofl jk smh ugh argh meh ooh ohh aww
    """.split()
)
#: Laughter, however long: "haha", "ahahaha", "hehe", "lolol", "lmaooo".
LAUGHTER = re.compile(r"(?:a*ha){2,}h*|(?:he){2,}h*|l(?:o+l)+s?z?|lmf?a+o+")
#: A word of laughter among words joined by spaces.
LAUGHING = re.compile(rf"(?:^| )(?:{LAUGHTER.pattern})(?= |$)")
#: A letter held down for emphasis: "sooo", "whyyy", "pleeease".
HELD_LETTER = re.compile(r"([a-z])\1{2,}")


#: Words in -ly that are not adverbs: a topic ("elderly", "supply", "oily skin"), never filler.
NOT_ADVERBS = frozenset(
    """
    anomaly apply assembly bodily bubbly bully burly butterfly chilly comply costly curly
    deadly early elderly family friendly gnarly grisly homely imply italy jelly lively
    lonely lovely melancholy monopoly multiply orderly prickly rally reply sickly silly smelly
    supply unruly wobbly woolly
    """.split()
)

#: How many times synonyms are applied to their own results at most.
SYNONYM_ROUNDS = 3

#: "do" used twice in a question: the second is the main verb, read as "work".
DO_WORDS = frozenset({"do", "does", "did"})
#: How a message that asks whether someone knows something starts.
KNOW_OPENERS = (["do", "you", "know"], ["do", "u", "know"], ["does", "anyone", "know"])
MAIN_VERB_DO = ("work", "work", False)
#: Words before a "do" that ends a question and stands for a verb said before it.
DOES_FOR_VERB = frozenset({"never", "others"})
#: "does it work?" asks whether a thing helps, not how it works: "work" then reads as "help".
WORKS = frozenset({"work", "works", "worked"})
ASKS_IF = frozenset({"do", "does", "did", "will", "would", "can", "could", "might", "if"})
#: Words that, before the asking verb, make it ask how or why something works.
ASKS_HOW = frozenset({"how", "why", "what", "whats", "when", "where", "which", "who"})
DOES_IT_HELP = ("help", "help", False)
#: "do probiotics do anything for eczema" asks whether they help it.
DO_ANYTHING = frozenset({"anything", "something", "much", "owt"})
#: Words by which "make ..." makes something better: "make my gut healthier".
BETTER = frozenset("better happier happy healthier stronger healthy strong".split())
#: "Get" makes something better only by a comparative or a state ("get my gut healthier", "get
#: my gut in shape", "get my gut sorted", "in good nick", "back on track"): "can you get
#: healthy bacteria from kefir" gets something.
GETS = frozenset("get gets getting".split())
GOT_BETTER = frozenset(
    "better healthier stronger happier shape sorted healthy nick track tidy".split()
)
MAKES = GETS | {"make", "makes"}
#: "nothing works", "nothing seems to work": the story before a question, no topic.
NOTHING_WORKS = ("nothing works", "nothing works", True)


#: Everyday words that never name a topic but, unlike stop words, can matter to a question
#: ("true", "simple", "worse", "old"). They count for little, whether or not a phrasing uses
#: them: "in simple words" must not sink a question about dysbiosis, nor one alternate's
#: "what is meant by" pull every question with "meant" to its entry. A synonym term among
#: them ("help", "bad") counts as any FAQ word. They are never read as typos of FAQ words.
#: Nouns of things ("coffee", "dogs") are deliberately not here: they are topics.
GENERIC_WORDS = frozenset(
    """
    able absolutely according add added adequate advice ago almost alone already alright always
    amount anymore anywhere apart appropriate arm arms around ask asked asking asks avoid awful
    back bad badly begin beginning begins best better big bigger bring called came chance change
    changed check checked checking cheek cheeks choose circulation claim claims clear clinical
    clinically close come comes coming common compared comparison complete completely con
    consider correct count course crap crappy created deal decide decided difference different
    difficult done easy effect elbow elbows end english enough entire especially everywhere
    exist exists fact facts fair fake false far fast feel feeling feels feet felt find finding
    finger fingers follow foot found full garbage gave general give given gives giving goes gone
    good grand great hand hands happen happened happening happens hard hate help helpful helps high
    higher hoping hype hyped idea ideas important impossible include includes inside issue
    issues item kinda knee knees known language large last late later layman laymans least leg
    legit legs less level likely load loads located long look looked looking looks low made main
    major make makes making many marketing matter matters meant mention mess messy mind minor
    miss moment much myth myths name named nearly neck new next nice nonsense normal normally
    note nothing number odd old older ones open order outside overall part particular
    particularly past pick place plain plan point points possible possibly pretty problem
    problems professional proper properly provide provided provides put rather ready real reason
    recommended regular related remember result results right rough rubbish rumor rumour run
    running runs sake same scalp scam seen serious short show shows sign similar simple simply
    since single situation small somewhere soon sound sounds speaking specific specifically
    start started starting starts step steps stopped strange strong stronger sucks suitable
    suppose supposed take taken term terms terrible time times told top total totally trash
    trashed true truly try trying turn turns type types typical typically understood unsuitable v
    unusual usual usually version versus vs wait ways weaker weeks whack whenever whole word
    sensible advisable wise prudent truth become becomes becoming became pointless zero jargon
    overrated overhyped underrated
    choice choices option options permission words work worked works worse worst worth wrist
    wrists write writes writing wrong young accurate accurately advisable basis official opinion
    practical sensible theories theory way ways wise none overkill funny bother
    bs bullshit bollocks baloney hogwash quackery pseudoscience woo easiest simplest
    money fussy picky eater eaters decent
    fiction debunk debunked debunking buzzword buzzwords legitimate bogus gimmick gimmicks fad
    fads hoax sham busting busted mythbusting grab grabbing sour
    biggest largest greatest commence commenced commencing wiser wisest massive huge
    severe mild moderate protocol protocols exert exerts across quit quitting
    yummy tasty delicious scrummy
    shred evil skip skips skipped skipping
    heels ankle ankles shin shins armpit armpits textbook textbooks
    shock shocked shocking surprise surprised surprising
    roleplay roleplaying
    fraction fractions grown grownup grownups excess excessive current currently state states
    anger aside automatic blocking bloody blowing brave casual cheating climbing collected
    comparing compete competing complain conducted contrast converted convicted crush
    disgusting earned earning equal exciting executed extend fears fired flows forty frequent
    generic gotten grant handling holds intended intensity intention intentions internal
    investing launch mount narrow observed offering organized painted physical pleasure power
    powers preference presence prime protest protests punch rapid rare rating receives recorded
    recording rejected relief remained respected resume shame shoot shooting sing slide smart
    smile spent staring steal stealing stole strategic stunning threat trace trick tricks
    watching
    """.split()
)


#: Who is asking, when, and how they feel: the story around a question, never its topic, even
#: where an FAQ phrasing happens to use the word ("my friend says i have leaky gut"). These
#: always weigh as little as an everyday word the FAQ does not use.
#: How the body feels or looks, told around a question ("my tummy gurgles", "sore skin"):
#: such a word says nothing of what is asked, so it weighs little, but a question of it alone
#: is no question of the thing an entry names ("why does my tummy gurgle" is not about eczema).
BODY_FELT = frozenset(
    """
    ache aches aching achy agonising agonizing agony bleed bleeding bleeds burning burns churn
    churning churns cramp cramping cramps crack cracked cracking cracks crusting crusts crusty
    erupt erupts flakes flaking flaky gurgle gurgles gurgling knots nightmare ooze oozes oozing
    painful peel peeling peels raw scaly sore sores stinging stings tender tight unbearable
    """.split()
)
INCIDENTAL_WORDS = (
    frozenset(
        """
    addicted afraid afternoon ages angry annoyed anxious apparently appreciate appreciated
    aunt basically bored boss boyfriend brother certainly clearly clueless colleague concerned
    colleagues confused coworker crazy cried crying dad daily desperate dh doubtful dw eight either
    evening everyday exhausted families family father fifties five forever forties four
    friend friends frightened frustrated gains girlfriend grandma grandmother grandpa
    grateful gym happy home honestly hopeless hour hours household husband job life lifting
    lost love loved lover lovers mad mate minute minutes mom monthly morning mornings mother
    mum nervous newcomer newcomers night nights nine nobody obviously office parent parents
    partner recovery ruin ruined ruining sad scared sceptical school seven silly sister six
    sixties skeptical sorry stupid supposedly tears ten terrified thirties three tired today
    tonight train training twenties twenty twin twins two uncle unsure upset useless week
    weekly wife workout workouts worried yesterday
    athlete athletes client clients coach coaches customer customers flatmate housemate
    member members neighbor neighbour neighbours patient patients player players pupil pupils
    roommate runner runners student students swimmer swimmers teacher teachers team teammate uni
    coached coaching taught teach teaches teaching
    journalist journalists reporter reporters editor editors therapist therapists
    deadline deadlines
    bloke blokes fella fellas geezer geezers chap chaps gent gents lads
    pissed man mandem bredrin bredren
    nan nans gran grans granny grannies
    nonna nonno oma opa dadi dada nani nanaji ammi abbu abba yiayia papou abuela abuelo tata
    bibi lola lolo halmoni harabeoji popo babcia dziadek bubbe zayde teta sitti jaddah mormor
    farmor morfar farfar
    sibling siblings cousin cousins tomorrow news human humans
    class classes classroom classrooms lesson lessons staffroom senco sencos pshe gcse gcses
    resident residents sparky sparkies brickie brickies plasterer plasterers roofer roofers joiner
    tradesman tradesmen tradie tradies labourer scaffolder gaffer
    abuela abuelo abuelita abuelito mama mami papi nani nana dadi lola lolo oma opa nonna nonno
    facebook forum forums google googled googling influencer influencers insta instagram
    internet magazine newspaper online podcast podcasts reddit tiktok tiktoks twitter video
    videos youtube youtuber youtubers advert adverts advertised advertisement advertisements
    advertising commercial commercials radio telly television tv reel reels blog blogs
    blogger bloggers trainer trainers
    overwhelmed overwhelming
    dumb daft
    luck lucky fluke coincidence edit edited
    grocer grocery supermarket supermarkets aisle aisles chiller shelf shelves trolley basket
    checkout counter pharmacy pharmacies chemist chemists shop shops
    away busy holiday holidays leave vacation christmas xmas easter
    """.split()
    )
    | BODY_FELT
)


#: Words by which a message speaks to the bot, or of its answers: "are you a doctor", "is
#: this medical advice", "can i trust the answers here".
ADDRESS_WORDS = frozenset("bot chatbot here these this u ur you youre your yours yourself".split())


#: Swear words and the like that only stress the next word ("the best damn cream", "my bloody
#: eczema"): dropped before phrases are read, so "best damn cream" is "best cream".
INTENSIFIERS = frozenset(
    "bloody damn damned effing flipping freaking frickin fuck fuckin fucking goddamn".split()
)


#: Words that may trail a question without changing it ("what is it exactly?").
TRAILING_FILLER = frozenset(
    """
    actually again anyway anyways even exactly first lol please pls plz really then tho though
    asap honestly jk lmao rofl smh tbh thx ty x xd xx xxx
    """.split()
)
#: ... and phrases: "what are they in plain words", "what is it in a nutshell".
TRAILING_PHRASES = tuple(
    tuple(phrase.split())
    for phrase in (
        "in plain words",
        "in plain english",
        "in simple terms",
        "in simple words",
        "in layman s terms",
        "in laymans terms",
        "in a nutshell",
        "in short",
        "in a sentence",
        "supposed to be",
        "meant to be",
        "when it at home",  # ("what's that when it's at home": words() drops the "'s")
        "when its at home",
        "when it is at home",
        "when it at hame",
    )
)
PRONOUNS = frozenset("it they that this these those them".split())


def without_trailing_filler(split: list[str], start: int = 0) -> int:
    """Where ``split`` ends once the filler trailing it is left off ("what is it exactly",
    "what are they in plain words")."""
    end = len(split)
    while end > start:
        if split[end - 1] in TRAILING_FILLER or LAUGHTER.fullmatch(split[end - 1]):
            end -= 1
            continue
        phrase = next(
            (
                p
                for p in TRAILING_PHRASES
                if end - len(p) > start and tuple(split[end - len(p) : end]) == p
            ),
            None,
        )
        if phrase is None:
            break
        end -= len(phrase)
    return end


#: Whoever may be "on about" a thing (talking about it): "what is she on about".
TALKERS = frozenset("everybody everyone he people she they you".split())
FILLER_BEFORE_PRONOUN = frozenset({"even", "exactly", "actually", "really"})
#: Modal verbs of "what would that mean", as "what does that mean".
MEANING_MODALS = frozenset({"would", "could", "might", "will"})
#: Words that name a word after a pointer: "what does that word mean", "what is this term".
WORD_FOR_WORD = frozenset({"word", "term", "phrase", "name"})
#: "what sort of condition is it" asks "what is it".
WHAT_KIND = frozenset("condition disease disorder illness kind of problem sort thing type".split())


def refers_back(split: list[str]) -> int | None:
    """Where a closing "what is it?" starts, asking what an earlier-named thing is; or None.

    "my naturopath says i have leaky gut, what even is that" (or "... no idea what it is",
    "... what does that mean", "... what does that word mean") -> the index of "what": the
    words before it name the thing ("leaky gut"); the rest is the story around it. Only at the
    end of a message: "what is it that probiotics do" and "what is this bot" are not; nor when
    it is what is not asked: "what causes eczema, not what it is".
    """
    at = _refers_back(split)
    # (but "or not" asks both ways: "dysbiosis, a real condition or not, what is it")
    negated = at and split[at - 1] in NOT_ASKED and split[at - 2 : at - 1] != ["or"]
    return None if negated else at


#: Words by which what follows is not what is asked: "..., not what it is", "rather than".
NOT_ASKED = frozenset("not rather instead".split())


def _refers_back(split: list[str]) -> int | None:
    end = without_trailing_filler(split)
    # The last words, without the fillers people put inside ("what even is that", "what
    # sort of condition is it").
    tail = [
        i
        for i in range(max(0, end - 9), end)
        if split[i] not in FILLER_BEFORE_PRONOUN
        and not (split[i] in WHAT_KIND and "what" in split[max(0, i - 4) : i])
        and not (split[i] in WORD_FOR_WORD and i and split[i - 1] in PRONOUNS)
    ]
    last = [split[i] for i in tail[-4:]]
    # "whats that", and "what's that", which fold() leaves as "what that"
    if last[-2:-1] in (["whats"], ["what"]) and last[-1] in PRONOUNS:
        return tail[-2]
    if last[-3:-2] == ["what"] and last[-2] in ("is", "are", "r", "s") and last[-1] in PRONOUNS:
        return tail[-3]
    # "what is she on about" (talking about): the thing someone talks about
    if (
        len(tail) >= 5
        and [split[i] for i in tail[-5:-3]] in (["what", "is"], ["what", "are"], ["what", "s"])
        and split[tail[-3]] in TALKERS
        and [split[i] for i in tail[-2:]] == ["on", "about"]
    ):
        return tail[-5]
    # "what do people mean by it", "what does she mean by that"; "what is meant by that"
    asked = [split[i] for i in tail[-6:]]
    if (
        len(asked) == 6
        and asked[:2] in (["what", "do"], ["what", "does"], ["what", "did"])
        and asked[2] in TALKERS
        and asked[3:5] == ["mean", "by"]
        and asked[5] in PRONOUNS
    ):
        return tail[-6]
    if asked[-5:-1] == ["what", "is", "meant", "by"] and asked[-1] in PRONOUNS:
        return tail[-5]
    if asked[-4:-1] == ["whats", "meant", "by"] and asked[-1] in PRONOUNS:
        return tail[-4]
    # "no idea what it is", "not sure what that means"
    if last[-3:-2] == ["what"] and last[-2] in PRONOUNS and last[-1] in ("is", "are", "means"):
        return tail[-3]
    # ("what would that mean", told after a supposition: "say my doctor mentioned leaky gut")
    if last[-4:-3] == ["what"] and last[-3] in DO_WORDS | MEANING_MODALS and last[-2] in PRONOUNS:
        return tail[-4] if last[-1] == "mean" else None
    return None


#: Words that say what kind of thing something is: "is dysbiosis a disease", "are probiotics
#: bacteria or medicine?" ask what the thing is.
KIND_WORDS = frozenset(
    """
    ailment ailments allergy bacteria bacterium bug bugs chemical chemicals compound condition
    disease disorder drug drugs food foods germ germs illness infection medication
    medicine medicines microbe microbes organism organisms pill pills rash rashes sickness
    supplement supplements symptom symptoms syndrome vitamin vitamins
    """.split()
)
#: Words that may stand around a kind word in such a question without asking anything more:
#: "aren't probiotics just good or bad bacteria, yes or no?", "is eczema a skin disease".
KIND_FILLER = frozenset(
    """
    a actual actually an basically chronic good bad in just kind live living medical no not of
    only or real really simply skin some something else sort the type what which yes
    is that myth true right correct
    explain pls please
    anyway essentially exactly technically then tho though like
    """.split()
)
KIND_TALK = KIND_WORDS | KIND_FILLER
#: What opens an example of the kind, and how many words it may run to.
EXAMPLE_WORDS = frozenset("like eg including".split())
EXAMPLE_LENGTH = 2
COPULAS = frozenset({"is", "are", "isnt", "arent"})
#: Words that open a turn of talk before a question: "so basically is eczema an allergy".
KIND_OPENERS = frozenset("so basically ok okay right alright well and but um hmm".split())


def asks_kind(split: list[str]) -> tuple[int, int] | None:
    """Where the thing a "what kind of thing is it?" question asks about is, or None.

    "is dysbiosis a disease", "are probiotics just bacteria in a pill", "probiotics are
    bacteria or medicine?" -> (start, end) of "dysbiosis" / "probiotics" in ``split``: such a
    question asks what the thing is. Only when nothing but a kind word (KIND_WORDS) and filler
    follows the thing: "is eczema an autoimmune disease" and "are probiotics bacteria that help
    eczema" ask more.
    """
    split = split[: without_trailing_filler(split)]  # ("is dysbiosis a disease lol")
    # ("so basically is eczema an allergy": the words that open a turn of talk ask nothing)
    lead = next((at for at, w in enumerate(split) if w not in KIND_OPENERS), len(split))
    found = asks_kind_from(split[lead:])
    return (found[0] + lead, found[1] + lead) if found else None


def asks_kind_from(split: list[str]) -> tuple[int, int] | None:
    """asks_kind, of words that start with the question."""
    if not split:
        return None
    if split[0] in COPULAS:  # "is dysbiosis a disease"
        start = 1
        end = next((i for i in range(2, len(split)) if split[i] in KIND_TALK), 0)
        rest = split[end:]
    else:  # "probiotics are bacteria or medicine"
        start = 0
        end = next((i for i in range(1, len(split)) if split[i] in COPULAS), 0)
        rest = split[end + 1 :]
    if not end or end - start > 3:
        return None
    # an example after the kind says no more: "is it like a supplement like creatine", "a
    # medicine like antihistamines or something else"
    named = next((i for i, w in enumerate(rest) if w in KIND_WORDS), len(rest))
    example = next((i for i in range(named + 1, len(rest)) if rest[i] in EXAMPLE_WORDS), None)
    if example is not None:
        tail = rest[example + 1 :]
        size = next((i for i, w in enumerate(tail) if w in KIND_TALK), len(tail))
        if 0 < size <= EXAMPLE_LENGTH:
            rest = rest[:example] + tail[size:]
    kinds = [w for w in rest if w in KIND_WORDS]
    if kinds and KIND_TALK.issuperset(rest):
        return start, end
    return None


#: Words after the thing in "is leaky gut when ...", a guess at what the thing is.
WHEN_WORDS = frozenset("when where whereby".split())


def asks_if_it_is(split: list[str]) -> tuple[int, int] | None:
    """Where the thing is in a question that checks a guess at what it is, or None.

    "is leaky gut when food leaks out of your intestines", "is dysbiosis basically when
    there's no bacteria" -> (start, end) of "leaky gut" / "dysbiosis": such a question asks what
    the thing is. Not "is eczema worse when ...": the word after the thing must be "when".
    """
    if not split or split[0] not in COPULAS:
        return None
    start = 2 if split[1:2] in (["a"], ["the"]) else 1
    for end in range(start + 1, min(start + 4, len(split))):
        if split[end] in WHEN_WORDS or (
            split[end] in ("basically", "just") and split[end + 1 : end + 2] == ["when"]
        ):
            return start, end
    return None


def asks_what_it_is(split: list[str]) -> tuple[int, int] | None:
    """Where the thing is in a question that ends "... what <thing> is", or None.

    "could you tell me what probiotics are", "i want to understand what leaky gut is" ->
    (start, end) of the thing in ``split``. "... what it is" refers back instead (see
    refers_back); "what probiotics are best" asks which.
    """
    end = without_trailing_filler(split)
    if end < 3 or split[end - 1] not in ("is", "are"):
        return None
    for start in range(end - 2, max(-1, end - 6), -1):
        if split[start] in ("what", "whats"):
            thing = split[start + 1 : end - 1]
            if thing and not PRONOUNS.intersection(thing):
                return start + 1, end - 1
            return None
    return None


#: Where one clause of a message ends: "before i try anything, what are probiotics?"
CLAUSE_END = re.compile(r"[,;:.!?]+")
#: Words that may open a message's last clause without changing it ("..., so what is it").
CLAUSE_OPENERS = frozenset("so and but ok okay then now".split())
#: The words that ask a question of their own, wherever they stand.
QUESTION_WORDS = frozenset("how what whats when where which who why".split())
#: Words a clause that asks opens with.
QUESTION_OPENERS = frozenset(
    """
    are can could did do does how is should was were what whats when where which who why will
    would
    """.split()
)


#: The shortest topic word a slip is read as in the light of the words beside it (see
#: Normalizer._in_context): one letter more or less makes another word of a shorter one.
MIN_IN_CONTEXT = 4
#: The question words a mistyped word opening a question is read as (see
#: Normalizer.with_openers_spelt).
SPELT_OPENERS = tuple(sorted(QUESTION_OPENERS | {"whats"}))
#: The first word of a message, or of a sentence or clause in it.
OPENING_WORD = re.compile(r"(^\s*|[.?!,;:]\s*)([A-Za-z]+)\b(?!['’])(?=\s*([A-Za-z']*))")


def closing_definition(text: str) -> list[str] | None:
    """The thing a message asks to define, in a clause of its own among clauses that tell; or
    None.

    "Before I try anything, what exactly are probiotics?" -> ["probiotics"]: the clauses
    before it are the story around the question; so are clauses after it that ask nothing
    ("what even is eczema. my 8mo has dry red patches"). Only when the clause is nothing but
    "what is <thing>" ("what's <thing>"), the thing up to three words.
    """
    clauses = [split for split in map(words, CLAUSE_END.split(text)) if split]
    if len(clauses) < 2:
        return None
    asking = [at for at, clause in enumerate(clauses) if _opens_asking(clause)]
    at = asking[-1] if asking and asking[-1] < len(clauses) - 1 else len(clauses) - 1
    if at != len(clauses) - 1 and len(asking) > 1:
        return None  # a question after it: "what is leaky gut, and can it cause eczema"
    thing = _defined_in(clauses[at])
    return thing if thing and (at == len(clauses) - 1 or asking == [at]) else None


def _after_openers(clause: list[str]) -> int:
    """Where a clause starts once the words that open it ("so", "and", "ok") are left off."""
    start = 0
    while start < len(clause) and clause[start] in CLAUSE_OPENERS:
        start += 1
    return start


def _opens_asking(clause: list[str]) -> bool:
    start = _after_openers(clause)
    return bool(clause[start:]) and clause[start] in QUESTION_OPENERS


def _defined_in(clause: list[str]) -> list[str] | None:
    """The thing of a clause that is nothing but "what is <thing>", or None."""
    start = _after_openers(clause)
    end = without_trailing_filler(clause, start)
    asked = [w for w in clause[start:end] if w not in FILLER_BEFORE_PRONOUN]
    if asked[:1] not in (["what"], ["whats"]):
        return None
    thing = asked[2:] if asked[1:2] in (["is"], ["are"]) else asked[1:]
    if thing[:1] in (["a"], ["an"], ["the"]):
        thing = thing[1:]
    # (not "what gives people eczema": a verb, a stop word, is no part of a thing)
    if STOP_WORDS.intersection(thing):
        return None
    return thing if 0 < len(thing) <= 3 and not PRONOUNS.intersection(thing) else None


#: Words by which a clause after a thing says who talks about it: "what is the gut-skin axis
#: the article keeps talking about", "what is dysbiosis that my doctor mentioned".
ASKS_MORE = frozenset("and can could did do does how is should which why will would".split())
TALKED_ABOUT = frozenset(
    """
    banging bangs brought bringing brings going harping heard mention mentioned mentioning
    mentions rave raves raving recommended recommends said say says talk talked talking talks
    wrote
    """.split()
)
#: ... or who takes or has it, when the message ends there: "what are those supplements
#: everyone takes", "what is this eczema my son has".
TAKEN = frozenset("buy buying buys take takes taking use uses using has have had gets got".split())


#: Words after "what" where it stood for "what's": "what's this gut-skin axis ...".
DETERMINED = (["the"], ["this"], ["that"], ["these"], ["those"])


def defined_then_told(split: list[str]) -> tuple[int, int] | None:
    """Where the thing and who talks about it are in "what is <thing> <who talks about it>",
    or None: "what is the gut-skin axis the article keeps talking about" asks what the
    gut-skin axis is. The caller finds the thing, one an entry defines, at the start of the
    span; the words after it must say who talks about it, and ask nothing more."""
    if split[:2] in (["what", "is"], ["what", "are"]):
        start = 2
    elif split[:1] == ["whats"] or (split[:1] == ["what"] and split[1:2] in DETERMINED):
        start = 1  # ("what's this ...": words() drops the "'s")
    else:
        return None
    if split[start : start + 1] in (*DETERMINED, ["a"], ["an"]):
        start += 1
    rest = split[start:]
    told = next((at for at, w in enumerate(rest) if w in TALKED_ABOUT), None)
    if told is None and rest and rest[-1] in TAKEN:
        told = len(rest) - 1
    # ("everyone is talking about": "is" that only helps the talking asks nothing more)
    asking = [w for at, w in enumerate(rest) if not (w == "is" and at + 1 == told)]
    if told is None or told < 2 or ASKS_MORE.intersection(asking):
        return None
    return start, start + told  # the thing, then who talks about it ("the article")


#: Words by which a question frames itself by the articles, around what it asks about: "what
#: do the articles say about stress", "does the article mention kefir", "according to the
#: source, ...", "sum up the bit on leaky gut".
_SOURCE = r"(?:the |these |those |your |this |either |both |each )?(?:articles?|sources?|texts?)"
ARTICLE_FRAME = re.compile(
    r"\b(?:"
    rf"according to (?:what )?{_SOURCE}(?: says?)?"
    rf"|(?:what|how) (?:does|do|did) {_SOURCE}"
    r" (?:say|says|describe|define|explain|conclude|mean by)(?: about)?"
    rf"|(?:does|do|did) {_SOURCE} (?:mention|mentions|say|says|talk about|list|name|cite"
    r"|discuss|cover|suggest|recommend|use|give|explain|describe|conclude)"
    rf"|what {_SOURCE} says?(?: about)?"
    rf"|in {_SOURCE}"
    r"|sum up(?: (?:the|what) (?:bit|part|section)s? (?:on|about))?|summari[sz]e|in a nutshell"
    r"|tl ?dr"
    r")\b"
    # (not the chat itself: "summarise this chat" asks of the conversation, not the articles)
    r"(?! (?:this|the|our) (?:chat|conversation|thread|group)\b)"
)


def without_article_frame(text: str) -> str | None:
    """A question with its framing by the articles taken out, or None where it has none: "what
    do the articles say about stress" -> "stress". The caller keeps the question whole when
    nothing is left."""
    folded = fold(text)
    framed = ARTICLE_FRAME.sub(" ", folded)
    return framed if framed != folded else None


#: How a question asking what causes a thing starts, and what may trail it.
CAUSE_OF_STARTS = (
    ["what", "causes"],
    ["what", "caused"],
    ["what", "can", "cause"],
    ["what", "could", "cause"],
    ["what", "might", "cause"],
    ["what", "leads", "to"],
    ["what", "can", "lead", "to"],
    ["what", "triggers"],
    ["what", "brings", "on"],
    ["what", "gives", "you"],
    ["what", "damages"],
    ["what", "can", "damage"],
    ["what", "harms"],
    ["what", "weakens"],
    ["what", "spawns"],
    ["from", "what", "comes"],
    ["from", "what", "appears"],  # (Russian "ot chego": "from what appears eczema")
    ["from", "what", "happens"],
    ["from", "what", "develops"],
    ["what", "can", "spawn"],
    ["why", "do", "people", "get"],
    ["why", "do", "people", "have"],
    ["why", "do", "some", "people", "get"],
    ["why", "do", "you", "get"],
    ["why", "do", "i", "get"],
    ["why", "does", "someone", "get"],
    ["how", "do", "you", "get"],
    ["how", "do", "people", "get"],
    ["how", "does", "someone", "get"],
    ["how", "does", "someone", "end", "up", "with"],
    ["how", "do", "people", "end", "up", "with"],
    ["how", "do", "you", "end", "up", "with"],
)
CAUSE_VERBS = (
    ["cause"],
    ["causes"],
    ["trigger"],
    ["triggers"],
    ["lead", "to"],
    ["leads", "to"],
    ["damage"],
    ["damages"],
)
CAUSE_BARE_VERBS = (["cause"], ["trigger"], ["lead", "to"], ["give", "you"])
CAUSE_OF_TAILS = (
    ["in", "the", "first", "place"],
    ["to", "begin", "with"],
    ["to", "start", "with"],
    ["exactly"],
    ["anyway"],
    ["then"],
)


def asks_cause_of(split: list[str]) -> tuple[int, int] | None:
    """Where the thing is in a question asking what causes it, or None.

    "what causes leaky gut", "why do people get dysbiosis", "can old age cause leaky gut",
    "how do you get a leaky gut in the first place", "what makes leaky gut worse" -> (start,
    end) of the thing in ``split``. Such a question asks for the causes of the thing, not
    for what the thing causes: the words alone ("cause", "leaky gut") are those of "what can
    a leaky gut lead to".
    """
    end = len(split)
    for tail in CAUSE_OF_TAILS:
        if split[end - len(tail) : end] == tail:
            end -= len(tail)
    if split[end - 1 : end] == ["worse"]:  # "what makes leaky gut worse"
        starts = [["what", "makes"], ["what", "can", "make"], ["what", "could", "make"]]
        if split[:1] in (["what"], ["which"]):  # "what foods make leaky gut worse"
            starts += [[*split[:at], verb] for at in (2, 3) for verb in ("make", "makes")]
        for start in starts:
            if split[: len(start)] == start and 0 < end - 1 - len(start) <= 3:
                return len(start), end - 1
        return None
    starts = list(CAUSE_OF_STARTS)
    if split[:1] in (["what"], ["which"]):  # "what foods cause leaky gut"
        starts += [split[:at] + verb for at in range(2, 5) for verb in CAUSE_VERBS]
    elif split[:1] in (["can"], ["could"], ["does"], ["do"], ["might"]):  # "can old age cause"
        starts += [split[:at] + verb for at in range(2, 5) for verb in CAUSE_BARE_VERBS]
    for start in starts:
        if split[: len(start)] == start:
            begin = len(start)
            if split[begin : begin + 1] in (["a"], ["an"], ["the"]):
                begin += 1
            return (begin, end) if 0 < end - begin <= 3 else None
    return None


EVERYDAY_WORDS = GENERIC_WORDS | INCIDENTAL_WORDS
#: Words whose Snowball stem is another word's, which would give them a meaning they do not
#: have: wellness is no "well" (a filler word), and adverts are no atopic dermatitis ("AD", a
#: synonym of eczema: "i keep seeing ads for probiotics").
OWN_STEMS = {"wellness": "wellness", "ads": "ads"}
#: Parts of the body, which people name and the FAQ mostly does not: each is itself as typed,
#: never a slip of an FAQ word ("chest" is no "cest"), nor moved across a space ("my ears" is
#: no "m years"); unlike the everyday words, they weigh as any word the FAQ never uses, so
#: "can probiotics help my ears" asks of what no entry answers.
BODY_WORDS = frozenset(
    """
    ankle ankles arm arms armpit armpits back bladder blood bone bones bottom brain breast
    breasts bum cheek cheeks chest chin ear ears elbow elbows eye eyes eyelid eyelids face
    finger fingers foot feet forehead groin gums hair hand hands heart hip hips joint joints
    kidney kidneys knee knees leg legs lip lips liver lung lungs mouth muscle muscles nail
    nails navel neck nipple nipples nose scalp shin shins shoulder shoulders spine teeth thigh
    thighs throat toe toes tongue tooth vein veins womb wrist wrists
    """.split()
)
#: Common English words the FAQ never uses that a slip or two would make one it does: each is
#: itself as typed, as the body words are ("early" is no "nearly", "table" no "tablet",
#: "oliver" no "liver", "crash" no "rash", "spain" no "pain"). Found by reading the 5,000
#: commonest English words through fix_typo; left out are the slips people make of an FAQ
#: word ("quiet" is still "quite", "rally" "really") and forms of one ("diagnosis"). So are a
#: few things a baby's body goes through ("teething" is no "testing", "colic" no "coli",
#: "croup" no "group").
REAL_WORDS = frozenset(
    """
    activist activists actor actors anna arena arrow auction beach beast bench bills bitch
    bitter blake block boats bonds bonus boot boots branches brian broad brush cast casting
    center centers chair channels charm chart chill cities clock clothing coalition coast coins
    colic collection collections colony communist companion competition component concepts
    conference conservation contract conviction costa counties county craft craig crash creek
    croup curve dance defender destination directors door dutch early earnings east emma
    employee employees equality examination export factory falling falls fighters flesh floating
    flood flower flowers garage genre grain grave ground guests hardware harry heroes historic
    identity inflation inspection insurance iphone james march medal metal mexico missions
    morgan mountain mouse oliver paint panic parks peter pile pitch planet polls position pound
    pride prince programme projects prospect putin racial reaction releases religion reminded
    reputation river rivers santa screening seats seattle sequence server sessions shade sheep
    shell shirt shore sites skill socialist spain spots spotty stages stake stars stats steam
    sterling stock stone stones string susan table tables teething terror texas themes thick tommy
    trail treaty trips truck turner union unions users verse voice walter weakness winner witch
    wright
    """.split()
)
#: Words read as they are typed: never a slip of an FAQ word, nor moved across a space.
AS_TYPED = BODY_WORDS | REAL_WORDS


#: Little words people type onto the next or the last without a space ("areprobiotics",
#: "mydermatologist", "safefor", "isthis", "icant"): not chat words that end other words
#: ("spotty" is not "spot ty", "taper" not "ta per").
FUSED_WORDS = frozenset(
    """
    a about after am an and any are as at be before been being but by can cant could did do
    does dont for from get had has have he her here him his how i if im in is it its like me
    more most my need no not of ok on or our should so some take than that the their them
    then there these they this those to too up very vs was we were what when where which who
    why will with would you your
    """.split()
)
#: Words made of little words that are words of their own: "anything" is not "any thing".
LITTLE_COMPOUNDS = frozenset(
    """
    anybody anyhow anyone anything anytime anyway anywhere cannot everybody everyone
    everything everywhere herself himself however into itself maybe myself nobody noone
    nothing nowhere onto ourselves somebody somehow someone something sometime sometimes
    somewhere themselves today together tomorrow tonight upon whatever whenever wherever
    whoever within without yourself yourselves
    """.split()
)
#: Of them, those that begin other words as a prefix: "atypical" is not "a typical", nor
#: "insoluble" "in soluble". They are split off another of FUSED_WORDS only ("inthe").
PREFIX_WORDS = frozenset({"a", "in"})


def run_together(
    word: str, is_whole_word: Callable[[str], bool], prefixes: frozenset[str] = PREFIX_WORDS
) -> tuple[str, str] | None:
    """A little word (FUSED_WORDS) and a word, or two little words, typed without the space
    between them ("areprobiotics", "mydermatologist", "isthis", "icant"), or None: the split
    whose other word is longest, that word a whole word of three letters or more. A little
    word that may be a prefix (``prefixes``) is split off another little word only."""
    if word in LITTLE_COMPOUNDS:
        return None
    best: tuple[int, tuple[str, str]] | None = None
    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        head_stop, tail_stop = head in FUSED_WORDS, tail in FUSED_WORDS
        if head in prefixes and not tail_stop:
            continue
        if head_stop and tail_stop:
            size = 0
        elif head_stop or tail_stop:
            other = tail if head_stop else head
            if len(other) < 3 or not is_whole_word(other):
                continue
            size = len(other)
        else:
            continue
        if best is None or size > best[0]:
            best = (size, (head, tail))
    return best[1] if best else None


def respace(
    split: list[str],
    is_whole_word: Callable[[str], bool],
    record: list[tuple[str, str]] | None = None,
    fixable: Callable[[str], bool] | None = None,
    is_slip: Callable[[str], bool] | None = None,
) -> list[str]:
    """Words with a letter typed on the wrong side of the space between them put back:
    "havee czema" -> "have eczema", "wha tis" -> "what is", "i cantb reathe" -> "i cant
    breathe". Only where one of the two is no whole word (``is_whole_word``: not "befor"),
    and both are once the letter moves; each move is added to ``record``. With ``fixable``,
    a word beside a whole word stays when it is a typo of its own: "gut healh and" is "gut
    health and", not "gut heal hand"."""
    whole = list(map(is_whole_word, split))
    if all(whole):
        return split
    out = list(split)
    for at in range(len(out) - 1):
        if whole[at] and whole[at + 1]:
            continue
        first, second = out[at], out[at + 1]
        if len(first) + len(second) < 3:
            continue
        for moved in ((first[:-1], first[-1] + second), (first + second[0], second[1:])):
            if not all(moved):
                continue
            # (no word of a letter made of a longer one: "my ears" is no "m years")
            if any(
                len(m) == 1 and len(w) > 1 and m not in ("a", "i")
                for m, w in zip(moved, (first, second), strict=True)
            ):
                continue
            wholes = [is_whole_word(w) for w in moved]
            # one of them may be a slip of its own, if the other is whole and neither was
            if not all(wholes) and not (
                is_slip is not None
                and any(wholes)
                and not whole[at]
                and not whole[at + 1]
                and is_slip(moved[wholes.index(False)])
            ):
                continue
            one = first if whole[at + 1] else second if whole[at] else None
            if one is not None and fixable is not None and fixable(one):
                break
            if record is not None:
                record.append((f"{first} {second}", " ".join(moved)))
            out[at : at + 2] = moved
            whole[at : at + 2] = [True, True]
            break
    return out


def by_length(words: list[str], reach: int) -> dict[int, list[str]]:
    """Length -> the words (in order) no more than ``reach`` letters longer or shorter: a word
    ``reach`` edits from a typo is among those of the typo's length, so rapidfuzz need not
    look at the rest (a third of the time of reading a typo)."""
    found: dict[int, list[str]] = {
        n: [] for n in range(1, max(map(len, words), default=0) + reach + 1)
    }
    for word in words:
        for n in range(max(1, len(word) - reach), len(word) + reach + 1):
            found[n].append(word)
    return found


STOP_WORDS_BY_LENGTH = by_length(sorted(STOP_WORDS), 1)
#: Text-speak for words that matter to a question's phrases: "gud 4" is "good for", "y" is
#: "why", "wich" is "which". (Text-speak for stop words, "wht r u", is in STOP_WORDS.)
TEXT_SPEAK = {
    "2": "to",
    "4": "for",
    "b4": "before",
    "atm": "now",
    "beforehand": "before",
    "prior": "before",
    "gd": "good",
    "gud": "good",
    "hv": "have",
    "n": "and",
    "r": "are",
    "soz": "sorry",
    "sry": "sorry",
    "u": "you",
    "ur": "your",
    "wat": "what",
    "wen": "when",
    "wtf": "what",
    # Pet names for a spouse: "hubby eats terribly and has eczema, could his gut be the reason"
    "hubby": "husband",
    "hubbie": "husband",
    "hubs": "husband",
    "wifey": "wife",
    # A worker is staff: "worker" stems as "work", which the FAQ weighs ("how do probiotics
    # work"), so "care worker here" told of how probiotics work
    "worker": "staff",
    "workers": "staff",
    # Italian for what Italians call probiotics: "fermenti lattici", lactic ferments
    "fermenti": "ferments",
    "lattici": "lactic",
    # Scots and other regional words for stop words: "whit's a leaky gut", "wi", "aboot"
    "aboot": "about",
    "afore": "before",
    "atween": "between",
    "canna": "cant",
    "cannae": "cant",
    "dae": "do",
    "daein": "doing",
    "didnae": "didnt",
    "dinnae": "dont",
    "disnae": "doesnt",
    "folk": "people",
    "hame": "home",
    "isnae": "isnt",
    "ma": "my",
    "mair": "more",
    "oot": "out",
    "tae": "to",
    "whatre": "what",
    "whit": "what",
    "wi": "with",
    "wisnae": "wasnt",
    "wouldnae": "wouldnt",
    # ("what d'you reckon", "d'ya know")
    "dyou": "you",
    "dya": "you",
    "ye": "you",
    "wrk": "work",
    "wich": "which",
    "thm": "them",
    "wot": "what",
    "y": "why",
    # Words for being sick from Scotland, Australia and elsewhere: "i've been boaking up blood"
    "barf": "vomit",
    "barfed": "vomited",
    "barfing": "vomiting",
    "boak": "vomit",
    "boaked": "vomited",
    "boaking": "vomiting",
    "chunder": "vomit",
    "chundered": "vomited",
    "chundering": "vomiting",
    "spewed": "vomited",
    "spewing": "vomiting",
    "vom": "vomit",
    # Slang for the body: "banged my noggin", "my tum is rock hard", "the old ticker"
    "bonce": "head",
    "noggin": "head",
    "gob": "mouth",
    "ticker": "heart",
    # Shorthand from notes and forums: "dx'd with AD", "w/ eczema", "my Rx cream"
    "aka": "also",
    "dx": "diagnosed",
    "dxd": "diagnosed",
    "hx": "history",
    "pt": "patient",
    "rx": "prescription",
    "sys": "system",
    "w": "with",
    # Words spelt as they sound: "shud i tallk to my docter befor takin probyotics"
    "becoz": "because",
    "brekkie": "breakfast",
    "brekky": "breakfast",
    "becuz": "because",
    "blud": "blood",
    "cauze": "cause",
    "cauzes": "causes",
    "cawse": "cause",
    "cawses": "causes",
    "coz": "because",
    "cud": "could",
    "culd": "could",
    "dawter": "daughter",
    "dus": "does",
    "duz": "does",
    "eny": "any",
    "enything": "anything",
    "furst": "first",
    "hapen": "happen",
    "hapens": "happens",
    "happins": "happens",
    "hav": "have",
    "heel": "heal",
    "heeling": "healing",
    "helth": "health",
    "helthy": "healthy",
    "meen": "mean",
    "meens": "means",
    "peeple": "people",
    "reeson": "reason",
    "reesons": "reasons",
    "shud": "should",
    "shuld": "should",
    "sum": "some",
    "ther": "there",
    "thier": "their",
    "thru": "through",
    "wats": "whats",
    "werk": "work",
    "wil": "will",
    "wots": "whats",
    "wud": "would",
    "wuld": "would",
    "wurk": "work",
    "wurks": "works",
    "wut": "what",
    # ... more of them (session 27: "wot iz eksema", "wats lekee gut", "can stres efect ur
    # stumik", "is shuger bad 4 ur gut")
    "dokter": "doctor",
    "dyet": "diet",
    "enuf": "enough",
    "iz": "is",
    "kno": "know",
    "lekee": "leaky",
    "leeki": "leaky",
    "lekey": "leaky",
    "medisin": "medicine",
    "sez": "says",
    "shuger": "sugar",
    "stomak": "stomach",
    "stomik": "stomach",
    "strest": "stressed",
    "stumick": "stomach",
    "stumik": "stomach",
    "stummick": "stomach",
    "wotter": "water",
    "wuz": "was",
    # ... and "th" as it is said in London and elsewhere: "duz strest mess wiv ur stumik"
    # ... and spelt as said: "wich fuds hav probyotiks", "shud i tawk to a docter befor"
    "befor": "before",
    "fud": "food",
    "fuds": "foods",
    "tawk": "talk",
    "tawking": "talking",
    "anyfin": "anything",
    "anyfink": "anything",
    "fing": "thing",
    "fings": "things",
    "fink": "think",
    "nuffin": "nothing",
    "nuffink": "nothing",
    "somefin": "something",
    "somefink": "something",
    "wiv": "with",
    "wivout": "without",
    # Jamaican and other Caribbean English: "wah mean leaky gut?", "sugar bad fi yuh gut?"
    "anyting": "anything",
    "bout": "about",
    "cyaan": "cant",
    "dat": "that",
    "dem": "them",
    "di": "the",
    "dis": "this",
    "fi": "for",
    "inna": "in",
    "mek": "make",
    "mi": "my",
    "nuff": "enough",
    "pon": "on",
    "tek": "take",
    "ting": "thing",
    "nuh": "not",
    "wah": "what",
    "weh": "what",
    "wid": "with",
    "yuh": "your",
    # Spanish mixed into English: "es bueno el kefir for the gut?", "mi hija tiene eczema"
    # ("mi" as in Jamaican English; "de" and "la" are left: "de" is also a Dutch and
    # Afrikaans word read above, "la" a word of the filler)
    "bien": "well",
    "el": "the",
    "es": "is",
    "explicado": "explained",
    "muy": "very",
    "pero": "but",
    "piel": "skin",
    # Welsh: "do probiotics help eczema plis", "ydy leaky gut linked to eczema"
    "plis": "please",
    "ydy": "is",
    # Spelt as it sounds: "can a bad gut giv u exema"
    "giv": "give",
    # Afrikaans: "sal probiotika help vir my ekseem?", "hoe is die derm en die vel verbind"
    # ("die" is left as it is: it is also the English word)
    "baba": "baby",
    "baie": "very",
    "beteken": "mean",
    "dit": "it",
    "eers": "first",
    "eintlik": "actually",
    "ek": "i",
    "en": "and",
    "gestres": "stressed",
    "het": "has",
    "hoe": "how",
    "hy": "he",
    "kan": "can",
    "kos": "food",
    "moet": "should",
    "nie": "not",
    "nou": "now",
    "sal": "will",
    "sleg": "bad",
    "sy": "she",
    "soos": "like",
    "uitslag": "rash",
    "verbind": "linked",
    "verstaan": "understand",
    "vir": "for",
    "voor": "before",
    "vra": "ask",
    "watter": "which",
    # Tamil mixed into English: "leaky gut na enna?", "gut-um skin-um eppadi connect aagudhu"
    "aagumaa": "help",
    "na": "nah",
    "eppadi": "how",
    "enna": "what",
    "kettatha": "bad",
    "munnadi": "before",
    "nallatha": "good",
    # Hindi and Urdu mixed into English: "eczema kya hai", "kya probiotics eczema ke liye acha
    # hai", "probiotics kaise kaam karte hain", "mere bete ko eczema hai"
    "aur": "and",
    "bete": "son",
    "chahiye": "should",
    "hai": "is",
    "hain": "are",
    "hota": "is",
    "hote": "are",
    "kaam": "work",
    "kaise": "how",
    "karein": "do",
    "karte": "do",
    "kaun": "which",
    "ke": "of",
    "ki": "of",
    "ko": "to",
    "kya": "what",
    "kyun": "why",
    "lene": "taking",
    "liye": "for",
    "matlab": "meaning",
    "mein": "in",
    "mera": "my",
    "mere": "my",
    "meri": "my",
    "pehle": "before",
    "poochna": "ask",
    "sakta": "can",
    "sakte": "can",
    "sakti": "can",
    "se": "from",
    "woh": "they",
    # Tagalog mixed into English (Taglish): "ano po ang eczema", "pwede ba ang probiotics sa
    # baby ko", "nakakatulong ba ang probiotics sa eczema"
    "ang": "the",
    "anak": "child",
    "ano": "what",
    "bumili": "buy",
    "buntis": "pregnant",
    "lagnat": "fever",
    "magkano": "how much",
    "nakakatulong": "helps",
    "ng": "of",
    "pwede": "can",
    "po": "please",
    "sa": "for",
    "saan": "where",
    "talaga": "really",
    "yung": "the",
    # West African Pidgin: "wetin be eczema", "how probiotics dey work", "rash wey no dey fade"
    "dey": "is",
    "wetin": "what",
    "wey": "that",
    # Russian written in Latin letters: "chto takoe leaky gut", "..., pravda?"
    "chto": "what",
    "pravda": "true",
    "takoe": "is",
    # Northern English and Scots: "is me eczema owt to do with me gut?", "reet stressed"
    "nowt": "nothing",
    "owt": "anything",
    "reet": "right",
    "summat": "something",
    "yer": "your",
    # Multicultural London English: "what causes it init", "so my skin's peng"
    "init": "innit",
    # West Country English: "which foods have 'em"
    "em": "them",
    "peng": "good",
    # Short words with two letters swapped or one dropped, too short for the typo reader:
    # "is ths medicall advise", "do probioitcs help wiht eczema", "whta does it look liek"
    # (a question word that opens a question is spelt by with_openers_spelt: "hwat", "cna")
    "adn": "and",
    "hte": "the",
    "jsut": "just",
    "liek": "like",
    "lkie": "like",
    "nto": "not",
    "teh": "the",
    "ths": "this",
    "thsi": "this",
    "tihs": "this",
    "whta": "what",
    "wiht": "with",
    "wtih": "with",
    "yoru": "your",
    "yuo": "you",
}


def content_tokens(infos: list[tuple[str, str, bool]]) -> tuple[str, ...]:
    """The tokens of words read as (meant, stem, is stop word), stop words out, each once."""
    return tuple(dict.fromkeys([i[1] for i in infos if not i[2]]))


def spelt_out(split: list[str]) -> list[str]:
    """Words with text-speak spelt out as the words it stands for ("wat", "mek", "dis")."""
    return list(map(TEXT_SPEAK.get, split, split))


#: After these, "dose" is a slip of "does" ("how dose it work"), not a dose ("what dose").
DOES_BEFORE = (["how"], ["why"], ["where"], ["when"], ["who"])
#: Words after a "dose" that opens a message and is a dose: "dose for kids?", not "dose
#: stress mess up your stomach" ("does").
DOSE_AFTER = frozenset("a amount for of per size sizes".split())
#: After "what", "dose" is "does" when the message ends as a question with "does" would: "what
#: dose dysbiosis mean", "what dose eczema look like" (not "what dose should kids take").
DOES_WHAT_ENDS = frozenset("mean like do".split())
#: Endings that inflect a word: "asked", "wondering", "questions".
INFLECTIONS = frozenset("d ed es ing ings s".split())
#: The shortest word made of words a user split apart ("pro biotics").
MIN_REJOINED = 7
#: The length of a word too short for max_typos that a swap of two letters is still read in.
SWAPPED_LENGTH = 4
#: The shortest word read as a slip of a stop word.
MIN_EVERYDAY_TYPO = 6
#: Everyday words a slip is read as (see everyday_slip).
EVERYDAY_TYPOS_BY_LENGTH = by_length(
    sorted(w for w in STOP_WORDS | GENERIC_WORDS if len(w) >= 5), 1
)
STEM = itemgetter(1)  # of a word's (meant, stem, is stop word)
MEANT = itemgetter(0)


def as_filler(word: str) -> tuple[str, str, bool]:
    """A word's reading as filler that no synonym phrase starts with (its stem left empty)."""
    return (word, "", True)


#: Pronouns that close a tag question: "..., does it", "..., do they".
TAG_PRONOUNS = frozenset("he i it she they we you".split())


#: How many words before "doing" a "what" may stand for it to ask what a thing does.
DOING_REACH = 5
#: Who asks what they should be doing, not what a thing does.
SELF_DOERS = frozenset({"i", "we"})


def main_verb_do(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read a "do" that is the question's main verb as "work" (in ``infos``, in place)."""
    if split[:3] in KNOW_OPENERS:  # "do you know why do people get eczema": no verb "do"
        split = [""] * 3 + split[3:]
    if sum(w in DO_WORDS for w in split) > 1:
        # "what do probiotics do": the second "do" is the verb, not a helper; it asks
        # what they do, as "how do probiotics work" does ("to do with" is a link).
        last = max(i for i, w in enumerate(split) if w in DO_WORDS)
        if len(split) - last == 2 and split[-1] in TAG_PRONOUNS:
            return  # "the gut has nothing to do with eczema, does it": a tag, no verb
        if last == len(split) - 1 and split[last - 1] in DOES_FOR_VERB:
            return  # "why do some get eczema and others never do": the verb before, again
        if split[last + 2 : last + 3] == ["for"] and split[last + 1] in DO_ANYTHING:
            # "do probiotics do anything for eczema": whether they help it
            infos[last] = DOES_IT_HELP
        elif split[last + 1 : last + 3] in (["any", "good"], ["much", "good"], ["some", "good"]):
            pass  # "do probiotics do any good for eczema": the phrase "do any good", a help
        elif split[last - 1 : last] in (["i"], ["we"]):
            pass  # "what do i do to make my gut healthy": what one should do, not how it works
        elif split[last + 1 : last + 2] != ["with"] and split[last + 2 : last + 3] != ["or"]:
            # (not "probiotics may help eczema, do they or not")
            infos[last] = MAIN_VERB_DO
    elif "doing" in split:
        # "what are probiotics doing in my gut" asks the same, after a story too ("i started
        # probiotics last week, what are they doing in my gut")
        at = split.index("doing")  # ("what have they actually been doing")
        # (not what someone should do: "what should i be doing about it")
        if not {"what", "whats"}.isdisjoint(
            split[max(0, at - DOING_REACH) : at]
        ) and SELF_DOERS.isdisjoint(split[max(0, at - 2) : at]):
            infos[at] = MAIN_VERB_DO
    else:
        # "what is it that probiotics do", "what can good bacteria do for me", "walk me
        # through what probiotics do": a "do" after the thing that does it, ending the
        # question. Not "what should i do".
        at = next((i for i, w in enumerate(split) if w in DO_WORDS), 0)
        what = [i for i in range(max(0, at - 5), at) if split[i] in ("what", "whats")]
        ends = split[at + 1 : at + 2] in ([], ["for"], ["exactly"])
        if what and at - what[-1] > 1 and not infos[at - 1][2] and ends:
            infos[at] = MAIN_VERB_DO


def asks_if_it_works(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "work" as "help" where a question asks whether something works ("probiotic for
    eczema, does it work?", "do they actually work for kids"), not how or why it does ("how
    do probiotics work", "why don't they work for me"), nor whether it works better. "if
    probiotics work" supposes they help; "nothing works" tells a story (in ``infos``, in
    place)."""
    for at, word in enumerate(split):
        if word not in WORKS or split[at + 1 : at + 2] in (["better"], ["best"]):
            continue
        if "nothing" in split[max(0, at - 3) : at]:
            infos[at] = NOTHING_WORKS
            continue
        asks = [i for i in range(max(0, at - 4), at) if split[i] in ASKS_IF]
        if asks and ASKS_HOW.isdisjoint(split[max(0, asks[-1] - 3) : asks[-1]]):
            infos[at] = DOES_IT_HELP


#: Words for something going away that "make" may take: "make my rash disappear".
GONE = frozenset("disappear vanish".split())


def makes_better(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "make" as "help" where it makes something better: "how can i make my gut
    healthier", "what can he do to make his gut stronger", "how do i get my gut healthier"
    (in ``infos``, in place). The better word keeps its own reading ("healthier" is health).
    Making something go away helps too, and the going away is no question of whether it ever
    would: "can probiotics make my eczema go away" (not "does eczema go away"); nor is it
    after "so": "what can i do for my gut so my eczema goes away"."""
    for at, word in enumerate(split):
        if word in GETS and not GOT_BETTER.isdisjoint(split[at + 2 : at + 6]):
            infos[at] = DOES_IT_HELP  # "the easiest way to get my gut healthier"
            continue
        if word == "so" and at and split[max(0, at - 2) : at] != ["is", "it"]:
            # "..., so my eczema goes away": what it is for, no question of whether it would
            # (not "is it so that eczema goes away by itself": whether it is true that it does)
            for end in range(at + 2, min(at + 5, len(split) - 1)):
                if split[end] in ("go", "goes") and split[end + 1] == "away":
                    infos[end] = as_filler(split[end])
                    infos[end + 1] = as_filler("away")
                    break
            continue
        if word not in ("make", "makes"):
            continue
        if not BETTER.isdisjoint(split[at + 2 : at + 5]) or (
            split[at + 3 : at + 5] == ["to", "be"] and not BETTER.isdisjoint(split[at + 5 : at + 6])
        ):  # "make my gut to be healthy"
            infos[at] = DOES_IT_HELP
            continue
        for end in range(at + 2, min(at + 6, len(split))):
            gone = 2 if split[end : end + 2] == ["go", "away"] else int(split[end] in GONE)
            if gone:
                infos[at] = DOES_IT_HELP
                for k in range(end, end + gone):
                    infos[k] = as_filler(split[k])
                break


#: Verbs that "fi" comes before in Jamaican English, where it is "to", not "for": "wah mi fi do
#: fi mek mi gut healthy" (not "for help", as in "thanks for help").
PATOIS_VERBS = frozenset("check do eat fix get heal help keep mek stop tek try".split())


#: Verbs that bring something about with a particle after their object ("what brings eczema
#: on", "what sets her eczema off", "what sets eczema going"), the particles, and what may
#: follow the particle.
SEPARABLE_CAUSES = frozenset("bring brings brought kick kicks set sets spark sparks".split())
CAUSE_PARTICLES = frozenset("going off on".split())
AFTER_PARTICLE = frozenset("again and anyway for in or reckon so then though".split())
CAUSES = ("cause", "cause", False)
#: Where a phrase ends in the tree of synonym phrases (a key no stem can be).
PHRASE_END = None
#: The words between a term and the term its phrases put after it that still join them: "the
#: good bacteria in the capsule" is the probiotics (see Normalizer._join_pairs).
INSIDE = (["in"], ["in", "the"], ["in", "a"], ["in", "an"], ["inside"], ["inside", "the"])


def separable(
    split: list[str],
    infos: list[tuple[str, str, bool]],
    verbs: frozenset[str],
    particles: frozenset[str],
    reading: tuple[str, str, bool],
    tails: tuple[list[str], ...] = (),
) -> None:
    """Read a verb with its particle one to three words after it as ``reading``, the particle
    as filler (in ``infos``, in place). Only with the particle last, before a word that closes
    the clause, or before one of ``tails`` (whatever follows it: "what sets eczema off to begin
    with, is it genetic")."""
    for at, word in enumerate(split):
        if word not in verbs:
            continue
        for end in range(at + 2, min(at + 5, len(split))):
            if split[end] in particles and (
                end + 1 == len(split)
                or split[end + 1] in AFTER_PARTICLE
                or any(split[end + 1 : end + 1 + len(tail)] == tail for tail in tails)
            ):
                infos[at] = reading
                infos[end] = as_filler(split[end])
                break


def sets_off(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "what brings eczema on", "what sets his eczema off", "what sets eczema going" as
    asking what causes it (in ``infos``, in place): the verb is "cause", the particle filler.
    Only with the particle last or before a word that closes the clause ("what brings eczema
    on in the first place", "... off to begin with"): "bring probiotics on holiday" brings
    something."""
    separable(split, infos, SEPARABLE_CAUSES, CAUSE_PARTICLES, CAUSES, CAUSE_OF_TAILS)


#: "sort ... out": to put right, as "fix" does.
SORTS = frozenset("sort sorts sorted sorting".split())
OUT = frozenset({"out"})
HELPS = ("help", "help", False)


def sorts_out(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "how do i sort my gut out", "sorting his tummy out" as helping it (in ``infos``,
    in place): the verb is "help", the particle filler; "out" last or before a word that
    closes the clause. ("sort out my gut" is a synonym phrase.)"""
    separable(split, infos, SORTS, OUT, HELPS)


#: "does sugar feed eczema", "fuelling the inflammation": to make it worse, not to feed the
#: gut's bacteria (what prebiotics do).
FEEDS = frozenset("feed feeds feeding fuel fuels fuelling fueling".split())
FED_HARMS = frozenset("eczema flare flares flareups inflammation itch rash".split())
WORSENS = ("bad", "bad", False)
#: ... and the bacteria fed that are the harmful ones: "sugar feeds the bad bacteria".
BAD_KINDS = frozenset("bad harmful nasty unhealthy wrong unfriendly".split())


def feeds_harm(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "feed" or "fuel" before eczema or inflammation (a "the", "my" or "your" between at
    most) as making it worse (in ``infos``, in place): "does sugar feed eczema directly"; so
    too before the bad bacteria, which harms the gut: "sugar feeds the bad bacteria"."""
    for at, word in enumerate(split[:-1]):
        if word not in FEEDS:
            continue
        after = split[at + 1 : at + 3]
        if after[:1] in (["the"], ["my"], ["your"], ["his"], ["her"]):
            after = split[at + 2 : at + 4]
        if after[:1] and (
            after[0] in FED_HARMS or (after[0] in BAD_KINDS and after[1:2] and after[1] in EATERS)
        ):
            infos[at] = WORSENS


#: "do probiotics attack the eczema": to fight it, as help (not "the immune system attacks
#: my skin", what an immune system does).
ATTACKS = frozenset("attack attacks attacking".split())
ATTACKERS = frozenset("prebiotic prebiotics probiotic probiotics they".split())


def probiotics_attack(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "attack" a word or two after probiotics as helping (in ``infos``, in place)."""
    for at, word in enumerate(split):
        if word in ATTACKS and not ATTACKERS.isdisjoint(split[max(0, at - 2) : at]):
            infos[at] = HELPS


#: "if probiotics help eczema, which ones should i get": which probiotics, their strains,
#: chosen to buy or take (not "if so, which ones", which asks the question before it again,
#: nor "which ones have probiotics", foods).
ONES = frozenset({"one", "ones"})
STRAINS = ("strain", "strain", False)
CHOOSING = frozenset("buy choose get go pick take try use".split())
CHOOSING_HELPERS = frozenset("can do should would".split())


def which_ones(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "which ones should i get" as the strains (in ``infos``, in place) when the message
    names probiotics and no food: the ones chosen are probiotics (not a choice offered: "which
    one is better, kefir or probiotics")."""
    if PROBIOTIC_WORDS.isdisjoint(split) or "or" in split or not EATEN_THINGS.isdisjoint(split):
        return
    for at, word in enumerate(split[1:-2], start=1):
        if (
            word in ONES
            and split[at - 1] in ("which", "what")
            and split[at + 1] in CHOOSING_HELPERS
            and split[at + 2] == "i"
            and split[at + 3 : at + 4]
            and split[at + 3] in CHOOSING
        ):
            infos[at - 1] = as_filler(split[at - 1])
            infos[at] = STRAINS


#: "what causes it to come back like that", "what makes eczema come back": what sets off a
#: flare, as "what causes eczema flare ups" asks (not "will my eczema come back").
BACK = frozenset({"back"})
COMING = frozenset("come comes coming".split())
CAUSING = frozenset("cause causes caused causing make makes made trigger triggers".split())


def causes_return(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "come back" as filler (in ``infos``, in place) after a verb of causing a word or
    three before it: the question is what causes the thing."""
    for at, word in enumerate(split[1:], start=1):
        if (
            word in BACK
            and split[at - 1] in COMING
            and not CAUSING.isdisjoint(split[max(0, at - 5) : at - 1])
        ):
            infos[at - 1] = as_filler(split[at - 1])
            infos[at] = as_filler(word)


#: "does that actually do my gut any good": to help it, as "do any good" says (a phrase of
#: "help" when nothing stands between).
GOOD = frozenset({"good"})
GOOD_AMOUNTS = frozenset({"any", "much", "some", "no"})
#: How many words may stand between "do" and "any good" ("do my son's gut any good").
GOOD_REACH = 4


def does_good(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "do ... any good" as helping (in ``infos``, in place): "do" is "help", "any good"
    filler, what stands between kept ("does kefir do my gut any good")."""
    for at, word in enumerate(split[1:], start=1):
        if word not in GOOD or split[at - 1] not in GOOD_AMOUNTS:
            continue
        doing = [i for i in range(max(0, at - 1 - GOOD_REACH), at - 1) if split[i] in DO_WORDS]
        if doing and at - 1 - doing[-1] > 1:
            infos[doing[-1]] = HELPS
            infos[at - 1] = as_filler(split[at - 1])
            infos[at] = as_filler(word)


#: "is my eczema because my gut is out of balance", "is it because of the strain that ...":
#: a guess at a cause, put for checking (not "i'm asking because my son has eczema").
BECAUSE = frozenset({"because", "cos", "coz", "cuz"})
GUESS_OPENERS = frozenset("am are is was were".split())
ASKING_WHY = frozenset("ask asking asked wondering wonder curious".split())
#: ... not a guess at why a thing has its name: "are they called probiotics because ...".
NAMING = frozenset("call called calling name named known".split())


def guessed_cause(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "because" in a question that opens with "is", "are", "was" ... as "cause" (in
    ``infos``, in place): the guess asks whether that is the cause. Not a question of what
    would follow ("would probiotics help my eczema because they help the gut"), nor of a
    name."""
    if split[:1] and split[0] in GUESS_OPENERS:
        for at, word in enumerate(split):
            if word in BECAUSE:
                if split[at - 1] not in ASKING_WHY and NAMING.isdisjoint(split[:at]):
                    infos[at] = CAUSES
                return


#: "wash ... out", "flush ... out": to clear a thing away, as helping does ("does drinking
#: water wash the bad bacteria out of your gut").
WASHES = frozenset("clean cleans cleaning flush flushes flushing wash washes washing".split())
WASHED_OUT_OF = (["of"],)


def washes_out(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "wash the bad bacteria out of your gut", "flush toxins out" as helping (in
    ``infos``, in place): the verb is "help", the particle filler; "out" last, before a word
    that closes the clause, or before "of"."""
    separable(split, infos, WASHES, OUT, HELPS, WASHED_OUT_OF)


#: "keep my gut healthy for my skin", "keep her insides right": looking after it.
KEEPS = frozenset("keep keeps keeping kept".split())
KEPT_WELL = frozenset("balanced happy healthy right".split())
LOOKS_AFTER = ("nurture", "nurtur", False)  # a word of the look-after family


def keeps_well(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "how do i keep my gut healthy for my skin", "keep his insides right" as looking
    after it (in ``infos``, in place): the verb is "look after", the adjective filler (else
    "healthy" reads as health, and the gut's health with the skin is the gut-skin axis).
    Only with the adjective last or before a word that closes the clause."""
    separable(split, infos, KEEPS, KEPT_WELL, LOOKS_AFTER)


#: "evidence based", "research based": a word of praise, where "the evidence base" is the
#: research (both fold to the same stems, so the adjective is read from the words typed).
BASED = frozenset({"based"})
BASED_ON = frozenset("evidence research science scientifically".split())


def praised_as_based(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "evidence based lifestyle measures", "is this research based" as filler (in
    ``infos``, in place): what is asked about is the measures, not the research behind them."""
    for at, word in enumerate(split[1:], start=1):
        if word in BASED and split[at - 1] in BASED_ON:
            infos[at - 1] = as_filler(split[at - 1])
            infos[at] = as_filler(word)


#: "is the evidence for probiotics weak", "mixed research", "the studies are inconclusive":
#: how good the evidence is asks what it shows (one article calls it emerging); the word that
#: rates it is no topic ("weak" is no thing of the FAQ's).
RATINGS = frozenset(
    """conclusive convincing flimsy inconclusive lacking mixed patchy poor reliable robust
    solid thin unconvincing unreliable weak weaker""".split()
)
EVIDENCE_WORDS = frozenset("data evidence findings proof research science studies study".split())
#: How far from a word of the evidence a word may rate it ("the evidence for it is weak").
RATING_REACH = 6


def rated_evidence(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read a word that rates the evidence as filler (in ``infos``, in place), near a word
    of the evidence: "why do doctors say the evidence for probiotics is weak" asks of the
    evidence; not "mixed" alone ("can i mix kefir with juice"), nor a word that rates the
    thing after it ("is there proof that poor gut health causes eczema")."""
    for at, word in enumerate(split):
        if (
            word in RATINGS
            and not EVIDENCE_WORDS.isdisjoint(split[max(0, at - RATING_REACH) : at + RATING_REACH])
            and (
                at + 1 == len(split)
                or infos[at + 1][2]
                or split[at + 1] in EVIDENCE_WORDS
                or split[at + 1] == "quality"
            )
        ):
            infos[at] = as_filler(word)


#: "is eating junk food every day bad for my gut", "what if i ate sauerkraut every day, would
#: my gut benefit": a habit told, and whether it is good or bad asked, not how often to eat.
EVERY = frozenset({"every", "each"})
EATING = frozenset("ate drank drink drinking drinks eat eaten eating eats".split())
WEIGHED = frozenset(
    """bad benefit benefits better damage damaging good harm harmful healthy help unhealthy
    worse""".split()
)
#: How many words before "every day" the eating may stand ("eating junk food every day").
HABIT_REACH = 5


def habit_told(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "every day" after eating or drinking something as filler (in ``infos``, in place)
    where the question weighs it as good or bad; not "is it ok to eat kimchi every day", "can
    i take probiotics every day" (how often, which the articles do not say)."""
    if WEIGHED.isdisjoint(split):
        return
    for at, word in enumerate(split[:-1]):
        if (
            word in EVERY
            and split[at + 1] == "day"
            and not EATING.isdisjoint(split[max(0, at - HABIT_REACH) : at])
        ):
            infos[at] = as_filler(word)
            infos[at + 1] = as_filler("day")


#: "if my gut is leaky, what happens", "what if my gut really is leaky, what happens then":
#: what follows from it, as "what happens if my gut is leaky" asks (a phrase of "cause").
HAPPENS = frozenset({"happen", "happens"})
HAPPENS_ENDS = (
    ["what", "happens"],
    ["what", "happens", "then"],
    ["what", "would", "happen"],
    ["what", "would", "happen", "then"],
    ["what", "will", "happen"],
    ["what", "happens", "next"],
    # ("what if my gut is leaky, what happens to me")
    ["what", "happens", "to", "me"],
    ["what", "happens", "to", "you"],
    ["what", "happens", "to", "my", "body"],
    ["what", "happens", "to", "your", "body"],
    ["what", "would", "happen", "to", "me"],
    ["what", "will", "happen", "to", "me"],
)


def happens_after_if(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read a closing "what happens (then)" after an "if" as what it causes (in ``infos``, in
    place): "happens" is "cause", the rest filler. Not "what happens in leaky gut"."""
    for end in HAPPENS_ENDS:
        at = len(split) - len(end)
        if at > 1 and split[at:] == end and "if" in split[:at]:
            for number in range(at, len(split)):
                word = split[number]
                infos[number] = CAUSES if word in HAPPENS else as_filler(word)
            return


#: "my gut is leaky", "is his gut really leaky": the gut a leaky gut is, said once ("leaky"
#: reads as leaky gut; the gut before it is no second thing).
LEAKY = frozenset({"leaky"})
#: "my gut is out of balance", "out of whack": an imbalance of the gut, dysbiosis.
UNBALANCED_TAILS = (["of", "balance"], ["of", "whack"], ["of", "kilter"], ["of", "sync"])
GUT_NAMES = frozenset("bowel bowels gut guts intestine intestines".split())
LEAKY_BETWEEN = frozenset(
    """a actually already become becoming been bit feels getting gone got has have is little
    may might really seems so truly very was""".split()
)


#: "how do i know if i have leaky gut", "how can i tell if my gut is leaky": how to find out,
#: a test the articles do not name (not its symptoms: "how do i know if i have eczema" asks
#: what eczema is, which the FAQ says).
KNOWING = frozenset({"know", "tell"})
TESTED = ("test", "test", False)
#: How far after "if" the leaky gut may be named ("if i have a leaky gut").
KNOWN_REACH = 5


def gut_is_leaky(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read the gut before "leaky" or "out of balance" as filler (in ``infos``, in place) when
    only words of being stand between: "what if my gut really is leaky" asks of a leaky gut,
    as "what if i have a leaky gut" does."""
    for at, word in enumerate(split):
        if word in LEAKY or (word == "out" and split[at + 1 : at + 3] in UNBALANCED_TAILS):
            gut_before(split, infos, at)  # ("my gut is out of balance": dysbiosis)


def knows_if_leaky(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "how do i know if" or "how can i tell if" before a leaky gut as a test (in
    ``infos``, in place): "know" is "test", the words from "how" to "if" filler."""
    for at, word in enumerate(split):
        if (
            word in KNOWING
            and split[at + 1 : at + 2] == ["if"]
            and "how" in split[:at]
            and "leaky" in split[at + 2 : at + 2 + KNOWN_REACH]
        ):
            for number in range(split.index("how"), at + 2):
                infos[number] = as_filler(split[number])
            infos[at] = TESTED


def gut_before(split: list[str], infos: list[tuple[str, str, bool]], at: int) -> None:
    """Read the gut named before ``at``, with only words of being between, as filler (in
    ``infos``, in place): the word at ``at`` names the gut's state as a term of its own."""
    before = at - 1
    while before >= 0 and split[before] in LEAKY_BETWEEN:
        before -= 1
    if before >= 0 and before < at - 1 and split[before] in GUT_NAMES:
        infos[before] = as_filler(split[before])


#: "could that give me eczema", "can stress give him a leaky gut": to cause it (not "give me
#: tips", "give my son probiotics": what is given there is no condition).
GIVES = frozenset("give gives gave giving".split())
GIVEN_TO = frozenset("her him kids me people someone them us".split())
GIVEN_CONDITIONS = frozenset("dysbiosis eczema flares inflammation leaky rash rashes".split())
#: People who would give it by contact ("can my partner give me eczema" asks if it is catching).
PERSON_GIVERS = frozenset(
    """baby boyfriend brother child dad daughter friend girlfriend he husband kid mum partner
    person she sister someone son they wife""".split()
)


def gives_condition(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "give" before someone and a condition as "cause" (in ``infos``, in place), the one
    it is given to filler: "suppose my gut is out of whack, could that give me eczema". Not
    from a person: "can my partner give me eczema" asks whether it is catching."""
    for at, word in enumerate(split[:-2]):
        if word not in GIVES or split[at + 1] not in GIVEN_TO:
            continue
        if not PERSON_GIVERS.isdisjoint(split[max(0, at - 3) : at]):
            continue
        rest = split[at + 2 : at + 4]
        if rest[:1] in (["a"], ["an"]):
            rest = rest[1:]
        if rest and rest[0] in GIVEN_CONDITIONS:
            infos[at] = CAUSES
            infos[at + 1] = as_filler(split[at + 1])


#: "what do people get eczema from", "from what does one get eczema": where a condition is
#: got from asks its cause.
GETS_FROM = frozenset(
    "catch catches caught develop develops developed get gets getting got".split()
)
#: ... and the words by which a condition is from a thing: "be from", "stem from" (not "come
#: from", which the FAQ's phrasings ask in).
IS_FROM = frozenset("be is stem stems stemming stemmed".split())
IT_COULD_BE = [[m, "it", "be"] for m in ("could", "can", "might", "may", "would")]
WHOSE_CAUSE = frozenset("my his her their your our the".split())


def got_from(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "from" as "cause" (in ``infos``, in place) in a question that asks what or where a
    condition is got from: "what do people get eczema from", "from what does one get eczema",
    or whether it comes from something: "could my son's eczema be from his gut". Not when a
    thing is got from somewhere: "where can i get eczema cream from"."""
    for at in range(2, len(split) - 2):
        # "my son has eczema, could it be his gut": what it could be is its cause
        if (
            split[at - 2 : at + 1] in IT_COULD_BE
            and split[at + 1] in WHOSE_CAUSE
            and not GIVEN_CONDITIONS.isdisjoint(split[: at - 2])
        ):
            infos[at] = CAUSES
    for at, word in enumerate(split[2:], start=2):
        if (
            word == "from"
            and split[at - 1] in IS_FROM
            and not GIVEN_CONDITIONS.isdisjoint(split[max(0, at - 4) : at])
        ):
            infos[at] = CAUSES  # ("is my eczema from a leaky gut")
    if not split or split[0] not in ("what", "where", "from"):
        return
    if GETS_FROM.isdisjoint(split) or GIVEN_CONDITIONS.isdisjoint(split):
        return
    if split[:2] == ["from", "what"]:
        infos[0] = CAUSES
    elif split[-1] == "from" and len(split) > 2 and split[-2] in GIVEN_CONDITIONS:
        infos[-1] = CAUSES


#: "why does eczema appear": why a thing shows at all asks its cause, not what it looks like.
APPEARS = frozenset("appear appeared appearing appears".split())
#: ... not where it shows: "why does eczema appear on the hands" asks of a place on the body.
SITE_AFTER_APPEARS = (["on"], ["in"], ["around"], ["behind"], ["at"])


def why_it_appears(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "appear" as filler (in ``infos``, in place) in a question that opens with "why":
    "why does eczema appear", "why the eczema appears" ask what causes it ("why" reads as
    cause), where "what does eczema appear like" asks how it looks."""
    if split[:1] in (["why"], ["y"]):
        for at, word in enumerate(split):
            if word in APPEARS and split[at + 1 : at + 2] not in SITE_AFTER_APPEARS:
                infos[at] = as_filler(word)


#: Someone else who makes a food ("my gran makes kimchi every week, is that a probiotic food"):
#: what they make is told, not a recipe asked.
MAKES_FOOD = frozenset("make makes made".split())
MADE_FOODS = frozenset("kefir kimchi kombucha sauerkraut yoghurt yogurt".split())
MAKERS_ASKING = frozenset("how i we you to".split())
MAKING = frozenset("ferment fermenting make makes making made recipe".split())
MAKES_INTO = frozenset("make makes".split())
MADE_INTO = frozenset("a an count into".split())


def someone_makes(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "makes" or "made" before a fermented food as filler (in ``infos``, in place) in a
    story told of someone else, or opening one's own ("my housemate makes kombucha, is it good
    for the gut", "i make kefir for myself, is it good for my gut") asks about the food. Not in
    a question ("who makes the best kefir", "..., how do i make sauerkraut"), nor when the
    making is asked after ("my mum makes kefir, how does she make it"). In any text, "make"
    that makes a food something is no making of it: "does that make yoghurt a probiotic
    food"."""
    for at, word in enumerate(split[:-2]):
        if word in MAKES_INTO and split[at + 1] in MADE_FOODS and split[at + 2] in MADE_INTO:
            infos[at] = as_filler(word)
    if split[:1] and split[0] in QUESTION_OPENERS:
        return
    for at, word in enumerate(split[:-1]):
        if (
            at
            and word in MAKES_FOOD
            and split[at + 1] in MADE_FOODS
            and (split[at - 1] not in MAKERS_ASKING or (at == 1 and split[0] in SELF_DOERS))
            and MAKING.isdisjoint(split[at + 2 :])
        ):
            infos[at] = as_filler(word)


#: Caring for someone is who one is, a carer ("caring for mum has me stressed out, can that
#: upset my gut"), not looking after the gut: the words of caring, and the words that may come
#: between them and the one cared for.
CARES = {
    "care": "for", "cares": "for", "cared": "for", "caring": "for",
    "look": "after", "looks": "after", "looked": "after", "looking": "after",
}  # fmt: skip
CARED_FOR = frozenset(
    """
    dad father mum mom mother mam nan gran grandma grandad grandpa granny grandmother grandfather
    husband wife partner parent parents brother sister aunt uncle neighbour neighbor relative
    """.split()
)
CARED_FOR_BEFORE = frozenset(
    "my our his her an a elderly old older sick poorly frail disabled ageing aging".split()
)
#: ... and what of theirs the care is for ("looking after my dad's gut" looks after a gut).
CARED_FOR_PARTS = frozenset("s gut guts health skin eczema tummy stomach diet".split())


def cares_for_someone(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "caring for" and "looking after" before someone (not their gut or skin) as filler
    (in ``infos``, in place): "caring for my elderly mum has me stressed" tells who one is, a
    carer; "how do i look after my gut" still asks how to look after it."""
    for at, word in enumerate(split[:-2]):
        if split[at + 1] != CARES.get(word):
            continue
        end = at + 2
        while end < len(split) - 1 and split[end] in CARED_FOR_BEFORE:
            end += 1
        if split[end] in CARED_FOR and split[end + 1 : end + 2] not in (
            [p] for p in CARED_FOR_PARTS
        ):
            infos[at] = as_filler(word)
            infos[at + 1] = as_filler(split[at + 1])


#: "put ... on my skin": applied to the skin, which the articles never speak of.
PUTS = frozenset("put puts putting rub rubs rubbing spread spreading smear smearing dab".split())
ON_SKIN = frozenset(
    "arms body eczema face hands it legs patches rash rashes scalp skin them".split()
)
TOPICAL = ("topical", "topical", False)


def put_on_skin(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "can you put probiotic yoghurt on eczema skin", "rub kefir onto my face" as
    applying it to the skin (in ``infos``, in place): the verb is "topical", the preposition
    filler; what is put keeps its words. "put on weight" puts nothing on the skin."""
    for at, word in enumerate(split):
        if word not in PUTS:
            continue
        for end in range(at + 2, min(at + 6, len(split) - 1)):
            if split[end] in ("on", "onto") and not ON_SKIN.isdisjoint(split[end + 1 : end + 3]):
                infos[at] = TOPICAL
                infos[end] = as_filler(split[end])
                break


#: Getting someone to eat or take a thing is persuading them ("how do i get my toddler to eat
#: sauerkraut"): the articles say which foods hold probiotics, not how to win a child over.
PERSUADED_TO = frozenset("eat drink take try swallow like accept".split())
PERSUADED = frozenset(
    """
    him her them kid kids child children son sons daughter daughters toddler toddlers baby
    babies grandson granddaughter grandkids grandchildren husband wife partner family dad mum
    mom nan grandma grandad teen teenager teenagers boyfriend girlfriend everyone
    """.split()
)
PERSUADE = ("persuade", "persuade", False)


def gets_someone_to(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "get my toddler to eat", "getting the kids to try" as persuading (in ``infos``, in
    place): "get" is "persuade" and its "to" filler. "get probiotics into my diet" and "get
    enough fibre to feed my gut" get no one to do anything."""
    for at, word in enumerate(split):
        if word not in GETS:
            continue
        for end in range(at + 2, min(at + 5, len(split) - 1)):
            if split[end] == "to":
                if split[end + 1] in PERSUADED_TO and not PERSUADED.isdisjoint(split[at + 1 : end]):
                    infos[at] = PERSUADE
                    infos[end] = as_filler("to")
                break


#: Where to get a treatment is where to buy it ("where can i get eczema cream from"), which no
#: answer says; where to get probiotics asks which foods hold them.
WHERE_GOT = frozenset("get find obtain".split())
GOT_TREATMENTS = frozenset(
    """
    cream creams emollient emollients hydrocortisone medication medicine meds ointment
    ointments prescription steroid steroids
    """.split()
)
BUYING = ("buy", "buy", False)


def where_to_get(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "get" as "buy" (in ``infos``, in place) in a question that asks where to get a
    treatment: "where can i get steroid cream", not "where do i get probiotics from"."""
    if split[:1] != ["where"]:
        return
    for at, word in enumerate(split[1:5], start=1):
        if word in WHERE_GOT and not GOT_TREATMENTS.isdisjoint(split[at + 1 : at + 5]):
            infos[at] = BUYING
            return


#: "When" opening a question asks for a time, which no answer gives: "when does leaky gut
#: start", "when should i stop giving my child probiotics". It reads as "how long", a term no
#: entry answers. (Not "when you're stressed does it affect your gut", nor "when people say
#: leaky gut, what do they mean": no helper verb follows.)
WHEN_HELPERS = frozenset("are can could did do does is should was were will would".split())
HOW_LONG = ("when", "how_long", False)
#: ... unless it asks when to see a doctor, or when a thing counts as another.
WHEN_TO_ASK = frozenset(
    """
    doctor doctors gp gps dr doc docs derm dermatologist physician nurse pharmacist specialist
    professional called considered count counts mean means
    """.split()
)


def asks_when(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read a "when" that opens a question, before a helper verb, as asking how long (in
    ``infos``, in place): not when to see a doctor (before starting, the answer says), nor when
    a thing counts as another ("when is a gut called leaky")."""
    if (
        split[:1] == ["when"]
        and split[1:2]
        and split[1] in WHEN_HELPERS
        and WHEN_TO_ASK.isdisjoint(split)
    ):
        infos[0] = HOW_LONG


#: Verbs by which "how much does ..." asks how far one thing touches another, not a dose:
#: "how much does stress affect my gut", "how much do probiotics help eczema".
DEGREE_VERBS = frozenset(
    """
    affect affects benefit benefits boost boosts change changes contribute contributes damage
    damages do does ease eases feed feeds harm harms heal heals help helps hurt hurts impact
    impacts improve improves influence influences matter matters mess messes play plays protect
    protects reduce reduces support supports upset upsets weaken weakens worsen worsens
    """.split()
)
#: Helpers between "how much" and the thing in such a question.
DEGREE_HELPERS = frozenset("can could did do does will would".split())
#: How far after the helper's thing its verb may stand: "how much does cutting sugar and
#: processed food really matter for the gut".
DEGREE_VERB_REACH = 8
#: How far after "how much" a "to do with" may start: "how much does my gut have to do with".
DOING_WITH_REACH = 8
#: What "how much" may ask of before such a question: "how much harm does sugar do", "how
#: much difference does water make", "how much of a difference do probiotics make".
DEGREE_NOUNS = frozenset(
    "benefit damage difference effect factor good harm impact influence part problem role".split()
)
#: ... and the helpers after such a word: "how much of a problem is sugar for the gut".
DEGREE_NOUN_HELPERS = DEGREE_HELPERS | {"is", "are"}
#: How many words a thing may take between "how much" and its verb: "how much stress affects
#: the gut", "how much processed food harms it" (a dose has no verb: "how much kefir a day").
THING_BEFORE_VERB = 3
#: ... but how much before something happens is an amount: "how much stress affects gut health
#: before it's a problem".
THRESHOLDS = frozenset("before until till".split())
#: "what difference do probiotics make to eczema", "how much of a difference does water make":
#: whether it helps (as "make a difference" reads). The words before "difference" so asked,
#: and how far after it its "make" may stand.
DIFFERENCE_ASKERS = frozenset("what much a any real big huge".split())
MAKE_WORDS = frozenset("make makes made making".split())
DIFFERENCE_REACH = 6


def difference_made(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "what difference does X make", "does X make any real difference" as whether X
    helps (in ``infos``, in place): "difference" is "help", its "make" filler. Not "what's the
    difference between prebiotics and probiotics", which has no "make"."""
    for at, word in enumerate(split[1:], start=1):
        if word != "difference" or split[at - 1] not in DIFFERENCE_ASKERS:
            continue
        # "do probiotics make any real difference to eczema" (not "... difference between")
        before = [i for i in range(max(0, at - 3), at) if split[i] in MAKE_WORDS]
        if before and split[at + 1 : at + 2] != ["between"]:
            infos[at] = HELPS
            infos[before[-1]] = as_filler(split[before[-1]])
            continue
        made = next(
            (
                i
                for i in range(at + 2, min(len(split), at + DIFFERENCE_REACH))
                if split[i] in MAKE_WORDS
            ),
            None,
        )
        if made is not None:
            infos[at] = HELPS
            infos[made] = as_filler(split[made])


#: "what sets a prebiotic apart from a probiotic": how they differ ("sets them apart" is a
#: synonym phrase; here a thing stands between).
SETS = frozenset("set sets setting".split())
APART = frozenset({"apart"})
#: (the term of the synonyms' family of differing, which the matcher also looks for)
DIFFERENT = "different"
DIFFERS = (DIFFERENT, DIFFERENT, False)


def sets_apart(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "set ... apart from" as differing (in ``infos``, in place)."""
    separable(split, infos, SETS, APART, DIFFERS, tails=(["from"],))


#: Buying told as the when of a question, not asked about: "which strains should the label
#: say if i buy one", "before buying, what are probiotics", "can i stop buying my eczema cream"
#: (not "where can i buy kefir", "which brand should i buy").
BUY_WORDS = frozenset("buy buying bought purchase purchasing".split())
WHEN_BUYING = frozenset("if when before once after until".split())
BUYERS = frozenset("i we you they".split())
STOPPED = frozenset("stop stopped stopping quit quitting".split())


def buying_told(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read a buying that says when, or one stopped, as filler (in ``infos``, in place)."""
    for at, word in enumerate(split):
        if word not in BUY_WORDS or not at:
            continue
        before = split[at - 1]
        if (
            before in WHEN_BUYING
            or before in STOPPED
            or (before in BUYERS and at > 1 and split[at - 2] in WHEN_BUYING)
        ):
            infos[at] = as_filler(word)


#: "is gut health more important than people think", "a bigger deal than doctors realise":
#: the comparison is with what people think, not between two things; it stresses the question.
THINKERS = frozenset(
    "people you we they i doctors everyone anyone most folk folks gps experts"
    " youd wed theyd".split()
)
THINKING = frozenset(
    "think thought realise realize realised realized know knew expect expected believe"
    " imagine imagined assume assumed say said admit credit".split()
)
THINKING_REACH = 3  # words from "than" to the thinking ("than most people would think")
#: The comparatives such a "than" closes, read as the plain word: "bigger deal" is "big deal".
PLAIN_COMPARATIVES = {"bigger": "big", "greater": "great", "larger": "large"}
COMPARATIVE_REACH = 6  # words from the comparative to "than"


def than_thought(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "... more important than people think" as "... important" (in ``infos``, in
    place): "than" and the thinking after it are filler, "more" or "less" before it too, and
    "bigger" is "big"."""
    for at, word in enumerate(split):
        if word != "than" or not THINKERS.intersection(split[at + 1 : at + 2]):
            continue
        thought = next(
            (
                i
                for i in range(at + 1, min(len(split), at + 1 + THINKING_REACH + 1))
                if split[i] in THINKING
            ),
            None,
        )
        if thought is None:
            continue
        for i in range(at, thought + 1):
            infos[i] = as_filler(split[i])
        for i in range(max(0, at - COMPARATIVE_REACH), at):
            if split[i] in ("more", "less", "much"):
                infos[i] = as_filler(split[i])
            elif split[i] in PLAIN_COMPARATIVES:
                plain = PLAIN_COMPARATIVES[split[i]]
                infos[i] = (plain, plain, False)


#: Words for the gut's bacteria as the ones that eat: "what do good bacteria eat".
EATERS = frozenset(
    "bacteria bacterium bug bugs flora germs microbe microbes microbiome microbiota probiotic"
    " probiotics".split()
)


#: What is eaten, named after "what": "what foods do good bacteria eat".
EATEN_THINGS = frozenset("food foods things stuff".split())


def eaten_by_bacteria(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "eat" as "feed" when the gut's bacteria do the eating (in ``infos``, in place):
    "what do good bacteria eat", "what do the microbes in my gut like to eat" ask what feeds
    them (prebiotics), not which foods hold them. "what do i eat for my gut" is a diet."""
    end = without_trailing_filler(split)
    # ("what foods do the good germs in my tummy like to eat": what food, asked the same)
    verb = 2 if split[1:2] and split[1] in EATEN_THINGS else 1
    if (
        end < verb + 3
        or split[0] != "what"
        or split[verb] not in ("do", "does")
        or split[end - 1] != "eat"
    ):
        return
    if not EATERS.isdisjoint(split[verb + 1 : end - 1]):
        infos[end - 1] = ("feed", "feed", False)


#: "eat probiotics", as second-language English says "take" them: "can my baby eat
#: probiotics", "before eating probiotics".
EATS = frozenset("ate eat eating eats".split())
PROBIOTIC_WORDS = frozenset(
    "probiotic probiotica probioticos probiotics probiotik probiotika probiotiki probiotyk"
    " probiyotik yishengjun".split()
)
#: ... but not probiotic foods: "can i eat probiotic yoghurt".
EATEN_PROBIOTIC_FOODS = frozenset(
    "drink drinks food foods kefir rich yoghurt yoghurts yogurt yogurts".split()
)
TAKES = ("take", "take", False)


def probiotics_eaten(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "eat" as "take" right before "probiotics" (in ``infos``, in place): "can my baby
    eat probiotics" asks whether a baby may take them, not which foods hold them. Not before
    a probiotic food ("eat probiotic yoghurt"), nor when the bacteria eat ("eaten_by_bacteria")."""
    for at, word in enumerate(split[:-1]):
        if (
            word in EATS
            and split[at + 1] in PROBIOTIC_WORDS
            and EATEN_PROBIOTIC_FOODS.isdisjoint(split[at + 2 : at + 3])
        ):
            infos[at] = TAKES


#: Prepositions before which "which" joins a clause rather than asks: "the mechanism by which
#: probiotics act", "foods in which bacteria live".
RELATIVE_BEFORE = frozenset("by in through with of from on at via into under during".split())


def relative_which(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "which" after a preposition inside a sentence as filler (in ``infos``, in place):
    "the mechanism by which probiotics act" asks how they work, not which probiotics. A
    question that starts with the preposition ("in which foods ...") still asks which."""
    for at in range(2, len(split)):
        if split[at] == "which" and split[at - 1] in RELATIVE_BEFORE:
            infos[at] = as_filler("which")


def asks_how_far(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "how much does X affect Y" as whether X affects Y, not as a dose: "much" becomes
    filler no phrase starts with (in ``infos``, in place). The articles say whether, never
    how far, and "how much do I take" stays a dose."""
    for at in range(len(split) - 3):
        if split[at : at + 2] != ["how", "much"]:
            continue
        helper = at + 4 if split[at + 2 : at + 4] == ["of", "a"] else at + 2  # ("of a ...")
        asked = split[helper : helper + 2]
        if (asked[:1] and asked[0] in DEGREE_HELPERS) and not DEGREE_VERBS.isdisjoint(
            split[helper + 2 : helper + 2 + DEGREE_VERB_REACH]
        ):
            infos[at + 1] = as_filler("much")
        elif len(asked) == 2 and asked[0] in DEGREE_NOUNS and asked[1] in DEGREE_NOUN_HELPERS:
            infos[at + 1] = as_filler("much")  # "how much harm does sugar do to the gut"
        elif any(
            split[i : i + 3] == ["to", "do", "with"] for i in range(at + 2, at + DOING_WITH_REACH)
        ):
            infos[at + 1] = as_filler("much")  # "how much the gut has to do with immunity"
        elif any(
            split[i] in DEGREE_VERBS and split[i] not in DEGREE_HELPERS
            for i in range(at + 3, min(len(split), at + 3 + THING_BEFORE_VERB))
        ) and THRESHOLDS.isdisjoint(split[at + 3 :]):
            infos[at + 1] = as_filler("much")  # "how much stress affects the gut"


#: Things the articles say may help (probiotics and the foods they name), which a question
#: may ask about as the cause of harm: "can onions trigger eczema".
REMEDIES = frozenset(
    """
    banana bananas capsules fibre fiber garlic kefir kimchi oats onion onions prebiotic
    prebiotics probiotic probiotics sauerkraut supplement supplements yoghurt yogurt
    """.split()
)
#: Words that point back at a remedy named before "where do they come from".
SOURCE_POINTERS = frozenset("it they them".split())
#: Words that point back at a remedy named before: "... probiotics, but can they make it worse".
REMEDY_POINTERS = frozenset("it them they these those".split())
#: How a reaction to a remedy is told after it ("... and got a rash", "... and broke out in
#: spots"), and how many words before it the remedy may be.
REACTIONS = tuple(
    r.split()
    for r in "broke out|came out|developed a|developed an|got a|got an|got some".split("|")
)
REACTION_REACH = 7
#: Verbs by which a thing causes or worsens something ("can probiotics trigger a flare").
HARM_VERBS = frozenset(
    """
    aggravate aggravates aggravating cause caused causes causing damage damages harm harms
    trigger triggered triggering triggers weaken weakens worsen worsened worsening worsens
    """.split()
)
#: Words for something getting worse, and for what it got worse after: "worse since
#: starting probiotics", "flared after the kefir".
WORSE_WORDS = frozenset("flare flared flares flaring worse".split())
SINCE_WORDS = frozenset("after on since with".split())
AFTER_ENDS = frozenset("and are but can could do does is should so will would".split())
#: A side effect, read as the synonym term (faq/synonyms.yaml) the FAQ never answers.
SIDE_EFFECT = ("side_effect", "side_effect", False)


def remedy_before(split: list[str], at: int) -> bool:
    """Whether a remedy comes in the three words before ``at``, or a word pointing back at one
    named earlier: "can probiotics make eczema worse", "i tried probiotics and they made my
    eczema worse"."""
    near = split[max(0, at - 3) : at]
    return not REMEDIES.isdisjoint(near) or (
        not REMEDY_POINTERS.isdisjoint(near) and not REMEDIES.isdisjoint(split[:at])
    )


def remedy_harms(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "can probiotics cause eczema", "could my probiotic be causing my rash", "can
    probiotics make eczema worse", "my eczema got worse after starting probiotics" as asking
    about a side effect (in ``infos``, in place): the articles say what probiotics may help,
    never what they may cause. "Where do probiotics come from" asks where they are found, not
    what causes them: "come from" is filler then."""
    for at, word in enumerate(split):
        if word == "come" and split[at + 1 : at + 2] == ["from"] and "where" in split[:at]:
            if not (REMEDIES | SOURCE_POINTERS).isdisjoint(split[max(0, at - 3) : at]):
                infos[at], infos[at + 1] = as_filler("come"), as_filler("from")
            continue
        if infos[at] == CAUSES and remedy_before(split, at):
            infos[at] = SIDE_EFFECT  # "can probiotics set my eczema off" (see sets_off)
            continue
        if word in WORSE_WORDS and split[at + 1 : at + 2] and split[at + 1] in SINCE_WORDS:
            # (what it got worse after, up to a question: "my eczema got worse after
            # emigrating, would probiotics help" asks if they help)
            after = list(takewhile(lambda w: w not in AFTER_ENDS, split[at + 2 : at + 5]))
            if not REMEDIES.isdisjoint(after):
                infos[at] = SIDE_EFFECT
            continue
        if (
            split[at - 1 : at] == ["and"]
            and any(split[at : at + len(r)] == r for r in REACTIONS)
            and not REMEDIES.isdisjoint(split[max(0, at - REACTION_REACH) : at])
        ):
            infos[at] = SIDE_EFFECT  # "i tried probiotics for my eczema and got a rash"
            continue
        making = word in ("make", "makes", "made", "making") and "worse" in split[at + 2 : at + 5]
        setting_off = word in ("set", "sets", "setting") and split[at + 1 : at + 2] == ["off"]
        if not (word in HARM_VERBS or making or setting_off):
            continue
        if not remedy_before(split, at):
            continue
        infos[at] = SIDE_EFFECT
        if making:
            worse = split.index("worse", at + 2)
            infos[worse] = as_filler(split[worse])


#: Words by which "A or B better" weighs two things against each other.
COMPARATIVES = frozenset("better healthier safer stronger worse".split())
#: A comparison, read as the synonym term (faq/synonyms.yaml) the FAQ never answers.
COMPARISON = ("comparison", "comparison", False)


def weighs_two(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "is kefir or yogurt better for eczema", "plantarum or rhamnosus, which is safer" as
    weighing two things against each other (in ``infos``, in place): the articles never
    compare what they name."""
    for at, word in enumerate(split):
        if word in COMPARATIVES and "or" in split[max(0, at - 4) : at]:
            infos[at] = COMPARISON


#: "better than others", "safer than the rest": a thing weighed against its own kind asks
#: which is best ("do some strains work better than others" asks which strains work best),
#: as no comparison of two things does.
THE_REST = (
    ["others"],
    ["the", "others"],
    ["the", "rest"],
    ["other", "ones"],
    ["all", "others"],
    ["all", "the", "others"],
    ["any", "other"],
)
BEST = ("best", "best", False)
#: ... and "some" before it (a few words before), which of them: "are some probiotics better
#: than others" asks which probiotics are best.
SOME_OF_KIND = frozenset("any certain some".split())
SOME_OF_KIND_REACH = 5
WHICH = ("which", "which", True)


def best_of_kind(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "better than others" as "best", "than others" as filler, and a "some" before it as
    "which" (in ``infos``, in place)."""
    for at, word in enumerate(split):
        if word != "than" or not at or split[at - 1] not in COMPARATIVES:
            continue
        rest = next((r for r in THE_REST if split[at + 1 : at + 1 + len(r)] == r), None)
        if rest:
            infos[at - 1] = BEST
            for number in range(at, at + 1 + len(rest)):
                infos[number] = as_filler(split[number])
            for number in range(max(0, at - SOME_OF_KIND_REACH), at - 1):
                if split[number] in SOME_OF_KIND:
                    infos[number] = WHICH


#: Texts up to this long keep their normalised form (see Normalizer.__call__).
CACHED_TEXT_CHARS = 40
#: The longest word only the synonyms know, read as filler, that no typo is read as (see
#: Normalizer._short_filler).
MAX_FILLER_SLIP = 4
#: Prefixes written alone when the next word shares their stem: "pre- and probiotics",
#: "pre vs pro biotics", "pro/prebiotic".
SHARED_PREFIXES = frozenset(("pre", "pro"))
#: The stems such a prefix shares: "pre- and probiotics", "pre or pro biotic".
SHARED_STEMS = ("bio",)
#: What may stand between the lone prefix and the word whose stem it shares.
PREFIX_JOINERS = frozenset(("and", "or", "vs", "versus", "v", "n", "nor"))


def with_shared_stems(split: list[str]) -> list[str]:
    """The words with a lone prefix given the stem of the word it is paired with: "pre and
    probiotics" -> "prebiotics and probiotics", "pre vs pro biotics" -> "prebiotics vs pro
    biotics"."""
    split = list(split)
    for at, word in enumerate(split):
        if word not in SHARED_PREFIXES:
            continue
        after = at + 1 + (at + 1 < len(split) and split[at + 1] in PREFIX_JOINERS)
        other = split[after] if after < len(split) else ""
        if other in SHARED_PREFIXES and other != word and after + 1 < len(split):
            stem = split[after + 1]  # "pre vs pro biotics"
        elif other[:3] in SHARED_PREFIXES and other[:3] != word and len(other) > 5:
            stem = other[3:]  # "pre and probiotics"
        else:
            continue
        if stem.startswith(SHARED_STEMS):  # (not "pre or pro, whichever ...")
            split[at] = word + stem
    return split


#: Words that stand in for the rest of a word someone cannot recall: "dysbio-something",
#: "kim something", "probi-whatevers".
PLACEHOLDERS = frozenset(
    "something summat whatever whatevers whatsit whatsits thingy thingie whatchamacallit".split()
)
#: Of them, those that only ever stand in for a word ("whatever", "summat" may be words of their
#: own: "is eczema summat you're born with").
VAGUE_PLACEHOLDERS = frozenset("whatsit whatsits thingy thingie whatchamacallit".split())
#: How much of a word must be recalled for the rest to be filled in.
MIN_RECALLED = 3


#: How parents write an age after its number: "my 3yo", "a 6mo", "my 2 y/o", "18 mths".
AGE_UNITS = {
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "yo": "year",
    "yr": "year",
    "yrs": "year",
    "mo": "month",
    "mos": "month",
    "mth": "month",
    "mths": "month",
    "mnth": "month",
    "mnths": "month",
    "wk": "week",
    "wks": "week",
}
AGE_WRITTEN = re.compile(r"(\d+)(yo|yrs?|mos?|mnths?|mths?|wks?)")
#: Units that are an age wherever they stand ("3yo"), not a length of time ("for 10yrs").
AGE_ONLY_UNITS = frozenset(("yo", "mo"))
#: The ages from which "N year old" is an adult, not a child (teenagers are children), and
#: elderly, as people say it ("my 80 year old dad": the articles speak of no one that old).
ADULT_AGE = 20
ELDERLY_AGE = 65
ELDERLY = "elderly"
#: Words before a number that make it an age: "my 3yrs", "she's 18mths", "aged 2yrs".
AGE_BEFORE = frozenset("a an aged age hes her his im is my our shes their turned turning".split())
#: Who says their age with a bare number ("im 10", "she's 7"), and the words that may follow
#: it as a new clause ("im 10 and i have eczema", "im 14 with eczema"; not "im 10 weeks
#: pregnant", "im 5 foot").
AGED_SUBJECT = frozenset({"im", "hes", "shes"})
#: ... an age said so is a child's under 18 ("i'm 19 and at uni" is a grown-up).
OWN_ADULT_AGE = 18
AGED_SUBJECTS = (["i", "am"], ["he", "is"], ["she", "is"])
AGE_CLAUSE_NEXT = tuple(
    [w]
    for w in """and are but can could do does how i im is my should so what why will
    with would""".split()
)
#: Words before a grown-up's age as a bound ("after 60", "the over 50s"), and the words that
#: may follow such an age ("after 60 days" is a time, "over 60 percent" an amount).
AGE_BOUNDS = frozenset("above after beyond over past".split())
AGE_BOUND_NEXT = frozenset(
    """
    and or with who too also as year years yrs
    am are can could did do does how is should what which will would
    """.split()
)
#: "at 75, is it too late ...": an age, with the same words after it as a bound.
AGE_AT = "at"
#: A decade of life: "in my 60s", "in their 40s".
DECADE = re.compile(r"([2-9]0)s")
DECADE_BEFORE = frozenset("her his my our their your".split())
#: ... a decade in words: "in my eighties".
DECADE_WORDS = {
    w: f"{n}0s"
    for n, w in enumerate(
        "twenties thirties forties fifties sixties seventies eighties nineties".split(), 2
    )
}
#: How a decade or a bound is read as one age: "in her 60s" is 65, "over 50" 65 too.
DECADE_MIDDLE = 5
BOUND_REACH = 15


def grown_up(years: int) -> str:
    """What a grown-up's age says of someone: "adult" or, from ELDERLY_AGE, "elderly"."""
    return ELDERLY if years >= ELDERLY_AGE else "adult"


def with_ages_spelt_out(split: list[str]) -> list[str]:
    """The words with an age written short spelt out: "my 3yo" -> "my 3 year old", "6 mths
    old" -> "6 month old", "2 y o" (from "2 y/o") -> "2 year old"; a grown-up's age as
    "adult" or "elderly" ("a 45 year old" is no child, nor "in my eighties")."""
    out: list[str] = []
    at = 0
    while at < len(split):
        word = split[at]
        short = AGE_WRITTEN.fullmatch(word)
        number, unit = (short[1], short[2]) if short else (word, "")
        step = 1
        if not short and word.isdigit() and at + 1 < len(split):
            following = split[at + 1]
            if following in AGE_UNITS:
                unit, step = following, 2
            elif following in ("y", "m") and split[at + 2 : at + 3] == ["o"]:  # "2 y/o"
                unit, step = ("yo" if following == "y" else "mo"), 3
        if word in DECADE_WORDS and at and split[at - 1] in DECADE_BEFORE:
            word = DECADE_WORDS[word]
        decade = DECADE.fullmatch(word)
        bound = at and split[at - 1] in AGE_BOUNDS and (word.isdigit() or decade)
        aged = at and split[at - 1] == AGE_AT and word.isdigit()
        if not unit and (bound or aged or (decade and at and split[at - 1] in DECADE_BEFORE)):
            # "probiotics after 60", "the over 50s", "eczema in my 70s": a grown-up's age
            years = int(word.rstrip("s"))
            follower = split[at + 1 : at + 2]
            if years >= ADULT_AGE and (decade or not follower or follower[0] in AGE_BOUND_NEXT):
                # (a decade by its middle; a bound reaches on into old age)
                reach = BOUND_REACH if bound else DECADE_MIDDLE if decade else 0
                out.append(grown_up(years + reach))
                at += 1 + (follower in (["year"], ["years"], ["yrs"]))
                continue
        if (
            not unit
            and word.isdigit()
            and ((out[-1:] and out[-1] in AGED_SUBJECT) or out[-2:] in AGED_SUBJECTS)
            and int(word) < OWN_ADULT_AGE
            and split[at + 1 : at + 2] in ([], *AGE_CLAUSE_NEXT)
        ):
            # "im 10, can i have probiotics for my eczema": a child says how old they are
            out += [word, "year", "old"]
            at += 1
            continue
        old_after = split[at + step : at + step + 1] == ["old"]
        an_age = bool(out) and out[-1] in AGE_BEFORE  # "my 4yrs", not "for 10yrs"
        if unit and (unit in AGE_ONLY_UNITS or old_after or an_age):
            # "my 3yo" is a child; "a 45 year old" an adult, "an 80yr old" elderly
            years = int(number) if AGE_UNITS[unit] == "year" else 0
            if years >= ADULT_AGE:
                out.append(grown_up(years))
            else:
                out += [number, AGE_UNITS[unit], "old"]
            at += step
            if split[at : at + 1] == ["old"]:
                at += 1
            continue
        out.append(word)
        at += 1
    return out


#: Emoji people type for words: "🍬 bad for 🦠?", "🩺 before probiotics?", "🩸 in my poo".
EMOJI_WORDS = {
    "🦠": "microbes",
    "💊": "pills",
    "💧": "water",
    "🚰": "water",
    "🩺": "doctor",
    "⚕": "doctor",
    "👶": "baby",
    "🍼": "baby",
    "🧒": "child",
    "👦": "child",
    "👧": "child",
    "🧘": "yoga",
    "🩸": "blood",
    "🧄": "garlic",
    "🧅": "onions",
    "🍌": "bananas",
    "🔬": "research",
    "🧪": "research",
    # laughing: "i'm dead 💀" is "i'm dead lol" (no death, no distress)
    **dict.fromkeys("💀😂🤣😹", "lol"),
    "❓": "?",
    "❔": "?",
    **dict.fromkeys("🍬🍭🍫🍩🍰🧁🍪🎂", "sweets"),
    **dict.fromkeys("🍟🍔🍕🌭", "junk food"),
    **dict.fromkeys("🍺🍷🍸🥂🍻", "alcohol"),
    **dict.fromkeys("↔⇔⟷", "linked to"),
}
EMOJI = str.maketrans({emoji: f" {word} " for emoji, word in EMOJI_WORDS.items()})
#: A two-way arrow typed in plain text links the things on each side: "gut <-> skin".
TWO_WAY_ARROW = re.compile(r"<-+>|<=+>")


def fold(text: str) -> str:
    """Lower-case, strip accents, "'s" and apostrophes; keep other punctuation as spaces;
    read emoji that stand for words (EMOJI_WORDS), and a two-way arrow as a link.

    "my gp's ok" -> "my gp ok", "don't" -> "dont", "I'll" -> "i will" (not "ill"), "🍬 bad
    for 🦠?" -> " sweets  bad for bacteria ?".
    """
    if "<" in text:
        text = TWO_WAY_ARROW.sub(" linked to ", text)
    if text.isascii():
        text = text.lower()
        if "'" in text or "`" in text:
            text = POSSESSIVE.sub("", I_WILL.sub("i will", text)).translate(APOSTROPHES)
        return text
    text = unicodedata.normalize("NFKD", text.translate(EMOJI))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(PLAIN_LETTERS)
    return POSSESSIVE.sub("", I_WILL.sub("i will", text)).translate(APOSTROPHES)


def words(text: str) -> list[str]:
    """The folded words of a text, punctuation removed."""
    return list(_words(text))


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(fold(text)))


#: A question reported from whoever asked it: "the residents ask if ...", "customers keep
#: asking me which ...", "my clients ask whether ...". Who asks, and the asking, are filler:
#: the question is what follows. (Not "should i ask my doctor if ...", which asks about asking
#: a doctor, nor "ask my gp whether ...": someone is asked, not reported; nor "mind me asking".)
ASKING = frozenset("ask asks asked asking".split())
ASKED_US = frozenset("me us".split())
REPORTED = frozenset("about how if what whether which why".split())
ASKING_OFTEN = frozenset("all always constantly keep keeps kept often sometimes".split())
NOT_REPORTING = frozenset(
    """
    also and but can could did do does dont her him i just let lets me never not or should so
    them then to u us we will would you
    """.split()
)


def reported_at(split: list[str]) -> tuple[int, int] | None:
    """Where a reported question's frame starts and ends in a text's words ("the residents
    ask if ..." -> (1, 3), from "residents" up to "if"), or None where none is."""
    for at, word in enumerate(split):
        if word not in ASKING:
            continue
        after = at + 1 + bool(ASKED_US.intersection(split[at + 1 : at + 2]))
        before = at - 1
        while before >= 0 and split[before] in ASKING_OFTEN:
            before -= 1
        # ("not that, i asked if my son can take probiotics": a question of one's own put again)
        own = split[before : before + 1] == ["i"] and word == "asked"
        if (
            before >= 0
            and (split[before] not in NOT_REPORTING or own)
            and REPORTED.intersection(split[after : after + 1])
        ):
            return before, after
    return None


def reports_question(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read who asks a reported question, and the asking, as filler (in ``infos``, in place):
    "the residents ask if water helps the skin" asks whether water helps the skin."""
    frame = reported_at(split)
    if frame:
        for number in range(*frame):
            infos[number] = as_filler(split[number])


#: People named by what they suffer from: "eczema sufferers", "sufferers of leaky gut".
SUFFERERS = frozenset({"sufferers"})


#: To suffer, not from something: to be harmed ("would my gut health suffer").
SUFFERS = frozenset("suffer suffers suffered".split())


def people_suffering(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "sufferers" as filler (in ``infos``, in place): "are eczema sufferers more likely to
    have a leaky gut" asks of people with eczema, as "people" would. Only the plural: "as a
    lifelong eczema sufferer, ..." tells what the writer has. A verb "suffer" with nothing it
    is from or with is to be harmed: "if my gut is unhealthy, does my immune system suffer"
    (a synonym would read "sufferer" so too: synonyms match by stem)."""
    for at, word in enumerate(split):
        if word in SUFFERERS:
            infos[at] = as_filler(word)
        elif word in SUFFERS and split[at + 1 : at + 2] not in (["from"], ["with"]):
            infos[at] = WORSENS  # (harmed)


#: "the gut controls the skin", "does ur gut control ur immune system": to sway, as "affect"
#: does; the FAQ knows no "control", and "how do i control my eczema" asks what helps.
CONTROLS = frozenset("control controls controlled controlling".split())
CONTROLLERS = frozenset("gut guts microbiome tummy stomach bacteria flora".split())
CONTROLLED = frozenset("skin immune immunity eczema".split())
AFFECTS = ("affect", "affect", False)
#: How far apart the gut, the verb and the skin may stand ("my gut actually controls my skin").
CONTROL_REACH = 3


def gut_controls(split: list[str], infos: list[tuple[str, str, bool]]) -> None:
    """Read "control" between the gut and the skin or immune system as "affect" (in
    ``infos``, in place): "since the gut controls the skin, how does that work" asks how the
    gut affects the skin; "is the skin controlled by the gut" too. Not "control my eczema"."""
    for at, word in enumerate(split):
        if word not in CONTROLS:
            continue
        before = set(split[max(0, at - CONTROL_REACH) : at])
        after = set(split[at + 1 : at + 1 + CONTROL_REACH])
        if (CONTROLLERS & before and CONTROLLED & after) or (
            CONTROLLED & before and CONTROLLERS & after
        ):
            infos[at] = AFFECTS


#: How a question's words read in context, in order, each when the question holds one of its words:
#: "do" as the main verb, "does it work", "make it better", "how much does ...", a relative "which",
#: separable verbs, "put ... on my skin", what bacteria eat, a remedy that harms, getting someone to
#: eat a thing, where to get a treatment, a "when" that opens a question, a question reported from
#: whoever asked it, "sufferers" as people, the gut controlling the skin, the evidence rated, a
#: habit of eating weighed, what happens after an "if", a gut that is leaky or out of balance,
#: knowing if one has a leaky gut, a condition given to someone, where a condition is got from or
#: what it could be from, why it appears, what someone else makes, caring for someone, something
#: washed out, eczema fed, probiotics attacking, which ones, what makes a thing come back, doing
#: something good, a cause guessed, what difference a thing makes, buying told as when, what sets
#: two things apart, a comparison with what people think.
WORD_READINGS: tuple[
    tuple[frozenset[str], Callable[[list[str], list[tuple[str, str, bool]]], None]], ...
] = (
    (DO_WORDS | {"doing"}, main_verb_do),
    (WORKS, asks_if_it_works),
    (MAKES | {"so"}, makes_better),
    (frozenset({"much"}), asks_how_far),
    (frozenset({"which"}), relative_which),
    (SEPARABLE_CAUSES, sets_off),
    (SORTS, sorts_out),
    (KEEPS, keeps_well),
    (BASED, praised_as_based),
    (PUTS, put_on_skin),
    (frozenset({"eat"}), eaten_by_bacteria),
    (EATS, probiotics_eaten),
    (REMEDIES, remedy_harms),
    (GETS, gets_someone_to),
    (WHERE_GOT, where_to_get),
    (frozenset({"when"}), asks_when),
    (ASKING, reports_question),
    (SUFFERERS | SUFFERS, people_suffering),
    (CONTROLS, gut_controls),
    (RATINGS, rated_evidence),
    (EVERY, habit_told),
    (HAPPENS, happens_after_if),
    (LEAKY | {"out"}, gut_is_leaky),
    (KNOWING, knows_if_leaky),
    (GIVES, gives_condition),
    (frozenset({"from", "be"}), got_from),
    (APPEARS, why_it_appears),
    (MAKES_FOOD | MAKES_INTO, someone_makes),
    (frozenset(CARES), cares_for_someone),
    (WASHES, washes_out),
    (FEEDS, feeds_harm),
    (ATTACKS, probiotics_attack),
    (ONES, which_ones),
    (BACK, causes_return),
    (GOOD, does_good),
    (BECAUSE, guessed_cause),
    (frozenset({"difference"}), difference_made),
    (BUY_WORDS, buying_told),
    (SETS, sets_apart),
    (frozenset({"than"}), than_thought),
)
#: Any word one of the readings above looks for (most texts have none: one test for them all).
READING_TRIGGERS = frozenset().union(*(triggers for triggers, _ in WORD_READINGS))


class Normalized(NamedTuple):
    """A text after normalisation: its content tokens and the synonyms that were applied."""

    tokens: tuple[str, ...]
    synonyms: tuple[tuple[str, str], ...] = ()  # (phrase as typed, canonical token)
    reading: str = ""  # how the question was read, when not word for word (for --explain)
    story: frozenset[str] = frozenset()  # words of the sentences told around the question
    addressed: bool = True  # whether it speaks to the bot ("are you ...", "is this ...")

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def max_typos(word: str) -> int:
    """How many typos (edits, a swap counting as one) a word may carry and still be recognised.

    Short words are left alone: one edit turns "leak" into "lead" and "feel" into "feed".
    """
    if len(word) < 5 or word.isdigit():
        return 0
    return 1 if len(word) < 8 else 2


#: Neighbouring keys on a QWERTY keyboard: "prebiotivs" slipped from "c" to "v".
KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOUR_KEYS = {
    (a, b)
    for upper, lower in pairwise(KEY_ROWS)
    for i, a in enumerate(upper)
    for b in lower[max(0, i - 1) : i + 2]
} | {(row[i], row[i + 1]) for row in KEY_ROWS for i in range(len(row) - 1)}
NEIGHBOUR_KEYS |= {(b, a) for a, b in NEIGHBOUR_KEYS}
#: Only the keys: a slip of the finger, not of the ear ("hsppens" is "happens").
KEYBOARD_NEIGHBOURS = frozenset(NEIGHBOUR_KEYS)
#: Letters that sound alike, so one is written for the other: "egzema", "probiotiks".
SOUND_ALIKE = {tuple(pair) for pair in "ck cs cg kg gj sz xz fv dt bp mn".split()}
NEIGHBOUR_KEYS |= SOUND_ALIKE
NEIGHBOUR_KEYS |= {(b, a) for a, b in NEIGHBOUR_KEYS}
VOWELS = frozenset("aeiouy")


def plausible_slip(typed: str, meant: str) -> bool:
    """Whether a one-letter substitution could be a slip: a neighbouring key, letters that
    sound alike, or one vowel for another ("probiatics"). "prevent" is not "present": v and s
    are far apart and sound nothing alike."""
    if len(typed) != len(meant):
        return True
    differ = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    if len(differ) != 1:
        return True
    a, b = differ[0]
    return slipped(a, b)


def slipped(a: str, b: str) -> bool:
    """Whether one letter typed for another is a slip: a neighbouring key, letters that sound
    alike, or one vowel for another."""
    return (a, b) in NEIGHBOUR_KEYS or (a in VOWELS and b in VOWELS)


def slipped_only(typed: str, meant: str) -> bool:
    """Whether a word can be typed for another by slips alone: in the fewest edits (a swap of
    neighbours counting as one) that turn one into the other, no letter typed for another
    that is no slip of it (see slipped). "failed" is "fainted" only by an "l" for an "n",
    "coding" is "choking" only by a "d" for a "k": real words, not slips; "brethe" is
    "breathe" by a letter left out alone."""
    return not implausible_letters(typed, meant)


def implausible_letters(typed: str, meant: str) -> int:
    """How few letters typed for others that are no slip of them (see slipped) the fewest
    edits that turn one word into the other need."""
    rows, cols = len(typed) + 1, len(meant) + 1
    # (edits, letters typed for others that are no slip) for each pair of beginnings
    cost = [[(0, 0)] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            if i == 0 or j == 0:
                cost[i][j] = (i + j, 0)
                continue
            a, b = typed[i - 1], meant[j - 1]
            edits, odd = cost[i - 1][j - 1]
            best = (edits, odd) if a == b else (edits + 1, odd + (not slipped(a, b)))
            best = min(best, (cost[i - 1][j][0] + 1, cost[i - 1][j][1]))
            best = min(best, (cost[i][j - 1][0] + 1, cost[i][j - 1][1]))
            if i > 1 and j > 1 and a == meant[j - 2] and typed[i - 2] == b:
                best = min(best, (cost[i - 2][j - 2][0] + 1, cost[i - 2][j - 2][1]))
            cost[i][j] = best
    return cost[-1][-1][1]


def everyday_slip(word: str) -> str | None:
    """The stop word or everyday word a word not in the FAQ slipped from, or None.

    A long word one edit from a stop word is that word ("meening"), but for its first letter
    ("shaving" is not "having": a slip seldom adds, drops or changes the first). Any word of
    four letters or more is the everyday word of five or more it has two letters swapped in,
    or one letter dropped from ("sould", "pople", "reaosn", "probelm"). Not other slips:
    "butter" is not "better", "weight" not "eight", "dairy" not "daily".
    """
    if len(word) >= MIN_EVERYDAY_TYPO:
        near = process.extractOne(
            word,
            STOP_WORDS_BY_LENGTH.get(len(word), ()),
            scorer=OSA.distance,
            processor=None,
            score_cutoff=1,
        )
        if near is not None and near[0][0] == word[0]:
            return near[0]
    if len(word) < 4:
        return None
    for meant, _, _ in process.extract(
        word,
        EVERYDAY_TYPOS_BY_LENGTH.get(len(word), ()),
        scorer=OSA.distance,
        processor=None,
        score_cutoff=1,
        limit=8,
    ):
        if swapped_or_dropped(word, meant) or key_beside(word, meant):
            return meant
    return None


#: How long an everyday word must be to be read through a key typed beside one of its
#: letters: in shorter words such a slip makes another word too often.
MIN_KEY_SLIP = 6


def key_beside(typed: str, meant: str) -> bool:
    """Whether ``typed`` is ``meant``, a word of MIN_KEY_SLIP letters or more, with one
    letter after the first typed as a key beside it ("hsppens", "mattdr"): not a letter of
    like sound or another vowel ("butter" is not "better")."""
    if len(typed) != len(meant) or len(meant) < MIN_KEY_SLIP:
        return False
    differ = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    return (
        len(differ) == 1
        and differ[0] > 0
        and (typed[differ[0]], meant[differ[0]]) in (KEYBOARD_NEIGHBOURS)
    )


def one_slip(typed: str, meant: str) -> bool:
    """Whether ``typed`` is ``meant`` with one slip: one edit (a swap counting as one) that
    keeps the first letter, or swaps the first two, and could be a slip (see plausible_slip).
    """
    return (
        abs(len(typed) - len(meant)) <= 1
        and (meant[0] == typed[0] or meant[:2] == typed[1::-1])
        and OSA.distance(typed, meant) == 1
        and plausible_slip(typed, meant)
    )


def swapped_or_dropped(typed: str, meant: str) -> bool:
    """Whether ``typed`` is ``meant`` with two neighbouring letters swapped or one dropped."""
    if len(typed) == len(meant):
        differ = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
        return (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and typed[differ[0]] == meant[differ[1]]
            and typed[differ[1]] == meant[differ[0]]
        )
    return len(typed) + 1 == len(meant) and any(
        meant[:i] + meant[i + 1 :] == typed for i in range(len(meant))
    )


def common_prefix(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


#: Words saying whose thing it is, which a synonym phrase may have any of after a preposition.
PHRASE_OWNERS = ("the", "my", "your", "our", "his", "her", "their")
OWNER_PREPOSITIONS = ("in", "on", "of", "from", "to", "with", "into", "inside", "within")


#: How a clause that takes back what came before it starts (or, for the last two, ends):
#: "what are prebiotics, sorry i mean probiotics", "is leaky gut real? actually scratch that,
#: what causes eczema", "what is leaky skin, typo, leaky gut", "which foods have prebiotics,
#: sorry probiotics i mean", "can probiotics help eczema, well acne actually".
CORRECTION_STARTS = tuple(
    marker.split()
    for marker in (
        "actually forget that|actually scratch that|correction|forget that|i mean|i meant|no sorry"
        "|no wait|oops|or actually|or rather|scratch that|sorry i mean|sorry i meant|sorry no"
        "|typo|wait no"
    ).split("|")
)
CORRECTION_ENDS = (["i", "mean"], ["i", "meant"], ["actually"])
#: Words by which a question after a correction points back at it: "no wait, prebiotics, what
#: are they".
CORRECTION_POINTERS = frozenset("it its that them these they this those".split())
#: How a phrase that says when, where or for what starts ("in pregnancy, ...", "after surgery,
#: ..."): part of what a question asks (see Matcher._circumstance), and what a correction adds
#: rather than puts in place of words ("should I see a doctor before probiotics, in general I
#: mean").
CIRCUMSTANCES = frozenset("after at before during for in on while with without".split())
#: Every word a correction may be marked with.
CORRECTION_VOCABULARY = frozenset(
    w for marker in (*CORRECTION_STARTS, *CORRECTION_ENDS) for w in marker
) - {"i", "no", "or", "that"}
#: The marker that may say more rather than take anything back ("..., i mean his eczema").
WEAK_MARKER = ["i", "mean"]
#: Words that only mark a correction, in a clause of their own: "..., sorry, dybsiosis i mean".
MARKER_WORDS = frozenset("actually no oops sorry typo wait well".split())
#: Where a message breaks into clauses for reading corrections.
CORRECTION_BREAK = re.compile(r"(?<=[,;:?!.])\s*|\s+[-\u2013\u2014]+\s+")
#: A word fixed with an asterisk after it was mistyped: "what are probitoics *probiotics".
ASTERISK_FIX = re.compile(r"(?:(?<=\s)|^)\*([a-z]+)\b|\b([a-z]+)\*(?=\s|$)", re.IGNORECASE)
#: How many words a correction that stands in for words before it may have.
CORRECTION_WORDS = 4


#: A sign-off that closes a message, and after it the name (with any title) of whoever wrote
#: it: "Kind regards, Sam", "Many thanks in advance, Dr Patel", "cheers tom", "ty op".
SIGNED_OFF = re.compile(
    r"(?:^|[.,!?;:\n]\s*)(?:(?:kind|best|warm|warmest|many)\s+regards|regards"
    r"|(?:many\s+)?thanks(?:\s+(?:so\s+much|again|in\s+advance))?"
    r"|thank\s+you(?:\s+(?:so\s+much|again|in\s+advance))?|ty|thx|cheers|best\s+wishes"
    r"|all\s+the\s+best|best|yours\s+(?:sincerely|faithfully|truly)|sincerely|love|take\s+care)"
    r"[\s,.!-]+(?:from\s+)?(?P<name>[a-z][a-z.\s'-]{0,30}?)[\s.!]*$",
    re.IGNORECASE,
)
#: Titles before a name, and the name forums give whoever asked ("ty op").
NAME_TITLES = frozenset("dr doc mr mrs ms miss mx prof nurse op".split())
MAX_NAME_WORDS = 3


class Normalizer:
    """Turns text into content tokens; built once from the FAQ's synonyms and phrasings."""

    def __init__(
        self,
        synonyms: Iterable[Synonym] = (),
        known_texts: Iterable[str] = (),
        filler: Iterable[str] = (),
    ):
        synonyms = tuple(synonyms)
        self._stemmer = Stemmer.Stemmer("english")
        self._stem_cache: dict[str, str] = {}
        self._fix_cache: dict[str, str] = {}
        self._call_cache: dict[str, Normalized] = {}
        self._words: dict[str, tuple[str, str, bool]] = {}
        self._joined: dict[str, tuple[str, str]] = {}  # "leakygut" -> ("leaky", "gut")
        self._rejoined_misses: set[str] = set()  # "um what": parts that make no FAQ word
        # The FAQ's own texts are split once here; their first normalisation (the matcher's,
        # at load) takes the split from this cache and empties it.
        # (not through words(): its store of recent texts is no use for thousands read once)
        self._split: dict[str, list[str]] = {t: WORD_RE.findall(fold(t)) for t in known_texts}
        self._uses = Counter(chain.from_iterable(self._split.values()))  # word -> FAQ uses
        phrases = (p for s in synonyms for p in (s.term, *s.same))
        self._faq_words: frozenset[str] = frozenset().union(*self._split.values())
        self.known_words: frozenset[str] = self._faq_words.union(*map(words, phrases))
        self._known_stems = frozenset(self._stemmer.stemWords(list(self.known_words)))
        # Chat words of the admin's own (the small-talk phrases, "hiya", "cheers") are filler
        # around a question, unless the FAQ uses them.
        self._filler = frozenset(filler) - self.known_words
        # Typos are read as topic words only: one edit turns "dairy" into "daily".
        self._known_list = sorted(self.known_words - STOP_WORDS - GENERIC_WORDS - INCIDENTAL_WORDS)
        # The FAQ's texts and the synonyms' phrases: the words beside a short word's slip are
        # looked up in them (see _beside).
        self._texts = list(self._split.values())
        self._phrases_said = [p for s in synonyms for p in s.same]
        # Typos -> (first letter, length) -> the FAQ words with that first letter a typo that
        # many edits away may be (max_typos is at most 2): a word of one typo is never two
        # letters longer or shorter. A typo seldom changes the first letter, and when it does,
        # it is one edit there, found through _by_tail (see _typo_candidates).
        self._known_by_start: dict[int, dict[tuple[str, int], list[str]]] = {1: {}, 2: {}}
        for first, group in groupby(self._known_list, key=itemgetter(0)):
            group_list = list(group)
            for typos, index in self._known_by_start.items():
                for length, found in by_length(group_list, typos).items():
                    if found:
                        index[first, length] = found
        # A word less its first letter -> the FAQ words so: "robiotics" -> ["probiotics"].
        self._by_tail: dict[str, list[str]] = defaultdict(list)
        for word in self._known_list:
            self._by_tail[word[1:]].append(word)
        self._by_tail = dict(self._by_tail)
        self._known_set = frozenset(self._known_list)
        # First and last letters -> the lengths of the FAQ words with them (for rejoin).
        self._lengths_by_ends: dict[tuple[str, str], set[int]] = {}
        for word in self._known_list:
            if len(word) >= MIN_REJOINED - 2:
                self._lengths_by_ends.setdefault((word[0], word[-1]), set()).add(len(word))
        # Inflections of stop words are stop words too ("wondering", "asked", "hearing").
        self._stop_stems = frozenset(self._stemmer.stemWord(w) for w in STOP_WORDS if len(w) > 3)
        # Stemmed phrase (tuple of stems) -> canonical token. Longest phrases are tried first.
        self._phrases: dict[tuple[str, ...], str] = {}
        # Phrases of two families that read the same once stemmed ("effective" and "effects"):
        # the first family wins, silently, so faqbot check reports them.
        self.clashes: list[tuple[str, str, str]] = []  # (phrase, its term, the term it reads as)
        # One-word phrases that fold to a word with no topic ("wellness" -> "well", "canned"
        # -> "can"): every question with that word would mean the term, so check reports them.
        self.stop_clashes: list[tuple[str, str, str]] = []  # (phrase, its term, the stop word)
        # One-word phrases that text-speak reads as another word ("acha" as "good"): every
        # question with that word would mean the term, so check reports them too.
        self.speak_clashes: list[tuple[str, str, str]] = []  # (phrase, its term, the word)
        stop_stems = {self.stem(w): w for w in sorted(STOP_WORDS)}
        for synonym in synonyms:
            canonical = "_".join(words(synonym.term))
            for phrase in (synonym.term, *synonym.same):
                # text-speak in a phrase reads as the word, as in a question ("who r u")
                stems = tuple(self.stem(TEXT_SPEAK.get(w, w)) for w in words(phrase))
                single = words(phrase)
                if (
                    len(stems) == 1
                    and canonical not in STOP_WORDS
                    and stems[0] in stop_stems
                    and single[0] not in STOP_WORDS
                ):
                    self.stop_clashes.append((phrase, synonym.term, stop_stems[stems[0]]))
                spoken_as = TEXT_SPEAK.get(single[0], "") if len(single) == 1 else ""
                if spoken_as and stems[0] not in {self.stem(w) for w in words(synonym.term)}:
                    self.speak_clashes.append((phrase, synonym.term, spoken_as))
                if stems:
                    first = self._phrases.setdefault(stems, canonical)
                    if first != canonical:
                        self.clashes.append((phrase, synonym.term, first.replace("_", " ")))
        # "bacteria in the gut" is "bacteria in your gut" and "in his gut": after a
        # preposition, whose thing it is does not change the phrase (filler aside).
        owners = [self.stem(w) for w in PHRASE_OWNERS]
        after = {self.stem(w) for w in OWNER_PREPOSITIONS}
        for stems, canonical in list(self._phrases.items()):
            if canonical in STOP_WORDS:
                continue
            for at in range(1, len(stems)):
                # (but "on their own" is not "on my own")
                if stems[at] in owners and stems[at - 1] in after and stems[at + 1 :] != ("own",):
                    for owner in owners:
                        self._phrases.setdefault((*stems[:at], owner, *stems[at + 1 :]), canonical)
        # A term's phrase made of the term and a word of another term ("probiotic supplements")
        # reads the same when the term came in other words: "good bacteria capsules" ->
        # "probiotics supplement" -> "probiotics".
        self._pairs = {pair: t for pair, t in self._heads().items() if pair not in self._phrases}
        self._pair_seconds = frozenset(second for _, second in self._pairs)
        # The phrases as a tree of stems, each phrase's term under PHRASE_END where it ends
        # ("in": 155 phrases of up to 7 words, found in a step or two); the stems phrases
        # start with, and those of phrases read again on terms (not filler: see _substitute).
        self._tree: dict = {}
        for phrase, canonical in self._phrases.items():
            node = self._tree
            for stem in phrase:
                node = node.setdefault(stem, {})
            node[PHRASE_END] = canonical
        self._starts = frozenset(phrase[0] for phrase in self._phrases)
        self._later_starts = frozenset(
            phrase[0] for phrase, canonical in self._phrases.items() if canonical not in STOP_WORDS
        )
        # A term read again is looked up as its word would be where it ends a phrase: "too many
        # friendly bacteria" -> "too many probiotics" (stems "too", "mani", "probiot") -> a
        # dose. (Never where one starts: see _substitute.)
        self._term_stems = {
            term: self.stem(term)
            for term in set(self._phrases.values())
            if term.isalpha() and self.stem(term) != term
        }
        # the words of the phrases as written: an adverb in one is not filler there
        self._phrase_words = frozenset(w for s in synonyms for p in s.same for w in words(p))

    def _heads(self) -> dict[tuple[str, str], str]:
        """(term, another term) -> term, for each phrase that is the term followed by another."""
        heads = {}
        for stems, canonical in self._phrases.items():
            for cut in range(1, len(stems)):
                before = self._phrases.get(stems[:cut])
                after = self._phrases.get(stems[cut:])
                if after and before == canonical != after and canonical not in STOP_WORDS:
                    heads[canonical, after] = canonical
        return heads

    @property
    def terms(self) -> frozenset[str]:
        """The canonical tokens of the synonyms ("leaky_gut", "probiotics")."""
        return frozenset(self._phrases.values())

    def stem(self, word: str) -> str:
        cached = self._stem_cache.get(word)
        if cached is None:
            cached = OWN_STEMS.get(word) or self._stemmer.stemWord(word)
            if len(self._stem_cache) < 100_000:
                self._stem_cache[word] = cached
        return cached

    def is_stop_word(self, word: str) -> bool:
        if word in STOP_WORDS or word in self._filler:
            return True
        # (A word only a synonym phrase uses is still filler on its own: "number needed to
        # treat" must not make "is a cream needed" ask about needing.)
        if word in self._faq_words or len(word) <= 4:
            return False
        if word.endswith("ly") and word not in NOT_ADVERBS:
            return True
        # "wondering", "asked": an inflection of a stop word; not "personality" ("person")
        stem = self.stem(word)
        return stem in self._stop_stems and word.removeprefix(stem) in INFLECTIONS

    def fix_typo(self, word: str) -> str:
        """The FAQ word a user most likely meant, or the word itself."""
        if word in TEXT_SPEAK:  # "r probiotics gud 4 eczema"
            return TEXT_SPEAK[word]
        if (
            word in self.known_words
            or word in EVERYDAY_WORDS
            or word in AS_TYPED
            or self.is_stop_word(word)
        ):
            return word  # an everyday word is itself, not a typo: "making" is not "baking"
        if word.isdigit():
            return word  # a number is no typo: "i'm 88" is not "i'm 8"
        for at in range(len(word) - 1):  # a key pressed twice: "leaky gutt", "probioticss"
            if word[at] == word[at + 1] and word[:at] + word[at + 1 :] in self.known_words:
                return word[:at] + word[at + 1 :]
        if self.stem(word) in self._known_stems:
            return word  # another form of an FAQ word: "talking" is not "taking"
        fixed = self._fix_cache.get(word)
        if fixed is None:
            fixed = word
            typos = max_typos(word)
            if typos:
                close = process.extract(
                    word,
                    self._typo_candidates(word, typos),
                    scorer=OSA.distance,
                    processor=None,
                    score_cutoff=typos,
                    limit=8,
                )
                # Two typos in one word are a slip and a swap, not two dropped letters:
                # "president" is not "present".
                close = [c for c in close if c[1] < 2 or abs(len(c[0]) - len(word)) < 2]
                close = [c for c in close if plausible_slip(word, c[0])]
                # Two slips and the first letter among them is another word: "debating" is not
                # "heating" (but "rpobiotics", its first two letters swapped, is "probiotics").
                close = [
                    c for c in close if c[1] < 2 or c[0][0] == word[0] or c[0][:2] == word[1::-1]
                ]
                if close:
                    # Fewest edits first; among equals, the word that starts like the typo,
                    # then the word the FAQ uses most ("prbiotics" is probiotics).
                    fixed = min(
                        close,
                        key=lambda c: (
                            c[1],
                            -common_prefix(word, c[0]),
                            -self._uses.get(c[0], 0),
                            c[0],
                        ),
                    )[0]
                    # A word only the synonyms' phrases know gives way to an everyday word
                    # the typo is as near: "beter" is "better", not "beer".
                    if fixed not in self._faq_words:
                        fixed = everyday_slip(word) or fixed
                    if self._short_filler(fixed):
                        fixed = word  # "banya is good for eczema" is no "bana" (filler)
                else:
                    fixed = everyday_slip(word) or word
            elif len(word) == SWAPPED_LENGTH:
                fixed = self._swapped(word) or word
            if len(self._fix_cache) < 100_000:
                self._fix_cache[word] = fixed
        return fixed

    def _short_filler(self, word: str) -> bool:
        """Whether a word is a short one only the synonyms know, read as filler ("bana",
        "lah", "yaar"): no typo is read as one, as a word nobody knows may be what is asked
        about ("banya is good for eczema?"), and reads as nothing if it were filler."""
        if len(word) > MAX_FILLER_SLIP or word in self._faq_words or word in EVERYDAY_WORDS:
            return False
        term = self._tree.get(self.stem(word), {}).get(PHRASE_END)
        return term is not None and term in STOP_WORDS

    def _typo_candidates(self, word: str, typos: int) -> list[str]:
        """The FAQ words a word of ``typos`` edits may be a typo of, as fix_typo reads them:
        those of about its length with its first letter, or its first two letters swapped
        ("rpobiotics"); and those one edit from it at the first letter ("brobiotics",
        "robiotics", "aprobiotics"). Searching those alone is many times faster than all."""
        index = self._known_by_start[typos]
        found = index.get((word[0], len(word)), [])
        if word[1] != word[0]:
            found = found + [w for w in index.get((word[1], len(word)), ()) if w[1] == word[0]]
        front = self._by_tail.get(word[1:], []) + self._by_tail.get(word, [])
        if word[1:] in self._known_set:
            front.append(word[1:])
        return found + front if front else found

    def _swapped(self, word: str) -> str | None:
        """The one word the FAQ or the word lists know that a short word is with two
        neighbouring letters swapped back ("hlep" -> "help", "wrok" -> "work"), or None. A
        short word is fixed no other way: one letter changed turns "leak" into "lead"."""
        found = {
            swapped
            for at in range(len(word) - 1)
            if (swapped := word[:at] + word[at + 1] + word[at] + word[at + 2 :]) != word
            and (swapped in self.known_words or swapped in EVERYDAY_WORDS)
            and not self.is_stop_word(swapped)  # "form" is not "from"
        }
        return found.pop() if len(found) == 1 else None

    def _word(self, word: str) -> tuple[str, str, bool]:
        """A word as typed -> (the FAQ word meant, its stem, whether it is a stop word)."""
        info = self._words.get(word)
        if info is None:
            fixed = self.fix_typo(word)
            # two words run together are two words, not a typo of one two slips away:
            # "healthcause" is not "healthcare", but "attopic" is "atopic" (not "at topic"),
            # and "girlfriend" a word of its own, not "girl" + "friend"; nor is a stop word
            # two ("seemed" is no "see med")
            parts = (
                None
                if word in EVERYDAY_WORDS
                or word in TEXT_SPEAK
                or self.is_stop_word(word)
                or (fixed != word and OSA.distance(word, fixed) < 2)
                else self.unjoin(word)
            )
            if parts:
                fixed = word
            info = (fixed, self.stem(fixed), self.is_stop_word(fixed))
            if parts and len(self._joined) < 100_000:
                self._joined[word] = parts
            if len(self._words) < 200_000:
                self._words[word] = info
        return info

    def corrections(self, text: str) -> list[tuple[str, str]]:
        """The words of a text read as other words: typos, words run together and words split
        apart ("explain")."""
        fixed: list[tuple[str, str]] = []
        for word in dict.fromkeys(self._read_words(text, fixed)):
            meant = self._word(word)[0]
            if word in self._joined:
                fixed.append((word, " ".join(self._joined[word])))
            elif meant != word:
                fixed.append((word, meant))
        return fixed

    def unjoin(self, word: str) -> tuple[str, str] | None:
        """Two FAQ words typed without the space between them ("leakygut"), a stop word and a
        word ("areprobiotics", "beforetaking") or two stop words ("isthis"), or None."""
        if (
            len(word) < 3
            or word in self.known_words
            or word in LITTLE_COMPOUNDS
            or word in AS_TYPED
        ):
            return None
        # (text-speak run into a word is rarer than the prefix it spells: "disorder" is no
        # "dis order", "discharge" no "dis charge")
        for cut in range(len(word) - 3, 2, -1):  # the longest first part first
            head, tail = word[:cut], word[cut:]
            if head in TEXT_SPEAK or tail in TEXT_SPEAK:
                continue
            known = head in self.known_words and tail in self.known_words
            if known and not (self.is_stop_word(head) or self.is_stop_word(tail)):
                return head, tail
        if self.stem(word) in self._known_stems:  # a form of an FAQ word: "befor" is before
            return None
        for cut in range(len(word) - 3, 2, -1):  # an FAQ word and a word: "probioticsmeaning"
            head, tail = word[:cut], word[cut:]
            if head in TEXT_SPEAK or tail in TEXT_SPEAK:
                continue
            if (
                self._is_whole_word(head)
                and self._is_whole_word(tail)
                and any(p in self._faq_words and not self.is_stop_word(p) for p in (head, tail))
            ):
                return head, tail  # (not "bitten" as "bit ten")
        return run_together(word, self._is_whole_word)

    def corrected(self, text: str) -> str:
        """A message as its writer corrected it, or the message itself.

        A word fixed with an asterisk replaces the earlier word it is nearest ("what are
        probitoics *probiotics"). After the last clause that takes back what came before it
        ("sorry i mean", "no wait", "oops", "or rather", "scratch that", "..., probiotics i
        mean"), a question is what is asked ("is leaky gut real? actually scratch that, what
        causes eczema"); a few words stand in for the end of the clause before, from the word
        they start with if it is there ("what is the gut brain axis, oops, gut skin axis"),
        else for as many words ("does sugar affect the gut, i meant my teeth"). A correction
        with no words of the FAQ's kind in it ("..., i mean really") changes nothing.
        """
        if "*" not in text and CORRECTION_VOCABULARY.isdisjoint(words(text)):
            return text  # (most messages: no word that marks a correction)
        text = self._asterisk_fixed(text)
        clauses = [c for c in CORRECTION_BREAK.split(text) if words(c)]
        for at in range(len(clauses) - 1, 0, -1):
            split = words(clauses[at])
            rest = self._without_marker(split)
            if rest is None:
                continue
            after = [words(c) for c in clauses[at + 1 :]]
            if not rest:
                if not after:  # "..., or rather the gut, i mean": the clause before says it
                    continue
                # "no sorry, to eczema": the correction is the next clause
                rest, after = self._without_marker(after[0]) or after[0], after[1:]
            if rest[0] in QUESTION_OPENERS:  # "scratch that, what causes eczema"
                return " ".join(w for c in [rest, *after] for w in c)
            # the clause it corrects, past clauses that only mark it ("..., sorry, x i mean")
            back = at - 1
            while back and MARKER_WORDS.issuperset(words(clauses[back])):
                back -= 1
            before = words(clauses[back])
            asking = [c for c in after if c[0] in QUESTION_OPENERS]
            # "does water help the gut, i mean alcohol, does alcohol hurt the gut": a new
            # question, unless it points back at the correction ("no wait, prebiotics, what
            # are they")
            if (
                asking
                and before[0] in QUESTION_OPENERS
                and set(rest).isdisjoint(before)
                and CORRECTION_POINTERS.isdisjoint(asking[0])
            ):
                return " ".join(w for c in after[after.index(asking[0]) :] for w in c)
            if len(rest) > CORRECTION_WORDS or not self(" ".join(rest)).tokens:
                return text
            start = max((i for i, w in enumerate(before) if w == rest[0]), default=None)
            if start is None and rest[0] in CIRCUMSTANCES:
                start = len(before)  # a phrase of its own adds to it: "..., in general i mean"
            elif start is None:
                # A bare "i mean" before words of their own says more, unless it is one word
                # ("what are prebiotics, i mean probiotics"): "can probiotics help my son, i
                # mean his eczema", "is sugar bad for the gut, i mean really bad".
                if len(rest) > 1 and WEAK_MARKER in (split[:2], split[-2:]) and split[0] != "sorry":
                    return text
                start = len(before) - len(rest)
            earlier = [words(c) for c in clauses[:back]]
            fixed = [*earlier, before[:start] + rest, *after]
            return " ".join(w for c in fixed for w in c)
        return text

    @staticmethod
    def _without_marker(split: list[str]) -> list[str] | None:
        """The words of a clause without the words that mark it a correction, or None when
        it is none: "sorry i mean probiotics" -> ["probiotics"]; "probiotics i mean" too."""
        for marker in CORRECTION_STARTS:
            if split[: len(marker)] == marker:
                rest = split[len(marker) :]
                for end in CORRECTION_ENDS:  # "well, acne actually", "oops, x i mean"
                    if rest[-len(end) :] == end:
                        rest = rest[: -len(end)]
                return rest
        # ("well, acne actually", not "what is it actually")
        opened = split[:1] in (["sorry"], ["well"])
        if opened:
            split = split[1:]
        if not split or split[0] in QUESTION_OPENERS:
            return None
        for end in CORRECTION_ENDS if opened else CORRECTION_ENDS[:2]:
            if len(split) > len(end) and split[-len(end) :] == end:
                return split[: -len(end)]
        return None

    def _asterisk_fixed(self, text: str) -> str:
        """A message with a word fixed with an asterisk put in place of the earlier word it
        is nearest (two edits at most), and the fix taken out."""
        found = ASTERISK_FIX.search(text)  # (on the text itself: its offsets are sliced)
        if not found:
            return text
        fix = (found.group(1) or found.group(2)).lower()
        before = words(text[: found.start()])
        after = words(text[found.end() :])
        near = process.extractOne(fix, before, scorer=OSA.distance, processor=None, score_cutoff=2)
        if near is not None:
            before[near[2]] = fix
        return " ".join(before + after)

    def rejoin(self, split: list[str], record: list[tuple[str, str]] | None = None) -> list[str]:
        """Words a user (or dictation) split apart, joined again: "pro biotics", "dis bio sis",
        "lacto bacillus". Only where a part is no word the FAQ or the word lists know, and the
        parts together make an FAQ word, or a slip of one."""
        out: list[str] = []
        at = 0
        known = list(map(self._is_word, split))
        while at < len(split):
            if all(known[at : at + 3]):  # nothing to join here
                out.append(split[at])
                at += 1
                continue
            for size in (3, 2):
                parts = split[at : at + size]
                # A part that is a slip of an FAQ word stays apart: "to imunity" is not
                # "community".
                unknown = [w for w, k in zip(parts, known[at : at + size], strict=True) if not k]
                if len(parts) < size or not unknown or any(self._word(w)[0] != w for w in unknown):
                    continue
                joined = "".join(parts)
                # Only where an FAQ word starts and ends alike and is about as long: reading a typo
                # is costly, and most unknown words join with their neighbours into nothing.
                lengths = self._lengths_by_ends.get((joined[0], joined[-1]), ())
                if (
                    len(joined) >= MIN_REJOINED
                    and joined not in self._rejoined_misses
                    and any(abs(len(joined) - length) <= 2 for length in lengths)
                ):
                    fixed = joined if joined in self.known_words else self.fix_typo(joined)
                    # A stop word joined with an unknown word makes an FAQ word with one slip
                    # at most: "this news" is not "thinners".
                    if fixed != joined and any(map(self.is_stop_word, parts)):
                        fixed = fixed if OSA.distance(joined, fixed) < 2 else joined
                    if fixed in self.known_words and not self.is_stop_word(fixed):
                        if record is not None:
                            record.append((" ".join(parts), fixed))
                        out.append(fixed)
                        at += size
                        break
                    if len(self._rejoined_misses) < 100_000:
                        self._rejoined_misses.add(joined)
            else:
                out.append(split[at])
                at += 1
        return out

    def _is_whole_word(self, word: str) -> bool:
        """Whether a word is one of the FAQ's texts or the word lists as it stands: not only
        a form of one ("arely"), nor a chat word only the synonyms know ("ong")."""
        return (
            word in STOP_WORDS
            or word in EVERYDAY_WORDS
            or word in AS_TYPED
            or word in self._faq_words
            or (word in self.known_words and len(word) > 3)
        )

    def _is_word(self, word: str) -> bool:
        """Whether a word is one the FAQ, the synonyms or the word lists know."""
        return (
            word in self.known_words
            or word in STOP_WORDS
            or word in EVERYDAY_WORDS
            or word in AS_TYPED
            or word in TEXT_SPEAK
            or word.isdigit()
            or self.stem(word) in self._known_stems  # "treating", not "in treating"
        )

    def _read_words(self, text: str, record: list[tuple[str, str]] | None = None) -> list[str]:
        """The words of a question as they are read: swear words that only stress the next
        word dropped, a prefix that shares the next word's stem given it ("pre- and
        probiotics"), words split apart joined again (each join added to ``record``)."""
        split = words(text)
        if not INTENSIFIERS.isdisjoint(split):
            split = [w for w in split if w not in INTENSIFIERS]
        # (one search of the words joined, not one a word: the FAQ's answers are long)
        joined = " ".join(split)
        if HELD_LETTER.search(joined) or LAUGHING.search(joined):
            split = [self.unheld(w) for w in split if not LAUGHTER.fullmatch(w)]
        if not SHARED_PREFIXES.isdisjoint(split):
            split = with_shared_stems(split)
        if any(w[:1].isdigit() for w in split) or not DECADE_WORDS.keys().isdisjoint(split):
            split = with_ages_spelt_out(split)
        if not PLACEHOLDERS.isdisjoint(split):
            split = self._recalled(split, record)
        # (each reading only if the one before leaves a word unknown)
        if not all(map(self._is_word, split)):
            split = self.respaced(split, record)
            if not all(map(self._is_word, split)):
                split = self.rejoin(split, record)
                if not all(map(self._is_word, split)):
                    split = self._in_context(split, record)
        return split

    def _recalled(self, split: list[str], record: list[tuple[str, str]] | None) -> list[str]:
        """The words with the start of a word someone could not recall in full, and the word
        standing in for the rest, read as the one FAQ word that starts so ("dysbio something"
        -> "dysbiosis", "kim something" -> "kimchi"; of several, the one the FAQ uses most:
        "probi whatevers" -> "probiotics"). A start no FAQ word has is left as it is ("low fod
        something": a diet the articles never name). A word standing in after a whole word
        says nothing more: "atopic whatsit", "my steroid whatsit cream"."""
        out: list[str] = []
        for word in split:
            start = out[-1] if out else ""
            if word not in PLACEHOLDERS:
                out.append(word)
                continue
            if (
                len(start) < MIN_RECALLED
                or start in self._faq_words
                or start in EVERYDAY_WORDS
                or self.is_stop_word(start)
            ):
                if word not in VAGUE_PLACEHOLDERS or not start or self.is_stop_word(start):
                    out.append(word)
                continue
            meant = [w for w in self._known_list if w.startswith(start) and w != start]
            if not meant:
                out.append(word)
                continue
            out[-1] = max(meant, key=lambda w: (self._uses.get(w, 0), -len(w)))
            if record is not None:
                record.append((f"{start} {word}", out[-1]))
        return out

    def with_openers_spelt(self, text: str) -> str:
        """``text`` with the word that opens it, or a sentence or clause of it, read as the
        question word it is one slip from when it is no word of its own ("wha is dysbiosis",
        "hwat does that mean", "whqt is gut flora", "Cam probiotics help?"): the question
        word gives a question its shape. Only where one question word is that near."""
        return OPENING_WORD.sub(self._spelt_opener, text)

    def _spelt_opener(self, match: re.Match[str]) -> str:
        word, after = match.group(2), match.group(3).lower()
        folded = word.lower()
        if len(folded) < 3 or self._is_word(folded) or folded in TEXT_SPEAK:
            return match.group(0)
        if after and not self._is_word(after):
            return match.group(0)  # a letter across the space, maybe: "wha tis"
        near = sorted((-common_prefix(folded, q), q) for q in SPELT_OPENERS if one_slip(folded, q))
        # the one that starts most like it: "wha" is "what", not "who"
        if near and (len(near) == 1 or near[0][0] < near[1][0]):
            return match.group(1) + near[0][1]
        return match.group(0)

    @functools.cached_property
    def _beside(self) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
        """Topic word -> the topic words before it in the FAQ's questions and phrases, how
        often; and those after it ("leaky" before "gut"), over stop words ("affect my skin"
        puts "skin" after "affect"). Worked out the first time a message needs it: a large
        FAQ loads faster, and most messages never do."""
        topic = frozenset(self._known_list)
        kept = (
            [w for w in split if w not in STOP_WORDS]
            for split in chain(self._texts, map(words, self._phrases_said))
        )
        pairs = Counter(chain.from_iterable(map(pairwise, kept)))
        before: dict[str, Counter[str]] = defaultdict(Counter)
        after: dict[str, Counter[str]] = defaultdict(Counter)
        for (first, second), count in pairs.items():
            if first in topic and second in topic:  # (not "gout" as "gut": see MIN_IN_CONTEXT)
                if len(first) >= MIN_IN_CONTEXT:
                    before[second][first] = count
                if len(second) >= MIN_IN_CONTEXT:
                    after[first][second] = count
        return dict(before), dict(after)

    def _in_context(self, split: list[str], record: list[tuple[str, str]] | None) -> list[str]:
        """Words too short to be read as typos alone ("leky gut", "gut helth", "sin
        condition") read as the topic word one slip away that stands beside the next or the
        last word in the FAQ's texts: the word beside bears the slip out. Where two do, the one
        that stands there more often, if one does ("leay gut" is leaky, not leafy)."""
        out = list(split)
        empty: Counter[str] = Counter()
        for at, word in enumerate(split):
            if len(word) < 3 or self._is_word(word) or self.fix_typo(word) != word:
                continue
            # the words beside it, over stop words ("can my gut affect my skn")
            after = next((w for w in split[at + 1 :] if w not in STOP_WORDS), None)
            before = next((w for w in reversed(split[:at]) if w not in STOP_WORDS), None)
            before_of, after_of = self._beside
            beside = before_of.get(after, empty) if after else empty
            if before:
                beside = beside + after_of.get(before, empty)
            near = sorted(
                ((count, w) for w, count in beside.items() if one_slip(word, w)), reverse=True
            )
            if near and (len(near) == 1 or near[0][0] > near[1][0]):
                out[at] = near[0][1]
                if record is not None:
                    record.append((word, out[at]))
        return out

    def respaced(self, split: list[str], record: list[tuple[str, str]] | None = None) -> list[str]:
        """``split`` with each letter typed on the wrong side of a space put back (see
        respace)."""
        return respace(
            split, self._is_whole_word, record, lambda w: self.fix_typo(w) != w, self._is_slip
        )

    def _is_slip(self, word: str) -> bool:
        """Whether a word is a topic word with one slip in it ("eczemma"): a word a letter
        moved over a space may leave, when the message has more slips than one."""
        fixed = self.fix_typo(word)
        return fixed != word and fixed in self._faq_words and OSA.distance(word, fixed) == 1

    def unsigned(self, text: str) -> str:
        """A message without the name its writer signed it with after a sign-off ("what are
        probiotics? Kind regards, Sam" -> "what are probiotics? Kind regards,"): a name says
        nothing of what is asked, and no FAQ word reads as one. A name is a word no FAQ, word
        list or synonym knows, nor a slip of an FAQ word; or one with a capital as typed that
        the FAQ does not use ("Thanks, Will"); with a title or initials ("Dr Patel", "M.
        Jones")."""
        signed = SIGNED_OFF.search(text)
        if signed is None:
            return text
        typed = signed["name"].replace(".", " ").split()
        if not 0 < len(typed) <= MAX_NAME_WORDS or not all(map(self._is_name, typed)):
            return text
        # (a title or initial alone is no name, but "op" is: "thanks dr" thanks a doctor)
        if typed[-1].lower() != "op" and all(
            w.lower() in NAME_TITLES or len(w) == 1 for w in typed
        ):
            return text
        return text[: signed.start("name")]

    def _is_name(self, typed: str) -> bool:
        word = typed.lower()
        if word in NAME_TITLES or (len(typed) == 1 and typed.isalpha()):
            return True
        if word in self._faq_words or not word.isalpha():
            return False
        if typed[:1].isupper() and typed[1:].islower():
            return True
        return not self._is_word(word) and self.fix_typo(word) == word

    def unheld(self, word: str) -> str:
        """A word with a letter held down for emphasis let go: "sooo" -> "so", "whyyy" ->
        "why", "goood" -> "good" (two of the letter if that makes a word, else one)."""
        if not HELD_LETTER.search(word):
            return word
        double = HELD_LETTER.sub(r"\1\1", word)
        single = HELD_LETTER.sub(r"\1", word)
        return double if self._is_word(double) or not self._is_word(single) else single

    def split(self, text: str) -> list[str]:
        """The words of a text (kept from load for the FAQ's own texts)."""
        split = self._split.get(text) if self._split else None
        return split if split is not None else words(text)

    def __call__(self, text: str) -> Normalized:
        # A question's reading normalises its words and clauses again and again ("my", "has
        # eczema"): short texts are kept, as their normalised form never changes.
        cached = self._call_cache.get(text)
        if cached is not None:
            return cached
        normalized = self._normalize(text)
        if len(text) <= CACHED_TEXT_CHARS and len(self._call_cache) < 100_000:
            self._call_cache[text] = normalized
        return normalized

    def _normalize(self, text: str) -> Normalized:
        split = self._split.pop(text, None) if self._split else None
        if split is None:
            split = self._read_words(text)
        if "dose" in split:  # "how dose a probiotic work": a slip of "does", not a dose
            spelt = spelt_out(split)  # ("wat dose dysbiosis meen")
            split = [
                "does"
                if w == "dose"
                and (
                    spelt[at - 1 : at] in DOES_BEFORE
                    or (not at and split[1:2] and split[1] not in DOSE_AFTER)
                    or (
                        spelt[at - 1 : at] == ["what"]
                        and spelt[-1] in DOES_WHAT_ENDS
                        and len(split) > at + 2
                    )
                )
                else w
                for at, w in enumerate(split)
            ]
        infos = self._infos(split)
        if self._joined and not self._joined.keys().isdisjoint(split):
            split = [part for w in split for part in self._joined.get(w, (w,))]
            infos = self._infos(split)
        # (the readings see text-speak spelt out: "wah mi fi do fi mek mi gut healthy")
        if not TEXT_SPEAK.keys().isdisjoint(split):
            if "fi" in split:
                for at, word in enumerate(split[:-1]):
                    if word == "fi" and split[at + 1] in PATOIS_VERBS:  # "fi mek": to make
                        infos[at] = as_filler("to")
            split = spelt_out(split)
        # (the readings see slips read as the words meant: "what do good gut batceria eat")
        if len(infos) == len(split) and list(map(MEANT, infos)) != split:
            split = [
                info[0] if " " not in info[0] else word
                for info, word in zip(infos, split, strict=True)
            ]
        if not READING_TRIGGERS.isdisjoint(split):
            for triggers, reads in WORD_READINGS:
                if not triggers.isdisjoint(split):
                    reads(split, infos)
        if "or" in split and not COMPARATIVES.isdisjoint(split):
            weighs_two(split, infos)
        if "than" in split:
            best_of_kind(split, infos)
        if self._starts.isdisjoint(map(STEM, infos)):  # no synonym starts here
            return Normalized(content_tokens(infos))
        # An adverb that is filler does not break a phrase: "what actually happens if".
        kept = [
            i for i in infos if not (i[2] and i[0].endswith("ly")) or i[0] in self._phrase_words
        ]
        if len(kept) < len(infos):
            infos = kept
            if self._starts.isdisjoint(map(STEM, infos)):  # (the adverb started one)
                return Normalized(content_tokens(infos))
        applied: list[tuple[str, str]] = []
        # Synonyms compose: "stomach bacteria" -> "gut bacteria" -> "microbiome".
        for round_ in range(SYNONYM_ROUNDS):
            infos, changed = self._substitute(infos, applied, later=round_ > 0)
            if not changed or self._later_starts.isdisjoint(map(STEM, infos)):
                break
        if self._pairs and any(i[1] == i[0] for i in infos):  # a term came in other words
            infos = self._join_pairs(infos, applied)
        return Normalized(content_tokens(infos), tuple(applied))

    def _infos(self, split: list[str]) -> list[tuple[str, str, bool]]:
        """(meant, stem, is stop word) of each word: a word seen before is looked up."""
        infos = list(map(self._words.get, split))
        if None in infos:
            infos = [info or self._word(w) for info, w in zip(infos, split, strict=True)]
        return infos

    def _join_pairs(
        self, infos: list[tuple[str, str, bool]], applied: list[tuple[str, str]]
    ) -> list[tuple[str, str, bool]]:
        """A term followed by a term its own phrases put after it, read as the first term:
        "good bacteria capsules" -> "probiotics supplement" -> "probiotics"; so too with "in"
        between ("the good bacteria in the capsule")."""
        if self._pair_seconds.isdisjoint(map(STEM, infos[1:])):
            return infos
        out = infos[:1]
        for info in infos[1:]:
            term = self._pairs.get((out[-1][1], info[1]))
            if term is None:
                # "in", "in the", "in a" between: the words before them
                held = next(
                    (size for size in (2, 3) if [i[0] for i in out[-size + 1 :]] in INSIDE),
                    0,
                )
                first = out[-held] if held and len(out) >= held else None
                term = self._pairs.get((first[1], info[1])) if first else None
                if term is None:
                    out.append(info)
                    continue
                del out[-held + 1 :]
            applied.append((f"{out[-1][1]} {info[1]}".replace("_", " "), term))
            out[-1] = (term, term, False)
        return out

    def _substitute(
        self, infos: list[tuple[str, str, bool]], applied: list[tuple[str, str]], later: bool
    ) -> tuple[list[tuple[str, str, bool]], bool]:
        """One pass of synonym replacement, longest phrase first; whether anything changed.
        A filler phrase is read on the words as typed only, not on terms a pass before made:
        "hi, are you an ai" is not "hi bot"."""
        out: list[tuple[str, str, bool]] = []
        changed = False
        stems = list(map(STEM, infos))
        tree, length = self._tree, len(stems)
        # In a later pass a term a pass before made may end a phrase as its word would: "too
        # many friendly bacteria" -> "too many probiotics" -> a dose. Only end one: "gut
        # bacteria eat" -> "microbiome diet" is no named diet.
        as_word = self._term_stems.get if later else None
        i = 0  # the words before i are read; a phrase starts only where its first stem is
        for start in [at for at, stem in enumerate(stems) if stem in tree]:
            if start < i:  # (inside the phrase read before)
                continue
            # the longest phrase that starts here (and, in a later pass, is not filler)
            size, canonical, node, end = 0, "", tree[stems[start]], start
            while node is not None:
                end += 1
                term = node.get(PHRASE_END)
                if term is not None and not (later and term in STOP_WORDS):
                    size, canonical = end - start, term
                if as_word and end < length:
                    word = as_word(stems[end])
                    last = node.get(word, {}).get(PHRASE_END) if word else None
                    if last is not None and last not in STOP_WORDS:
                        size, canonical = end + 1 - start, last
                node = node.get(stems[end]) if end < length else None
            if not size:
                continue
            out.extend(infos[i:start])
            phrase = (
                infos[start][0]
                if size == 1
                else " ".join([info[0] for info in infos[start : start + size]])
            )
            if phrase != canonical:
                applied.append((phrase, canonical))
            changed = changed or size > 1 or infos[start][1] != canonical
            # A phrase whose term is a stop word is filler: "hey bot" -> "hey".
            out.append((canonical, canonical, canonical in STOP_WORDS))
            i = start + size
        out.extend(infos[i:])
        return out, changed
