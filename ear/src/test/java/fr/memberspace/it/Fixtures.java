package fr.memberspace.it;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import fr.memberspace.request.RequestContext;

/** Fresh names for each test, so no test depends on what another left in the database. */
public final class Fixtures {

    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{5,10})(?![0-9])");

    private Fixtures() {
    }

    public static String mutualCode() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A request from a client address of its own (limits per address do not leak between tests). */
    public static RequestContext request(String mutual) {
        var random = ThreadLocalRandom.current();
        return new RequestContext(mutual, "10." + random.nextInt(256) + "." + random.nextInt(256) + "."
                + random.nextInt(1, 255), "JUnit/5 (integration test)", Locale.FRENCH);
    }

    /** The activation code in the text of an e-mail. */
    public static String codeIn(String mailText) {
        var matcher = CODE.matcher(mailText);
        if (!matcher.find()) {
            throw new AssertionError("no code in: " + mailText);
        }
        return matcher.group(1);
    }
}
