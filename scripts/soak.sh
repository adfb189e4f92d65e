#!/usr/bin/env bash
# soak.sh: the simulator at full speed for a long run in each dimension (1-D mixture2, then 2-D ring8, 500 steps a
# frame, playing), under Xvfb, with the frame log and the GC log; then a summary of heap and steady frame times.
# Not part of `mvn verify`. Usage (from the project root):
#   scripts/soak.sh [MINUTES_PER_DIMENSION (default 30)] [OUT_DIR (default target/soak)]
#   SOAK_NICE=10 scripts/soak.sh 30     # be kind to a shared machine (the figures then say so)
#   SOAK_BUILD=0 ...                    # reuse target/gan-classroom.jar instead of building it
#   SOAK_SUMMARY_ONLY=1 ...             # only summarise the logs already in OUT_DIR
# The app gets its own empty config folder under OUT_DIR, never the user's.
set -u
minutes=${1:-30}
out=${2:-target/soak}
nice_level=${SOAK_NICE:-0}
case "$minutes" in ''|*[!0-9]*) echo "soak.sh: minutes must be a whole number, not '$minutes'" >&2; exit 2 ;; esac
command -v Xvfb >/dev/null || { echo "soak.sh: needs Xvfb (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
mkdir -p "$out"
if [ "${SOAK_BUILD:-1}" != 0 ] || [ ! -f target/gan-classroom.jar ]; then
  mvn -o -q -B package -DskipTests || { echo "soak.sh: the build failed" >&2; exit 2; }
fi
cp target/gan-classroom.jar "$out/gan-classroom.jar" # a build during the run must not change the jar under the app
disp=:$((60 + RANDOM % 20))
Xvfb "$disp" -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill "$xvfb" 2>/dev/null' EXIT
sleep 1

run() { # run DIM PRESET
  local dim=$1 preset=$2
  rm -f "$out/$dim.frames.log" "$out/$dim.gc.log"
  rm -rf "$out/$dim.config"; mkdir -p "$out/$dim.config"
  echo "soak.sh: $dim ($preset) for $minutes min, nice $nice_level, started $(date -u +%H:%M:%SZ)"
  DISPLAY=$disp timeout --signal=TERM "$((minutes * 60))" nice -n "$nice_level" java \
      -Dganclassroom.configDir="$out/$dim.config" -Dganclassroom.frameLog="$out/$dim.frames.log" \
      -Xlog:gc:file="$out/$dim.gc.log":uptime \
      -jar "$out/gan-classroom.jar" --open simulator --preset "$preset" --autoplay --speed 500 \
      >"$out/$dim.out" 2>&1
  local rc=$?
  [ "$rc" = 124 ] || echo "soak.sh: $dim: the app ended early (exit $rc); see $out/$dim.out"
}

summary() { # summary DIM: frame-log and GC-log figures, in blocks of a sixth of the run
  local dim=$1 log="$out/$1.frames.log" gc="$out/$1.gc.log"
  if [ ! -s "$log" ]; then echo "$dim: no frame log"; return; fi
  awk -v dim="$dim" -v secs="$((minutes * 60))" '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      t = v["t"]; sub("s", "", t); t += 0; step = v["step"]; heap = v["heapUsed"]; sub("MB", "", heap); heap += 0
      b = int(t * 6 / secs); if (b > 5) b = 5
      if (!(b in lo) || heap < lo[b]) lo[b] = heap; if (!(b in hi) || heap > hi[b]) hi[b] = heap
      if (t >= 60) { w = $0; sub(/.*interval /, "", w); split(w, q, "[ =]"); p99 = q[6] + 0   # this window p99
                     if (!(b in wlo) || p99 < wlo[b]) wlo[b] = p99; if (!(b in whi) || p99 > whi[b]) whi[b] = p99 }
      fps[n++] = v["fps"]; last = $0; lastT = t; lastStep = step }
    END {
      split(last, parts, "steady "); steady = parts[2]
      printf "%s: %d log lines, %d steps in %d s (%.0f steps/s), last fps %s\n", dim, n, lastStep, lastT, lastStep / lastT, fps[n-1]
      printf "%s: steady frame interval (every frame after the first minute): %s\n", dim, steady
      printf "%s: heap in use (frame-log samples) per sixth of the run:", dim
      for (b = 0; b < 6; b++) if (b in lo) printf " [%d-%d MB]", lo[b], hi[b]; printf "\n"
      printf "%s: p99 of each 1 024-frame window after the first minute, lowest-highest per sixth:", dim
      for (b = 0; b < 6; b++) if (b in wlo) printf " [%.1f-%.1f ms]", wlo[b], whi[b]; printf "\n" }' "$log"
  if [ -s "$gc" ]; then
    awk -v dim="$dim" -v secs="$((minutes * 60))" '
      /Pause/ && /->/ { t = $1; gsub(/[\[\]s]/, "", t); m = $0; sub(/.*->/, "", m); sub(/M.*/, "", m)
        b = int(t * 6 / secs); if (b > 5) b = 5; n++
        if (!(b in lo) || m + 0 < lo[b]) lo[b] = m + 0; if (!(b in hi) || m + 0 > hi[b]) hi[b] = m + 0 }
      END { printf "%s: heap after each GC pause (%d pauses) per sixth of the run:", dim, n
            for (b = 0; b < 6; b++) if (b in lo) printf " [%d-%d MB]", lo[b], hi[b]; printf "\n" }' "$gc"
  fi
  # JavaFX may drop a queued paint while it shuts down on the TERM at the end (RejectedExecutionException): not ours
  if grep -v "Gdk-WARNING" "$out/$dim.out" | grep -v "RejectedExecutionException" | grep -qiE "exception|error"; then
    echo "$dim: the app printed errors:"; grep -v "Gdk-WARNING" "$out/$dim.out" | grep -iE -m 10 "exception|error"
  fi
}

if [ "${SOAK_SUMMARY_ONLY:-0}" = 0 ]; then # SOAK_SUMMARY_ONLY=1: summarise the logs already in OUT_DIR
  run 1d mixture2
  run 2d ring8
fi
{ echo "soak.sh: $minutes min per dimension, nice $nice_level, $(date -u +%Y-%m-%dT%H:%MZ), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  summary 1d; summary 2d; } | tee "$out/summary.txt"
