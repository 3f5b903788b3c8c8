package fr.memberspace.web.mutual;

import java.time.Duration;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.mutual.control.MemberNumberFormat;
import fr.memberspace.mutual.entity.Mutual;

/** The mutual whose path the current request came in on; views read it as {@code #{mutual}}. */
@Named("mutual")
@RequestScoped
public class CurrentMutual {

    @EJB
    Mutuals mutuals;

    private Mutual mutual;
    private String brandColour;

    void set(Mutual mutual) {
        this.mutual = mutual;
    }

    public boolean isPresent() {
        return mutual != null;
    }

    public String getCode() {
        return mutual == null ? null : mutual.getCode();
    }

    public String getName() {
        return mutual == null ? null : mutual.getName();
    }

    /** The number of digits of this mutual's activation codes. */
    public int getCodeLength() {
        return mutual == null ? 0 : mutual.getSettings().getCodeLength();
    }

    /** How long a member waits between two activation codes (the code step counts it down). */
    public Duration getCodeCooldown() {
        return mutual == null ? Duration.ZERO : mutual.getSettings().getCodeCooldown();
    }

    /** The main colour of the pages ({@code #rrggbb}), readable on white; the template hands it to the CSS. */
    public String getBrandColour() {
        if (brandColour == null && mutual != null) {
            brandColour = mutuals.brandColour(mutual);
        }
        return brandColour;
    }

    /**
     * A member number as this mutual writes it (digits, or letters too, in upper case), from
     * the value as sent; nothing if it cannot be one. Says nothing of whether a member has it.
     */
    public Optional<String> memberNumber(String sent) {
        return mutual == null ? Optional.empty()
                : MemberNumberFormat.of(mutual.getSettings().getNumberFormat()).normalise(sent);
    }

    /** Whether this mutual's numbers may hold letters (the field then asks for text, not digits). */
    public boolean isLettersInNumbers() {
        return mutual != null && MemberNumberFormat.of(mutual.getSettings().getNumberFormat())
                == MemberNumberFormat.LETTERS_AND_DIGITS;
    }

    /** Whether the mutual has a logo (served at {@code /{code}/logo.png}). */
    public boolean isLogo() {
        return mutual != null && mutual.getLogoPng() != null;
    }

    /** The public address of a page of this mutual, from the context root. */
    public String path(MutualPage page) {
        return "/" + getCode() + "/" + page.path();
    }
}
