package fr.memberspace.it;

/** A page of one mutual as a browser test sees it: the browser that shows it and the mutual's code. */
public abstract class PageObject {

    protected final Browser browser;
    protected final String mutual;

    protected PageObject(Browser browser, String mutual) {
        this.browser = browser;
        this.mutual = mutual;
    }
}
