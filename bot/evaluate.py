"""Score the bot on a labelled question set (faq/eval/labelled.yaml by default).

The set is YAML with four sections: ``answer`` (entry id -> questions that must get it),
``fallback``, ``urgent`` and ``smalltalk`` (lists of questions that must get that kind), and an
optional ``floors`` mapping that replaces, for this set only, floors from faq/settings.yaml
(a set written to be hard may need a lower one without lowering it for every set).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.core import Knowledge, Reply
from bot.faq import EVAL_FLOORS, DuplicateKey, parse_yaml

SECTIONS = ("answer", "fallback", "urgent", "smalltalk")


class LabelledSetError(Exception):
    """The labelled set cannot be read; the message says why, in one sentence."""


@dataclass(frozen=True)
class Case:
    question: str
    kind: str  # expected kind
    entry_id: str | None = None  # expected entry, for kind "answer"


@dataclass
class Report:
    """Figures (0-1) per measure, with the questions that went wrong."""

    counts: dict[str, int] = field(default_factory=dict)
    figures: dict[str, float] = field(default_factory=dict)
    confusions: list[tuple[Case, Reply]] = field(default_factory=list)

    def below_floors(self, floors: dict[str, float]) -> list[str]:
        """Measures that miss their floor (``max_false_urgent`` is a ceiling)."""
        failed = []
        for name, floor in floors.items():
            if name == "max_false_urgent":
                if self.figures.get("false_urgent", 0.0) > floor:
                    failed.append(f"false_urgent {self.figures['false_urgent']:.3f} > {floor}")
            elif name in self.figures and self.figures[name] < floor:
                failed.append(f"{name} {self.figures[name]:.3f} < {floor}")
        return failed


def _read(path: Path) -> dict:
    try:
        data, _ = parse_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LabelledSetError(f"cannot read {path}: {exc.strerror or exc}") from None
    except DuplicateKey as exc:  # a second "what-is-eczema:" would drop the first's questions
        raise LabelledSetError(f"{path}:{exc.line}: {exc}") from None
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError, ValueError) as exc:
        raise LabelledSetError(f"{path} is not valid UTF-8 YAML: {exc}") from None
    if not isinstance(data, dict) or not set(data) <= {*SECTIONS, "floors"}:
        raise LabelledSetError(
            f"{path} must be a mapping with sections {', '.join(SECTIONS)} (and floors)"
        )
    return data


def _own_floors(path: Path, data: dict) -> dict[str, float]:
    """The set's own floors (may be empty); raise LabelledSetError if they are malformed."""
    floors = data.get("floors") or {}
    if not isinstance(floors, dict) or not all(
        name in EVAL_FLOORS
        and isinstance(v, int | float)
        and not isinstance(v, bool)
        and 0 <= v <= 1
        for name, v in floors.items()
    ):
        raise LabelledSetError(
            f"{path}: 'floors' must map {', '.join(EVAL_FLOORS)} to numbers from 0 to 1"
        )
    return {name: float(v) for name, v in floors.items()}


def load_cases(path: str | Path, known_ids: set[str] | None = None) -> list[Case]:
    """Read a labelled set; raise LabelledSetError on anything malformed."""
    path = Path(path)
    return _cases(path, _read(path), known_ids)


def _cases(path: Path, data: dict, known_ids: set[str] | None) -> list[Case]:
    cases: list[Case] = []
    answers = data.get("answer") or {}
    if not isinstance(answers, dict):
        raise LabelledSetError(f"{path}: 'answer' must map entry ids to lists of questions")
    for entry_id, questions in answers.items():
        if known_ids is not None and entry_id not in known_ids:
            raise LabelledSetError(f"{path}: 'answer' names unknown entry '{entry_id}'")
        cases += [Case(q, "answer", entry_id) for q in _questions(path, entry_id, questions)]
    for kind in ("fallback", "urgent", "smalltalk"):
        cases += [Case(q, kind) for q in _questions(path, kind, data.get(kind) or [])]
    if not cases:
        raise LabelledSetError(f"{path} holds no questions")
    return cases


