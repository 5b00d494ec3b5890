#!/usr/bin/env bash
# Scores the running service's extraction (GraphQL extract) against the gold annotations: the shared
# article(s) in ../shared/eval/articles (when present) and this repository's own set in eval/articles.
# Start the service first (README, Quick start). Usage: scripts/eval.sh [ENDPOINT] [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
endpoint="${1:-http://localhost:8080/graphql}"
shift || true
scorer=../shared/eval/score.py
[ -f "$scorer" ] || { echo "score.py not found at $scorer" >&2; exit 2; }
if [ -d ../shared/eval/articles ]; then
  echo "== shared evaluation articles"
  python3 "$scorer" --endpoint "$endpoint" "$@"
fi
echo "== newsgraph gold set (eval/articles)"
python3 "$scorer" --endpoint "$endpoint" --dir eval/articles "$@"
