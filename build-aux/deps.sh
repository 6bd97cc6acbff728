# Sourced by build-aux/run and build-aux/test: installs the Debian/Ubuntu
# packages Trellis needs to build and test, only those that are missing.

TRELLIS_PACKAGES="gcc pkg-config meson ninja-build gettext libgtk-4-dev libadwaita-1-dev
libsqlite3-dev libxml2-dev libxml2-utils xvfb xauth dbus-x11 appstream desktop-file-utils
shared-mime-info poppler-utils"

trellis_install_deps () {
  local missing=()
  local package
  for package in $TRELLIS_PACKAGES; do
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
      echo "These packages are missing and you are not root: ${missing[*]}" >&2
      return 1
    fi
  fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

trellis_build () {
  if [ -d _build ]; then
    meson setup --reconfigure _build
  else
    meson setup _build
  fi
  meson compile -C _build
}
