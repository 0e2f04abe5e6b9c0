"""The stack: order, exact restore of weight edits, failure isolation, hook removal, fit limits."""

from __future__ import annotations

import types

import pytest
import torch
from helpers import Add, Boom, Scale, ScaleWeight, tiny_lm

from steered.harness import hookimpl
from steered.harness.intervention import Intervention
from steered.harness.stack import Entry, InterventionError
from steered.harness.testing import registered


@pytest.fixture()
def lm():
    return tiny_lm()


def logits(lm, text: str = "steer me gently") -> torch.Tensor:
    ids = torch.tensor([lm.tok_encode(text)])
    return lm._model_call(ids)


def weights(lm) -> dict[str, torch.Tensor]:
    return {k: v.clone() for k, v in lm.model.state_dict().items()}


def assert_same_weights(lm, saved: dict[str, torch.Tensor]) -> None:
    for k, v in lm.model.state_dict().items():
        assert torch.equal(v, saved[k]), k


def test_weight_edit_is_restored_bit_exactly(lm) -> None:
    saved, bare = weights(lm), logits(lm)
    lm.set_stack([Entry(ScaleWeight(factor=1.37), {}), Entry(Add(strength=0.5), {})])
    assert not torch.equal(logits(lm), bare)
    changed = lm.sitemap.site("heads.1").module.weight
    assert not torch.equal(changed, saved["model.layers.1.self_attn.o_proj.weight"])
    lm.set_stack([])
    assert_same_weights(lm, saved)
    assert torch.equal(logits(lm), bare)


def test_two_edits_of_one_weight_restore_the_original(lm) -> None:
    saved = weights(lm)
    lm.set_stack([Entry(ScaleWeight(factor=1.1), {}), Entry(type("Again", (ScaleWeight,), {"name": "t_weight2"})(factor=0.7), {})])
    lm.set_stack([])
    assert_same_weights(lm, saved)


def test_order_is_application_order(lm) -> None:
    add, scale = Entry(Add(strength=1.0), {}), Entry(Scale(factor=3.0), {})
    lm.set_stack([add, scale])
    add_then_scale = logits(lm)
    lm.set_stack([scale, add])
    scale_then_add = logits(lm)
    assert not torch.allclose(add_then_scale, scale_then_add)
    # same site: (h + v) * 3 vs h * 3 + v, checked on the hooked activation itself
    lm.set_stack([])
    site = lm.sitemap.site("residual.1").module
    seen = {}
    handle = site.register_forward_hook(lambda m, i, o: seen.__setitem__("h", (o[0] if isinstance(o, tuple) else o).clone()))
    logits(lm)
    handle.remove()
    v = torch.randn(lm.sitemap.d_model, generator=torch.Generator().manual_seed(0))
    lm.set_stack([add, scale])
    handle = site.register_forward_hook(lambda m, i, o: seen.__setitem__("s", (o[0] if isinstance(o, tuple) else o).clone()))
    logits(lm)
    handle.remove()
    torch.testing.assert_close(seen["s"], (seen["h"] + v) * 3)


def test_failing_attach_leaves_model_unchanged(lm) -> None:
    saved, bare = weights(lm), logits(lm)

    class BadApply(ScaleWeight):
        name = "t_bad"

        def apply(self, editor, state):
            super().apply(editor, state)
            raise ValueError("cannot")

    with pytest.raises(InterventionError, match="plugin 't_bad' failed while attaching"):
        lm.set_stack([Entry(Add(), {}), Entry(ScaleWeight(), {}), Entry(BadApply(), {})])
    assert_same_weights(lm, saved)
    assert torch.equal(logits(lm), bare)
    assert lm.stack.entries == []


def test_failing_set_stack_keeps_previous_stack(lm) -> None:
    lm.set_stack([Entry(Add(strength=2.0), {})])
    steered = logits(lm)
    with pytest.raises(InterventionError):
        lm.set_stack([Entry(type("B", (ScaleWeight,), {"name": "t_b", "apply": lambda s, e, st: 1 / 0})(), {})])
    assert torch.equal(logits(lm), steered)


def test_plugin_raising_in_forward_is_named_and_hooks_removed(lm) -> None:
    saved, bare = weights(lm), logits(lm)
    lm.set_stack([Entry(ScaleWeight(), {}), Entry(Boom(), {})])
    with pytest.raises(InterventionError, match="plugin 't_boom' failed while editing activations: RuntimeError: kaboom"):
        logits(lm)
    assert not lm.stack.attached
    assert_same_weights(lm, saved)
    assert all(not m._forward_hooks and not m._forward_pre_hooks for m in lm.model.modules())
    assert torch.equal(logits(lm), bare)


def test_same_plugin_twice_is_refused(lm) -> None:
    with pytest.raises(ValueError, match="t_add appear twice"):
        lm.set_stack([Entry(Add(), {}), Entry(Add(), {})])


def test_zero_strength_is_bit_identical(lm) -> None:
    bare = logits(lm)
    lm.set_stack([Entry(Add(strength=0.0), {})])
    assert torch.equal(logits(lm), bare)


@pytest.mark.parametrize("arch", ["llama", "qwen2", "mistral", "gemma3_text", "gpt2"])
def test_sites_resolve_per_architecture(arch: str) -> None:
    lm = tiny_lm(arch)
    bare = logits(lm)
    mlp = lm.sitemap.mlp_sites()
    entries = [Entry(Add(site="residual.2"), {}), Entry(type("H", (Add,), {"name": "t_h"})(site="heads.1"), {}),
               Entry(type("M", (Add,), {"name": "t_m"})(site=mlp[-1]), {})]
    lm.set_stack(entries)
    assert not torch.equal(logits(lm), bare)
    lm.set_stack([])
    assert torch.equal(logits(lm), bare)


def test_bad_site_names_explain(lm) -> None:
    with pytest.raises(ValueError, match="out of range: this model has 4 layers"):
        lm.sitemap.site("residual.9")
    with pytest.raises(ValueError, match="MLPs have gate_proj, up_proj, down_proj"):
        lm.sitemap.site("mlp.1.c_fc")
    with pytest.raises(ValueError, match="use residual.L, heads.L"):
        lm.sitemap.site("resid.1")


class _Lengths(Intervention):
    """Fits on its data by recording how many tokens of each text the fit context kept."""

    name = "t_lengths"

    def default_data(self):
        return ["x" * 40, "short"]

    def fit(self, ctx, data):
        return {"lengths": ctx.tokenize(data)["attention_mask"].sum(1)}

    def apply(self, editor, state):
        pass


def test_fit_texts_are_cut_to_the_visible_limit_with_a_warning(lm, caplog) -> None:
    plugin = types.SimpleNamespace(register_interventions=hookimpl(lambda register: register(_Lengths)))
    with registered(plugin), caplog.at_level("WARNING", logger="steered"):
        (default,) = lm.build_entries([("t_lengths", {})])
        assert not caplog.records  # 40 bytes fit the default 256 tokens
        (short,) = lm.build_entries([("t_lengths", {"fit_max_length": 16})])
    assert default.state["lengths"].tolist() == [40, 5]
    assert short.state["lengths"].tolist() == [16, 5]
    assert "1 of 2 fit texts are longer than 16 tokens" in caplog.text and "fit_max_length" in caplog.text
    assert short.artifact != default.artifact  # the limit keys the fit cache
