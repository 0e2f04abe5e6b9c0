"""Reading activations for fitting: what a plugin's ``fit`` gets from the host."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from steered.harness.sites import SiteMap


def _first(x: Any) -> torch.Tensor:
    return x[0] if isinstance(x, tuple) else x


log = logging.getLogger("steered")
FIT_MAX_LENGTH = 256


@dataclass
class FitContext:
    """The frozen model a plugin fits on, with its tokenizer and sites.

    ``max_length``: fit texts are cut to this many tokens (a warning says how many were);
    users set it per plugin as ``<plugin>.fit_max_length``."""

    model: nn.Module
    tokenizer: Any
    sitemap: SiteMap
    batch_size: int = 8
    max_length: int = FIT_MAX_LENGTH

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    def tokenize(self, texts: Sequence[str], max_length: int | None = None) -> dict[str, torch.Tensor]:
        """Right-padded batch: real tokens keep the positions they have unpadded. Texts
        longer than ``max_length`` (default: the context's) are cut, with a warning."""
        return self._encode([self.tokenizer(t)["input_ids"] for t in texts], max_length)

    def _encode(self, items: list[Any], max_length: int | None) -> dict[str, torch.Tensor]:
        if all(isinstance(t, str) for t in items):
            return self.tokenize(items, max_length)
        limit = max_length or self.max_length
        cut = sum(len(t) > limit for t in items)
        if cut:
            log.warning(
                "steered: %d of %d fit texts are longer than %d tokens and were cut to their first %d "
                "(raise the limit with <plugin>.fit_max_length)", cut, len(items), limit, limit,
            )
        seqs = [torch.as_tensor(list(t), dtype=torch.long)[:limit] for t in items]
        width = max(len(t) for t in seqs)
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        ids = torch.full((len(seqs), width), pad, dtype=torch.long)
        for i, t in enumerate(seqs):
            ids[i, : len(t)] = t
        mask = (torch.arange(width)[None, :] < torch.tensor([len(t) for t in seqs])[:, None]).long()
        return {"input_ids": ids.to(self.device), "attention_mask": mask.to(self.device)}

    @torch.no_grad()
    def generate(self, prompts: Sequence[str], max_new_tokens: int = 48) -> list[str]:
        """Greedy continuations of ``prompts`` (left-padded batches), decoded without specials."""
        tok = self.tokenizer
        side = tok.padding_side
        tok.padding_side = "left"
        out: list[str] = []
        try:
            for i in range(0, len(prompts), self.batch_size):
                enc = tok(list(prompts[i : i + self.batch_size]), return_tensors="pt", padding=True).to(self.device)
                ids = self.model.generate(
                    input_ids=enc["input_ids"],
                    attention_mask=enc["attention_mask"],
                    max_new_tokens=max_new_tokens,
                    do_sample=False,
                    pad_token_id=tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id,
                )
                out += tok.batch_decode(ids[:, enc["input_ids"].shape[1] :], skip_special_tokens=True)
        finally:
            tok.padding_side = side
        return out

    def chat_prompt(self, system: str, user: str) -> str:
        """``user`` under ``system`` in the model's chat template (plain text if it has none)."""
        if getattr(self.tokenizer, "chat_template", None):
            messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
            text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            bos = getattr(self.tokenizer, "bos_token", None)
            adds_bos = bos is not None and self.tokenizer("x")["input_ids"][:1] == [self.tokenizer.bos_token_id]
            return text[len(bos) :] if adds_bos and text.startswith(bos) else text  # tokenizing adds it back
        return f"{system}\n\nUser: {user}\nAssistant:"

    @torch.no_grad()
    def collect(
        self,
        texts: Sequence[str] | Sequence[Sequence[int]],
        sites: Sequence[str],
        reduce: str = "last",
        max_length: int | None = None,
        starts: Sequence[int] | None = None,
    ) -> dict[str, torch.Tensor]:
        """Activations at ``sites`` for each text (or token-id sequence, used as is), reduced
        over real tokens.

        ``reduce``: ``last`` (last real token), ``mean`` or ``max`` over real tokens;
        ``starts`` (one per text): reduce over tokens from this index on only (e.g. the
        response after a prompt). Returns ``{site: (N, width)}`` float32 tensors on the CPU.
        """
        if reduce not in ("last", "mean", "max"):
            raise ValueError(f"reduce must be last, mean or max, not {reduce!r}")
        if starts is not None and len(starts) != len(texts):
            raise ValueError(f"{len(starts)} starts for {len(texts)} texts")
        resolved = [self.sitemap.site(s) for s in sites]
        out: dict[str, list[torch.Tensor]] = {s.name: [] for s in resolved}
        mask_box: list[torch.Tensor] = []

        def reducer(name: str):
            def record(h: torch.Tensor) -> None:
                m = mask_box[0]
                h = h.float()
                if reduce == "last":
                    last = m.sum(1).long() - 1
                    r = h[torch.arange(h.shape[0], device=h.device), last]
                elif reduce == "mean":
                    w = m[:, :, None].float()
                    r = (h * w).sum(1) / w.sum(1)
                else:
                    r = h.masked_fill(~m[:, :, None].bool(), float("-inf")).amax(1)
                out[name].append(r.cpu())

            return record

        handles = []
        deepest = max((s.layer for s in resolved), default=-1)
        try:
            for site in resolved:
                rec = reducer(site.name)
                if site.hook == "output":
                    handles.append(site.module.register_forward_hook(lambda _m, _i, o, rec=rec: rec(_first(o))))
                elif site.hook == "input":
                    handles.append(site.module.register_forward_pre_hook(lambda _m, i, rec=rec: rec(i[0])))
                else:
                    raise ValueError(f"site {site.name} cannot be read by a hook")
            if 0 <= deepest < self.sitemap.n_layers - 1:  # nothing needed past this block: stop there
                handles.append(self.sitemap.layers[deepest].register_forward_hook(_stop))
            order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths, less padding
            for i in range(0, len(order), self.batch_size):
                rows = order[i : i + self.batch_size]
                enc = self._encode([texts[j] for j in rows], max_length)
                mask = enc["attention_mask"]
                if starts is not None:
                    first = torch.tensor([starts[j] for j in rows], device=mask.device)
                    mask = mask * (torch.arange(mask.shape[1], device=mask.device)[None, :] >= first[:, None])
                    if not bool(mask.any(1).all()):
                        raise ValueError("a text has no tokens at or after its start index")
                mask_box[:] = [mask]
                try:
                    self.model(**enc)
                except _StopForward:
                    pass
        finally:
            for h in handles:
                h.remove()
        inverse = torch.empty(len(order), dtype=torch.long)
        inverse[torch.tensor(order, dtype=torch.long)] = torch.arange(len(order))
        return {k: torch.cat(v)[inverse] for k, v in out.items()}


class _StopForward(Exception):
    """Raised after the deepest site a collection needs: the rest of the forward is waste."""


def _stop(*_: Any) -> None:
    raise _StopForward
