package fr.memberspace.web.mutual;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A form posted back must carry the nonce of the page it was on ({@code primefaces.nonce},
 * which PrimeFaces' script adds to every form and ajax request of a page under its Content
 * Security Policy). PrimeFaces checks it only when it renders the answer, after the action
 * has run, and then fails with a 500 ("CSP nonce mismatch", "Invalid CSP nonce"). Here a
 * post without the page's nonce, or with one PrimeFaces would refuse, is stopped as soon as
 * the view is restored, before any field is read or action run, and the member gets the
 * same page fresh, as for an expired view ({@link ExpiredViews}).
 */
public class PageNonces implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The request parameter and view map key of PrimeFaces' nonce. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        var faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getResponseComplete() || faces.getViewRoot() == null) {
            return;
        }
        var viewMap = faces.getViewRoot().getViewMap(false);
        var kept = viewMap == null ? null : (String) viewMap.get(NONCE);
        var posted = faces.getExternalContext().getRequestParameterMap().get(NONCE);
        if (!fits(posted, kept)) {
            ExpiredViews.redirectToFreshPage();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }

    /**
     * Whether a posted nonce is one PrimeFaces accepts: the page's own when the view kept one,
     * else none or a well-formed one (base64 of a UUID).
     */
    static boolean fits(String posted, String kept) {
        if (kept != null) {
            return kept.equals(posted);
        }
        if (posted == null || posted.isEmpty()) {
            return true;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(posted), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
