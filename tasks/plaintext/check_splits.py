"""Sanity checks for the bundled plain-text corpus: ``python tasks/plaintext/check_splits.py``.

Checks record shape, paragraph length (80-200 words), unique ids, minimum split sizes, that fit and
eval share no paragraph and no 12-word run of text, and that no two paragraphs anywhere (within a
split too) share a 12-word run, which would hint at a near duplicate.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
NGRAM = 12
# The project needs at least 200 evaluation items per task.
MIN_ROWS = {"eval": 200, "fit": 100}


def load(split: str) -> list[dict]:
    with (HERE / "data" / f"{split}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ngrams(text: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    w = text.lower().split()
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def main() -> None:
    fit, ev = load("fit"), load("eval")
    for r in fit + ev:
        assert set(r) == {"id", "text"}, r.get("id")
        n = len(r["text"].split())
        assert 80 <= n <= 200, (r["id"], n)
    ids = [r["id"] for r in fit + ev]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [r["text"] for r in fit + ev]
    assert len(texts) == len(set(texts)), "duplicate paragraphs"
    fit_grams = set().union(*(ngrams(r["text"]) for r in fit))
    overlap = [r["id"] for r in ev if ngrams(r["text"]) & fit_grams]
    assert not overlap, f"eval paragraphs sharing a {NGRAM}-gram with fit: {overlap}"
    seen: dict[tuple[str, ...], str] = {}
    for r in fit + ev:
        for g in ngrams(r["text"]):
            other = seen.setdefault(g, r["id"])
            assert other == r["id"], (
                f"{other} and {r['id']} share a {NGRAM}-gram: {' '.join(g)}"
            )
    for rows, name in ((fit, "fit"), (ev, "eval")):
        assert len(rows) >= MIN_ROWS[name], (
            f"{name}: {len(rows)} < {MIN_ROWS[name]} paragraphs"
        )
    for rows, name in ((fit, "fit"), (ev, "eval")):
        words = [len(r["text"].split()) for r in rows]
        print(
            f"{name}: {len(rows)} paragraphs, {sum(words)} words ({min(words)}-{max(words)} per paragraph)"
        )
    print("ok: splits disjoint, no shared 12-word runs anywhere")


if __name__ == "__main__":
    main()
