package fr.memberspace.web.support;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import fr.memberspace.staff.control.OutOfScope;
import fr.memberspace.support.boundary.MemberRow;
import fr.memberspace.support.boundary.MemberSupport;
import fr.memberspace.support.boundary.MutualChoice;
import fr.memberspace.support.boundary.Page;
import fr.memberspace.web.request.Messages;

/** Backs admin/members.xhtml: find members of a mutual the agent reaches. */
@Named
@ViewScoped
public class Members implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest text the search box takes (an e-mail address). */
    public static final int MAX_TEXT = 254;

    @EJB
    MemberSupport support;

    private List<MutualChoice> mutuals;
    private String mutual;
    private String text;
    private boolean searched;
    private LazyPage<MemberRow> results;

    @PostConstruct
    void init() {
        mutuals = support.mutuals();
        if (mutuals.size() == 1) {
            mutual = mutuals.get(0).code();
        }
        results = new LazyPage<>(this::page);
    }

    /** Runs the search (the table then loads its first page). */
    public void search() {
        searched = true;
    }

    private Page<MemberRow> page(int first, int size) {
        if (!searched || mutual == null) {
            return Page.empty();
        }
        try {
            return support.search(mutual, text, first, size);
        } catch (OutOfScope e) {
            Messages.error("admin.members.mutual.unknown");
            return Page.empty();
        }
    }

    public List<MutualChoice> getMutuals() {
        return mutuals;
    }

    public String getMutual() {
        return mutual;
    }

    public void setMutual(String mutual) {
        this.mutual = mutual;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isSearched() {
        return searched;
    }

    public LazyPage<MemberRow> getResults() {
        return results;
    }

    public int getMaxText() {
        return MAX_TEXT;
    }
}
