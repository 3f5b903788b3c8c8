package fr.memberspace.challenge.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.memberspace.secret.control.SecretKeys;

class SignedChallengesTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    static final String OLD_SECRET = "the-secret-before-the-rotation-0123456789";
    static final String NEW_SECRET = "the-secret-after-the-rotation-9876543210";
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Instant EXPIRY = NOW.plusSeconds(600);

    private final SignedChallenges signed = new SignedChallenges(KEY, Pictures.standard(), new Random(42));

    @Test
    void a_token_reads_back_as_issued() {
        ChallengeToken token = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);

        assertThat(signed.read(token.text())).contains(token);
        assertThat(token.mutualCode()).isEqualTo("mcrn");
        assertThat(token.expiresAt()).isEqualTo(EXPIRY);
        assertThat(token.text()).hasSizeLessThanOrEqualTo(SignedChallenges.MAX_TOKEN_LENGTH)
                .matches("[0-9a-f]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void after_a_rotation_new_tokens_use_the_new_key_and_those_shown_before_still_answer() {
        var before = SignedChallenges.with(SecretKeys.of(OLD_SECRET, null), Pictures.standard(), new Random(1));
        var rotated = SignedChallenges.with(SecretKeys.of(NEW_SECRET, OLD_SECRET), Pictures.standard(), new Random(2));
        var later = SignedChallenges.with(SecretKeys.of(NEW_SECRET, null), Pictures.standard(), new Random(3));
        ChallengeToken shownBefore = before.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);
        ChallengeToken shownAfter = rotated.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);

        assertThat(rotated.read(shownBefore.text())).contains(shownBefore);
        assertThat(rotated.pictures(shownBefore)).isEqualTo(before.pictures(shownBefore));
        assertThat(rotated.rightAnswer(shownBefore.text())).isEqualTo(before.rightAnswer(shownBefore.text()));
        assertThat(shownAfter.text()).startsWith(SecretKeys.of(NEW_SECRET, null).currentId() + ".");
        assertThat(before.read(shownAfter.text())).isEmpty();
        // once the previous secret is dropped, its tokens are refused
        assertThat(later.read(shownBefore.text())).isEmpty();
        assertThat(later.read(shownAfter.text())).contains(shownAfter);
    }

    @Test
    void a_token_whose_key_id_is_changed_is_refused() {
        ChallengeToken token = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);

        assertThat(signed.read("1" + token.text().substring(1))).isEmpty();
        assertThat(signed.read(token.text().substring(token.text().indexOf('.') + 1))).isEmpty();
    }

    @Test
    void the_longest_mutual_code_fits_in_a_token() {
        ChallengeToken token = signed.issue(ChallengeToken.Kind.WORDS, "a".repeat(32), EXPIRY);

        assertThat(signed.read(token.text())).contains(token);
    }

    @Test
    void the_same_token_always_shows_the_same_challenge_and_two_tokens_differ() {
        ChallengeToken token = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);
        ChallengeToken another = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);

        assertThat(signed.pictures(token)).isEqualTo(signed.pictures(signed.read(token.text()).orElseThrow()));
        assertThat(signed.pictures(another).ids()).doesNotContainAnyElementsOf(signed.pictures(token).ids());
        assertThat(another.nonce()).isNotEqualTo(token.nonce());
    }

    @Test
    void the_target_depends_on_the_secret_not_only_on_the_token() {
        var other = new SignedChallenges(OTHER_KEY, Pictures.standard(), new Random(42));
        int sameTarget = 0;
        for (int i = 0; i < 200; i++) {
            ChallengeToken token = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);
            // the other server cannot even read the token; drawing from its nonce gives another challenge
            assertThat(other.read(token.text())).isEmpty();
            var mine = signed.pictures(token);
            var theirs = other.pictures(token);
            assertThat(theirs.ids()).doesNotContainAnyElementsOf(mine.ids());
            if (mine.targetKey().equals(theirs.targetKey())) {
                sameTarget++;
            }
        }
        assertThat(sameTarget).isLessThan(40); // 1 in 16 by chance: about 12
    }

    @Test
    void a_question_has_the_same_answer_in_both_languages() {
        ChallengeToken token = signed.issue(ChallengeToken.Kind.WORDS, "mcrn", EXPIRY);

        var french = signed.question(token, Locale.FRENCH);
        var english = signed.question(token, Locale.ENGLISH);

        assertThat(english.answerKey()).isEqualTo(french.answerKey());
        assertThat(french.text()).isNotEqualTo(english.text());
    }

    @Test
    void every_bit_changed_in_a_token_makes_it_unreadable() {
        String text = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY).text();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                continue;
            }
            char changed = alphabet.charAt((alphabet.indexOf(c) + 1) % alphabet.length());
            String tampered = text.substring(0, i) + changed + text.substring(i + 1);
            assertThat(signed.read(tampered)).as("changed at %d: %s", i, tampered).isEmpty();
        }
    }

    @Test
    void a_token_of_another_kind_or_mutual_cannot_be_made_by_swapping_parts() {
        String pictures = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY).text();
        String words = signed.issue(ChallengeToken.Kind.WORDS, "autre", EXPIRY).text();
        String swapped = pictures.substring(0, pictures.lastIndexOf('.')) + words.substring(words.lastIndexOf('.'));

        assertThat(signed.read(swapped)).isEmpty();
    }

    @Test
    void malformed_text_is_refused() {
        for (String text : new String[] {null, "", ".", "abc", "a.b.c", "!!!.???", "a".repeat(200) + ".b"}) {
            assertThat(signed.read(text)).as(String.valueOf(text)).isEmpty();
        }
    }

    @Test
    void a_picture_is_served_at_its_address_while_the_challenge_is_live() {
        ChallengeToken token = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);
        PictureChallenge drawn = signed.pictures(token);

        for (ShownPicture shown : drawn.shown()) {
            String address = SignedChallenges.pictureAddress(token.text(), shown.id());
            assertThat(signed.pictureAt(address, NOW)).hasValueSatisfying(svg -> assertThat(drawingIn(svg))
                    .contains(drawingOf(shown.pictureKey())));
            assertThat(signed.pictureAt(address, EXPIRY.minusSeconds(1))).isPresent();
            assertThat(signed.pictureAt(address, EXPIRY)).isEmpty();
        }
    }

    @Test
    void a_picture_has_the_same_bytes_at_its_address_and_other_bytes_in_another_challenge() {
        Map<String, byte[]> firstShowing = new HashMap<>();
        int compared = 0;
        for (int i = 0; i < 20; i++) {
            ChallengeToken token = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);
            for (ShownPicture shown : signed.pictures(token).shown()) {
                String address = SignedChallenges.pictureAddress(token.text(), shown.id());
                byte[] svg = signed.pictureAt(address, NOW).orElseThrow();
                assertThat(signed.pictureAt(address, NOW)).hasValue(svg);
                byte[] earlier = firstShowing.putIfAbsent(shown.pictureKey(), svg);
                if (earlier != null) {
                    assertThat(svg).isNotEqualTo(earlier);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void no_picture_behind_a_wrong_address() {
        ChallengeToken token = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);
        ChallengeToken words = signed.issue(ChallengeToken.Kind.WORDS, "mcrn", EXPIRY);
        String id = signed.pictures(token).ids().get(0);

        assertThat(signed.pictureAt(SignedChallenges.pictureAddress(token.text(), "ballon"), NOW)).isEmpty();
        assertThat(signed.pictureAt(SignedChallenges.pictureAddress(words.text(), id), NOW)).isEmpty();
        assertThat(signed.pictureAt(id, NOW)).isEmpty();
        assertThat(signed.pictureAt("ballon", NOW)).isEmpty();
        assertThat(signed.pictureAt(null, NOW)).isEmpty();
        assertThat(signed.pictureAt(token.text() + "x." + id, NOW)).isEmpty();
    }

    private static String drawingIn(byte[] svg) {
        return new String(svg, StandardCharsets.UTF_8);
    }

    /** The drawing of a picture without its svg element: what every variation keeps whole. */
    private static String drawingOf(String key) {
        String svg = drawingIn(Pictures.standard().svg(key));
        return svg.substring(svg.indexOf('>') + 1, svg.lastIndexOf("</svg>"));
    }

    @Test
    void addresses_and_ids_say_nothing_of_the_picture_or_the_target() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ChallengeToken token = signed.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);
            PictureChallenge drawn = signed.pictures(token);
            for (ShownPicture shown : drawn.shown()) {
                assertThat(shown.id()).hasSize(22).doesNotContain(shown.pictureKey());
                assertThat(token.text()).doesNotContain(shown.pictureKey());
                ids.add(shown.id());
            }
        }
        assertThat(ids).hasSize(600); // never the same id twice: an id is not a picture's name
    }

    @Test
    void a_short_key_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SignedChallenges(new byte[31], Pictures.standard(), new Random()));
    }
}
