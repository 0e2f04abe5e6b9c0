"""Test data and hand-written reference computations shared by the test files.

Imports no lm-eval, so ``test_devices.py`` can use it on machines that have only torch,
transformers and this package.
"""

from __future__ import annotations

import torch

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
    model: torch.nn.Module, ids: torch.Tensor, mask: torch.Tensor, values: torch.Tensor, c_v: float, first: int,
    steps: int,
) -> torch.Tensor:
    """KV-cache steering written out step by step: prefill ``ids`` (each row ending in the
    appended token), add ``c_v * values[layer]`` to that token's cached values in layers
    >= ``first``, then greedy decoding with the cache; returns the (B, steps) new tokens."""
    position = (mask.cumsum(1) - 1).clamp_min(0)
    with torch.no_grad():
        out = model(input_ids=ids, attention_mask=mask, position_ids=position, use_cache=True)
        cache = out.past_key_values
        for layer in range(first, len(values)):
            cache.layers[layer].values[:, :, -1] += c_v * values[layer].to(ids.device)
        generated = []
        logits = out.logits[:, -1]
        for _ in range(steps):
            nxt = logits.argmax(-1, keepdim=True)
            generated.append(nxt)
            mask = torch.cat([mask, torch.ones_like(mask[:, :1])], dim=1)
            position = position[:, -1:] + 1
            out = model(input_ids=nxt, attention_mask=mask, position_ids=position, past_key_values=cache, use_cache=True)
            logits = out.logits[:, -1]
    return torch.cat(generated, dim=1)
