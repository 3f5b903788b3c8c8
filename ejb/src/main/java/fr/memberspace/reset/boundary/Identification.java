package fr.memberspace.reset.boundary;

import java.io.Serializable;

/**
 * What the wizard shows once a number is typed: where the code will go, masked. The same
 * shape for a number nobody has (a decoy address): nothing tells a stranger which numbers
 * exist.
 */
public record Identification(String number, String maskedEmail) implements Serializable {
}
