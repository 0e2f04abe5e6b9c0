"""lm-eval's own ``steered`` usage (``steer_path=``), kept working inside a stack.

The ``.pt`` file is read with ``torch.load(weights_only=True)`` (lm-eval 0.4.13 unpickles
it with ``weights_only=False``, which can run arbitrary code). CSV files of SAE features
are derived with lm-eval's own reader. The add/clamp arithmetic is lm-eval's, called as is.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path
from typing import Any

import torch

from steered.harness.intervention import Intervention, param
from steered.harness.stack import Editor


def read_steer_file(path: str) -> dict[str, dict[str, Any]]:
    if path.endswith((".pt", ".pth")):
        with Path(path).open("rb") as f:
            try:
                return torch.load(f, weights_only=True)
            except Exception as err:  # pickle.UnpicklingError and friends
                raise ValueError(
                    f"{path}: not loadable with weights_only=True ({err}); steer files must hold only "
                    "tensors, numbers, strings and None"
                ) from err
    if path.endswith(".csv"):
        from lm_eval.models.hf_steered import SteeredModel

        return SteeredModel.derive_steer_config(path)
    raise ValueError(f"unknown steer file type {path!r}: expected .pt, .pth or .csv")


class SteerFile(Intervention):
    """Vectors from an lm-eval ``steer_path`` file, applied like lm-eval's SteeredModel."""

    name = "steer_path"
    description = "lm-eval's steer_path format (.pt dict of hookpoints, or SAE-feature CSV)"

    @dataclasses.dataclass
    class Params:
        path: str = param("", "the .pt/.pth/.csv steer file")

    def apply(self, editor: Editor, state: dict[str, torch.Tensor]) -> None:
        from lm_eval.models.hf_steered import SteeredModel

        for hookpoint, info in read_steer_file(self.params.path).items():
            vector = editor.place(info["steering_vector"])  # model device and dtype, as lm-eval places it
            coefficient = float(info.get("steering_coefficient", 1.0))
            head_index = info.get("head_index")
            bias = None if info.get("bias") is None else editor.place(info["bias"])
            if info["action"] == "add":
                if bias is not None:
                    raise ValueError(f"{hookpoint}: bias is not supported for the `add` action")
                edit = partial(SteeredModel.add, vector=vector * coefficient, head_index=head_index)
            elif info["action"] == "clamp":
                edit = partial(
                    SteeredModel.clamp,
                    direction=vector / torch.norm(vector),
                    value=coefficient,
                    bias=bias,
                    head_index=head_index,
                )
            else:
                raise ValueError(f"{hookpoint}: unknown action {info['action']!r} (add or clamp)")
            in_place = info["action"] == "add" and head_index is not None
            editor.hook(f"module:{hookpoint}", _on_every_position(edit, copy=in_place))

    def sites(self, sitemap: Any) -> list[str]:
        return [f"module:{h}" for h in read_steer_file(self.params.path)]


def _on_every_position(edit: Any, copy: bool) -> Any:
    """``copy``: lm-eval's ``add`` with a head index writes into the activation it is given;
    every other edit returns a new tensor, so the others cost no copy per forward."""

    def fn(h: torch.Tensor, _mask: torch.Tensor | None) -> torch.Tensor:
        return edit(h.clone() if copy else h)

    return fn
