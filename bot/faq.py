"""Load and validate the FAQ knowledge base kept as YAML in faq/.

Every ``faq/*.yaml`` file is a mapping whose top-level keys are sections:

- ``entries``: the questions and answers (a list, may be split over files);
- ``sources``: the articles answers cite (a list);
- ``synonyms``: words users use interchangeably (a list);
- ``urgent``: safety rules that divert a message to the urgent or crisis reply, or open its
  reply with the distress text (a list);
- ``not_urgent``: patterns of messages no urgent rule fires on, whatever it names: a question
  of whether something causes a symptom, and nothing more (a list);
- ``exceptions``: named patterns several rules share, written once with a YAML anchor
  (``asked: &asked '...'``) and repeated in rules' ``unless`` lists as aliases (``*asked``);
  each must compile (a mapping);
- ``pieces``: named parts of patterns, put into any pattern of the same file where it says
  ``{{name}}`` (``long-past: '...'``, then ``'... {{long-past}} ...'``); each must compile on
  its own (a mapping);
- ``smalltalk``: greetings, thanks, goodbyes and asks for help (a mapping);
- ``texts``: every user-facing text of the bot (a mapping);
- ``settings``: matching thresholds and evaluation floors (a mapping);
- ``distress_words``: weights of the words of distress, written by bench/distress_words.py
  (a mapping, in one file).

Loading reports every problem at once, each with its file, line and entry id.
Only the safe loader is used (libyaml's ``CSafeLoader`` when available).
This module never imports ``telegram``.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

#: libyaml's parser when PyYAML has it (30x faster on large FAQs); the same safe semantics.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_FILE_BYTES = 20_000_000
#: Ids and tags travel in Telegram's button data (64 bytes with a short prefix).
MAX_ID_LENGTH = 56
MAX_TAG_BYTES = 48

SECTIONS = (
    "entries",
    "sources",
    "synonyms",
    "urgent",
    "not_urgent",
    "exceptions",
    "pieces",
    "smalltalk",
    "texts",
    "settings",
    "distress_words",
)
ENTRY_REQUIRED = ("id", "question", "alternates", "answer", "sources")
ENTRY_OPTIONAL = ("tags", "related")
SOURCE_KEYS = ("id", "title")
SOURCE_OPTIONAL = ("url", "author")
SYNONYM_KEYS = ("term", "same")
RULE_REQUIRED = ("id", "kind")
RULE_OPTIONAL = ("patterns", "signs", "unless", "slips")
SIGN_REQUIRED = ("words",)
SIGN_OPTIONAL = ("within", "in_order", "unless")
#: How many words a sign's words may span by default, and at most.
SIGN_WITHIN = 6
MAX_SIGN_WITHIN = 40
#: A word of a sign: letters and digits, "*" at its end for any ending ("swell*").
SIGN_WORD = re.compile(r"^[a-z0-9]+$|^[a-z0-9]{3,}\*$")
#: Where a pattern names a piece of its file's ``pieces`` ("{{long-past}}").
PIECE = re.compile(r"\{\{([^{}]*)\}\}")
#: "distress": no alarm, but the reply, whatever it is, opens with the distress text (a
#: message that sounds like someone struggling, which no crisis rule names).
RULE_KINDS = ("urgent", "crisis", "distress")
#: Kinds of small talk; "more" and "again" after an answer ask for more on it, or for it again.
SMALLTALK_KINDS = ("greeting", "thanks", "goodbye", "help", "more", "again")

#: Texts the bot shows users; each must be present and non-empty.
REQUIRED_TEXTS = (
    "disclaimer",
    "welcome",
    "help",
    "fallback",
    "clarify",
    "partly_answered",
    "more",
    "urgent",
    "crisis",
    "distress",
    "smalltalk_greeting",
    "smalltalk_thanks",
    "smalltalk_goodbye",
    "sources_label",
    "empty_question",
    "sources_header",
    "topics_header",
    "topic_header",
    "non_text",
    "slow_down",
    "stale_button",
    "feedback_thanks",
    "button_topics",
    "button_all_topics",
    "button_previous",
    "button_next",
    "button_helpful",
    "button_not_helpful",
    "button_thanks",
    "inline_urgent_title",
    "inline_distress_title",
    "command_start",
    "command_help",
    "command_topics",
    "command_sources",
    "unknown_command",
    "reload_ok",
    "reload_failed",
    "faq_broken",
    "store_unavailable",
)

#: Settings and their allowed ranges (all required: thresholds live in faq/, not in code).
SETTINGS_RANGES: dict[str, tuple[float, float]] = {
    "answer_threshold": (0, 100),
    "clarify_threshold": (0, 100),
    "clarify_min_recall": (0, 100),
    "margin": (0, 100),
    "min_precision": (0, 100),
    "max_suggestions": (1, 3),
    "conflict_threshold": (0, 100),
    "topics_page_size": (3, 10),
    "flood_limit": (1, 1000),
    "flood_window_seconds": (1, 3600),
    "distress_threshold": (1, 99),
}
#: Settings that name synonym terms the matcher treats specially (see faq/settings.yaml).
TERM_SETTINGS = ("qualifier_terms", "feeling_terms", "consult_terms")
OPTIONAL_SETTINGS = ("eval_floors", "start_examples", "qualifier_entries", *TERM_SETTINGS)
EVAL_FLOORS = ("top1", "helpful", "rejected", "urgent_recall", "max_false_urgent")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the FAQ, located as precisely as possible."""

    file: str
    line: int | None
    message: str
    entry: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        who = f" entry '{self.entry}':" if self.entry else ""
        return f"{where}:{who} {self.message}"


