"""Map rows of the standard benchmarks onto the bundled fit schemas.

Plugins fit on the bundled splits by default; a user with a hub can fit on the data the
papers used instead (``<plugin>.data=hf:truthfulqa/truthful_qa:generation:validation``).
Each function here accepts the bundled schema and the standard datasets' schemas and
returns bundled-schema records, so a plugin's fit code has one input format:

- truthfulness, bundled ``truthfulqa``: ``question``, ``best_answer``, ``correct_answers``,
  ``incorrect_answers``; also TruthfulQA ``generation`` (same fields) and
  ``multiple_choice`` (``mc2_targets``).
- toxicity, bundled ``toxicity``: ``text``, ``label`` (1 toxic); also ToxiGen
  ``annotated`` (toxic when ``toxicity_ai + toxicity_human > 5.5``, lm-eval's rule) and
  Civil Comments / Jigsaw (``text`` or ``comment_text`` with ``toxicity`` or ``toxic``
  >= 0.5).
- bias, bundled ``bbq``: ``context``, ``question``, ``answers``, ``label``; also the BBQ
  rows lm-eval's ``bbq`` task reads (``ans0``-``ans2``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Row = dict[str, Any]


def schema(row: Row) -> str:
    """Which fit schema a row belongs to: truthfulness, toxicity, bias or pair."""
    keys = row.keys()
    if {"positive", "negative"} <= keys:
        return "pair"
    if "question" in keys and ({"correct_answers", "incorrect_answers"} <= keys or "mc2_targets" in keys):
        return "truthfulness"
    if {"context", "question"} <= keys and ("answers" in keys or "ans0" in keys):
        return "bias"
    if ("text" in keys or "comment_text" in keys) and keys & {"label", "toxicity", "toxic", "toxicity_ai"}:
        return "toxicity"
    raise ValueError(
        f"unrecognised fit row with fields {sorted(keys)}; expected TruthfulQA-, ToxiGen-/Civil "
        "Comments-, BBQ-style rows or positive/negative pairs (see steered.tasks.standard)"
    )


def _only(rows: Iterable[Row], want: str) -> list[Row]:
    rows = list(rows)
    wrong = {schema(r) for r in rows} - {want}
    if wrong:
        raise ValueError(f"expected {want} rows, got {', '.join(sorted(wrong))} rows")
    return rows


def truthfulness(rows: Iterable[Row]) -> list[Row]:
    out = []
    for r in _only(rows, "truthfulness"):
        if "mc2_targets" in r:
            t = r["mc2_targets"]
            correct = [c for c, lab in zip(t["choices"], t["labels"], strict=True) if lab]
            incorrect = [c for c, lab in zip(t["choices"], t["labels"], strict=True) if not lab]
        else:
            correct, incorrect = list(r["correct_answers"]), list(r["incorrect_answers"])
        if correct and incorrect:
            out.append({
                "question": r["question"],
                "best_answer": r.get("best_answer") or correct[0],
                "correct_answers": correct,
                "incorrect_answers": incorrect,
            })
    return out


def toxicity(rows: Iterable[Row]) -> list[Row]:
    out = []
    for r in _only(rows, "toxicity"):
        text = r.get("text", r.get("comment_text"))
        if "label" in r:
            label = int(r["label"])
        elif "toxicity_ai" in r:
            label = int(r["toxicity_ai"] + r["toxicity_human"] > 5.5)
        else:
            label = int(float(r.get("toxicity", r.get("toxic"))) >= 0.5)
        out.append({"text": text, "label": label})
    return out


def bias(rows: Iterable[Row]) -> list[Row]:
    out = []
    for r in _only(rows, "bias"):
        answers = list(r["answers"]) if "answers" in r else [r["ans0"], r["ans1"], r["ans2"]]
        out.append({"context": r["context"], "question": r["question"], "answers": answers, "label": int(r["label"])})
    return out


ADAPTERS = {"truthfulness": truthfulness, "toxicity": toxicity, "bias": bias}


def by_schema(rows: Iterable[Row]) -> dict[str, list[Row]]:
    """Rows grouped by :func:`schema` and each group mapped to its bundled schema."""
    groups: dict[str, list[Row]] = {}
    for r in rows:
        groups.setdefault(schema(r), []).append(r)
    return {k: ADAPTERS[k](v) if k in ADAPTERS else v for k, v in groups.items()}
