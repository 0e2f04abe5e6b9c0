"""Positions under lm-eval's three call shapes: right-padded loglikelihood (no mask),
left-padded generation, and KV-cached decoding."""

from __future__ import annotations

import pytest
import torch
from helpers import Add, Recorder, left_padded, tiny_lm
from references import greedy_with_edit

from steered.harness.positions import MODES, Layout
from steered.harness.stack import Entry

REQUESTS = [("The capital of", " France is Paris"), ("A", " b"), ("Once upon a time there", " was")]


@pytest.fixture(scope="module")
def lm():
    return tiny_lm(batch_size=3)


def ll_requests(lm):
    return [((c, x), lm.tok_encode(c), lm.tok_encode(x)) for c, x in REQUESTS]


def test_loglikelihood_masks_follow_real_rows(lm) -> None:
    reqs = ll_requests(lm)
    for mode in MODES:
        rec = Recorder(position=mode)
        lm.set_stack([Entry(rec, {})])
        lm._loglikelihood_tokens(reqs)
        (mask,) = rec.masks  # one batch: all three requests
        width = mask.shape[1] if mask is not None else None
        rows = sorted(reqs, key=lambda r: -len(r[1] + r[2]))  # lm-eval sorts longest first
        for b, (_, ctx, cont) in enumerate(rows):
            n = len(ctx) + len(cont) - 1  # the row lm-eval feeds: last token dropped
            start = len(ctx)  # first continuation token in the row
            expected = torch.zeros(width, dtype=torch.bool)
            if mode == "all":
                expected[:n] = True
            elif mode == "prompt":
                expected[:start] = True
            elif mode == "generated":
                expected[start:n] = True
            else:  # the last context token and the continuation: the positions that score it
                expected[start - 1 : n] = True
            assert torch.equal(mask[b], expected), (mode, b)
    lm.set_stack([])


@pytest.mark.parametrize("mode", MODES)
def test_batched_loglikelihood_equals_one_at_a_time(mode: str) -> None:
    lm = tiny_lm(batch_size=3)
    lm.set_stack([Entry(Add(strength=3.0, position=mode), {})])
    reqs = ll_requests(lm)
    batched = lm._loglikelihood_tokens(reqs)
    single = [lm._loglikelihood_tokens([r])[0] for r in reqs]
    for (lb, gb), (ls, gs) in zip(batched, single):
        assert gb == gs
        assert lb == pytest.approx(ls, abs=1e-4)
    lm.set_stack([])
    bare = [lm._loglikelihood_tokens([r])[0][0] for r in reqs]
    if mode != "prompt":  # the continuation is scored from steered positions
        assert all(abs(b - s[0]) > 1e-3 for b, s in zip(bare, single))


@pytest.mark.parametrize("mode", MODES)
def test_kv_cached_generation_equals_uncached(mode: str) -> None:
    lm = tiny_lm()
    lm.set_stack([Entry(Add(strength=4.0, position=mode), {})])
    ids, mask = left_padded(lm, ["Hello there, friend", "Hi"])
    layout = Layout(prompt_end=torch.full((2,), ids.shape[1]))

    def generate(use_cache: bool):
        with lm.stack.layout(layout):
            out = lm.model.generate(
                input_ids=ids, attention_mask=mask, max_new_tokens=6, do_sample=False, use_cache=use_cache,
                pad_token_id=lm.tokenizer.pad_token_id, output_scores=True, return_dict_in_generate=True,
            )
        return out.sequences, torch.stack(out.scores)

    cached_seq, cached_scores = generate(True)
    plain_seq, plain_scores = generate(False)
    torch.testing.assert_close(cached_scores, plain_scores, atol=1e-4, rtol=1e-4)
    assert torch.equal(cached_seq, plain_seq)
    # lm-eval's own generation path (use_cache=True, left padding) gives the same tokens
    via_lm = lm._model_generate(ids, max_length=ids.shape[1] + 6, stop=[], attention_mask=mask)
    assert torch.equal(via_lm[:, : cached_seq.shape[1]], cached_seq)


