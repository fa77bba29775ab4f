#!/usr/bin/env bash
# An OpenSSH server of its own for the SFTP suites (the poller and the sftp destination talk to a
# real peer): 127.0.0.1:2022, key login only, account paxgate-sftp whose authorized key is
# /var/lib/paxgate-sshd/client_key.pub. Idempotent: installs, creates and starts only what is
# missing. Needs root. Shared by concurrent test runs: each test works in its own subdirectory.
set -u
dir=/var/lib/paxgate-sshd
user=paxgate-sftp
port=2022

answers() { # the server's SSH banner, not just an open port
  timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port && head -c 4 <&3" 2>/dev/null | grep -q '^SSH-'
}

if [ ! -x /usr/sbin/sshd ]; then
  # policy-rc.d (if present) keeps the package from starting a system sshd on port 22.
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y openssh-server || exit 1
fi

mkdir -p "$dir" /run/sshd
chmod 0755 "$dir"
[ -f "$dir/ssh_host_ed25519_key" ] || ssh-keygen -q -t ed25519 -N '' -C paxgate-test-sshd -f "$dir/ssh_host_ed25519_key" || exit 1
[ -f "$dir/client_key" ] || ssh-keygen -q -t ed25519 -N '' -C paxgate-e2e -f "$dir/client_key" || exit 1
chmod 0600 "$dir/client_key"

if ! id -u "$user" >/dev/null 2>&1; then
  useradd --system --user-group --home-dir "$dir/home" --no-create-home --shell /usr/sbin/nologin "$user" || exit 1
fi
# '*' instead of the locked '!': with UsePAM no, sshd refuses a locked account even with a key.
usermod -p '*' "$user"
# No chroot: the account's home is its own (sshd only demands that of a chroot's parents).
mkdir -p "$dir/home"
chown "$user:$user" "$dir/home"
chmod 0755 "$dir/home"
mkdir -p "$dir/authorized_keys"
install -m 0644 -o root -g root "$dir/client_key.pub" "$dir/authorized_keys/$user"

config=$(cat <<EOF
# Written by scripts/ensure-test-sshd.sh: the SFTP peer of paxgate's tests, loopback only.
ListenAddress 127.0.0.1
Port $port
HostKey $dir/ssh_host_ed25519_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys/%u
AllowUsers $user
PermitRootLogin no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
DisableForwarding yes
PermitTTY no
ForceCommand internal-sftp
Subsystem sftp internal-sftp
MaxStartups 100:30:200
MaxSessions 20
EOF
)
if [ "$(cat "$dir/sshd_config" 2>/dev/null)" != "$config" ]; then
  printf '%s\n' "$config" > "$dir/sshd_config"
  /usr/sbin/sshd -t -f "$dir/sshd_config" || exit 1
  # A running server rereads its configuration on SIGHUP.
  if answers && [ -s "$dir/sshd.pid" ]; then kill -HUP "$(cat "$dir/sshd.pid")"; sleep 1; fi
fi

if ! answers; then
  /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log" || exit 1
fi
for _ in $(seq 30); do answers && { echo "sshd (test SFTP peer): up"; exit 0; }; sleep 1; done
echo "sshd (test SFTP peer): not answering on 127.0.0.1:$port"
exit 1
