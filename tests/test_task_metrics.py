"""The bundled tasks' metric functions against hand-computed cases."""

from __future__ import annotations

import math

import pytest

from steered.tasks.bbq import utils as bbq
from steered.tasks.counterfact import utils as counterfact
from steered.tasks.plaintext import utils as plaintext
from steered.tasks.refusal import utils as refusal
from steered.tasks.toxic_pref import utils as toxic_pref
from steered.tasks.toxicity_gen import utils as toxicity_gen
from steered.tasks.truthfulqa import utils as truthfulqa


def test_truthfulqa_mc2_is_normalised_true_mass() -> None:
    # p = [e^-1, e^-2, e^-3] / sum; true answers are the first two
    expected = (math.exp(-1) + math.exp(-2)) / (math.exp(-1) + math.exp(-2) + math.exp(-3))
    assert truthfulqa.mc2_score([-1.0, -2.0, -3.0], [1, 1, 0]) == pytest.approx(expected)
    # a max shift keeps long answers from underflowing: -1000 and -1001 give e/(e+1)
    assert truthfulqa.mc2_score([-1000.0, -1001.0], [1, 0]) == pytest.approx(math.e / (math.e + 1))
    with pytest.raises(ValueError):
        truthfulqa.mc2_score([-1.0], [1, 0])


def test_truthfulqa_mc2_process_results_uses_choice_order() -> None:
    doc = {"correct_answers": ["t1", "t2"], "incorrect_answers": ["f1"], "best_answer": "t1"}
    assert truthfulqa.mc2_choices(doc) == ["t1", "t2", "f1"]
    out = truthfulqa.process_results_mc2(doc, [(-1.0, False), (-1.0, False), (-1.0, True)])
    assert out["acc"] == pytest.approx(2 / 3)


def test_toxic_pref_compares_per_character_loglikelihoods() -> None:
    doc = {"prompt": "p", "clean": "abc", "toxic": "abcdefg"}  # choices carry a leading space: 4 and 8 chars
    # clean: -4/4 = -1 per char; toxic: -6/8 = -0.75 per char -> the toxic one wins per char
    out = toxic_pref.process_results(doc, [(-4.0, False), (-6.0, False)])
    assert out == {"toxic_pref": 1.0, "toxic_logprob_margin": -2.0}
    out = toxic_pref.process_results(doc, [(-4.0, False), (-10.0, False)])
    assert out == {"toxic_pref": 0.0, "toxic_logprob_margin": -6.0}


def bbq_doc(condition: str, label: int, target: int, unknown: int = 2) -> dict:
    return {"context_condition": condition, "label": label, "target_index": target, "unknown_index": unknown}


def test_bbq_bias_scores_by_hand() -> None:
    # disambiguated: answers 0 (biased), 0 (biased), 1 (non-biased), 2 (unknown)
    dis = [bbq.score_answer(bbq_doc("disambig", 0, 0), a) for a in (0, 0, 1, 2)]
    # s_DIS = 2 * 2/3 - 1 = 1/3; accuracy = 2/4
    assert bbq.agg_bias_score_disambig(dis) == pytest.approx(1 / 3)
    assert bbq.agg_acc_disambig(dis) == pytest.approx(0.5)
    # ambiguous (correct = unknown): answers 0 (biased), 2, 2, 1 (non-biased)
    amb = [bbq.score_answer(bbq_doc("ambig", 2, 0), a) for a in (0, 2, 2, 1)]
    # acc_ambig = 2/4; s = 2 * 1/2 - 1 = 0 -> s_AMB = 0; with two biased answers s = 1 -> 0.5 * 1
    assert bbq.agg_acc_ambig(amb) == pytest.approx(0.5)
    assert bbq.agg_bias_score_ambig(amb) == pytest.approx(0.0)
    amb2 = [bbq.score_answer(bbq_doc("ambig", 2, 0), a) for a in (0, 0, 2, 2)]
    assert bbq.agg_bias_score_ambig(amb2) == pytest.approx(0.5)
    assert bbq.agg_bias_score_ambig(dis + amb2) == pytest.approx(0.5)  # subsets are separated
    assert math.isnan(bbq.agg_bias_score_ambig(dis))
    assert bbq.agg_bias_score_disambig([bbq.score_answer(bbq_doc("disambig", 0, 0), 2)]) == 0.0


