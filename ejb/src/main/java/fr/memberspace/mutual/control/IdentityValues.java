package fr.memberspace.mutual.control;

import java.io.Serializable;

/**
 * Who a mutual is, as an administrator writes it: the code of its path ({@code /mcrn/}),
 * the name members read, the no-reply address its e-mails come from and its main colour
 * ({@code #rrggbb}, empty for the platform's).
 */
public record IdentityValues(String code, String name, String senderAddress, String colour) implements Serializable {
}
