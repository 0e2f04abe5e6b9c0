"""Fit-data sources a user names with ``<plugin>.data=`` or ``steered fit --data``.

A source is a local file (``.jsonl``, or ``.json`` holding a list of objects) or a Hugging
Face dataset split, ``hf:<path>[:<config>]:<split>`` (``datasets.load_dataset``; split
slicing such as ``validation[:50%]`` works, so the other half can stay held out). Several
sources join with ``+``. The plugin's :meth:`Intervention.load_data` turns the rows into
what its fit needs; ``steered.tasks.standard`` maps the standard benchmarks' schemas.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HF_SOURCE = re.compile(r"(?P<path>[^:\[\]]+)(?::(?P<config>[^:\[\]]+))?:(?P<split>[^:\[\]]+(?:\[[^\]]*\])?)")


def read_rows(spec: str) -> list[dict[str, Any]]:
    """All rows of the ``+``-joined sources in ``spec``, in order."""
    rows: list[dict[str, Any]] = []
    for source in filter(None, (s.strip() for s in str(spec).split("+"))):
        rows += _hf_rows(source[3:]) if source.startswith("hf:") else _file_rows(Path(source))
    if not rows:
        raise ValueError(f"fit data {spec!r} has no rows")
    return rows


def _file_rows(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise FileNotFoundError(
            f"fit data {str(path)!r} is not a file; give a .jsonl/.json file or hf:<dataset>[:<config>]:<split>"
        )
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        rows = json.loads(text)
        if not isinstance(rows, list):
            raise ValueError(f"{path} must hold a JSON list of objects")
        return rows
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _hf_rows(source: str) -> list[dict[str, Any]]:
    match = HF_SOURCE.fullmatch(source)
    if match is None:
        raise ValueError(f"expected hf:<dataset>[:<config>]:<split>, got hf:{source}")
    import datasets

    config = (match["config"],) if match["config"] else ()
    return list(datasets.load_dataset(match["path"], *config, split=match["split"]))