class FAQError(Exception):
    """The FAQ could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the FAQ")

    def report(self) -> str:
        return "\n".join(str(p) for p in self.problems)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str | None = None


@dataclass(frozen=True)
class Entry:
    id: str
    question: str
    alternates: tuple[str, ...]
    answer: str
    sources: tuple[str, ...]
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    file: str = ""
    line: int = 0

    @property
    def phrasings(self) -> tuple[str, ...]:
        """The canonical question first, then the alternates."""
        return (self.question, *self.alternates)


@dataclass(frozen=True)
class Synonym:
    term: str
    same: tuple[str, ...]


@dataclass(frozen=True)
class Sign:
    """Words that together are a sign of an emergency, however the rest is put: a phrase of
    each list within ``within`` words of each other ("struggling for air", "every breath is a
    fight"), in the lists' order if ``in_order``. A phrase is a tuple of words; a word ending
    in "*" stands for any word it begins ("swell*": swelling, swollen is spelt out)."""

    words: tuple[tuple[tuple[str, ...], ...], ...]
    within: int = SIGN_WITHIN
    in_order: bool = False
    unless: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class SafetyRule:
    id: str
    kind: str  # "urgent", "crisis" or "distress" (see RULE_KINDS)
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...] = ()
    signs: tuple[Sign, ...] = ()
    # whether a typing slip of its words is read as them (not of words of other languages:
    # "tong", Mandarin, must not stand where "tongue" would for "tonge")
    slips: bool = True


@dataclass(frozen=True)
class FAQ:
    entries: dict[str, Entry]
    sources: dict[str, Source]
    texts: dict[str, str]
    settings: dict[str, Any]
    synonyms: tuple[Synonym, ...] = ()
    rules: tuple[SafetyRule, ...] = ()
    smalltalk: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the not_urgent patterns (each urgent rule's exceptions hold them too): the screen also
    # reads them of the question in a message framed by words that tell of no symptom
    not_urgent: tuple[re.Pattern[str], ...] = ()
    files: tuple[str, ...] = ()
    # the words of distress (bot.distress): weights of words and pairs of words, and a bias
    distress_words: tuple[dict[str, float], float] | None = None

    def entry(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    @property
    def tags(self) -> list[str]:
        """Every tag in FAQ order, once each."""
        return list(dict.fromkeys(t for e in self.entries.values() for t in e.tags))


# ---------------------------------------------------------------------------
# YAML with line numbers


def _line_map(node: yaml.Node | None) -> dict[tuple, int]:
    """Map each path (tuple of keys and indexes) in a composed YAML tree to its 1-based line."""
    lines: dict[tuple, int] = {}
    if node is None:
        return lines
    seen: set[int] = set()
    stack: list[tuple[tuple, yaml.Node]] = [((), node)]
    while stack:
        path, current = stack.pop()
        lines.setdefault(path, current.start_mark.line + 1)
        if id(current) in seen:  # an alias: its lines are where it was first defined
            continue
        seen.add(id(current))
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key_path = (*path, key_node.value)
                    lines.setdefault(key_path, key_node.start_mark.line + 1)
                    stack.append((key_path, value_node))
        elif isinstance(current, yaml.SequenceNode):
            for index, item in enumerate(current.value):
                stack.append(((*path, index), item))
    return lines


def _entry_lines(root: yaml.Node | None) -> list[int]:
    """The lines of the items of the top-level ``entries`` list."""
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if key_node.value == "entries" and isinstance(value_node, yaml.SequenceNode):
                return [item.start_mark.line + 1 for item in value_node.value]
    return []


#: Nodes with these tags are built by _construct itself; any other goes to the safe loader.
PLAIN_TAGS = {
    yaml.ScalarNode: "tag:yaml.org,2002:str",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


class DuplicateKey(ValueError):
    """A key written twice in one mapping: YAML keeps the last and drops the first silently."""

    def __init__(self, key: str, line: int, first: int) -> None:
        super().__init__(
            f"'{key}' appears twice in one place (first at line {first}); YAML would keep only "
            "the second and drop the first: merge them or remove one"
        )
        self.line = line


def _construct(root: yaml.Node, loader: yaml.BaseLoader) -> Any:
    """The data of a composed document, as ``loader.construct_document`` builds it.

    Text, lists and mappings with plain keys are built here directly, a third faster than
    PyYAML's general constructor on a large FAQ; any other node (a number, a date, an explicit
    tag, a merge key) goes to the safe loader's own constructor. As there, a node an alias
    refers to again is built once and shared, so an alias bomb costs no more than its text.
    """
    built: dict[int, Any] = {}

    def build(node: yaml.Node) -> Any:
        done = built.get(id(node))
        if done is not None:
            return done
        if PLAIN_TAGS.get(type(node)) != node.tag:
            data = loader.construct_object(node, deep=True)
        elif isinstance(node, yaml.ScalarNode):
            return node.value
        elif isinstance(node, yaml.SequenceNode):
            data = [build(item) for item in node.value]
        elif all(PLAIN_TAGS[yaml.ScalarNode] == key.tag for key, _ in node.value):
            data = {}
            for key, value in node.value:
                if key.value in data:  # an entry's second "answer:" would replace the first
                    first = next(k for k, _ in node.value if k.value == key.value)
                    raise DuplicateKey(
                        key.value, key.start_mark.line + 1, first.start_mark.line + 1
                    )
                data[key.value] = build(value)
        else:
            data = loader.construct_object(node, deep=True)
        built[id(node)] = data
        return data

    return build(root)


def parse_yaml(text: str) -> tuple[Any, yaml.Node | None]:
    """The data of a YAML text (safe loader), and its composed tree. Raises DuplicateKey for a
    key written twice in one mapping, and yaml.YAMLError for a text that is no YAML."""
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        return (_construct(node, loader) if node is not None else None), node
    finally:
        loader.dispose()


def _compose(text: str) -> yaml.Node | None:
    loader = SafeLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _read_yaml(path: Path, label: str, problems: list[Problem]) -> tuple[Any, list[int]]:
    """Parse one file with the safe loader; on failure add a problem and return None."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(label, None, f"cannot be read: {exc.strerror or exc}"))
        return None, []
    if len(raw) > MAX_FILE_BYTES:
        problems.append(Problem(label, None, f"is larger than {MAX_FILE_BYTES} bytes"))
        return None, []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(
            Problem(
                label, line, f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8"
            )
        )
        return None, []
    if not text.strip():
        problems.append(Problem(label, None, "is empty"))
        return None, []
    try:
        data, node = parse_yaml(text)
    except DuplicateKey as exc:
        problems.append(Problem(label, exc.line, str(exc)))
        return None, []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        if "undefined alias" in reason and mark:  # (libyaml does not say which)
            alias = re.match(r"\*([^\s,\]}]+)", text.splitlines()[mark.line][mark.column :])
            named = f" '*{alias[1]}'" if alias else ""
            reason = (
                f"{reason}{named}: a '*name' repeats a pattern written earlier in the same file "
                "as '&name' (see the exceptions at the top of safety.yaml)"
            )
        problems.append(Problem(label, line, f"YAML syntax error: {reason}"))
        return None, []
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        problems.append(Problem(label, None, f"YAML error: {exc}"))
        return None, []
    return data, _entry_lines(node)


