#!/usr/bin/env bash
# Installs the build into a temporary DESTDIR and checks that every file a
# desktop needs is there (data/meson.build runs it as a test):
#   the two programs, the desktop file, the metainfo, the GSettings schema,
#   the MIME package, both icons, the RELAX NG schema and the sample project.
# Usage: check-install.sh BUILDDIR PREFIX BINDIR DATADIR APP_ID
# BINDIR and DATADIR are meson's options, relative to PREFIX or absolute.
set -euo pipefail

if [ $# -ne 5 ]; then
  echo "usage: $0 BUILDDIR PREFIX BINDIR DATADIR APP_ID" >&2
  exit 2
fi
builddir=$1 prefix=$2 bindir=$3 datadir=$4 app_id=$5

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# meson test has built everything already; --no-rebuild keeps ninja out of
# a build directory that the running tests use.
meson install -C "$builddir" --destdir "$tmp" --no-rebuild --quiet

under () {
  case "$1" in
    /*) echo "$tmp$1" ;;
    *) echo "$tmp$prefix/$1" ;;
  esac
}
bin=$(under "$bindir")
share=$(under "$datadir")

missing=0
expect () {
  local kind=$1 path=$2
  if [ "$kind" = x ] && [ -f "$path" ] && [ -x "$path" ]; then
    echo "ok: ${path#"$tmp"}"
  elif [ "$kind" = f ] && [ -f "$path" ] && [ -s "$path" ]; then
    echo "ok: ${path#"$tmp"}"
  else
    echo "missing or empty: ${path#"$tmp"}" >&2
    missing=$((missing + 1))
  fi
}

expect x "$bin/trellis"
expect x "$bin/trellis-cli"
expect f "$share/applications/$app_id.desktop"
expect f "$share/metainfo/$app_id.metainfo.xml"
expect f "$share/glib-2.0/schemas/$app_id.gschema.xml"
expect f "$share/mime/packages/$app_id.xml"
expect f "$share/icons/hicolor/scalable/apps/$app_id.svg"
expect f "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
expect f "$share/trellis/trellis.rng"
expect f "$share/trellis/samples/plastics-cluster.trellis"

# The installed desktop file and metainfo are the merged ones, not the .in.
if ! grep -q '^Name=Trellis$' "$share/applications/$app_id.desktop" 2>/dev/null; then
  echo "the installed desktop file has no Name=Trellis" >&2
  missing=$((missing + 1))
fi
if ! grep -q "<id>$app_id</id>" "$share/metainfo/$app_id.metainfo.xml" 2>/dev/null; then
  echo "the installed metainfo has no <id>$app_id</id>" >&2
  missing=$((missing + 1))
fi

if [ "$missing" -gt 0 ]; then
  echo "$missing problem(s); installed files:" >&2
  (cd "$tmp" && find . -type f | sort) >&2
  exit 1
fi
