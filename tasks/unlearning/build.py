"""Build the ``unlearning`` data files (WMDP-style benchmark with a benign forget topic).

Everything here was written for lm-eval-steered; nothing is copied from WMDP, MMLU or any other
data set. The items live in four sibling modules:

* ``forget_items.py`` / ``retain_items.py``: 4-choice questions ``(subtopic, question, correct,
  wrong, wrong, wrong)``;
* ``forget_passages.py`` / ``retain_passages.py``: corpus passages ``(subtopic, text)``.

Outputs in ``data/`` (one JSON object per line):

* ``forget_mc_eval`` / ``forget_mc_fit`` and ``retain_mc_eval`` / ``retain_mc_fit``:
  ``{"id", "question", "choices", "answer", "subtopic"}``. Within each subtopic, in written order,
  item ``i`` goes to ``*_mc_fit`` when ``i % 5 == FIT_SLOT`` and to ``*_mc_eval`` otherwise. The
  correct answer's position is drawn from a balanced, seeded shuffle of ``[0, 1, 2, 3] * k`` per
  file, and the distractors are shuffled with the same seeded generator.
* ``forget_corpus`` / ``retain_corpus``: ``{"id", "text", "subtopic"}``.

Ids number items and passages in written order (``forget-mc-0001``, ``retain-doc-0001``, ...), so
they are unique across all files. ``python tasks/unlearning/build.py`` rewrites the files
byte-identically; ``--check`` only verifies that the committed files are current.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "data"
sys.path.insert(0, str(HERE))

import forget_items
import forget_passages
import retain_items
import retain_passages

SEED = 20250613
FIT_SLOT = 2  # one item in five per subtopic goes to the *_mc_fit split
MIN_WORDS, MAX_WORDS = 60, 150
MAX_QUESTION_JACCARD = 0.6  # content-word Jaccard above this counts as a near duplicate
MAX_SHARED_NGRAM = 6  # a question may share at most 5 consecutive words with any passage

STOPWORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "is", "are", "was", "were", "be", "been", "which", "what", "who", "whom", "whose", "how",
    "why", "when", "where", "that", "this", "these", "those", "it", "its", "as", "do", "does",
    "did", "can", "could", "most", "many", "called", "usually", "often", "than", "into", "about",
    "one",
})

Item = tuple[str, str, str, str, str, str]


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits, apostrophes)."""
    return re.findall(r"[a-z0-9']+", text.lower())


