package fr.memberspace.web.admin.imports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import fr.memberspace.memberimport.boundary.ImportProgress;
import fr.memberspace.memberimport.boundary.ImportRefused;
import fr.memberspace.memberimport.boundary.MemberImports;
import fr.memberspace.memberimport.control.UploadedImports;
import fr.memberspace.staff.control.OutOfScope;
import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.support.boundary.MemberSupport;
import fr.memberspace.support.boundary.MutualChoice;
import fr.memberspace.web.request.Messages;

/**
 * Backs admin/imports.xhtml (platform administrators): a mutual's CSV file uploaded is kept
 * on the server under a random folder ({@link UploadedImports}) and given to the import job
 * ({@link MemberImports#start}, which checks the caller again); the mutual's latest runs,
 * polled every few seconds while one is running; the refused rows of a run as CSV
 * ({@code ?mutual=…&refused=<run>}).
 */
@Named("importsPage")
@ViewScoped
public class ImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final int RUNS_SHOWN = 20;
    static final String FORM = "imports";

    @EJB
    MemberImports imports;

    @EJB
    MemberSupport support;

    private List<MutualChoice> mutuals;
    private String mutual;
    private boolean invite;
    private transient Part file;
    private transient List<ImportProgress> runs;

    @PostConstruct
    void init() {
        mutuals = support.mutuals();
    }

    /**
     * Before the page is shown: administrators only (a support agent never gets here: the
     * routing sends it home); the mutual of the address; the refused rows' download.
     */
    public void load() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole(StaffRoles.ADMIN)) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        if (faces.isPostback()) {
            return;
        }
        var parameters = faces.getExternalContext().getRequestParameterMap();
        var asked = parameters.get("mutual");
        if (asked != null && mutuals.stream().anyMatch(m -> m.code().equals(asked))) {
            mutual = asked;
        }
        var refused = parameters.get("refused");
        if (refused != null) {
            downloadRefused(refused);
        }
    }

    /** Keeps the uploaded file and starts its run; the page then follows it. */
    public void upload() throws IOException {
        if (mutual == null || mutuals.stream().noneMatch(m -> m.code().equals(mutual))) {
            Messages.errorOn(FORM + ":mutual", "admin.members.mutual.required");
            return;
        }
        var uploads = UploadedImports.onThisServer();
        UploadedImports.Kept kept;
        if (file == null || file.getSize() == 0) {
            kept = new UploadedImports.Refused(UploadedImports.Refusal.MISSING);
        } else if (file.getSize() > UploadedImports.MAX_BYTES) {
            kept = new UploadedImports.Refused(UploadedImports.Refusal.TOO_LARGE);
        } else {
            try (var in = file.getInputStream()) {
                kept = uploads.keep(file.getSubmittedFileName(), in);
            }
        }
        if (kept instanceof UploadedImports.Refused refused) {
            Messages.errorOn(FORM + ":file", "admin.imports.file." + refused.why().name().toLowerCase(java.util.Locale.ROOT),
                    UploadedImports.MAX_BYTES / (1024 * 1024));
            return;
        }
        var stored = ((UploadedImports.Stored) kept).file();
        try {
            imports.start(mutual, stored, invite, null);
        } catch (ImportRefused refused) {
            java.nio.file.Files.deleteIfExists(stored);
            Messages.errorOn(FORM + ":file", "admin.imports.refused", refused.message(locale()));
            return;
        } catch (OutOfScope e) {
            java.nio.file.Files.deleteIfExists(stored);
            Messages.error("admin.members.mutual.unknown");
            return;
        }
        var faces = FacesContext.getCurrentInstance();
        Messages.info("admin.imports.started", stored.getFileName().toString());
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/admin/imports?mutual=" + mutual);
        faces.responseComplete();
    }

    /** Another mutual chosen: its runs. */
    public void refresh() {
        runs = null;
    }

    /** The chosen mutual's latest runs, newest first. */
    public List<ImportProgress> getRuns() {
        if (mutual == null) {
            return List.of();
        }
        if (runs == null) {
            try {
                runs = imports.recent(mutual, RUNS_SHOWN);
            } catch (OutOfScope e) {
                runs = List.of();
            }
        }
        return runs;
    }

    /** Whether a run of the mutual is still going: the page polls meanwhile. */
    public boolean isActive() {
        return getRuns().stream().anyMatch(ImportsPage::running);
    }

    static boolean running(ImportProgress run) {
        return "STARTING".equals(run.state()) || "STARTED".equals(run.state());
    }

    /** How far a run is, 0 to 100, when its row count is known. */
    public Optional<Integer> percent(ImportProgress run) {
        if (run.totalRows() == null || run.totalRows() <= 0) {
            return "COMPLETED".equals(run.state()) ? Optional.of(100) : Optional.empty();
        }
        return Optional.of((int) Math.min(100, run.rowsRead() * 100 / run.totalRows()));
    }

    /** "1 200 of 5 000 rows read" (the total once counted, else "?"). */
    public String rows(ImportProgress run) {
        return Messages.text("admin.imports.rows", run.rowsRead(), run.totalRows() == null ? "?" : run.totalRows());
    }

    /** The run's state in the page's language (bundle {@code admin.imports.state.<STATE>}). */
    public String state(ImportProgress run) {
        return Messages.text("admin.imports.state." + run.state());
    }

    /** Why a failed run could not read its file (a run from the folder or the CLI), if it says. */
    public String problem(ImportProgress run) {
        if (!"FAILED".equals(run.state())) {
            return "";
        }
        try {
            return imports.problem(run.runId(), locale()).orElse("");
        } catch (OutOfScope e) {
            return "";
        }
    }

    public String when(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE).format(instant);
    }

    /** The address of a run's refused rows. */
    public String refusedLink(ImportProgress run) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/admin/imports?mutual=" + run.mutualCode() + "&refused=" + run.runId();
    }

    private void downloadRefused(String runParameter) throws IOException {
        var faces = FacesContext.getCurrentInstance();
        long runId;
        try {
            runId = Long.parseLong(runParameter);
        } catch (NumberFormatException e) {
            Messages.error("admin.imports.run.unknown");
            return;
        }
        Optional<ImportProgress> run;
        try {
            run = imports.progress(runId);
        } catch (OutOfScope e) {
            run = Optional.empty();
        }
        if (run.isEmpty()) {
            Messages.error("admin.imports.run.unknown");
            return;
        }
        var external = faces.getExternalContext();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"refused-" + runId + ".csv\"");
        var writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        imports.writeRefusedRows(runId, writer);
        writer.flush();
        faces.responseComplete();
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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

    public boolean isInvite() {
        return invite;
    }

    public void setInvite(boolean invite) {
        this.invite = invite;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public long getMaxBytes() {
        return UploadedImports.MAX_BYTES;
    }
}
