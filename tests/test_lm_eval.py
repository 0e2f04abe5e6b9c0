"""The lm-eval integration: the patch, its off switch, backward compatibility, safety."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from steered.harness.testing import tiny_model


def run_py(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **env})


def test_unrelated_process_pays_nothing() -> None:
    out = run_py("import sys; print(sorted(m for m in ('torch', 'lm_eval', 'pluggy', 'transformers') if m in sys.modules))")
    assert out.stdout.strip() == "[]", out.stderr
    out = run_py("import json, sys; print(type(sys.meta_path[0]).__module__)")
    assert out.stdout.strip() == "steered.harness.autopatch"


def test_steered_alias_points_at_steeredlm_and_hf_still_works() -> None:
    code = (
        "from lm_eval.api.registry import get_model\n"
        "print(get_model('steered').__module__, get_model('hf').__name__, get_model('vllm').__name__ if False else '')\n"
        "import lm_eval.models.hf_steered as h\n"
        "print(get_model('steered').__module__, h.SteeredModel.__name__)\n"
    )
    out = run_py(code)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.strip().splitlines()
    assert first.split()[:2] == ["steered.harness.lm", "HFLM"]
    assert second.split() == ["steered.harness.lm", "SteeredModel"]


def test_switch_off_restores_stock_lm_eval() -> None:
    out = run_py("from lm_eval.api.registry import get_model; print(get_model('steered').__module__)", STEERED_LM_EVAL_PATCH="0")
    assert out.stdout.strip() == "lm_eval.models.hf_steered"
    cli = subprocess.run(
        ["lm_eval", "--model", "steered", "--plugins", "caa", "--tasks", "x"],
        capture_output=True, text=True, env={**os.environ, "STEERED_LM_EVAL_PATCH": "0"},
    )
    assert "unrecognized arguments: --plugins" in cli.stderr


def test_cli_flags_added_and_guarded() -> None:
    help_text = subprocess.run(["lm_eval", "run", "--help"], capture_output=True, text=True).stdout
    for flag in ("--plugins", "--plugin_args", "--baseline", "--contributions"):
        assert flag in help_text
    wrong = subprocess.run(["lm_eval", "--model", "hf", "--plugins", "caa", "--tasks", "x"], capture_output=True, text=True)
    assert "--plugins/--plugin_args/--baseline/--contributions need --model steered (got --model hf)" in wrong.stderr


def test_later_lm_eval_plugins_flag_is_left_alone() -> None:
    import argparse

    from steered.harness.lm_eval_cli import add_arguments

    parser = argparse.ArgumentParser()
    parser.add_argument("--plugins", dest="lm_eval_plugins")  # what a later lm-eval defines
    add_arguments(parser)
    args = parser.parse_args(["--plugins", "my.module", "--steered_plugins", "caa+aura"])
    assert args.lm_eval_plugins == "my.module" and args.steered_plugins == "caa+aura"


def test_bundled_tasks_join_lm_evals_defaults(tmp_path: Path) -> None:
    from lm_eval.tasks import TaskManager

    (tmp_path / "mine.yaml").write_text("task: zzz_mine\ndataset_path: json\noutput_type: loglikelihood\ndoc_to_text: q\ndoc_to_target: a\n")
    for only_mine in (TaskManager(include_path=str(tmp_path), include_defaults=False), TaskManager(None, [tmp_path], False)):
        assert only_mine.all_tasks == ["zzz_mine"]
    defaults = TaskManager()
    assert {"arc_easy", "steered_safety", "steered_truthfulqa_mc2", "steered_toxicity", "steered_bbq"} <= set(defaults.all_tasks)
    assert defaults.include_path is None


def test_plugin_args_fold_into_model_args() -> None:
    import argparse

    from steered.harness.lm import parse_stack
    from steered.harness.lm_eval_cli import fold_into_model_args

    ns = argparse.Namespace(
        model_args={"pretrained": "x"}, steered_plugins="caa,aura",
        steered_plugin_args=["caa.strength=4,caa.layer=3", '{"aura": {"mode": "det0"}}'],
    )
    folded = fold_into_model_args(ns)
    assert folded == {"pretrained": "x", "plugins": "caa+aura", "caa.strength": "4", "caa.layer": "3", "aura.mode": "det0"}
    specs = parse_stack(folded.pop("plugins"), None, {k: v for k, v in folded.items() if "." in k})
    assert specs == [("caa", {"strength": "4", "layer": "3"}), ("aura", {"mode": "det0"})]
    with pytest.raises(ValueError, match="names plugin 'mat_steer', which is not in the stack"):
        parse_stack("caa", None, {"mat_steer.strength": 1})


def test_unknown_plugin_fails_before_model_loads() -> None:
    from steered.harness.lm import SteeredLM

    with pytest.raises(ValueError, match="unknown intervention 'maat_steer'; installed: .*aura, caa.*mat_steer"):
        SteeredLM(pretrained="/nonexistent/model", plugins="maat_steer")


def test_bad_param_names_the_plugin_and_its_params() -> None:
    from steered.plugins.caa import CAA

    with pytest.raises(ValueError, match="caa: unknown parameter.*strenght; caa takes: layer, position, strength"):
        CAA(strenght=2)
    with pytest.raises(ValueError, match="caa.strength: expected float, got 'lots'"):
        CAA(strength="lots")
    with pytest.raises(ValueError, match="unknown position mode 'middle'; choose one of all, prompt, generated, last"):
        CAA(position="middle")


# -- lm-eval's own steer_path format -----------------------------------------------------
def steer_file(tmp_path: Path) -> Path:
    g = torch.Generator().manual_seed(3)
    cfg = {
        "layers.1": {"steering_vector": torch.randn(32, generator=g), "steering_coefficient": 2.0, "action": "add", "bias": None, "head_index": None},
        "layers.2.mlp": {"steering_vector": torch.randn(32, generator=g), "steering_coefficient": 0.5, "action": "clamp", "bias": None, "head_index": None},
    }
    path = tmp_path / "steer.pt"
    torch.save(cfg, path)
    return path


def test_steer_path_matches_lm_eval_steered_model(tmp_path: Path) -> None:
    from lm_eval.models.hf_steered import SteeredModel

    from steered.harness.lm import SteeredLM

    path = steer_file(tmp_path)
    ids = torch.tensor([[5, 9, 77, 12, 3]])
    model, tok = tiny_model()
    theirs = SteeredModel(pretrained=model, tokenizer=tok, steer_path=str(path), device="cpu")
    expected = theirs._model_call(ids)
    ours = SteeredLM(pretrained=model, tokenizer=tok, steer_path=str(path), device="cpu")
    torch.testing.assert_close(ours._model_call(ids), expected)
    assert ours.describe_stack()[0]["plugin"] == "steer_path"
    ours.set_stack([])
    assert not torch.allclose(ours._model_call(ids), expected)  # the file did steer


class _Exploit:
    def __reduce__(self):
        return (os.system, ("touch PWNED",))


def test_steer_path_never_unpickles_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from steered.harness.legacy import read_steer_file

    path = tmp_path / "evil.pt"
    with path.open("wb") as f:
        pickle.dump({"layers.1": _Exploit()}, f)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match="not loadable with weights_only=True"):
        read_steer_file(str(path))
    assert not (tmp_path / "PWNED").exists()
