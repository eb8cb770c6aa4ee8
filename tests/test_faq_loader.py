"""The FAQ loader: every kind of bad file is reported with its file, line and entry id."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core import Knowledge
from bot.faq import FAQError, load_faq

GOOD_ENTRY = """\
  - id: extra-entry
    question: Is this an extra entry?
    alternates: [an extra one]
    answer: Yes, it is.
    sources: [probiotics-leaky-gut-eczema]
"""


def problems_of(directory: Path) -> list[str]:
    with pytest.raises(FAQError) as info:
        load_faq(directory)
    return [str(p) for p in info.value.problems]


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_faq_loads(faq_copy: Path) -> None:
    faq = load_faq(faq_copy)
    assert "what-is-leaky-gut" in faq.entries
    assert faq.texts["disclaimer"]
    assert faq.settings["answer_threshold"] >= faq.settings["clarify_threshold"]


def test_entries_may_come_from_any_file(faq_copy: Path) -> None:
    write(faq_copy, "zz-extra.yaml", "entries:\n" + GOOD_ENTRY)
    faq = load_faq(faq_copy)
    assert faq.entries["extra-entry"].file.endswith("zz-extra.yaml")
    assert faq.entries["extra-entry"].line == 2


def test_unknown_key_names_file_line_entry_and_suggests(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "entries:\n" + GOOD_ENTRY + "    anwser: typo\n")
    [problem] = problems_of(faq_copy)
    assert problem.startswith("faq/zz.yaml:7:")
    assert "entry 'extra-entry'" in problem
    assert "unknown key 'anwser'" in problem and "did you mean 'answer'" in problem


def test_missing_fields_are_each_reported(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "entries:\n  - id: half-done\n    question: Half done?\n")
    problems = problems_of(faq_copy)
    assert any("missing field 'answer'" in p and "half-done" in p for p in problems)
    assert any("missing field 'alternates'" in p for p in problems)
    assert any("missing field 'sources'" in p for p in problems)
    assert all(p.startswith("faq/zz.yaml:2:") for p in problems)


def test_duplicate_id_points_at_the_first(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "entries:\n" + GOOD_ENTRY.replace("extra-entry", "what-is-eczema"))
    [problem] = problems_of(faq_copy)
    assert "faq/zz.yaml:2:" in problem and "duplicate id" in problem
    assert "faq/eczema.yaml:" in problem


def test_related_and_sources_must_exist(faq_copy: Path) -> None:
    entry = GOOD_ENTRY + "    related: [no-such-entry]\n"
    entry = entry.replace("[probiotics-leaky-gut-eczema]", "[no-such-source]")
    write(faq_copy, "zz.yaml", "entries:\n" + entry)
    problems = problems_of(faq_copy)
    assert any("unknown entry 'no-such-entry'" in p and "zz.yaml:7" in p for p in problems)
    assert any("unknown source 'no-such-source'" in p and "zz.yaml:6" in p for p in problems)


def test_empty_answer_is_an_error(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "entries:\n" + GOOD_ENTRY.replace("Yes, it is.", '""'))
    [problem] = problems_of(faq_copy)
    assert "zz.yaml:5:" in problem and "'answer' must be non-empty" in problem


def test_bad_id_is_an_error(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "entries:\n" + GOOD_ENTRY.replace("extra-entry", "Extra Entry"))
    [problem] = problems_of(faq_copy)
    assert "kebab-case" in problem


def test_yaml_syntax_error_has_its_line(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "entries:\n  - id: broken\n    question: [unclosed\n")
    [problem] = problems_of(faq_copy)
    assert problem.startswith("faq/zz.yaml:") and "YAML syntax error" in problem


def test_a_key_written_twice_is_an_error_not_a_silent_loss(faq_copy: Path) -> None:
    # YAML keeps the second "answer:" and drops the first without a word
    entry = GOOD_ENTRY.replace("    answer: Yes, it is.\n", "    answer: Yes.\n    answer: No.\n")
    write(faq_copy, "zz.yaml", "entries:\n" + entry)
    [problem] = problems_of(faq_copy)
    assert problem.startswith("faq/zz.yaml:6:")
    assert "'answer' appears twice" in problem and "first at line 5" in problem


def test_non_utf8_is_reported_with_its_line(faq_copy: Path) -> None:
    (faq_copy / "zz.yaml").write_bytes(b"entries:\n  - id: caf\xe9\n")
    [problem] = problems_of(faq_copy)
    assert problem.startswith("faq/zz.yaml:2:") and "UTF-8" in problem


def test_empty_file_is_an_error(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "   \n")
    assert problems_of(faq_copy) == ["faq/zz.yaml: is empty"]


def test_all_problems_are_reported_at_once(faq_copy: Path) -> None:
    write(faq_copy, "a.yaml", "entries:\n  - id: one\n    question: One?\n")
    write(faq_copy, "b.yaml", "entries: [\n")
    write(faq_copy, "c.yaml", "sections: []\n")
    problems = problems_of(faq_copy)
    files = {p.split(":")[0] for p in problems}
    assert files == {"faq/a.yaml", "faq/b.yaml", "faq/c.yaml"}
    assert any(
        "did you mean 'sections'" in p or "unknown section 'sections'" in p for p in problems
    )


def test_unsafe_yaml_tags_are_refused(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "entries: !!python/object/apply:os.system ['echo pwned']\n")
    [problem] = problems_of(faq_copy)
    assert "zz.yaml:1" in problem


def test_alias_bomb_does_not_hang(faq_copy: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 30):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    write(faq_copy, "zz.yaml", "\n".join(lines) + "\n")
    problems = problems_of(faq_copy)
    assert any("unknown section 'a29'" in p for p in problems)


def test_texts_and_settings_are_validated(faq_copy: Path) -> None:
    text = (faq_copy / "texts.yaml").read_text(encoding="utf-8")
    write(faq_copy, "texts.yaml", text.replace("  fallback:", "  falback:"))
    settings = (faq_copy / "settings.yaml").read_text(encoding="utf-8")
    write(
        faq_copy,
        "settings.yaml",
        re.sub(r"answer_threshold: \d+", "answer_threshold: 720", settings),
    )
    problems = problems_of(faq_copy)
    assert any("unknown text 'falback'" in p and "did you mean 'fallback'" in p for p in problems)
    assert any("texts: missing 'fallback'" in p for p in problems)
    assert any(
        "'answer_threshold' must be a number from 0 to 100" in p
        and p.startswith("faq/settings.yaml:")
        for p in problems
    )


@pytest.mark.parametrize(
    ("key", "shipped", "wrong"),
    [
        ("qualifier_terms", "[child, elderly]", "childs"),
        ("feeling_terms", "[tiredness, frequency]", "tired"),
        ("consult_terms", "[doctor, consult]", "doctors"),
    ],
)
def test_term_settings_must_be_synonym_terms(
    faq_copy: Path, key: str, shipped: str, wrong: str
) -> None:
    settings = (faq_copy / "settings.yaml").read_text(encoding="utf-8")
    edited = settings.replace(f"{key}: {shipped}", f"{key}: [{shipped[1:-1]}, {wrong}]")
    assert edited != settings
    write(faq_copy, "settings.yaml", edited)
    problems = problems_of(faq_copy)
    assert any(
        f"'{key}' names '{wrong}', which is no term in the synonyms" in p
        and p.startswith("faq/settings.yaml:")
        for p in problems
    )


@pytest.mark.parametrize(
    ("shipped", "wrong", "message"),
    [
        ("see-a-doctor]", "see-a-doctor, hydration-tips]", "names unknown entry 'hydration-tips'"),
        ("[gut-health-tips,", "gut-health-tips\n    #", "must map qualifier terms to lists of"),
        ("elderly: [", "aged: [", "names 'aged', which is not in 'qualifier_terms'"),
    ],
)
def test_qualifier_entries_must_name_qualifiers_and_entries(
    faq_copy: Path, shipped: str, wrong: str, message: str
) -> None:
    settings = (faq_copy / "settings.yaml").read_text(encoding="utf-8")
    edited = settings.replace(shipped, wrong, 1)
    assert edited != settings
    write(faq_copy, "settings.yaml", edited)
    problems = problems_of(faq_copy)
    assert any(message in p and p.startswith("faq/settings.yaml:") for p in problems), problems


def test_bad_safety_pattern_is_an_error(faq_copy: Path) -> None:
    write(
        faq_copy,
        "zz.yaml",
        "urgent:\n  - id: broken-rule\n    kind: urgent\n    patterns: ['(unclosed']\n",
    )
    [problem] = problems_of(faq_copy)
    assert "zz.yaml:4:" in problem and "bad pattern" in problem


SIGN_RULE = """\
urgent:
  - id: breath-sign
    kind: urgent
    signs:
      - words:
          - {first}
          - [air, breath*]
{extra}"""


@pytest.mark.parametrize(
    ("first", "extra", "expected"),
    [
        ("[x-ray, cant]", "", "'x-ray' in 'x-ray' must be letters or digits"),
        ("[ai*, cant]", "", "'ai*' in 'ai*' must be letters or digits"),
        ("[no, cant]", "", "YAML reads False in words list 1 as a value, not a word"),
        ("[38, cant]", "", "put words such as 'no', 'on' or '38' in quotes"),
        ("[]", "", "words list 1 must be a list of words"),
        ("[cant, '']", "", "words list 1 holds an empty or odd item"),
        ("[cant]", "        within: 0\n", "'within' must be a whole number from 1 to 40"),
        ("[cant]", "        in_order: yes please\n", "'in_order' must be true or false"),
        ("[cant]", "        unless: ['(unclosed']\n", "bad pattern '(unclosed'"),
        ("[cant]", "        near: 3\n", "unknown key 'near' in a sign of urgent rule"),
    ],
)
def test_a_bad_sign_is_one_clear_problem(
    faq_copy: Path, first: str, extra: str, expected: str
) -> None:
    write(faq_copy, "zz.yaml", SIGN_RULE.format(first=first, extra=extra))
    [problem] = problems_of(faq_copy)
    assert problem.startswith("faq/zz.yaml:") and expected in problem
    assert "urgent rule 'breath-sign'" in problem


def test_a_safety_rule_needs_patterns_or_signs(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "urgent:\n  - id: empty-rule\n    kind: urgent\n")
    [problem] = problems_of(faq_copy)
    assert "urgent rule 'empty-rule' needs 'patterns' or 'signs'" in problem


def test_a_rules_slips_setting_must_be_true_or_false(faq_copy: Path) -> None:
    write(
        faq_copy,
        "zz.yaml",
        "urgent:\n  - id: foreign\n    kind: urgent\n    slips: no thanks\n"
        "    patterns: ['\\bnie moge oddychac\\b']\n",
    )
    [problem] = problems_of(faq_copy)
    assert "urgent rule 'foreign': 'slips' must be true or false" in problem


def test_a_sign_folds_its_words_as_messages_are(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", SIGN_RULE.format(first="[Can't, STRUGGLING]", extra=""))
    [rule] = [r for r in load_faq(faq_copy).rules if r.id == "breath-sign"]
    assert rule.signs[0].words[0] == (("cant",), ("struggling",))
    assert rule.signs[0].words[1] == (("air",), ("breath*",))


def test_missing_folder_is_one_clear_problem(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert problems_of(missing) == [f"{missing}: FAQ folder does not exist"]


def test_ids_and_tags_must_fit_in_telegram_buttons(faq_copy: Path) -> None:
    entry = GOOD_ENTRY.replace("extra-entry", "x" * 60) + f"    tags: [{'long topic ' * 6}]\n"
    write(faq_copy, "zz.yaml", "entries:\n" + entry)
    problems = problems_of(faq_copy)
    assert any("longer than 56 characters" in p for p in problems)
    entry = GOOD_ENTRY + f"    tags: [{'long topic ' * 6}]\n"
    write(faq_copy, "zz.yaml", "entries:\n" + entry)
    [problem] = problems_of(faq_copy)
    assert "zz.yaml:7:" in problem and "longer than 48 bytes" in problem


def test_a_bad_not_urgent_pattern_is_reported(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", "not_urgent:\n  - '^(can|does'\n")
    problems = problems_of(faq_copy)
    assert any(p.startswith("faq/zz.yaml:2") and "not_urgent: bad pattern" in p for p in problems)


SHARED_EXCEPTION = """\
exceptions:
  asked: &asked '^(can|does)\\b'
