#!/usr/bin/env bash
# Reads the compiled GSettings schema of the build (data/meson.build runs it
# as a test) and checks each key's default, or its range:
#   KEY=DEFAULT  gsettings get prints DEFAULT          (autosave-interval=uint32 60)
#   KEY~RANGE    gsettings range prints RANGE, its lines joined by spaces
# Keys of the schema that no argument names are listed, not failed.
# Usage: check-gschema.sh SCHEMADIR SCHEMA CHECK...
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 SCHEMADIR SCHEMA CHECK..." >&2
  exit 2
fi
schemadir=$1 schema=$2
shift 2

# The memory backend reads the defaults, never the user's dconf.
export GSETTINGS_BACKEND=memory
gs () {
  gsettings --schemadir "$schemadir" "$@"
}

keys=$(gs list-keys "$schema")
failed=0 checked=" "
for check in "$@"; do
  case "$check" in
    *=*) key=${check%%=*} want=${check#*=}
         got=$(gs get "$schema" "$key" 2>&1 || true) ;;
    *~*) key=${check%%~*} want=${check#*~}
         got=$(gs range "$schema" "$key" 2>&1 | paste -sd' ' || true) ;;
    *) echo "bad check '$check'" >&2; exit 2 ;;
  esac
  checked="$checked$key "
  if ! printf '%s\n' "$keys" | grep -qx -- "$key"; then
    echo "$schema has no key $key" >&2
    failed=$((failed + 1))
  elif [ "$got" != "$want" ]; then
    echo "$key: '$got', expected '$want'" >&2
    failed=$((failed + 1))
  else
    echo "ok: $key: $got"
  fi
done

for key in $keys; do
  case "$checked" in
    *" $key "*) ;;
    *) echo "not checked: $key" ;;
  esac
done

[ "$failed" -eq 0 ]
