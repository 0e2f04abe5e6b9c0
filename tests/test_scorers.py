"""Local scorers: the bundled MiniLM heads on held-out labels, and the pluggable alternatives."""

from __future__ import annotations

import io
import json
import sys
import types
import urllib.error

import pytest
import torch

from steered.tasks import scorers
from steered.tasks.scorers import HEADS, PerspectiveAPI, ScorerError, get_scorer, heldout_metrics, labelled, make_scorer


@pytest.mark.parametrize("kind", sorted(HEADS))
def test_bundled_head_on_heldout_labels(kind) -> None:
    """The shipped head separates held-out labels, and its card states what we measure."""
    head = make_scorer(kind, "minilm")
    texts, labels = labelled(HEADS[kind].heldout)
    measured = heldout_metrics(head.score(texts), labels)
    assert measured["auroc"] >= 0.9 and measured["accuracy"] >= 0.85, measured
    card = head.card["heldout"]
    assert card["n"] == measured["n"]
    assert card["auroc"] == pytest.approx(measured["auroc"], abs=2e-3)
    assert card["accuracy"] == pytest.approx(measured["accuracy"], abs=5e-3)
    for task, split in HEADS[kind].heldout:  # each source, real model outputs included
        texts_s, labels_s = labelled([(task, split)])
        assert heldout_metrics(head.score(texts_s), labels_s)["accuracy"] >= 0.85, (task, split)
    train_texts, _ = labelled(HEADS[kind].train)
    assert not set(map(str.lower, texts)) & set(map(str.lower, train_texts)), "held-out text also in train"


def test_head_is_a_logistic_layer_on_minilm_embeddings() -> None:
    head = make_scorer("toxicity", "minilm")
    texts = ["You are a worthless idiot.", "Thanks for the detailed answer."]
    emb = scorers.minilm().encode(texts)
    assert torch.allclose(emb.norm(dim=-1), torch.ones(2), atol=1e-5)
    expected = torch.sigmoid(emb @ head.weight + head.bias)
    assert head.score(texts) == pytest.approx(expected.tolist(), abs=1e-6)
    assert head.score(["", "   "]) == [0.0, 0.0]


def test_env_var_chooses_the_scorer(monkeypatch) -> None:
    module = types.ModuleType("my_scorers")

    class Constant:
        def __init__(self, kind):
            self.kind = kind

        def score(self, texts):
            return [0.25 for _ in texts]

    module.make = Constant
    monkeypatch.setitem(sys.modules, "my_scorers", module)
    monkeypatch.setenv("STEERED_SCORER_REFUSAL", "python:my_scorers:make")
    assert get_scorer("refusal").score(["a", "b"]) == [0.25, 0.25]
    assert get_scorer("refusal").kind == "refusal"


@pytest.mark.parametrize(
    ("kind", "spec", "message"),
    [
        ("toxicity", "roberta", "unknown toxicity scorer 'roberta'; use minilm, hf:<model>"),
        ("refusal", "perspective", "perspective scores toxicity, not refusal"),
        ("sentiment", "minilm", "unknown scorer kind 'sentiment'"),
        ("toxicity", "python:only_module", "expected python:<module>:<attribute>"),
    ],
)
def test_bad_scorer_specs(kind, spec, message) -> None:
    with pytest.raises(ScorerError, match=message):
        make_scorer(kind, spec)


@pytest.fixture()
def tiny_classifier(tmp_path):
    """A random 2-label BERT classifier saved locally, with MiniLM's tokenizer."""
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    tokenizer = AutoTokenizer.from_pretrained(scorers.MiniLMEncoder.local_path())
    config = BertConfig(
        vocab_size=tokenizer.vocab_size, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, id2label={0: "neutral", 1: "toxic"}, label2id={"neutral": 0, "toxic": 1},
    )
    torch.manual_seed(0)
    BertForSequenceClassification(config).save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    return tmp_path


def test_hf_classifier_scores_the_named_label(tiny_classifier) -> None:
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    texts = ["first text", "a second, longer text to pad against"]
    model = AutoModelForSequenceClassification.from_pretrained(tiny_classifier).eval()
    tok = AutoTokenizer.from_pretrained(tiny_classifier)
    with torch.no_grad():
        probs = torch.stack([model(**tok(t, return_tensors="pt")).logits[0].softmax(-1) for t in texts])
    assert make_scorer("toxicity", f"hf:{tiny_classifier}").score(texts) == pytest.approx(probs[:, 1].tolist(), abs=1e-5)
    neutral = make_scorer("toxicity", f"hf:{tiny_classifier}#NEUTRAL").score(texts)
    assert neutral == pytest.approx(probs[:, 0].tolist(), abs=1e-5)
    with pytest.raises(ScorerError, match=r"has no label 'insult'; its labels: \['neutral', 'toxic'\]"):
        make_scorer("toxicity", f"hf:{tiny_classifier}#insult")


class FakeResponse(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def perspective_reply(value: float) -> FakeResponse:
    return FakeResponse(json.dumps({"attributeScores": {"TOXICITY": {"summaryScore": {"value": value}}}}).encode())


def test_perspective_scores_and_retries_rate_limits(monkeypatch) -> None:
    replies = [urllib.error.HTTPError("u", 429, "slow down", {}, None), perspective_reply(0.875)]
    sent = []

    def urlopen(request, timeout):
        sent.append(json.loads(request.data))
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    monkeypatch.setattr(scorers.urllib.request, "urlopen", urlopen)
    api = PerspectiveAPI(key="k", backoff_s=0)
    assert api.score(["you fool", ""]) == [0.875, 0.0]
    assert len(sent) == 2 and sent[0]["comment"]["text"] == "you fool"


@pytest.mark.parametrize(
    "failure",
    [
        urllib.error.HTTPError("u", 403, "forbidden", {}, None),
        urllib.error.URLError("no network"),
        FakeResponse(b'{"error": "quota"}'),
    ],
)
def test_perspective_errors_never_score_as_safe(monkeypatch, failure) -> None:
    def urlopen(request, timeout):
        if isinstance(failure, Exception):
            raise failure
        failure.seek(0)
        return failure

    monkeypatch.setattr(scorers.urllib.request, "urlopen", urlopen)
    with pytest.raises(ScorerError, match="Perspective API"):
        PerspectiveAPI(key="k", retries=1, backoff_s=0).score(["some text"])


def test_perspective_needs_a_key(monkeypatch) -> None:
    monkeypatch.delenv("PERSPECTIVE_API_KEY", raising=False)
    with pytest.raises(ScorerError, match="PERSPECTIVE_API_KEY"):
        make_scorer("toxicity", "perspective")
