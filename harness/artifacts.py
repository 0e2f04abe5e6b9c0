"""Fitted state on disk: safetensors tensors + a JSON config, cached by content.

An artifact records the model it was fitted on (a fingerprint: name, architecture,
layer count, widths), the sites, the plugin and its version, a hash of the fit data and
the fit parameters. Loading never unpickles anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file

from steered.harness import __version__

TENSORS = "tensors.safetensors"
CONFIG = "config.json"
FORMAT = "steered-artifact/1"


def cache_dir() -> Path:
    """``$STEERED_CACHE_DIR``, else ``$XDG_CACHE_HOME/steered``, else ``~/.cache/steered``."""
    if env := os.environ.get("STEERED_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "steered"


def stable_hash(obj: Any) -> str:
    """sha256 of the canonical JSON of ``obj`` (data records, params, fingerprints)."""
    blob = json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str).encode()
    return hashlib.sha256(blob).hexdigest()


@contextlib.contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """Yield a scratch folder beside ``target`` that replaces it only if the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=target.parent))
    try:
        yield tmp
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


@dataclass
class Artifact:
    plugin: str
    plugin_version: str
    model: dict[str, Any]
    sites: list[str]
    data_hash: str
    params: dict[str, Any]
    tensors: dict[str, torch.Tensor]
    created: float = field(default_factory=time.time)
    path: Path | None = None

    @staticmethod
    def key(plugin: str, plugin_version: str, model: dict[str, Any], data_hash: str, params: dict[str, Any]) -> str:
        return stable_hash(
            {"plugin": plugin, "version": plugin_version, "model": model, "data": data_hash, "params": params}
        )[:16]

    def config(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "plugin": self.plugin,
            "plugin_version": self.plugin_version,
            "model": self.model,
            "sites": self.sites,
            "data_hash": self.data_hash,
            "params": self.params,
            "created": self.created,
            "steered_version": __version__,
        }

    def save(self, directory: str | Path) -> Path:
        """Write atomically: a half-written artifact never appears under ``directory``."""
        with atomic_dir(Path(directory)) as tmp:
            tensors = {k: v.detach().contiguous().cpu() for k, v in self.tensors.items()}
            save_file(tensors, str(tmp / TENSORS))
            (tmp / CONFIG).write_text(json.dumps(self.config(), indent=2, default=str))
        self.path = Path(directory)
        return self.path

    @classmethod
    def load(cls, directory: str | Path) -> Artifact:
        directory = Path(directory)
        cfg_path, ten_path = directory / CONFIG, directory / TENSORS
        if not cfg_path.is_file() or not ten_path.is_file():
            raise FileNotFoundError(
                f"{directory} is not a steered artifact: expected {CONFIG} and {TENSORS} in it "
                "(write one with `steered fit PLUGIN --out DIR`)"
            )
        cfg = json.loads(cfg_path.read_text())
        if cfg.get("format") != FORMAT:
            raise ValueError(f"{cfg_path}: format {cfg.get('format')!r}, this version reads {FORMAT!r}")
        return cls(
            plugin=cfg["plugin"],
            plugin_version=cfg["plugin_version"],
            model=cfg["model"],
            sites=cfg["sites"],
            data_hash=cfg["data_hash"],
            params=cfg["params"],
            tensors=load_file(str(ten_path)),
            created=cfg.get("created", 0.0),
            path=directory,
        )

    def check(self, plugin: str, model: dict[str, Any]) -> None:
        """Fail, naming both models, unless this artifact was fitted by ``plugin`` on ``model``."""
        where = f"artifact {self.path}" if self.path else "artifact"
        if self.plugin != plugin:
            raise ValueError(f"{where} was fitted by plugin {self.plugin!r}, not {plugin!r}")
        diffs = [k for k in sorted(set(self.model) | set(model)) if self.model.get(k) != model.get(k)]
        if diffs:
            raise ValueError(
                f"{where} does not fit this model: it was fitted on {describe(self.model)}, "
                f"but the model is {describe(model)} (differs in {', '.join(diffs)}); "
                f"refit with `steered fit {plugin}` on this model"
            )


def describe(fp: dict[str, Any]) -> str:
    return (
        f"{fp.get('name')} ({fp.get('model_type')}, {fp.get('n_layers')} layers, "
        f"d_model={fp.get('d_model')}, {fp.get('n_heads')} heads x {fp.get('head_dim')})"
    )
