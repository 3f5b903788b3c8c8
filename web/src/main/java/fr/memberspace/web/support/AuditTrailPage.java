package fr.memberspace.web.support;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.staff.control.OutOfScope;
import fr.memberspace.support.boundary.AuditFilter;
import fr.memberspace.support.boundary.AuditTrailSearch;
import fr.memberspace.support.boundary.MemberSupport;
import fr.memberspace.support.boundary.MutualChoice;
import fr.memberspace.support.boundary.Page;
import fr.memberspace.support.boundary.TrailLine;
import fr.memberspace.web.request.Messages;

/**
 * Backs admin/audit.xhtml: the audit trail with filters (mutual, member number, type,
 * period in French days), by pages, and its CSV export. The boundary narrows a support
 * agent to its mutuals whatever the filter says.
 */
@Named("auditTrail")
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrailSearch search;

    @EJB
    MemberSupport support;

    private List<MutualChoice> mutuals;
    private String mutual;
    private String number;
    private AuditType type;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter applied = AuditFilter.NONE;
    private LazyPage<TrailLine> lines;

    @PostConstruct
    void init() {
        mutuals = support.mutuals();
        lines = new LazyPage<>(this::page);
    }

    /** Applies the filters (the table then reloads). */
    public void filter() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.errorOn("audit:to", "admin.audit.period.reversed");
            return;
        }
        applied = new AuditFilter(mutual, number, type,
                from == null ? null : from.atStartOfDay(MemberPage.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(MemberPage.ZONE).toInstant());
    }

    /**
     * Streams the lines that match the filters as a CSV file (the page's own headers, no-store
     * among them, stay: nothing was written before).
     */
    public void exportCsv() throws IOException {
        filter();
        var faces = FacesContext.getCurrentInstance();
        if (!faces.getMessageList().isEmpty()) {
            return;
        }
        try {
            search.search(applied, 0, 1); // out of reach: a message on the page, not an empty file
        } catch (OutOfScope e) {
            Messages.error("admin.members.mutual.unknown");
            return;
        }
        var external = faces.getExternalContext();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        var writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        search.exportCsv(applied, writer);
        writer.flush();
        faces.responseComplete();
    }

    private Page<TrailLine> page(int first, int size) {
        try {
            return search.search(applied, first, size);
        } catch (OutOfScope e) {
            Messages.error("admin.members.mutual.unknown");
            return Page.empty();
        }
    }

    public List<AuditType> getTypes() {
        return Arrays.asList(AuditType.values());
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

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public AuditType getType() {
        return type;
    }

    public void setType(AuditType type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public LazyPage<TrailLine> getLines() {
        return lines;
    }

    /** An instant as the table shows it (French time). */
    public String when(Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(MemberPage.ZONE).format(instant);
    }
}
