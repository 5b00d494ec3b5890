#!/usr/bin/env bash
# Mention-level scores (exact span and type, P/R/F1 per type, as conlleval counts them) on ../shared/ner/dev,
# never used for training: the name tagger alone, then the whole extractor (mention spans, and distinct names
# per sentence), each for the news half, the wiki half and the whole. Usage: scripts/score-mentions.sh
exec "$(dirname "$0")/java-tool.sh" dev.newsgraph.extract.MentionScorer --extractor true "$@"
