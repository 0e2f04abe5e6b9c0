"""The whole test a plugin needs for the host's contract, plus one of its own maths."""

import torch

from steered.harness.testing import check_intervention, tiny_model
from steered.harness.capture import FitContext
from steered.harness.sites import resolve
from steered_example_plugin import AblateDirection


def test_host_contract():
    assert check_intervention(AblateDirection, params={"layer": 1})["changed_logits"]


def test_direction_is_unit_norm():
    model, tokenizer = tiny_model()
    state = AblateDirection().fit(FitContext(model, tokenizer, resolve(model)), AblateDirection().default_data())
    assert torch.isclose(state["direction"].norm(), torch.tensor(1.0))
