package fr.memberspace.memberimport.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import fr.memberspace.memberimport.control.DropFolder;

/**
 * IT's way to import members without the back-office: a CSV file dropped into the folder
 * named by {@value #FOLDER_ENV} (or the system property {@value #FOLDER_PROPERTY}; off when
 * neither is set), in the subfolder of its mutual, is imported by the same job as an upload
 * ({@link MemberImports#start}). See {@link DropFolder} for the layout.
 * <p>
 * Every node polls the folder (a timer every {@value #POLL_PROPERTY} seconds, 10 by
 * default, not persistent); a node takes a file by renaming it atomically, so in a cluster
 * sharing the folder one node only imports it. Once its run has ended the file moves to
 * {@code done/} (completed) or {@code failed/} (failed or stopped: drop it again to retry,
 * the import is idempotent). A file taken by a node that died before starting its run is
 * taken again after {@link #ORPHAN_AFTER}.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FolderDrop {

    public static final String FOLDER_ENV = "MEMBERSPACE_IMPORT_DIR";
    public static final String FOLDER_PROPERTY = "memberspace.import-dir";
    static final String POLL_PROPERTY = "memberspace.import.poll-seconds";
    /** A file is taken once unchanged this long (seconds, default 5): a copy in progress is not. */
    static final String SETTLE_PROPERTY = "memberspace.import.settle-seconds";
    static final Duration ORPHAN_AFTER = Duration.ofMinutes(10);
    /** How many of a mutual's latest runs are looked through for a file's run. */
    static final int RUNS_LOOKED_AT = 100;

    private static final Logger LOG = Logger.getLogger(FolderDrop.class.getName());

    @Resource
    TimerService timers;

    @EJB
    MemberImports imports;

    @Inject
    Clock clock;

    private DropFolder folder;
    private final AtomicBoolean polling = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        var root = DropFolder.configured(System.getenv(FOLDER_ENV), System.getProperty(FOLDER_PROPERTY));
        if (root.isEmpty()) {
            LOG.info("Member import folder: off (" + FOLDER_ENV + " not set)");
            return;
        }
        folder = new DropFolder(root.get().toAbsolutePath(), Duration.ofSeconds(Long.getLong(SETTLE_PROPERTY, 5)));
        long every = Math.max(1, Long.getLong(POLL_PROPERTY, 10)) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("member-import-folder", false));
        LOG.info("Member import folder: " + folder.root() + ", polled every " + every / 1000 + " s");
    }

    @Timeout
    void onTimer() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Member import folder: poll interrupted", e);
        } finally {
            polling.set(false);
        }
    }

    /** Moves the files whose run ended, then starts the files dropped since the last poll. */
    void poll() {
        var now = clock.instant();
        var runs = new HashMap<String, List<ImportProgress>>();
        for (var taken : folder.taken()) {
            var name = taken.file().getFileName().toString();
            var run = runs.computeIfAbsent(taken.mutual(), mutual -> imports.recent(mutual, RUNS_LOOKED_AT)).stream()
                    .filter(r -> name.equals(r.fileName())).findFirst();
            if (run.isPresent()) {
                var state = run.get().state();
                if ("COMPLETED".equals(state) || "FAILED".equals(state) || "STOPPED".equals(state)
                        || "ABANDONED".equals(state)) {
                    folder.finish(taken, "COMPLETED".equals(state)).ifPresent(moved -> LOG.info(
                            "Member import " + run.get().runId() + " " + state + ": " + moved));
                }
            } else if (taken.takenAt().plus(ORPHAN_AFTER).isBefore(now)) {
                // taken by a node that died before starting it
                folder.retake(taken, now).ifPresent(this::start);
            }
        }
        for (var dropped : folder.dropped(now)) {
            folder.take(dropped, now).ifPresent(this::start);
        }
    }

    private void start(DropFolder.Taken taken) {
        try {
            long run = imports.start(taken.mutual(), taken.file(), taken.invite(), null);
            LOG.info("Member import " + run + " started from the folder: " + taken.file());
        } catch (ImportRefused refused) {
            LOG.warning("Member import refused (" + refused.message(Locale.ENGLISH) + "): " + taken.file());
            folder.finish(taken, false);
        } catch (RuntimeException e) {
            // not started: failed/, rather than taken again and again
            LOG.log(Level.WARNING, "Member import not started: " + taken.file(), e);
            folder.finish(taken, false);
        }
    }
}
