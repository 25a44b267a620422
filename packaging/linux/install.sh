#!/usr/bin/env bash
# Installs a built bundle (dist/qalam/) for the current user, or system-wide with
# PREFIX=/usr/local (as root): the program, the `qalam` command, the launcher, icons, the
# metainfo and the library file type, so the studio appears in the desktop's menu and
# double-clicking a .qalam file opens it.
#   packaging/linux/install.sh [dist/qalam]         uninstall: packaging/linux/install.sh --remove
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
id=org.qalamstudio.QalamStudio
prefix="${PREFIX:-$HOME/.local}"
share="$prefix/share"
app_dir="$prefix/lib/qalam-studio"
bin="$prefix/bin/qalam"

refresh() {
  # Each cache is optional: a desktop without the tool finds the files on its next start.
  command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$app_dir" "$bin" "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" \
    "$share/mime/packages/$id.xml" "$share/icons/hicolor/scalable/apps/$id.svg"
  rm -f "$share"/icons/hicolor/*/apps/"$id".png
  refresh
  echo "Qalam Studio removed from $prefix"
  exit 0
fi

bundle="${1:-$root/dist/qalam}"
[ -x "$bundle/qalam" ] || { echo "no built bundle at $bundle (see packaging/README.md)" >&2; exit 1; }

rm -rf "$app_dir"
mkdir -p "$app_dir" "$prefix/bin" "$share/applications" "$share/metainfo" "$share/mime/packages"
cp -a "$bundle/." "$app_dir/"
ln -sf "$app_dir/qalam" "$bin"
# The launcher names the command by its full path: ~/.local/bin is not on every session's PATH.
sed -e "s#^Exec=qalam #Exec=$bin #" -e "s#^TryExec=qalam\$#TryExec=$bin#" "$here/$id.desktop" \
  >"$share/applications/$id.desktop"
install -m 644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -m 644 "$here/$id.mime.xml" "$share/mime/packages/$id.xml"
for png in "$root"/resources/icons/qalam-*.png; do
  size="$(basename "$png" .png)"; size="${size#qalam-}"
  install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
install -D -m 644 "$root/resources/icons/qalam.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
refresh
echo "Qalam Studio installed in $app_dir; run it from the menu or as: qalam"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on your PATH" ;; esac
