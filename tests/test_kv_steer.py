"""KV-cache steering: the fitted S_K/S_V against v_proj/k_proj outputs, the one-shot edit
against a hand-rolled prefill + edit + greedy decode, and what it must leave alone."""

from __future__ import annotations

import pytest
import torch
from helpers import left_padded, tiny_lm
from references import prefill_edit_decode

from steered.harness.capture import FitContext
from steered.harness.lm import SteeredLM
from steered.harness.sites import resolve
from steered.harness.stack import Entry
from steered.harness.testing import check_intervention, tiny_model
from steered.plugins.kv_steer import KVSteer, demonstration_pairs, last_token_kv

PAIRS = [
    {"positive": "Be kind. The answer is", "negative": "Be rude. The answer is"},
    {"positive": "Nice words here: you", "negative": "Mean words here: you"},
]
APPEND = "!"  # one byte, one token for the byte tokenizer


def test_contract_and_loglikelihood_is_untouched() -> None:
    observed = check_intervention(KVSteer, {"append": APPEND, "c_v": 4.0}, PAIRS)
    assert not observed["changed_logits"]  # no decoding in a plain forward: nothing to steer


def test_values_are_v_proj_outputs_at_the_last_token() -> None:
    model, tok = tiny_model("llama")
    ctx = FitContext(model, tok, resolve(model))
    texts = ["Hello there", "A longer sentence here"]
    keys, values = last_token_kv(ctx, texts, 64)
    assert values.shape == (2, 4, 2, 8)  # texts, layers, kv heads, head dim
    seen = {}
    hooks = [
        layer.self_attn.v_proj.register_forward_hook(lambda m, i, o, n=n: seen.__setitem__(n, o[0, -1]))
        for n, layer in enumerate(model.model.layers)
    ]
    try:
        for row, text in enumerate(texts):
            with torch.no_grad():
                model(**tok([text], return_tensors="pt"))
            for n in range(4):
                torch.testing.assert_close(values[row, n], seen[n].view(2, 8))
    finally:
        for h in hooks:
            h.remove()
    state = KVSteer().fit(ctx, PAIRS)  # read at each prompt's own last token: no appended token in the fit
    pos = last_token_kv(ctx, [p["positive"] for p in PAIRS], 64)[1]
    neg = last_token_kv(ctx, [p["negative"] for p in PAIRS], 64)[1]
    torch.testing.assert_close(state["values"], (pos - neg).mean(0))


def test_a_fit_prompt_too_long_to_read_at_its_end_is_refused() -> None:
    model, tok = tiny_model("llama")
    ctx = FitContext(model, tok, resolve(model))
    with pytest.raises(ValueError, match="over max_tokens=8"):
        KVSteer(max_tokens=8).fit(ctx, PAIRS)


def _lm(arch: str) -> SteeredLM:
    """Gemma 3 with a 4-token sliding window: its local layers' caches are windowed."""
    if arch == "llama":
        return tiny_lm()
    model, tok = tiny_model(arch, sliding_window=4)
    return SteeredLM(pretrained=model, tokenizer=tok, batch_size=4, device="cpu")


def _state() -> dict[str, torch.Tensor]:
    g = torch.Generator().manual_seed(0)
    return {"keys": torch.randn(4, 2, 8, generator=g), "values": torch.randn(4, 2, 8, generator=g)}


PROMPT_SETS = {
    "left_padded": ["Hello there, friend", "Hi"],
    "batch1": ["Hello there, friend"],
    "equal_length": ["Hello there", "Howdy pals!"],
}


@pytest.mark.parametrize("prompts", list(PROMPT_SETS.values()), ids=list(PROMPT_SETS))
@pytest.mark.parametrize("arch", ["llama", "gemma3_text"])
def test_generation_equals_the_authors_procedure_by_hand(arch: str, prompts: list[str]) -> None:
    """Prefill the prompt alone, steer its last token's cache entry, feed the appended
    token, decode: padded, batch-1 and equal-length unpadded batches (no mask reaches
    the forward under transformers 5.x)."""
    lm = _lm(arch)
    state = _state()
    ids, mask = left_padded(lm, prompts)
    steps = 6
    bare = lm._model_generate(ids, max_length=ids.shape[1] + steps, stop=[], attention_mask=mask)
    lm.set_stack([Entry(KVSteer(append=APPEND, c_v=3.0, first_layer=1), state)])
    steered = lm._model_generate(ids, max_length=ids.shape[1] + steps, stop=[], attention_mask=mask)
    assert torch.equal(steered[:, : ids.shape[1]], ids)  # the appended token is not in the output
    token = lm.tokenizer(APPEND, add_special_tokens=False)["input_ids"][0]
    expected = prefill_edit_decode(lm.model, ids, mask, token, state["values"], 3.0, 1, steps)
    assert torch.equal(steered[:, ids.shape[1] :], expected)
    assert not torch.equal(steered, bare)  # the edit changed what was generated
    assert not lm.stack._chains  # no per-layer hooks at all: the edit is one-shot
    lm.set_stack([])


@pytest.mark.parametrize("arch", ["llama", "gemma3_text"])
def test_the_first_generated_token_is_steered(arch: str) -> None:
    """max_gen_toks=1: the steered cache entry already decides the one token generated."""
    from lm_eval.api.instance import Instance

    lm = _lm(arch)
    prompts = ["Hello there, friend", "Hi", "The capital of", "Once upon a time"]
    request = [Instance("generate_until", {}, (p, {"until": ["\n\n"], "max_gen_toks": 1}), idx=0) for p in prompts]
    firsts = {}
    for c_v in (1e-9, 30.0):  # the appended token alone, then with the vectors
        lm.set_stack([Entry(KVSteer(append=APPEND, c_v=c_v, first_layer=0), _state())])
        firsts[c_v] = lm.generate_until(request)
    lm.set_stack([])
    assert firsts[30.0] != firsts[1e-9]


def test_zero_coefficients_generate_exactly_as_bare() -> None:
    lm = tiny_lm()
    state = {"keys": torch.ones(4, 2, 8), "values": torch.ones(4, 2, 8)}
    ids, mask = left_padded(lm, ["Hello there, friend", "Hi"])
    bare = lm._model_generate(ids, max_length=ids.shape[1] + 5, stop=[], attention_mask=mask)
    lm.set_stack([Entry(KVSteer(append=APPEND, c_v=0.0), state)])
    assert lm.stack.cache_append is None
    assert torch.equal(lm._model_generate(ids, max_length=ids.shape[1] + 5, stop=[], attention_mask=mask), bare)
    lm.set_stack([])


def test_multi_token_append_is_refused_with_the_reason() -> None:
    lm = tiny_lm()
    lm.set_stack([Entry(KVSteer(append="ab"), _state())])
    ids, mask = left_padded(lm, ["Hi"])
    with pytest.raises(ValueError, match="'ab' is 2 tokens"):
        lm._model_generate(ids, max_length=ids.shape[1] + 2, stop=[], attention_mask=mask)
    lm.set_stack([])


def test_bundled_pairs_differ_only_in_the_demonstrations() -> None:
    rows = [{"prompt": f"P{i}", "clean": f"c{i}", "toxic": f"t{i}"} for i in range(5)]
    pairs = demonstration_pairs(rows, n_shots=2, seed=0)
    for i, pair in enumerate(pairs):
        assert pair["positive"].endswith(f"P{i}") and pair["negative"].endswith(f"P{i}")
        assert pair["positive"].replace("c", "t") == pair["negative"]
        assert f"P{i} " not in pair["positive"]  # a row is never its own demonstration
