"""Bundled lm-eval tasks and the labelled data plugins fit on.

Each task folder holds its YAML, ``data/<split>.jsonl`` (``fit`` for plugins, ``eval`` for
lm-eval; disjoint) and a ``DATACARD.md``. :data:`TASKS_DIR` is added to lm-eval's task
paths automatically when lm-eval-steered is installed.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

TASKS_DIR = Path(__file__).parent


@cache
def _read(path: Path) -> tuple[dict[str, Any], ...]:
    with path.open(encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


def records(task: str, split: str) -> list[dict[str, Any]]:
    """The records of ``tasks/<task>/data/<split>.jsonl``."""
    path = TASKS_DIR / task / "data" / f"{split}.jsonl"
    if not path.is_file():
        have = sorted(p.stem for p in (TASKS_DIR / task / "data").glob("*.jsonl"))
        raise FileNotFoundError(f"no split {split!r} for bundled task data {task!r}; have: {have}")
    return [dict(r) for r in _read(path)]


def write_splits(folder: Path, splits: dict[str, list[dict[str, Any]]], check: bool = False) -> int:
    """For a task's ``build.py``: write ``folder/<split>.jsonl``, or with ``check`` only report
    the files that differ from what the build made. Returns a process exit code."""
    texts = {s: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) for s, rows in splits.items()}
    if check:
        stale = [s for s, t in texts.items() if not (folder / f"{s}.jsonl").is_file() or (folder / f"{s}.jsonl").read_text(encoding="utf-8") != t]
        print(f"stale: {', '.join(stale)} (run build.py)" if stale else "committed files match")
        return 1 if stale else 0
    folder.mkdir(exist_ok=True)
    for split, text in texts.items():
        (folder / f"{split}.jsonl").write_text(text, encoding="utf-8")
        print(split, len(splits[split]))
    return 0


def dataset(task: str, split: str = "eval", **_: Any) -> Any:
    """A ``datasets.DatasetDict`` with one split, for a task YAML's ``custom_dataset``."""
    import datasets

    return datasets.DatasetDict({split: datasets.Dataset.from_list(records(task, split))})
