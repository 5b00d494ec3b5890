#!/usr/bin/env python3
"""Per-type precision/recall/F1 of the running service's extraction (GraphQL `extract`).

Scores one or more folders of NAME.txt + NAME.gold.json and prints, for each folder
and for all of them combined, one row per entity type and per relation type plus a
TOTAL row for each, with tp, fp, fn, P, R and F1.

The matching rules are the official scorer's (../shared/eval/score.py): it is imported
from --scorer and its norm/names/same/end_name/SYMMETRIC/call_service/prf are used, with
score()'s matching logic repeated here only to attribute each count to a type:
  - an entity TP or FN counts for the gold type, an entity FP for the predicted type
    (a duplicate prediction of an already found core gold entity is an FP, as in score.py);
  - a relation TP/FP/FN counts for its relation type;
  - gold items with "core": false are neither rewarded nor penalised.
For every article the per-type sums are checked against score.score(); a WARNING line
is printed if they ever differ.

Usage: python3 scripts/eval-by-type.py [--endpoint URL] [--token T] [--scorer PATH] [DIR ...]
Default DIRs (relative to the repository root): ../shared/eval/articles (when present)
and eval/articles. Exit status: 0, or 2 if the service (or the scorer) cannot be used.
"""
import argparse
import importlib.util
import json
import pathlib
import socket
import sys
import urllib.error

REPO = pathlib.Path(__file__).resolve().parent.parent
ENTITY_TYPES = ["Person", "Country", "Organization", "Agreement", "Place", "Event"]
RELATION_TYPES = ["HOLDS_ROLE", "MET_WITH", "PARTY_TO", "MEMBER_OF", "CRITICIZED", "CLAIMS", "COOPERATES_WITH"]


def load_scorer(path):
    path = pathlib.Path(path)
    if not path.is_file():
        print("eval-by-type: scorer not found at %s (use --scorer PATH)" % path, file=sys.stderr)
        sys.exit(2)
    sys.dont_write_bytecode = True  # leave no __pycache__ next to the shared scorer
    spec = importlib.util.spec_from_file_location("newsgraph_official_score", str(path))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def label(t):
    return "(none)" if t is None else str(t)


def add(counts, t, i):
    counts.setdefault(label(t), [0, 0, 0])[i] += 1


def score_by_type(sc, gold, pred):
    """Same matching as sc.score(gold, pred), counted per type.

    Returns ({entity type: [tp, fp, fn]}, {relation type: [tp, fp, fn]}).
    """
    ents, rels = {}, {}
    gents = gold["entities"]
    resolved = {}  # gold entity name -> index (last one wins, as in score.py)
    for i, g in enumerate(gents):
        resolved[g["name"]] = i

    def match_entity(p):
        pn = sc.names(p)
        for i, g in enumerate(gents):
            if g["type"] == p.get("type") and sc.same(g, pn):
                return i
        return None

    def find_gold_by_any_name(n):
        pn = {sc.norm(n)}
        for i, g in enumerate(gents):
            if sc.names(g) & pn:
                return i
        for i, g in enumerate(gents):
            if sc.same(g, pn):
                return i
        return None

    found = set()
    for p in pred.get("entities", []):
        i = match_entity(p)
        if i is None:
            add(ents, p.get("type"), 1)  # FP: predicted type
        elif i not in found:
            found.add(i)
            if gents[i].get("core", True):
                add(ents, gents[i]["type"], 0)  # TP
        elif gents[i].get("core", True):
            add(ents, p.get("type"), 1)  # duplicate -> FP (same type as the gold one)
    for i, g in enumerate(gents):
        if g.get("core", True) and i not in found:
            add(ents, g["type"], 2)  # FN: gold type

    def rel_key(t, s, o):
        return (t, s, o) if t not in sc.SYMMETRIC else (t,) + tuple(sorted((s, o)))

    grels = gold["relations"]
    gkeys = {}
    for r in grels:
        s, o = resolved.get(r["source"]), resolved.get(r["target"])
        gkeys[rel_key(r["type"], s, o)] = r.get("core", True)
    rfound = set()
    for r in pred.get("relations", []):
        s = find_gold_by_any_name(sc.end_name(r.get("source")))
        o = find_gold_by_any_name(sc.end_name(r.get("target")))
        k = rel_key(r.get("type"), s, o)
        if k in gkeys:
            if k not in rfound:
                rfound.add(k)
                if gkeys[k]:
                    add(rels, r.get("type"), 0)
        else:
            add(rels, r.get("type"), 1)
    for r in grels:
        if r.get("core", True) and rel_key(r["type"], resolved.get(r["source"]), resolved.get(r["target"])) not in rfound:
            add(rels, r["type"], 2)
    return ents, rels


