"""Every hook, exercised by a plugin registered in a fixture; discovery, blocking, errors."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import types

import pytest
import torch

from steered.harness import HOOKSPEC_VERSION, hookimpl, manager
from steered.harness.intervention import Detector, Intervention, RewardPicker, param
from steered.harness.sites import SiteMap, builtin_resolve, resolve
from steered.harness.testing import registered, tiny_model


class Probe(Detector):
    name = "test_probe"
    description = "mean activation probe"

    def score(self, state, hidden, mask):
        return hidden.mean(dim=(1, 2))


class Greedy(RewardPicker):
    name = "test_greedy"
    description = "always the best arm so far"

    def __init__(self, **params):
        super().__init__(**params)
        self.totals = torch.zeros(2)

    def choose(self, context):
        return int(self.totals.argmax())

    def update(self, context, arm, reward):
        self.totals[arm] += reward


class Nudge(Intervention):
    name = "test_nudge"
    description = "adds a constant"

    @dataclasses.dataclass
    class Params:
        amount: float = param(1.0, "added to the residual stream")

    def apply(self, editor, state):
        editor.hook("residual.0", lambda h, m: h + self.params.amount)


def make_plugin(**hooks) -> types.SimpleNamespace:
    return types.SimpleNamespace(**{k: hookimpl(**v[1])(v[0]) if isinstance(v, tuple) else hookimpl(v) for k, v in hooks.items()})


def test_hookspec_version_is_public() -> None:
    assert HOOKSPEC_VERSION.count(".") == 1


def test_builtins_are_entry_points() -> None:
    reg = manager.registry()
    for name in ("caa", "mat_steer", "aura"):
        assert reg[name].distribution == "lm-eval-steered"
        assert reg[name].plugin == name  # registered through the `steered` entry-point group


def test_register_all_kinds() -> None:
    plugin = make_plugin(
        register_interventions=lambda register: register(Nudge),
        register_detectors=lambda register: register(Probe),
        register_reward_pickers=lambda register: register(Greedy),
    )
    with registered(plugin):
        reg = manager.registry()
        assert reg["test_nudge"].cls is Nudge
        assert manager.get("test_probe", "detector").cls is Probe
        assert manager.get("test_greedy", "reward_picker").cls is Greedy
        picker = Greedy()
        picker.update(torch.zeros(3), 1, 1.0)
        assert picker.choose(torch.zeros(3)) == 1
    assert "test_nudge" not in manager.registry()


def test_register_rejects_wrong_kind() -> None:
    plugin = make_plugin(register_interventions=lambda register: register(Probe))
    with registered(plugin), pytest.raises(TypeError, match="not a Intervention"):
        manager.registry()


def test_misspelled_hook_fails_loudly() -> None:
    plugin = types.SimpleNamespace(register_intervention=hookimpl(lambda register: None))
    with pytest.raises(Exception, match="register_intervention"), registered(plugin):
        pass


def test_unknown_plugin_lists_installed() -> None:
    with pytest.raises(ValueError, match=r"unknown intervention 'nope'; installed: .*aura, caa.*, mat_steer"):
        manager.get("nope", "intervention")


def test_resolve_sites_hook_teaches_new_architecture() -> None:
    model, _ = tiny_model("llama")
    model.config.model_type = "my_arch"
    with pytest.raises(ValueError, match="no site resolver knows architecture 'my_arch'"):
        resolve(model)

    def resolve_sites(model):
        if model.config.model_type == "my_arch":
            model.config.model_type = "llama"
            found = builtin_resolve(model)
            model.config.model_type = "my_arch"
            return SiteMap(**{**found.__dict__, "model_type": "my_arch"})
        return None

    with registered(make_plugin(resolve_sites=resolve_sites)):
        assert resolve(model).model_type == "my_arch"


def test_report_sections_hook() -> None:
    from rich.console import Console

    from steered.reports.terminal import print_report

    results = {"config": {"steered": {"model": "m", "stack": []}}, "results": {}}
    with registered(make_plugin(report_sections=lambda results: ["EXTRA SECTION"])):
        console = Console(record=True, width=120)
        print_report(results, console)
    assert "EXTRA SECTION" in console.export_text()


def test_register_commands_hook(capsys: pytest.CaptureFixture[str]) -> None:
    from steered.harness.cli import main

    def register_commands(subparsers):
        p = subparsers.add_parser("hello")
        p.set_defaults(func=lambda args: print("hi from a plugin"))

    with registered(make_plugin(register_commands=register_commands)):
        main(["hello"])
    assert "hi from a plugin" in capsys.readouterr().out


def test_evaluation_wrapper_hook() -> None:
    calls = []

    def evaluation(run):
        calls.append("before")
        results = yield
        results["config"]["wrapped"] = True
        return results

    fake = {"model": object(), "kwargs": {}}
    impl = make_plugin(evaluation=(evaluation, {"wrapper": True}))
    host = make_plugin(evaluation=(lambda run: {"config": {}}, {"tryfirst": True}))
    with registered(impl, "wrapper"), registered(host, "fake-host"):
        out = manager.get_plugin_manager().hook.evaluation(run=fake)
    assert calls == ["before"] and out == {"config": {"wrapped": True}}


def test_block_env_var_blocks_plugins() -> None:
    code = "from steered.harness import manager; print(sorted(manager.registry()))"
    out = subprocess.run(
        [sys.executable, "-c", code], env={**__import__("os").environ, "STEERED_BLOCK_PLUGINS": "aura,caa"},
        capture_output=True, text=True, check=True,
    ).stdout
    assert out.strip() == "['grains', 'iti', 'kv_steer', 'mat_steer', 'persona']"
    err = subprocess.run(
        [sys.executable, "-c", "from steered.harness import manager; manager.get('aura', 'intervention')"],
        env={**__import__("os").environ, "STEERED_BLOCK_PLUGINS": "aura"}, capture_output=True, text=True,
    ).stderr
    assert "blocked by STEERED_BLOCK_PLUGINS" in err


def test_plugins_command_lists_kind_version_distribution(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from steered.harness.cli import main

    with registered(make_plugin(register_detectors=lambda register: register(Probe))):
        main(["plugins", "--json"])
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["aura"]["kind"] == "intervention" and rows["aura"]["distribution"].startswith("lm-eval-steered")
    assert rows["test_probe"]["kind"] == "detector" and rows["test_probe"]["description"] == "mean activation probe"
