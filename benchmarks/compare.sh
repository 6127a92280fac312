#!/usr/bin/env bash
# Compares `backoffice balance` with ledger-cli and hledger on generated journals, end to end (JVM start
# included): wall time and peak RSS side by side, and a check that all three give the same balances.
#
# Usage: benchmarks/compare.sh [N ...]          (default: 10000 100000 1000000 transactions)
# Environment:
#   RUNS=3            runs per tool and size; the table shows the fastest (the machine is shared)
#   HLEDGER_RUNS=1    runs of hledger (slow: about 15 s and 0.9 GB per 100k transactions); 0 skips it
#   SEED=7            generator seed (same N and seed give the same file)
#   JAVA_OPTS=-Xmx1g  JVM options of the Backoffice run (the target is 1 GiB of heap at most)
#   TARGET_NAME=target  Maven build folder name (-DtargetName) to take the jars from
#   CLI_JAR=examples/$TARGET_NAME/backoffice.jar  the CLI to time (the fallback main is used when it is missing)
#   WORK=/tmp/backoffice-compare  where journals and outputs go
# Tools: `apt-get install -y ledger hledger` (Debian: ledger 3.3, hledger 1.25); a missing tool is skipped.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
TARGET_NAME=${TARGET_NAME:-target}
RUNS=${RUNS:-3}
HLEDGER_RUNS=${HLEDGER_RUNS:-1}
SEED=${SEED:-7}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
WORK=${WORK:-/tmp/backoffice-compare}
SIZES=("$@")
if [ ${#SIZES[@]} -eq 0 ]; then SIZES=(10000 100000 1000000); fi
mkdir -p "$WORK"

BENCH_JAR="$ROOT/benchmarks/$TARGET_NAME/benchmarks.jar"
CLI_JAR=${CLI_JAR:-"$ROOT/examples/$TARGET_NAME/backoffice.jar"}
if [ ! -f "$BENCH_JAR" ]; then
  echo "building $BENCH_JAR ..." >&2
  mvn -B -ntp -q -pl benchmarks -am package -DskipTests -DtargetName="$TARGET_NAME" >&2
fi
if [ -f "$CLI_JAR" ]; then
  BACKOFFICE=(java $JAVA_OPTS -jar "$CLI_JAR" balance --format csv --file)
  BACKOFFICE_NAME="backoffice.jar balance"
else
  BACKOFFICE=(java $JAVA_OPTS -cp "$BENCH_JAR" dev.backoffice.benchmarks.io.BalanceMain --format csv --file)
  BACKOFFICE_NAME="BalanceMain (fallback: $CLI_JAR not built)"
fi
normalise() { java -cp "$BENCH_JAR" dev.backoffice.benchmarks.io.BalanceNormalizer "$1"; }
have() { command -v "$1" > /dev/null 2>&1; }

# measure NAME RUNS OUTFILE CMD... : runs CMD (stdout to OUTFILE), prints "wall_s cpu_s peak_rss_mb" of the
# fastest run (cpu = user + system: on a busy shared machine it shows the work done better than the wall time)
measure() {
  local name=$1 runs=$2 out=$3; shift 3
  local best="" cpu="" rss=""
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" > "$out" 2> "$WORK/$name.err" || {
      echo "$name failed:" >&2; cat "$WORK/$name.err" >&2; return 1; }
    read -r wall user sys kb < <(tail -1 "$WORK/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then
      best=$wall; cpu=$(awk "BEGIN{printf \"%.2f\", $user + $sys}"); rss=$((kb / 1024))
    fi
  done
  echo "$best $cpu $rss"
}

echo "Backoffice: $BACKOFFICE_NAME ($JAVA_OPTS); best of $RUNS runs (hledger: $HLEDGER_RUNS)"
echo "cells: wall s / CPU s (user+sys) / peak RSS MB of the fastest run; speed-up = tool wall / backoffice wall"
echo "load before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
have ledger && echo "ledger: $(ledger --version | head -1)" || echo "ledger: not installed (apt-get install -y ledger)"
have hledger && echo "hledger: $(hledger --version)" || echo "hledger: not installed (apt-get install -y hledger)"
echo
printf '| %12s | %7s | %22s | %22s | %8s | %22s | %8s | %s |\n' transactions "file MB" "backoffice" "ledger-cli" "speed-up" "hledger" "speed-up" "balances"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' -------------: --------: -----------------------: -----------------------: ---------: -----------------------: ---------: ---------
status=0
for n in "${SIZES[@]}"; do
  journal="$WORK/journal-$n-seed$SEED.ledger"
  [ -f "$journal" ] || java -cp "$BENCH_JAR" dev.backoffice.benchmarks.io.JournalGenerator --transactions "$n" --seed "$SEED" --out "$journal"
  mb=$(awk "BEGIN{printf \"%.1f\", $(stat -c %s "$journal") / 1e6}")
  res=$(measure backoffice "$RUNS" "$WORK/bo.csv" "${BACKOFFICE[@]}" "$journal")
  read -r bo_s bo_cpu bo_mb <<< "$res"
  normalise csv < "$WORK/bo.csv" > "$WORK/bo.norm"
  agree="backoffice"
  l_cell="—"; l_x="—"; h_cell="—"; h_x="—"
  if have ledger; then
    res=$(measure ledger "$RUNS" "$WORK/ledger.txt" ledger -f "$journal" bal --flat --no-total)
    read -r l_s l_cpu l_mb <<< "$res"
    normalise ledger < "$WORK/ledger.txt" > "$WORK/ledger.norm"
    if cmp -s "$WORK/bo.norm" "$WORK/ledger.norm"; then agree="$agree = ledger"; else agree="$agree ≠ ledger"; status=1; fi
    l_cell="$l_s / $l_cpu / $l_mb"; l_x=$(awk "BEGIN{printf \"%.1f×\", $l_s / $bo_s}")
  fi
  if have hledger && [ "$HLEDGER_RUNS" -gt 0 ]; then
    res=$(measure hledger "$HLEDGER_RUNS" "$WORK/hledger.csv" hledger -f "$journal" bal --flat -O csv)
    read -r h_s h_cpu h_mb <<< "$res"
    normalise hledger < "$WORK/hledger.csv" > "$WORK/hledger.norm"
    if cmp -s "$WORK/bo.norm" "$WORK/hledger.norm"; then agree="$agree = hledger"; else agree="$agree ≠ hledger"; status=1; fi
    h_cell="$h_s / $h_cpu / $h_mb"; h_x=$(awk "BEGIN{printf \"%.1f×\", $h_s / $bo_s}")
  fi
  printf '| %12s | %7s | %22s | %22s | %8s | %22s | %8s | %s |\n' "$n" "$mb" "$bo_s / $bo_cpu / $bo_mb" "$l_cell" "$l_x" "$h_cell" "$h_x" "$agree"
done
echo "load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
