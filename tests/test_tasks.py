"""The bundled task suite: registration, sizes, data cards and split hygiene.

Split hygiene: no record of a fit split (or any split plugins and scorers train on) appears
in an evaluation split, by id or by text, and no pair across them is a near duplicate: the
same content words (Jaccard similarity >= 0.8 after dropping function words and plural s),
which catches rewordings of one question but not two items built on one template.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
import yaml

from steered.tasks import TASKS_DIR, records

# folder -> (splits trained on, evaluation splits, fields that make up an item's text)
SPLITS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "truthfulqa": (("fit",), ("eval",), ("question",)),
    "toxicity": (("fit", "../toxicity_gen/scorer_train"), ("eval",), ("text",)),
    "toxic_pref": (("fit",), ("eval",), ("prompt",)),
    "bbq": (("fit",), ("eval",), ("context", "question")),
    "plaintext": (("fit",), ("eval",), ("text",)),
    "refusal": (("fit", "scorer_train"), ("eval",), ("request",)),
    "toxicity_gen": (("fit", "scorer_train", "../toxicity/fit"), ("eval", "scorer_heldout"), ("prompt", "text")),
    "counterfact": (("fit",), ("eval",), ("subject",)),  # prompts share relation templates by design
    "unlearning": (
        ("forget_mc_fit", "retain_mc_fit", "forget_corpus", "retain_corpus"),
        ("forget_mc_eval", "retain_mc_eval"),
        ("question", "text"),
    ),
    "knowledge": (("fit",), ("eval",), ("question",)),
}
SCORER_DATA = {"refusal": ("scorer_train", "scorer_heldout")}

# every bundled task with its minimum number of evaluation docs
TASKS = {
    "steered_truthfulqa_mc1": 250,
    "steered_truthfulqa_mc2": 250,
    "steered_toxicity": 500,
    "steered_toxic_pref": 250,
    "steered_bbq": 700,
    "steered_plaintext_ppl": 200,
    "steered_refusal": 240,
    "steered_overrefusal": 240,
    "steered_toxicity_gen": 250,
    "steered_toxicity_gen_sampled": 250,
    "steered_counterfact": 220 * 8,
    "steered_unlearn_forget": 240,
    "steered_unlearn_retain": 240,
    "steered_knowledge": 320,
}
# bundled YAMLs over hub datasets (tested with the hub mocked in test_standard_tasks.py)
HUB_TASKS = {"steered_realtoxicityprompts", "steered_realtoxicityprompts_challenging"}
GROUPS = {
    "steered_safety": {
        "steered_truthfulqa_mc1", "steered_truthfulqa_mc2", "steered_toxicity", "steered_toxic_pref",
        "steered_toxicity_gen", "steered_bbq", "steered_refusal", "steered_overrefusal",
    },
    "steered_utility": {"steered_knowledge", "steered_plaintext_ppl"},
    "steered_unlearning": {"steered_unlearn_forget", "steered_unlearn_retain"},
}


@cache
def task_manager():
    from lm_eval.tasks import TaskManager

    return TaskManager(include_path=str(TASKS_DIR), include_defaults=False)


def test_every_yaml_task_is_known_and_listed_here() -> None:
    declared = set()
    for path in TASKS_DIR.rglob("*.yaml"):
        config = yaml.safe_load(re.sub(r"!function \S+", "fn", path.read_text()))
        declared.add(config.get("group") or config.get("task"))
    assert declared == set(TASKS) | set(GROUPS) | HUB_TASKS
    assert declared <= set(task_manager().all_tasks)


@pytest.mark.parametrize(("group", "members"), sorted(GROUPS.items()))
def test_groups(group, members) -> None:
    config = yaml.safe_load(next(p for p in TASKS_DIR.rglob(f"{group}.yaml")).read_text())
    assert set(config["task"]) == members


@pytest.mark.parametrize(("task", "minimum"), sorted(TASKS.items()))
def test_task_loads_with_enough_eval_docs(task, minimum) -> None:
    loaded = task_manager().load([task])["tasks"][task]
    docs = list(loaded.eval_docs)
    assert len(docs) >= minimum
    request = loaded.doc_to_text(docs[0])
    assert isinstance(request, str)


@pytest.mark.parametrize("folder", sorted(SPLITS))
def test_data_card(folder) -> None:
    card = (TASKS_DIR / folder / "DATACARD.md").read_text()
    assert re.search(r"(?i)provenance", card) and re.search(r"(?i)limit", card)
    assert "lm-eval-steered" in card


def item_text(row: dict, fields: tuple[str, ...]) -> str:
    return " ".join(str(row[f]) for f in fields if f in row)


def normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


STOPWORDS = frozenset(
    "a an the of to in on at by for with from and or but if then is are was were be been being do does did "
    "doing has have had having will would shall should can could may might must what which who whom whose "
    "when where why how that this these those it its it's s you your i my me we our they their them he his "
    "him she her as than so not no into about there here all any some".split()
)


def content_words(text: str) -> frozenset[str]:
    words = (w for w in normalise(text).split() if w not in STOPWORDS)
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def split_rows(folder: str, split: str) -> list[dict]:
    if split.startswith("../"):
        folder, split = split[3:].split("/")
    return records(folder, split)


def near_duplicates(a: list[str], b: list[str], threshold: float = 0.8) -> list[tuple[str, str, float]]:
    sa, sb = [content_words(t) for t in a], [content_words(t) for t in b]
    found = []
    for i, x in enumerate(sa):
        for j, y in enumerate(sb):
            if len(x) < 2 or len(y) < 2 or len(x) > 2 * len(y) or len(y) > 2 * len(x):
                continue  # too short to tell, or Jaccard cannot reach the threshold
            sim = len(x & y) / len(x | y)
            if sim >= threshold:
                found.append((a[i], b[j], round(sim, 2)))
    return found


def test_near_duplicate_detector_catches_rewordings_not_templates() -> None:
    rewordings = [
        ("What is the capital of Australia?", "what's the capital of australia"),
        ("Will habitually cracking your knuckles give you arthritis?", "Does cracking your knuckles give you arthritis?"),
    ]
    for a, b in rewordings:
        assert near_duplicates([a], [b]), (a, b)
    assert not near_duplicates(['What is the opposite of "heavy"?'], ['What is the opposite of "hot"?'])
    assert not near_duplicates(["What is the capital of Australia?"], ["Who painted the Mona Lisa?"])


@pytest.mark.parametrize("folder", sorted(SPLITS))
def test_splits_disjoint_without_near_duplicates(folder) -> None:
    trained, evaluated, fields = SPLITS[folder]
    for e in evaluated:
        eval_rows = split_rows(folder, e)
        eval_texts = [item_text(r, fields) for r in eval_rows]
        assert all(eval_texts), f"{folder}/{e}: rows without {fields}"
        for t in trained:
            rows = split_rows(folder, t)
            if not t.startswith("../"):
                assert not {r["id"] for r in rows} & {r["id"] for r in eval_rows}, f"{folder}: {t} and {e} share ids"
            texts = [item_text(r, fields) for r in rows]
            assert not {normalise(x) for x in texts} & {normalise(x) for x in eval_texts}, f"{folder}: {t}/{e}"
            dups = near_duplicates(texts, eval_texts)
            assert not dups, f"{folder}: {len(dups)} near duplicates between {t} and {e}, e.g. {dups[:3]}"


def test_sampled_toxicity_generation_scores_all_25_samples() -> None:
    """RealToxicityPrompts' protocol: 25 sampled continuations per prompt reach the metric."""
    from helpers import tiny_lm

    from steered.harness.evaluate import evaluate

    out = evaluate(tiny_lm(), tasks=["steered_toxicity_gen_sampled"], limit=2, log_samples=True)
    metrics = out["results"]["steered_toxicity_gen_sampled"]
    assert 0.0 <= metrics["expected_max_toxicity,all_25"] <= 1.0
    for sample in out["samples"]["steered_toxicity_gen_sampled"]:
        (continuations,) = sample["filtered_resps"]
        assert len(continuations) == 25 and len(set(continuations)) > 1  # sampled, not greedy
