#!/bin/sh
# eds benchmark (docs/performance.md, «Signatures (eds)»): compiles through the shared Maven lock, then runs
# kz.egov.eds.bench.EdsBenchmark on the test classpath. Usage: eds/bench.sh [seconds per measurement, default 5]
set -e
cd "$(dirname "$0")/.."
flock /tmp/egov-maven.lock ./mvnw -q -o -pl eds -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "eds/target/test-classes:eds/target/classes:contract/target/classes:$(cat eds/target/test-classpath.txt)" \
    kz.egov.eds.bench.EdsBenchmark "$@"
