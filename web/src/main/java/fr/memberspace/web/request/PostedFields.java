package fr.memberspace.web.request;

import jakarta.faces.context.FacesContext;

/**
 * Fields as the browser sent them. An input component may shorten what it decodes
 * (PrimeFaces cuts a value to the field's {@code maxlength}); a member number is judged on
 * what was sent, so that a longer one is refused rather than cut into another member's (the
 * mutual's format judges it: {@code CurrentMutual.memberNumber}).
 */
public final class PostedFields {

    private PostedFields() {
    }

    /** The value of the request parameter named by this client id, as posted; null if none. */
    public static String asSent(String clientId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(clientId);
    }
}
