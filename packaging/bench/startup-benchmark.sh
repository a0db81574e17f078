#!/usr/bin/env bash
# Start-up and memory benchmark of the packaged desk against a JavaFX hello-world packaged and
# started the same way (issue 10, point 9). Not part of `mvn verify`; see packaging/README.md.
#
#   packaging/bench/startup-benchmark.sh [RUNS] [SETTLE_SECONDS]      (default 7 runs, 5 s)
#
# Builds (in target/bench/): the desk's jar (mvn package, if missing), the hello-world's jar, and an
# app-image of each with packaging/linux/app-image.sh — same java options, same jlink runtime, each
# with its own AppCDS archive recorded by a training run. Seeds a training data folder with 200
# attentions (seed-demo), starts an Xvfb if there is no $DISPLAY, then starts hello and desk
# alternately RUNS times each and prints every run, the medians, the ratios and PASS/FAIL.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
settle="${2:-5}"
bench=target/bench

[ -f target/macexpress-desk.jar ] || mvn -B -q -o package -DskipTests
javafx_cp=$(ls target/lib/javafx-*.jar | tr '\n' ':')
rm -rf "$bench/hello-classes" "$bench/in-desk" "$bench/in-hello"
mkdir -p "$bench/hello-classes" "$bench/in-desk" "$bench/in-hello/lib"
javac -d "$bench/hello-classes" -cp "$javafx_cp" packaging/bench/HelloFx.java
jar cf "$bench/in-hello/hello.jar" -C "$bench/hello-classes" .
cp target/lib/javafx-*.jar "$bench/in-hello/lib/"
cp target/macexpress-desk.jar "$bench/in-desk/"
cp -r target/lib "$bench/in-desk/lib"

. packaging/linux/xvfb.sh
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid"' EXIT

# Xvfb has no GPU: both use the software pipeline (the installer keeps es2,sw for real PCs).
export EXTRA_JAVA_OPTIONS="-Dprism.order=sw"
training=$(mktemp -d)
packaging/linux/app-image.sh HelloFx "$bench/in-hello" hello.jar HelloFx "$bench/img"
packaging/linux/app-image.sh MACExpressDesk "$bench/in-desk" macexpress-desk.jar pe.macexpress.desk.Launcher \
  "$bench/img" --home "$training/home"
rm -rf "$training"

# 200 attentions in a training data folder; one untimed start sends them to the sandbox central
# and takes the day's backup, as the desk would have done during the day.
rm -rf "$bench/home"
"$bench/img/MACExpressDesk/bin/MACExpressDesk" --home "$bench/home" seed-demo --attentions 200

java packaging/bench/StartupBenchmark.java --runs "$runs" --settle "$settle" --logs "$bench/logs" \
  --warmup \
  --desk "$bench/img/MACExpressDesk/bin/MACExpressDesk --home $bench/home" \
  --hello "$bench/img/HelloFx/bin/HelloFx"
