#!/usr/bin/env bash
# Builds the Linux installer of MAC Express Desk with the JDK's jpackage:
#   packaging/linux/build-installer.sh [app-image|deb]      (default: deb)
# Output in target/installer/. The .deb declares libgtk-3-0 (JavaFX needs it; jpackage does not add
# it by itself) and installs the launcher as /opt/macexpress-desk/bin/MACExpressDesk.
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
args=(--type "$type" --name MACExpressDesk --app-version "${version:-0.1.0}"
      --vendor "MAC Express" --description "MAC Express Desk: atención al ciudadano (español y quechua)"
      --input target/installer-input --main-jar macexpress-desk.jar --main-class pe.macexpress.desk.Launcher
      --dest target/installer
      # Kiosk users may have no writable home: JavaFX unpacks its native libraries here instead.
      --java-options '-Djavafx.cachedir=$APPDIR/../javafx-cache'
      --java-options '-Dprism.order=es2,sw')
if [ "$type" = "deb" ]; then
  args+=(--linux-package-name macexpress-desk --linux-package-deps libgtk-3-0 --linux-menu-group Office
         --linux-shortcut --install-dir /opt)
fi
jpackage "${args[@]}"
ls -l target/installer
