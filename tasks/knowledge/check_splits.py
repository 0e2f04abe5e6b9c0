"""Sanity checks for the bundled general-knowledge data: ``python tasks/knowledge/check_splits.py``.

Checks record shape (4 distinct non-empty choices, answer index in range, known subject), unique ids,
that fit and eval share no question (normalized text) and no near duplicate (word-set Jaccard),
answer-position balance, the length cue (how often the correct answer is the longest / shortest
choice), split sizes, and that the committed files match what ``build.py`` generates.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
FIELDS = {"id", "subject", "question", "choices", "answer"}
MIN_SIZE = {"fit": 100, "eval": 320}
MAX_JACCARD = 0.8  # word-set similarity above which two questions count as near duplicates
LENGTH_CUE_RANGE = (0.18, 0.32)  # allowed accuracy of "pick the longest / shortest choice"


def load(split: str) -> list[dict]:
    with (HERE / "data" / f"{split}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_build():
    spec = importlib.util.spec_from_file_location("steered_knowledge_build", HERE / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def normalize(text: str) -> str:
    """Lower-case, punctuation dropped, whitespace collapsed."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def jaccard(a: str, b: str) -> float:
    sa, sb = set(normalize(a).split()), set(normalize(b).split())
    return len(sa & sb) / len(sa | sb)


def length_cue(rows: list[dict]) -> dict[str, float]:
    """How far answer length alone predicts the answer.

    ``longest_pick`` / ``shortest_pick``: expected accuracy of always choosing the longest /
    shortest choice (characters), ties broken at random; 0.25 means no cue.
    ``strict_longest`` / ``strict_shortest``: share of items where the correct answer is strictly
    the longest / shortest. ``tied_longest``: share where it is among the longest.
    """
    out = Counter()
    for r in rows:
        lens = [len(c) for c in r["choices"]]
        n = lens[r["answer"]]
        hi, lo = max(lens), min(lens)
        if n == hi:
            out["longest_pick"] += 1 / lens.count(hi)
            out["tied_longest"] += 1
            out["strict_longest"] += lens.count(hi) == 1
        if n == lo:
            out["shortest_pick"] += 1 / lens.count(lo)
            out["strict_shortest"] += lens.count(lo) == 1
    keys = ("longest_pick", "shortest_pick", "strict_longest", "strict_shortest", "tied_longest")
    return {k: out[k] / len(rows) for k in keys}


def check_record(r: dict, subjects: tuple[str, ...]) -> None:
    assert set(r) == FIELDS, (r.get("id"), set(r) ^ FIELDS)
    assert isinstance(r["id"], str) and re.fullmatch(r"kn-\d{4}", r["id"]), r["id"]
    assert r["subject"] in subjects, (r["id"], r["subject"])
    assert isinstance(r["question"], str) and r["question"].strip(), r["id"]
    ch = r["choices"]
    assert isinstance(ch, list) and len(ch) == 4, r["id"]
    assert all(isinstance(c, str) and c.strip() and c == c.strip() for c in ch), r["id"]
    assert len({c.lower() for c in ch}) == 4, (r["id"], ch)
    assert type(r["answer"]) is int and 0 <= r["answer"] < 4, (r["id"], r["answer"])


def main() -> None:
    build = load_build()
    fit, ev = load("fit"), load("eval")
    for r in fit + ev:
        check_record(r, build.SUBJECTS)

    ids = [r["id"] for r in fit + ev]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for rows, name in ((fit, "fit"), (ev, "eval")):
        assert len(rows) >= MIN_SIZE[name], (name, len(rows))
        norm = [normalize(r["question"]) for r in rows]
        assert len(norm) == len(set(norm)), f"duplicate question in {name}"
    shared = {normalize(r["question"]) for r in fit} & {normalize(r["question"]) for r in ev}
    assert not shared, f"questions in both splits: {sorted(shared)}"

    worst = max(itertools.combinations(fit + ev, 2), key=lambda p: jaccard(p[0]["question"], p[1]["question"]))
    worst_j = jaccard(worst[0]["question"], worst[1]["question"])
    assert worst_j < MAX_JACCARD, (worst_j, worst[0]["question"], worst[1]["question"])

    for rows, name in ((fit, "fit"), (ev, "eval")):
        pos = Counter(r["answer"] for r in rows)
        assert max(pos.values()) - min(pos[i] for i in range(4)) <= 1, (name, pos)
        for subj in build.SUBJECTS:
            sp = Counter(r["answer"] for r in rows if r["subject"] == subj)
            assert max(sp.values()) - min(sp[i] for i in range(4)) <= 1, (name, subj, sp)
        cue = length_cue(rows)
        for k in ("longest_pick", "shortest_pick"):
            assert LENGTH_CUE_RANGE[0] <= cue[k] <= LENGTH_CUE_RANGE[1], (name, k, cue[k])

    regenerated = build.build()
    assert regenerated["fit"] == fit and regenerated["eval"] == ev, "data/ is stale: run build.py"
    for split, rows in regenerated.items():
        assert (HERE / "data" / f"{split}.jsonl").read_text(encoding="utf-8") == build.dump(rows), split

    for rows, name in ((fit, "fit"), (ev, "eval")):
        pos = Counter(r["answer"] for r in rows)
        cue = length_cue(rows)
        print(f"{name}: {len(rows)} items, {len({r['subject'] for r in rows})} subjects, "
              f"answer positions {[pos[i] for i in range(4)]}, "
              + ", ".join(f"{k} {v:.3f}" for k, v in cue.items()))
    print(f"max question word-set Jaccard {worst_j:.2f}")
    print("ok: ids unique; splits disjoint; choices valid; positions balanced; files match build.py")


if __name__ == "__main__":
    main()
