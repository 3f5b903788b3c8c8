/**
 * What the pages tell the boundaries about the request: mutual, client address, user agent
 * and language, as one {@link fr.memberspace.request.RequestContext}.
 */
package fr.memberspace.web.request;
