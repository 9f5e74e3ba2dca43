package grayarea.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An installed Gray Area as the .deb lays it out (/opt/grayarea): the launcher in bin/, and in lib/
 * the package's desktop entry, made from packaging/linux/grayarea.desktop the way jpackage fills it
 * in. The launcher is an empty file: nothing runs it.
 */
public record FakeInstall(Path root, Path launcher, Path systemEntry) {

    /** The desktop-file id jpackage gives the entry: PACKAGE-LAUNCHER.desktop. */
    public static final String ENTRY_ID = "grayarea-grayarea.desktop";

    public static FakeInstall in(Path folder) throws IOException {
        Path root = folder.resolve("opt").resolve("grayarea");
        Path launcher = Files.createDirectories(root.resolve("bin")).resolve("grayarea");
        Files.writeString(launcher, "");
        launcher.toFile().setExecutable(true);
        Path lib = Files.createDirectories(root.resolve("lib"));
        String template = Files.readString(Path.of("packaging", "linux", "grayarea.desktop"));
        String installed =
                template.replace("APPLICATION_LAUNCHER", launcher.toString())
                        .replace("APPLICATION_ICON", lib.resolve("grayarea.png").toString())
                        .replace("DEPLOY_BUNDLE_CATEGORY", "Utility")
                        .replace("DESKTOP_MIMES", "MimeType=application/x-grayarea-handout");
        Path entry = lib.resolve(ENTRY_ID);
        Files.writeString(entry, installed);
        return new FakeInstall(root, launcher, entry);
    }
}
