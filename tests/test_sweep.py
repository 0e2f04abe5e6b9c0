"""``steered sweep``: grid parsing, Pareto marks against a brute-force check, the terminal
rendering, and a whole sweep on a tiny saved model through lm-eval."""

from __future__ import annotations

import argparse
import json
import types

import pytest
from helpers import Add
from rich.console import Console

from steered.harness import hookimpl
from steered.harness.sweep import parse_grid, pareto, run_sweep, settings
from steered.harness.testing import registered, tiny_model
from steered.reports.sweep import render


def test_grid_is_every_combination_in_order() -> None:
    grid = parse_grid(["caa.strength=-2,0,2", "caa.layer=8,15"])
    assert grid == {"caa.strength": ["-2", "0", "2"], "caa.layer": ["8", "15"]}
    combos = settings(grid)
    assert len(combos) == 6 and combos[0] == {"caa.strength": "-2", "caa.layer": "8"}
    assert combos[1] == {"caa.strength": "-2", "caa.layer": "15"}
    with pytest.raises(ValueError, match="plugin.param=v1,v2"):
        parse_grid(["strength=1,2"])


def test_pareto_marks_exactly_the_undominated_points() -> None:
    import random

    rng = random.Random(0)
    for _ in range(50):
        points = [{"gain": rng.choice([-1, 0, 1, 2]), "cost": rng.choice([-1, 0, 1, 2])} for _ in range(6)]
        base = {"gain": 0.0, "cost": 0.0}
        pareto(points, base)
        for p in points:
            beaten = any(
                (q["gain"], -q["cost"]) != (p["gain"], -p["cost"]) and q["gain"] >= p["gain"] and q["cost"] <= p["cost"]
                for q in [*points, base]
            )
            assert p["pareto"] == (not beaten)


def _sweep_fixture() -> dict:
    return {
        "model": "m", "plugins": ["caa"], "limit": 10, "grid": {"caa.strength": ["1", "2"]},
        "target": {"task": "t", "metric": "acc", "higher_is_better": True},
        "utility": {"task": "u", "metric": "ppl", "higher_is_better": False},
        "baseline": {"params": {}, "target": 0.5, "utility": 10.0, "gain": 0.0, "cost": 0.0},
        "points": [
            {"params": {"caa.strength": "1"}, "target": 0.6, "utility": 11.0, "gain": 0.1, "cost": 1.0, "pareto": True},
            {"params": {"caa.strength": "2"}, "target": 0.55, "utility": 13.0, "gain": 0.05, "cost": 3.0, "pareto": False},
        ],
    }


def test_render_shows_table_plot_and_marks() -> None:
    console = Console(record=True, width=140)
    console.print(render(_sweep_fixture()))
    text = console.export_text()
    assert "caa.strength=1" in text and "★" in text and "bare model" in text
    assert "1★" in text and "utility cost in u ppl" in text and "log scale" not in text
    wide = _sweep_fixture()
    wide["points"][1].update(cost=3000.0, utility=3010.0)
    wide["points"].append({"params": {"caa.strength": "3"}, "target": 0.6, "utility": 11.0, "gain": 0.1, "cost": 1.0,
                           "pareto": False})  # lands on point 1's cell
    console = Console(record=True, width=140)
    console.print(render(wide))
    text = console.export_text()
    assert "log scale" in text and "1★ 3" in text  # costs over orders of magnitude; no label hides another


@pytest.fixture()
def tiny_dir(tmp_path):
    model, tok = tiny_model("llama")
    model.save_pretrained(tmp_path / "tiny")
    tok.save_pretrained(tmp_path / "tiny")
    return str(tmp_path / "tiny")


@pytest.mark.slow
def test_sweep_runs_the_grid_through_lm_eval(tiny_dir, tmp_path) -> None:
    plugin = types.SimpleNamespace(register_interventions=hookimpl(lambda register: register(Add)))
    args = argparse.Namespace(
        plugins="t_add", plugin_args=["t_add.site=residual.1"], grid=["t_add.strength=0,5"],
        target="steered_truthfulqa_mc2", target_metric=None, utility="steered_plaintext_ppl", utility_metric=None,
        limit=2, pretrained=tiny_dir, device="cpu", batch_size=4, output=str(tmp_path / "sweep.json"),
    )
    with registered(plugin):
        out = run_sweep(args)
    saved = json.loads((tmp_path / "sweep.json").read_text())
    assert saved["points"] == out["points"] and len(out["points"]) == 2
    assert out["target"]["metric"] == "acc" and out["utility"]["metric"] == "word_perplexity"
    zero, five = out["points"]
    assert zero["params"] == {"t_add.strength": "0"}
    assert zero["target"] == out["baseline"]["target"] and zero["utility"] == out["baseline"]["utility"]
    assert zero["gain"] == 0 and zero["cost"] == 0
    assert five["utility"] != out["baseline"]["utility"]  # strength 5 moved the model
    assert five["cost"] == pytest.approx(five["utility"] - out["baseline"]["utility"])  # perplexity: lower is better
