/**
 * What every response and every form submission goes through: security headers, redirects
 * that never repeat the Host header, and forms accepted by POST from the product's own pages only.
 */
package fr.memberspace.web.security;