def _questions(path: Path, where: str, questions: object) -> list[str]:
    if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
        raise LabelledSetError(f"{path}: '{where}' must be a list of questions")
    return [q for q in questions if q.strip()]


def evaluate(respond: Callable[[str], Reply], cases: list[Case]) -> Report:
    """Ask every question and measure the replies."""
    report = Report()
    hits = {
        "top1": 0,
        "helpful": 0,
        "rejected": 0,
        "urgent_recall": 0,
        "smalltalk": 0,
        "false_urgent": 0,
    }
    counts = {"answer": 0, "fallback": 0, "urgent": 0, "smalltalk": 0, "not_urgent": 0}
    for case in cases:
        reply = respond(case.question)
        counts[case.kind] += 1
        if case.kind != "urgent":
            counts["not_urgent"] += 1
            hits["false_urgent"] += reply.kind == "urgent"
        if case.kind == "answer":
            right = reply.kind == "answer" and reply.entry_id == case.entry_id
            hits["top1"] += right
            hits["helpful"] += right or (
                reply.kind == "clarify" and case.entry_id in reply.suggestions
            )
        else:
            right = reply.kind == case.kind
            key = {"fallback": "rejected", "urgent": "urgent_recall", "smalltalk": "smalltalk"}
            hits[key[case.kind]] += right
        if not right:
            report.confusions.append((case, reply))
    report.counts = counts
    denominators = {
        "top1": "answer",
        "helpful": "answer",
        "rejected": "fallback",
        "urgent_recall": "urgent",
        "smalltalk": "smalltalk",
        "false_urgent": "not_urgent",
    }
    for name, denominator in denominators.items():
        if counts[denominator]:
            report.figures[name] = hits[name] / counts[denominator]
    return report


def describe(reply: Reply) -> str:
    if reply.kind == "answer":
        return f"answer {reply.entry_id}"
    if reply.kind == "clarify":
        return f"clarify [{', '.join(reply.suggestions)}]"
    return reply.kind


def format_report(report: Report, floors: dict[str, float], confusions: bool = True) -> str:
    names = {
        "top1": "in-scope top-1 (right answer)",
        "helpful": "in-scope helpful (answer or suggestion)",
        "rejected": "out-of-scope rejected (fallback)",
        "urgent_recall": "urgent recall",
        "false_urgent": "false urgent rate",
        "smalltalk": "small talk",
    }
    lines = [
        "questions: "
        + ", ".join(f"{k} {v}" for k, v in report.counts.items() if k != "not_urgent"),
        "",
        f"| {'measure':42} | figure | floor |",
        f"|{'-' * 44}|--------|-------|",
    ]
    for key, label in names.items():
        if key not in report.figures:
            continue
        floor_key = "max_false_urgent" if key == "false_urgent" else key
        floor = floors.get(floor_key)
        floor_text = (
            "" if floor is None else (f"<={floor}" if key == "false_urgent" else f">={floor}")
        )
        lines.append(f"| {label:42} | {report.figures[key]:6.3f} | {floor_text:5} |")
    if report.confusions and not confusions:
        lines += ["", f"confusions: {len(report.confusions)} (not shown: --figures-only)"]
    elif report.confusions:
        lines += ["", f"confusions ({len(report.confusions)}): question -> expected, got"]
        for case, reply in report.confusions:
            expected = case.entry_id if case.kind == "answer" else case.kind
            lines.append(f"  {case.question!r} -> {expected}, got {describe(reply)}")
    return "\n".join(lines)


def default_cases_path(faq_directory: Path) -> Path:
    return faq_directory / "eval" / "labelled.yaml"


def run(knowledge: Knowledge, path: Path) -> tuple[Report, dict[str, float], list[str]]:
    """Score one set: the report, its floors (faq/settings.yaml's with the set's own on top)
    and the figures under them. The file is read once."""
    data = _read(path)
    cases = _cases(path, data, set(knowledge.faq.entries))
    floors = {**knowledge.settings.get("eval_floors", {}), **_own_floors(path, data)}
    report = evaluate(knowledge.respond, cases)
    return report, floors, report.below_floors(floors)