def merge(into, counts):
    for t, v in counts.items():
        acc = into.setdefault(t, [0, 0, 0])
        for i in range(3):
            acc[i] += v[i]


def sums(counts):
    return tuple(sum(v[i] for v in counts.values()) for i in range(3))


ROW = "%-18s %5s %5s %5s %6s %6s %6s"


def print_table(sc, title, ents, rels):
    print("== " + title)
    print(ROW % ("type", "tp", "fp", "fn", "P", "R", "F1"))
    for kind, counts, known in (("entities", ents, ENTITY_TYPES), ("relations", rels, RELATION_TYPES)):
        print("-- " + kind)
        extra = sorted(t for t in counts if t not in known)
        for t in known + extra:
            tp, fp, fn = counts.get(t, [0, 0, 0])
            print(ROW % ((t, tp, fp, fn) + tuple("%.2f" % x for x in sc.prf(tp, fp, fn))))
        tp, fp, fn = sums(counts)
        print(ROW % (("TOTAL", tp, fp, fn) + tuple("%.2f" % x for x in sc.prf(tp, fp, fn))))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", metavar="DIR", help="folder(s) of NAME.txt + NAME.gold.json")
    ap.add_argument("--endpoint", default="http://localhost:8080/graphql", help="GraphQL endpoint (default %(default)s)")
    ap.add_argument("--token", help="bearer token, if the endpoint needs one")
    ap.add_argument("--scorer", default=str(REPO.parent / "shared" / "eval" / "score.py"),
                    help="path of the official score.py (default: ../shared/eval/score.py from the repository root)")
    a = ap.parse_args()

    sc = load_scorer(a.scorer)

    if a.dirs:
        dirs = [(d, pathlib.Path(d)) for d in a.dirs]
    else:
        dirs = []
        if (REPO.parent / "shared" / "eval" / "articles").is_dir():
            dirs.append(("../shared/eval/articles", REPO.parent / "shared" / "eval" / "articles"))
        dirs.append(("eval/articles", REPO / "eval" / "articles"))

    all_e, all_r = {}, {}
    n_articles, n_dirs, mismatches = 0, 0, 0
    for shown, d in dirs:
        golds = sorted(d.glob("*.gold.json")) if d.is_dir() else []
        if not golds:
            print("eval-by-type: no *.gold.json in %s, skipped" % shown, file=sys.stderr)
            continue
        dir_e, dir_r = {}, {}
        for gpath in golds:
            stem = gpath.name[: -len(".gold.json")]
            gold = json.loads(gpath.read_text())
            text = (gpath.parent / (stem + ".txt")).read_text()
            try:
                pred = sc.call_service(a.endpoint, text, a.token)
            except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError) as ex:
                print("eval-by-type: cannot reach the service at %s (%s: %s). Start it first (README, Quick start)."
                      % (a.endpoint, type(ex).__name__, getattr(ex, "reason", ex)), file=sys.stderr)
                return 2
            except Exception as ex:  # noqa: BLE001 - GraphQL error or bad reply: stop, as score.py does
                print("eval-by-type: %s/%s: service error from %s: %s" % (shown, stem, a.endpoint, ex), file=sys.stderr)
                return 2
            ents, rels = score_by_type(sc, gold, pred)
            # consistency check against the official scorer
            e, r, _, _ = sc.score(gold, pred)
            if sums(ents) != tuple(e) or sums(rels) != tuple(r):
                mismatches += 1
                print("WARNING: %s/%s: per-type sums entities %s relations %s != score.py entities %s relations %s"
                      % (shown, stem, sums(ents), sums(rels), tuple(e), tuple(r)))
            merge(dir_e, ents)
            merge(dir_r, rels)
            n_articles += 1
        n_dirs += 1
        print_table(sc, "%s (%d article%s)" % (shown, len(golds), "" if len(golds) == 1 else "s"), dir_e, dir_r)
        merge(all_e, dir_e)
        merge(all_r, dir_r)

    if not n_dirs:
        print("eval-by-type: no articles to score", file=sys.stderr)
        return 2
    print_table(sc, "combined (%d folder%s, %d article%s)"
                % (n_dirs, "" if n_dirs == 1 else "s", n_articles, "" if n_articles == 1 else "s"), all_e, all_r)
    if mismatches:
        print("WARNING: per-type sums differ from score.py totals for %d article(s)" % mismatches)
    else:
        print("check: per-type sums equal score.py totals for all %d articles" % n_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
