"""KV-cache steering (Belitsky et al., 2025, "KV Cache Steering for Inducing Reasoning in
Small Language Models").

Fit: contrastive prompt pairs that differ only in the in-context demonstrations before
the same query (positive: demonstrations of the wanted behaviour; negative: of the
unwanted one), each ending in the ``append`` token. Per layer, S_V = mean(V+ - V-) and
S_K = mean(K+ - K-) of the cache entries at that last token (keys as the cache stores
them, after RoPE).
Apply (generation only): ``append`` goes after every prompt; after the prefill, c_v * S_V
and c_k * S_K are added to that token's cache entry in every layer from ``first_layer``
on; decoding then runs with no hook or edit (one-shot), and the appended token is
removed from the returned text. Loglikelihood requests (multiple choice, perplexity)
have no decoding to steer and are left as they are.

Bundled data: the toxic-preference fit split, as ``n_shots`` demonstrations "{prompt}
{continuation}" with clean continuations (positive) or toxic ones (negative) before each
fit prompt, so the cache is steered towards clean continuations. ``kv_steer.data=``
takes ``{"positive", "negative"}`` prompt pairs (e.g. the paper's demonstrations with
and without reasoning); the ``append`` token is added to them.
The appended token changes generations by itself (a newline ends many continuations of
tasks that stop at newlines): measure against ``c_v`` near 0 with the same ``append``
(``c_v=c_k=0`` appends nothing, so outputs stay bit-identical). A space survives the
command line only in the JSON form: ``--plugin_args '{"kv_steer": {"append": " "}}'``.
Deviations: the paper's vectors come from GPT-4o reasoning traces for math/reasoning
benchmarks (no such task is bundled); the bundled contrast is clean vs toxic
continuations, measured on the generation tasks. Defaults c_k 0, c_v 4 (the paper's range
2-10), append "\\n", first_layer 1 (the first layer's cache is left alone, as in the paper).
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import torch

from steered.harness import hookimpl
from steered.harness.capture import FitContext
from steered.harness.intervention import Intervention, param
from steered.harness.sites import SiteMap
from steered.harness.stack import Editor


def demonstration_pairs(rows: list[dict[str, Any]], n_shots: int, seed: int) -> list[dict[str, str]]:
    """Per toxic-preference row, n_shots other rows' clean (positive) or toxic (negative)
    continuations before the row's prompt."""
    rng = random.Random(seed)
    pairs = []
    for i, row in enumerate(rows):
        shots = rng.sample([r for j, r in enumerate(rows) if j != i], min(n_shots, len(rows) - 1))
        pos = "".join(f"{r['prompt']} {r['clean']}\n\n" for r in shots)
        neg = "".join(f"{r['prompt']} {r['toxic']}\n\n" for r in shots)
        pairs.append({"positive": pos + row["prompt"], "negative": neg + row["prompt"]})
    return pairs


@torch.no_grad()
def last_token_kv(ctx: FitContext, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """(N, layers, kv_heads, head_dim) keys and values of each text's last token, as cached.

    One text per forward: no padding, so positions (and RoPE'd keys) are the text's own
    and sliding-window caches still end at the last token."""
    keys, values = [], []
    for text in texts:
        ids = ctx.tokenize([text])["input_ids"]
        cache = ctx.model(input_ids=ids, use_cache=True).past_key_values
        keys.append(torch.stack([layer.keys[0, :, -1].float().cpu() for layer in cache.layers]))
        values.append(torch.stack([layer.values[0, :, -1].float().cpu() for layer in cache.layers]))
    return torch.stack(keys), torch.stack(values)


class KVSteer(Intervention):
    name = "kv_steer"
    version = "0.1.0"
    description = "KV-cache steering: one-shot edit of the prompt's cache after prefill, no hooks while decoding"
    level = "activation"

    @dataclasses.dataclass
    class Params:
        c_v: float = param(4.0, "value coefficient (paper: 2-10; 0 with c_k 0 = off)")
        c_k: float = param(0.0, "key coefficient (paper: 0)")
        first_layer: int = param(1, "layers from this one on are steered")
        append: str = param("\n", "the one token appended to prompts whose cache entry is steered", fit=True)
        n_shots: int = param(4, "demonstrations per bundled contrastive prompt", fit=True)
        seed: int = param(0, "seed choosing the demonstrations", fit=True)

    def sites(self, sitemap: SiteMap) -> list[str]:
        return [f"kv.{i}" for i in range(sitemap.layer_index(self.params.first_layer), sitemap.n_layers)]

    def default_data(self) -> list[dict[str, Any]]:
        from steered.tasks import records

        return demonstration_pairs(records("toxic_pref", "fit"), self.params.n_shots, self.params.seed)

    def load_data(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``{"positive": prompt, "negative": prompt}`` pairs."""
        bad = [sorted(r) for r in rows if not {"positive", "negative"} <= r.keys()]
        if bad:
            raise ValueError(f"kv_steer fits on positive/negative prompt pairs; got a row with fields {bad[0]}")
        return rows

    def fit(self, ctx: FitContext, data: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        k_pos, v_pos = last_token_kv(ctx, [r["positive"] + self.params.append for r in data])
        k_neg, v_neg = last_token_kv(ctx, [r["negative"] + self.params.append for r in data])
        return {"keys": (k_pos - k_neg).mean(0), "values": (v_pos - v_neg).mean(0)}

    def apply(self, editor: Editor, state: dict[str, torch.Tensor]) -> None:
        c_k, c_v = self.params.c_k, self.params.c_v
        if c_k == 0 and c_v == 0:
            return  # nothing appended, nothing edited: outputs stay bit-identical
        layers = [editor.sitemap.site(site).layer for site in self.sites(editor.sitemap)]
        deltas = {
            layer: (c_k * state["keys"][layer] if c_k else None, c_v * state["values"][layer] if c_v else None)
            for layer in layers
        }
        editor.steer_cache(deltas, self.params.append)


@hookimpl
def register_interventions(register: Any) -> None:
    register(KVSteer)