# ---------------------------------------------------------------------------
# Validation helpers


class _Checker:
    """Collects problems for one file, locating them through its line map."""

    def __init__(self, label: str, path: Path, entry_lines: list[int], problems: list[Problem]):
        self.label = label
        self.path = path
        self.entry_lines = entry_lines
        self._lines: dict[tuple, int] | None = None
        self.problems = problems
        self.pieces: dict[str, str] = {}  # the file's named parts of patterns

    @property
    def lines(self) -> dict[tuple, int]:
        """Every path's line. Only a file with a problem needs them, so it is parsed again
        for them then, rather than keeping every file's node tree while the FAQ loads."""
        if self._lines is None:
            self._lines = _line_map(_compose(self.path.read_text(encoding="utf-8")))
        return self._lines

    def line(self, path: tuple) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())

    def add(self, path: tuple, message: str, entry: str | None = None) -> None:
        self.problems.append(Problem(self.label, self.line(path), message, entry))

    def keys(
        self,
        item: dict,
        path: tuple,
        required: Iterable[str],
        optional: Iterable[str],
        what: str,
        entry: str | None = None,
    ) -> None:
        allowed = (*required, *optional)
        for key in item:
            if key not in allowed:
                hint = difflib.get_close_matches(str(key), allowed, n=1)
                extra = f" (did you mean '{hint[0]}'?)" if hint else ""
                self.add((*path, key), f"unknown key '{key}' in {what}{extra}", entry)
        for key in required:
            if key not in item:
                self.add(path, f"missing field '{key}' in {what}", entry)

    def text(self, value: Any, path: tuple, name: str, entry: str | None = None) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.add(path, f"'{name}' must be non-empty text", entry)
            return None
        return value.strip()

    def text_list(
        self, value: Any, path: tuple, name: str, entry: str | None = None, allow_empty: bool = True
    ) -> tuple[str, ...]:
        if value is None and allow_empty:
            return ()
        if not isinstance(value, list):
            self.add(path, f"'{name}' must be a list", entry)
            return ()
        if not value and not allow_empty:
            self.add(path, f"'{name}' must not be empty", entry)
        out = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.add((*path, index), f"'{name}' item {index + 1} must be non-empty text", entry)
            else:
                out.append(item.strip())
        return tuple(out)


