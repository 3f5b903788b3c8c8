package fr.memberspace.team.boundary;

import java.io.Serializable;

/**
 * A second factor to enrol: the secret in base32 (to type into an app), its
 * {@code otpauth://} URI and the same URI as a QR code (an SVG as a data URI, made on the
 * server: no external call). Shown once; confirmed by a first valid code.
 */
public record Enrolment(String secret, String uri, String qrCode) implements Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return "Enrolment[hidden]";
    }
}
