#!/usr/bin/env bash
# The clang-tidy check: the checks of .clang-tidy (the static analyser and
# the bug-prone patterns, each one left out saying why) find nothing.
# Usage: check-clang-tidy.sh SOURCE_ROOT BUILD_ROOT [FOLDER…]
# FOLDERs are under src/ (default: core cli app).  Skipped (77) without
# clang-tidy or without BUILD_ROOT/compile_commands.json.  TRELLIS_TIDY_JOBS
# sets the number of parallel clang-tidy processes (default 2).
set -euo pipefail
src=$1
build=$2
shift 2
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(core cli app)

tidy=$(command -v clang-tidy || command -v clang-tidy-14 || true)
[ -n "$tidy" ] || { echo "clang-tidy is not installed"; exit 77; }
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json"; exit 77; }

files=()
for folder in "${folders[@]}"; do
  while IFS= read -r file; do
    files+=("$file")
  done < <(find "$src/src/$folder" -name '*.c' | sort)
done

report=$(mktemp)
trap 'rm -f "$report"' EXIT
# -w: compiler warnings are gcc's, in the build.  clang-tidy exits non-zero
# when it finds something; the report decides.
printf '%s\0' "${files[@]}" |
  xargs -0 -n 4 -P "${TRELLIS_TIDY_JOBS:-2}" \
    "$tidy" -p "$build" --quiet --config-file="$src/.clang-tidy" --extra-arg=-w \
    > "$report" 2> /dev/null || true

if grep -qE '(warning|error): ' "$report"; then
  cat "$report"
  echo "clang-tidy: $(grep -cE '(warning|error): ' "$report") findings in ${#files[@]} files"
  exit 1
fi
echo "clang-tidy: ${#files[@]} files of src/{$(IFS=,; echo "${folders[*]}")} are clean"
