package fr.memberspace.web.mutual;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;

import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

/** What an expired view (or a view state that does not fit the page) leads to, without a server. */
class ExpiredViewsTest {

    @Test
    void anExpiredViewIsOneWhateverThePhase() {
        var expired = new ViewExpiredException("/reset-password.xhtml");

        assertThat(ExpiredViews.isExpiredView(expired, PhaseId.RESTORE_VIEW, "-1:stale")).isTrue();
        assertThat(ExpiredViews.isExpiredView(expired, PhaseId.INVOKE_APPLICATION, null)).isTrue();
    }

    @Test
    void anExpiredViewWrappedInAnotherExceptionIsOneToo() {
        var wrapped = new FacesException(new ViewExpiredException("/space/home.xhtml"));

        assertThat(ExpiredViews.isExpiredView(wrapped, PhaseId.RENDER_RESPONSE, null)).isTrue();
    }

    @Test
    void aStatelessViewStatePostedToAPageThatKeepsItsStateIsAnExpiredView() {
        var cannotRestore = new FacesException("Unable to restore view /reset-password.xhtml");

        assertThat(ExpiredViews.isExpiredView(cannotRestore, PhaseId.RESTORE_VIEW, "stateless")).isTrue();
    }

    @Test
    void aFormWithoutItsPagesNonceIsAnExpiredViewNotA500() {
        assertThat(ExpiredViews.isExpiredView(new CspException("CSP nonce mismatch"), PhaseId.RENDER_RESPONSE, "-1:2"))
                .isTrue();
        assertThat(ExpiredViews.isExpiredView(new FacesException(new CspException("Invalid CSP nonce")),
                PhaseId.RENDER_RESPONSE, "stateless")).isTrue();
    }

    @Test
    void anyOtherFailureIsNotDisguisedAsAnExpiredView() {
        var failure = new FacesException("the database is down");

        assertThat(ExpiredViews.isExpiredView(failure, PhaseId.INVOKE_APPLICATION, "stateless")).isFalse();
        assertThat(ExpiredViews.isExpiredView(failure, PhaseId.RESTORE_VIEW, "-1:2")).isFalse();
        assertThat(ExpiredViews.isExpiredView(failure, PhaseId.RESTORE_VIEW, null)).isFalse();
        assertThat(ExpiredViews.isExpiredView(new IllegalStateException(), PhaseId.RENDER_RESPONSE, null)).isFalse();
    }

    @Test
    void theFreshPageIsThePublicPathTheMemberAskedForWithTheReason() {
        assertThat(ExpiredViews.freshPage("/mcrn/mot-de-passe", "/reset-password.xhtml"))
                .isEqualTo("/mcrn/mot-de-passe?expired");
        assertThat(ExpiredViews.freshPage(null, "/mcrn/")).isEqualTo("/mcrn/?expired");
    }
}
