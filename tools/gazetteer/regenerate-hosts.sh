#!/usr/bin/env bash
# Regenerates common/src/main/resources/nianbao/place/gov-hosts.tsv from province-hosts.tsv and the gazetteer.
# Needs the compiled common module (mvn -pl common compile) and ICU4J in the local Maven repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
icu="$(find ~/.m2/repository/com/ibm/icu/icu4j -name 'icu4j-*.jar' | sort | tail -n 1)"
java -cp "$root/common/target/classes:$icu" "$here/GovHosts.java" "$here/province-hosts.tsv" \
  "$root/common/src/main/resources/nianbao/place/gov-hosts.tsv"
