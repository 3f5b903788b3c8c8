package fr.memberspace.web.mutual;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pages a mutual serves: the public path under {@code /{mutual}/} (French, as members
 * see it) and the view that renders it.
 */
public enum MutualPage {

    LOGIN("", "/login.xhtml"),
    SECURITY_ADVICE("securite", "/security-advice.xhtml"),
    RESET_PASSWORD("mot-de-passe", "/reset-password.xhtml"),
    /** Signed-in members of this mutual only. */
    SPACE_HOME("espace/", "/space/home.xhtml"),
    SPACE_PASSWORD("espace/mot-de-passe", "/space/change-password.xhtml");

    private final String path;
    private final String view;

    MutualPage(String path, String view) {
        this.path = path;
        this.view = view;
    }

    public String path() {
        return path;
    }

    public String view() {
        return view;
    }

    /** Pages of the member space proper: for a signed-in member of the mutual only. */
    public boolean isProtected() {
        return view.startsWith("/space/");
    }

    public static Optional<MutualPage> ofPath(String path) {
        return Arrays.stream(values()).filter(page -> page.path.equals(path)).findFirst();
    }

    public static Optional<MutualPage> ofView(String view) {
        return Arrays.stream(values()).filter(page -> page.view.equals(view)).findFirst();
    }
}
