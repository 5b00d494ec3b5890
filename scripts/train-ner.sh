#!/usr/bin/env bash
# Trains the name tagger (OpenNLP name finder, perceptron, BILOU) on ../shared/ner/train and this repository's
# annotated articles (src/ner/annotations), prints its mention scores on ../shared/ner/dev, and writes
# src/main/resources/extract/ner/newsgraph-ner.bin. Deterministic: the same data gives the same file.
# About 4 minutes and 4 GB of heap on one core. Extra options go to NameModelTrainer (e.g. --iterations 150).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx6g -cp "target/classes:target/test-classes:$(cat "$cp")" \
  dev.newsgraph.extract.NameModelTrainer --skip btc,wnut17,sec_filings --weight annotations=3,wikigold=2 "$@"
