package fr.memberspace.throttle.boundary;

import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import fr.memberspace.throttle.control.AddressLimiter;

/** Every ten minutes, deletes per-address attempts older than every limit's window. */
@Singleton
public class ForgetOldAttempts {

    private static final Logger LOG = Logger.getLogger(ForgetOldAttempts.class.getName());

    @Inject
    AddressLimiter addressLimits;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void forget() {
        int forgotten = addressLimits.forgetOld();
        LOG.fine(() -> forgotten + " old attempts forgotten");
    }
}
