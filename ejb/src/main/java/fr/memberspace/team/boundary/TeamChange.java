package fr.memberspace.team.boundary;

/** The answer to a change on the team page. */
public sealed interface TeamChange {

    record Done(StaffView staff) implements TeamChange {
    }

    /** Nothing saved; {@code key} is the message to show (bundle key), on {@code field} if not null. */
    record Rejected(String key, String field) implements TeamChange {
    }
}
