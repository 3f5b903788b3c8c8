package fr.memberspace.web.support;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The platform's public address, for the links of e-mails a staff page sends: the system
 * property {@value #PROPERTY} (e.g. {@code https://espace.example.org}) when set, else the
 * scheme, host and port the staff member's browser used.
 */
final class PublicAddress {

    static final String PROPERTY = "memberspace.public-url";

    private PublicAddress() {
    }

    static String of(HttpServletRequest request) {
        var configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        var port = request.getServerPort();
        var scheme = request.getScheme();
        var standard = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (standard ? "" : ":" + port);
    }
}
