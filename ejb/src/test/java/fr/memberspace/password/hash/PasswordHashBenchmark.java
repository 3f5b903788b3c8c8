package fr.memberspace.password.hash;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/*
 * How long one Argon2id hash and one verification take at the default (OWASP) parameters,
 * m=19456 KiB, t=2, p=1: the time a member waits at sign-in, and the CPU a server spends.
 * A JMH benchmark, not a test: surefire runs *Test classes only. Run it by hand:
 *
 *   ./mvnw -pl ejb test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *       -Dexec.args="-cp %classpath org.openjdk.jmh.Main PasswordHashBenchmark -f 1 -wi 2 -i 5"
 *
 * (exec:exec rather than exec:java: JMH forks a JVM with the launching JVM's class path,
 * which under exec:java would be Maven's own.)
 */

/** JMH benchmark of {@link PasswordHashes} at its default parameters. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {

    private static final String PASSWORD = "Tournesol!Moulin7";

    private PasswordHashes hashes;
    private String stored;

    @Setup
    public void setUp() {
        hashes = new PasswordHashes();
        stored = hashes.hash(PASSWORD);
    }

    @Benchmark
    public String hash() {
        return hashes.hash(PASSWORD);
    }

    @Benchmark
    public Verification verify() {
        return hashes.verify(PASSWORD, stored);
    }

    @Benchmark
    public Verification verifyDummy() {
        return hashes.verifyDummy(PASSWORD);
    }
}
