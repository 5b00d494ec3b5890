#!/usr/bin/env bash
# Trains the name tagger (OpenNLP name finder, perceptron, BILOU) on ../shared/ner/train and this repository's
# annotated articles (src/ner/annotations, weighted x6), prints its mention scores on ../shared/ner/dev, and
# writes src/main/resources/extract/ner/newsgraph-ner.bin and common-words.txt. Deterministic: the same data
# gives the same files. About 4 minutes and 4 GB of heap on one core. Extra options go to NameModelTrainer.
exec "$(dirname "$0")/java-tool.sh" -Xmx6g dev.newsgraph.extract.NameModelTrainer --weight annotations=6 "$@"
