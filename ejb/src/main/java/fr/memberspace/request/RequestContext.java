package fr.memberspace.request;

import java.io.Serializable;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The request as a boundary sees it: the mutual whose path it came on, the client address
 * (for limits per address and the audit), the user agent (audit only), the member's
 * language (for e-mails) and the browser's device ticket, if it has one (a signed value
 * given at a successful sign-in or reset: the known device keeps budgets of its own).
 */
public record RequestContext(@NotBlank String mutualCode, @NotBlank String clientAddress, String userAgent,
                             @NotNull Locale locale, String deviceTicket) implements Serializable {

    /** The longest device ticket read; anything longer is no ticket. */
    public static final int MAX_TICKET = 200;

    public RequestContext {
        if (userAgent != null && userAgent.length() > 255) {
            userAgent = userAgent.substring(0, 255);
        }
        if (deviceTicket != null && (deviceTicket.isEmpty() || deviceTicket.length() > MAX_TICKET)) {
            deviceTicket = null;
        }
    }

    /** A request from a browser without a device ticket. */
    public RequestContext(String mutualCode, String clientAddress, String userAgent, Locale locale) {
        this(mutualCode, clientAddress, userAgent, locale, null);
    }
}
