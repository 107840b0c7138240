#!/usr/bin/env bash
# Builds the Linux installer: a jlink runtime (JDK modules + JavaFX modular jars), a jpackage app-image and a .deb.
# Usage: installer/linux/build.sh            (output in target/installer/)
# Needs: JDK 17 with jlink/jpackage, fakeroot (apt-get install fakeroot) for the .deb.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
mvn -B -ntp -DskipTests package
out=target/installer
rm -rf "$out" && mkdir -p "$out/input"
version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" pom.xml | head -n 1 | sed "s/-SNAPSHOT//")

# The app, ControlsFX, POI, jOOQ… stay on the classpath; only the JavaFX modules go into the runtime.
cp target/tata-*.jar "$out/input/"
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} "$out/input/" \;
fxmods=$(find target/lib -name 'javafx-*-linux.jar' | paste -sd: -)

# jdeps cannot compute this list for POI: it is kept by hand (see ../shared/TOOLCHAIN.md).
modules=java.base,java.desktop,java.xml,java.sql,java.logging,java.management,java.naming,java.scripting,\
java.net.http,java.prefs,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs,javafx.controls,javafx.fxml
jlink --module-path "$fxmods" --add-modules "$modules" --include-locales=en,id \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$out/runtime"

common=(--name Tata --app-version "$version" --vendor "Tata" --input "$out/input"
  --main-jar "$(basename target/tata-*.jar)" --main-class id.tata.app.Launcher --runtime-image "$out/runtime"
  --java-options "-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
  --description "Workbench SPBE untuk Diskominfo kota/kabupaten")
jpackage --type app-image --dest "$out" "${common[@]}"
jpackage --type deb --dest "$out" "${common[@]}" --linux-package-deps libgtk-3-0 --linux-shortcut \
  --linux-menu-group Office
ls -l "$out"/*.deb || { echo "no .deb was made: is fakeroot installed?" >&2; exit 1; }
# Installed, the CLI is /opt/tata/bin/Tata with arguments, e.g.: /opt/tata/bin/Tata workspace info -w x.tata --user admin
