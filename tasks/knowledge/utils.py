"""Loading and prompting for ``steered_knowledge`` (MMLU / ARC-Easy-style general knowledge).

Scored as lm-eval scores ARC: the prompt is ``"Question: {question}\\nAnswer:"`` and each choice is
the full answer string after a space (``target_delimiter: " "``), not a letter, because letter
scoring sits at chance for ~100M-parameter models. lm-eval's built-in metrics score it:

* ``acc``: 1.0 when the correct choice has the highest summed log-likelihood.
* ``acc_norm``: the same after dividing each log-likelihood by the choice's length in characters
  (the choice string without the leading delimiter).

Ties go to the lowest index, as with ``numpy.argmax``. Both are averaged (``mean``); higher is
better and chance is 0.25.
"""

from __future__ import annotations

from typing import Any


def load_eval(**kwargs: Any):
    """``custom_dataset`` hook: the bundled ``eval`` split, plus ``fit`` as the few-shot pool."""
    from steered.tasks import dataset

    ds = dataset("knowledge", "eval")
    ds["fit"] = dataset("knowledge", "fit")["fit"]
    return ds


def doc_to_text(doc: dict[str, Any]) -> str:
    return f"Question: {doc['question']}\nAnswer:"


def doc_to_choice(doc: dict[str, Any]) -> list[str]:
    """The four answer strings, in stored order (the answer position is pre-shuffled)."""
    return list(doc["choices"])


def doc_to_target(doc: dict[str, Any]) -> int:
    return int(doc["answer"])
