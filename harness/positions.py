"""Which token positions an intervention acts on, under every batching lm-eval uses.

lm-eval calls the model three ways: right-padded loglikelihood batches with no attention
mask, left-padded generation with a mask, and KV-cached decoding where each forward sees
one new token. A :class:`Layout` describes the current call in absolute positions; the
stack turns it into per-forward masks (:class:`Positions`) once per forward, shared by
every hook.

Modes:
- ``all``: every real (non-pad) token;
- ``prompt``: real tokens before the end of the prompt (the loglikelihood context);
- ``generated``: tokens from the end of the prompt on, as inputs: generated tokens fed
  back while decoding, and the continuation in loglikelihood requests. It never reaches
  the FIRST generated token: that one is predicted at the last prompt position, which
  ``generated`` leaves alone (use ``last`` to steer it too);
- ``last``: the last prompt token and every generated token. This is what "edit the last
  position of every forward" does under a KV cache (the authors' code of ITI, MAT-Steer
  and persona vectors), defined so that cached and uncached runs agree. On
  loglikelihood requests it edits the last context token and every continuation token.

Where a forward starts (its absolute offset) comes from what the forward is given, in
this order: the length of the KV cache passed as ``cache=`` or ``past_key_values=``,
``cache_position``, the width of a 2-D attention mask, ``position_ids``; with none of
them it is a fresh sequence (see :func:`steered.harness.stack.forward_start`). Never from the mere absence of a mask: transformers 5.x
drops an all-ones mask and sends no ``cache_position`` while decoding.
"""

from __future__ import annotations

import functools
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


_PRIME = 2**31 - 1
_BASES = (1_000_003, 40_503)


@functools.lru_cache(maxsize=8)
def _table(size: int, device: torch.device) -> torch.Tensor:
    return torch.tensor([[[pow(b, i, _PRIME) for i in range(size)]] for b in _BASES], dtype=torch.long, device=device)


def _hashes(rows: torch.Tensor) -> torch.Tensor:
    """(2, B): two polynomial hashes of each row, in exact integer arithmetic (the same on
    every device). Token 0 adds nothing, so a row hashes like itself without trailing 0s."""
    width = rows.shape[1]
    powers = _table(1 << max(width - 1, 0).bit_length(), rows.device)[..., :width]  # tables cached per power of 2
    return (rows.long()[None] * powers % _PRIME).sum(-1) % _PRIME


class RowIndex:
    """Recognises lm-eval's right-padded loglikelihood rows in a batch, to know each row's
    real length and where its continuation starts (lm-eval's ``_model_call`` gets neither).

    Rows are registered once per request, keyed by (length, hashes); a batch costs a few
    tensor operations and a dict lookup per row, no Python loop over tokens. lm-eval pads
    with 0, so a row is at least as long as its last non-zero token; longer registered
    lengths are tried only for rows whose real tokens end in 0."""

    def __init__(self) -> None:
        self._ends: dict[tuple[int, int, int], int] = {}
        self._lengths: set[int] = set()

    def add(self, row: list[int], end: int) -> None:
        """``row`` as lm-eval feeds it; ``end``: index of its first continuation token."""
        self._ends.setdefault((len(row), *_hashes(torch.tensor([row]))[:, 0].tolist()), end)
        self._lengths.add(len(row))

    def layout(self, inps: torch.Tensor) -> Layout:
        """The rows of ``inps``; rows not registered count as real and prompt to the end."""
        batch, width = inps.shape
        if not self._ends:  # a call lm-eval did not route through _loglikelihood_tokens
            return Layout.right_padded([width] * batch, [width] * batch, width)
        columns = torch.arange(width, device=inps.device)
        shortest = torch.where(inps != 0, columns, -1).max(1).values + 1
        lengths, ends = [], []
        for n, h1, h2 in zip(shortest.tolist(), *_hashes(inps).tolist()):
            end = self._ends.get((n, h1, h2))
            if end is None:  # real tokens ending in 0s (a longer registered row), or a row never registered
                longer = (m for m in sorted(self._lengths) if n < m <= width and (m, h1, h2) in self._ends)
                n = next(longer, width)
                end = self._ends.get((n, h1, h2), width)
            lengths.append(n)
            ends.append(end)
        return Layout.right_padded(lengths, ends, width)


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