def test_generation_masks_skip_left_padding() -> None:
    lm = tiny_lm()
    rec = Recorder(position="all")
    lm.set_stack([Entry(rec, {})])
    ids, mask = left_padded(lm, ["Hello there", "Hi"])
    lm._model_generate(ids, max_length=ids.shape[1] + 2, stop=[], attention_mask=mask)
    prefill = rec.masks[0]
    assert torch.equal(prefill, mask.bool())  # pads excluded, real prompt tokens included
    assert all(m is None for m in rec.masks[1:])  # decode steps: every row's new token is real
    gen = Recorder(position="generated")
    lm.set_stack([Entry(gen, {})])
    lm._model_generate(ids, max_length=ids.shape[1] + 2, stop=[], attention_mask=mask)
    assert not gen.masks[0].any() and all(m is None for m in gen.masks[1:])


def _vector(lm, strength: float, seed: int = 0) -> torch.Tensor:
    """The vector ``Add(site="residual.1", strength, seed)`` adds."""
    return strength * torch.randn(lm.sitemap.site("residual.1").width, generator=torch.Generator().manual_seed(seed))


@pytest.mark.parametrize("prompts", [["Hello there"], ["Hello there", "Howdy pals!"]], ids=["batch1", "equal_length"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("arch", ["llama", "gemma3_text"])
def test_unpadded_generation_edits_the_named_positions(arch: str, mode: str, prompts: list[str]) -> None:
    """No padding, so no attention mask reaches the forward (transformers 5.x drops an
    all-ones mask and sends no cache_position): tokens and logits of every decoding step
    equal a hand-written uncached decoder that edits exactly the positions the mode names."""
    lm = tiny_lm(arch)
    ids = lm.tokenizer(prompts, return_tensors="pt")["input_ids"]
    assert ids.shape[1] == len(prompts[0])  # byte tokenizer, no specials: the prompts are unpadded
    steps = 5
    expected_tokens, expected_scores = greedy_with_edit(
        lm.model, lm.sitemap.layers[1], ids, _vector(lm, 4.0), mode, steps
    )
    lm.set_stack([Entry(Add(strength=4.0, position=mode), {})])
    out = lm._model_generate(ids, max_length=ids.shape[1] + steps, stop=[], attention_mask=torch.ones_like(ids))
    assert torch.equal(out[:, ids.shape[1] :], expected_tokens)
    with lm.stack.layout(Layout(prompt_end=torch.full((len(prompts),), ids.shape[1]))):
        got = lm.model.generate(
            input_ids=ids, max_new_tokens=steps, do_sample=False, output_scores=True, return_dict_in_generate=True,
            pad_token_id=lm.tokenizer.pad_token_id,
        )
    torch.testing.assert_close(torch.stack(got.scores, dim=1), expected_scores, atol=1e-4, rtol=1e-4)
    lm.set_stack([])
    _, bare_scores = greedy_with_edit(lm.model, lm.sitemap.layers[1], ids, _vector(lm, 0.0), mode, steps)
    changed = (expected_scores - bare_scores).abs().amax(-1) > 1e-3  # (B, steps): which steps the edit reaches
    assert bool(changed[:, 0].any()) == (mode != "generated")  # the first new token comes from the prompt
    assert bool(changed[:, 1:].all())


def test_rows_whose_tokens_end_in_zero_keep_their_length() -> None:
    """lm-eval pads with 0: a row whose last real tokens are 0 must not lose them."""
    lm = tiny_lm(batch_size=2)
    rec = Recorder(position="generated")
    lm.set_stack([Entry(rec, {})])
    long = ((("a", "b"), [5, 6, 7, 8, 9], [10, 11]))
    zeros = ((("c", "d"), [5, 6], [0, 0, 12]))  # row fed: [5, 6, 0, 0]
    lm._loglikelihood_tokens([long, zeros])
    (mask,) = rec.masks
    assert torch.equal(mask[0], torch.tensor([False] * 5 + [True]))  # continuation starts at index 5
    assert torch.equal(mask[1], torch.tensor([False, False, True, True, False, False]))
    lm.set_stack([])
