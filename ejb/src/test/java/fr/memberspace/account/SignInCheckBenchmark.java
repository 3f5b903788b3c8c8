package fr.memberspace.account;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import fr.memberspace.account.control.SignInCheck;
import fr.memberspace.password.hash.PasswordHashes;

/*
 * The CPU of one sign-in check, through the SignInCheck control that Accounts.signIn runs
 * between reserving and settling the try, without the database: the password verification
 * (a dummy one for an unknown number). Shows that a known and an unknown number cost the same. Run by hand:
 *
 *   ./mvnw -pl ejb test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *       -Dexec.args="-cp %classpath org.openjdk.jmh.Main SignInCheckBenchmark -f 1 -wi 2 -i 5"
 */

/** JMH benchmark of the computation in one sign-in check, for a known and an unknown member number. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SignInCheckBenchmark {

    private static final String PASSWORD = "Adherent#2026ok";

    private final PasswordHashes hashes = new PasswordHashes();
    private final SignInCheck check = new SignInCheck(hashes);
    private String stored;

    @Setup
    public void setUp() {
        stored = hashes.hash(PASSWORD);
    }

    @Benchmark
    public Object knownMemberRightPassword() {
        return check(stored, PASSWORD);
    }

    @Benchmark
    public Object knownMemberWrongPassword() {
        return check(stored, "Adherent#2026ko");
    }

    @Benchmark
    public Object unknownMember() {
        return check(null, PASSWORD);
    }

    private Object check(String storedHash, String password) {
        return check.check(storedHash, password);
    }
}
