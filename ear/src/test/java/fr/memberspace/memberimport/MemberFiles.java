package fr.memberspace.memberimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generated member files for the import's figures: {@code rows} members numbered from
 * 1 000 001, names and addresses made from the number, and a legacy bcrypt hash on every
 * {@code hashEvery}-th row (0: none). The hash is the same on every row that has one: the
 * import keeps hashes as they are and never computes one, so only their parsing counts.
 */
final class MemberFiles {

    private MemberFiles() {
    }

    static Path write(Path file, int rows, int hashEvery) throws IOException {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("numero;nom;prenom;email;empreinte;statut\n");
            for (int i = 1; i <= rows; i++) {
                long number = 1_000_000 + i;
                out.write(number + ";Nom" + i + ";Prénom" + i + ";adherent." + number + "@example.org;"
                        + (hashEvery > 0 && i % hashEvery == 0 ? MemberImportIT.BCRYPT : "") + ";\n");
            }
        }
        return file;
    }
}
