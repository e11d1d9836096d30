#!/bin/bash
# fetch.sh: download the TREE's package (trees.conf) from Debian with a
# private apt sources list and state in build/apt/, check its version and
# sha256, and extract its source tarball to build/apt/PACKAGE.tar.xz. The
# machine's apt configuration is read (for the mirror and its key) and
# never changed. Done once; a tarball already extracted is reused.
. "$(dirname "$0")/lib.sh"

[ -f "$TREE_TARBALL" ] && [ -f "$TREE_TARBALL.ok" ] && exit 0
command -v apt-get >/dev/null || die "apt-get missing: fetch $TREE_PACKAGE $TREE_VERSION yourself, or give KERNEL_SRC="

apt=$BUILD/apt
mkdir -p "$apt/parts" "$apt/lists/partial" "$apt/cache/archives/partial"

# The mirror serving the suite: the machine's entry that lists it, else
# the entry of the main archive (a suite without '-', e.g. bookworm), whose
# mirror serves the other suites too (experimental, sid). deb822 sources
# first, one-line sources.list entries after. (The awks read to the end: an
# early exit would SIGPIPE the writer, and pipefail end this script.)
entry=$(
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] && cat "$f" && echo
	done | awk -v s="$TREE_SUITE" '
		BEGIN { RS = ""; FS = "\n" }
		{
			u = ""; k = ""; su = ""
			for (i = 1; i <= NF; i++) {
				if ($i ~ /^URIs:/) { u = $i; sub(/^URIs: */, "", u); sub(/ .*/, "", u) }
				if ($i ~ /^Signed-By:/) { k = $i; sub(/^Signed-By: */, "", k) }
				if ($i ~ /^Suites:/) { su = " " $i " "; sub(/^ Suites:/, "", su) }
			}
			if (u !~ /^https?:/) next
			if (!found && index(su, " " s " ")) { print u, k; found = 1 }
			if (main == "" && su ~ / [a-z]+ /) main = u " " k
		}
		END { if (!found && main != "") print main }'
)
if [ -z "$entry" ]; then
	entry=$(sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\(https\{0,1\}:[^ ]*\) \([a-z]*\) .*/\2 \3/p' \
		/etc/apt/sources.list 2>/dev/null | awk -v s="$TREE_SUITE" '
			!found && $2 == s { print $1; found = 1 } main == "" { main = $1 }
			END { if (!found && main != "") print main }')
fi
read -r uri key <<<"$entry"
[ -n "${uri:-}" ] || die "no Debian mirror in /etc/apt/sources.list{,.d/*.sources} to fetch $TREE_PACKAGE from"
key=${key:-/usr/share/keyrings/debian-archive-keyring.gpg}
cat >"$apt/parts/tree.sources" <<EOT
Types: deb
URIs: $uri
Suites: $TREE_SUITE
Components: main
Signed-By: $key
EOT

opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt/parts"
	-o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache"
	-o APT::Sandbox::User=root -qq)
say "fetching $TREE_PACKAGE $TREE_VERSION ($TREE_SUITE, $uri)"
apt-get "${opts[@]}" update >"$apt/update.log" 2>&1 ||
	die "apt-get update of $TREE_SUITE from $uri failed (see $apt/update.log)"
served=$(apt-cache "${opts[@]}" madison "$TREE_PACKAGE" 2>/dev/null | awk -F'|' '{ gsub(/ /, "", $2); print $2 }')
if ! printf '%s\n' "$served" | grep -qxF "$TREE_VERSION"; then
	if [ -z "$served" ]; then
		die "$TREE_SUITE no longer serves $TREE_PACKAGE at all; trees.conf wants $TREE_VERSION"
	fi
	die "$TREE_SUITE serves $TREE_PACKAGE $(echo "$served" | paste -sd, -), no longer $TREE_VERSION (trees.conf)"
fi
deb=$apt/${TREE_PACKAGE}_${TREE_VERSION//:/%3a}_all.deb
if [ ! -f "$deb" ]; then
	(cd "$apt" && apt-get "${opts[@]}" download "$TREE_PACKAGE=$TREE_VERSION") >"$apt/download.log" 2>&1 ||
		die "apt-get download $TREE_PACKAGE=$TREE_VERSION failed (see $apt/download.log)"
fi
[ -f "$deb" ] || die "apt-get download gave no $deb"
sum=$(sha256sum <"$deb" | cut -c1-64)
[ "$sum" = "$TREE_SHA256" ] || die "$deb has sha256 $sum, trees.conf says $TREE_SHA256"
dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/src/$TREE_PACKAGE.tar.xz" >"$TREE_TARBALL.tmp" ||
	die "$deb holds no usr/src/$TREE_PACKAGE.tar.xz"
mv "$TREE_TARBALL.tmp" "$TREE_TARBALL"
touch "$TREE_TARBALL.ok"
say "fetched $TREE_PACKAGE $TREE_VERSION ($(du -h "$deb" | cut -f1))"
