# Sourced by the benchmark and packaging scripts (from the repository's root):
#   need_packages PKG...   installs, with apt-get, those of the Debian packages that are missing.
# .ci/run keeps its own few lines on purpose: CI depends on nothing but itself and the README.
need_packages() {
  local need=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  if ((${#need[@]})); then
    echo "installing ${need[*]} ..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}
