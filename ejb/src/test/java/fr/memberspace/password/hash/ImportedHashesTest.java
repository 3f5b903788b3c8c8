package fr.memberspace.password.hash;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hashes as former platforms export them, made outside this code: bcrypt and SHA-crypt by
 * glibc's crypt(3) (libxcrypt), PBKDF2 by Python's hashlib in the passlib and Django
 * spellings. Each verifies with its password only, and asks to be re-hashed.
 */
class ImportedHashesTest {

    private final PasswordHashes hashes = new PasswordHashes(new HashParameters(1024, 1, 1));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Forêt#Sombre2027x | $6$rounds=5000$saltsaltsalt$8MqlkrE.5GSH/jaCVzbd3ZQgBO81nXvimjTxIIGIaMFFYFtCT6WJK.8qYIUObXLaroACymZN1/sdfKgqjCRlp0
            Forêt#Sombre2027x | $6$abcdefgh$ThBZIeMVe39/If/uN7mDEl/ZeoTsHdhnoQXziWWkHK9ZOG0WbRat9jOSDcrkBbHvB8l0/YdzQJqUT5IAz54dN0
            Tournesol#2026    | $5$rounds=10000$sel$shMMwdzKJqllXWaJrpXMuWNSVTpAVEpeBOzE8R9LObB
            U*U               | $2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW
            U*U               | $2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW
            Tournesol#2026    | $2y$06$abcdefghijklmnopqrstuu6WQcoOgY5h9S5JVUDRGj8TCE5C.9B1y
            Tournesol#2026    | pbkdf2_sha256$260000$seldjango$FgwDpC9rpT37lEVPLHEtU7W9RncsDtSSV6gMM8wJHpk=
            Tournesol#2026    | pbkdf2_sha1$10000$seldjango$la8AjJHXijqCTNTOgZKPiJ1YbS0=
            Tournesol#2026    | $pbkdf2-sha512$25000$MDEyMzQ1Njc4OWFiY2RlZg$5hFrHCoccBxP4RP6guB/n5HYJbwBLYkWPdi29XUTEv2hzPxyjAF3J.LD.f30UYjaRi1avU3jNROg13hogd8QMw
            Tournesol#2026    | $pbkdf2$29000$MDEyMzQ1Njc4OWFiY2RlZg$693O2XsPSYyyIgZhfdWLYFwJoh0
            """)
    void a_hash_from_a_former_platform_verifies_with_its_password_only_and_asks_to_be_replaced(String password,
            String imported) {
        assertThat(PasswordHashes.refusalOf(imported)).isEmpty();
        assertThat(hashes.verify(password, imported).matches()).isTrue();
        assertThat(hashes.verify(password, imported).needsRehash()).isTrue();
        assertThat(hashes.verify(password + "x", imported).matches()).isFalse();
        assertThat(hashes.verify(password.toLowerCase(), imported).matches()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            b9d7c7943cddc494a926b543a4c2050d                                 | UNSALTED_DIGEST
            41cc7d90dfcd2b82d765943893da428009d2ac33                         | UNSALTED_DIGEST
            41CC7D90DFCD2B82D765943893DA428009D2AC33                         | UNSALTED_DIGEST
            {SHA}QcxXkN/NK4LXZZQ4k9pCgAnSrDM=                                | UNSALTED_DIGEST
            $1$saltsalt$abcdefghijklmnopqrstuv                               | UNKNOWN_FORMAT
            $2b$31$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW     | UNKNOWN_FORMAT
            $6$rounds=999999999$saltsaltsalt$8MqlkrE.5GSH/jaCVzbd3ZQgBO81nXvimjTxIIGIaMFFYFtCT6WJK.8qYIUObXLaroACymZN1/sdfKgqjCRlp0 | UNKNOWN_FORMAT
            $6$abcdefgh$short                                                | UNKNOWN_FORMAT
            pbkdf2_sha256$0$seldjango$FgwDpC9rpT37lEVPLHEtU7W9RncsDtSSV6gMM8wJHpk= | UNKNOWN_FORMAT
            plain-password                                                   | UNKNOWN_FORMAT
            '   '                                                            | EMPTY
            """)
    void a_hash_that_cannot_be_imported_says_why(String imported, PasswordHashes.ImportRefusal why) {
        assertThat(PasswordHashes.refusalOf(imported)).contains(why);
        assertThat(hashes.verify("Tournesol#2026", imported).matches()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeX",
            "$6$abcdefgh$ThBZIeMVe39/If/uN7mDEl/ZeoTsHdhnoQXziWWkHK9ZOG0WbRat9jOSDcrkBbHvB8l0/YdzQJqUT5IAz54dN1",
            "pbkdf2_sha256$260000$seldjango$not-base64!"})
    void a_damaged_hash_is_no_match_never_an_error(String damaged) {
        assertThat(hashes.verify("U*U", damaged).matches()).isFalse();
        assertThat(hashes.verify("Forêt#Sombre2027x", damaged).matches()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void bcrypt_reads_the_first_72_bytes_of_a_longer_password_as_crypt_did() {
        // glibc: crypt("A" * 80, "$2b$04$abcdefghijklmnopqrstuu") — bcrypt hashed only the first 72
        String imported = "$2b$04$abcdefghijklmnopqrstuu" + BCRYPT_OF_80_A;
        assertThat(hashes.verify("A".repeat(80), imported).matches()).isTrue();
        assertThat(hashes.verify("A".repeat(72), imported).matches()).isTrue();
        assertThat(hashes.verify("A".repeat(71), imported).matches()).isFalse();
    }

    static final String BCRYPT_OF_80_A = "sBdtCq5VHp1ZWh/QwIMafig7GoIpK9C";
}
