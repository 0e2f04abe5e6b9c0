"""Teach the stock ``lm_eval`` command about intervention stacks, without touching other processes.

``lm_eval_steered.pth`` imports this module at interpreter start. It only installs a
meta-path finder that waits for four lm-eval modules; every other process pays one
``sys.meta_path`` entry and nothing else. When lm-eval is imported the finder:

- points lm-eval's ``steered`` model alias at :class:`steered.harness.lm.SteeredLM`
  (a superset of lm-eval's own ``SteeredModel``: ``steer_path=`` still works, loading
  ``.pt`` files with ``weights_only=True``);
- keeps ``lm_eval.models.hf_steered`` importable (its ``@register_model("steered")``
  would otherwise collide with ours);
- adds the bundled tasks to lm-eval's defaults (no ``--include_path``;
  ``include_defaults=False`` leaves them out);
- adds the ``--plugins``/``--plugin_args``/``--baseline`` flags to ``lm_eval run``
  (see :mod:`steered.harness.lm_eval_cli`), skipping any flag lm-eval already defines.

Set ``STEERED_LM_EVAL_PATCH=0`` to switch all of it off; ``steered eval`` keeps working.
Python 3.18 stops running ``import`` lines in ``.pth`` files (PEP 829): there, use
``steered eval`` or the ``lm_eval.models`` entry point.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
from types import ModuleType

ENV_SWITCH = "STEERED_LM_EVAL_PATCH"
_WATCHED = {"lm_eval.models", "lm_eval.models.hf_steered", "lm_eval.tasks.manager", "lm_eval._cli.run"}


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in {"0", "false", "no", "off"}


class _Loader(importlib.abc.Loader):
    """Runs the real loader, then the matching patch from :mod:`steered.harness.lm_eval_patch`."""

    def __init__(self, inner: importlib.abc.Loader, name: str) -> None:
        self._inner = inner
        self._name = name

    def create_module(self, spec):  # noqa: ANN001
        return self._inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        from steered.harness import lm_eval_patch

        lm_eval_patch.before(self._name)
        self._inner.exec_module(module)
        lm_eval_patch.after(self._name, module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):  # noqa: ANN001
        if fullname not in _WATCHED or not enabled():
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _Loader(spec.loader, fullname)
                return spec
        return None


def install() -> None:
    if enabled() and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


install()
