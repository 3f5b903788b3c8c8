package fr.memberspace.request;

import java.io.Serializable;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The request as a boundary sees it: the mutual whose path it came on, the client address
 * (for limits per address and the audit), the user agent (audit only) and the member's
 * language (for e-mails).
 */
public record RequestContext(@NotBlank String mutualCode, @NotBlank String clientAddress, String userAgent,
                             @NotNull Locale locale) implements Serializable {

    public RequestContext {
        if (userAgent != null && userAgent.length() > 255) {
            userAgent = userAgent.substring(0, 255);
        }
    }
}