def content_words(text: str) -> frozenset[str]:
    """Word set without stop words, for near-duplicate checks."""
    return frozenset(w for w in words(text) if w not in STOPWORDS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def normalise(text: str) -> str:
    """Collapse the line breaks and indentation of the triple-quoted passages."""
    return " ".join(text.split())


def validate_items(items: list[Item], name: str) -> None:
    questions = [it[1] for it in items]
    dup = sorted(q for q, n in Counter(questions).items() if n > 1)
    assert not dup, f"{name}: duplicate questions {dup}"
    for sub, question, *choices in items:
        assert sub and question.endswith("?"), (name, question)
        assert len(choices) == 4 and len(set(choices)) == 4, (name, question)
        assert all(c and c.strip() == c for c in choices), (name, question)
    pairs = [
        (jaccard(content_words(a[1]), content_words(b[1])), a[1], b[1]) for a, b in combinations(items, 2)
    ]
    close = [p for p in pairs if p[0] > MAX_QUESTION_JACCARD]
    assert not close, f"{name}: near-duplicate questions {close}"


def validate_passages(passages: list[tuple[str, str]], name: str) -> None:
    texts = [normalise(t) for _, t in passages]
    assert len(set(texts)) == len(texts), f"{name}: duplicate passages"
    for text in texts:
        n = len(text.split())
        assert MIN_WORDS <= n <= MAX_WORDS, (name, n, text[:60])


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def copied_wording(items: list[Item], passages: list[tuple[str, str]]) -> list[tuple[str, tuple[str, ...]]]:
    """Questions sharing ``MAX_SHARED_NGRAM`` or more consecutive words with a passage."""
    passage_grams: set[tuple[str, ...]] = set()
    for _, text in passages:
        passage_grams |= ngrams(words(text), MAX_SHARED_NGRAM)
    hits = []
    for it in items:
        shared = ngrams(words(it[1]), MAX_SHARED_NGRAM) & passage_grams
        if shared:
            hits.append((it[1], min(shared)))
    return hits


def split_items(items: list[Item]) -> tuple[list[tuple[int, Item]], list[tuple[int, Item]]]:
    """``(eval, fit)`` lists of ``(written index, item)``; one in five per subtopic goes to fit."""
    seen: Counter[str] = Counter()
    ev, fit = [], []
    for n, it in enumerate(items, start=1):
        i = seen[it[0]]
        seen[it[0]] += 1
        (fit if i % 5 == FIT_SLOT else ev).append((n, it))
    return ev, fit


def mc_records(rows: list[tuple[int, Item]], prefix: str, seed: int) -> list[dict]:
    """Records with the answer placed at balanced, seeded positions."""
    rng = random.Random(seed)
    positions = [i % 4 for i in range(len(rows))]
    rng.shuffle(positions)
    out = []
    for (n, (sub, question, correct, *wrong)), pos in zip(rows, positions):
        wrong = list(wrong)
        rng.shuffle(wrong)
        choices = wrong[:pos] + [correct] + wrong[pos:]
        out.append({"id": f"{prefix}-mc-{n:04d}", "question": question, "choices": choices,
                    "answer": pos, "subtopic": sub})
    return out


def corpus_records(passages: list[tuple[str, str]], prefix: str) -> list[dict]:
    return [{"id": f"{prefix}-doc-{n:04d}", "text": normalise(text), "subtopic": sub}
            for n, (sub, text) in enumerate(passages, start=1)]


def build() -> dict[str, list[dict]]:
    """All splits, keyed by file stem."""
    out: dict[str, list[dict]] = {}
    for k, (name, items, passages) in enumerate(
        (("forget", forget_items.ITEMS, forget_passages.PASSAGES),
         ("retain", retain_items.ITEMS, retain_passages.PASSAGES))
    ):
        validate_items(items, name)
        validate_passages(passages, name)
        copied = copied_wording(items, passages)
        assert not copied, f"{name}: questions copy passage wording {copied}"
        ev, fit = split_items(items)
        out[f"{name}_mc_eval"] = mc_records(ev, name, SEED + 10 * k)
        out[f"{name}_mc_fit"] = mc_records(fit, name, SEED + 10 * k + 1)
        out[f"{name}_corpus"] = corpus_records(passages, name)
    forget_q = {content_words(it[1]) for it in forget_items.ITEMS}
    retain_q = {content_words(it[1]) for it in retain_items.ITEMS}
    cross = [(a, b) for a in forget_q for b in retain_q if jaccard(a, b) > MAX_QUESTION_JACCARD]
    assert not cross, f"forget and retain questions overlap: {cross}"
    ids = [r["id"] for recs in out.values() for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return out


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    check = "--check" in sys.argv[1:]
    files = build()
    DATA.mkdir(exist_ok=True)
    stale = []
    for stem, records in files.items():
        path = DATA / f"{stem}.jsonl"
        text = dumps(records)
        if check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
            continue
        path.write_text(text, encoding="utf-8", newline="\n")
        extra = ""
        if "_mc_" in stem:
            extra = f", answer positions {dict(sorted(Counter(r['answer'] for r in records).items()))}"
        print(f"{stem}: {len(records)} records{extra}")
    if check:
        if stale:
            sys.exit(f"stale: {', '.join(stale)}; run python tasks/unlearning/build.py")
        print("ok: data/ matches build.py")


if __name__ == "__main__":
    main()
