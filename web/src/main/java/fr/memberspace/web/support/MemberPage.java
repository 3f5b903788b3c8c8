package fr.memberspace.web.support;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.memberspace.staff.control.OutOfScope;
import fr.memberspace.support.boundary.MemberFile;
import fr.memberspace.support.boundary.MemberSupport;
import fr.memberspace.support.boundary.SupportAction;
import fr.memberspace.support.boundary.TrailLine;
import fr.memberspace.request.PublicAddress;
import fr.memberspace.web.request.Messages;
import fr.memberspace.web.request.RequestContexts;

/**
 * Backs admin/member.xhtml ({@code ?mutual=…&number=…}): a member's state and trail, and the
 * agent's actions. A member the agent may not reach is "not found", like one that does not
 * exist: the page never tells another mutual's members apart from nobody.
 */
@Named
@ViewScoped
public class MemberPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Times on staff pages are French time, like the mutuals'. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @EJB
    MemberSupport support;

    @Inject
    RequestContexts requests;

    private String mutual;
    private String number;
    private MemberFile file;
    private String newEmail;
    private LazyPage<TrailLine> trail;

    /** Reads the member named by the URL (f:viewAction). */
    public void load() {
        file = null;
        if (mutual == null || number == null || mutual.length() > 32 || number.length() > 20) {
            Messages.error("admin.member.notFound");
            return;
        }
        try {
            file = support.member(mutual, number).orElse(null);
        } catch (OutOfScope e) {
            file = null;
        }
        if (file == null) {
            Messages.error("admin.member.notFound");
            return;
        }
        var code = mutual;
        var member = number;
        trail = new LazyPage<>((first, size) -> {
            try {
                return support.trail(code, member, first, size);
            } catch (OutOfScope e) {
                return fr.memberspace.support.boundary.Page.empty();
            }
        });
    }

    public void unlock() {
        act(() -> support.unlock(requests.about(mutual), number), "unlock");
    }

    public void requireRenewal() {
        act(() -> support.requireRenewal(requests.about(mutual), number), "renew");
    }

    public void invite() {
        act(() -> support.invite(requests.about(mutual), number, PublicAddress.base()), "invite");
    }

    public void correctEmail() {
        if (act(() -> support.correctEmail(requests.about(mutual), number, newEmail), "email")) {
            newEmail = null;
        }
    }

    private boolean act(java.util.function.Supplier<SupportAction> action, String name) {
        if (file == null) {
            Messages.error("admin.member.notFound");
            return false;
        }
        SupportAction outcome;
        try {
            outcome = action.get();
        } catch (OutOfScope e) {
            outcome = new SupportAction.NoSuchMember();
        }
        if (outcome instanceof SupportAction.Done) {
            Messages.info("admin.member." + name + ".done");
            load();
            return true;
        }
        if (outcome instanceof SupportAction.NotDone notDone) {
            Messages.error("admin.member.notDone." + notDone.reason());
            return false;
        }
        Messages.error("admin.member.notFound");
        file = null;
        return false;
    }

    /** A date and time in the page's language, French time; a dash when none. */
    public String when(Instant instant) {
        if (instant == null) {
            return "—";
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZONE).format(instant);
    }

    public String getMutual() {
        return mutual;
    }

    public void setMutual(String mutual) {
        this.mutual = mutual;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public MemberFile getFile() {
        return file;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public LazyPage<TrailLine> getTrail() {
        return trail;
    }
}
