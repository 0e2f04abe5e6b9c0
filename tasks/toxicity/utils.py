"""Data loader for the ``steered_toxicity`` task (bundled ``data/eval.jsonl``)."""

from __future__ import annotations

from typing import Any


def load_eval(**kwargs: Any) -> Any:
    """The held-out ``eval`` split as a ``datasets.DatasetDict`` (``fit`` is for plugins only)."""
    from steered.tasks import dataset

    return dataset("toxicity", "eval")
