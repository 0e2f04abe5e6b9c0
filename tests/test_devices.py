"""Where the model lives: on a CUDA device every built-in plugin fits and edits there,
agrees with the same fit and edit on the CPU, restores weights bit for bit, and runs in
bfloat16; kv_steer's one-shot edit around plain ``generate()`` (no attention mask) equals
a hand-rolled one, on the CPU and on CUDA caches.

The CUDA tests are skipped without a GPU (CI has none). Self-contained: no lm-eval
import, so it runs wherever torch, transformers and this package are importable.
"""

from __future__ import annotations

from typing import Any

import pytest
import torch
from references import JUDGED, TOXIC_LABELS, TOXIC_TEXTS, prefill_edit_decode, truthfulness_rows

from steered.harness.capture import FitContext
from steered.harness.intervention import Intervention
from steered.harness.positions import MODES, Layout, Positions
from steered.harness.sites import resolve
from steered.harness.stack import Entry, Stack
from steered.harness.testing import tiny_model
from steered.plugins.aura import AurA
from steered.plugins.caa import CAA
from steered.plugins.grains import GrAInS
from steered.plugins.iti import ITI
from steered.plugins.kv_steer import KVSteer
from steered.plugins.mat_steer import MATSteer
from steered.plugins.persona import Persona

needs_cuda = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")

TEXTS, LABELS, QA = TOXIC_TEXTS, TOXIC_LABELS, truthfulness_rows(10)
PLUGINS: dict[str, tuple[type[Intervention], dict[str, Any], Any]] = {
    "caa": (CAA, {"strength": 2.0}, [{"positive": f"{t} (A", "negative": f"{t} (B"} for t in TEXTS]),
    "aura": (AurA, {"mode": "aura", "k": 20}, {"texts": TEXTS, "labels": LABELS}),
    "mat_steer": (MATSteer, {"attributes": "a;b", "epochs": 3, "strength": 2.0},
                  {"a": (TEXTS[1::2], TEXTS[0::2]), "b": (TEXTS[:3], TEXTS[3:])}),
    "iti": (ITI, {"k": 6, "alpha": 5.0}, QA),
    "persona": (Persona, {"layer": 2, "coefficient": 4.0}, JUDGED),
    "grains": (GrAInS, {"k": 3, "n_pairs": 3, "steps": 4, "alpha": 2.0}, QA[:4]),
    "kv_steer": (KVSteer, {"append": "!", "c_v": 4.0},
                 [{"positive": "Be kind. The answer is", "negative": "Be rude. The answer is"},
                  {"positive": "Nice words here: you", "negative": "Mean words here: you"}]),
}


@pytest.fixture(autouse=True)
def exact_matmul() -> None:
    """TF32 would make CUDA differ from the CPU by far more than float32 rounding."""
    old = torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32
    torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = False
    yield
    torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32 = old


def fit_and_apply(name: str, device: str, dtype: torch.dtype = torch.float32) -> dict[str, Any]:
    """Fit ``name`` on a tiny Llama on ``device``, attach, detach; check the restore."""
    cls, params, data = PLUGINS[name]
    model, tok = tiny_model("llama")
    model.to(device, dtype)
    sitemap = resolve(model)
    state = cls(**params).fit(FitContext(model, tok, sitemap, batch_size=4, max_length=64), data)
    batch = tok(TEXTS[:3], return_tensors="pt", padding=True).to(device)
    batch = {k: batch[k] for k in ("input_ids", "attention_mask")}
    weights = {k: v.clone() for k, v in model.state_dict().items()}
    with torch.no_grad():
        before = model(**batch).logits
        stack = Stack(model, sitemap, [Entry(cls(**params), state)]).attach()
        try:
            steered = model(**batch).logits
        finally:
            stack.detach()
        after = model(**batch).logits
    for k, v in model.state_dict().items():
        assert torch.equal(v, weights[k]), f"{name}: weight {k} not restored bit-exactly on {device}"
    assert torch.equal(after, before), f"{name}: logits differ after detach on {device}"
    return {"state": state, "before": before, "steered": steered}


def _copies(run: Any) -> int:
    """How many tensor copies (device or dtype conversions) ``run()`` makes."""
    from torch.profiler import ProfilerActivity, profile

    with profile(activities=[ProfilerActivity.CPU]) as prof:
        run()
    return sum(e.count for e in prof.key_averages() if e.key == "aten::_to_copy")


@pytest.mark.parametrize("name", [n for n in PLUGINS if n != "kv_steer"])  # kv_steer: no hook in a forward
def test_a_steered_forward_copies_no_plugin_state(name: str) -> None:
    """State fitted in float32, model in float64: plugins place their tensors once at
    attach, so a steered forward makes exactly the copies the bare one makes. (Embeddings
    in, so a monitor has no prompt ids to score and reads nothing out.)"""
    cls, params, data = PLUGINS[name]
    model, tok = tiny_model("llama")
    sitemap = resolve(model)
    state = cls(**params).fit(FitContext(model, tok, sitemap, batch_size=4, max_length=64), data)
    model.to(torch.float64)
    ids = tok(TEXTS[:3], return_tensors="pt", padding=True)["input_ids"]
    with torch.no_grad():
        embeds = model.get_input_embeddings()(ids)
        bare = _copies(lambda: model(inputs_embeds=embeds))
        stack = Stack(model, sitemap, [Entry(cls(**params), state)]).attach()
        try:
            steered = _copies(lambda: model(inputs_embeds=embeds))
        finally:
            stack.detach()
    assert steered == bare, f"{name}: {steered - bare} tensor copies per forward"


