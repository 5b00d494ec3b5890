#!/usr/bin/env bash
# Scores the extractor without a running service: runs it (EvalMain) over each gold folder, then score.py
# --pred-dir on what it wrote. Folders: the shared article(s), this repository's gold set and the real excerpts
# in ../shared/eval/dev. Usage: scripts/eval-offline.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=../shared/eval/score.py
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for dir in ../shared/eval/articles eval/articles ../shared/eval/dev; do
  [ -d "$dir" ] || continue
  name="$(echo "$dir" | tr '/.' '__')"
  scripts/java-tool.sh dev.newsgraph.extract.EvalMain "$dir" "$out/$name" >/dev/null
  echo "== $dir"
  python3 "$scorer" --dir "$dir" --pred-dir "$out/$name" "$@" | tail -n "${TAIL:-1}"
done
