# Idempotent installs shared by ./run and ./test. Sourced, not run.

ensure_apt_packages() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  echo "Installing ${missing[*]} ..."
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# GOV.UK Frontend and the MOJ pattern library come from npm; the web project's build compiles them.
ensure_web_assets() {
  command -v npm >/dev/null || ensure_apt_packages nodejs npm
}
