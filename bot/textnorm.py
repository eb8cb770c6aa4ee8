"""Text normalisation shared by the FAQ phrasings and users' questions.

The pipeline runs on both sides, once per FAQ phrasing at load time and once per query:
fold case and accents, split into words, stem them (Snowball, via PyStemmer), replace the
admin's synonyms by one canonical token, then drop stop words. A word the FAQ never uses is
first corrected to the FAQ word it is one typo away from (two for long words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.faq import Synonym

WORD_RE = re.compile(r"[a-z0-9]+")
APOSTROPHES = str.maketrans({"'": "", "’": "", "‘": "", "`": "", "´": ""})

#: Words that carry no topic: question words, pronouns, auxiliaries, greetings and chat filler.
#: Kept deliberately free of topic words ("cause", "help", "work", "treatment" are not here).
#: Adverbs in -ly ("exactly", "basically") count as filler too, unless the FAQ uses them.
STOP_WORDS = frozenset(
    """
    anybody anyway anyways basic bit bunch certain definitely exact else everyone everything
    fine generally guess heard hear info information learn literally little mostly okay
    probably question questions read seem seems somebody somehow stuff understand whatever

    a about above actually after again against all also am an and any anyone anything are
    aren arent as at be because been before being below between both but by
    abt b bc can cant could couldnt cuz curious d day days did didnt do does doesnt doing dont down during
    each else even ever every explain few for from further get gets getting give go going
    got had hadnt has hasnt have havent having he hed hell hello her here hers herself hes hey
    hi him himself his how hows i id if ill im i m in into is isnt it its itself ive just kind know
    let lets like ll lot lots may maybe me mean might mine month months more most must my
    myself need no nor now of off often ok okay on once one only or other ought our ours
    ourselves out over own please pls plz quick quickly quite re really s said say says shall
    she shed shes should shouldnt so some someone something sort still such sure t tell than
    thank thanks that thats the their theirs them themselves then there theres these they
    theyd theyll theyre theyve thing things think this those though through thx to too u
    under until up us ve very want wanted wanting was wasnt way we wed well were weve what
    wat whats when whens where wheres which while why whys will with wonder
    wondering wont would wouldnt wut y year years yes yet you youd youll your youre yours
    yourself yourselves youve whether per via etc
    """.split()
)


def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes; keep other punctuation as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold().translate(APOSTROPHES)


def words(text: str) -> list[str]:
    """The folded words of a text, punctuation removed."""
    return WORD_RE.findall(fold(text))


@dataclass(frozen=True)
class Normalized:
    """A text after normalisation: its content tokens and the synonyms that were applied."""

    tokens: tuple[str, ...]
    synonyms: tuple[tuple[str, str], ...] = ()  # (phrase as typed, canonical token)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def max_typos(word: str) -> int:
    """How many typos (edits, a swap counting as one) a word may carry and still be recognised."""
    if len(word) < 4 or word.isdigit():
        return 0
    return 1 if len(word) < 8 else 2


class Normalizer:
    """Turns text into content tokens; built once from the FAQ's synonyms and phrasings."""

    def __init__(self, synonyms: Iterable[Synonym] = (), known_texts: Iterable[str] = ()):
        synonyms = tuple(synonyms)
        self._stemmer = Stemmer.Stemmer("english")
        self._stem_cache: dict[str, str] = {}
        self._fix_cache: dict[str, str] = {}
        texts = [*known_texts, *(p for s in synonyms for p in (s.term, *s.same))]
        self.known_words: frozenset[str] = frozenset(w for t in texts for w in words(t))
        self._known_list = sorted(w for w in self.known_words if w not in STOP_WORDS)
        # Stemmed phrase (tuple of stems) -> canonical token. Longest phrases are tried first.
        self._phrases: dict[tuple[str, ...], str] = {}
        for synonym in synonyms:
            canonical = "_".join(words(synonym.term))
            for phrase in (synonym.term, *synonym.same):
                stems = tuple(self.stem(w) for w in words(phrase))
                if stems:
                    self._phrases.setdefault(stems, canonical)
        self._longest = max((len(p) for p in self._phrases), default=0)

    def stem(self, word: str) -> str:
        cached = self._stem_cache.get(word)
        if cached is None:
            cached = self._stemmer.stemWord(word)
            if len(self._stem_cache) < 100_000:
                self._stem_cache[word] = cached
        return cached

    def is_stop_word(self, word: str) -> bool:
        return word in STOP_WORDS or (
            len(word) > 4 and word.endswith("ly") and word not in self.known_words
        )

    def fix_typo(self, word: str) -> str:
        """The FAQ word a user most likely meant, or the word itself."""
        if word in self.known_words or self.is_stop_word(word):
            return word
        fixed = self._fix_cache.get(word)
        if fixed is None:
            fixed = word
            typos = max_typos(word)
            if typos:
                best = process.extractOne(
                    word, self._known_list, scorer=OSA.distance, processor=None,
                    score_cutoff=typos,
                )
                if best is not None:
                    fixed = best[0]
            if len(self._fix_cache) < 100_000:
                self._fix_cache[word] = fixed
        return fixed

    def __call__(self, text: str) -> Normalized:
        raw = [self.fix_typo(w) for w in words(text)]
        stems = [self.stem(w) for w in raw]
        tokens: list[str] = []
        applied: list[tuple[str, str]] = []
        i = 0
        while i < len(raw):
            for size in range(min(self._longest, len(raw) - i), 0, -1):
                canonical = self._phrases.get(tuple(stems[i : i + size]))
                if canonical is not None:
                    phrase = " ".join(raw[i : i + size])
                    if phrase != canonical:
                        applied.append((phrase, canonical))
                    tokens.append(canonical)
                    i += size
                    break
            else:
                if not self.is_stop_word(raw[i]):
                    tokens.append(stems[i])
                i += 1
        return Normalized(tuple(dict.fromkeys(tokens)), tuple(applied))
