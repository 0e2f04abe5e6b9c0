"""Loading and scoring for ``steered_plaintext_ppl`` (rolling log-likelihood perplexity)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any


def load_eval(**kwargs: Any):
    """``custom_dataset`` hook: the bundled eval split."""
    from steered.tasks import dataset

    return dataset("plaintext", "eval")


def doc_to_target(doc: dict) -> str:
    return doc["text"]


def counts(text: str) -> tuple[int, int]:
    """(words, UTF-8 bytes) of a text; words are whitespace-separated tokens."""
    return len(re.split(r"\s+", text.strip())), len(text.encode("utf-8"))


def process_results(doc: dict, results: Sequence[Any]) -> dict[str, Any]:
    (loglikelihood,) = results
    words, nbytes = counts(doc["text"])
    return {
        "word_perplexity": (loglikelihood, words),
        "byte_perplexity": (loglikelihood, nbytes),
        "bits_per_byte": (loglikelihood, nbytes),
    }
