"""The safety screen on blind probes (bench/probes.yaml): messages written before any change for
them, in words the rules had not seen. Prints a table, each probe's first figures beside it.

    python bench/probes.py [--floor F]

Crisis messages count when they get the crisis reply, and again when they get at least the
distress text first (a distress rule or the words of distress, bot/distress.py); urgent ones
when they get the urgent or crisis reply; ordinary ones when they get no alarm, and again
when they get no distress text either. Exits 1 if any ordinary message gets an alarm, or if
crisis messages with the crisis reply or the distress text, or urgent ones with their reply,
fall under ``--floor``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import Knowledge  # noqa: E402

PROBES = ROOT / "bench" / "probes.yaml"


def load_probes(path: Path = PROBES) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]


def share(hits: int, total: int) -> str:
    return f"{hits / total:.2f} ({hits}/{total})" if total else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, help="fail under this share (see above)")
    parser.add_argument("--misses", action="store_true", help="list what each probe misses")
    args = parser.parse_args()
    knowledge = Knowledge.load(ROOT / "faq")
    totals = dict.fromkeys(("crisis", "crisis_reply", "helped", "urgent", "urgent_reply"), 0)
    totals.update(dict.fromkeys(("ordinary", "no_alarm", "no_distress"), 0))
    rows, misses = [], []
    for probe in load_probes():
        counts = dict.fromkeys(totals, 0)
        for message in probe.get("crisis") or ():
            reply = knowledge.respond(message)
            crisis = reply.kind == "urgent" and reply.text == knowledge.texts["crisis"]
            counts["crisis"] += 1
            counts["crisis_reply"] += crisis
            counts["helped"] += crisis or reply.distress
            if not (crisis or reply.distress):
                misses.append(f"crisis, {reply.kind}: {message}")
        for message in probe.get("urgent") or ():
            reply = knowledge.respond(message)
            counts["urgent"] += 1
            counts["urgent_reply"] += reply.kind == "urgent"
            if reply.kind != "urgent":
                misses.append(f"urgent, {reply.kind}: {message}")
        for message in probe.get("ordinary") or ():
            reply = knowledge.respond(message)
            counts["ordinary"] += 1
            counts["no_alarm"] += reply.kind != "urgent"
            counts["no_distress"] += reply.kind != "urgent" and not reply.distress
            if reply.kind == "urgent" or reply.distress:
                what = "an alarm" if reply.kind == "urgent" else "the distress text"
                misses.append(f"ordinary, {what}: {message}")
        for key, value in counts.items():
            totals[key] += value
        rows.append((probe["name"], counts, probe.get("first", "")))
    rows.append(("all", totals, ""))
    print(
        "| probe | crisis reply | crisis reply or distress text | urgent reply "
        "| ordinary: no alarm | ordinary: no distress text | first figures |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, c, first in rows:
        print(
            f"| {name} | {share(c['crisis_reply'], c['crisis'])} | "
            f"{share(c['helped'], c['crisis'])} | {share(c['urgent_reply'], c['urgent'])} | "
            f"{share(c['no_alarm'], c['ordinary'])} | {share(c['no_distress'], c['ordinary'])} | "
            f"{first} |"
        )
    if args.misses:
        print()
        print("\n".join(misses))
    failed = []
    if totals["no_alarm"] < totals["ordinary"]:
        failed.append("an ordinary message got an alarm")
    if args.floor is not None:
        for key, total in (("helped", "crisis"), ("urgent_reply", "urgent")):
            if totals[total] and totals[key] / totals[total] < args.floor:
                failed.append(f"{key} {totals[key] / totals[total]:.3f} < {args.floor}")
    for failure in failed:
        print(f"FAILED: {failure}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
