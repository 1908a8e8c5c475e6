#!/usr/bin/env bash
# Build cost at the scale of the whole Dataverse table reference: SCALE_PAGES (default 700)
# synthetic table pages shaped like Dataverse's (state + status + 4 picklists of 6 options:
# 4,200 enums, about 20,000 options), built three ways from the same options, side by side:
# - ours:  docs/ + a build script calling `Builder::docs_dir`, enums with `#[derive(Choice)]`;
# - twin:  the same enums by hand with num_enum + strum (TryFromPrimitive, IntoPrimitive,
#          EnumString, Display, IntoStaticStr, AsRefStr, VariantArray, EnumCount);
# - floor: the same enums with only `Debug, Clone, Copy, PartialEq, Eq, Hash`, no impls;
# - ours-tuned: ours with `[profile.*.build-override] opt-level = 3`, which the README
#   recommends for large generated crates (the derive and the build script optimized).
# Measured: the rebuild after one page changes (one label renamed; for ours the build script
# reruns too), best of SCALE_RUNS (default 2), in each profile of SCALE_PROFILES (default
# "dev release"), with the peak memory (max RSS) of that build; then the build script alone.
#
# Usage: scripts/bench-scale.sh    (about 15 minutes on 2 cores; scripts/bench.sh calls it)
# Environment as for scripts/bench.sh: CARGO_TARGET_DIR, BENCH_WORK (the crates go to
# $BENCH_WORK/scale). Dependencies are fetched once; every timed build runs with `--offline`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}
export CARGO_TARGET_DIR=$target
work=${BENCH_WORK:-${TMPDIR:-/tmp}/choice-benches}/scale
pages=${SCALE_PAGES:-700}
runs=${SCALE_RUNS:-2}
profiles=${SCALE_PROFILES:-dev release}
results=$work.txt

log() { echo "bench-scale.sh: $*" >&2; }
if [ ! -x /usr/bin/time ]; then
    log "needs /usr/bin/time (Debian package \`time\`) for the peak memory"
    exit 1
fi

cargo build -q -p choice-benches --bin scratch-crate
rm -rf "$work"
"$target/debug/scratch-crate" scale "$pages" "$work"
kinds="floor twin ours ours-tuned"
for kind in $kinds; do
    (cd "$work/$kind" && cargo fetch -q)
done
: >"$results"

# Puts version $2 (a or b) of the changed page into crate $1.
switch_to() {
    local kind=$1 version=$2
    if [ -d "$work/$kind/docs" ]; then
        cp "$work/change/page-$version.md" "$work/$kind/docs/scale_table_0000.md"
    else
        cp "$work/change/$kind-$version.rs" "$work/$kind/src/lib.rs"
    fi
}

# One build of crate $1 in profile $2: "seconds peak-kB", or the log and exit 1 if it fails.
timed_build() {
    local kind=$1 profile=$2
    if ! (cd "$work/$kind" && CARGO_TARGET_DIR="$work/$kind/target" /usr/bin/time -f "%e %M" \
        -o "$work/time.txt" cargo build --offline --profile "$profile" >"$work/last.log" 2>&1); then
        log "failed: $kind ($profile)"
        cat "$work/last.log" >&2
        exit 1
    fi
    cat "$work/time.txt"
}

for profile in $profiles; do
    for kind in $kinds; do
        log "$kind, $profile: first build"
        switch_to "$kind" a
        timed_build "$kind" "$profile" >/dev/null
        best=""
        for run in $(seq "$runs"); do
            version=$([ $((run % 2)) = 1 ] && echo b || echo a)
            switch_to "$kind" "$version"
            read -r seconds peak < <(timed_build "$kind" "$profile")
            log "$kind, $profile: rebuild after one page changed: $seconds s, $peak kB"
            if [ -z "$best" ] || awk -v a="$seconds" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then
                best="$seconds $peak"
            fi
        done
        echo "$profile $kind $best" >>"$results"
    done
done

# The build script alone, run as cargo runs it: the generator as the dev profile compiles it by
# default, and optimized (ours-tuned).
build_script_seconds() {
    local kind=$1 script start end
    script=$(find "$work/$kind/target" -path "*/build/scratch-$kind-*/build-script-build" -type f | head -n 1)
    mkdir -p "$work/out"
    start=$(date +%s.%N)
    (cd "$work/$kind" && OUT_DIR="$work/out" CARGO_MANIFEST_DIR="$work/$kind" \
        CARGO_PKG_NAME="scratch-$kind" CARGO_PKG_VERSION=0.0.0 "$script" >/dev/null)
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
build_script=$(build_script_seconds ours)
build_script_tuned=$(build_script_seconds ours-tuned)

enums=$(grep -c '^pub enum' "$work/change/floor-a.rs")
options=$(grep -c '^    [A-Za-z0-9_]* = -\?[0-9]*,$' "$work/change/floor-a.rs")
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}, $(rustc -V); $(date -u +%Y-%m-%d)"
echo "$pages pages, $enums enums, $options options; rebuild after one page changes, best of $runs"
echo
awk '
    { time[$1, $2] = $3; peak[$1, $2] = $4; seen[$1] = 1; order[++n] = $1 }
    END {
        print "| same enums | profile | rebuild | × floor | peak rustc memory | × floor |"
        print "|---|---|---|---|---|---|"
        count = split("ours ours-tuned twin floor", kinds, " ")
        name["ours"] = "ours (`#[derive(Choice)]`, build script included)"
        name["ours-tuned"] = "ours, derive and build script optimized (`build-override`)"
        name["twin"] = "num_enum + strum"
        name["floor"] = "floor: bare enums, no impls"
        for (i = 1; i <= n; i++) {
            p = order[i]
            if (p in done) continue
            done[p] = 1
            for (k = 1; k <= count; k++) {
                kind = kinds[k]
                printf "| %s | %s | %.1f s | %.2f | %.0f MiB | %.2f |\n", name[kind], p, time[p, kind], time[p, kind] / time[p, "floor"], peak[p, kind] / 1024, peak[p, kind] / peak[p, "floor"]
            }
        }
    }
' "$results"
echo
echo "The build script alone, $pages pages to choices.rs: $build_script s as cargo compiles it by default, $build_script_tuned s optimized (build-override)"
