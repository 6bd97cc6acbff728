# Sourced by build-aux/run and build-aux/test (from the top of the checkout):
# installs the Debian/Ubuntu packages Trellis needs to build and test, only
# those that are missing, and configures and builds in _build/.

TRELLIS_PACKAGES="gcc pkg-config meson ninja-build gettext libgtk-4-dev libadwaita-1-dev
libsqlite3-dev libxml2-dev libxml2-utils xvfb xauth dbus-x11 appstream desktop-file-utils
shared-mime-info poppler-utils cppcheck clang-tidy git"

# Only for build-aux/fuzz (libFuzzer comes with clang): not needed to build or test.
TRELLIS_FUZZ_PACKAGES="clang libclang-rt-dev llvm"

# trellis_install_deps [PACKAGES]: the missing ones of PACKAGES (default
# $TRELLIS_PACKAGES).
trellis_install_deps () {
  local packages="${1:-$TRELLIS_PACKAGES}"
  local missing=()
  local package
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    echo "Not a Debian or Ubuntu system: install these packages (or their equivalents)" \
         "yourself: $(echo $packages)" >&2
    return 0
  fi
  for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo="sudo"
    else
      echo "These packages are missing and you are neither root nor have sudo: ${missing[*]}" >&2
      return 1
    fi
  fi
  # env, not an assignment before the command: sudo would drop the variable.
  $sudo apt-get update -q &&
    $sudo env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${missing[@]}"
}

trellis_build () {
  if [ -f _build/meson-private/coredata.dat ]; then
    meson setup --reconfigure _build
  else
    meson setup _build
  fi &&
    meson compile -C _build
}
