package fr.memberspace.memberimport.control;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Checks each row read ({@link RowCheck}, made by the reader for this file). */
@Named("memberRowProcessor")
@Dependent
public class MemberRowProcessor implements ItemProcessor {

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) {
        return ((RowCheck) step.getTransientUserData()).check((CsvRow) item);
    }
}
