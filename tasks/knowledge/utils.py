"""Loading, prompting and scoring for ``steered_knowledge`` (MMLU / ARC-Easy-style general knowledge).

Scored as lm-eval scores ARC: the prompt is ``"Question: {question}\\nAnswer:"`` and each choice is
the full answer string after a space (``target_delimiter: " "``), not a letter, because letter
scoring sits at chance for ~100M-parameter models. Per document:

* ``acc``: 1.0 when the correct choice has the highest summed log-likelihood.
* ``acc_norm``: the same after dividing each log-likelihood by the choice's length in characters
  (the choice string without the leading delimiter), exactly as lm-eval's built-in ``acc_norm``.

Ties go to the lowest index, as with ``numpy.argmax``. Both are averaged (``mean``); higher is
better and chance is 0.25.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def first_argmax(values: Sequence[float]) -> int:
    """Index of the largest value; the first one on ties (``numpy.argmax`` semantics)."""
    if len(values) == 0:
        raise ValueError("no values")
    best = 0
    for i, v in enumerate(values):
        if v > values[best]:
            best = i
    return best


def acc(loglikelihoods: Sequence[float], gold: int) -> float:
    """1.0 if the gold choice has the highest summed log-likelihood, else 0.0."""
    return 1.0 if first_argmax(loglikelihoods) == gold else 0.0


def acc_norm(loglikelihoods: Sequence[float], choices: Sequence[str], gold: int) -> float:
    """1.0 if the gold choice has the highest log-likelihood per character, else 0.0.

    Normalizing by length removes the bias of summed log-likelihood toward short answers.
    """
    if len(loglikelihoods) != len(choices):
        raise ValueError(f"{len(loglikelihoods)} log-likelihoods for {len(choices)} choices")
    per_char = [ll / float(len(c)) for ll, c in zip(loglikelihoods, choices, strict=True)]
    return 1.0 if first_argmax(per_char) == gold else 0.0


def process_results(doc: dict[str, Any], results: Sequence[Any]) -> dict[str, float]:
    """``results`` holds one ``(loglikelihood, is_greedy)`` per choice, in :func:`doc_to_choice` order."""
    lls = [float(r[0]) if isinstance(r, (tuple, list)) else float(r) for r in results]
    gold = doc_to_target(doc)
    return {"acc": acc(lls, gold), "acc_norm": acc_norm(lls, doc_to_choice(doc), gold)}
