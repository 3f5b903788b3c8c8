package fr.memberspace.web.mutual;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.memberspace.mutual.entity.Mutual;

/** The mutual whose path the current request came in on; views read it as {@code #{mutual}}. */
@Named("mutual")
@RequestScoped
public class CurrentMutual {

    private Mutual mutual;

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
        return mutual == null ? 0 : mutual.getSettings().codePolicy().length();
    }

    /** The public address of a page of this mutual, from the context root. */
    public String path(MutualPage page) {
        return "/" + getCode() + "/" + page.path();
    }
}
