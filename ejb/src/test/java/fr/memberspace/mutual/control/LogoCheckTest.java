package fr.memberspace.mutual.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class LogoCheckTest {

    @Test
    void aSmallPngIsAccepted() throws IOException {
        assertTrue(LogoCheck.problem(png(120, 40)).isEmpty());
    }

    @Test
    void aPngTooLargeIsRefused() throws IOException {
        assertEquals("admin.mutual.logo.tooLarge", LogoCheck.problem(png(1025, 10)).orElseThrow().key());
    }

    @Test
    void anSvgIsRefusedWithItsOwnMessage() {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("admin.mutual.logo.svg", LogoCheck.problem(svg).orElseThrow().key());
    }

    @Test
    void anythingElseIsNotAPng() {
        assertEquals("admin.mutual.logo.notPng",
                LogoCheck.problem("GIF89a.................".getBytes(StandardCharsets.US_ASCII)).orElseThrow().key());
        assertEquals("admin.mutual.logo.empty", LogoCheck.problem(new byte[0]).orElseThrow().key());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        assertEquals("admin.mutual.logo.tooBig", LogoCheck.problem(new byte[LogoCheck.MAX_BYTES + 1]).orElseThrow().key());
    }

    static byte[] png(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
