/**
 * The back-office's member imports (platform administrators): upload a mutual's CSV file,
 * follow its runs (a progress bar polled while one runs, the counts) and download the rows
 * a run refused.
 */
package fr.memberspace.web.admin.imports;
