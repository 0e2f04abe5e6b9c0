"""Reports: the Markdown comparison table behind ``steered table``, and the stack
report's contributions and monitors after a real evaluation."""

from __future__ import annotations

import json

import pytest

from steered.harness.cli import main
from steered.reports.markdown import comparison, label_of


def run(model: str, acc: float, ppl: float | None = None, stack: list | None = None) -> dict:
    results = {"t_mc": {"alias": "t_mc", "acc,none": acc, "acc_stderr,none": 0.01}}
    hib = {"t_mc": {"acc": True}}
    if ppl is not None:
        results["t_ppl"] = {"word_perplexity,none": ppl}
        hib["t_ppl"] = {"word_perplexity": False}
    config = {"model": "hf", "model_args": f"pretrained=/x/{model},dtype=float32"}
    if stack is not None:
        config = {"model": "steered", "steered": {"model": model, "stack": stack}}
    return {"results": results, "higher_is_better": hib, "config": config}


def test_comparison_rows_columns_and_missing_cells() -> None:
    table = comparison([run("m1", 0.5, 12.0), run("m2", 0.25)], ["a", "b"], digits=2)
    assert table.splitlines() == [
        "| task | metric | a | b |",
        "|---|---|---:|---:|",
        "| t_mc | acc ↑ | 0.50 | 0.25 |",
        "| t_ppl | word_perplexity ↓ | 12.00 | - |",
    ]


def test_labels_name_model_and_stack() -> None:
    assert label_of(run("smol", 0.1)) == "smol hf"
    assert label_of(run("smol", 0.1, stack=[{"plugin": "caa"}, {"plugin": "aura"}])) == "smol steered (caa+aura)"
    assert label_of(run("smol", 0.1, stack=[])) == "smol steered (bare)"


def test_table_command_reads_output_folders(tmp_path, capsys) -> None:
    folder = tmp_path / "out" / "model"
    folder.mkdir(parents=True)
    (folder / "results_2026.json").write_text(json.dumps(run("m1", 0.75)))
    single = tmp_path / "single.json"
    single.write_text(json.dumps(run("m2", 0.5)))
    main(["table", str(tmp_path / "out"), str(single), "--labels", "x,y"])
    assert "| t_mc | acc ↑ | 0.750 | 0.500 |" in capsys.readouterr().out
    other = tmp_path / "other_tasks.json"
    other.write_text(json.dumps(run("m1", 0.1, ppl=9.0)))
    main(["table", f"{single}+{other}"])  # one column: later files add (and override) tasks
    out = capsys.readouterr().out
    assert "| t_mc | acc ↑ | 0.100 |" in out and "| t_ppl | word_perplexity ↓ | 9.000 |" in out


@pytest.mark.slow
def test_contributions_and_monitors_through_a_real_evaluation() -> None:
    """--contributions evaluates each stack prefix; a monitor's per-sample scores reach
    lm-eval's samples and the report."""
    import torch
    from helpers import Add, Scale, tiny_lm
    from rich.console import Console

    from steered.harness.evaluate import evaluate
    from steered.harness.stack import Entry
    from steered.plugins.persona import Persona
    from steered.reports.terminal import render

    lm = tiny_lm()
    monitor = Entry(Persona(layer=2, mode="monitor"), {"vectors": torch.randn(4, 32), "kept": torch.tensor([1, 1])})
    lm.set_stack([Entry(Add(strength=0.0), {}), monitor, Entry(Scale(factor=3.0), {})])
    tasks = ["steered_truthfulqa_mc2", "steered_toxicity_gen"]
    results = evaluate(lm, tasks=tasks, limit=2, contributions=True, log_samples=False)
    info = results["config"]["steered"]
    steps = info["contributions"]
    assert [s["plugins"] for s in steps] == [["t_add"], ["t_add", "persona"], ["t_add", "persona", "t_scale"]]
    key = "acc,none"
    base = info["baseline"]["results"]["steered_truthfulqa_mc2"][key]
    assert steps[0]["results"]["steered_truthfulqa_mc2"][key] == base  # strength 0 adds nothing
    assert steps[1]["results"]["steered_truthfulqa_mc2"][key] == base  # a monitor edits nothing
    assert steps[2]["results"] == results["results"]
    assert "samples" not in results  # the monitor needed them; the caller did not ask
    assert info["monitors"]["persona"]["steered_truthfulqa_mc2"]["n"] == 2  # both request kinds scored
    assert info["monitors"]["persona"]["steered_toxicity_gen"]["n"] == 2
    console = Console(record=True, width=200)
    console.print(render(results))
    text = console.export_text()
    assert "+ t_scale" in text and "Contributions" in text and "Monitors" in text
