"""Sanity checks for the bundled BBQ-style data: ``python tasks/bbq/check_splits.py``.

Checks that fit and eval share no template, no item id and no (context, question) pair, that every
record is well formed, and that the committed files match what ``build.py`` generates.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
REQUIRED = {
    "id", "category", "context_condition", "question_polarity", "context", "question", "answers",
    "label", "target_index", "unknown_index", "template_id",
}


def load(split: str) -> list[dict]:
    with (HERE / "data" / f"{split}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check_record(r: dict) -> None:
    missing = REQUIRED - r.keys()
    assert not missing, (r.get("id"), missing)
    assert r["context_condition"] in {"ambig", "disambig"}, r["id"]
    assert r["question_polarity"] in {"neg", "nonneg"}, r["id"]
    assert len(r["answers"]) == 3 and len(set(r["answers"])) == 3, r["id"]
    for k in ("label", "target_index", "unknown_index"):
        assert r[k] in (0, 1, 2), (r["id"], k)
    assert r["target_index"] != r["unknown_index"], r["id"]
    if r["context_condition"] == "ambig":
        assert r["label"] == r["unknown_index"], r["id"]
    else:
        assert r["label"] != r["unknown_index"], r["id"]


def main() -> None:
    fit, ev = load("fit"), load("eval")
    for r in fit + ev:
        check_record(r)
    for rows, name in ((fit, "fit"), (ev, "eval")):
        assert len({r["id"] for r in rows}) == len(rows), f"duplicate ids in {name}"
    shared_templates = {r["template_id"] for r in fit} & {r["template_id"] for r in ev}
    assert not shared_templates, shared_templates
    assert not ({r["id"] for r in fit} & {r["id"] for r in ev})
    assert not ({(r["context"], r["question"]) for r in fit} & {(r["context"], r["question"]) for r in ev})

    import importlib.util

    spec = importlib.util.spec_from_file_location("steered_bbq_build", HERE / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    regenerated = build.build()
    assert regenerated["fit"] == fit and regenerated["eval"] == ev, "data/ is stale: run build.py"

    for rows, name in ((fit, "fit"), (ev, "eval")):
        cats = Counter(r["category"] for r in rows)
        pro = sum(r["label"] == r["target_index"] for r in rows if r["context_condition"] == "disambig")
        dis = sum(r["context_condition"] == "disambig" for r in rows)
        print(f"{name}: {len(rows)} items, {len({r['template_id'] for r in rows})} templates, "
              f"{len(cats)} categories, disambig pro-stereotype {pro}/{dis}")
    print("ok: splits disjoint by template, id and text; files match build.py")


if __name__ == "__main__":
    main()
