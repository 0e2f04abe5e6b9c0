"""The steering plugins stacked together on one model: fitted through the host from data
files, applied in order, and removed without a trace."""

from __future__ import annotations

import json

import torch
from helpers import tiny_lm
from references import truthfulness_rows
from lm_eval.api.instance import Instance

TRUTH = truthfulness_rows(6)
PAIRS = [{"positive": f"Be kind {i}. The answer", "negative": f"Be rude {i}. The answer"} for i in range(4)]
JUDGED = [{"prompt": f"Q{i}: ", "response": "Go away." if i % 2 else "Happy to help.", "label": i % 2} for i in range(6)]


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def test_every_steering_plugin_in_one_stack(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("STEERED_CACHE_DIR", str(tmp_path / "cache"))
    truth, pairs, judged = (_write(tmp_path / f"{n}.jsonl", rows) for n, rows in
                            (("truth", TRUTH), ("pairs", PAIRS), ("judged", JUDGED)))
    lm = tiny_lm(batch_size=4)
    specs = [
        ("caa", {"data": pairs, "layer": 1, "strength": 0.2}),
        ("iti", {"data": truth, "k": 4, "alpha": 0.5}),
        ("persona", {"data": judged, "layer": 2, "coefficient": 0.2}),
        ("grains", {"data": truth, "k": 3, "n_pairs": 3, "steps": 4, "layer": 2, "alpha": 0.01}),
        ("kv_steer", {"data": pairs, "append": "!", "c_v": 20.0}),
    ]
    entries = lm.build_entries(specs)
    requests = [(("The capital of", " France"), lm.tok_encode("The capital of"), lm.tok_encode(" France"))]
    lm.tokenizer.padding_side = "left"
    enc = lm.tokenizer(["Hello there", "Hi"], return_tensors="pt", padding=True)
    lm.tokenizer.padding_side = "right"

    def run():
        ll = lm._loglikelihood_tokens(requests)[0][0]
        gen = lm._model_generate(enc["input_ids"], max_length=enc["input_ids"].shape[1] + 5, stop=[],
                                 attention_mask=enc["attention_mask"])
        return ll, gen

    weights = {k: v.clone() for k, v in lm.model.state_dict().items()}
    bare_ll, bare_gen = run()
    lm.set_stack(entries)
    assert [e["plugin"] for e in lm.describe_stack()] == ["caa", "iti", "persona", "grains", "kv_steer"]
    ll, gen = run()
    assert ll != bare_ll and not torch.equal(gen, bare_gen)
    # persona still scores generation prompts although kv_steer appends a token to them
    lm.generate_until([Instance("generate_until", {}, ("Tell me", {"until": ["\n"], "max_gen_toks": 3}), idx=0)])
    assert set(lm.monitor_scores()["persona"]) == {"The capital of", "Tell me"}
    four = lm.build_entries(specs[:4])  # kv_steer only changes generation
    lm.set_stack(four)
    four_ll, four_gen = run()
    assert four_ll == ll and not torch.equal(four_gen, gen)
    lm.set_stack([])
    assert run()[0] == bare_ll and torch.equal(run()[1], bare_gen)
    for k, v in lm.model.state_dict().items():
        assert torch.equal(v, weights[k]), k
    assert lm.monitor_scores() == {}  # the new, empty stack monitors nothing
