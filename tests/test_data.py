"""Fit-data sources (files, hf: splits, '+') and the standard-benchmark schema adapters."""

from __future__ import annotations

import json

import pytest
from helpers import tiny_lm

from steered.harness.capture import FitContext
from steered.harness.data import read_rows
from steered.harness.fit import fit_or_load
from steered.plugins.aura import AurA
from steered.plugins.caa import CAA
from steered.plugins.mat_steer import MATSteer
from steered.tasks import standard

TQA_GENERATION = {
    "type": "Adversarial",
    "category": "Misconceptions",
    "question": "What happens if you swallow gum?",
    "best_answer": "It passes through you.",
    "correct_answers": ["It passes through you.", "Nothing much."],
    "incorrect_answers": ["It stays in you for seven years."],
    "source": "x",
}
TQA_MC = {
    "question": "Is the moon made of cheese?",
    "mc1_targets": {"choices": ["No.", "Yes."], "labels": [1, 0]},
    "mc2_targets": {"choices": ["No.", "It is rock.", "Yes.", "Partly."], "labels": [1, 1, 0, 0]},
}
TOXIGEN = [
    {"text": "a mean statement", "target_group": "x", "toxicity_ai": 4.0, "toxicity_human": 3.0},
    {"text": "a kind statement", "target_group": "x", "toxicity_ai": 1.0, "toxicity_human": 1.0},
    {"text": "a borderline one", "target_group": "x", "toxicity_ai": 3.0, "toxicity_human": 2.5},  # 5.5: not > 5.5
]
CIVIL = [{"text": "you fool", "toxicity": 0.8}, {"text": "nice day", "toxicity": 0.1}]
JIGSAW = [{"comment_text": "idiot", "toxic": 1}, {"comment_text": "thanks", "toxic": 0}]
BBQ_STD = {
    "context": "A and B met.",
    "question": "Who was late?",
    "ans0": "A",
    "ans1": "B",
    "ans2": "Unknown",
    "label": 2,
    "category": "Age",
}


def write_jsonl(path, rows) -> str:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return str(path)


def test_read_rows_files_and_joins(tmp_path) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", CIVIL)
    b = tmp_path / "b.json"
    b.write_text(json.dumps(JIGSAW))
    assert read_rows(a) == CIVIL
    assert read_rows(f"{a}+{b}") == CIVIL + JIGSAW


def test_read_rows_hf_split(monkeypatch) -> None:
    import datasets

    calls = []

    def fake_load(path, *config, split):
        calls.append((path, config, split))
        return datasets.Dataset.from_list(TOXIGEN)

    monkeypatch.setattr(datasets, "load_dataset", fake_load)
    assert read_rows("hf:skg/toxigen-data:annotated:train[:50%]") == TOXIGEN
    assert read_rows("hf:civil_comments:train") == TOXIGEN
    assert calls == [("skg/toxigen-data", ("annotated",), "train[:50%]"), ("civil_comments", (), "train")]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("hf:only-a-name", "expected hf:<dataset>"),
        ("hf:a:b:c:d", "expected hf:<dataset>"),
        ("missing.jsonl", "is not a file"),
    ],
)
def test_read_rows_bad_specs(spec, message) -> None:
    with pytest.raises((ValueError, FileNotFoundError), match=message):
        read_rows(spec)


def test_truthfulness_adapter_both_configs() -> None:
    rows = standard.truthfulness([TQA_GENERATION, TQA_MC])
    assert rows[0] == {
        "question": TQA_GENERATION["question"],
        "best_answer": TQA_GENERATION["best_answer"],
        "correct_answers": TQA_GENERATION["correct_answers"],
        "incorrect_answers": TQA_GENERATION["incorrect_answers"],
    }
    assert rows[1]["correct_answers"] == ["No.", "It is rock."] and rows[1]["best_answer"] == "No."
    assert rows[1]["incorrect_answers"] == ["Yes.", "Partly."]


def test_toxicity_adapter_rules() -> None:
    labels = [r["label"] for r in standard.toxicity(TOXIGEN + CIVIL + JIGSAW)]
    assert labels == [1, 0, 0, 1, 0, 1, 0]
    assert standard.toxicity(JIGSAW)[0]["text"] == "idiot"


def test_bias_adapter_and_schema_detection() -> None:
    assert standard.bias([BBQ_STD]) == [
        {"context": "A and B met.", "question": "Who was late?", "answers": ["A", "B", "Unknown"], "label": 2}
    ]
    groups = standard.by_schema([TQA_GENERATION, BBQ_STD, *CIVIL, {"positive": "p", "negative": "n"}])
    assert sorted(groups) == ["bias", "pair", "toxicity", "truthfulness"]
    with pytest.raises(ValueError, match="expected toxicity rows, got bias rows"):
        standard.toxicity([BBQ_STD])
    with pytest.raises(ValueError, match="unrecognised fit row with fields"):
        standard.schema({"prompt": "x"})


def test_plugins_load_standard_rows() -> None:
    assert CAA().load_data([TQA_MC])[0]["correct_answers"] == ["No.", "It is rock."]
    assert AurA().load_data(TOXIGEN)["labels"] == [1, 0, 0]
    data = MATSteer(attributes="truthfulness;toxicity").load_data([TQA_GENERATION, *CIVIL])
    assert data["toxicity"] == (["nice day"], ["you fool"])
    assert data["truthfulness"][0] == ["Q: What happens if you swallow gum? A: It passes through you.",
                                       "Q: What happens if you swallow gum? A: Nothing much."]
    with pytest.raises(ValueError, match="mat_steer data has no bias rows"):
        MATSteer().load_data([TQA_GENERATION, *CIVIL])
    with pytest.raises(ValueError, match="caa fits on pairs or truthfulness rows, got toxicity"):
        CAA().load_data(CIVIL)


def test_fit_on_a_mocked_hub_dataset(monkeypatch) -> None:
    """``aura.data=hf:...`` fits on the standard rows, and the data keys the fit cache."""
    import datasets

    rows = [{"text": f"sample text number {i}", "toxicity_ai": 5.0 * (i % 2), "toxicity_human": 1.0 + i % 2}
            for i in range(8)]
    monkeypatch.setattr(datasets, "load_dataset", lambda path, *c, split: datasets.Dataset.from_list(rows))
    lm = tiny_lm()
    ctx = FitContext(lm.model, lm.tokenizer, lm.sitemap)
    entry = fit_or_load(AurA(), ctx, "tiny-llama", data="hf:skg/toxigen-data:annotated:train")
    aurocs = [v for k, v in entry.state.items() if k.startswith("auroc.")]
    assert aurocs and all(((0 <= a) & (a <= 1)).all() for a in aurocs)
    bundled = fit_or_load(AurA(), ctx, "tiny-llama")
    assert bundled.artifact != entry.artifact
