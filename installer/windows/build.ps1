# Builds the Windows installer (.msi) with jlink + jpackage. Run on Windows with JDK 17, Maven and WiX 3 on PATH.
# A Windows installer cannot be built on Linux (jpackage needs WiX): this script is the recipe for a Windows machine.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
mvn -B -ntp -DskipTests package
$out = "target\installer"
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$out\input" | Out-Null
Copy-Item target\tata-*.jar "$out\input\"
Get-ChildItem target\lib\*.jar | Where-Object { $_.Name -notlike "javafx-*" } | Copy-Item -Destination "$out\input\"
$fx = (Get-ChildItem target\lib\javafx-*-win.jar | ForEach-Object { $_.FullName }) -join ";"
$modules = "java.base,java.desktop,java.xml,java.sql,java.logging,java.management,java.naming,java.scripting," +
  "java.net.http,java.prefs,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs,javafx.controls,javafx.fxml"
jlink --module-path $fx --add-modules $modules --include-locales=en,id --strip-debug --no-header-files `
  --no-man-pages --generate-cds-archive --output "$out\runtime"
$jar = (Get-ChildItem target\tata-*.jar | Select-Object -First 1).Name
jpackage --type msi --dest $out --name Tata --input "$out\input" --main-jar $jar --main-class id.tata.app.Launcher `
  --runtime-image "$out\runtime" --win-menu --win-shortcut --win-dir-chooser `
  --add-launcher tata-cli=installer\windows\tata-cli.properties `
  --java-options "-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true"
