"""Sanity checks for the bundled plain-text corpus: ``python tasks/plaintext/check_splits.py``.

Checks record shape, paragraph length (80-200 words), unique ids, and that fit and eval share no
paragraph and no 12-word run of text.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
NGRAM = 12


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
    for rows, name in ((fit, "fit"), (ev, "eval")):
        words = [len(r["text"].split()) for r in rows]
        print(f"{name}: {len(rows)} paragraphs, {sum(words)} words ({min(words)}-{max(words)} per paragraph)")
    print("ok: splits disjoint")


if __name__ == "__main__":
    main()
