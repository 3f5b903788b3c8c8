package fr.memberspace.mutual.control;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * A mutual's logo: a small PNG only. SVG is refused: it is a document that can carry
 * scripts, links and external references, and sanitising it safely is a project of its own;
 * a PNG is pixels. The file is checked by its own bytes (signature, then the IHDR chunk's
 * width and height), never by the name or type the browser announced.
 */
public final class LogoCheck {

    /** The most bytes a logo may have. */
    public static final int MAX_BYTES = 64 * 1024;
    /** The largest width or height, in pixels. */
    public static final int MAX_SIDE = 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IHDR = {'I', 'H', 'D', 'R'};

    private LogoCheck() {
    }

    /** What is wrong with this file as a logo, if anything. */
    public static Optional<Problem> problem(byte[] file) {
        if (file == null || file.length == 0) {
            return Optional.of(Problem.of("logo", "admin.mutual.logo.empty"));
        }
        if (file.length > MAX_BYTES) {
            return Optional.of(Problem.of("logo", "admin.mutual.logo.tooBig", MAX_BYTES / 1024));
        }
        if (looksLikeSvg(file)) {
            return Optional.of(Problem.of("logo", "admin.mutual.logo.svg"));
        }
        if (file.length < 24 || !Arrays.equals(file, 0, 8, PNG_SIGNATURE, 0, 8)
                || !Arrays.equals(file, 12, 16, IHDR, 0, 4)) {
            return Optional.of(Problem.of("logo", "admin.mutual.logo.notPng"));
        }
        var header = ByteBuffer.wrap(file, 16, 8);
        var width = header.getInt();
        var height = header.getInt();
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
            return Optional.of(Problem.of("logo", "admin.mutual.logo.tooLarge", MAX_SIDE));
        }
        return Optional.empty();
    }

    private static boolean looksLikeSvg(byte[] file) {
        var start = new String(file, 0, Math.min(file.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return start.contains("<svg") || start.startsWith("<?xml");
    }
}
