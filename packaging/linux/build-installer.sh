#!/usr/bin/env bash
# Builds the Linux installer of MAC Express Desk with the JDK's jpackage:
#   packaging/linux/build-installer.sh [app-image|deb]      (default: deb)
# Output in target/installer/. The app-image (made by app-image.sh) carries the java options sized
# for a 4 GB, 2-core counter PC and an AppCDS archive recorded by a training run (needs a display:
# $DISPLAY or Xvfb; see packaging/README.md). The .deb packs that very image, declares libgtk-3-0
# (JavaFX needs it; jpackage does not add it by itself), recommends espeak-ng (reading aloud, issue
# 16: jpackage can only declare Depends, so the control file gets the Recommends when the .deb is
# packed again below) and installs the launcher as /opt/macexpress-desk/bin/MACExpressDesk.
# Run `mvn package` first (or let this script do it).
set -euo pipefail
cd "$(dirname "$0")/../.."
type="${1:-deb}"
[ -f target/macexpress-desk.jar ] || mvn -B -q package -DskipTests
rm -rf target/installer-input target/installer
mkdir -p target/installer-input
cp target/macexpress-desk.jar target/installer-input/
cp -r target/lib target/installer-input/lib
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*-SNAPSHOT</version>.*:\1:p;s:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# The training run opens a throw-away training data folder up to the sign-in screen.
# The .deb installs the image as /opt/macexpress-desk: its archive is recorded there (see app-image.sh).
train_at=""
if [ "$type" = "deb" ]; then
  train_at=/opt/macexpress-desk
fi
TRAIN_AT="$train_at" APP_VERSION="${version:-0.1.0}" packaging/linux/app-image.sh MACExpressDesk target/installer-input macexpress-desk.jar \
  pe.macexpress.desk.Launcher target/installer --home "$training/home"
if [ "$type" = "deb" ]; then
  jpackage --type deb --app-image target/installer/MACExpressDesk --name MACExpressDesk \
    --app-version "${version:-0.1.0}" --vendor "MAC Express" \
    --description "MAC Express Desk: atención al ciudadano (español y quechua)" \
    --linux-package-name macexpress-desk --linux-package-deps libgtk-3-0 --linux-menu-group Office \
    --linux-shortcut --install-dir /opt --dest target/installer
  # jpackage copies the image into the package with new file times, and the JVM refuses an archive
  # whose jars' times differ from the training run's (checked: the installed .deb started without
  # it). Put the image's times back and pack again.
  deb=$(ls target/installer/*.deb)
  work=$(mktemp -d)
  dpkg-deb -R "$deb" "$work/pkg"
  # Issue 16: eSpeak NG reads citizen-facing texts aloud (Spanish, Quechua). Recommended, not
  # required: apt installs it along by default, and without it the desk only hides its speaker buttons.
  control="$work/pkg/DEBIAN/control"
  if grep -q '^Recommends:' "$control"; then
    sed -i 's/^Recommends: */Recommends: espeak-ng, /' "$control"
  else
    sed -i '/^Package:/a Recommends: espeak-ng' "$control"
  fi
  (cd target/installer/MACExpressDesk && find . -type f) | while read -r f; do
    if [ -e "$work/pkg/opt/macexpress-desk/$f" ]; then
      touch -r "target/installer/MACExpressDesk/$f" "$work/pkg/opt/macexpress-desk/$f"
    fi
  done
  dpkg-deb --root-owner-group -b "$work/pkg" "$deb"
  rm -rf "$work"
fi
ls -l target/installer
