package fr.memberspace.support.boundary;

import java.io.Serializable;

import fr.memberspace.account.entity.AccountStatus;

/** A member found by a search. */
public record MemberRow(String mutualCode, String number, String firstName, String lastName, String email,
                        AccountStatus status) implements Serializable {
}
