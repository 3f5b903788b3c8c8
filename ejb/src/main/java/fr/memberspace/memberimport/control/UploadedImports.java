package fr.memberspace.memberimport.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files uploaded in the back-office, kept on the server while their run may need them (a
 * restart reads the file again): each in a folder of its own with a random name, under the
 * server's data folder ({@value #FOLDER_PROPERTY} to choose another), the file named after
 * the uploaded one with only letters, digits, dots, hyphens and underscores kept (the report
 * shows that name). Nothing the browser sends becomes a path. They are deleted after
 * {@link #KEPT} (the hourly retention).
 */
public final class UploadedImports {

    public static final String FOLDER_PROPERTY = "memberspace.import.upload-dir";
    /** The largest file accepted: 100 MB, about a million members. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    /** How long an uploaded file is kept: time enough to restart a run that failed. */
    public static final Duration KEPT = Duration.ofDays(7);

    private final Path root;

    public UploadedImports(Path root) {
        this.root = root;
    }

    /** Under the server's data folder ({@code standalone/data/member-imports}), or the property's. */
    public static UploadedImports onThisServer() {
        var chosen = System.getProperty(FOLDER_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return new UploadedImports(Path.of(chosen.strip()));
        }
        var data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return new UploadedImports(Path.of(data, "member-imports"));
    }

    /** Why an upload is not kept, a key of the pages' bundle ({@code admin.imports.file.<why>}). */
    public enum Refusal {
        MISSING, NOT_CSV, TOO_LARGE
    }

    /** The outcome of {@link #keep}: the file on the server, or why not. */
    public sealed interface Kept permits Stored, Refused {
    }

    public record Stored(Path file) implements Kept {
    }

    public record Refused(Refusal why) implements Kept {
    }

    /**
     * Writes the upload into a new folder of its own; never more than {@link #MAX_BYTES}
     * (a larger file is refused and nothing stays).
     */
    public Kept keep(String uploadedName, InputStream content) {
        if (content == null || uploadedName == null || uploadedName.isBlank()) {
            return new Refused(Refusal.MISSING);
        }
        var name = safeName(uploadedName);
        if (name.isEmpty()) {
            return new Refused(Refusal.NOT_CSV);
        }
        try {
            var folder = Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
            var file = folder.resolve(name.get());
            long written;
            try (var out = Files.newOutputStream(file)) {
                written = content.transferTo(new LimitedStream(out, MAX_BYTES + 1));
            } catch (TooLarge e) {
                written = MAX_BYTES + 1;
            }
            if (written > MAX_BYTES) {
                delete(folder);
                return new Refused(Refusal.TOO_LARGE);
            }
            if (written == 0) {
                delete(folder);
                return new Refused(Refusal.MISSING);
            }
            return new Stored(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name to keep: the last part of what the browser sent (some send a whole path), only
     * {@code [A-Za-z0-9._-]} (others become {@code _}), at most 100 characters, and it must
     * end in {@code .csv}; empty when it does not.
     */
    public static Optional<String> safeName(String uploaded) {
        var last = uploaded.strip().replaceAll(".*[/\\\\]", "");
        if (!last.toLowerCase(Locale.ROOT).endsWith(".csv") || last.length() <= 4) {
            return Optional.empty();
        }
        var base = last.substring(0, last.length() - 4).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "_");
        if (base.length() > 96) {
            base = base.substring(0, 96);
        }
        return Optional.of(base + ".csv");
    }

    /** Deletes the uploads kept longer than {@link #KEPT}; how many. */
    public int deleteOlderThan(Instant cutoff) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (var folder : folders.toList()) {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff)) {
                    delete(folder);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    private static void delete(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Writes through, and fails once more than the limit went through. */
    private static final class LimitedStream extends java.io.FilterOutputStream {
        private final long limit;
        private long count;

        LimitedStream(java.io.OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            out.write(b, off, len);
        }

        private void check(int more) throws IOException {
            count += more;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }
}
