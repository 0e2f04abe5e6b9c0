"""Shared fixtures: an isolated fit cache, tiny offline models, the embedded SmolLM2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from steered.harness import manager
from steered.harness.artifacts import cache_dir


@pytest.fixture(scope="session", autouse=True)
def isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Fits go to a fresh folder per session; converted models stay in the user cache."""
    real_models = cache_dir() / "models"
    real_models.mkdir(parents=True, exist_ok=True)
    root = tmp_path_factory.mktemp("steered-cache")
    (root / "models").symlink_to(real_models)
    os.environ["STEERED_CACHE_DIR"] = str(root)
    return root


@pytest.fixture(autouse=True)
def fresh_manager() -> None:
    manager.reset()
    yield
    manager.reset()


@pytest.fixture(scope="session")
def smollm2_path() -> str:
    from steered.harness.models import resolve_pretrained

    return resolve_pretrained(None)


@pytest.fixture(scope="session")
def smollm2_lm(smollm2_path: str):
    """One bare SteeredLM on SmolLM2 shared by tests that only add and remove stacks."""
    from steered.harness.lm import SteeredLM

    return SteeredLM(pretrained=smollm2_path, device="cpu", batch_size=8)