def _entry(item: Any, path: tuple, check: _Checker) -> Entry | None:
    if not isinstance(item, dict):
        check.add(
            path, "each entry must be a mapping with id, question, alternates, answer, sources"
        )
        return None
    raw_id = item.get("id")
    eid = raw_id if isinstance(raw_id, str) else None
    label = eid or f"#{path[-1] + 1}"
    check.keys(item, path, ENTRY_REQUIRED, ENTRY_OPTIONAL, "entry", label)
    ok = True
    if "id" in item and (eid is None or not ID_RE.match(eid)):
        check.add((*path, "id"), f"id {raw_id!r} must be kebab-case (like 'what-is-eczema')", label)
        ok = False
    elif eid is not None and len(eid) > MAX_ID_LENGTH:
        check.add(
            (*path, "id"),
            f"id is longer than {MAX_ID_LENGTH} characters (it goes into "
            "Telegram buttons, which hold 64 bytes)",
            label,
        )
        ok = False
    question = (
        check.text(item.get("question"), (*path, "question"), "question", label)
        if "question" in item
        else None
    )
    answer = (
        check.text(item.get("answer"), (*path, "answer"), "answer", label)
        if "answer" in item
        else None
    )
    alternates = check.text_list(item.get("alternates"), (*path, "alternates"), "alternates", label)
    sources = (
        check.text_list(
            item.get("sources"), (*path, "sources"), "sources", label, allow_empty=False
        )
        if "sources" in item
        else ()
    )
    tags = check.text_list(item.get("tags"), (*path, "tags"), "tags", label)
    for index, tag in enumerate(tags):
        if len(tag.encode("utf-8")) > MAX_TAG_BYTES:
            check.add(
                (*path, "tags", index),
                f"tag {tag!r} is longer than {MAX_TAG_BYTES} bytes "
                "(it goes into Telegram buttons, which hold 64 bytes)",
                label,
            )
    related = check.text_list(item.get("related"), (*path, "related"), "related", label)
    if not (ok and eid and question and answer and "alternates" in item and sources):
        return None
    return Entry(
        id=eid,
        question=question,
        alternates=alternates,
        answer=answer,
        sources=sources,
        tags=tags,
        related=related,
        file=check.label,
        line=check.entry_lines[path[1]] if path[1] < len(check.entry_lines) else 0,
    )


#: Patterns compiled by earlier loads in this process, by their text: a reload after an admin's
#: edit compiles only the patterns that changed (Python's own cache holds 512, too few for the
#: rules, so every load compiled them all again).
_COMPILED: dict[str, re.Pattern[str]] = {}
MAX_COMPILED = 20_000


def _compile(pattern: str) -> re.Pattern[str]:
    """re.compile, through _COMPILED; raises re.error as re.compile does."""
    found = _COMPILED.get(pattern)
    if found is None:
        found = re.compile(pattern)
        if len(_COMPILED) < MAX_COMPILED:
            _COMPILED[pattern] = found
    return found


def _compiled(patterns: list[str], path: tuple, check: _Checker, what: str) -> list:
    """Regular expressions compiled, with the file's pieces put in where they are named, each
    one that is not named as ``what``'s bad pattern."""
    compiled = []
    for index, pattern in enumerate(patterns):
        unknown = [n for n in PIECE.findall(pattern) if n not in check.pieces]
        if unknown:
            known = ", ".join(check.pieces) or "none"
            check.add(
                (*path, index),
                f"{what}: no piece named '{unknown[0]}' (written '{{{{{unknown[0]}}}}}'); "
                f"this file's pieces: {known}",
            )
            continue
        whole = PIECE.sub(lambda named: check.pieces[named[1]], pattern)
        try:
            compiled.append(_compile(whole))
        except re.error as exc:
            check.add((*path, index), f"{what}: bad pattern {pattern!r}: {exc}")
    return compiled


