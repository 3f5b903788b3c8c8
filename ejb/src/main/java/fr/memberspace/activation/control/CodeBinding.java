package fr.memberspace.activation.control;

import java.util.Objects;

/**
 * What a code is bound to: the mutual, the member number, and the purpose or id of the
 * code (for example {@code "password-reset"}). The same digits hashed for another
 * member or purpose give another hash, so a stored hash cannot be replayed elsewhere.
 */
public record CodeBinding(String mutualCode, String memberNumber, String purpose) {

    public CodeBinding {
        Objects.requireNonNull(mutualCode, "mutualCode");
        Objects.requireNonNull(memberNumber, "memberNumber");
        Objects.requireNonNull(purpose, "purpose");
    }
}
