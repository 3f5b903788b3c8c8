package fr.memberspace.web.request;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

/** Texts of the {@code text} bundle in the page's language, and Faces messages made of them. */
public final class Messages {

    static final String BUNDLE = "fr.memberspace.web.i18n.text";

    private Messages() {
    }

    public static String text(String key, Object... parameters) {
        var faces = FacesContext.getCurrentInstance();
        var locale = faces.getViewRoot().getLocale();
        var pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return parameters.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(parameters);
    }

    public static void info(String key, Object... parameters) {
        add(FacesMessage.SEVERITY_INFO, key, parameters);
    }

    public static void error(String key, Object... parameters) {
        add(FacesMessage.SEVERITY_ERROR, key, parameters);
    }

    /**
     * An error that belongs to one field (its client id, {@code reset:activation-code}): shown
     * under the field, which is marked invalid ({@code aria-invalid}) and described by it.
     */
    public static void errorOn(String clientId, String key, Object... parameters) {
        var faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, parameters), null));
        if (faces.getViewRoot().findComponent(clientId) instanceof UIInput field) {
            field.setValid(false);
        }
    }

    /** "45 secondes", "3 minutes": how long to wait, rounded up. */
    public static String waitTime(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return seconds < 120 ? text("wait.seconds", seconds) : text("wait.minutes", (seconds + 59) / 60);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... parameters) {
        var summary = text(key, parameters);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