def _pieces(value: Any, check: _Checker) -> dict[str, str]:
    """A file's named parts of patterns, each that is text, names no piece and compiles."""
    if not isinstance(value, dict):
        return {}  # (reported with the other sections)
    pieces = {}
    for name, piece in value.items():
        what = f"piece '{name}'"
        if not isinstance(name, str) or not ID_RE.match(name):
            check.add(("pieces", name), f"piece name {name!r} must be kebab-case")
        elif check.text(piece, ("pieces", name), what):
            if PIECE.search(piece):
                check.add(("pieces", name), f"{what} names another piece: pieces hold none")
                continue
            try:
                _compile(piece)
            except re.error as exc:
                check.add(("pieces", name), f"{what}: bad pattern {piece!r}: {exc}")
                continue
            pieces[name] = piece
    return pieces


def _patterns(item: dict, key: str, path: tuple, check: _Checker, rid: str) -> list:
    """A rule's (or a sign's) list of regular expressions under ``key``, compiled."""
    patterns = check.text_list(item.get(key), (*path, key), key)
    return _compiled(patterns, (*path, key), check, f"urgent rule '{rid}'")


def _sign(item: Any, path: tuple, check: _Checker, rid: str) -> Sign | None:
    what = f"urgent rule '{rid}': a sign"
    if not isinstance(item, dict):
        check.add(path, f"{what} must be a mapping with 'words' (a list of lists of words)")
        return None
    check.keys(item, path, SIGN_REQUIRED, SIGN_OPTIONAL, f"a sign of urgent rule '{rid}'")
    lists = item.get("words")
    if not isinstance(lists, list) or not lists:
        check.add((*path, "words"), f"{what}: 'words' must be a list of lists of words")
        return None
    groups = []
    for number, group in enumerate(lists):
        where = (*path, "words", number)
        if not isinstance(group, list) or not group:
            check.add(where, f"{what}: words list {number + 1} must be a list of words")
            return None
        unquoted = [w for w in group if isinstance(w, (bool, int, float))]
        if unquoted:
            check.add(
                where,
                f"{what}: YAML reads {unquoted[0]!r} in words list {number + 1} as a "
                "value, not a word: put words such as 'no', 'on' or '38' in quotes",
            )
            return None
        if not all(isinstance(w, str) and w.strip() for w in group):
            check.add(where, f"{what}: words list {number + 1} holds an empty or odd item")
            return None
        phrases = [w.strip() for w in group]
        folded = []
        for phrase in phrases:
            split = tuple(phrase.lower().replace("'", "").replace("\u2019", "").split())
            bad = [w for w in split if not SIGN_WORD.match(w)]
            if bad:
                check.add(
                    where,
                    f"{what}: {bad[0]!r} in {phrase!r} must be letters or digits, with '*' at "
                    "the end of three or more for any ending",
                )
            else:
                folded.append(split)
        if not folded:
            return None
        groups.append(tuple(folded))
    within = item.get("within", SIGN_WITHIN)
    whole = isinstance(within, int) and not isinstance(within, bool)
    if not whole or not 1 <= within <= MAX_SIGN_WITHIN:
        check.add(
            (*path, "within"),
            f"{what}: 'within' must be a whole number from 1 to {MAX_SIGN_WITHIN}",
        )
        return None
    in_order = _flag(item, "in_order", False, path, check, what)
    if in_order is None:
        return None
    unless = _patterns(item, "unless", path, check, rid)
    return Sign(tuple(groups), within, in_order, tuple(unless))


def _rule(item: Any, path: tuple, check: _Checker) -> SafetyRule | None:
    if not isinstance(item, dict):
        check.add(path, "each urgent rule must be a mapping with id, kind, patterns or signs")
        return None
    check.keys(item, path, RULE_REQUIRED, RULE_OPTIONAL, "urgent rule")
    rid = item.get("id")
    if not isinstance(rid, str) or not ID_RE.match(rid):
        check.add((*path, "id"), f"urgent rule id {rid!r} must be kebab-case")
        return None
    kind = item.get("kind")
    if kind not in RULE_KINDS:
        check.add(
            (*path, "kind"), f"urgent rule '{rid}': kind must be one of {', '.join(RULE_KINDS)}"
        )
        return None
    patterns = _patterns(item, "patterns", path, check, rid)
    unless = _patterns(item, "unless", path, check, rid)
    signs = []
    raw_signs = item.get("signs")
    if raw_signs is not None and not isinstance(raw_signs, list):
        check.add((*path, "signs"), f"urgent rule '{rid}': 'signs' must be a list")
    for index, raw in enumerate(raw_signs if isinstance(raw_signs, list) else ()):
        sign = _sign(raw, (*path, "signs", index), check, rid)
        if sign:
            signs.append(sign)
    if "patterns" not in item and "signs" not in item:
        check.add(path, f"urgent rule '{rid}' needs 'patterns' or 'signs'")
    # (a bad value leaves the rule's slips read, as they are unless it says otherwise)
    slips = _flag(item, "slips", True, path, check, f"urgent rule '{rid}'")
    if not patterns and not signs:
        return None
    return SafetyRule(
        rid, kind, tuple(patterns), tuple(unless), tuple(signs), True if slips is None else slips
    )


