"""The three kinds of plugin object: interventions, detectors and reward pickers.

An intervention declares its parameters as a dataclass (``Params``); fields whose
metadata says ``fit=True`` change what :meth:`Intervention.fit` learns and so key the fit
cache, the others only change how the fitted state is applied. The host parses values
given on the command line (``caa.strength=4``) into the declared types.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import torch

    from steered.harness.capture import FitContext
    from steered.harness.sites import SiteMap
    from steered.harness.stack import Editor


def param(default: Any, help: str, *, fit: bool = False) -> Any:  # noqa: A002
    """A Params field: ``fit=True`` marks parameters that change the fitted state."""
    return dataclasses.field(default=default, metadata={"help": help, "fit": fit})


def _convert(value: Any, annotation: Any, where: str) -> Any:
    if annotation is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str):
        return tuple(value) if isinstance(value, list) else value
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        if value.lower() in {"none", "null"} and type(None) in args:
            return None
        annotation = next(a for a in args if a is not type(None))
        origin = typing.get_origin(annotation)
    if annotation is bool:
        if value.lower() in {"1", "true", "yes", "on"}:
            return True
        if value.lower() in {"0", "false", "no", "off"}:
            return False
        raise ValueError(f"{where}: expected true/false, got {value!r}")
    if annotation in (int, float):
        try:
            return annotation(value)
        except ValueError:
            raise ValueError(f"{where}: expected {annotation.__name__}, got {value!r}") from None
    if origin in (list, tuple):
        items = [v for v in value.replace("+", ";").split(";") if v]
        inner = typing.get_args(annotation)[0] if typing.get_args(annotation) else str
        return tuple(_convert(v, inner, where) for v in items)
    return value


class Plugin:
    """What every registered kind shares: a name, a version and a one-line description."""

    name: ClassVar[str]
    version: ClassVar[str] = "0.1.0"
    description: ClassVar[str] = ""
    kind: ClassVar[str]

    @dataclasses.dataclass
    class Params:
        pass

    def __init__(self, **params: Any) -> None:
        self.params = self.parse_params(params)
        self.given = set(params)

    @classmethod
    def parse_params(cls, given: dict[str, Any]) -> Any:
        fields = {f.name: f for f in dataclasses.fields(cls.Params)}
        unknown = sorted(set(given) - set(fields))
        if unknown:
            known = ", ".join(sorted(fields)) or "(none)"
            raise ValueError(f"{cls.name}: unknown parameter(s) {', '.join(unknown)}; {cls.name} takes: {known}")
        hints = typing.get_type_hints(cls.Params)
        values = {k: _convert(v, hints[k], f"{cls.name}.{k}") for k, v in given.items()}
        params = cls.Params(**values)
        if isinstance(getattr(params, "position", None), str):
            from steered.harness.positions import check_mode

            check_mode(params.position)
        return params

    def fit_params(self) -> dict[str, Any]:
        return {f.name: getattr(self.params, f.name) for f in dataclasses.fields(self.params) if f.metadata.get("fit")}

    def all_params(self) -> dict[str, Any]:
        return dataclasses.asdict(self.params)


class Intervention(Plugin):
    """Changes the model while the stack is attached.

    ``level`` is ``"activation"`` (hooks at sites, see :meth:`Editor.hook`) or ``"weight"``
    (parameter edits through :meth:`Editor.set_weight`, restored bit-exactly on removal).
    Subclasses that learn something implement :meth:`default_data` and :meth:`fit`; the
    host caches the returned tensors as an artifact keyed by model, data and fit params.
    """

    kind = "intervention"
    level: ClassVar[str] = "activation"

    def default_data(self) -> Any | None:
        """The bundled data :meth:`fit` uses when the user gives none (None: no fit)."""
        return None

    def load_data(self, rows: list[dict[str, Any]]) -> Any:
        """Turn user-supplied rows (``data=``, see :mod:`steered.harness.data`) into fit data."""
        raise ValueError(f"{self.name} does not take fit data")

    def fit(self, ctx: FitContext, data: Any) -> dict[str, torch.Tensor]:
        raise NotImplementedError(f"{self.name} has nothing to fit")

    def sites(self, sitemap: SiteMap) -> list[str]:
        """The sites this intervention touches with its current params (for reports and artifacts)."""
        return []

    def apply(self, editor: Editor, state: dict[str, torch.Tensor]) -> None:
        """Install hooks / weight edits through ``editor``. Must not touch the model directly."""
        raise NotImplementedError


class Detector(Plugin):
    """Reads activations at one site and scores each sequence (higher = more of the property).

    A stack gates an intervention on a detector: active where ``score > threshold``.
    """

    kind = "detector"

    def default_data(self) -> Any | None:
        return None

    def fit(self, ctx: FitContext, data: Any) -> dict[str, torch.Tensor]:
        raise NotImplementedError

    def site(self, sitemap: SiteMap) -> str:
        raise NotImplementedError

    def score(self, state: dict[str, torch.Tensor], hidden: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        """(B, T, D) activations and (B, T, 1) real-token mask -> (B,) scores."""
        raise NotImplementedError


class RewardPicker(Plugin):
    """Chooses, per instance, which of several reward models scores best-of-n samples."""

    kind = "reward_picker"

    def choose(self, context: torch.Tensor) -> int:
        """Index of the reward model to use for an instance with context features ``context``."""
        raise NotImplementedError

    def update(self, context: torch.Tensor, arm: int, reward: float) -> None:
        """Learn from the reward observed after using ``arm``."""
        raise NotImplementedError
