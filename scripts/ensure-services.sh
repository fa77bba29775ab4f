#!/usr/bin/env bash
# Checks that PostgreSQL, Redis, RabbitMQ and the test SSH server (SFTP) answer on loopback,
# starting each one that does not.
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
# The MQ channel's AMQP 1.0 flavour is tested through RabbitMQ's AMQP 1.0 plugin (same port).
if ! rabbitmq-plugins -q list -e -m </dev/null 2>/dev/null | grep -qx rabbitmq_amqp1_0; then
  rabbitmq-plugins -q enable rabbitmq_amqp1_0 </dev/null >/dev/null || { echo "rabbitmq: cannot enable rabbitmq_amqp1_0"; exit 1; }
fi
echo "rabbitmq: amqp 1.0 plugin enabled"

# The OpenSSH server the SFTP suites talk to (poller and sftp destination): 127.0.0.1:2022.
bash "$(dirname "$0")/ensure-test-sshd.sh" || exit 1
