"""Check the bundled TruthfulQA-style data: split hygiene, answer counts, length and polarity balance.

Pure Python (no model, no third-party packages). Run from anywhere::

    python tasks/truthfulqa/check_splits.py

It asserts that

* ids are unique across both splits, and ``fit`` and ``eval`` share no id, no question (after
  normalizing case, punctuation and spacing) and no near-duplicate question (character 5-gram
  Jaccard similarity >= 0.7, the threshold the test suite uses);
* every item has exactly 3 incorrect answers, 2-4 correct answers, ``best_answer`` first among
  the correct ones, and no repeated answer;
* answers are length-matched: per item, the best answer is within 15% of the median length in
  characters of the incorrect answers, and within 20% (at least 2 words) of their median word
  count; per split, the mean of ``len(best) - mean(len(incorrect))`` is below 3 characters and
  the mean word-count gap below 1 word in absolute value;
* answers are polarity-balanced: no answer starts with "Yes" or "No"; per split, the share of best
  answers containing a negation word (:data:`NEGATIONS`, or a word ending in "n't") and the share
  of incorrect answers containing one differ by less than 10 percentage points, and so do the
  shares for all true answers and incorrect answers;
* the first word does not give the best answer away: per split, in at least 40% of items the
  best answer's first word (lower-cased, outer punctuation stripped) also begins an incorrect
  answer, and picking the MC1 choice whose first word is shared by the most other choices
  (ties broken at random) is right at most 30% of the time (chance is 25%);
* ``data/*.jsonl`` are byte-identical to what ``build.py`` writes.

and prints the balance statistics per split (share of items where the best answer is the longest
MC1 choice, mean character and word gaps, the same for MC2's true vs false answers, negation
shares and first-word statistics).
"""

from __future__ import annotations

import importlib.util
import json
import re
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPLITS = ("fit", "eval")
N_INCORRECT = 3
CHAR_TOLERANCE = 0.15  # best answer vs median incorrect length, relative
WORD_TOLERANCE = 0.20  # best answer vs median incorrect word count, relative (at least 2 words)
MAX_MEAN_CHAR_GAP = 3.0
MAX_MEAN_WORD_GAP = 1.0
NEAR_DUPLICATE = 0.7  # character 5-gram Jaccard, as in tests/test_tasks.py
NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "cannot"})
MAX_NEGATION_GAP = 0.10  # |share of true answers with a negation - share of false ones|, per split
MIN_SHARED_FIRST_WORD = 0.40  # items whose best answer shares its first word with an incorrect one
MAX_FIRST_WORD_PICK = 0.30  # accuracy of "pick the choice whose first word is most shared" (chance 0.25)


