package fr.memberspace.web.admin;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Makes the forms of staff views post back to their public path ({@code /admin/team}), not
 * to the view's file name, which {@link AdminAccess} refuses; the sign-in and home views
 * post to {@code /admin/}.
 */
public class AdminViewHandler extends ViewHandlerWrapper {

    public AdminViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        var path = publicPath(viewId);
        return path == null ? super.getActionURL(context, viewId)
                : context.getExternalContext().getRequestContextPath() + path;
    }

    /** The address of a staff view, or null for another view. */
    static String publicPath(String viewId) {
        if (viewId == null || !viewId.startsWith(AdminAccess.HOME) || !viewId.endsWith(".xhtml")) {
            return null;
        }
        if (AdminAccess.SIGN_IN_VIEW.equals(viewId) || AdminAccess.HOME_VIEW.equals(viewId)) {
            return AdminAccess.HOME;
        }
        return viewId.substring(0, viewId.length() - ".xhtml".length());
    }
}
