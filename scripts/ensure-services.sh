#!/usr/bin/env bash
# Checks that PostgreSQL, Redis and RabbitMQ answer on loopback, starting each one that does not.
set -u
wait_for() { # name, attempts, command...
  local name=$1 tries=$2; shift 2
  for _ in $(seq "$tries"); do "$@" >/dev/null 2>&1 && { echo "$name: up"; return 0; }; sleep 1; done
  echo "$name: not answering"; return 1
}

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi
wait_for postgresql 30 pg_isready -q -h 127.0.0.1 -p 5432 || exit 1

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
fi
wait_for redis 30 redis-cli -h 127.0.0.1 -p 6379 ping || exit 1

if ! rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
  rabbitmq-server -detached || true
fi
wait_for rabbitmq 90 rabbitmq-diagnostics -q check_port_connectivity || exit 1
