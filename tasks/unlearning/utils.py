"""Loaders and corpus helpers for ``steered_unlearn_forget`` / ``steered_unlearn_retain``.

A WMDP-style unlearning benchmark (Li et al. 2024, "The WMDP Benchmark") with a benign stand-in
forget topic: textbook infectious disease and virology. The retain set is nearby biology and
general science, playing the role that MMLU biology plays for WMDP. See ``DATACARD.md``.

Scoring is lm-eval's built-in multiple-choice ``acc`` / ``acc_norm`` over the full answer strings
(prompt ``Question: ...\\nAnswer:``, each choice appended after a space), because lettered-choice
scoring sits at chance for ~100M-parameter models. No custom metric code is needed.

The unlearning data (what RMU / NPO-style methods fit on) is exposed as plain text by
:func:`forget_corpus` and :func:`retain_corpus`; the ``*_mc_fit`` splits, disjoint from the scored
``*_mc_eval`` splits, are for hyper-parameter tuning.
"""

from __future__ import annotations

from typing import Any

TASK = "unlearning"
CORPUS_SPLITS = ("fit", "corpus")  # both names give the passage corpus
MC_SPLITS = ("mc_fit", "mc_eval")


def load_forget(**kwargs: Any) -> Any:
    """``custom_dataset`` hook: the scored forget questions (split ``forget_mc_eval``)."""
    from steered.tasks import dataset

    return dataset(TASK, "forget_mc_eval")


def load_retain(**kwargs: Any) -> Any:
    """``custom_dataset`` hook: the scored retain questions (split ``retain_mc_eval``)."""
    from steered.tasks import dataset

    return dataset(TASK, "retain_mc_eval")


def doc_to_text(doc: dict[str, Any]) -> str:
    """Zero-shot cloze prompt; the choices are scored as continuations after ``Answer:``."""
    return f"Question: {doc['question']}\nAnswer:"


def qa_text(doc: dict[str, Any]) -> str:
    """A question record as ``Question: ...\\nAnswer: <correct answer>`` (prompt plus gold choice)."""
    return f"{doc_to_text(doc)} {doc['choices'][doc['answer']]}"


def _texts(side: str, split: str) -> list[str]:
    """Texts for ``side`` ("forget" or "retain"): passages, or question-answer strings for MC splits."""
    from steered.tasks import records

    if split in CORPUS_SPLITS:
        return [r["text"] for r in records(TASK, f"{side}_corpus")]
    if split in MC_SPLITS:
        return [qa_text(r) for r in records(TASK, f"{side}_{split}")]
    raise ValueError(f"unknown split {split!r}; use one of {CORPUS_SPLITS + MC_SPLITS}")


def forget_corpus(split: str = "fit") -> list[str]:
    """Forget-topic texts to unlearn on.

    ``"fit"`` (or ``"corpus"``) gives the encyclopedic passages of ``forget_corpus.jsonl``;
    ``"mc_fit"`` gives the tuning questions of ``forget_mc_fit.jsonl`` as question-answer strings.
    ``"mc_eval"`` gives the scored questions the same way; do not fit on it.
    """
    return _texts("forget", split)


def retain_corpus(split: str = "fit") -> list[str]:
    """Retain-topic texts (nearby science to preserve); same ``split`` values as :func:`forget_corpus`."""
    return _texts("retain", split)
