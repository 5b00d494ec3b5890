#!/usr/bin/env bash
# Runs one of the project's command-line tools (a main class among the test sources: trainer, scorers,
# benchmarks) on the compiled classes and the test classpath. Usage: scripts/java-tool.sh [JVM options] CLASS [ARGS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
jvm=()
while [ $# -gt 0 ] && [ "${1#-}" != "$1" ]; do jvm+=("$1"); shift; done
# the JBoss log manager is on the classpath (Quarkus): name it, or the JDK warns on the first log call
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Djava.util.logging.manager=org.jboss.logmanager.LogManager "${jvm[@]}" -cp "target/classes:target/test-classes:$(cat "$cp")" "$@"
