package fr.memberspace.web.admin.mutuals;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.memberspace.mutual.boundary.MutualAdministration;
import fr.memberspace.mutual.control.PasswordEntropy;
import fr.memberspace.mutual.entity.Mutual;

/** Backs admin/mutuals.xhtml: the mutuals, one page of rows at a time from the database. */
@Named
@ViewScoped
public class MutualsTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MutualAdministration administration;

    private final LazyDataModel<Mutual> rows = new Rows();

    /**
     * Before the page is shown: a support agent (staff, but no administrator) gets the
     * not-found page, as for any page that is not theirs; the boundary refuses it anyway.
     */
    public void onlyAdministrators() throws java.io.IOException {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole(fr.memberspace.staff.control.StaffRoles.ADMIN)) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public LazyDataModel<Mutual> getRows() {
        return rows;
    }

    /** The CNIL verdict of a mutual's policy, for its row. */
    public String cnilKey(Mutual mutual) {
        var settings = mutual.getSettings();
        return "admin.mutual.cnil." + PasswordEntropy.verdict(settings.getPasswordMinLength(),
                settings.getPasswordClasses()).name();
    }

    public int cnilBits(Mutual mutual) {
        var settings = mutual.getSettings();
        return PasswordEntropy.roundedBits(settings.getPasswordMinLength(), settings.getPasswordClasses());
    }

    /** Reads only the rows of the page shown (the boundary caps a page at 100). */
    private final class Rows extends LazyDataModel<Mutual> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, administration.count());
        }

        @Override
        public List<Mutual> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return administration.page(first, pageSize);
        }

        @Override
        public String getRowKey(Mutual mutual) {
            return mutual.getCode();
        }

        @Override
        public Mutual getRowData(String rowKey) {
            return administration.read(rowKey).orElse(null);
        }
    }
}
