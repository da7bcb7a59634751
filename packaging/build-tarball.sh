#!/usr/bin/env bash
# Builds target/packaging/bivouac-<version>-linux-<arch>.tar.gz: the binary, the systemd unit, an
# example config and environment file, README and install.sh.
#
#   packaging/build-tarball.sh [--binary PATH] [--out DIR] [--fast]
#   (--fast: light compression, for tests)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="" out="target/packaging" level=-6
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    --fast) level=-1; shift ;;
    --out) out=$2; shift 2 ;;
    *) echo "build-tarball.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
arch=$(uname -m)
if [ -z "$binary" ]; then
  cargo build --release --locked
  binary=target/release/bivouac
fi
name="bivouac-$version-linux-$arch"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
install -m755 "$binary" "$stage/$name/bivouac"
install -m644 systemd/bivouac.service systemd/bivouac.toml systemd/bivouac.env README.md "$stage/$name/"
install -m755 packaging/install.sh "$stage/$name/"
mkdir -p "$out"
tar -C "$stage" -cf - "$name" | gzip "$level" > "$out/$name.tar.gz"
echo "$out/$name.tar.gz"
