"""Persona vectors: the vector against an independent computation, the judge filter,
steer / ablate / monitor, and monitor scores reaching lm-eval's samples."""

from __future__ import annotations

import pytest
import torch
from helpers import tiny_lm
from lm_eval.api.instance import Instance
from references import JUDGED

from steered.harness.capture import FitContext
from steered.harness.evaluate import attach_monitors
from steered.harness.sites import resolve
from steered.harness.stack import Entry, Stack
from steered.harness.testing import check_intervention, tiny_model
from steered.plugins.persona import Persona, persona_vectors


def test_contract() -> None:
    assert check_intervention(Persona, {"layer": 2, "coefficient": 4.0}, JUDGED)["changed_logits"]
    assert check_intervention(Persona, {"layer": 2, "mode": "ablate"}, JUDGED)["changed_logits"]


def test_vectors_match_answer_token_means_computed_from_hidden_states() -> None:
    model, tok = tiny_model("llama")
    ctx = FitContext(model, tok, resolve(model), batch_size=4)
    prompts = [r["prompt"] for r in JUDGED]
    responses = [r["response"] for r in JUDGED]
    labels = [r["label"] for r in JUDGED]
    got = persona_vectors(ctx, prompts, responses, labels)
    assert got.shape == (4, 32)
    means = []
    for p, r in zip(prompts, responses, strict=True):
        n_prompt = len(tok(p)["input_ids"])
        ids = tok(p + r, return_tensors="pt")["input_ids"]
        with torch.no_grad():
            hs = model(ids, output_hidden_states=True).hidden_states
        means.append(torch.stack([hs[layer + 1][0, n_prompt:].mean(0) for layer in range(4)]))
    means = torch.stack(means)
    y = torch.tensor(labels)
    expected = means[y == 1].mean(0) - means[y == 0].mean(0)
    # hidden_states[-1] is after the final norm; the residual site of the last block is before it
    torch.testing.assert_close(got[:3], expected[:3], atol=1e-5, rtol=1e-5)


