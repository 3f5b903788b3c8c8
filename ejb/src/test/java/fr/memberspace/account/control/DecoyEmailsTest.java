package fr.memberspace.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DecoyEmailsTest {

    private static final byte[] SECRET = "decoy-secret-decoy-secret-decoy-".getBytes(StandardCharsets.US_ASCII);

    /** The shape every real masked address of a consumer domain has. */
    private static final Pattern MASKED_SHAPE = Pattern.compile(
            "[a-z]\\*{3,8}[a-z]?@(" + String.join("|", DecoyEmails.DOMAINS).replace(".", "\\.") + ")");

    private final DecoyEmails decoys = new DecoyEmails(SECRET);

    @Test
    void the_same_unknown_number_always_shows_the_same_decoy() {
        assertThat(decoys.forUnknownMember("mcrn", "999001"))
                .isEqualTo(decoys.forUnknownMember("mcrn", "999001"))
                .isEqualTo(new DecoyEmails(SECRET.clone()).forUnknownMember("mcrn", "999001"));
    }

    @Test
    void different_numbers_show_different_decoys() {
        Set<MaskedEmail> shown = IntStream.range(0, 1000)
                .mapToObj(n -> decoys.forUnknownMember("mcrn", String.valueOf(900_000 + n)))
                .collect(Collectors.toSet());
        // 26 * 26 * 8 domains * 6 star counts: a thousand numbers give hundreds of decoys.
        assertThat(shown).hasSizeGreaterThan(800);
    }

    @Test
    void the_decoy_depends_on_the_mutual_and_the_secret() {
        Set<MaskedEmail> shown = new HashSet<>();
        for (int n = 0; n < 20; n++) {
            String number = String.valueOf(900_000 + n);
            MaskedEmail mcrn = decoys.forUnknownMember("mcrn", number);
            if (!mcrn.equals(decoys.forUnknownMember("other", number))
                    && !mcrn.equals(new DecoyEmails("another-secret-another-secret-an".getBytes(StandardCharsets.US_ASCII))
                            .forUnknownMember("mcrn", number))) {
                shown.add(mcrn);
            }
        }
        assertThat(shown).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void decoys_have_the_shape_of_real_masked_addresses() {
        assertThat(MaskedEmail.of("xavier.e@gmail.com").value()).matches(MASKED_SHAPE);
        assertThat(MaskedEmail.of("ab@free.fr").value()).matches(MASKED_SHAPE);
        IntStream.range(0, 5000).forEach(n ->
                assertThat(decoys.forUnknownMember("mcrn", String.valueOf(n)).value()).matches(MASKED_SHAPE));
    }

    @Test
    void decoys_use_every_domain_every_star_count_and_many_letters() {
        Set<String> domains = new HashSet<>();
        Set<Integer> starCounts = new HashSet<>();
        Set<Character> firstLetters = new HashSet<>();
        IntStream.range(0, 5000).mapToObj(n -> decoys.forUnknownMember("mcrn", String.valueOf(n)).value())
                .forEach(masked -> {
                    domains.add(masked.substring(masked.indexOf('@') + 1));
                    starCounts.add((int) masked.chars().filter(c -> c == '*').count());
                    firstLetters.add(masked.charAt(0));
                });
        assertThat(domains).containsExactlyInAnyOrderElementsOf(DecoyEmails.DOMAINS);
        assertThat(starCounts).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 8);
        assertThat(firstLetters).hasSize(26);
    }

    @Test
    void short_secrets_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DecoyEmails(new byte[31]));
        assertThatIllegalArgumentException().isThrownBy(() -> new DecoyEmails(null));
    }
}
