#!/usr/bin/env bash
# Extraction benchmark: name model and gazetteer load time and throughput (MB of text per second) on one core
# and on all cores, over the evaluation articles repeated to ~50 MB. Not a test: it prints figures.
exec "$(dirname "$0")/java-tool.sh" \
  dev.newsgraph.extract.ExtractionBenchmark "$@"
