package fr.memberspace.web.reset;

/**
 * The wizard's steps. Their ids name the panels of reset-password.xhtml and prefix the
 * keys of their texts in the bundle ({@code reset.code.title}, …).
 */
public enum WizardStep {

    IDENTIFY("identify"),
    SEND("send"),
    CODE("code"),
    NEW_PASSWORD("new-password"),
    DONE("done");

    private final String id;

    WizardStep(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
