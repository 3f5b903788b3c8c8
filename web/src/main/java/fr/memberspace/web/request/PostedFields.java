package fr.memberspace.web.request;

import java.util.regex.Pattern;

import jakarta.faces.context.FacesContext;

/**
 * Fields as the browser sent them. An input component may shorten what it decodes
 * (PrimeFaces cuts a value to the field's {@code maxlength}); a member number is judged on
 * what was sent, so that a longer one is refused rather than cut into another member's.
 */
public final class PostedFields {

    /** Digits only, 20 at most, spaces around allowed (as typed or pasted). */
    static final Pattern MEMBER_NUMBER = Pattern.compile("\\s*[0-9]{1,20}\\s*");

    private PostedFields() {
    }

    /** The value of the request parameter named by this client id, as posted; null if none. */
    public static String asSent(String clientId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(clientId);
    }

    public static boolean isMemberNumber(String sent) {
        return sent != null && MEMBER_NUMBER.matcher(sent).matches();
    }
}