@needs_cuda
@pytest.mark.parametrize("mode", MODES)
def test_position_masks_with_a_cuda_attention_mask_equal_the_cpu_ones(mode: str) -> None:
    """Generation: left-padded rows with a mask on the model's device, prompt ends on the CPU."""
    mask = torch.tensor([[0, 0, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1]])
    layout = Layout(prompt_end=torch.tensor([5, 5]))
    for start, length in ((0, 5), (5, 2), (6, 1)):  # prefill, then cached decode steps
        cpu = Positions(layout, 2, start, length, attention_mask=mask[:, : start + length]).mask(mode, torch.device("cpu"))
        cuda = Positions(layout, 2, start, length, attention_mask=mask[:, : start + length].cuda()).mask(
            mode, torch.device("cuda"))
        assert (cpu is None and cuda is None) or torch.equal(cuda.cpu(), cpu), (mode, start)


@needs_cuda
@pytest.mark.parametrize("name", list(PLUGINS))
def test_cuda_fit_and_edit_agree_with_the_cpu(name: str) -> None:
    cpu, cuda = fit_and_apply(name, "cpu"), fit_and_apply(name, "cuda")
    for k, v in cpu["state"].items():
        torch.testing.assert_close(cuda["state"][k].cpu().float(), v.float(), atol=1e-3, rtol=1e-3, msg=f"{name}: {k}")
    torch.testing.assert_close(cuda["before"].cpu(), cpu["before"], atol=1e-4, rtol=1e-4)
    if name != "kv_steer":  # loglikelihood logits are untouched by kv_steer by design
        assert not torch.equal(cpu["steered"], cpu["before"]), f"{name}: the edit changed nothing"
    torch.testing.assert_close(cuda["steered"].cpu(), cpu["steered"], atol=1e-3, rtol=1e-3, msg=name)


@needs_cuda
@pytest.mark.parametrize("name", list(PLUGINS))
def test_bfloat16_on_cuda(name: str) -> None:
    out = fit_and_apply(name, "cuda", torch.bfloat16)
    assert torch.isfinite(out["steered"]).all(), f"{name}: non-finite logits in bfloat16"
    for k, v in out["state"].items():
        assert torch.isfinite(v.float()).all(), f"{name}: non-finite {k} fitted in bfloat16"


@pytest.mark.parametrize("device", ["cpu", pytest.param("cuda", marks=needs_cuda)])
def test_kv_steer_under_plain_generate_equals_the_hand_rolled_edit(device: str) -> None:
    model, tok = tiny_model("llama")
    model.to(device)
    sitemap = resolve(model)
    g = torch.Generator().manual_seed(0)
    state = {"keys": torch.randn(4, 2, 8, generator=g), "values": torch.randn(4, 2, 8, generator=g)}
    ids = tok("Hello there, friend", return_tensors="pt")["input_ids"].to(device)
    append = tok("!", add_special_tokens=False)["input_ids"][0]
    steps, c_v = 6, 3.0
    expected = prefill_edit_decode(model, ids, torch.ones_like(ids), append, state["values"], c_v, 1, steps)
    with torch.no_grad():
        bare = model.generate(ids, max_new_tokens=steps, do_sample=False)
        stack = Stack(model, sitemap, [Entry(KVSteer(append="!", c_v=c_v, first_layer=1), state)]).attach()
        try:  # plain generate(), no attention mask: the cache arrives as transformers passes it
            steered = stack.generate_cache_steered(
                ids, append, lambda full, **kw: model.generate(full, max_new_tokens=steps, do_sample=False, **kw)
            )
        finally:
            stack.detach()
    assert torch.equal(steered[:, ids.shape[1]:], expected)
    assert not torch.equal(steered, bare)


def _steered_lm_outputs(device: str) -> tuple[list, list[str], dict]:
    """Loglikelihoods, generations and monitor scores of a tiny SteeredLM on ``device``
    under caa + iti (last position) + persona (steer, monitored) + kv_steer."""
    from lm_eval.api.instance import Instance

    from steered.harness.lm import SteeredLM

    model, tok = tiny_model("llama")
    model.to(device)
    lm = SteeredLM(pretrained=model, tokenizer=tok, batch_size=3, device=device)
    ctx = FitContext(lm.model, tok, lm.sitemap, batch_size=4, max_length=64)
    entries = []
    for name in ("caa", "iti", "persona", "kv_steer"):
        cls, params, data = PLUGINS[name]
        plugin = cls(**params)
        entries.append(Entry(plugin, plugin.fit(ctx, data)))
    lm.set_stack(entries)
    contexts = ["The capital of", "Once upon a time there", "A"]
    ll = lm.loglikelihood([Instance("loglikelihood", {}, (c, " x"), idx=0) for c in contexts])
    gen = lm.generate_until([
        Instance("generate_until", {}, (c, {"until": ["\n"], "max_gen_toks": 6, "do_sample": False}), idx=0)
        for c in ("Tell me a story", "Hi")
    ])
    scores = lm.monitor_scores()
    lm.set_stack([])
    return ll, gen, scores


@needs_cuda
def test_steered_lm_on_cuda_agrees_with_the_cpu() -> None:
    (cpu_ll, cpu_gen, cpu_scores), (ll, gen, scores) = _steered_lm_outputs("cpu"), _steered_lm_outputs("cuda")
    for (a, _), (b, _) in zip(ll, cpu_ll):
        assert a == pytest.approx(b, abs=1e-3)
    assert gen == cpu_gen
    assert set(scores["persona"]) == set(cpu_scores["persona"]) and scores["persona"]
    for c, s in cpu_scores["persona"].items():
        assert scores["persona"][c] == pytest.approx(s, abs=1e-3), c
