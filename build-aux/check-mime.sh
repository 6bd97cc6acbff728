#!/usr/bin/env bash
# Checks a shared-mime-info package file (data/meson.build runs it as a test):
#   1. it is well-formed XML, and valid against the shared-mime-info schema when
#      one is installed (Debian ships none; set SHARED_MIME_INFO_SCHEMA to use one);
#   2. update-mime-database compiles it without a warning and defines TYPE;
#   3. GIO then names a file with extension EXT as TYPE.
# Usage: check-mime.sh FILE TYPE EXT
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 FILE TYPE EXT" >&2
  exit 2
fi
file=$1 type=$2 ext=$3

xmllint --noout "$file"

schema=${SHARED_MIME_INFO_SCHEMA:-}
if [ -z "$schema" ]; then
  for candidate in /usr/share/xml/shared-mime-info/shared-mime-info.rng \
                   /usr/share/shared-mime-info/shared-mime-info.rng \
                   /usr/share/xml/shared-mime-info/shared-mime-info.xsd; do
    if [ -r "$candidate" ]; then
      schema=$candidate
      break
    fi
  done
fi
case "$schema" in
  "") echo "no shared-mime-info schema installed: checked well-formedness only" ;;
  *.rng) xmllint --noout --relaxng "$schema" "$file" ;;
  *.xsd) xmllint --noout --schema "$schema" "$file" ;;
  *) xmllint --noout --dtdvalid "$schema" "$file" ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/share/mime/packages" "$tmp/home"
cp "$file" "$tmp/share/mime/packages/"

# update-mime-database reports a broken definition (on stdout) but still
# exits 0, and says nothing when all is well: any output is a failure.
export XDG_DATA_DIRS="$tmp/share:/usr/local/share:/usr/share"
export XDG_DATA_HOME="$tmp/home"
update-mime-database "$tmp/share/mime" >"$tmp/errors" 2>&1
if [ -s "$tmp/errors" ]; then
  cat "$tmp/errors" >&2
  exit 1
fi
if [ ! -f "$tmp/share/mime/$type.xml" ]; then
  echo "update-mime-database did not define $type" >&2
  exit 1
fi
echo "update-mime-database: defines $type"

if command -v gio >/dev/null; then
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<x/>\n' >"$tmp/example.$ext"
  found=$(gio info -a standard::content-type "$tmp/example.$ext" |
          sed -n 's/^ *standard::content-type: //p')
  if [ "$found" != "$type" ]; then
    echo "gio names example.$ext '$found', expected '$type'" >&2
    exit 1
  fi
  echo "gio: example.$ext is $found"
fi