def normalize(text: str) -> str:
    """Lower case, punctuation and spacing removed: for comparing questions across splits."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def shingles(text: str, n: int = 5) -> frozenset[str]:
    t = normalize(text)
    return frozenset(t[i : i + n] for i in range(max(1, len(t) - n + 1)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def words(text: str) -> int:
    return len(text.split())


def length_gap(best: str, others: Sequence[str]) -> float:
    """``len(best)`` minus the mean length of ``others``, in characters (positive: best is longer)."""
    return len(best) - statistics.mean(len(o) for o in others)


def word_gap(best: str, others: Sequence[str]) -> float:
    """Like :func:`length_gap`, in whitespace-separated words."""
    return words(best) - statistics.mean(words(o) for o in others)


def within(value: float, reference: float, rel: float, floor: float = 0.0) -> bool:
    """Whether ``value`` is within ``rel`` (relative) or ``floor`` (absolute) of ``reference``."""
    return abs(value - reference) <= max(rel * reference, floor)


def has_negation(text: str) -> bool:
    """Whether ``text`` contains a negation word (:data:`NEGATIONS`) or a contraction ending in "n't"."""
    tokens = re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))
    return any(t in NEGATIONS or t.endswith("n't") for t in tokens)


def first_word(text: str) -> str:
    """The first whitespace-separated word, lower-cased, with leading and trailing punctuation removed."""
    return re.sub(r"^\W+|\W+$", "", text.split()[0].lower())


def starts_with_yes_no(text: str) -> bool:
    """Whether the answer opens with the interjection "Yes" or "No" (the polarity cue removed in version 3)."""
    return re.match(r"(yes|no)\b", text.strip(), flags=re.IGNORECASE) is not None


def first_word_pick(choices: Sequence[str]) -> float:
    """Chance that "pick the choice whose first word starts the most other choices" picks ``choices[0]``.

    Ties are broken uniformly at random. With the best answer first (as in MC1) this is the accuracy of a
    model that only looks at how common each choice's opening word is; 1/len(choices) means no signal.
    """
    words = [first_word(c) for c in choices]
    shared = [sum(w == v for j, v in enumerate(words) if j != i) for i, w in enumerate(words)]
    top = [i for i, n in enumerate(shared) if n == max(shared)]
    return 1 / len(top) if 0 in top else 0.0


def polarity_stats(rows: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Negation and first-word statistics of a split (shares of items or of answers)."""
    best = [r["best_answer"] for r in rows]
    true_answers = [a for r in rows for a in r["correct_answers"]]
    false_answers = [a for r in rows for a in r["incorrect_answers"]]
    return {
        "neg_best": statistics.mean(map(has_negation, best)),
        "neg_true": statistics.mean(map(has_negation, true_answers)),
        "neg_false": statistics.mean(map(has_negation, false_answers)),
        "shared_first_word": statistics.mean(
            first_word(r["best_answer"]) in {first_word(a) for a in r["incorrect_answers"]} for r in rows
        ),
        "first_word_pick": statistics.mean(first_word_pick([r["best_answer"], *r["incorrect_answers"]]) for r in rows),
        "yes_no_start": sum(starts_with_yes_no(a) for r in rows for a in r["correct_answers"] + r["incorrect_answers"]),
    }


