"""Artifacts: safetensors + JSON, validated against the model, cached by content."""

from __future__ import annotations

import json

import pytest
import torch
from helpers import tiny_lm

from steered.harness.artifacts import Artifact
from steered.harness.capture import FitContext
from steered.harness.cli import main
from steered.harness.fit import fit_or_load
from steered.plugins.caa import CAA

PAIRS = [{"positive": f"Q: item {i}? A: yes", "negative": f"Q: item {i}? A: no"} for i in range(6)]


@pytest.fixture()
def data_file(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in PAIRS))
    return path


def ctx_of(lm) -> FitContext:
    return FitContext(lm.model, lm.tokenizer, lm.sitemap)


def test_artifact_records_model_sites_data_params(tmp_path, data_file) -> None:
    lm = tiny_lm()
    entry = fit_or_load(CAA(layer=2), ctx_of(lm), "tiny-llama", data=data_file, out=tmp_path / "art")
    cfg = json.loads((tmp_path / "art" / "config.json").read_text())
    assert cfg["plugin"] == "caa" and cfg["plugin_version"] == CAA.version
    assert cfg["model"] == {**lm.sitemap.fingerprint("tiny-llama")}
    assert cfg["model"]["n_layers"] == 4 and cfg["model"]["d_model"] == 32
    assert cfg["sites"] == ["residual.2"] and cfg["params"] == {"layer": 2}
    assert len(cfg["data_hash"]) == 64
    loaded = Artifact.load(tmp_path / "art")
    assert torch.equal(loaded.tensors["vector"], entry.state["vector"])


def test_fit_is_cached_by_content(data_file, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("STEERED_CACHE_DIR", str(tmp_path / "cache"))
    lm = tiny_lm()
    calls = []
    original = CAA.fit
    monkeypatch.setattr(CAA, "fit", lambda self, ctx, data: calls.append(1) or original(self, ctx, data))
    first = fit_or_load(CAA(layer=1), ctx_of(lm), "tiny-llama", data=data_file)
    again = fit_or_load(CAA(layer=1, strength=5.0), ctx_of(lm), "tiny-llama", data=data_file)  # apply-only param
    assert len(calls) == 1 and again.cached and torch.equal(first.state["vector"], again.state["vector"])
    fit_or_load(CAA(layer=2), ctx_of(lm), "tiny-llama", data=data_file)  # fit param changed
    data_file.write_text(data_file.read_text() + "\n" + json.dumps({"positive": "x", "negative": "y"}))
    fit_or_load(CAA(layer=1), ctx_of(lm), "tiny-llama", data=data_file)  # data changed
    fit_or_load(CAA(layer=1), ctx_of(lm), "other-model", data=data_file)  # model changed
    assert len(calls) == 4


def test_artifact_on_wrong_model_names_the_fitted_model(tmp_path, data_file) -> None:
    llama = tiny_lm("llama")
    fit_or_load(CAA(), ctx_of(llama), "tiny-llama", data=data_file, out=tmp_path / "art")
    gpt2 = tiny_lm("gpt2")
    with pytest.raises(ValueError, match=r"fitted on tiny-llama \(llama, 4 layers, d_model=32.*but the model is tiny-gpt2 \(gpt2"):
        fit_or_load(CAA(), ctx_of(gpt2), "tiny-gpt2", artifact=tmp_path / "art")


def test_artifact_from_other_plugin_or_params_is_refused(tmp_path, data_file) -> None:
    lm = tiny_lm()
    fit_or_load(CAA(layer=1), ctx_of(lm), "tiny-llama", data=data_file, out=tmp_path / "art")
    with pytest.raises(ValueError, match="was fitted by plugin 'caa', not 'aura'"):
        Artifact.load(tmp_path / "art").check("aura", lm.sitemap.fingerprint("tiny-llama"))
    with pytest.raises(ValueError, match="was fitted with layer=1, but layer=3 was given"):
        fit_or_load(CAA(layer=3), ctx_of(lm), "tiny-llama", artifact=tmp_path / "art")
    entry = fit_or_load(CAA(), ctx_of(lm), "tiny-llama", artifact=tmp_path / "art")
    assert entry.intervention.params.layer == 1  # the artifact's fit params are adopted


def test_not_an_artifact(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="expected config.json and tensors.safetensors"):
        Artifact.load(tmp_path)


def test_steered_fit_command_writes_artifact(tmp_path, data_file, capsys, smollm2_path) -> None:
    out = tmp_path / "caa-art"
    main(["fit", "caa", "--data", str(data_file), "--out", str(out), "--param", "layer=3"])
    assert "fitted in" in capsys.readouterr().out
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["model"]["name"] == "HuggingFaceTB/SmolLM2-135M-Instruct" and cfg["model"]["n_layers"] == 30
    main(["fit", "caa", "--data", str(data_file), "--param", "layer=3"])
    assert "reused cached fit" in capsys.readouterr().out
