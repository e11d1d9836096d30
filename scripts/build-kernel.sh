#!/bin/bash
# build-kernel.sh VARIANT: build bzImage in build/obj (shared by every
# variant, so switching rebuilds only what changed; ccache when present)
# and keep a copy in build/kernels/VARIANT/. A config with modules
# (Kconfig.mmtests) also builds them and installs them, stripped, in
# build/kernels/VARIANT/modules/ (lib/modules/RELEASE/...).
. "$(dirname "$0")/lib.sh"

variant=${1:?usage: build-kernel.sh VARIANT}
t=$(tree_dir)
out=$KERNELS/$(vname "$variant")
log=$LOGS/build-$(vname "$variant").log
cc=gcc
command -v ccache >/dev/null && cc="ccache gcc"
mkdir -p "$out" "$LOGS"
say "building $variant kernel (make -j$JOBS, log: $log)"
start=$(now)
targets=bzImage
mods=0
grep -qx 'CONFIG_MODULES=y' "$OBJ/.config" && mods=1 targets="bzImage modules"
# shellcheck disable=SC2086  # $targets is a list
make -C "$t" O="$OBJ" ARCH=x86_64 CC="$cc" -j"$JOBS" $targets >"$log" 2>&1 &
pid=$!
# Progress: a line every 500 compiler steps.
last=0
while kill -0 $pid 2>/dev/null; do
	sleep 5
	n=$(grep -c '^  [A-Z]' "$log" || true)
	if [ "$((n / 500))" -gt "$((last / 500))" ]; then
		echo "    ... $n steps"
	fi
	last=$n
done
if ! wait $pid; then
	grep -E 'error:|Error [0-9]' "$log" | head -n 20 >&2 || true
	die "$variant kernel build failed, see $log"
fi
if grep -E '^[^ ]+:[0-9]+:[0-9]+: warning:' "$log" | grep -vE '^(/usr|scripts/)' | sed -n 1,5p | grep .; then
	warn "compiler warnings in $variant (above; full log $log)"
fi
cp "$OBJ/arch/x86/boot/bzImage" "$out/bzImage"
cp "$OBJ/.config" "$out/config"
if [ $mods = 1 ]; then
	rm -rf "$out/modules"
	make -C "$t" O="$OBJ" ARCH=x86_64 INSTALL_MOD_PATH="$out/modules" \
		INSTALL_MOD_STRIP=1 modules_install >>"$log" 2>&1 ||
		die "$variant: modules_install failed, see $log"
fi
say "built $variant in $(($(now) - start)) s"
