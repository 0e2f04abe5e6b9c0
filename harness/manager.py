"""The plugin manager: entry-point discovery, blocking, and the registry of named kinds.

Every plugin, built-in or not, is an entry point in the ``steered`` group. Loading a
plugin module is cheap (imports of torch-heavy code happen inside methods), so the
manager loads all of them to list names; only the plugins a run names are instantiated
into its stack. ``STEERED_BLOCK_PLUGINS=a,b`` blocks entry points by name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Any

import pluggy

from steered.harness import hookspecs
from steered.harness.intervention import Detector, Intervention, Plugin, RewardPicker

BLOCK_ENV = "STEERED_BLOCK_PLUGINS"
_KINDS = {"intervention": Intervention, "detector": Detector, "reward_picker": RewardPicker}


def blocked() -> set[str]:
    return {n.strip() for n in os.environ.get(BLOCK_ENV, "").split(",") if n.strip()}


@cache
def get_plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in blocked():
        pm.set_blocked(name)
    pm.load_setuptools_entrypoints(hookspecs.PROJECT)
    from steered.harness import evaluate  # the host's own implementation of `evaluation`

    pm.register(evaluate, name="steered.harness.evaluate")
    pm.check_pending()
    return pm


@dataclass(frozen=True)
class Registered:
    cls: type[Plugin]
    plugin: str  # the entry point (pluggy plugin name) that registered it
    distribution: str
    dist_version: str


def _distribution(pm: pluggy.PluginManager, plugin_obj: Any) -> tuple[str, str]:
    for plugin, dist in pm.list_plugin_distinfo():
        if plugin is plugin_obj:
            return dist.metadata["Name"], dist.version
    return "(not installed)", ""


@cache
def registry() -> dict[str, Registered]:
    """Every registered intervention, detector and reward picker, by name."""
    pm = get_plugin_manager()
    found: dict[str, Registered] = {}
    hooks = {
        "intervention": pm.hook.register_interventions,
        "detector": pm.hook.register_detectors,
        "reward_picker": pm.hook.register_reward_pickers,
    }
    for kind, hook in hooks.items():
        for impl in hook.get_hookimpls():
            dist = _distribution(pm, impl.plugin)

            def register(cls: type, _kind: str = kind, _impl: Any = impl, _dist: tuple[str, str] = dist) -> None:
                base = _KINDS[_kind]
                if not (isinstance(cls, type) and issubclass(cls, base)):
                    raise TypeError(f"plugin {_impl.plugin_name!r} registered {cls!r}, which is not a {base.__name__}")
                name = getattr(cls, "name", None)
                if not name:
                    raise TypeError(f"plugin {_impl.plugin_name!r}: {cls.__name__} has no `name`")
                if name in found and found[name].cls is not cls:
                    raise ValueError(
                        f"two plugins register {name!r}: {found[name].plugin} and {_impl.plugin_name}"
                    )
                found[name] = Registered(cls, _impl.plugin_name, *_dist)

            impl.function(register=register)
    return found


def get(name: str, kind: str | None = None) -> Registered:
    reg = registry()
    if name not in reg or (kind and reg[name].cls.kind != kind):
        installed = ", ".join(sorted(n for n, r in reg.items() if not kind or r.cls.kind == kind)) or "(none)"
        what = kind.replace("_", " ") if kind else "plugin"
        extra = f" (blocked by {BLOCK_ENV})" if name in blocked() else ""
        raise ValueError(f"unknown {what} {name!r}{extra}; installed: {installed}")
    return reg[name]


def reset() -> None:
    """Forget the cached manager and registry (tests, and after installing a plugin)."""
    get_plugin_manager.cache_clear()
    registry.cache_clear()
