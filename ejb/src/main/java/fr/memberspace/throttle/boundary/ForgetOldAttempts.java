package fr.memberspace.throttle.boundary;

import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import fr.memberspace.challenge.boundary.Challenges;
import fr.memberspace.throttle.control.AddressLimiter;

/** Every ten minutes, deletes per-address attempts older than every limit's window, and old challenges. */
@Singleton
public class ForgetOldAttempts {

    private static final Logger LOG = Logger.getLogger(ForgetOldAttempts.class.getName());

    @Inject
    AddressLimiter addressLimits;

    @EJB
    Challenges challenges;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void forget() {
        int forgotten = addressLimits.forgetOld() + challenges.forgetOld();
        LOG.fine(() -> forgotten + " old attempts forgotten");
    }
}
