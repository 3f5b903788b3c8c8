package fr.memberspace.memberimport.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folder IT drops member files into, one subfolder per mutual:
 * <pre>
 * &lt;root&gt;/&lt;mutual&gt;/members.csv          imported
 * &lt;root&gt;/&lt;mutual&gt;/members.invite.csv   imported, then the new members invited
 * &lt;root&gt;/&lt;mutual&gt;/processing/…        taken by a node, its run going on
 * &lt;root&gt;/&lt;mutual&gt;/done/…  failed/…     the run ended
 * </pre>
 * A file is taken by an atomic rename into {@code processing/} under a name of its own
 * ({@code 20261129T031500Z-1a2b3c4d-members.csv}): of two nodes sharing the folder, one
 * rename succeeds and the other finds the file gone, so a file is imported once. Only
 * regular {@code *.csv} files (no link, no hidden file) left unchanged for the settle time
 * are taken, so a file still being copied is not (better still: copy it under another name,
 * then rename it).
 */
public final class DropFolder {

    public static final String PROCESSING = "processing";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    /** A file whose name ends so asks for the first-connection invitations after the import. */
    public static final String INVITE_SUFFIX = ".invite.csv";

    private static final Pattern MUTUAL = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern FILE = Pattern.compile("[^.][^/\\\\]{0,200}\\.csv");
    private static final Pattern TAKEN = Pattern.compile("(\\d{8}T\\d{6}Z)-[0-9a-f]{8}-(.+)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Duration settle;

    public DropFolder(Path root, Duration settle) {
        this.root = root;
        this.settle = settle;
    }

    /** The folder IT configured, if any: the environment variable's, else the system property's. */
    public static Optional<Path> configured(String environment, String property) {
        var value = environment == null || environment.isBlank() ? property : environment;
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
    }

    public Path root() {
        return root;
    }

    /** A file dropped for a mutual, not taken yet. */
    public record Dropped(String mutual, Path file) {

        /** Whether the file asks for invitations ({@value #INVITE_SUFFIX}). */
        public boolean invite() {
            return file.getFileName().toString().endsWith(INVITE_SUFFIX);
        }
    }

    /** A file in a mutual's {@code processing/}: its run, once started, is named after it. */
    public record Taken(String mutual, Path file, Instant takenAt) {

        public boolean invite() {
            return file.getFileName().toString().endsWith(INVITE_SUFFIX);
        }
    }

    /** The files ready to be taken (settled for the settle time), mutual by mutual. */
    public List<Dropped> dropped(Instant now) {
        var found = new ArrayList<Dropped>();
        for (var folder : mutualFolders()) {
            for (var file : list(folder)) {
                var name = file.getFileName().toString();
                if (FILE.matcher(name).matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && settled(file, now)) {
                    found.add(new Dropped(folder.getFileName().toString(), file));
                }
            }
        }
        return found;
    }

    /** The files being processed, mutual by mutual. */
    public List<Taken> taken() {
        var found = new ArrayList<Taken>();
        for (var folder : mutualFolders()) {
            var processing = folder.resolve(PROCESSING);
            if (!Files.isDirectory(processing, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (var file : list(processing)) {
                var name = TAKEN.matcher(file.getFileName().toString());
                if (name.matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    var at = STAMP.parse(name.group(1), Instant::from);
                    found.add(new Taken(folder.getFileName().toString(), file, at));
                }
            }
        }
        return found;
    }

    /**
     * Takes a dropped file for this node: renames it atomically into {@code processing/}.
     * Empty when another node took it first.
     */
    public Optional<Taken> take(Dropped dropped, Instant now) {
        return moveInto(dropped.file(), root.resolve(dropped.mutual()).resolve(PROCESSING),
                takenName(dropped.file().getFileName().toString(), now))
                .map(file -> new Taken(dropped.mutual(), file, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }

    /**
     * Takes again a file some node took but never started (it died in between): a new name in
     * {@code processing/}, atomically, so that one node only starts it.
     */
    public Optional<Taken> retake(Taken taken, Instant now) {
        return moveInto(taken.file(), taken.file().getParent(), takenName(originalName(taken.file()), now))
                .map(file -> new Taken(taken.mutual(), file, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }

    /** Moves a processed file to {@code done/} or {@code failed/} (nothing if another node did). */
    public Optional<Path> finish(Taken taken, boolean succeeded) {
        var folder = root.resolve(taken.mutual()).resolve(succeeded ? DONE : FAILED);
        return moveInto(taken.file(), folder, taken.file().getFileName().toString());
    }

    /** The name the file had when dropped. */
    public static String originalName(Path taken) {
        var name = TAKEN.matcher(taken.getFileName().toString());
        return name.matches() ? name.group(2) : taken.getFileName().toString();
    }

    private static String takenName(String original, Instant now) {
        var random = new byte[4];
        RANDOM.nextBytes(random);
        return STAMP.format(now) + "-" + HexFormat.of().formatHex(random) + "-" + original;
    }

    private Optional<Path> moveInto(Path file, Path folder, String name) {
        try {
            Files.createDirectories(folder);
            return Optional.of(Files.move(file, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE));
        } catch (NoSuchFileException | FileAlreadyExistsException gone) {
            // another node moved it first
            return Optional.empty();
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("the import folder must be one file system (an atomic rename): " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> mutualFolders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        return list(root).stream()
                .filter(dir -> MUTUAL.matcher(dir.getFileName().toString()).matches())
                .filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))
                .toList();
    }

    private boolean settled(Path file, Instant now) {
        try {
            var modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
            return !modified.plus(settle).isAfter(now);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> list(Path folder) {
        var files = new ArrayList<Path>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(files::add);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }
}
