#!/usr/bin/env bash
# Installs the platform's nginx configuration into Debian's nginx (docs/runbooks/first-deploy.md, step "nginx"):
#   snippets/khcn-security-headers.conf, snippets/khcn-public-site.conf, conf.d/khcn.conf,
#   sites-available/khcn-public-site and khcn-admin-site (linked into sites-enabled), and Debian's default site
#   disabled (it would otherwise answer for the public host with "Welcome to nginx!").
# Settings (environment):
#   PUBLIC_HOST, ADMIN_HOST       host names (required)
#   TLS_CERT, TLS_KEY             certificate and key for both hosts (required when nginx terminates TLS)
#   PUBLIC_TLS=1                  1: the public site on HTTPS with a redirect from HTTP; 0: HTTP only (a TLS front)
#   SITE_ROOT=/srv/khcn/site      the releases' folder (nginx serves SITE_ROOT/current)
#   API_ADDRESS=127.0.0.1:3000    the admin API (HOST:PORT of the env file)
#   HTTP_PORT=80 HTTPS_PORT=443   listening ports
#   NGINX_DIR=/etc/nginx          nginx's configuration folder
# Then check and reload: `nginx -t && systemctl reload nginx`.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
: "${PUBLIC_HOST:?install-nginx: set PUBLIC_HOST (the public site host name)}"
: "${ADMIN_HOST:?install-nginx: set ADMIN_HOST (the admin app host name)}"
PUBLIC_TLS=${PUBLIC_TLS:-1}
SITE_ROOT=${SITE_ROOT:-/srv/khcn/site}
API_ADDRESS=${API_ADDRESS:-127.0.0.1:3000}
HTTP_PORT=${HTTP_PORT:-80}
HTTPS_PORT=${HTTPS_PORT:-443}
NGINX_DIR=${NGINX_DIR:-/etc/nginx}
: "${TLS_CERT:?install-nginx: set TLS_CERT (certificate, e.g. /etc/letsencrypt/live/<host>/fullchain.pem)}"
: "${TLS_KEY:?install-nginx: set TLS_KEY (private key)}"
# The request body limit the admin app names: MAX_REQUEST_BODY_MIB in packages/domain/src/records/upload-limits.ts.
MAX_BODY_MIB=$(sed -n 's/^export const MAX_REQUEST_BODY_MIB = \([0-9]*\);$/\1/p' "$here/../packages/domain/src/records/upload-limits.ts")
[ -n "$MAX_BODY_MIB" ] || { echo "install-nginx: MAX_REQUEST_BODY_MIB not found" >&2; exit 1; }

render() {
  sed -e "s#@PUBLIC_HOST@#$PUBLIC_HOST#g" -e "s#@ADMIN_HOST@#$ADMIN_HOST#g" -e "s#@SITE_ROOT@#$SITE_ROOT#g" \
    -e "s#@API_ADDRESS@#$API_ADDRESS#g" -e "s#@HTTP_PORT@#$HTTP_PORT#g" -e "s#@HTTPS_PORT@#$HTTPS_PORT#g" \
    -e "s#@TLS_CERT@#$TLS_CERT#g" -e "s#@TLS_KEY@#$TLS_KEY#g" -e "s#@MAX_BODY_MIB@#$MAX_BODY_MIB#g" "$1"
}

mkdir -p "$NGINX_DIR/snippets" "$NGINX_DIR/conf.d" "$NGINX_DIR/sites-available" "$NGINX_DIR/sites-enabled"
install -m 644 "$here/nginx/security-headers.conf" "$NGINX_DIR/snippets/khcn-security-headers.conf"
render "$here/nginx/public-site-body.conf" > "$NGINX_DIR/snippets/khcn-public-site.conf"
install -m 644 "$here/nginx/khcn-http.conf" "$NGINX_DIR/conf.d/khcn.conf"
if [ "$PUBLIC_TLS" = 1 ]; then public=public-site-tls.conf; else public=public-site.conf; fi
render "$here/nginx/$public" > "$NGINX_DIR/sites-available/khcn-public-site"
render "$here/nginx/admin-site.conf" > "$NGINX_DIR/sites-available/khcn-admin-site"
chmod 644 "$NGINX_DIR/snippets/khcn-public-site.conf" "$NGINX_DIR/sites-available/khcn-public-site" \
  "$NGINX_DIR/sites-available/khcn-admin-site"
ln -sfn ../sites-available/khcn-public-site "$NGINX_DIR/sites-enabled/khcn-public-site"
ln -sfn ../sites-available/khcn-admin-site "$NGINX_DIR/sites-enabled/khcn-admin-site"
if [ -e "$NGINX_DIR/sites-enabled/default" ] || [ -L "$NGINX_DIR/sites-enabled/default" ]; then
  rm -f "$NGINX_DIR/sites-enabled/default"
  echo "install-nginx: Debian's default site disabled (sites-enabled/default removed; sites-available/default kept)"
fi
echo "install-nginx: installed into $NGINX_DIR (public: $public, admin: https://$ADMIN_HOST)"
