package fr.memberspace.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.team.boundary.StaffView;
import fr.memberspace.team.boundary.Team;
import fr.memberspace.team.boundary.TeamChange;
import fr.memberspace.web.request.Messages;
import fr.memberspace.web.request.RequestContexts;

/** Backs admin/team.xhtml ({@code /admin/team}, administrators): the staff, a new support agent, its mutuals, disabling. */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Team team;

    @Inject
    transient RequestContexts requests;

    private List<StaffView> staff;
    private List<String> mutuals;

    private String email;
    private String name;
    private List<String> chosen = new ArrayList<>();

    private Long edited;
    private List<String> editedMutuals = new ArrayList<>();

    @PostConstruct
    void load() {
        staff = team.list();
        mutuals = List.copyOf(team.mutuals());
    }

    public void create() {
        var result = team.createAgent(requests.current(), email, name, new TreeSet<>(chosen));
        if (result instanceof TeamChange.Done done) {
            Messages.info("team.created", done.staff().email());
            email = null;
            name = null;
            chosen = new ArrayList<>();
            load();
        } else if (result instanceof TeamChange.Rejected rejected) {
            reject(rejected, "create");
        }
    }

    public void saveMutuals() {
        if (edited == null) {
            Messages.error("team.notFound");
            return;
        }
        var result = team.changeMutuals(requests.current(), edited, new TreeSet<>(editedMutuals));
        if (result instanceof TeamChange.Done done) {
            Messages.info("team.mutualsChanged", done.staff().email());
            load();
        } else if (result instanceof TeamChange.Rejected rejected) {
            reject(rejected, "mutuals");
        }
    }

    public void disable(long id) {
        after(team.disable(requests.current(), id), "team.disabled");
    }

    public void enable(long id) {
        after(team.enable(requests.current(), id), "team.enabled");
    }

    public void reinvite(long id) {
        after(team.reinvite(requests.current(), id), "team.reinvited");
    }

    private void after(TeamChange result, String doneKey) {
        if (result instanceof TeamChange.Done done) {
            Messages.info(doneKey, done.staff().email());
            load();
        } else if (result instanceof TeamChange.Rejected rejected) {
            Messages.error(rejected.key());
        }
    }

    private static void reject(TeamChange.Rejected rejected, String form) {
        if (rejected.field() != null && !"mutuals".equals(rejected.field()) || "create".equals(form) && rejected.field() != null) {
            Messages.errorOn(form + ":" + rejected.field(), rejected.key());
        } else {
            Messages.error(rejected.key());
        }
    }

    public String mutualsOf(StaffView member) {
        return String.join(", ", member.mutuals());
    }

    /** Whether this row is the signed-in administrator (who may not disable itself). */
    public boolean isSelf(StaffView member) {
        var request = (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        var staff = StaffSession.of(request.getSession(false));
        return staff != null && staff.email().equals(member.email());
    }

    public List<StaffView> getStaff() {
        return staff;
    }

    public List<StaffView> getAgents() {
        return staff.stream().filter(s -> StaffRoles.SUPPORT.equals(s.role())).toList();
    }

    public List<String> getMutuals() {
        return mutuals;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }

    public Long getEdited() {
        return edited;
    }

    public void setEdited(Long edited) {
        this.edited = edited;
    }

    public List<String> getEditedMutuals() {
        return editedMutuals;
    }

    public void setEditedMutuals(List<String> editedMutuals) {
        this.editedMutuals = editedMutuals == null ? new ArrayList<>() : editedMutuals;
    }
}
