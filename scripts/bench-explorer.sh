#!/usr/bin/env bash
# How fast the explorer page draws a large graph, in headless Chromium against a running service (the README's
# run command): a synthetic subgraph of N entities (default 2000) drawn with the page's own code; prints the time
# to the first frame, to a settled layout and of a selection redraw, three runs. Usage: scripts/bench-explorer.sh [URL] [N]
exec "$(dirname "$0")/java-tool.sh" dev.newsgraph.explorer.ExplorerGraphBenchmark "$@"