urgent:
  - id: zz-rule
    kind: urgent
    patterns: ['\\bpurple toes\\b']
    unless:
      - *asked
"""


def test_an_exception_written_once_is_repeated_by_its_alias(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", SHARED_EXCEPTION)
    [rule] = [r for r in load_faq(faq_copy).rules if r.id == "zz-rule"]
    assert any(p.pattern == "^(can|does)\\b" for p in rule.unless)
    knowledge = Knowledge.load(faq_copy)
    assert knowledge.respond("my dad has purple toes").kind == "urgent"
    assert knowledge.respond("does cold give you purple toes").kind != "urgent"


def test_a_bad_shared_exception_is_reported(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", SHARED_EXCEPTION.replace("(can|does)", "(can|does"))
    problems = problems_of(faq_copy)
    assert any(
        p.startswith("faq/zz.yaml:2") and "exception 'asked': bad pattern" in p for p in problems
    )


def test_an_alias_with_no_exception_names_itself(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", SHARED_EXCEPTION.replace("*asked", "*askd"))
    [problem] = problems_of(faq_copy)
    assert "faq/zz.yaml:8" in problem and "'*askd'" in problem and "'&name'" in problem


SHARED_PIECE = """\
pieces:
  long-past: '\\b(years ago|as a kid)\\b'
