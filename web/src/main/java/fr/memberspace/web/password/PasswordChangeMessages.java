package fr.memberspace.web.password;

import fr.memberspace.password.PasswordChange;
import fr.memberspace.web.request.Messages;

/**
 * The one place that turns what a password change gave into messages, for the wizard and
 * the member space alike; each page says where its own refusals go.
 *
 * @param form           the form's id: broken rules go under its password and confirmation fields
 * @param changedKey     the message once the password is set, or null for none
 * @param notAllowedOn   the field the refusal is shown under, or null for the page's messages
 * @param notAllowedKey  the refusal (no valid code, or a wrong current password)
 * @param challengeKey   the wrong anti-robot answer
 */
public record PasswordChangeMessages(String form, String changedKey, String notAllowedOn, String notAllowedKey,
                                     String challengeKey) {

    /** Adds the messages of {@code result}; true when the password was changed. */
    public boolean report(PasswordChange result) {
        if (result instanceof PasswordChange.Changed) {
            if (changedKey != null) {
                Messages.info(changedKey);
            }
            return true;
        }
        if (result instanceof PasswordChange.Rejected rejected) {
            PasswordRules.report(rejected.violations(), form);
        } else if (result instanceof PasswordChange.Wait wait) {
            Messages.error("login.wait", Messages.waitTime(wait.retryAfter()));
        } else if (result instanceof PasswordChange.ChallengeFailed) {
            Messages.error(challengeKey);
        } else if (notAllowedOn == null) {
            Messages.error(notAllowedKey);
        } else {
            Messages.errorOn(notAllowedOn, notAllowedKey);
        }
        return false;
    }
}
