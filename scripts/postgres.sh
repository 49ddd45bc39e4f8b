#!/usr/bin/env bash
# Starts (or stops) the project's own PostgreSQL on loopback: scripts/postgres.sh [start|stop]
source "$(dirname "$0")/lib.sh"
case "${1:-start}" in
  start) pg_start; echo "$ConnectionStrings__OutlookCms" ;;
  stop) pg_stop ;;
  *) echo "usage: scripts/postgres.sh [start|stop]" >&2; exit 2 ;;
esac
