package fr.memberspace.support.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address of a mutual's reset and first-connection wizard, {@code <base>/<mutual>/mot-de-passe},
 * for an invitation e-mail. The base is the platform's public address: an http(s) URL with
 * a host and nothing else (no user, query or fragment; a path is kept as a prefix).
 */
public final class WizardLink {

    /** The wizard's path under a mutual's, as members see it. */
    public static final String PATH = "mot-de-passe";

    private WizardLink() {
    }

    /** The link, or nothing when {@code base} is not an acceptable public address. */
    public static Optional<String> of(String base, String mutualCode) {
        if (base == null || base.length() > 200) {
            return Optional.empty();
        }
        try {
            var uri = new URI(base.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            var path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            var port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path + "/" + mutualCode
                    + "/" + PATH);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
