"""KV-cache steering (Belitsky et al., 2025, "KV Cache Steering for Inducing Reasoning in
Small Language Models"), run as the authors' code runs it.

Fit: contrastive prompt pairs that differ only in the in-context demonstrations before
the same query (positive: demonstrations of the wanted behaviour; negative: of the
unwanted one). Per layer, S_V = mean(V+ - V-) and S_K = mean(K+ - K-) of the cache
entries at each prompt's last token (keys as the cache stores them, after RoPE), one
prompt per forward (no padding, so positions are the prompt's own).
Apply (generation only): the prompt is prefilled without the appended token; c_v * S_V
and c_k * S_K are added to the cache entry of the last prompt token in every layer from
``first_layer`` on; generation then starts from prompt + ``append`` (one token id, added
after the prompt's ids, never merged into the prompt's text) with that cache, so the
appended token is the first input decoding feeds and the FIRST generated token is
already steered (``max_gen_toks=1`` shows the effect). Decoding runs with no hook or
edit (one-shot), and the appended token is removed from the returned text.
Loglikelihood requests (multiple choice, perplexity) have no decoding to steer and are
left as they are.

Bundled data: the toxic-preference fit split, as ``n_shots`` demonstrations "{prompt}
{continuation}" with clean continuations (positive) or toxic ones (negative) before each
fit prompt, so the cache is steered towards clean continuations. ``kv_steer.data=``
takes ``{"positive", "negative"}`` prompt pairs (e.g. the paper's demonstrations with
and without reasoning); each is read at its own last token, as the authors' code reads
them (``extraction_method="last_token"``). Fit prompts longer than ``max_tokens`` are
refused: cutting them would move the token the vectors are read at.
The appended token changes generations by itself (it is the first token decoding sees):
measure against ``c_v`` near 0 with the same ``append`` (``c_v=c_k=0`` appends nothing,
so outputs stay bit-identical). A space survives the command line only in the JSON form:
``--plugin_args '{"kv_steer": {"append": " "}}'``.
Deviations: the paper's vectors come from GPT-4o reasoning traces for math/reasoning
benchmarks (no such task is bundled); the bundled contrast is clean vs toxic
continuations, measured on the generation tasks. Defaults c_k 0, c_v 4 (the paper's range
2-10), append "\\n" (the authors' token for tasks other than GSM8K), first_layer 1 (the
first layer's cache is left alone, as in the paper).
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
from steered.harness.stack import Editor, output_cache


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
def last_token_kv(ctx: FitContext, texts: list[str], max_tokens: int) -> tuple[torch.Tensor, torch.Tensor]:
    """(N, layers, kv_heads, head_dim) keys and values of each text's last token, as cached.

    One text per forward: no padding, so positions (and RoPE'd keys) are the text's own
    and sliding-window caches still end at the last token."""
    keys, values = [], []
    for text in texts:
        ids = ctx.tokenizer(text, return_tensors="pt")["input_ids"]
        if ids.shape[1] > max_tokens:
            raise ValueError(
                f"kv_steer: a fit prompt is {ids.shape[1]} tokens, over max_tokens={max_tokens}; the vectors are read at "
                f"its last token, so it cannot be cut: raise kv_steer.max_tokens or shorten it ({text[:60]!r}...)"
            )
        cache = output_cache(ctx.model.base_model(input_ids=ids.to(ctx.device), use_cache=True))  # no LM head
        keys.append(torch.stack([layer.keys[0, :, -1].float().cpu() for layer in cache.layers]))
        values.append(torch.stack([layer.values[0, :, -1].float().cpu() for layer in cache.layers]))
    return torch.stack(keys), torch.stack(values)


class KVSteer(Intervention):
    name = "kv_steer"
    version = "0.2.0"
    description = "KV-cache steering: one-shot edit of the last prompt token's cache after prefill, no hooks while decoding"
    level = "activation"

    @dataclasses.dataclass
    class Params:
        c_v: float = param(4.0, "value coefficient (paper: 2-10; 0 with c_k 0 = off)")
        c_k: float = param(0.0, "key coefficient (paper: 0)")
        first_layer: int = param(1, "layers from this one on are steered")
        append: str = param("\n", "one token, fed first by generation after the steered prompt")
        n_shots: int = param(4, "demonstrations per bundled contrastive prompt", fit=True)
        seed: int = param(0, "seed choosing the demonstrations", fit=True)
        max_tokens: int = param(1024, "longest fit prompt (tokens); longer ones are refused, not cut", fit=True)

    def sites(self, sitemap: SiteMap) -> list[str]:
        return [f"kv.{i}" for i in range(sitemap.layer_index(self.params.first_layer), sitemap.n_layers)]

    def default_data(self) -> list[dict[str, Any]]:
        from steered.tasks import records

        return demonstration_pairs(records("toxic_pref", "fit"), self.params.n_shots, self.params.seed)

    def load_data(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``{"positive": prompt, "negative": prompt}`` pairs, read at their last tokens."""
        bad = [sorted(r) for r in rows if not {"positive", "negative"} <= r.keys()]
        if bad:
            raise ValueError(f"kv_steer fits on positive/negative prompt pairs; got a row with fields {bad[0]}")
        return rows

    def fit(self, ctx: FitContext, data: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        k_pos, v_pos = last_token_kv(ctx, [r["positive"] for r in data], self.params.max_tokens)
        k_neg, v_neg = last_token_kv(ctx, [r["negative"] for r in data], self.params.max_tokens)
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
