#!/usr/bin/env bash
# Every performance measurement of the project in one run, printed as one table of ratios
# ours / baseline (below 1 is better for us), with the machine it ran on:
# - conversions (benches/benches/conversions.rs, criterion): our derived enums against the same
#   enums under num_enum + strum, on the seed enum (14 options) and a synthetic one of 5,000;
# - extraction (benches/benches/extraction.rs, criterion): `parse_page` over a 50 MB corpus
#   against plain pulldown-cmark event iteration over the same bytes;
# - peak memory (max RSS) of parsing a 50 MB page, against pulldown-cmark alone;
# - build cost: compiling a crate holding one 500- or 5,000-option enum, derived by us or by
#   num_enum + strum (dependencies built beforehand, best of three), and a clean build of the
#   root package against the same enums written by hand with num_enum + strum (best of two);
# - build cost at scale (scripts/bench-scale.sh, its own table): 700 Dataverse-shaped pages,
#   4,200 enums, ours against num_enum + strum and against the bare enums.
#
# Usage: scripts/bench.sh    (about 35 minutes on 2 cores; run it on an otherwise idle machine;
#                             SKIP_SCALE=1 leaves out the scale table, about 25 of them)
# Environment: CARGO_TARGET_DIR (default: target/), BENCH_WORK (scratch crates and their
# target directories; default: $TMPDIR/choice-benches). The scratch crates' dependencies are
# fetched once (`cargo fetch`, crates.io); every timed build runs with `--offline`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}
export CARGO_TARGET_DIR=$target
work=${BENCH_WORK:-${TMPDIR:-/tmp}/choice-benches}
mkdir -p "$work"
results=$work/results.txt
: >"$results"

log() { echo "bench.sh: $*" >&2; }
record() { echo "$1 $2" >>"$results"; }

# Wall-clock seconds of a command, its output discarded; stops the script if it fails.
seconds() {
    local start end
    start=$(date +%s.%N)
    if ! "$@" >"$work/last.log" 2>&1; then
        log "failed: $*"
        cat "$work/last.log" >&2
        exit 1
    fi
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}

min() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a + 0 < b + 0) ? a : b }'; }

# --- criterion ------------------------------------------------------------------------------
criterion=(--warm-up-time 1 --measurement-time 2 --output-format bencher)
for bench in conversions extraction; do
    log "criterion: $bench"
    cargo bench -q -p choice-benches --bench "$bench" -- "${criterion[@]}" 2>"$work/$bench.err" |
        tee "$work/$bench.txt" >&2
done
# `test group/function ... bench: 1,234 ns/iter (+/- 56)` → `group/function 1234`
cat "$work/conversions.txt" "$work/extraction.txt" |
    awk '/^test / { n = $5; gsub(",", "", n); print $2, n }' >>"$results"

# --- peak memory ----------------------------------------------------------------------------
log "peak memory of a 50 MB page"
cargo build -q --release -p connection-schema --features codegen --example large_page
peak_kb() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'
}
if [ -x /usr/bin/time ]; then
    record memory/ours "$(peak_kb "$target/release/examples/large_page" 50)"
    record memory/pulldown_cmark "$(peak_kb "$target/release/examples/large_page" 50 pulldown)"
else
    log "no /usr/bin/time (Debian package \`time\`): memory rows left out"
fi

# --- build cost -----------------------------------------------------------------------------
cargo build -q -p choice-benches --bin scratch-crate
scratch=$target/debug/scratch-crate

# The crate alone, its dependencies built beforehand: the derive's expansion and the compile.
leaf_build() {
    local dir=$1 best=""
    (cd "$dir" && cargo fetch -q && CARGO_TARGET_DIR="$dir/target" cargo build -q --offline)
    for _ in 1 2 3; do
        touch "$dir/src/lib.rs"
        best=$(min "$(cd "$dir" && seconds env CARGO_TARGET_DIR="$dir/target" cargo build --offline)" "$best")
    done
    echo "$best"
}
for options in 500 5000; do
    for kind in ours twin; do
        log "build: one $options-option enum ($kind)"
        rm -rf "$work/$kind-$options"
        "$scratch" "$kind" "$options" "$work/$kind-$options"
        record "derive_$options/$kind" "$(leaf_build "$work/$kind-$options")"
    done
done

