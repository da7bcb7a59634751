#!/bin/sh
# Installs Bivouac from this unpacked tarball as a systemd service:
#   /usr/local/bin/bivouac, /etc/systemd/system/bivouac.service, /etc/bivouac/bivouac.toml,
#   the `bivouac` system user, data in /var/lib/bivouac; then enables and (re)starts it.
# Running it again is an upgrade: binary and unit are replaced, configuration and data kept.
# DESTDIR=/some/dir installs into a directory instead and starts nothing (for packagers, tests).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest="${DESTDIR:-}"
say() { echo "install.sh: $*"; }
if [ -z "$dest" ] && [ "$(id -u)" != 0 ]; then
  echo "install.sh: run as root (sudo ./install.sh)" >&2
  exit 1
fi
say "binary -> $dest/usr/local/bin/bivouac"
install -D -m755 "$here/bivouac" "$dest/usr/local/bin/bivouac"
say "systemd unit -> $dest/etc/systemd/system/bivouac.service"
mkdir -p "$dest/etc/systemd/system"
sed 's#/usr/bin/bivouac#/usr/local/bin/bivouac#' "$here/bivouac.service" > "$dest/etc/systemd/system/bivouac.service"
mkdir -p "$dest/etc/bivouac"
if [ -f "$dest/etc/bivouac/bivouac.toml" ]; then
  say "keeping the existing $dest/etc/bivouac/bivouac.toml"
else
  say "default configuration -> $dest/etc/bivouac/bivouac.toml (set base_url and [smtp] there)"
  install -m644 "$here/bivouac.toml" "$dest/etc/bivouac/bivouac.toml"
fi
[ -f "$dest/etc/bivouac/bivouac.env" ] || install -m600 "$here/bivouac.env" "$dest/etc/bivouac/bivouac.env"
if [ -n "$dest" ]; then
  say "DESTDIR set: not creating the user or starting the service"
  exit 0
fi
if id bivouac >/dev/null 2>&1; then
  say "system user bivouac exists"
else
  say "creating the system user bivouac"
  useradd --system --user-group --home-dir /var/lib/bivouac --no-create-home --shell /usr/sbin/nologin bivouac
fi
systemctl daemon-reload
systemctl enable bivouac.service >/dev/null
if systemctl is-active --quiet bivouac.service; then
  say "restarting bivouac (upgrade)"
  systemctl restart bivouac.service
else
  say "starting bivouac"
  systemctl start bivouac.service
fi
say "done. The one-time setup link: sudo journalctl -u bivouac | grep setup"
say "(or sudo cat /var/lib/bivouac/setup-link.txt), then set base_url and SMTP in /etc/bivouac/bivouac.toml"
