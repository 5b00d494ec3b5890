#!/usr/bin/env bash
# Extraction benchmark: gazetteer load time and throughput (MB of text per second) on one core and on
# all cores, over the evaluation articles repeated to ~50 MB. Not a test: it prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp target/classes:target/test-classes dev.newsgraph.extract.ExtractionBenchmark "$@"
