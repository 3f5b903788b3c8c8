package fr.memberspace.web.reset;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.memberspace.web.mutual.CurrentMutual;
import fr.memberspace.web.request.Messages;

/**
 * How long before the member may ask for another code, for the countdown of the code step
 * ({@code #{codeCooldown}}). The boundary decides; this only remembers what it said, so
 * that the countdown goes on, rather than starting again, when the step is shown anew.
 */
@Named
@ViewScoped
public class CodeCooldown implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CurrentMutual mutual;

    private Instant until;

    /** A code was just sent: the mutual's wait between two codes starts. */
    void startAfterSending() {
        start(mutual.getCodeCooldown());
    }

    /** The boundary said to wait this long. */
    void start(Duration wait) {
        until = clock.instant().plus(wait);
    }

    /** Whole seconds left, rounded up; 0 when another code may be asked for. */
    public long getSecondsLeft() {
        if (until == null) {
            return 0;
        }
        var left = Duration.between(clock.instant(), until);
        return left.isNegative() || left.isZero() ? 0 : left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
    }

    /** "Vous pourrez demander un nouveau code dans 45 secondes." */
    public String getText() {
        return Messages.text("reset.code.resendIn", Messages.waitTime(Duration.ofSeconds(getSecondsLeft())));
    }
}