urgent:
  - id: zz-rule
    kind: urgent
    patterns: ['\\bpurple toes\\b']
    unless:
      - '\\bpurple toes\\b.{0,20}{{long-past}}'
"""


def test_a_piece_written_once_is_put_into_the_patterns_that_name_it(faq_copy: Path) -> None:
    write(faq_copy, "zz.yaml", SHARED_PIECE)
    [rule] = [r for r in load_faq(faq_copy).rules if r.id == "zz-rule"]
    assert rule.unless[0].pattern == "\\bpurple toes\\b.{0,20}\\b(years ago|as a kid)\\b"
    knowledge = Knowledge.load(faq_copy)
    assert knowledge.respond("my dad has purple toes").kind == "urgent"
    assert knowledge.respond("i had purple toes as a kid, what is eczema").kind != "urgent"


@pytest.mark.parametrize(
    ("change", "line", "says"),
    [
        # a piece no one wrote: named, with the pieces there are
        (("{{long-past}}'\n", "{{long-ago}}'\n"), 8, "no piece named 'long-ago'"),
        (("{{long-past}}'\n", "{{long-ago}}'\n"), 8, "this file's pieces: long-past"),
        # a piece that does not compile, or that names another
        (("ago|as", "ago|(as"), 2, "piece 'long-past': bad pattern"),
        (("as a kid)", "as a kid|{{other}})"), 2, "piece 'long-past' names another piece"),
        (("long-past:", "Long Past:"), 2, "must be kebab-case"),
    ],
)
def test_a_bad_piece_or_a_piece_no_one_wrote_is_reported(
    faq_copy: Path, change: tuple[str, str], line: int, says: str
) -> None:
    write(faq_copy, "zz.yaml", SHARED_PIECE.replace(*change))
    problems = problems_of(faq_copy)
    assert any(p.startswith(f"faq/zz.yaml:{line}") and says in p for p in problems), problems


def test_a_piece_is_its_own_files_only(faq_copy: Path) -> None:
    pieces, rule = SHARED_PIECE.split("urgent:\n")
    write(faq_copy, "zz.yaml", pieces)
    write(faq_copy, "zz2.yaml", "urgent:\n" + rule)
    problems = problems_of(faq_copy)
    assert any("zz2.yaml" in p and "no piece named 'long-past'" in p for p in problems)
