"""Helpers for testing plugins against the host's contract, offline, in seconds.

A third-party plugin's whole test can be::

    from steered.harness.testing import check_intervention

    def test_contract():
        check_intervention(MyIntervention, params={"strength": 2.0}, data=my_small_data)

:func:`tiny_model` builds a randomly initialised model of a supported architecture with
a byte-level tokenizer, so nothing is downloaded. :func:`registered` puts a plugin object
into the plugin manager for the duration of a ``with`` block (testing hooks).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from typing import Any

import torch

from steered.harness import manager
from steered.harness.artifacts import Artifact
from steered.harness.capture import FitContext
from steered.harness.intervention import Intervention
from steered.harness.sites import resolve
from steered.harness.stack import Entry, Stack

TINY = {
    "llama": dict(hidden_size=32, intermediate_size=64, num_hidden_layers=4, num_attention_heads=4, num_key_value_heads=2),
    "qwen2": dict(hidden_size=32, intermediate_size=64, num_hidden_layers=4, num_attention_heads=4, num_key_value_heads=2),
    "mistral": dict(hidden_size=32, intermediate_size=64, num_hidden_layers=4, num_attention_heads=4, num_key_value_heads=2),
    "gemma3_text": dict(hidden_size=32, intermediate_size=64, num_hidden_layers=4, num_attention_heads=4, num_key_value_heads=2, head_dim=8),
    "phi3": dict(hidden_size=32, intermediate_size=64, num_hidden_layers=4, num_attention_heads=4, num_key_value_heads=2),
    "gpt2": dict(n_embd=32, n_layer=4, n_head=4, n_positions=256),
}


def byte_tokenizer() -> Any:
    """A byte-level tokenizer built in memory (258 ids: 256 bytes, <pad>, <eos>)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    alphabet = pre_tokenizers.ByteLevel.alphabet()
    vocab = {ch: i for i, ch in enumerate(sorted(alphabet))}
    vocab["<pad>"] = len(vocab)
    vocab["<eos>"] = len(vocab)
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="<eos>")


def tiny_model(arch: str = "llama", seed: int = 0, **config: Any) -> tuple[torch.nn.Module, Any]:
    """(model, tokenizer): a 4-layer random model of ``arch`` (one of :data:`TINY`);
    ``config`` overrides its config fields (e.g. ``rms_norm_eps=1e-2``)."""
    from transformers import AutoConfig, AutoModelForCausalLM

    if arch not in TINY:
        raise ValueError(f"no tiny config for {arch!r}; have {', '.join(TINY)}")
    tokenizer = byte_tokenizer()
    config = AutoConfig.for_model(
        arch, vocab_size=len(tokenizer), pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.eos_token_id, **{**TINY[arch], **config}
    )
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32).eval()
    model.requires_grad_(False)
    return model, tokenizer


@contextlib.contextmanager
def registered(plugin: Any, name: str = "test-plugin") -> Iterator[None]:
    """Register ``plugin`` (a module or object with hookimpls) until the block ends."""
    pm = manager.get_plugin_manager()
    pm.register(plugin, name=name)
    manager.registry.cache_clear()
    try:
        pm.check_pending()
        yield
    finally:
        pm.unregister(name=name)
        manager.registry.cache_clear()


def _logits(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    with torch.no_grad():
        return model(**batch).logits


def check_intervention(
    cls: type[Intervention],
    params: dict[str, Any] | None = None,
    data: Any = None,
    arch: str = "llama",
    texts: tuple[str, ...] = ("The cat sat on the mat.", "Hello"),
) -> dict[str, Any]:
    """Assert the host's contract for ``cls`` on a tiny model; return what was observed.

    Checked: params parse; fit returns tensors that round-trip through an artifact
    bit-exactly; attach changes nothing outside the stack's hooks and weight snapshots;
    detach restores weights bit for bit and logits exactly; a failing apply leaves the
    model as it was; real tokens of a padded row are edited exactly as unpadded.
    """
    model, tokenizer = tiny_model(arch)
    sitemap = resolve(model)
    intervention = cls(**(params or {}))
    ctx = FitContext(model, tokenizer, sitemap, batch_size=4, max_length=64)
    fit_data = data if data is not None else intervention.default_data()
    state = intervention.fit(ctx, fit_data) if fit_data is not None else {}
    if state:
        with tempfile.TemporaryDirectory() as tmp:
            art = Artifact(cls.name, cls.version, sitemap.fingerprint("tiny-" + arch), intervention.sites(sitemap), "", {}, state)
            back = Artifact.load(art.save(f"{tmp}/artifact"))
            back.check(cls.name, sitemap.fingerprint("tiny-" + arch))
            assert set(back.tensors) == set(state), f"{cls.name}: artifact tensors changed names"
            for k in state:
                assert torch.equal(back.tensors[k], state[k].cpu()), f"{cls.name}: tensor {k} changed in an artifact round trip"

    enc = tokenizer(list(texts), return_tensors="pt", padding=True)
    batch = {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"]}
    weights = {k: v.clone() for k, v in model.state_dict().items()}
    before = _logits(model, batch)

    stack = Stack(model, sitemap, [Entry(intervention, state)])
    stack.attach()
    try:
        steered = _logits(model, batch)
        single = _logits(model, {k: v[1:, : int(enc["attention_mask"][1].sum())] for k, v in batch.items()})
    finally:
        stack.detach()
    after = _logits(model, batch)
    for k, v in model.state_dict().items():
        assert torch.equal(v, weights[k]), f"{cls.name}: weight {k} not restored bit-exactly after detach"
    assert torch.equal(after, before), f"{cls.name}: logits differ after detach"
    assert not stack._chains and stack._root_handle is None, f"{cls.name}: hooks left after detach"
    n = single.shape[1]
    torch.testing.assert_close(
        steered[1, :n], single[0], msg=f"{cls.name}: a right-padded row is edited differently from the same row alone"
    )

    class Failing(cls):  # type: ignore[misc, valid-type]
        def apply(self, editor: Any, st: dict[str, torch.Tensor]) -> None:
            super().apply(editor, st)
            raise RuntimeError("boom")

    failing = Stack(model, sitemap, [Entry(Failing(**(params or {})), state)])
    try:
        failing.attach()
    except Exception as err:  # noqa: BLE001
        assert cls.name in str(err), f"{cls.name}: the error does not name the plugin: {err}"
    else:
        raise AssertionError(f"{cls.name}: a failing apply did not raise")
    for k, v in model.state_dict().items():
        assert torch.equal(v, weights[k]), f"{cls.name}: a failing apply left weight {k} changed"
    assert torch.equal(_logits(model, batch), before), f"{cls.name}: a failing apply left hooks behind"
    return {"state": state, "changed_logits": not torch.equal(steered, before), "sites": intervention.sites(sitemap)}
