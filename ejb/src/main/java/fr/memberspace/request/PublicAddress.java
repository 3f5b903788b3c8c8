package fr.memberspace.request;

/**
 * The address the platform is reached at from the Internet, for links and images in
 * e-mails: the system property {@value #PROPERTY} (default {@code http://localhost:8080}),
 * never the {@code Host} header of a request, which a client chooses.
 */
public final class PublicAddress {

    public static final String PROPERTY = "memberspace.public-url";

    private PublicAddress() {
    }

    /** The address, without a trailing slash. */
    public static String base() {
        var url = System.getProperty(PROPERTY, "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
