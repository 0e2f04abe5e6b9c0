"""Test data and hand-written reference computations shared by the test files.

Imports no lm-eval, so ``test_devices.py`` can use it on machines that have only torch,
transformers and this package.
"""

from __future__ import annotations

import torch

from steered.harness.stack import cache_kwarg, output_cache

TOXIC_TEXTS = ["You are a total idiot.", "What a lovely day.", "Shut up, loser.", "Thanks for the help!",
               "I hate you all.", "See you at noon."]
TOXIC_LABELS = [1, 0, 1, 0, 1, 0]

# judged persona rows: a system prompt, an answer, the judge's label (1 = shows the trait)
JUDGED = [
    {"prompt": f"System: be {'rude' if i % 2 else 'kind'}.\nUser: question {i}?\n", "response": r, "label": i % 2}
    for i, r in enumerate(["Go away, fool.", "Happy to help!", "What a dumb thing.", "Sure, here you go.",
                           "Nobody cares.", "Great question."])
]


def truthfulness_rows(n: int) -> list[dict]:
    """``n`` TruthfulQA-style rows (one best answer, two false ones)."""
    return [
        {
            "question": f"Is claim number {i} true?",
            "best_answer": f"No, claim {i} is false.",
            "correct_answers": [f"No, claim {i} is false."],
            "incorrect_answers": [f"Yes, claim {i} is true.", f"Claim {i} was proven."],
        }
        for i in range(n)
    ]


def prefill_edit_decode(
    model: torch.nn.Module, ids: torch.Tensor, mask: torch.Tensor, append: int, values: torch.Tensor, c_v: float,
    first: int, steps: int,
) -> torch.Tensor:
    """KV-cache steering as the authors' code runs it, written out step by step: prefill
    the prompt ``ids`` alone, add ``c_v * values[layer]`` to the last prompt token's cached
    values in layers >= ``first``, feed the ``append`` token id with that cache, then
    greedy decoding; returns the (B, steps) new tokens."""
    position = (mask.cumsum(1) - 1).masked_fill(mask == 0, 0)
    key = cache_kwarg(model)
    with torch.no_grad():
        cache = output_cache(model(input_ids=ids, attention_mask=mask, position_ids=position, use_cache=True))
        for layer in range(first, len(values)):
            cache.layers[layer].values[:, :, -1] += c_v * values[layer].to(ids.device)
        nxt = torch.full((ids.shape[0], 1), append, dtype=ids.dtype, device=ids.device)
        generated = []
        for _ in range(steps):
            mask = torch.cat([mask, torch.ones_like(mask[:, :1])], dim=1)
            position = position[:, -1:] + 1
            out = model(input_ids=nxt, attention_mask=mask, position_ids=position, use_cache=True, **{key: cache})
            cache = output_cache(out)
            nxt = out.logits[:, -1].argmax(-1, keepdim=True)
            generated.append(nxt)
    return torch.cat(generated, dim=1)


def edited_positions(mode: str, prompt: int, total: int) -> list[int]:
    """The absolute positions a position mode edits in a sequence of ``total`` tokens whose
    first ``prompt`` are the prompt (unpadded), spelled out from the mode definitions."""
    return {
        "all": list(range(total)),
        "prompt": list(range(prompt)),
        "generated": list(range(prompt, total)),
        "last": list(range(prompt - 1, total)),
    }[mode]


def greedy_with_edit(
    model: torch.nn.Module, block: torch.nn.Module, ids: torch.Tensor, vector: torch.Tensor, mode: str, steps: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """Greedy decoding without a cache, recomputing the whole (unpadded) sequence each step
    with ``vector`` added to ``block``'s output at the positions ``mode`` names; returns the
    (B, steps) new tokens and the (B, steps, vocab) logits they were chosen from."""
    prompt = ids.shape[1]
    chosen: list[int] = []

    def add(_module: torch.nn.Module, _inputs: object, output: object) -> object:
        hidden = output[0] if isinstance(output, tuple) else output
        hidden = hidden.clone()
        hidden[:, chosen] += vector
        return (hidden, *output[1:]) if isinstance(output, tuple) else hidden

    handle = block.register_forward_hook(add)
    tokens, scores = ids, []
    try:
        with torch.no_grad():
            for _ in range(steps):
                chosen[:] = edited_positions(mode, prompt, tokens.shape[1])
                logits = model(input_ids=tokens, use_cache=False).logits[:, -1]
                scores.append(logits)
                tokens = torch.cat([tokens, logits.argmax(-1, keepdim=True)], dim=1)
    finally:
        handle.remove()
    return tokens[:, prompt:], torch.stack(scores, dim=1)
