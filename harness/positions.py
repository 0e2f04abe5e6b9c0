"""Which token positions an intervention acts on, under every batching lm-eval uses.

lm-eval calls the model three ways: right-padded loglikelihood batches with no attention
mask, left-padded generation with a mask, and KV-cached decoding where each forward sees
one new token. A :class:`Layout` describes the current call in absolute positions; the
stack turns it into per-forward masks (:class:`Positions`) once per forward, shared by
every hook.

Modes:
- ``all``: every real (non-pad) token;
- ``prompt``: real tokens before the end of the prompt (the loglikelihood context);
- ``generated``: tokens from the end of the prompt on (generated tokens; the
  continuation in loglikelihood requests);
- ``last``: the last prompt token and every generated token. This is what "edit the last
  position of every forward" does under a KV cache, defined so that cached and uncached
  runs agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch

MODES = ("all", "prompt", "generated", "last")


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"unknown position mode {mode!r}; choose one of {', '.join(MODES)}")
    return mode


@dataclass
class Layout:
    """One call's rows: ``real`` (B, N) marks real tokens over absolute positions (None = all
    real); ``prompt_end`` (B,) is where each row's prompt ends (None = nothing generated)."""

    real: torch.Tensor | None = None
    prompt_end: torch.Tensor | None = None

    @classmethod
    def right_padded(cls, lengths: list[int], prompt_ends: list[int], width: int) -> Layout:
        lens = torch.tensor(lengths)
        real = torch.arange(width)[None, :] < lens[:, None]
        return cls(real=real, prompt_end=torch.tensor(prompt_ends))


@dataclass
class Positions:
    """Masks for one forward covering absolute positions ``[start, start + T)``."""

    layout: Layout
    batch: int
    start: int
    length: int
    attention_mask: torch.Tensor | None = None  # (B, start + T) from the forward's kwargs
    ids: torch.Tensor | None = None  # (B, T) input ids of this forward (None: embeddings were given)
    _cache: dict[str, torch.Tensor | None] = field(default_factory=dict)

    def _real(self) -> torch.Tensor | None:
        if self.attention_mask is not None:
            return self.attention_mask[:, self.start : self.start + self.length].bool()
        if self.layout.real is not None:
            return self.layout.real[:, self.start : self.start + self.length]
        return None

    def mask(self, mode: str, device: torch.device) -> torch.Tensor | None:
        """(B, T, 1) bool mask, or None meaning "every position" (no masking needed)."""
        if mode not in self._cache:
            self._cache[mode] = self._build(mode)
        m = self._cache[mode]
        if m is not None and m.device != device:
            m = self._cache[mode] = m.to(device)
        return m

    def _build(self, mode: str) -> torch.Tensor | None:
        real = self._real()
        device = real.device if real is not None else torch.device("cpu")  # the mask's, to avoid copies
        absolute = torch.arange(self.start, self.start + self.length, device=device)[None, :]
        end = None if self.layout.prompt_end is None else self.layout.prompt_end.to(device)
        if mode == "all":
            sel = real
        elif mode == "prompt":
            sel = None if end is None else absolute < end[:, None]
            sel = _and(sel, real)
        elif mode == "generated":
            if end is None:
                sel = torch.zeros(self.batch, self.length, dtype=torch.bool, device=device)
            else:
                sel = _and(absolute >= end[:, None], real)
        elif mode == "last":
            if end is None:  # no structure known: the last real token of the forward
                sel = _last_real(real, self.batch, self.length, device)
            else:
                sel = _and(absolute >= end[:, None] - 1, real)
        else:
            raise ValueError(check_mode(mode))
        if sel is None or bool(sel.all()):
            return None
        return sel[:, :, None]

    def last_prompt_tokens(self) -> list[tuple[int, int, tuple[int, ...]]]:
        """``(row, index in this forward, prompt ids)`` for each row whose whole prompt is in
        this forward (a prefill or an uncached call); the key is the prompt's real token ids."""
        if self.ids is None or self.start != 0:
            return []
        real = self._real()
        out = []
        for row in range(self.batch):
            keep = real[row] if real is not None else torch.ones(self.length, dtype=torch.bool)
            end = self.length if self.layout.prompt_end is None else int(self.layout.prompt_end[row])
            end = min(end, self.length)
            positions = torch.nonzero(keep[:end]).flatten()
            if len(positions):
                out.append((row, int(positions[-1]), tuple(self.ids[row, positions].tolist())))
        return out


def _and(a: torch.Tensor | None, b: torch.Tensor | None) -> torch.Tensor | None:
    if a is None:
        return b
    if b is None:
        return a
    return a & b


def _last_real(real: torch.Tensor | None, batch: int, length: int, device: torch.device) -> torch.Tensor:
    sel = torch.zeros(batch, length, dtype=torch.bool, device=device)
    if real is None:
        sel[:, -1] = True
        return sel
    idx = torch.arange(length, device=device)[None, :].expand(batch, -1)
    last = torch.where(real, idx, torch.full_like(idx, -1)).max(dim=1).values
    rows = torch.arange(batch, device=device)[last >= 0]
    sel[rows, last[last >= 0]] = True
    return sel