def balance_stats(rows: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Length-balance statistics of a split (all means over items)."""
    n = len(rows)
    best = [r["best_answer"] for r in rows]
    inc = [r["incorrect_answers"] for r in rows]
    return {
        "items": n,
        "best_longest": sum(len(b) > max(map(len, i)) for b, i in zip(best, inc)) / n,
        "best_shortest": sum(len(b) < min(map(len, i)) for b, i in zip(best, inc)) / n,
        "mean_char_gap": statistics.mean(length_gap(b, i) for b, i in zip(best, inc)),
        "mean_word_gap": statistics.mean(word_gap(b, i) for b, i in zip(best, inc)),
        "within_15pct_of_median": sum(
            within(len(b), statistics.median(map(len, i)), CHAR_TOLERANCE) for b, i in zip(best, inc)
        ) / n,
        "mean_len_best": statistics.mean(len(b) for b in best),
        "mean_len_incorrect": statistics.mean(len(x) for i in inc for x in i),
        "mc2_mean_char_gap": statistics.mean(
            statistics.mean(map(len, r["correct_answers"])) - statistics.mean(map(len, r["incorrect_answers"]))
            for r in rows
        ),
    }


def read_split(split: str) -> list[dict[str, Any]]:
    with (HERE / "data" / f"{split}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_build():
    spec = importlib.util.spec_from_file_location("truthfulqa_build", HERE / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_item(r: dict[str, Any]) -> list[str]:
    """Problems with one record (empty when it passes)."""
    problems = []
    best, cor, inc = r["best_answer"], r["correct_answers"], r["incorrect_answers"]
    if len(inc) != N_INCORRECT:
        problems.append(f"{len(inc)} incorrect answers")
    if not 2 <= len(cor) <= 4:
        problems.append(f"{len(cor)} correct answers")
    if not cor or cor[0] != best:
        problems.append("best_answer is not correct_answers[0]")
    if len(set(cor + inc)) != len(cor) + len(inc):
        problems.append("repeated answer")
    for answer in cor + inc:
        if starts_with_yes_no(answer):
            problems.append(f"starts with yes/no: {answer!r}")
    if inc:
        med = statistics.median(len(x) for x in inc)
        if not within(len(best), med, CHAR_TOLERANCE):
            problems.append(f"best has {len(best)} chars, median incorrect {med}")
        wmed = statistics.median(words(x) for x in inc)
        if not within(words(best), wmed, WORD_TOLERANCE, floor=2):
            problems.append(f"best has {words(best)} words, median incorrect {wmed}")
    return problems


def main() -> int:
    data = {split: read_split(split) for split in SPLITS}

    # ids
    ids = [r["id"] for split in SPLITS for r in data[split]]
    assert len(ids) == len(set(ids)), "duplicate ids"

    # split hygiene: exact and near-duplicate questions
    questions = {split: [normalize(r["question"]) for r in data[split]] for split in SPLITS}
    for split in SPLITS:
        assert len(questions[split]) == len(set(questions[split])), f"repeated question in {split}"
    shared = set(questions["fit"]) & set(questions["eval"])
    assert not shared, f"questions in both splits: {sorted(shared)}"
    fit_sh = [shingles(r["question"]) for r in data["fit"]]
    eval_sh = [shingles(r["question"]) for r in data["eval"]]
    worst = max((jaccard(a, b), i, j) for i, a in enumerate(fit_sh) for j, b in enumerate(eval_sh))
    print(f"highest fit/eval question similarity (char 5-gram Jaccard): {worst[0]:.2f}")
    print(f"  {data['fit'][worst[1]]['question']!r} / {data['eval'][worst[2]]['question']!r}")
    assert worst[0] < NEAR_DUPLICATE, "near-duplicate question across splits"

    # items
    bad = {r["id"]: p for split in SPLITS for r in data[split] if (p := check_item(r))}
    for rid, problems in bad.items():
        print(f"{rid}: {'; '.join(problems)}")
    assert not bad, f"{len(bad)} items fail the item checks"

    # balance statistics
    print(f"{'split':6} {'items':>5} {'best longest':>12} {'best shortest':>13} {'char gap':>8} "
          f"{'word gap':>8} {'mc2 gap':>7} {'len best':>8} {'len incorrect':>13}")
    for split in SPLITS:
        s = balance_stats(data[split])
        print(f"{split:6} {s['items']:5d} {s['best_longest']:12.3f} {s['best_shortest']:13.3f} "
              f"{s['mean_char_gap']:8.2f} {s['mean_word_gap']:8.2f} {s['mc2_mean_char_gap']:7.2f} "
              f"{s['mean_len_best']:8.1f} {s['mean_len_incorrect']:13.1f}")
        assert abs(s["mean_char_gap"]) < MAX_MEAN_CHAR_GAP, f"{split}: mean char gap {s['mean_char_gap']:.2f}"
        assert abs(s["mean_word_gap"]) < MAX_MEAN_WORD_GAP, f"{split}: mean word gap {s['mean_word_gap']:.2f}"

    # polarity: negation balance and first words
    print(f"{'split':6} {'neg best':>8} {'neg true':>8} {'neg false':>9} {'shared 1st word':>15} "
          f"{'1st-word pick':>13}")
    for split in SPLITS:
        p = polarity_stats(data[split])
        print(f"{split:6} {p['neg_best']:8.3f} {p['neg_true']:8.3f} {p['neg_false']:9.3f} "
              f"{p['shared_first_word']:15.3f} {p['first_word_pick']:13.3f}")
        assert p["yes_no_start"] == 0, f"{split}: {p['yes_no_start']} answers start with yes/no"
        for which in ("neg_best", "neg_true"):
            gap = p[which] - p["neg_false"]
            assert abs(gap) < MAX_NEGATION_GAP, f"{split}: {which} - neg_false = {gap:+.3f}"
        assert p["shared_first_word"] >= MIN_SHARED_FIRST_WORD, f"{split}: shared first word {p['shared_first_word']:.3f}"
        assert p["first_word_pick"] <= MAX_FIRST_WORD_PICK, f"{split}: first-word pick {p['first_word_pick']:.3f}"

    # data/ is what build.py writes
    build = load_build()
    build.validate(build.ITEMS)
    for split, recs in build.records().items():
        expected = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")
        actual = (HERE / "data" / f"{split}.jsonl").read_bytes()
        assert actual == expected, f"data/{split}.jsonl differs from build.py output; run build.py"
    print(f"ok: {len(data['fit'])} fit + {len(data['eval'])} eval items; data/ matches build.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
