package fr.memberspace.web.mutual;

import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Chooses the page language (French unless the browser asks for English) and makes forms
 * post back to the mutual's public path ({@code /mcrn/}) rather than to the
 * view's file name, which the {@link MutualPaths} filter would refuse.
 */
public class MutualViewHandler extends ViewHandlerWrapper {

    public MutualViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * The language the member chose with the switch, else the browser's. Without an
     * Accept-Language header the servlet container offers the server's own
     * locale; the member space then speaks French, the mutual's language, not the server's.
     */
    @Override
    public Locale calculateLocale(FacesContext context) {
        var external = context.getExternalContext();
        var chosen = Languages.chosen((jakarta.servlet.http.HttpServletRequest) external.getRequest());
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (external.getRequestHeaderMap().get("Accept-Language") == null) {
            return context.getApplication().getDefaultLocale();
        }
        return super.calculateLocale(context);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        var page = MutualPage.ofView(viewId);
        var mutual = CDI.current().select(CurrentMutual.class).get();
        if (page.isPresent() && mutual.isPresent()) {
            return context.getExternalContext().getRequestContextPath() + mutual.path(page.get());
        }
        return super.getActionURL(context, viewId);
    }
}
