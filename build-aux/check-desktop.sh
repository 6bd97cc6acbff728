#!/usr/bin/env bash
# Checks what desktop-file-validate cannot know about our desktop file
# (data/meson.build runs it as a test): that it declares TYPE among its
# MimeType, and that Exec runs PROGRAM with %F or %U, as the application
# handles open (G_APPLICATION_HANDLES_OPEN) and takes several files.
# Usage: check-desktop.sh FILE TYPE PROGRAM
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 FILE TYPE PROGRAM" >&2
  exit 2
fi
file=$1 type=$2 program=$3

# Only the [Desktop Entry] group: actions have their own Exec lines.
entry=$(awk '/^\[/ { group = $0 } group == "[Desktop Entry]"' "$file")

mime=$(printf '%s\n' "$entry" | sed -n 's/^MimeType=//p')
case ";$mime" in
  *";$type;"*) echo "MimeType: $mime" ;;
  *) echo "MimeType '$mime' does not list $type;" >&2; exit 1 ;;
esac

exec_line=$(printf '%s\n' "$entry" | sed -n 's/^Exec=//p')
read -r -a words <<<"$exec_line"
if [ "${#words[@]}" -eq 0 ] || [ "${words[0]}" != "$program" ]; then
  echo "Exec '$exec_line' does not run $program" >&2
  exit 1
fi
case " $exec_line " in
  *" %F "* | *" %U "*) echo "Exec: $exec_line" ;;
  *) echo "Exec '$exec_line' passes no files (%F or %U)" >&2; exit 1 ;;
esac