def _flag(
    item: dict, key: str, default: bool, path: tuple, check: _Checker, what: str
) -> bool | None:
    """A true-or-false setting of a rule or a sign, its default when not given; None (and a
    problem) when it is something else."""
    value = item.get(key, default)
    if not isinstance(value, bool):
        check.add((*path, key), f"{what}: '{key}' must be true or false")
        return None
    return value


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _distress_words(value: dict, check: _Checker) -> tuple[dict[str, float], float] | None:
    """The ``distress_words`` section: ``bias``, a number, and ``weights``, words to numbers."""
    check.keys(value, ("distress_words",), ("bias", "weights"), (), "distress_words")
    bias, weights = value.get("bias"), value.get("weights")
    if not _number(bias):
        check.add(("distress_words", "bias"), "distress_words: 'bias' must be a number")
        return None
    if not isinstance(weights, dict):
        check.add(("distress_words", "weights"), "distress_words: 'weights' must be a mapping")
        return None
    for word, weight in weights.items():
        if not isinstance(word, str) or not _number(weight):
            check.add(
                ("distress_words", "weights", word),
                f"distress_words: the weight of {word!r} must be a number (quote words such "
                "as 'no' or '38')",
            )
            return None
    return dict(weights), float(bias)


def _settings(
    merged: dict[str, Any],
    check_for: dict[str, _Checker],
    problems: list[Problem],
    files: list[str],
) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for key, (low, high) in SETTINGS_RANGES.items():
        if key not in merged:
            problems.append(Problem(_where(files, "settings"), None, f"settings: missing '{key}'"))
            continue
        value = merged[key]
        check = check_for[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            check.add(("settings", key), f"settings: '{key}' must be a number from {low} to {high}")
        else:
            settings[key] = value
    for key in merged:
        if key not in SETTINGS_RANGES and key not in OPTIONAL_SETTINGS:
            check_for[key].add(("settings", key), f"settings: unknown key '{key}'")
    if {"answer_threshold", "clarify_threshold"} <= settings.keys() and (
        settings["clarify_threshold"] > settings["answer_threshold"]
    ):
        check_for["clarify_threshold"].add(
            ("settings", "clarify_threshold"),
            "settings: 'clarify_threshold' must not be above 'answer_threshold'",
        )
    floors = merged.get("eval_floors", {})
    if "eval_floors" in merged:
        check = check_for["eval_floors"]
        if not isinstance(floors, dict):
            check.add(("settings", "eval_floors"), "settings: 'eval_floors' must be a mapping")
            floors = {}
        for key, value in floors.items():
            if key not in EVAL_FLOORS:
                check.add(("settings", "eval_floors", key), f"settings: unknown eval floor '{key}'")
            elif (
                isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1
            ):
                check.add(
                    ("settings", "eval_floors", key),
                    f"settings: eval floor '{key}' must be a number from 0 to 1",
                )
    examples = merged.get("start_examples", [])
    if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
        check_for["start_examples"].add(
            ("settings", "start_examples"), "settings: 'start_examples' must be a list of entry ids"
        )
        examples = []
    settings["start_examples"] = tuple(examples)
    for key in TERM_SETTINGS:
        terms = merged.get(key, [])
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            check_for[key].add(
                ("settings", key), f"settings: '{key}' must be a list of synonym terms"
            )
            terms = []
        settings[key] = tuple(terms)
    limits = merged.get("qualifier_entries", {})
    if not isinstance(limits, dict) or not all(
        isinstance(ids, list) and all(isinstance(i, str) for i in ids) for ids in limits.values()
    ):
        check_for["qualifier_entries"].add(
            ("settings", "qualifier_entries"),
            "settings: 'qualifier_entries' must map qualifier terms to lists of entry ids",
        )
        limits = {}
    settings["qualifier_entries"] = {str(term): tuple(ids) for term, ids in limits.items()}
    settings["eval_floors"] = {
        k: float(v) for k, v in floors.items() if k in EVAL_FLOORS and isinstance(v, int | float)
    }
    return settings


def _where(files: list[str], section: str) -> str:
    return files[0] if files else f"faq/ ({section})"


# ---------------------------------------------------------------------------
# Loading


def faq_files(directory: Path) -> list[Path]:
    """The YAML files that make up the FAQ: ``*.yaml`` and ``*.yml`` directly in the folder."""
    return sorted(
        p
        for p in directory.iterdir()
        if p.suffix in (".yaml", ".yml") and p.is_file() and not p.name.startswith(".")
    )


def load_faq(directory: str | Path) -> FAQ:
    """Load every faq/*.yaml file; raise FAQError listing every problem found."""
    directory = Path(directory)
    problems: list[Problem] = []
    if not directory.is_dir():
        raise FAQError([Problem(str(directory), None, "FAQ folder does not exist")])
    paths = faq_files(directory)
    if not paths:
        raise FAQError([Problem(str(directory), None, "FAQ folder holds no .yaml files")])

    entries: list[tuple[Entry, _Checker, tuple]] = []
    sources: list[tuple[Source, _Checker, tuple]] = []
    synonyms: list[Synonym] = []
    rules: list[tuple[SafetyRule, _Checker, tuple]] = []
    not_urgent: list[re.Pattern[str]] = []
    texts: dict[str, str] = {}
    text_files: dict[str, str] = {}
    settings_raw: dict[str, Any] = {}
    settings_check: dict[str, _Checker] = {}
    smalltalk: dict[str, list[str]] = {}
    mapping_files: dict[str, list[str]] = {"texts": [], "settings": []}
    distress_words: tuple[dict[str, float], float] | None = None
    distress_file = ""

    for path in paths:
        label = f"{directory.name}/{path.name}"
        data, entry_lines = _read_yaml(path, label, problems)
        if data is None:
            continue
        check = _Checker(label, path, entry_lines, problems)
        if not isinstance(data, dict):
            check.add((), f"must be a mapping of sections ({', '.join(SECTIONS)})")
            continue
        check.pieces = _pieces(data.get("pieces"), check)  # (used by the sections around it)
        for section, value in data.items():
            if section not in SECTIONS:
                hint = difflib.get_close_matches(str(section), SECTIONS, n=1)
                extra = f" (did you mean '{hint[0]}'?)" if hint else ""
                check.add((section,), f"unknown section '{section}'{extra}")
                continue
            list_section = section in ("entries", "sources", "synonyms", "urgent", "not_urgent")
            if list_section and not isinstance(value, list):
                check.add((section,), f"'{section}' must be a list")
                continue
            if not list_section and not isinstance(value, dict):
                check.add((section,), f"'{section}' must be a mapping")
                continue
            if section == "entries":
                for index, item in enumerate(value):
                    entry = _entry(item, (section, index), check)
                    if entry:
                        entries.append((entry, check, (section, index)))
            elif section == "sources":
                for index, item in enumerate(value):
                    p = (section, index)
                    if not isinstance(item, dict):
                        check.add(p, "each source must be a mapping with id and title")
                        continue
                    check.keys(item, p, SOURCE_KEYS, SOURCE_OPTIONAL, "source")
                    sid, title = item.get("id"), item.get("title")
                    if not isinstance(sid, str) or not ID_RE.match(sid):
                        check.add((*p, "id"), f"source id {sid!r} must be kebab-case")
                    elif check.text(title, (*p, "title"), "title"):
                        url = item.get("url") if isinstance(item.get("url"), str) else None
                        sources.append((Source(sid, title.strip(), url), check, p))
            elif section == "synonyms":
                for index, item in enumerate(value):
                    p = (section, index)
                    if not isinstance(item, dict):
                        check.add(p, "each synonym must be a mapping with term and same")
                        continue
                    check.keys(item, p, SYNONYM_KEYS, (), "synonym")
                    term = check.text(item.get("term"), (*p, "term"), "term")
                    same = check.text_list(
                        item.get("same"), (*p, "same"), "same", allow_empty=False
                    )
                    if term and same:
                        synonyms.append(Synonym(term, same))
            elif section == "not_urgent":
                patterns = check.text_list(value, (section,), section)
                not_urgent += _compiled(patterns, (section,), check, section)
            elif section == "pieces":
                pass  # (read first, above)
            elif section == "exceptions":  # (used through YAML aliases; checked here)
                for name, pattern in value.items():
                    if check.text(pattern, (section, name), f"exception '{name}'"):
                        _compiled([pattern], (section, name), check, f"exception '{name}'")
            elif section == "urgent":
                for index, item in enumerate(value):
                    rule = _rule(item, (section, index), check)
                    if rule:
                        rules.append((rule, check, (section, index)))
            elif section == "smalltalk":
                for kind, phrases in value.items():
                    if kind not in SMALLTALK_KINDS:
                        check.add(
                            (section, kind),
                            f"unknown smalltalk kind '{kind}' (use {', '.join(SMALLTALK_KINDS)})",
                        )
                        continue
                    got = check.text_list(phrases, (section, kind), f"smalltalk {kind}")
                    smalltalk.setdefault(kind, []).extend(got)
            elif section == "texts":
                mapping_files["texts"].append(label)
                for key, text in value.items():
                    if key not in REQUIRED_TEXTS:
                        hint = difflib.get_close_matches(str(key), REQUIRED_TEXTS, n=1)
                        extra = f" (did you mean '{hint[0]}'?)" if hint else ""
                        check.add((section, key), f"unknown text '{key}'{extra}")
                    elif key in texts:
                        check.add((section, key), f"text '{key}' is also set in {text_files[key]}")
                    elif check.text(text, (section, key), f"texts.{key}"):
                        texts[key] = text.strip()
                        text_files[key] = label
            elif section == "settings":
                mapping_files["settings"].append(label)
                for key, setting in value.items():
                    if key in settings_raw:
                        check.add((section, key), f"setting '{key}' is set twice")
                    settings_raw[key] = setting
                    settings_check[key] = check
            elif section == "distress_words":
                if distress_file:
                    check.add((section,), f"'distress_words' is also set in {distress_file}")
                    continue
                distress_file = label
                distress_words = _distress_words(value, check)

    # Cross-file checks.
    seen: dict[str, Entry] = {}
    for entry, check, path in entries:
        if entry.id in seen:
            other = seen[entry.id]
            check.add(
                (*path, "id"),
                f"duplicate id (first defined at {other.file}:{other.line})",
                entry.id,
            )
        else:
            seen[entry.id] = entry
    source_map: dict[str, Source] = {}
    for source, check, path in sources:
        if source.id in source_map:
            check.add((*path, "id"), f"duplicate source id '{source.id}'")
        source_map[source.id] = source
    for entry, check, path in entries:
        for index, ref in enumerate(entry.related):
            if ref == entry.id:
                check.add((*path, "related", index), "'related' lists the entry itself", entry.id)
            elif ref not in seen:
                check.add(
                    (*path, "related", index),
                    f"'related' points at unknown entry '{ref}'",
                    entry.id,
                )
        for index, ref in enumerate(entry.sources):
            if ref not in source_map:
                check.add(
                    (*path, "sources", index),
                    f"'sources' points at unknown source '{ref}'",
                    entry.id,
                )
    rule_ids: set[str] = set()
    for rule, check, path in rules:
        if rule.id in rule_ids:
            check.add((*path, "id"), f"duplicate urgent rule id '{rule.id}'")
        rule_ids.add(rule.id)
    missing = [key for key in REQUIRED_TEXTS if key not in texts and key not in text_files]
    for key in missing:
        problems.append(
            Problem(_where(mapping_files["texts"], "texts"), None, f"texts: missing '{key}'")
        )
    if not seen and not problems:
        problems.append(
            Problem(str(directory), None, "no FAQ entries found (add an 'entries:' list)")
        )
    settings = _settings(settings_raw, settings_check, problems, mapping_files["settings"])
    for index, example in enumerate(settings.get("start_examples", ())):
        if example not in seen:
            settings_check["start_examples"].add(
                ("settings", "start_examples", index),
                f"settings: 'start_examples' names unknown entry '{example}'",
            )
    terms = {synonym.term for synonym in synonyms}
    for key in TERM_SETTINGS:
        for index, term in enumerate(settings.get(key, ())):
            if term not in terms:
                settings_check[key].add(
                    ("settings", key, index),
                    f"settings: '{key}' names '{term}', which is no term in the synonyms",
                )
    for term, ids in settings.get("qualifier_entries", {}).items():
        if term not in settings.get("qualifier_terms", ()):
            settings_check["qualifier_entries"].add(
                ("settings", "qualifier_entries", term),
                f"settings: 'qualifier_entries' names '{term}', which is not in 'qualifier_terms'",
            )
        for index, entry_id in enumerate(ids):
            if entry_id not in seen:
                settings_check["qualifier_entries"].add(
                    ("settings", "qualifier_entries", term, index),
                    f"settings: 'qualifier_entries' names unknown entry '{entry_id}'",
                )

    if problems:
        raise FAQError(problems)
    return FAQ(
        entries=seen,
        sources=source_map,
        texts=texts,
        settings=settings,
        synonyms=tuple(synonyms),
        # (what no urgent rule fires on is an exception of each: see not_urgent above)
        rules=tuple(
            replace(rule, unless=(*rule.unless, *not_urgent)) if rule.kind == "urgent" else rule
            for rule, _, _ in rules
        ),
        not_urgent=tuple(not_urgent),
        smalltalk={k: tuple(v) for k, v in smalltalk.items()},
        files=tuple(f"{directory.name}/{p.name}" for p in paths),
        distress_words=distress_words,
    )
