#!/bin/bash
# Product smoke test: unpacks the product archive into a fresh folder, starts `wirebench` on the sample
# capture under its own Xvfb, waits for the window (xdotool), saves a screenshot into target/, then runs
# `wb` with no DISPLAY. Fails if the window never appears or `wb` misbehaves.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
target="$here/target"
archive=$(ls "$target"/products/wirebench-*-linux.gtk.x86_64.tar.gz)
work="$target/smoke"
rm -rf "$work" && mkdir -p "$work/home"
tar xzf "$archive" -C "$work"
product="$work/wirebench"
export HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache"
sample="$top/samples/daq-readout.pcapng"
# the workbench opens a real capture written by others: the corpus beside the repository (the sample without it)
corpus_capture="${WIREBENCH_CORPUS:-$top/../shared/corpus}/captures/chrissanders-packets/http_espn_fail.pcapng"

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

# --- the Windows and macOS products: their SWT and their launchers are in (they cannot run here) ---
unzip -l "$target"/products/wirebench-*-win32.win32.x86_64.zip > "$work/win32.list"
for f in wirebench/wb.cmd wirebench/wirebench.cmd wirebench/lib/find-java.cmd 'wirebench/plugins/org.eclipse.swt.win32.win32.x86_64_'; do
    grep -q "$f" "$work/win32.list" || fail "the Windows archive lacks $f"
done
! grep -q 'swt.gtk' "$work/win32.list" || fail "the Windows archive carries the GTK SWT"
tar tzf "$target"/products/wirebench-*-macosx.cocoa.aarch64.tar.gz > "$work/macosx.list"
for f in Contents/Eclipse/wb Contents/Eclipse/wirebench 'Contents/Eclipse/plugins/org.eclipse.swt.cocoa.macosx.aarch64_'; do
    grep -q "$f" "$work/macosx.list" || fail "the macOS archive lacks $f"
done
echo "smoke: the Windows and macOS archives hold their SWT and launchers"

# --- wb, headless: no display at all ---
out=$(env -u DISPLAY "$product/wb" --version) || fail "wb --version exited $?"
[[ $out == "wb version 0.1.0."* ]] || fail "wb --version printed: $out"
env -u DISPLAY "$product/wb" --help | grep -q '^Usage: wb' || fail "wb --help"
set +e
err=$(env -u DISPLAY "$product/wb" --no-such-option 2>&1 >/dev/null); code=$?
set -e
[ $code -eq 2 ] || fail "wb --no-such-option exited $code, not 2"
[[ $err == "wb: unknown option --no-such-option"* ]] || fail "usage error printed: $err"
ln -s "$product/wb" "$work/wb-link"
"$work/wb-link" --version | grep -q '^wb version' || fail "wb through a symbolic link"
echo "smoke: wb --version (also through a symbolic link), --help and a usage error behave (no DISPLAY)"

# --- no Java 21+: a clear message. Hide the JDKs in a private mount namespace (needs root) ---
if [ "$(id -u)" -eq 0 ] && unshare -m true 2>/dev/null; then
    mkdir -p "$work/no-jdk"
    set +e
    err=$(unshare -m sh -c "mount --bind '$work/no-jdk' /usr/lib/jvm && env -u JAVA_HOME PATH=/usr/bin:/bin '$product/wb' --version" 2>&1)
    code=$?
    set -e
    [ $code -eq 1 ] || fail "wb without a JDK exited $code, not 1: $err"
    [[ $err == "wb: no Java 21 or newer found"* ]] || fail "wb without a JDK printed: $err"
    echo "smoke: without a JDK 21+ the launcher says so"
else
    echo "smoke: not root, the missing-JDK message is not checked"
fi

# --- the workbench under Xvfb ---
exec 3< <(Xvfb -displayfd 1 -screen 0 1280x1024x24 -nolisten tcp 2>"$work/xvfb.log")
read -r -t 30 display <&3 || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
xvfb_pid=$!
export DISPLAY=":$display"
opened=$sample
if [ -f "$corpus_capture" ]; then
    opened=$corpus_capture
elif [ "${CI:-}" = true ]; then
    fail "the corpus is missing under CI: $corpus_capture"
else
    echo "smoke: corpus not found at $corpus_capture, the workbench opens the sample instead"
fi
"$product/wirebench" "$opened" >"$work/wirebench.log" 2>&1 &
app_pid=$!
cleanup() { kill "$app_pid" "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
window=
for _ in $(seq 1 240); do
    window=$(xdotool search --onlyvisible --name '^Wirebench' 2>/dev/null | head -1) && [ -n "$window" ] && break
    kill -0 "$app_pid" 2>/dev/null || fail "wirebench exited before its window appeared: $(cat "$work/wirebench.log")"
    sleep 0.5
done
[ -n "$window" ] || fail "no Wirebench window after 120 s: $(cat "$work/wirebench.log")"
sleep 5 # the capture editor opens, indexes and selects the first packet
import -window root "$target/smoke-wirebench.png"
! grep -q 'Exception' "$work/wirebench.log" || fail "the workbench logged an exception: $(cat "$work/wirebench.log")"
echo "smoke: window '$(xdotool getwindowname "$window")' appeared with $(basename "$opened") open; screenshot $target/smoke-wirebench.png"
