"""Exports: the Markdown comparison table behind ``steered table``."""

from __future__ import annotations

import json

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
