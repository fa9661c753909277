#!/usr/bin/env bash
# Executes every notebook (or the ones named: run-notebooks.sh 02-nationwide-statistics) headless with the project's
# Java kernel; a cell error fails the run. Executed copies land in target/notebooks/. The notebooks' default
# warehouses are built first (once; reused afterwards) unless NIANBAO_WAREHOUSE points elsewhere. The kernel
# sometimes never answers its first request (a known rapaio start-up hang, seen in about half the launches on a
# busy 2-core machine), so a launch that times out is retried, up to five times.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JUPYTER_PATH="$PWD/target/jupyter"
mkdir -p target/notebooks

if [ -z "${NIANBAO_WAREHOUSE:-}" ]; then
  for w in demo corpus; do
    start=$(date +%s)
    bash notebooks/prepare-warehouse.sh $w > "target/notebooks/prepare-$w.log" 2>&1 \
      || { echo "FAIL preparing the $w warehouse:"; tail -20 "target/notebooks/prepare-$w.log"; exit 1; }
    echo "$(tail -1 "target/notebooks/prepare-$w.log") ($(( $(date +%s) - start ))s)"
  done
fi

if [ $# -gt 0 ]; then names=("$@"); else names=(); for nb in notebooks/*.ipynb; do names+=("$(basename "$nb" .ipynb)"); done; fi
pass=0; fail=0
for name in "${names[@]}"; do
  nb=notebooks/$name.ipynb; ok=0
  for attempt in 1 2 3 4 5; do
    start=$(date +%s)
    if /usr/bin/jupyter-nbconvert --to notebook --execute "$nb" --output-dir target/notebooks \
         --ExecutePreprocessor.kernel_name=java-spark \
         --ExecutePreprocessor.startup_timeout=120 --ExecutePreprocessor.timeout=900 \
         > "target/notebooks/$name.log" 2>&1; then
      ok=1; echo "PASS $name ($(( $(date +%s) - start ))s, attempt $attempt)"; break
    elif grep -q "Kernel didn't respond" "target/notebooks/$name.log"; then
      echo "RETRY $name: kernel did not start (attempt $attempt)"
    else
      break
    fi
  done
  if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $name"; grep -A25 -E "CellExecutionError|Error" "target/notebooks/$name.log" | head -40; fi
done
echo "notebooks: $pass passed, $fail failed"
[ $fail = 0 ]
