#!/usr/bin/env bash
# Tuning harness: runs one `sim` config on several seeds (two at a time) and prints one metric column per seed.
# usage: scripts/tune-scenario.sh "SEEDS" COLUMN PRESET STEPS EVAL [--set k=v ...]
#   e.g. scripts/tune-scenario.sh "1 2 3 4 5" modes_captured ring8 20000 1000 --set training.lrG=0.005
set -euo pipefail
seeds=$1; col=$2; preset=$3; steps=$4; every=$5; shift 5
jar=${JAR:-$(dirname "$0")/../target/gan-classroom.jar}
tmp=$(mktemp -d)
for s in $seeds; do
  java -jar "$jar" sim --preset "$preset" --steps "$steps" --eval-every "$every" --seed "$s" --out "$tmp/$s" "$@" >/dev/null 2>&1 &
  while [ "$(jobs -r | wc -l)" -ge 2 ]; do wait -n; done
done
wait
for s in $seeds; do
  idx=$(head -1 "$tmp/$s/metrics.csv" | tr ',' '\n' | grep -nx "$col" | cut -d: -f1)
  printf 'seed %-3s' "$s"
  tail -n +2 "$tmp/$s/metrics.csv" | cut -d, -f"$idx" | awk '{printf " %.3g", $1}'
  echo
done
rm -rf "$tmp"
