#!/usr/bin/env python3
"""Scores the entity tagger on the GermEval 2014 NER development split.

Usage (from the repository root, after `swift build -c release`):

    python3 testdata/germeval/score.py ../shared/germeval2014/NER-de-dev.tsv [--any-type] [--errors N]

Each sentence becomes one article (its tokens joined by spaces, none before `. , ; : ! ? )` or
after `(`), `pipeline run --full` tags them all, and the mentions in name form and not inside a
hyphen compound (GermEval's `…deriv` and `…part` are not scored) are compared
with the gold outer chunks of PER, LOC and ORG: a mention counts as found when it has the
chunk's type and overlaps it (with `--any-type`, when it overlaps it). `--errors N` prints up to N missed and N spurious mentions per
type. Only the standard library is used; the data stays where it is (CC BY 4.0).
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

TYPES = ("PER", "LOC", "ORG")
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")"}


def sentences(path):
    """Yields (tokens, chunks): chunks are (type, first token, last token) of outer labels."""
    tokens, labels = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#\t"):
                continue
            if not line:
                if tokens:
                    yield tokens, chunks_of(labels)
                tokens, labels = [], []
                continue
            fields = line.split("\t")
            tokens.append(fields[1])
            labels.append(fields[2])
    if tokens:
        yield tokens, chunks_of(labels)


def chunks_of(labels):
    chunks, start, kind = [], None, None
    for index, label in enumerate(labels + ["O"]):
        if start is not None and not (label.startswith("I-") and label[2:] == kind):
            chunks.append((kind, start, index - 1))
            start = None
        if label.startswith("B-") or (label.startswith("I-") and start is None):
            start, kind = index, label[2:]
    return [chunk for chunk in chunks if chunk[0] in TYPES]


def text_of(tokens):
    """The sentence text and each token's (start, end) code-point offsets."""
    text, spans = "", []
    for index, token in enumerate(tokens):
        if index > 0 and token not in NO_SPACE_BEFORE and tokens[index - 1] != "(":
            text += " "
        spans.append((len(text), len(text) + len(token)))
        text += token
    return text, spans


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tsv")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--any-type", action="store_true")
    parser.add_argument("--binary", default=".build/release/pipeline")
    options = parser.parse_args()
    data = list(sentences(options.tsv))
    with tempfile.TemporaryDirectory() as work:
        articles = os.path.join(work, "articles")
        os.makedirs(articles)
        texts = []
        for number, (tokens, _) in enumerate(data):
            text, spans = text_of(tokens)
            texts.append((text, spans))
            with open(os.path.join(articles, "%04d.txt" % number), "w", encoding="utf-8") as out:
                out.write(text + "\n")
        output = os.path.join(work, "output")
        subprocess.run(
            [options.binary, "run", "--input", articles, "--output", output, "--full", "--quiet"],
            check=True)
        found = collections.defaultdict(list)
        documents = {}
        with open(os.path.join(output, "documents.jsonl"), encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                documents[row["doc_id"]] = int(row["path"][:4])
        with open(os.path.join(output, "mentions.jsonl"), encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                # A name inside a hyphen compound (`EU-Staaten`) is GermEval's `ORGpart`,
                # which is not scored.
                if row["form"] == "name" and row["type"] in TYPES and not row["in_compound"]:
                    found[documents[row["doc_id"]]].append(
                        (row["type"], row["start"], row["end"], row["surface"]))
    counts = {kind: collections.Counter() for kind in TYPES}
    missed = collections.defaultdict(list)
    spurious = collections.defaultdict(list)
    for number, (tokens, chunks) in enumerate(data):
        text, spans = texts[number]
        gold = [(kind, spans[first][0], spans[last][1]) for kind, first, last in chunks]
        predicted = found[number]
        for kind, start, end in gold:
            if any(
                (options.any_type or p[0] == kind) and p[1] < end and start < p[2]
                for p in predicted
            ):
                counts[kind]["tp"] += 1
            else:
                counts[kind]["fn"] += 1
                missed[kind].append((text[start:end], text))
        for kind, start, end, surface in predicted:
            if not any(
                (options.any_type or g[0] == kind) and g[1] < end and start < g[2]
                for g in gold
            ):
                counts[kind]["fp"] += 1
                spurious[kind].append((surface, text))

    def score(tp, fp, fn):
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    total = collections.Counter()
    for kind in TYPES:
        total.update(counts[kind])
        c = counts[kind]
        print("%s  precision %.2f  recall %.2f  F1 %.2f  (gold %d, found %d)" % (
            (kind,) + score(c["tp"], c["fp"], c["fn"]) + (c["tp"] + c["fn"], c["tp"] + c["fp"])))
    print("all  precision %.2f  recall %.2f  F1 %.2f  (gold %d, found %d)" % (
        score(total["tp"], total["fp"], total["fn"])
        + (total["tp"] + total["fn"], total["tp"] + total["fp"])))
    for kind in TYPES:
        for label, errors in (("missed", missed[kind]), ("spurious", spurious[kind])):
            for surface, text in errors[: options.errors]:
                print("%s %s: %s  |  %s" % (kind, label, surface, text[:160]))


if __name__ == "__main__":
    sys.exit(main())
