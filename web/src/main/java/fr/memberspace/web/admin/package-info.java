/**
 * The back-office at {@code /admin/}: the staff's sign-in (password, then TOTP, enrolled at
 * the first sign-in), the routing and access check of the staff pages, their idle timeout,
 * the shell of every staff page (template {@code WEB-INF/templates/admin.xhtml}) and the
 * team page.
 */
package fr.memberspace.web.admin;
