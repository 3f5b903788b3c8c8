package fr.memberspace.staff;

/**
 * Test support for the back-office: what an in-container test adds to its deployment to call
 * boundaries as staff,
 * <pre>{@code Deployments.withTestClasses(concat(StaffCallers.CLASSES, MyIT.class))}</pre>
 * then {@code @Inject StaffFixtures staff; @EJB AsAdmin asAdmin; …}
 */
public final class StaffCallers {

    /** The fixtures and the run-as beans. */
    public static final Class<?>[] CLASSES = {StaffCallers.class, StaffCallers.Work.class, StaffFixtures.class,
            AsAdmin.class, AsAgent.class, AsOtherAgent.class, AsMember.class};

    private StaffCallers() {
    }

    /** These classes and others. */
    public static Class<?>[] with(Class<?>... others) {
        var all = new Class<?>[CLASSES.length + others.length];
        System.arraycopy(CLASSES, 0, all, 0, CLASSES.length);
        System.arraycopy(others, 0, all, CLASSES.length, others.length);
        return all;
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
