package fr.memberspace.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The server JVM's archive of loaded classes, for the run command: the first run writes it
 * when the server stops, the next ones map it instead of loading, parsing and verifying some
 * 20,000 classes again (a boot of about 10 s becomes about 8 s on Java 17, and 6 to 7 s on
 * Java 25 with its ahead-of-time cache: README "Load, memory and boot").
 * <p>
 * One archive per Java feature version and server ({@code server}: its folder's name, such as
 * {@code wildfly-39.0.1.Final}). A class that changed since the
 * archive was written is loaded as usual (the JVM compares each class file's size and CRC
 * with the archived one), so a rebuilt EAR only loses the archive's benefit for its changed
 * classes; delete the folder (or {@code ./mvnw clean}) to write it afresh.
 */
record ClassArchive(Path folder, String server, int javaFeature) {

    /** The flags that write the archive, or use it once written; none before Java 17. */
    List<String> jvmFlags() {
        if (javaFeature >= 25) {
            var cache = folder.resolve(name() + ".aot");
            return List.of(Files.isRegularFile(cache) ? "-XX:AOTCache=" + cache : "-XX:AOTCacheOutput=" + cache,
                    "-Xlog:aot=error,cds=error");
        }
        var archive = folder.resolve(name() + ".jsa");
        if (javaFeature >= 19) {
            return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=error");
        }
        if (javaFeature >= 17) {
            return List.of(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                    : "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=error");
        }
        return List.of();
    }

    private String name() {
        return server + "-java-" + javaFeature;
    }
}
