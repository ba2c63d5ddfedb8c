# Sourced by first-deploy-smoke.sh before the runbook's blocks: what systemd and the system's nginx do on a real
# server, for a CI container where neither runs. Nothing here changes what the runbook's commands are.
smoke_units=$SMOKE_DIR/units
mkdir -p "$smoke_units"

systemctl() {
  local verb=$1
  shift
  case "$verb" in
    daemon-reload) return 0 ;;
    enable)
      if [ "${1:-}" = --now ]; then
        shift
        local u
        for u in "$@"; do smoke_start "$u"; done
      fi
      ;;
    start | restart)
      local u
      for u in "$@"; do
        smoke_stop "$u"
        smoke_start "$u"
      done
      ;;
    stop)
      local u
      for u in "$@"; do smoke_stop "$u"; done
      ;;
    reload) [ "$1" = nginx ] && smoke_nginx_reload ;;
    *)
      echo "smoke: systemctl $verb is not emulated" >&2
      return 1
      ;;
  esac
}

smoke_start() {
  case "$1" in
    nginx | nginx.service) smoke_nginx_reload ;;
    *.timer) return 0 ;; # a timer only schedules its service; the runbook starts that service itself
    *) bash "$SMOKE_REPO/infra/smoke/run-unit.sh" "/etc/systemd/system/${1%.service}.service" "$smoke_units" ;;
  esac
}

smoke_stop() {
  local pidfile="$smoke_units/${1%.service}.pid"
  if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; fi
  rm -f "$pidfile"
}

# The system's nginx is the copy in NGINX_DIR.
nginx() { command nginx -c "$NGINX_DIR/nginx.conf" "$@"; }
smoke_nginx_reload() {
  if [ -f "$NGINX_DIR/nginx.pid" ] && kill -0 "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null; then
    command nginx -c "$NGINX_DIR/nginx.conf" -s reload
  else
    command nginx -c "$NGINX_DIR/nginx.conf"
  fi
}