# Everything from nothing (dependencies, build script, enums), in a fresh target directory.
clean_build() {
    local dir=$1 fresh=$2 best="" package=("${@:3}")
    for _ in 1 2; do
        rm -rf "$fresh"
        best=$(min "$(cd "$dir" && seconds env CARGO_TARGET_DIR="$fresh" cargo build --offline "${package[@]}")" "$best")
    done
    rm -rf "$fresh"
    echo "$best"
}
log "build: clean, the root package"
record clean_build/ours "$(clean_build "$root" "$work/root-clean-target" -p dataverse-choices)"
log "build: clean, the same enums by hand with num_enum + strum"
rm -rf "$work/hand-seed"
"$scratch" hand-seed "$work/hand-seed"
(cd "$work/hand-seed" && cargo fetch -q)
record clean_build/num_enum_strum "$(clean_build "$work/hand-seed" "$work/hand-seed/clean-target")"

# --- the table ------------------------------------------------------------------------------
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}, $(rustc -V); $(date -u +%Y-%m-%d)"
echo
awk '
    { value[$1] = $2 }
    function row(name, unit, ours, base, goal,    ratio, verdict) {
        if (!(ours in value) || !(base in value)) { printf "| %s | missing | | | | |\n", name; return }
        ratio = value[ours] / value[base]
        verdict = goal == "" ? "" : (ratio <= goal ? "met" : "not met")
        printf "| %s | %s | %s | %.2f | %s | %s |\n", name, show(value[ours], unit), show(value[base], unit), ratio, goal == "" ? "–" : "≤ " goal, verdict
    }
    # Conversions: criterion times a batch of 1,024.
    function show(v, unit) {
        if (unit == "op") return sprintf("%.2f ns", v / 1024)
        if (unit == "ms") return sprintf("%.0f ms", v / 1e6)
        if (unit == "MB") return sprintf("%.0f MiB", v / 1024)
        return sprintf("%.2f s", v)
    }
    END {
        print "| measurement | ours | baseline | ours / baseline | goal | |"
        print "|---|---|---|---|---|---|"
        split("seed synthetic", sets, " ")
        for (i = 1; i <= 2; i++) {
            s = sets[i]
            label = s == "seed" ? "seed (14 options)" : "synthetic (5,000 sparse options)"
            row(label ": `TryFrom<i32>`, known values (num_enum)", "op", s "_try_from_known/ours", s "_try_from_known/num_enum", 1.0)
            row(label ": `TryFrom<i32>`, unknown values (num_enum)", "op", s "_try_from_unknown/ours", s "_try_from_unknown/num_enum", 1.0)
            row(label ": `FromStr`, exact labels (strum)", "op", s "_from_str/ours", s "_from_str/strum", s == "seed" ? 1.0 : 0.10)
            row(label ": `FromStr`, other case (strum, ascii_case_insensitive)", "op", s "_from_str_ignore_case/ours", s "_from_str_ignore_case/strum", s == "seed" ? 1.0 : 0.10)
            row(label ": `label()` (strum `IntoStaticStr`)", "op", s "_label/ours", s "_label/strum", 1.0)
            row(label ": `Display` into a buffer (strum)", "op", s "_display/ours", s "_display/strum", 1.0)
        }
        row("extraction, 50 MB corpus: `parse_page` (pulldown-cmark events)", "ms", "extraction_50mb/ours", "extraction_50mb/pulldown_cmark", 1.5)
        row("extraction, 50 MB corpus: `parse_page` + `merge` (pulldown-cmark events)", "ms", "extraction_50mb/ours_with_merge", "extraction_50mb/pulldown_cmark", "")
        row("peak memory (max RSS), one 50 MB page (pulldown-cmark alone)", "MB", "memory/ours", "memory/pulldown_cmark", "")
        row("build: crate with one 500-option enum (num_enum + strum)", "s", "derive_500/ours", "derive_500/twin", 1.0)
        row("build: crate with one 5,000-option enum (num_enum + strum)", "s", "derive_5000/ours", "derive_5000/twin", 1.0)
        row("build: 5,000 against 500 options, ours (10 = linear)", "s", "derive_5000/ours", "derive_500/ours", 10)
        row("build: 5,000 against 500 options, num_enum + strum", "s", "derive_5000/twin", "derive_500/twin", "")
        row("build: clean build of the root package (same enums by hand, num_enum + strum)", "s", "clean_build/ours", "clean_build/num_enum_strum", 1.0)
    }
' "$results"
echo
echo "Raw numbers: $results (criterion: ns per batch of 1,024; memory: kB; builds: s)."

# --- build cost at scale --------------------------------------------------------------------
if [ -z "${SKIP_SCALE:-}" ]; then
    echo
    "$root/scripts/bench-scale.sh"
fi
