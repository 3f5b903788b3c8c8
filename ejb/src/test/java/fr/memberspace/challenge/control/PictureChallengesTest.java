package fr.memberspace.challenge.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PictureChallengesTest {

    private static final Pictures CATALOGUE = Pictures.standard();

    private final PictureChallenges challenges = new PictureChallenges(CATALOGUE, new Random(20240611));

    @Test
    void a_default_challenge_shows_six_distinct_pictures_of_the_catalogue() {
        PictureChallenge challenge = challenges.draw();
        List<String> keys = challenge.shown().stream().map(ShownPicture::pictureKey).toList();
        assertThat(keys).hasSize(PictureChallenges.DEFAULT_SIZE).doesNotHaveDuplicates()
                .isSubsetOf(CATALOGUE.keys());
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7, 8})
    void the_target_is_shown_exactly_once_under_the_answer_id(int size) {
        for (int i = 0; i < 50; i++) {
            PictureChallenge challenge = challenges.draw(size);
            assertThat(challenge.shown()).hasSize(size)
                    .filteredOn(shown -> shown.pictureKey().equals(challenge.targetKey()))
                    .containsExactly(new ShownPicture(challenge.answerId(), challenge.targetKey()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 4, 9, 16})
    void a_size_outside_5_to_8_is_refused(int size) {
        assertThatIllegalArgumentException().isThrownBy(() -> challenges.draw(size)).withMessageContaining("5 to 8");
    }

    @Test
    void the_word_asked_is_the_target_s_in_french_or_english() {
        for (int i = 0; i < 50; i++) {
            PictureChallenge challenge = challenges.draw();
            Picture target = CATALOGUE.find(challenge.targetKey()).orElseThrow();
            assertThat(challenge.word(Locale.FRENCH)).isEqualTo(target.french());
            assertThat(challenge.word(Locale.forLanguageTag("fr-FR"))).isEqualTo(target.french());
            assertThat(challenge.word(Locale.ENGLISH)).isEqualTo(target.english());
        }
    }

    @Test
    void ids_are_22_base64url_characters_unique_and_unrelated_to_the_pictures() {
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> idsByKey = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            for (ShownPicture shown : challenges.draw().shown()) {
                assertThat(shown.id()).matches("[A-Za-z0-9_-]{22}").doesNotContainIgnoringCase(shown.pictureKey());
                assertThat(seen.add(shown.id())).as("id %s drawn twice", shown.id()).isTrue();
                idsByKey.computeIfAbsent(shown.pictureKey(), key -> new HashSet<>()).add(shown.id());
            }
        }
        assertThat(seen).hasSize(200 * PictureChallenges.DEFAULT_SIZE);
        assertThat(idsByKey.values()).allSatisfy(ids -> assertThat(ids).hasSizeGreaterThan(1));
    }

    @Test
    void the_target_takes_every_position_about_equally_often() {
        int draws = 6000;
        int[] positions = new int[PictureChallenges.DEFAULT_SIZE];
        for (int i = 0; i < draws; i++) {
            PictureChallenge challenge = challenges.draw();
            positions[challenge.ids().indexOf(challenge.answerId())]++;
        }
        // 1000 expected at each position; the standard deviation is about 29.
        assertThat(IntStream.of(positions).boxed()).allSatisfy(count -> assertThat(count).isBetween(880, 1120));
    }

    @Test
    void every_picture_gets_to_be_the_target() {
        Set<String> targets = new HashSet<>();
        IntStream.range(0, 500).forEach(i -> targets.add(challenges.draw().targetKey()));
        assertThat(targets).containsExactlyInAnyOrderElementsOf(CATALOGUE.keys());
    }

    @Test
    void only_the_answer_id_answers_the_challenge() {
        PictureChallenge challenge = new PictureChallenges(CATALOGUE, new SecureRandom()).draw();
        assertThat(challenge.isAnsweredBy(challenge.answerId())).isTrue();
        assertThat(challenge.ids()).filteredOn(challenge::isAnsweredBy).containsExactly(challenge.answerId());
        assertThat(challenge.isAnsweredBy(challenge.targetKey())).isFalse();
        assertThat(challenge.isAnsweredBy(null)).isFalse();
    }

    @Test
    void the_same_seed_draws_the_same_challenge_and_another_seed_another() {
        PictureChallenge once = new PictureChallenges(CATALOGUE, new Random(7)).draw();
        assertThat(new PictureChallenges(CATALOGUE, new Random(7)).draw()).isEqualTo(once);
        assertThat(new PictureChallenges(CATALOGUE, new Random(8)).draw()).isNotEqualTo(once);
    }

    @Test
    void a_catalogue_too_small_for_eight_pictures_is_refused() {
        Pictures small = new Pictures(CATALOGUE.all().subList(0, PictureChallenges.MAX_SIZE - 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new PictureChallenges(small, new Random(1)));
    }
}
