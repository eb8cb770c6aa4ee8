"""Property tests: no input breaks the conversation core or the FAQ loader."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import KINDS, Knowledge
from bot.faq import FAQError, _read_yaml, load_faq
from tests.conftest import FAQ_DIR

KNOWLEDGE = Knowledge.load(FAQ_DIR)
TEXT = st.text(max_size=10_000) | st.text(
    alphabet=st.sampled_from(list("eczma gutlkypbos?!<>&*_\u200b\u202e\x00🦠é")), max_size=300
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_gets_a_valid_reply(text: str) -> None:
    reply = KNOWLEDGE.respond(text)
    assert reply.kind in KINDS
    assert 0 <= reply.score <= 100
    assert len(reply.suggestions) <= 3
    assert reply.text.strip()
    if reply.kind == "answer":
        assert reply.entry_id in KNOWLEDGE.faq.entries
    if reply.kind in ("answer", "clarify"):
        assert KNOWLEDGE.texts["disclaimer"] in reply.text
        assert all(s in KNOWLEDGE.faq.entries for s in reply.suggestions)


SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "question",
                    "alternates",
                    "answer",
                    "sources",
                    "tags",
                    "related",
                    "entries",
                    "texts",
                    "settings",
                    "x",
                ]
            )
            | st.text(max_size=8),
            inner,
            max_size=5,
        )
    ),
    max_leaves=25,
)
DOCUMENTS = (
    VALUES.map(lambda v: yaml.safe_dump(v, allow_unicode=True))
    | st.text(max_size=2_000)
    | st.binary(max_size=500).map(lambda b: b.decode("latin-1"))
)


def load_with(extra: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "faq"
        folder.mkdir()
        for path in FAQ_DIR.glob("*.yaml"):
            (folder / path.name).write_bytes(path.read_bytes())
        (folder / "zz-fuzz.yaml").write_text(extra, encoding="utf-8", errors="surrogatepass")
        started = time.perf_counter()
        try:
            faq = load_faq(folder)
        except FAQError as exc:
            assert exc.problems
            assert all(str(p).startswith(("faq/", str(folder))) for p in exc.problems)
        else:
            assert faq.entries
        assert time.perf_counter() - started < 5


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(DOCUMENTS)
def test_any_yaml_gives_a_faq_or_a_list_of_errors(document: str) -> None:
    try:
        document.encode("utf-8")
    except UnicodeEncodeError:
        document = document.encode("utf-8", "replace").decode("utf-8")
    load_with(document)


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=5, max_value=40), st.integers(min_value=2, max_value=12))
def test_alias_bombs_neither_hang_nor_crash(depth: int, width: int) -> None:
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for level in range(1, depth):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    lines.append(f"entries: *a{depth - 1}")
    load_with("\n".join(lines) + "\n")


YAML_EXTRAS = st.sampled_from(
    [
        "base: &base {sources: [a], tags: [t]}\nentry:\n  <<: *base\n  id: x\n",
        "s: !!set {a, b}\no: !!omap [{a: 1}, {b: 2}]\nd: 2026-11-22\nn: ~\nf: 1.5e3\n",
        "a: &a [x, y]\nb: [*a, *a]\n1: one\n",
        "? [complex, key]\n: v\n",
        "t: !!str 123\nb: !!binary aGVsbG8=\ny: yes\nno: off\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(VALUES.map(lambda v: yaml.safe_dump(v, allow_unicode=True)) | YAML_EXTRAS)
def test_faq_files_read_exactly_as_yaml_safe_load_reads_them(document: str) -> None:
    # The loader builds plain text, lists and mappings itself for speed; it must agree with
    # PyYAML's safe loader on every document, tags, anchors and merge keys included.
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.yaml"
        path.write_text(document, encoding="utf-8")
        problems: list = []
        data, _ = _read_yaml(path, "doc.yaml", problems)
    try:
        expected = yaml.safe_load(document)
    except yaml.YAMLError:
        assert len(problems) == 1
    else:
        assert problems == []
        assert data == expected
