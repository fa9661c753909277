#!/usr/bin/env bash
# Builds a notebook's default warehouse with the command line, once; an existing warehouse is reused as it is.
#   prepare-warehouse.sh demo     warehouse/                the five sample reports (bin/nianbao demo)
#   prepare-warehouse.sh corpus   target/corpus/warehouse   2,000 generated reports: generate → ingest → reparse → aggregate
# NIANBAO_CORPUS_COUNT and NIANBAO_CORPUS_SEED change the corpus (delete target/corpus to rebuild it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
nianbao=bin/nianbao

case "${1:-}" in
  demo)
    if [ -d warehouse/reports/_delta_log ] && [ -d warehouse/stats_by_level/_delta_log ]; then
      echo "demo warehouse: reusing warehouse/"; exit 0
    fi
    $nianbao demo
    ;;
  corpus)
    dir=target/corpus
    if [ -d $dir/warehouse/stats_by_level/_delta_log ]; then
      echo "corpus warehouse: reusing $dir/warehouse"; exit 0
    fi
    count=${NIANBAO_CORPUS_COUNT:-2000}; seed=${NIANBAO_CORPUS_SEED:-16}
    start=$(date +%s)
    rm -rf $dir/warehouse
    [ -f $dir/reports/truth.jsonl ] || { rm -rf $dir/reports; $nianbao generate --count "$count" --out $dir/reports --seed "$seed"; }
    $nianbao ingest --input $dir/reports --warehouse $dir/warehouse
    # A reparse gives the reports table a second version, so 03-data-quality can compare two versions by time travel.
    $nianbao reparse --warehouse $dir/warehouse
    $nianbao aggregate --warehouse $dir/warehouse >/dev/null
    echo "corpus warehouse: $count reports (seed $seed) in $dir/warehouse, $(( $(date +%s) - start )) s"
    ;;
  *)
    echo "usage: $0 demo|corpus" >&2; exit 2
    ;;
esac
