#!/usr/bin/env bash
# Trains the name tagger (OpenNLP name finder, perceptron, BILOU) on ../shared/ner/train and this repository's
# annotated articles (src/ner/annotations, weighted x6), prints its mention scores on ../shared/ner/dev, and
# writes src/main/resources/extract/ner/newsgraph-ner.bin and common-words.txt. Deterministic: the same data
# gives the same files. About 5 minutes and 4 GB of heap on one core. Extra options go to NameModelTrainer.
set -euo pipefail
tool="$(dirname "$0")/java-tool.sh"
# The model's features read common-words.txt from the classpath: derive it first, so that the training below
# (whose java-tool.sh call copies resources again) reads the list this data gives, not the one from before.
"$tool" dev.newsgraph.extract.NameModelTrainer --words-only true "$@"
exec "$tool" -Xmx6g dev.newsgraph.extract.NameModelTrainer --weight annotations=6 "$@"
