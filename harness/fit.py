"""Fit an intervention, or load its fit: from an explicit artifact, or from the content cache."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from steered.harness.artifacts import Artifact, cache_dir, stable_hash
from steered.harness.capture import FIT_MAX_LENGTH, FitContext
from steered.harness.data import read_rows
from steered.harness.intervention import Intervention
from steered.harness.stack import Entry, InterventionError


def fit_or_load(
    intervention: Intervention,
    ctx: FitContext,
    model_name: str,
    *,
    artifact: str | Path | None = None,
    data: str | Path | None = None,
    out: str | Path | None = None,
    use_cache: bool = True,
) -> Entry:
    """The stack entry for ``intervention`` on ``ctx.model``.

    ``artifact``: load that artifact (validated against this model) instead of fitting.
    Otherwise fit on ``data`` (sources as :func:`read_rows` takes them) or the plugin's bundled data,
    reusing ``<cache>/fits/<plugin>-<key>`` when model, data and fit params are unchanged.
    ``out``: also write the artifact there.
    """
    name = intervention.name
    fingerprint = ctx.sitemap.fingerprint(model_name)
    if artifact is not None:
        art = Artifact.load(artifact)
        art.check(name, fingerprint)
        _check_fit_params(intervention, art)
        return Entry(intervention, art.tensors, artifact=str(art.path), cached=True)

    records: Any = intervention.load_data(read_rows(str(data))) if data is not None else intervention.default_data()
    if records is None:
        return Entry(intervention, {})
    data_hash = stable_hash(records)
    params = intervention.fit_params()
    if ctx.max_length != FIT_MAX_LENGTH:  # the default stays out of the key: earlier fits keep theirs
        params["fit_max_length"] = ctx.max_length
    key = Artifact.key(name, intervention.version, fingerprint, data_hash, params)
    cached_dir = cache_dir() / "fits" / f"{name}-{key}"
    if use_cache and (cached_dir / "config.json").is_file():
        art = Artifact.load(cached_dir)
        art.check(name, fingerprint)
        if out is not None:
            art.save(out)
        return Entry(intervention, art.tensors, artifact=str(out or cached_dir), cached=True)

    print(
        f"steered: fitting {name} on {model_name} with {'given' if data else 'bundled'} data "
        f"(once: later runs reuse {cached_dir})",
        file=sys.stderr,
    )
    t0 = time.perf_counter()
    try:
        tensors = intervention.fit(ctx, records)
    except Exception as err:
        raise InterventionError(name, "fitting", err) from err
    seconds = time.perf_counter() - t0
    art = Artifact(
        plugin=name,
        plugin_version=intervention.version,
        model=fingerprint,
        sites=intervention.sites(ctx.sitemap),
        data_hash=data_hash,
        params=params,
        tensors=tensors,
    )
    art.save(cached_dir)
    if out is not None:
        art.save(out)
    return Entry(intervention, tensors, artifact=str(out or cached_dir), fit_seconds=seconds)


def _check_fit_params(intervention: Intervention, art: Artifact) -> None:
    """Adopt the artifact's fit params; one the user gave that disagrees is an error."""
    current = intervention.fit_params()
    for k, v in art.params.items():
        if k not in current:
            continue
        if k in intervention.given and _norm(current[k]) != _norm(v):
            raise ValueError(
                f"{intervention.name}: artifact {art.path} was fitted with {k}={v!r}, but {k}={current[k]!r} "
                "was given; drop the parameter or refit"
            )
        setattr(intervention.params, k, tuple(v) if isinstance(v, list) else v)


def _norm(v: Any) -> Any:
    return list(v) if isinstance(v, (list, tuple)) else v
