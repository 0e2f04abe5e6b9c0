"""Loading, edit requests and scoring for ``steered_counterfact`` (CounterFact-style editing).

The data (``data/<split>.jsonl``, see ``DATACARD.md``) holds one nested record per edit case:
a subject, a prompt template, ``target_true`` / ``target_new``, 2 paraphrase prompts and 5
neighbourhood prompts. An editing plugin (ROME, MEMIT, ...) reads the requests from
:func:`edit_requests` and inserts ``target_new``; the task then scores every prompt as a
two-way choice between ``target_new`` and ``target_true`` (summed log-likelihoods):

* ``efficacy`` (rewrite prompt) and ``generalization`` (paraphrases): 1.0 when the model
  prefers ``target_new`` (ROME's Efficacy Score and Paraphrase Score);
* ``locality`` (neighbourhood prompts about other subjects whose true answer is
  ``target_true``): 1.0 when the model still prefers ``target_true`` (Neighborhood Score);
* ``score``: harmonic mean of the three per-kind means (ROME's Score S).

All are higher-is-better. An unedited model should get low efficacy and generalization and
high locality.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

KINDS: tuple[str, ...] = ("rewrite", "paraphrase", "neighborhood")
# metric reported for the docs of each kind
KIND_METRIC: dict[str, str] = {
    "rewrite": "efficacy",
    "paraphrase": "generalization",
    "neighborhood": "locality",
}


def flatten(cases: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One doc per prompt: the rewrite prompt, then the paraphrases, then the neighbours.

    The rewrite prompt is the case's template with the subject filled in; paraphrase and
    neighbourhood prompts are already full prompts.
    """
    docs: list[dict[str, Any]] = []
    for c in cases:
        texts = [("rewrite", c["prompt"].format(c["subject"]))]
        texts += [("paraphrase", p) for p in c["paraphrase_prompts"]]
        texts += [("neighborhood", p) for p in c["neighborhood_prompts"]]
        for kind, text in texts:
            docs.append({
                "case_id": c["case_id"],
                "kind": kind,
                "text": text,
                "target_true": c["target_true"],
                "target_new": c["target_new"],
            })
    return docs


def load_eval(**kwargs: Any) -> Any:
    """``custom_dataset`` hook: the ``eval`` split, flattened to one doc per prompt."""
    import datasets
    from steered.tasks import records

    return datasets.DatasetDict({"eval": datasets.Dataset.from_list(flatten(records("counterfact", "eval")))})


def edit_requests(split: str = "eval") -> list[dict[str, str]]:
    """What an editing plugin needs per case: the rewrite prompt template, subject and targets.

    ``prompt`` contains ``{}`` where ``subject`` goes and ends right before the target;
    targets carry no leading space.
    """
    from steered.tasks import records

    keys = ("case_id", "subject", "prompt", "target_new", "target_true")
    return [{k: r[k] for k in keys} for r in records("counterfact", split)]


def doc_to_choice(doc: dict[str, Any]) -> list[str]:
    """Index 0 is ``target_new``, index 1 ``target_true`` (the task adds the leading space)."""
    return [doc["target_new"], doc["target_true"]]


def doc_to_target(doc: dict[str, Any]) -> int:
    """The right answer after a successful, local edit: new for rewrite/paraphrase, true for neighbours."""
    return 1 if doc["kind"] == "neighborhood" else 0


def prefers_new(ll_new: float, ll_true: float) -> float:
    """1.0 if ``target_new`` is strictly more likely than ``target_true``, else 0.0."""
    return 1.0 if ll_new > ll_true else 0.0


def prefers_true(ll_new: float, ll_true: float) -> float:
    """1.0 if ``target_true`` is strictly more likely than ``target_new``, else 0.0 (ties fail)."""
    return 1.0 if ll_true > ll_new else 0.0


def doc_score(kind: str, ll_new: float, ll_true: float) -> float:
    """The per-doc value for ``kind``: ``prefers_new`` for rewrite/paraphrase, ``prefers_true`` for neighbours."""
    if kind not in KIND_METRIC:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    return prefers_true(ll_new, ll_true) if kind == "neighborhood" else prefers_new(ll_new, ll_true)


def process_results(doc: dict[str, Any], results: Sequence[Any]) -> dict[str, Any]:
    """The metric of the doc's kind, plus a ``(kind, value)`` item for ``score``.

    ``results`` holds one ``(loglikelihood, is_greedy)`` pair per choice in
    :func:`doc_to_choice` order, i.e. ``[new, true]``; the log-likelihoods are summed over the
    target's tokens. Only the kind's own metric is returned, so lm-eval averages each metric over
    the docs of that kind.
    """
    ll_new, ll_true = (r[0] if isinstance(r, (tuple, list)) else r for r in results)
    kind = doc["kind"]
    value = doc_score(kind, float(ll_new), float(ll_true))
    return {KIND_METRIC[kind]: value, "score": (kind, value)}


def harmonic_mean(values: Sequence[float]) -> float:
    """Harmonic mean; 0.0 if any value is 0 (as ROME's Score S), ``nan`` for no values."""
    if not values:
        return math.nan
    if any(v <= 0 for v in values):
        return 0.0
    return len(values) / sum(1.0 / v for v in values)


def harmonic_score(items: Sequence[tuple[str, float]]) -> float:
    """ROME's Score S: harmonic mean of the mean efficacy, generalization and locality.

    ``items`` are the ``(kind, value)`` pairs from :func:`process_results`. The mean is taken
    per kind first (so kinds with more docs do not weigh more); ``nan`` if a kind is missing.
    """
    sums = dict.fromkeys(KINDS, 0.0)
    counts = dict.fromkeys(KINDS, 0)
    for kind, value in items:
        sums[kind] += float(value)
        counts[kind] += 1
    if any(counts[k] == 0 for k in KINDS):
        return math.nan
    return harmonic_mean([sums[k] / counts[k] for k in KINDS])
