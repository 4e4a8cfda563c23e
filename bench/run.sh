#!/usr/bin/env bash
# Issue 5's benchmark. Usage: bench/run.sh [SIZE...]   (default: 10x50 50x100 200x50)
# SIZE = PROJECTSxFILES, or PROJECTSxFILEStN where only N projects hold TLS files (50x100t5).
# Environment: BENCH_RUNS (runs per tool, default 3), BENCH_DIR (work folder, default /tmp/reviewgen-bench),
# BENCH_BUILD=0 (leave out c, for sizes that only compare the analysis with the floor).
# For each size: (a) MSBuildWorkspace opening the solution alone, (b) reviewgen analyze --no-restore,
# (c) dotnet build --no-restore --no-incremental with CA5359/CA5364/CA5397/CA5399/CA5400 as warnings.
# Every run is a new process; `dotnet build-server shutdown` comes before each run (excluded from timing); the restore
# of each generated solution is done once beforehand and excluded. Runs of a, b and c are interleaved.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$bench")
runs=${BENCH_RUNS:-3}
build=${BENCH_BUILD:-1}
work=${BENCH_DIR:-/tmp/reviewgen-bench}
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10x50 50x100 200x50); fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mkdir -p "$work"
# The tool and the floor are published alike, as the tool is shipped: Release, ReadyToRun (precompiled, so neither
# spends its first seconds compiling Roslyn's code), and the runtime settings both project files set.
rid=$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')
echo "== publishing the tools in Release, ReadyToRun for $rid (not timed)"
publish() {
  dotnet publish "$1" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$2" -v quiet -nologo \
    >>"$work/build-tools.log"
}
: >"$work/build-tools.log"
publish "$repo/src/ReviewGen.Cli/ReviewGen.Cli.csproj" "$work/tools/reviewgen"
publish "$bench/OpenOnly/OpenOnly.csproj" "$work/tools/openonly"
dotnet build "$bench/BenchTool/BenchTool.csproj" -c Release -v quiet -nologo >>"$work/build-tools.log"
reviewgen="$work/tools/reviewgen/reviewgen"
openonly="$work/tools/openonly/OpenOnly"
benchtool="$bench/BenchTool/bin/Release/net10.0/BenchTool"

results="$work/results.tsv"
: >"$results"
{
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
  echo "dotnet SDK: $(dotnet --version)"
  echo "commit: $(git -C "$repo" rev-parse --short HEAD)"
} | tee "$work/machine.txt"

for size in "${sizes[@]}"; do
  dir="$work/$size"
  sln="$dir/Bench.sln"
  echo "== $size: generating and restoring (not timed)"
  "$benchtool" generate "$size" "$dir"
  dotnet restore "$sln" -v quiet -nologo >"$dir/restore.log"
  for run in $(seq 1 "$runs"); do
    dotnet build-server shutdown >/dev/null 2>&1
    "$benchtool" measure "$results" "$size" a-open "$run" "$dir/a-open-$run.log" -- "$openonly" "$sln"
    dotnet build-server shutdown >/dev/null 2>&1
    "$benchtool" measure "$results" "$size" b-reviewgen "$run" "$dir/b-reviewgen-$run.log" -- \
      "$reviewgen" analyze "$sln" --no-restore --format json -o "$dir/review-$run.json" --force --verbose
    if [ "$build" != 0 ]; then
      dotnet build-server shutdown >/dev/null 2>&1
      "$benchtool" measure "$results" "$size" c-build "$run" "$dir/c-build-$run.log" -- \
        dotnet build "$sln" --no-restore --no-incremental -nologo
    fi
  done
  dotnet build-server shutdown >/dev/null 2>&1
  # Evidence that each run did its work: what (a) opened, what (b) found, which TLS analyzers (c) reported.
  echo "  (a) $(tail -n 1 "$dir/a-open-1.log")"
  echo "  (b) findings in review-1.json: $(grep -o '"ruleId"' "$dir/review-1.json" | wc -l)"
  echo "  (b) stage times of run 1: $(grep -E '^reviewgen: [a-z]+ [0-9.]+ s$' "$dir/b-reviewgen-1.log" | cut -d' ' -f2-4 | paste -sd, -)"
  if [ "$build" != 0 ]; then
    echo "  (c) TLS analyzer warnings in c-build-1.log: $(grep -oE 'warning CA5(359|364|397|399|400)' "$dir/c-build-1.log" | sort | uniq -c | tr -s ' \n' ' ')"
  fi
done

echo "== results (medians of $runs runs; peak = summed VmRSS of the process tree sampled every 100 ms)"
"$benchtool" report "$results" | tee "$work/report.md"
