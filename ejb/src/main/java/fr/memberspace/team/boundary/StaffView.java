package fr.memberspace.team.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import fr.memberspace.staff.entity.StaffMember;

/** A staff account as the team page lists it (no hash, no secret). */
public record StaffView(long id, String email, String displayName, String role, String status,
                        List<String> mutuals, boolean secondFactor, Instant lastSignInAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    static StaffView of(StaffMember staff) {
        return new StaffView(staff.getId(), staff.getEmail(), staff.getDisplayName(), staff.getRole(),
                staff.getStatus().name(), List.copyOf(staff.getMutuals()), staff.isTotpConfirmed(),
                staff.getLastSignInAt());
    }
}
