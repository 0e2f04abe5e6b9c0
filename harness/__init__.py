"""The host of lm-eval-steered: hookspecs, plugin manager, sites, stack, artifacts, the lm-eval model, CLI.

Kept import-light on purpose: ``lm_eval_steered.pth`` imports ``steered.harness.autopatch``
in every Python process, so nothing here may pull in torch or lm-eval.
"""

__version__ = "0.1.0"


def __getattr__(name: str):  # ``from steered.harness import hookimpl`` without importing pluggy at startup
    if name in ("hookimpl", "hookspec", "HOOKSPEC_VERSION"):
        from steered.harness import hookspecs

        return getattr(hookspecs, name)
    raise AttributeError(name)
