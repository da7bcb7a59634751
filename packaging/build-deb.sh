#!/usr/bin/env bash
# Builds target/packaging/bivouac_<version>_<arch>.deb: the binary, the hardened systemd unit,
# a default /etc/bivouac/bivouac.toml (data in /var/lib/bivouac), README. Installing it creates the
# `bivouac` system user and enables and starts the service; upgrading restarts it; purging removes
# config, data and user without asking.
#
#   packaging/build-deb.sh                  # builds the release binary first
#   packaging/build-deb.sh --binary PATH    # packages an existing binary
#   packaging/build-deb.sh --out DIR        # writes the .deb into DIR
#   packaging/build-deb.sh --fast           # light compression (for tests)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="" out="target/packaging" compress=()
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    --fast) compress=(-Zgzip -z1); shift ;;
    --out) out=$2; shift 2 ;;
    *) echo "build-deb.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
arch=$(dpkg --print-architecture)
if [ -z "$binary" ]; then
  cargo build --release --locked
  binary=target/release/bivouac
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
chmod 755 "$root"
install -Dm755 "$binary" "$root/usr/bin/bivouac"
install -Dm644 systemd/bivouac.service "$root/lib/systemd/system/bivouac.service"
install -Dm644 systemd/bivouac.toml "$root/etc/bivouac/bivouac.toml"
install -Dm600 systemd/bivouac.env "$root/etc/bivouac/bivouac.env"
install -Dm644 README.md "$root/usr/share/doc/bivouac/README.md"
install -d "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: bivouac
Version: $version
Architecture: $arch
Maintainer: Bivouac <bivouac@localhost>
Section: net
Priority: optional
Depends: libc6 (>= 2.31), passwd
Installed-Size: $(du -sk "$root" | cut -f1)
Homepage: https://localhost/bivouac
Description: a company's own messenger in one executable
 Channels, direct and group chats, threads, people, departments and roles,
 email invitations; one binary and one data file, run as a systemd service.
CONTROL
printf '/etc/bivouac/bivouac.toml\n/etc/bivouac/bivouac.env\n' > "$root/DEBIAN/conffiles"
install -m755 packaging/deb/postinst packaging/deb/prerm packaging/deb/postrm "$root/DEBIAN/"
mkdir -p "$out"
deb="$out/bivouac_${version}_${arch}.deb"
dpkg-deb --root-owner-group "${compress[@]}" --build "$root" "$deb" >/dev/null
echo "$deb"
