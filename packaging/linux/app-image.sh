#!/usr/bin/env bash
# Makes a jpackage app-image with the desk's java options and an AppCDS archive recorded by a
# training run. Used for the desk (build-installer.sh) and, unchanged, for the hello-world of the
# start-up benchmark (bench/startup-benchmark.sh): both get the same options and the same CDS steps.
#
#   app-image.sh NAME INPUT_DIR MAIN_JAR MAIN_CLASS DEST_DIR [ARGS OF THE TRAINING RUN...]
#
# 1. jpackage --type app-image, its runtime made by jlink with --generate-cds-archive (the JDK's own
#    classes in a base archive: without it the runtime has none and no app archive can be made).
# 2. A training run of the image's own launcher with -XX:ArchiveClassesAtExit: it starts the app up
#    to its usable first screen (-Dmacexpress.readyMarker=exit closes it there) and, at exit, the JVM
#    writes every class loaded so far (the app's, JavaFX's, the libraries') to lib/app/NAME.jsa.
# 3. The launcher's lib/app/NAME.cfg gets -XX:SharedArchiveFile=$APPDIR/NAME.jsa.
# The training run needs a display: $DISPLAY, or an Xvfb started here if there is one. Without
# either, the image is made without the archive (and says so).
# Extra java options (e.g. -Dprism.order=sw for Xvfb) can be given in EXTRA_JAVA_OPTIONS.
set -euo pipefail
name="$1" input="$2" main_jar="$3" main_class="$4" dest="$5"
shift 5

# Sized for a 4 GB counter PC with 2 cores (packaging/README.md has the measurements):
#  - SerialGC: no parallel GC threads and the smallest GC footprint; pauses are short with a small heap.
#  - Xmx256m: the desk with 200 attentions uses well under 100 MB of heap; Xms16m keeps the idle
#    heap (and so the resident memory) small, it grows on demand.
#  - MaxNewSize=8m: the young generation otherwise grows with the heap to ~25 MB, all of it touched and
#    resident while the desk idles at sign-in; capped, the desk holds ~6 MB less (measured).
#  - TieredStopAtLevel=1: C1 only; a desk app's hot paths are short, C2's compile threads cost
#    start-up CPU and memory on 2 cores.
#  - Xshare:auto (the default): if the archive cannot be used (e.g. a jar changed), the JVM starts
#    without it instead of failing.
java_options=(-XX:+UseSerialGC -Xms16m -Xmx256m -XX:MaxNewSize=8m -XX:TieredStopAtLevel=1 -Xshare:auto
              # Kiosk users may have no writable home: JavaFX unpacks its native libraries here instead.
              '-Djavafx.cachedir=$APPDIR/../javafx-cache'
              -Dprism.order=es2,sw)
# shellcheck disable=SC2206
extra=(${EXTRA_JAVA_OPTIONS:-})

# jpackage lists every jar of the input in the launcher's class path; a Class-Path in the main jar's
# manifest (there for `java -jar`) would add each one a second time, and the CDS archive records
# that longer path: the JVM then refuses the archive once the image is moved (installed elsewhere).
if unzip -p "$input/$main_jar" META-INF/MANIFEST.MF | grep -q '^Class-Path:'; then
  work=$(mktemp -d)
  jar_path=$(cd "$input" && pwd)/$main_jar
  (cd "$work" && jar xf "$jar_path")
  unzip -p "$input/$main_jar" META-INF/MANIFEST.MF | tr -d '\r' \
    | awk '/^Class-Path:/ {skip=1; next} skip && /^ / {next} {skip=0; print}' > "$work.mf"
  rm "$work/META-INF/MANIFEST.MF"
  jar --create --file "$input/$main_jar" --manifest "$work.mf" -C "$work" .
  rm -f "$work.mf"
  rm -rf "$work"
fi

# xerial's SQLite driver writes its native library (~1 MB) to the temp folder at every start, and
# where that folder is mounted noexec (kiosks often are) it cannot load it: no database at all. An app
# that ships SQLite carries the library unpacked in the image and the driver loads it from there.
sqlite_jar=$(find "$input" -name 'sqlite-jdbc-*.jar' | head -1)
if [ -n "$sqlite_jar" ]; then
  case "$(uname -m)" in
    x86_64|amd64) sqlite_arch=x86_64 ;;
    aarch64|arm64) sqlite_arch=aarch64 ;;
    *) sqlite_arch="" ;;
  esac
  rm -rf "$input/native"
  if [ -n "$sqlite_arch" ] \
     && unzip -q -j -o "$sqlite_jar" "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" -d "$input/native"; then
    extra+=('-Dorg.sqlite.lib.path=$APPDIR/native' -Dorg.sqlite.lib.name=libsqlitejdbc.so)
  else
    echo "app-image.sh: no SQLite native library for $(uname -m) in $sqlite_jar: the driver unpacks it at run time" >&2
  fi
fi

args=(--type app-image --name "$name" --input "$input" --main-jar "$main_jar" --main-class "$main_class"
      --dest "$dest"
      --jlink-options '--strip-debug --no-man-pages --no-header-files --generate-cds-archive')
for o in "${java_options[@]}" "${extra[@]}"; do
  args+=(--java-options "$o")
done
if [ -n "${APP_VERSION:-}" ]; then
  args+=(--app-version "$APP_VERSION")
fi
rm -rf "${dest:?}/$name"
jpackage "${args[@]}"

image="$dest/$name"
archive="$image/lib/app/$name.jsa"
cfg="$image/lib/app/$name.cfg"

. "$(dirname "$0")/xvfb.sh"
if [ -z "${DISPLAY:-}" ]; then
  echo "app-image.sh: no display and no Xvfb: $name is made WITHOUT a class-data archive" >&2
  exit 0
fi
# The archive records the jars' paths and Java 17 refuses it when they differ at run time (a moved
# image starts without it: measured). An installer therefore records it with the image at its
# installed path: TRAIN_AT=/opt/macexpress-desk (must not exist yet; the image is copied there for
# the training run and removed after).
run_dir="$image"
if [ -n "${TRAIN_AT:-}" ]; then
  if [ -e "$TRAIN_AT" ]; then
    echo "app-image.sh: $TRAIN_AT exists (an installed copy?): not touching it; $name has no archive" >&2
    exit 1
  fi
  mkdir -p "$(dirname "$TRAIN_AT")"
  cp -a "$image" "$TRAIN_AT"
  run_dir="$TRAIN_AT"
fi
# The training run: JAVA_TOOL_OPTIONS reaches the JVM of a jpackage launcher (JDK_JAVA_OPTIONS does not).
if JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$run_dir/lib/app/$name.jsa -Dmacexpress.readyMarker=exit" \
   timeout 180 "$run_dir/bin/$name" "$@" > "$dest/$name-training.log" 2>&1 \
   && [ -s "$run_dir/lib/app/$name.jsa" ]; then
  if [ "$run_dir" != "$image" ]; then
    cp -p "$run_dir/lib/app/$name.jsa" "$archive"
  fi
  # [JavaOptions] is the cfg's last section: one more line there.
  printf 'java-options=-XX:SharedArchiveFile=$APPDIR/%s.jsa\n' "$name" >> "$cfg"
  echo "app-image.sh: $image with class-data archive $(du -h "$archive" | cut -f1)"
else
  echo "app-image.sh: the training run failed (see $dest/$name-training.log): $name has no archive" >&2
fi
if [ "$run_dir" != "$image" ]; then
  rm -rf "$run_dir"
fi
if [ -n "$xvfb_pid" ]; then
  kill "$xvfb_pid"
fi
