"""The changes :mod:`autopatch` makes to lm-eval 0.4.13 as its modules load.

Each function is idempotent and also callable on already-imported modules (``steered
eval`` applies them itself, so it works with ``STEERED_LM_EVAL_PATCH=0`` too).
"""

from __future__ import annotations

import argparse
import functools
import inspect
import logging
from types import ModuleType
from typing import Any

OURS = "steered.harness.lm:SteeredLM"
THEIRS = "lm_eval.models.hf_steered:SteeredModel"
_PATCHED = "__steered_patched__"


def before(name: str) -> None:
    if name == "lm_eval.models.hf_steered":
        _point_steered_at(THEIRS)  # let its @register_model("steered") upgrade its own placeholder


def after(name: str, module: ModuleType) -> None:
    if name in ("lm_eval.models", "lm_eval.models.hf_steered"):
        _point_steered_at(OURS)
    elif name == "lm_eval.tasks.manager":
        patch_task_manager(module)
    elif name == "lm_eval._cli.run":
        patch_cli(module)


def ensure() -> None:
    """Apply every patch now, importing what is needed (used by ``steered eval``)."""
    import lm_eval._cli.run
    import lm_eval.models  # noqa: F401
    import lm_eval.tasks.manager

    _point_steered_at(OURS)
    patch_task_manager(lm_eval.tasks.manager)
    patch_cli(lm_eval._cli.run)


def _point_steered_at(target: str) -> None:
    from lm_eval.api.registry import model_registry

    with model_registry._lock:
        current = model_registry._objs.get("steered")
        if current == target or (isinstance(current, type) and f"{current.__module__}:{current.__name__}" == target):
            return
        model_registry._objs["steered"] = target


def patch_task_manager(module: ModuleType) -> None:
    """Bundled tasks join lm-eval's defaults: found without ``--include_path``, dropped by ``include_defaults=False``."""
    cls = module.TaskManager
    if getattr(cls.__init__, _PATCHED, False):
        return
    original = cls.__init__
    signature = inspect.signature(original)

    @functools.wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        from steered.tasks import TASKS_DIR

        call = signature.bind(self, *args, **kwargs)
        call.apply_defaults()
        include_path = call.arguments["include_path"]
        if call.arguments["include_defaults"]:
            # lm-eval indexes its defaults, then include_path: user folders still override ours
            paths = list(include_path) if isinstance(include_path, (list, tuple)) else [include_path] if include_path else []
            call.arguments["include_path"] = [str(TASKS_DIR), *paths]
        original(*call.args, **call.kwargs)
        self.include_path = include_path  # what the caller passed, not our folder

    setattr(__init__, _PATCHED, True)
    cls.__init__ = __init__
    logging.getLogger("lm_eval.api.task").addFilter(_quiet_bundled_loads)


def _quiet_bundled_loads(record: logging.LogRecord) -> bool:
    """Drop lm-eval's per-task "Custom kwargs" warning for bundled tasks: their loaders take none."""
    message = record.getMessage()
    return not (message.startswith("steered_") and "Custom kwargs" in message)


def patch_cli(module: ModuleType) -> None:
    """``--plugins``, ``--plugin_args``, ``--baseline`` and ``--contributions`` on ``lm_eval run``."""
    run_cls = module.Run
    if getattr(run_cls._add_args, _PATCHED, False):
        return
    original_add, original_execute = run_cls._add_args, run_cls._execute

    def _add_args(self: Any) -> None:
        original_add(self)
        from steered.harness.lm_eval_cli import add_arguments

        add_arguments(self._parser)

    def _execute(args: argparse.Namespace) -> None:
        from steered.harness.lm_eval_cli import execute

        execute(args, original_execute)

    setattr(_add_args, _PATCHED, True)
    run_cls._add_args = _add_args
    run_cls._execute = staticmethod(_execute)
