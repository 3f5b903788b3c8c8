package fr.memberspace.memberimport.boundary;

import java.time.Instant;

/**
 * Where a member import run stands: its counts so far (committed chunks), the batch status
 * name of its latest execution ({@code STARTING}, {@code STARTED}, {@code COMPLETED},
 * {@code FAILED}, {@code STOPPED}…) and the file's row count once known.
 */
public record ImportProgress(long runId, String mutualCode, String fileName, String state,
                             long rowsRead, long created, long updated, long unchanged, long refused, Long totalRows,
                             boolean invite, Instant startedAt, Instant endedAt) {
}
