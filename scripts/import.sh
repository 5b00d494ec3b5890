#!/usr/bin/env bash
# Imports a JSON Lines file, a folder of .txt/.html files, or an RSS/Atom feed into a running newsgraph, in batches,
# with a progress bar and a summary; a stopped run resumes where it left off (--restart starts over).
# Usage: scripts/import.sh INPUT [--url http://localhost:8080/graphql] [--key WRITER_KEY] [--restart]
# (the key may also come from NEWSGRAPH_KEY).
exec "$(dirname "$0")/java-tool.sh" dev.newsgraph.importer.ArticleImport "$@"
