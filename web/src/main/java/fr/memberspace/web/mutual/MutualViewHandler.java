package fr.memberspace.web.mutual;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Makes forms post back to the mutual's public path ({@code /mcrn/}) rather than to the
 * view's file name, which the {@link MutualPaths} filter would refuse.
 */
public class MutualViewHandler extends ViewHandlerWrapper {

    public MutualViewHandler(ViewHandler wrapped) {
        super(wrapped);
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
