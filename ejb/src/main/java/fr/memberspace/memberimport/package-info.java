/**
 * Loading a mutual's member base from a CSV file: the Jakarta Batch job {@code member-import}
 * (reader, processor and writer by chunks, restartable from the last committed chunk,
 * idempotent), its report per run (counts, refused rows) and the door that starts and reads it.
 */
package fr.memberspace.memberimport;
