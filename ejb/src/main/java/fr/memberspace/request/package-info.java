/**
 * What a boundary knows of the request that calls it (mutual, client address, user agent,
 * language), carried as one small value from the pages: boundaries never read HTTP.
 */
package fr.memberspace.request;
