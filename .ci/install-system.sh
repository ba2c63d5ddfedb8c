#!/usr/bin/env bash
# Installs everything the platform and its tests need on a clean Debian machine:
# Node >= 22.12 (node@24 from the npm registry), pnpm 12.4.2, Debian's Chromium, LibreOffice,
# poppler-utils (pdftotext/pdftoppm), nginx and fonts with Vietnamese glyphs.
set -euo pipefail

log() { printf '\n[install] %s\n' "$*"; }

need_node() {
  command -v node >/dev/null 2>&1 || return 0
  local v; v=$(node -p 'process.versions.node')
  node -e "const [a,b]=process.versions.node.split('.').map(Number);process.exit(a>22||(a===22&&b>=12)?1:0)" && return 0
  return 1
}
if need_node; then
  log "Node $(node --version 2>/dev/null || echo none) is older than 22.12: installing node@24 from the npm registry"
  npm i -g --prefix /usr/local --allow-scripts=node node@24 || npm i -g --prefix /usr/local node@24
  hash -r
fi
export PATH="/usr/local/bin:$PATH"
log "node $(node --version)"

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "12.4.2" ]; then
  log "installing pnpm 12.4.2"
  npm i -g --prefix /usr/local pnpm@12.4.2
  hash -r
fi
log "pnpm $(pnpm --version)"

# Vietnamese letters beyond ASCII (ă â đ ĩ ũ ơ ư and the toned ones): every style of the Times-metric font the
# official PDF uses must have them, or LibreOffice takes single letters from another font inside a word. A
# "liberation" folder proves nothing: Debian's fonts-liberation 1.x lacks them, fonts-liberation2 has them.
vietnamese_charset='102-103 110-111 128-129 168-169 1a0-1a1 1af-1b0 1ea0-1ef9'
has_vietnamese_times_font() {
  command -v fc-list >/dev/null 2>&1 || return 1
  [ "$(fc-list ":family=Liberation Serif:charset=$vietnamese_charset" style | grep -cE 'style=(Regular|Bold|Italic|Bold Italic)(,|$)')" -ge 4 ]
}

pkgs=()
command -v chromium >/dev/null 2>&1 || pkgs+=(chromium)
command -v soffice >/dev/null 2>&1 || pkgs+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || pkgs+=(poppler-utils)
command -v nginx >/dev/null 2>&1 || pkgs+=(nginx-light)
has_vietnamese_times_font || pkgs+=(fontconfig fonts-liberation2)
[ -d /usr/share/fonts/truetype/noto ] || pkgs+=(fonts-noto-core)
[ -d /usr/share/fonts/truetype/dejavu ] || pkgs+=(fonts-dejavu-core)
command -v systemd-analyze >/dev/null 2>&1 || pkgs+=(systemd)
command -v pg_dump >/dev/null 2>&1 || pkgs+=(postgresql-client)
if [ ${#pkgs[@]} -gt 0 ]; then
  log "apt-get install ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
fi
log "chromium: $(chromium --version 2>/dev/null | head -1)"
if ! has_vietnamese_times_font; then
  echo "[install] Liberation Serif still lacks Vietnamese letters after installing fonts-liberation2:" >&2
  fc-list ':family=Liberation Serif' file style >&2 || true
  exit 1
fi
log "font: $(dpkg-query -W -f='${Package} ${Version}' fonts-liberation2 2>/dev/null), Vietnamese letters in all 4 styles of Liberation Serif"
log "soffice: $(soffice --version 2>/dev/null | head -1)"

# PostgreSQL: the node-svc machines start one; a bare machine gets Debian's, with trust auth on loopback.
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "installing PostgreSQL (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql
  hba=$(ls /etc/postgresql/*/main/pg_hba.conf | head -1)
  sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/; s/^(local\s+all\s+(postgres|all)\s+)\S+/\1trust/' "$hba"
fi
