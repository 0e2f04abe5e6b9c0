"""End to end on the embedded SmolLM2 (and Gemma-3-270M): the literal commands users run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
LIMIT = "6"


def sh(*args: str, **kw) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(list(args), capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"}, **kw)
    assert out.returncode == 0, f"{' '.join(args)}\nSTDOUT:\n{out.stdout[-3000:]}\nSTDERR:\n{out.stderr[-3000:]}"
    return out


def test_headline_command_fits_once_and_reports(tmp_path: Path) -> None:
    cmd = ["lm_eval", "--model", "steered", "--plugins", "mat_steer,aura", "--tasks", "steered_safety", "--device", "cpu",
           "--batch_size", "8", "--limit", LIMIT, "--output_path", str(tmp_path / "out"), "--log_samples"]
    first = sh(*cmd)
    assert "fitting mat_steer" in first.stderr and "fitting aura" in first.stderr
    table_at = first.stdout.index("steered_truthfulqa_mc2")
    report_at = first.stdout.index("with mat_steer → aura")
    assert table_at < report_at  # lm-eval's table, then the stack report
    results_file = next((tmp_path / "out").rglob("results_*.json"))
    results = json.loads(results_file.read_text())
    stack = results["config"]["steered"]["stack"]
    assert [e["plugin"] for e in stack] == ["mat_steer", "aura"]
    assert stack[0]["params"]["attributes"] == ["truthfulness", "toxicity", "bias"]
    assert len(list((tmp_path / "out").rglob("samples_steered_bbq_*.jsonl"))) == 1
    second = sh(*cmd[:-3])
    assert "fitting" not in second.stderr and "cached" in second.stdout


def test_python_api_and_steered_eval_agree(tmp_path: Path, smollm2_path: str) -> None:
    from lm_eval import simple_evaluate

    from steered.harness.lm import SteeredLM

    lm = SteeredLM(pretrained=smollm2_path, plugins=["caa"], plugin_args={"caa": {"strength": 4.0}}, batch_size=8)
    api = simple_evaluate(model=lm, tasks=["steered_truthfulqa_mc1"], limit=int(LIMIT))
    assert api["config"]["steered"]["stack"][0]["params"]["strength"] == 4.0
    sh("steered", "eval", "--plugins", "caa", "--plugin_args", "caa.strength=4", "--tasks", "steered_truthfulqa_mc1",
       "--limit", LIMIT, "--device", "cpu", "--batch_size", "8", "--output_path", str(tmp_path))
    cli = json.loads(next(tmp_path.rglob("results_*.json")).read_text())
    assert cli["results"]["steered_truthfulqa_mc1"]["acc,none"] == api["results"]["steered_truthfulqa_mc1"]["acc,none"]


# every bundled task that runs offline, through its groups
BUNDLED = ["steered_safety", "steered_utility", "steered_unlearning", "steered_counterfact"]


@pytest.mark.parametrize("model", ["smollm2-135m-instruct", "gemma-3-270m"])
def test_bare_steered_equals_hf_on_every_bundled_task(model: str) -> None:
    from lm_eval import simple_evaluate
    from lm_eval.models.huggingface import HFLM

    from steered.harness.lm import SteeredLM
    from steered.harness.models import resolve_pretrained

    path = resolve_pretrained(model)
    hf = simple_evaluate(model=HFLM(pretrained=path, batch_size=8, dtype="float32", device="cpu"), tasks=BUNDLED, limit=3)
    steered = simple_evaluate(model=SteeredLM(pretrained=path, batch_size=8), tasks=BUNDLED, limit=3)
    assert len(steered["results"]) >= 16
    assert hf["results"] == steered["results"]


def test_zero_strength_is_bit_identical_on_smollm2(smollm2_lm) -> None:
    ids = torch.tensor([smollm2_lm.tok_encode("Q: Is the Great Wall of China visible from space? A: No.")])
    bare = smollm2_lm._model_call(ids)
    entries = smollm2_lm.build_entries([("caa", {"strength": 0.0}), ("mat_steer", {"strength": 0.0})])
    smollm2_lm.set_stack(entries)
    try:
        assert torch.equal(smollm2_lm._model_call(ids), bare)
        smollm2_lm.set_stack(smollm2_lm.build_entries([("caa", {"strength": 1.0})]))
        assert not torch.equal(smollm2_lm._model_call(ids), bare)
    finally:
        smollm2_lm.set_stack([])


def test_baseline_flag_reports_difference(tmp_path: Path) -> None:
    out = sh("steered", "eval", "--plugins", "caa", "--plugin_args", "caa.strength=8", "--baseline",
             "--tasks", "steered_toxic_pref", "--limit", LIMIT, "--device", "cpu", "--output_path", str(tmp_path))
    assert "against the bare model" in out.stdout and "baseline evaluation" in out.stdout
    results = json.loads(next(tmp_path.rglob("results_*.json")).read_text())
    base = results["config"]["steered"]["baseline"]["results"]["steered_toxic_pref"]
    assert base["toxic_logprob_margin,none"] != results["results"]["steered_toxic_pref"]["toxic_logprob_margin,none"]


@pytest.fixture(scope="module")
def example_plugin():
    pip = [sys.executable, "-m", "pip"]
    sh(*pip, "install", "--quiet", "--no-deps", "--no-build-isolation", str(ROOT / "examples" / "steered-example-plugin"))
    yield
    sh(*pip, "uninstall", "--quiet", "--yes", "steered-example-plugin")


def test_third_party_plugin_discovered_and_run(example_plugin, tmp_path: Path) -> None:
    rows = {r["name"]: r for r in json.loads(sh("steered", "plugins", "--json").stdout)}
    assert rows["ablate_direction"]["distribution"] == "steered-example-plugin 0.1.0"
    out = sh("lm_eval", "--model", "steered", "--plugins", "ablate_direction,caa", "--plugin_args", "ablate_direction.layer=12",
             "--tasks", "steered_truthfulqa_mc1", "--limit", LIMIT, "--device", "cpu", "--output_path", str(tmp_path))
    assert "ablate_direction → caa" in out.stdout
    sh(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROOT / "examples" / "steered-example-plugin" / "tests"))


def test_gemma3_270m(tmp_path: Path) -> None:
    from lm_eval import simple_evaluate

    from steered.harness.lm import SteeredLM

    lm = SteeredLM(pretrained="gemma-3-270m", plugins="caa", batch_size=8)
    assert lm.sitemap.model_type in ("gemma3_text", "gemma3") and lm.model_name == "google/gemma-3-270m"
    res = simple_evaluate(model=lm, tasks=["steered_truthfulqa_mc1"], limit=int(LIMIT))
    assert 0.0 <= res["results"]["steered_truthfulqa_mc1"]["acc,none"] <= 1.0
    side, lm.tokenizer.padding_side = lm.tokenizer.padding_side, "left"
    enc = lm.tokenizer(["The moon is", "Water boils at a"], return_tensors="pt", padding=True)
    lm.tokenizer.padding_side = side
    out = lm._model_generate(enc["input_ids"], max_length=enc["input_ids"].shape[1] + 5, stop=[], attention_mask=enc["attention_mask"])
    assert out.shape[1] == enc["input_ids"].shape[1] + 5
