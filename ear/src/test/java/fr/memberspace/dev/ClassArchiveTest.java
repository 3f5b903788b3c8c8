package fr.memberspace.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's class archive on the JVM running this test: a first JVM writes it as it
 * exits, the next one loads its classes from it; flags this Java refuses would stop the run
 * command's server from starting at all.
 */
class ClassArchiveTest {

    @TempDir
    Path folder;

    @TempDir
    Path application;

    @Test
    void a_first_run_writes_the_archive_and_the_next_one_loads_classes_from_it() throws Exception {
        var archive = new ClassArchive(folder, "wildfly-test", Runtime.version().feature());

        var first = runJava(archive.jvmFlags());
        assertThat(first.exit).as(first.output).isZero();
        assertThat(first.output).contains(Hello.GREETING);
        try (var written = Files.list(folder)) {
            assertThat(written.map(Path::getFileName).map(Path::toString))
                    .anyMatch(name -> name.startsWith("wildfly-test-java-" + Runtime.version().feature()));
        }

        var flags = new ArrayList<>(archive.jvmFlags());
        flags.add("-Xlog:class+load=info");
        var second = runJava(flags);
        assertThat(second.exit).as(second.output).isZero();
        assertThat(second.output.lines().filter(line -> line.contains(" " + Hello.class.getName() + " ")))
                .as(second.output).singleElement().asString().contains("shared objects file");
    }

    @Test
    void each_java_gets_the_flags_it_knows() throws IOException {
        Files.createFile(folder.resolve("w-java-17.jsa"));
        Files.createFile(folder.resolve("w-java-25.aot"));

        assertThat(new ClassArchive(folder, "w", 11).jvmFlags()).isEmpty();
        assertThat(new ClassArchive(folder, "w", 17).jvmFlags()).first().isEqualTo("-XX:SharedArchiveFile=" + folder.resolve("w-java-17.jsa"));
        assertThat(new ClassArchive(folder, "w", 18).jvmFlags()).first().isEqualTo("-XX:ArchiveClassesAtExit=" + folder.resolve("w-java-18.jsa"));
        assertThat(new ClassArchive(folder, "w", 21).jvmFlags()).startsWith("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + folder.resolve("w-java-21.jsa"));
        assertThat(new ClassArchive(folder, "w", 25).jvmFlags()).first().isEqualTo("-XX:AOTCache=" + folder.resolve("w-java-25.aot"));
        assertThat(new ClassArchive(folder, "w", 26).jvmFlags()).first().isEqualTo("-XX:AOTCacheOutput=" + folder.resolve("w-java-26.aot"));
    }

    private record Run(int exit, String output) {
    }

    /** A jar of the class {@link Hello}: class archives take classes from jars, not folders, as WildFly's. */
    private Path helloJar() throws IOException {
        var jar = application.resolve("hello.jar");
        if (Files.notExists(jar)) {
            var entry = Hello.class.getName().replace('.', '/') + ".class";
            try (var out = new JarOutputStream(Files.newOutputStream(jar));
                 var bytes = Hello.class.getClassLoader().getResourceAsStream(entry)) {
                out.putNextEntry(new JarEntry(entry));
                bytes.transferTo(out);
            }
        }
        return jar;
    }

    private Run runJava(List<String> flags) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("-cp", helloJar().toString(), Hello.class.getName()));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** What the JVMs of this test run. */
    static final class Hello {

        static final String GREETING = "hello from the archived JVM";

        public static void main(String[] args) {
            System.out.println(GREETING);
        }
    }
}
