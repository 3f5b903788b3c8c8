package fr.memberspace.web.admin.mutuals;

import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.memberspace.mutual.boundary.MutualAdministration;
import fr.memberspace.mutual.boundary.MutualChange;
import fr.memberspace.mutual.control.IdentityValues;
import fr.memberspace.mutual.control.MemberNumberFormat;
import fr.memberspace.mutual.control.MutualValues;
import fr.memberspace.mutual.control.PasswordEntropy;
import fr.memberspace.mutual.control.Problem;
import fr.memberspace.mutual.control.SettingsValues;
import fr.memberspace.mutual.entity.MutualSettings;
import fr.memberspace.web.login.KeptLoginPages;

/**
 * Backs admin/mutual.xhtml: creates a mutual (no {@code code} parameter) or changes one.
 * The boundary judges every value; this bean shows each problem under its field and the
 * CNIL line as the policy is typed.
 */
@Named
@ViewScoped
public class MutualForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "fr.memberspace.web.i18n.mutuals";
    static final String FORM = "mutual";

    @Inject
    KeptLoginPages loginPages;

    @EJB
    MutualAdministration administration;

    private String code;
    private boolean existing;
    private boolean withLogo;
    private transient jakarta.servlet.http.Part logoFile;
    private String savedName;
    private String name;
    private String senderAddress;
    private String colour;
    private Integer passwordMinLength;
    private Integer passwordMaxLength;
    private Integer passwordClasses;
    private String passwordForbidden;
    private Boolean passwordBlocklist;
    private Integer passwordHistory;
    private Integer codeLength;
    private Integer codeValiditySeconds;
    private Integer codeMaxWrongTries;
    private Integer codeCooldownSeconds;
    private Integer codesPerHour;
    private Integer lockAfterFailures;
    private Integer lockFirstSeconds;
    private Integer lockMaxSeconds;
    private String numberFormat;
    private Integer invitationsPerMinute;

    /** Before the page is shown: fills the form from the mutual named in the address, or with the defaults. */
    public void load() {
        var faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || faces.getResponseComplete()) {
            return;
        }
        code = faces.getExternalContext().getRequestParameterMap().get("code");
        var found = code == null || code.isBlank() ? null : administration.read(code).orElse(null);
        existing = found != null;
        if (found == null) {
            code = null;
            fill(MutualValues.settings(new MutualSettings()));
            return;
        }
        var identity = MutualValues.identity(found);
        withLogo = found.getLogoPng() != null;
        name = identity.name();
        savedName = name;
        senderAddress = identity.senderAddress();
        colour = identity.colour();
        fill(MutualValues.settings(found.getSettings()));
    }

    /** Saves, once the administrator confirmed; every problem goes under its field. */
    public void save() throws IOException {
        var identity = new IdentityValues(code, name, senderAddress, colour);
        var result = existing ? administration.edit(code, identity, settings()) : administration.create(identity);
        if (result instanceof MutualChange.Invalid invalid) {
            show(invalid.problems());
            return;
        }
        var saved = ((MutualChange.Saved) result).mutual();
        loginPages.forget(saved.getCode());
        var faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("admin.mutual.saved"), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/admin/mutual?code=" + saved.getCode());
        faces.responseComplete();
    }

    /** Saves the PNG chosen as the mutual's logo, if the boundary finds it a small PNG. */
    public void uploadLogo() throws IOException {
        byte[] png;
        try (var in = logoFile == null ? java.io.InputStream.nullInputStream() : logoFile.getInputStream()) {
            // never more than the limit and a byte into memory: a larger file is refused as such
            png = in.readNBytes(fr.memberspace.mutual.control.LogoCheck.MAX_BYTES + 1);
        }
        var result = administration.setLogo(code, png);
        if (result instanceof MutualChange.Invalid invalid) {
            var problem = invalid.problems().get(0);
            var faces = FacesContext.getCurrentInstance();
            faces.addMessage("logo:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text(problem.key(), problem.parameters().toArray()), null));
            return;
        }
        withLogo = true;
        savedAndBack("admin.mutual.logo.saved");
    }

    public void removeLogo() throws IOException {
        administration.setLogo(code, null);
        withLogo = false;
        savedAndBack("admin.mutual.logo.removed");
    }

    private void savedAndBack(String key) throws IOException {
        loginPages.forget(code);
        var faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/admin/mutual?code=" + code);
        faces.responseComplete();
    }

    public boolean isWithLogo() {
        return withLogo;
    }

    public jakarta.servlet.http.Part getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(jakarta.servlet.http.Part logoFile) {
        this.logoFile = logoFile;
    }

    /** The page's title: the mutual's name, or "new mutual". */
    public String getTitle() {
        return existing ? text("admin.mutual.title.edit", savedName) : text("admin.mutual.title.new");
    }

    /** What the confirmation dialog asks before saving. */
    public String getConfirmation() {
        return existing ? text("admin.mutual.confirm.edit", savedName)
                : text("admin.mutual.confirm.create");
    }

    /** The CNIL's entropy of the policy typed so far. */
    public int getCnilBits() {
        return PasswordEntropy.roundedBits(valid(passwordMinLength, 0, 1000), valid(passwordClasses, 0, 4));
    }

    public String getCnilLine() {
        var length = valid(passwordMinLength, 0, 1000);
        var classes = valid(passwordClasses, 0, 4);
        return text("admin.mutual.cnil.bits", getCnilBits(), length, alphabet(classes)) + " "
                + text("admin.mutual.cnil." + PasswordEntropy.verdict(length, classes).name());
    }

    public String getCnilVerdict() {
        return PasswordEntropy.verdict(valid(passwordMinLength, 0, 1000), valid(passwordClasses, 0, 4)).name();
    }

    public List<MemberNumberFormat> getNumberFormats() {
        return List.of(MemberNumberFormat.values());
    }

    private static int alphabet(int classes) {
        return (int) Math.round(Math.pow(2, PasswordEntropy.bits(1, classes)));
    }

    private static int valid(Integer value, int min, int max) {
        return value == null ? 0 : Math.max(min, Math.min(max, value));
    }

    private SettingsValues settings() {
        return new SettingsValues(passwordMinLength, passwordMaxLength, passwordClasses,
                passwordForbidden == null ? "" : passwordForbidden, passwordBlocklist, passwordHistory, codeLength,
                codeValiditySeconds, codeMaxWrongTries, codeCooldownSeconds, codesPerHour, lockAfterFailures,
                lockFirstSeconds, lockMaxSeconds, numberFormat, invitationsPerMinute);
    }

    private void fill(SettingsValues v) {
        passwordMinLength = v.passwordMinLength();
        passwordMaxLength = v.passwordMaxLength();
        passwordClasses = v.passwordClasses();
        passwordForbidden = v.passwordForbidden();
        passwordBlocklist = v.passwordBlocklist();
        passwordHistory = v.passwordHistory();
        codeLength = v.codeLength();
        codeValiditySeconds = v.codeValiditySeconds();
        codeMaxWrongTries = v.codeMaxWrongTries();
        codeCooldownSeconds = v.codeCooldownSeconds();
        codesPerHour = v.codesPerHour();
        lockAfterFailures = v.lockAfterFailures();
        lockFirstSeconds = v.lockFirstSeconds();
        lockMaxSeconds = v.lockMaxSeconds();
        numberFormat = v.numberFormat();
        invitationsPerMinute = v.invitationsPerMinute();
    }

    private void show(List<Problem> problems) {
        var faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("admin.mutual.invalid"), null));
        for (var problem : problems) {
            var clientId = FORM + ":" + problem.field();
            var message = text(problem.key(), problem.parameters().toArray());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            if (faces.getViewRoot().findComponent(clientId) instanceof UIInput field) {
                field.setValid(false);
            }
        }
    }

    static String text(String key, Object... parameters) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        var pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        // a text without parameters is written as shown (labels read it as is); with them, MessageFormat's quoting
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
    }

    public boolean isExisting() {
        return existing;
    }

    // form fields

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSenderAddress() { return senderAddress; }
    public void setSenderAddress(String senderAddress) { this.senderAddress = senderAddress; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public Integer getPasswordMinLength() { return passwordMinLength; }
    public void setPasswordMinLength(Integer v) { passwordMinLength = v; }
    public Integer getPasswordMaxLength() { return passwordMaxLength; }
    public void setPasswordMaxLength(Integer v) { passwordMaxLength = v; }
    public Integer getPasswordClasses() { return passwordClasses; }
    public void setPasswordClasses(Integer v) { passwordClasses = v; }
    public String getPasswordForbidden() { return passwordForbidden; }
    public void setPasswordForbidden(String v) { passwordForbidden = v; }
    public Boolean getPasswordBlocklist() { return passwordBlocklist; }
    public void setPasswordBlocklist(Boolean v) { passwordBlocklist = v; }
    public Integer getPasswordHistory() { return passwordHistory; }
    public void setPasswordHistory(Integer v) { passwordHistory = v; }
    public Integer getCodeLength() { return codeLength; }
    public void setCodeLength(Integer v) { codeLength = v; }
    public Integer getCodeValiditySeconds() { return codeValiditySeconds; }
    public void setCodeValiditySeconds(Integer v) { codeValiditySeconds = v; }
    public Integer getCodeMaxWrongTries() { return codeMaxWrongTries; }
    public void setCodeMaxWrongTries(Integer v) { codeMaxWrongTries = v; }
    public Integer getCodeCooldownSeconds() { return codeCooldownSeconds; }
    public void setCodeCooldownSeconds(Integer v) { codeCooldownSeconds = v; }
    public Integer getCodesPerHour() { return codesPerHour; }
    public void setCodesPerHour(Integer v) { codesPerHour = v; }
    public Integer getLockAfterFailures() { return lockAfterFailures; }
    public void setLockAfterFailures(Integer v) { lockAfterFailures = v; }
    public Integer getLockFirstSeconds() { return lockFirstSeconds; }
    public void setLockFirstSeconds(Integer v) { lockFirstSeconds = v; }
    public Integer getLockMaxSeconds() { return lockMaxSeconds; }
    public void setLockMaxSeconds(Integer v) { lockMaxSeconds = v; }
    public String getNumberFormat() { return numberFormat; }
    public void setNumberFormat(String v) { numberFormat = v; }
    public Integer getInvitationsPerMinute() { return invitationsPerMinute; }
    public void setInvitationsPerMinute(Integer v) { invitationsPerMinute = v; }
}
