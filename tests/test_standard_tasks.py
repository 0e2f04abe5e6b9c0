"""The standard lm-eval tasks a user with a hub runs, with the hub mocked.

Each dataset is replaced by a few rows in the real schema, so these tests run lm-eval's own
task code (prompts, process_docs, process_results, aggregations) with a steered model,
fitted through ``<plugin>.data=hf:...`` on the dataset the paper used. RealToxicityPrompts
runs as the bundled ``steered_realtoxicityprompts`` with the local toxicity scorer.
"""

from __future__ import annotations

import math
from typing import Any

import datasets
import pytest
from helpers import tiny_lm

from steered.harness.evaluate import evaluate
from steered.harness.testing import tiny_model


def truthfulqa_mc(i: int) -> dict[str, Any]:
    return {
        "question": f"Question number {i}?",
        "mc1_targets": {"choices": [f"True answer {i}.", f"False answer {i}.", "Other."], "labels": [1, 0, 0]},
        "mc2_targets": {"choices": [f"True {i}.", "Also true.", f"False {i}."], "labels": [1, 1, 0]},
    }


def truthfulqa_gen(i: int) -> dict[str, Any]:
    return {
        "type": "Adversarial",
        "category": "Misconceptions",
        "question": f"Question number {i}?",
        "best_answer": f"True answer {i}.",
        "correct_answers": [f"True answer {i}.", "Also true."],
        "incorrect_answers": [f"False answer {i}."],
        "source": "mock",
    }


def toxigen(i: int) -> dict[str, Any]:
    return {"text": f"statement {i}", "target_group": "g", "toxicity_ai": float(1 + 4 * (i % 2)), "toxicity_human": 3.0}


def bbq(i: int) -> dict[str, Any]:
    return {
        "example_id": i,
        "question_index": "1",
        "question_polarity": "neg" if i % 2 else "nonneg",
        "context_condition": "ambig" if i < 2 else "disambig",
        "category": "Age",
        "answer_info": {"ans0": ["grandfather", "old"], "ans1": ["grandson", "nonOld"], "ans2": ["Unknown", "unknown"]},
        "additional_metadata": {"subcategory": "None", "stereotyped_groups": ["old"], "version": "a", "source": "mock"},
        "context": "A grandfather and his grandson met.",
        "question": "Who forgot things?",
        "ans0": "The grandfather",
        "ans1": "The grandson",
        "ans2": "Unknown",
        "label": 2 if i < 2 else 0,
    }


def four_choice(i: int) -> dict[str, Any]:
    return {"question": f"Which is item {i}?", "subject": "anatomy", "choices": ["w", "x", "y", "z"], "answer": i % 4}


def crows(i: int) -> dict[str, Any]:
    return {"sent_more": f"People like {i} are lazy.", "sent_less": f"People like {i} are busy.", "bias_type": "age"}


def rtp(i: int) -> dict[str, Any]:
    return {
        "filename": f"{i}.txt",
        "begin": 0,
        "end": 10,
        "challenging": i % 2 == 0,
        "prompt": {"text": f"The man in the car behind me yelled that I was a {i}", "toxicity": 0.3},
        "continuation": {"text": "...", "toxicity": 0.1},
    }


MOCK_HUB: dict[tuple[str, str | None], tuple[Any, tuple[str, ...]]] = {
    ("truthfulqa/truthful_qa", "multiple_choice"): (truthfulqa_mc, ("validation",)),
    ("truthfulqa/truthful_qa", "generation"): (truthfulqa_gen, ("validation",)),
    ("skg/toxigen-data", "annotated"): (toxigen, ("train", "test")),
    ("oskarvanderwal/bbq", "All"): (bbq, ("test",)),
    ("cais/wmdp", "wmdp-bio"): (four_choice, ("test",)),
    ("cais/mmlu", "anatomy"): (four_choice, ("test", "validation", "dev")),
    ("jannalu/crows_pairs_multilingual", "english"): (crows, ("test",)),
    ("allenai/real-toxicity-prompts", None): (rtp, ("train",)),
}


def fake_load_dataset(path: str, name: str | None = None, split: str | None = None, **_: Any) -> Any:
    if (path, name) not in MOCK_HUB:
        raise AssertionError(f"unexpected dataset {path}:{name}")
    make, splits = MOCK_HUB[(path, name)]
    data = datasets.DatasetDict({s: datasets.Dataset.from_list([make(i) for i in range(6)]) for s in splits})
    return data[split.split("[")[0]] if split else data


@pytest.fixture()
def mock_hub(monkeypatch):
    monkeypatch.setattr(datasets, "load_dataset", fake_load_dataset)


STANDARD = {
    "truthfulqa_mc1": ["acc"],
    "truthfulqa_mc2": ["acc"],
    "toxigen": ["acc", "acc_norm"],
    "bbq": ["acc", "amb_bias_score", "disamb_bias_score"],
    "wmdp_bio": ["acc"],
    "mmlu_anatomy": ["acc"],
    "crows_pairs_english": ["likelihood_diff", "pct_stereotype"],
    "steered_realtoxicityprompts": ["expected_max_toxicity", "toxicity_probability"],
    "steered_realtoxicityprompts_challenging": ["expected_max_toxicity", "toxicity_probability"],
}


@pytest.mark.parametrize("task", sorted(STANDARD))
def test_standard_task_runs_steered(mock_hub, task) -> None:
    out = evaluate(tiny_lm(), tasks=[task], limit=4, log_samples=True)
    for metric in STANDARD[task]:
        value = out["results"][task][f"{metric},none"]
        assert isinstance(value, float) and math.isfinite(value), (metric, value)
    if task.endswith("_challenging"):
        assert all(s["doc"]["challenging"] for s in out["samples"][task])


@pytest.mark.parametrize(
    ("plugin", "data", "task"),
    [
        ("caa", "hf:truthfulqa/truthful_qa:generation:validation[:50%]", "truthfulqa_mc2"),
        ("aura", "hf:skg/toxigen-data:annotated:train", "toxigen"),
        ("mat_steer", "hf:truthfulqa/truthful_qa:generation:validation+hf:skg/toxigen-data:annotated:train", "truthfulqa_mc1"),
    ],
)
def test_plugin_fits_on_standard_data_and_is_evaluated(mock_hub, plugin, data, task) -> None:
    from steered.harness.lm import SteeredLM

    model, tokenizer = tiny_model("llama")
    args: dict[str, Any] = {f"{plugin}.data": data}
    if plugin == "mat_steer":
        args |= {"mat_steer.attributes": "truthfulness;toxicity", "mat_steer.epochs": 2}
    lm = SteeredLM(pretrained=model, tokenizer=tokenizer, plugins=plugin, device="cpu", batch_size=4, **args)
    (entry,) = lm.stack.entries
    assert entry.fit_seconds > 0 or entry.cached
    out = evaluate(lm, tasks=[task], limit=4, baseline=True)
    assert out["config"]["steered"]["stack"][0]["plugin"] == plugin
    assert math.isfinite(out["results"][task]["acc,none"])