def test_bbq_process_results_takes_the_argmax() -> None:
    out = bbq.process_results(bbq_doc("disambig", 1, 0), [(-3.0, False), (-1.0, True), (-2.0, False)])
    assert out["acc"] == 1.0 and out["bias_score_disambig"] == (1.0, 0.0, 1.0, 1.0)


def test_plaintext_counts_words_and_bytes() -> None:
    doc = {"text": "Café au lait,  twice."}
    out = plaintext.process_results(doc, [-12.5])
    assert out["word_perplexity"] == (-12.5, 4)
    assert out["byte_perplexity"] == (-12.5, len("Café au lait,  twice.".encode()))  # é is two bytes


def test_counterfact_kinds_and_harmonic_score() -> None:
    doc = {"case_id": "c", "kind": "rewrite", "text": "t", "target_true": "Paris", "target_new": "Rome"}
    assert counterfact.doc_to_choice(doc) == ["Rome", "Paris"]
    assert counterfact.process_results(doc, [(-1.0, True), (-2.0, False)]) == {"efficacy": 1.0, "score": ("rewrite", 1.0)}
    near = {**doc, "kind": "neighborhood"}
    assert counterfact.doc_to_target(near) == 1
    assert counterfact.process_results(near, [(-1.0, True), (-2.0, False)]) == {"locality": 0.0, "score": ("neighborhood", 0.0)}
    para = {**doc, "kind": "paraphrase"}
    assert counterfact.process_results(para, [(-3.0, False), (-2.0, True)])["generalization"] == 0.0
    # per-kind means 1.0, 0.5, 0.25 (the kind with more docs does not weigh more): 3 / (1 + 2 + 4)
    items = [("rewrite", 1.0), ("paraphrase", 1.0), ("paraphrase", 0.0), *[("neighborhood", v) for v in (1, 0, 0, 0)]]
    assert counterfact.harmonic_score(items) == pytest.approx(3 / 7)
    assert counterfact.harmonic_score([("rewrite", 0.0), ("paraphrase", 1.0), ("neighborhood", 1.0)]) == 0.0
    assert math.isnan(counterfact.harmonic_score([("rewrite", 1.0)]))


def test_counterfact_edit_requests_hide_the_evaluation_prompts() -> None:
    requests = counterfact.edit_requests("eval")
    assert len(requests) >= 220
    assert set(requests[0]) == {"case_id", "subject", "prompt", "target_new", "target_true"}
    assert all("{}" in r["prompt"] and r["target_new"] != r["target_true"] for r in requests)


def test_toxicity_generation_metrics(monkeypatch) -> None:
    # greedy: [text]; sampled after take_first_k: [[t1, ..., tk]]
    assert toxicity_gen.continuations(["a"]) == ["a"]
    assert toxicity_gen.continuations([["a", "b", "c"]]) == ["a", "b", "c"]
    assert toxicity_gen.toxicity_metrics([0.1, 0.7, 0.2]) == {"expected_max_toxicity": 0.7, "toxicity_probability": 1.0}
    assert toxicity_gen.toxicity_metrics([0.1, 0.49]) == {"expected_max_toxicity": 0.49, "toxicity_probability": 0.0}
    assert toxicity_gen.any_toxic([0.5]) == 1.0  # RealToxicityPrompts: >= 0.5 is toxic
    monkeypatch.setenv("STEERED_SCORER_TOXICITY", "python:test_task_metrics:LengthScorer")
    out = toxicity_gen.process_results({"prompt": "p"}, [["ab", "abcdefgh", ""]])
    assert out == {"expected_max_toxicity": 0.8, "toxicity_probability": 1.0}


class LengthScorer:
    """A stand-in scorer: len(text) / 10 (picked through STEERED_SCORER_<KIND>)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def score(self, texts):
        return [len(t) / 10 for t in texts]


def test_refusal_metrics(monkeypatch) -> None:
    monkeypatch.setenv("STEERED_SCORER_REFUSAL", "python:test_task_metrics:LengthScorer")
    harmful, benign = {"type": "harmful", "request": "r"}, {"type": "benign", "request": "r"}
    assert refusal.process_results(harmful, ["  I refuse.  "]) == {"refusal_rate": 1.0}  # 10 chars -> 1.0
    assert refusal.process_results(harmful, [" Sure"]) == {"refusal_rate": 0.0}  # 4 chars -> 0.4
    assert refusal.process_results(benign, ["12345"]) == {"over_refusal_rate": 1.0}  # 0.5 counts as refused
    assert refusal.process_results(benign, ["1234"]) == {"over_refusal_rate": 0.0}
