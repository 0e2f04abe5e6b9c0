"""The hooks a plugin may implement. Project name ``steered``; entry-point group ``steered``.

A plugin is a module (or object) named by an entry point in the ``steered`` group. It
implements any of the hooks below with ``@steered.harness.hookimpl``. Built-in methods use
exactly this mechanism. Third parties check :data:`HOOKSPEC_VERSION` (bumped on any
incompatible change) before relying on a hook.

Example, a complete plugin module::

    from steered.harness import hookimpl
    from steered.harness.intervention import Intervention

    class Shift(Intervention):
        name = "shift"
        ...

    @hookimpl
    def register_interventions(register):
        register(Shift)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from collections.abc import Callable

import pluggy

if TYPE_CHECKING:
    import argparse
    from steered.harness.sites import SiteMap

HOOKSPEC_VERSION = "1.0"
PROJECT = "steered"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_interventions(register: Callable[[type], None]) -> None:
    """Register :class:`~steered.harness.intervention.Intervention` subclasses.

    Interventions change the model: activation-level ones through hooks at sites,
    weight-level ones by editing parameters (restored exactly on removal)::

        @hookimpl
        def register_interventions(register):
            register(CAA)
    """


@hookspec
def register_detectors(register: Callable[[type], None]) -> None:
    """Register :class:`~steered.harness.intervention.Detector` subclasses.

    Detectors read activations and return a score per sequence; a stack can gate an
    intervention on a detector (active when score > threshold)::

        @hookimpl
        def register_detectors(register):
            register(LinearProbe)
    """


@hookspec
def register_reward_pickers(register: Callable[[type], None]) -> None:
    """Register :class:`~steered.harness.intervention.RewardPicker` subclasses.

    A reward picker chooses, per instance, which reward model scores best-of-n samples::

        @hookimpl
        def register_reward_pickers(register):
            register(LinUCBPicker)
    """


@hookspec(firstresult=True)
def resolve_sites(model: Any) -> SiteMap | None:
    """Return a :class:`~steered.harness.sites.SiteMap` for ``model``, or ``None`` if unknown.

    The first non-``None`` answer wins; the built-in resolver runs last, so a plugin can
    teach the host a new architecture::

        @hookimpl
        def resolve_sites(model):
            if model.config.model_type == "my_arch":
                return SiteMap(layers=model.backbone.blocks, attn="mixer", ...)
    """


@hookspec
def report_sections(results: dict[str, Any]) -> list[Any] | None:
    """Return rich renderables to print after the stack report.

    ``results`` is lm-eval's results dict; ``results["config"]["steered"]`` holds the
    stack, baseline metrics and timings::

        @hookimpl
        def report_sections(results):
            return [rich.panel.Panel(f"{len(results['results'])} tasks")]
    """


@hookspec
def register_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add subcommands to the ``steered`` CLI (argparse); set ``func`` as the handler::

        @hookimpl
        def register_commands(subparsers):
            p = subparsers.add_parser("hello")
            p.set_defaults(func=lambda args: print("hi"))
    """


@hookspec(firstresult=True)
def evaluation(run: dict[str, Any]) -> dict[str, Any] | None:
    """Run one evaluation and return lm-eval's results dict.

    The host implements it (running ``lm_eval.simple_evaluate``); plugins wrap it,
    pytest-style, with ``@hookimpl(wrapper=True)``: code before ``yield`` runs before
    lm-eval starts, ``yield`` returns the results, and the wrapper returns them, possibly
    amended. ``run`` holds ``model`` (the SteeredLM) and ``kwargs`` (for simple_evaluate)::

        @hookimpl(wrapper=True)
        def evaluation(run):
            t0 = time.perf_counter()
            results = yield
            results["config"]["my_timer_s"] = time.perf_counter() - t0
            return results
    """