class LengthJudge:
    """A stand-in judge: long answers 'show the trait'."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def score(self, texts):
        return [1.0 if len(t) > 20 else 0.0 for t in texts]


def test_judge_keeps_only_answers_that_match_their_prompt(monkeypatch) -> None:
    import steered.tasks.scorers as scorers

    monkeypatch.setattr(scorers, "get_scorer", lambda kind: LengthJudge(kind))
    model, tok = tiny_model("llama")
    ctx = FitContext(model, tok, resolve(model), batch_size=4)
    trait = {"positive": ["Be rude."], "negative": ["Be kind."], "questions": ["Hi?", "Why?", "How?"], "judge": "toxicity"}
    persona = Persona(max_new_tokens=4)
    prompts, responses, labels = persona.elicit(ctx, dict(trait, judge=None))  # no judge: keep all
    assert labels == [1, 1, 1, 0, 0, 0] and len(responses) == 6
    assert prompts[0] == ctx.chat_prompt("Be rude.", "Hi?") and prompts[3] == ctx.chat_prompt("Be kind.", "Hi?")
    long, short = "long answer " * 3, "short"
    monkeypatch.setattr(FitContext, "generate", lambda self, ps, n: [long, short, long, short, long, short])
    kept_prompts, kept, kept_labels = persona.elicit(ctx, trait)
    assert kept_labels == [1, 1, 0, 0] and kept == [long, long, short, short]
    assert kept_prompts == [prompts[0], prompts[2], prompts[3], prompts[5]]
    monkeypatch.setattr(FitContext, "generate", lambda self, ps, n: [short] * 6)
    with pytest.raises(ValueError, match="kept 0 trait answers and 3 non-trait"):
        persona.elicit(ctx, trait)


def _logits(model, ids):
    with torch.no_grad():
        return model(ids).logits


def test_zero_coefficient_and_monitor_mode_leave_logits_bit_identical() -> None:
    model, tok = tiny_model("llama")
    sitemap = resolve(model)
    state = {"vectors": torch.randn(4, 32), "kept": torch.tensor([3, 3])}
    ids = tok(["Hello there"], return_tensors="pt")["input_ids"]
    before = _logits(model, ids)
    for params in ({"coefficient": 0.0}, {"mode": "monitor", "coefficient": 5.0}):
        stack = Stack(model, sitemap, [Entry(Persona(layer=1, **params), state)]).attach()
        assert torch.equal(_logits(model, ids), before), params
        stack.detach()


def test_steer_adds_c_v_and_ablate_removes_the_projection() -> None:
    model, tok = tiny_model("llama")
    sitemap = resolve(model)
    ctx = FitContext(model, tok, sitemap)
    v = torch.randn(4, 32, generator=torch.Generator().manual_seed(1))
    state = {"vectors": v, "kept": torch.tensor([3, 3])}
    texts = ["Hello there", "A longer sentence here"]
    bare = ctx.collect(texts, ["residual.1"], reduce="mean")["residual.1"]
    stack = Stack(model, sitemap, [Entry(Persona(layer=1, coefficient=2.0), state)]).attach()
    steered = ctx.collect(texts, ["residual.1"], reduce="mean")["residual.1"]
    stack.detach()
    torch.testing.assert_close(steered - bare, (2.0 * v[1]).expand(2, -1), atol=1e-5, rtol=1e-5)
    stack = Stack(model, sitemap, [Entry(Persona(layer=1, mode="ablate"), state)]).attach()
    ablated = ctx.collect(texts, ["residual.1"], reduce="mean")["residual.1"]  # mean of ablated tokens
    stack.detach()
    unit = v[1] / v[1].norm()
    assert torch.allclose(ablated @ unit, torch.zeros(2), atol=1e-5)
    torch.testing.assert_close(ablated, bare - (bare @ unit)[:, None] * unit, atol=1e-5, rtol=1e-5)


def test_monitor_scores_are_the_last_prompt_token_projection_in_both_request_kinds() -> None:
    lm = tiny_lm(batch_size=3)
    v = torch.randn(4, 32, generator=torch.Generator().manual_seed(2))
    unit = v[2] / v[2].norm()
    lm.set_stack([Entry(Persona(layer=2, mode="monitor"), {"vectors": v, "kept": torch.tensor([1, 1])})])
    contexts = ["The capital of", "Once upon a time there", "A"]
    lm._loglikelihood_tokens([((c, " x"), lm.tok_encode(c), lm.tok_encode(" x")) for c in contexts])
    gen = ["Tell me a story", "Hi"]
    lm.generate_until([
        Instance("generate_until", {}, (c, {"until": ["\n"], "max_gen_toks": 3}), idx=0) for c in gen
    ])
    scores = lm.monitor_scores()["persona"]
    assert set(scores) == set(contexts + gen)
    for c in contexts + gen:
        ids = torch.tensor([lm.tok_encode(c)])
        with torch.no_grad():
            h = lm.model(ids, output_hidden_states=True).hidden_states[3][0, -1]
        assert scores[c] == pytest.approx(float(h @ unit), abs=1e-4), c


def test_attach_monitors_puts_scores_in_samples_and_averages_per_task() -> None:
    samples = {
        "t1": [{"arguments": [("ctx a", " yes"), ("ctx a", " no")]}, {"arguments": [("ctx b", " yes")]}],
        "t2": [{"arguments": [("ctx c", {"until": []})]}, {"arguments": [("unseen", " x")]}],
    }
    summary = attach_monitors(samples, {"persona": {"ctx a": 1.0, "ctx b": 3.0, "ctx c": -2.0}})
    assert summary == {"persona": {"t1": {"mean": 2.0, "n": 2}, "t2": {"mean": -2.0, "n": 1}}}
    assert samples["t1"][0]["steered_monitor"] == {"persona": 1.0}
    assert "steered_monitor" not in samples["t2"][1]


def test_bad_mode_and_unknown_trait_say_what_is_allowed() -> None:
    with pytest.raises(ValueError, match="bundled: toxic"):
        Persona(trait="sycophant").default_data()
    model, _ = tiny_model("llama")
    stack = Stack(model, resolve(model), [Entry(Persona(mode="add"), {"vectors": torch.ones(4, 32)})])
    with pytest.raises(Exception, match="steer, ablate, monitor"):
        stack.attach()
