package fr.memberspace.memberimport;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.memberspace.memberimport.control.ImportRow;
import fr.memberspace.memberimport.control.MemberImportWriter;

/**
 * Test only (job {@code member-import-failing}, deployed with {@link MemberImportIT}): the
 * product's writer, which fails once, after writing, on the chunk that holds line
 * {@link #FAIL_AT_LINE}: as a database that drops the connection before the commit would.
 */
@Named("failOnceWriter")
@Dependent
public class FailOnceWriter extends AbstractItemWriter {

    /** The line whose chunk fails, once; 0 once it has failed (or to fail nothing). */
    static final AtomicLong FAIL_AT_LINE = new AtomicLong();

    @Inject
    MemberImportWriter writer;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        writer.writeItems(items);
        long line = FAIL_AT_LINE.get();
        if (line != 0 && items.stream().anyMatch(item -> ((ImportRow) item).line() == line)
                && FAIL_AT_LINE.compareAndSet(line, 0)) {
            throw new IllegalStateException("failure injected by the test at line " + line);
        }
    }
}
