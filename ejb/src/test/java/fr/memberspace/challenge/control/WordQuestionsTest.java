package fr.memberspace.challenge.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class WordQuestionsTest {

    private static final Pictures CATALOGUE = Pictures.standard();

    private final WordQuestions questions = new WordQuestions(CATALOGUE, new Random(4242));

    @Test
    void every_clue_names_pictures_of_the_catalogue_and_every_picture_has_a_clue() {
        Set<String> clued = Arrays.stream(Clue.values()).flatMap(clue -> clue.keys().stream()).collect(Collectors.toSet());
        assertThat(clued).containsExactlyInAnyOrderElementsOf(CATALOGUE.keys());
    }

    @Test
    void a_house_is_never_offered_when_asking_what_keeps_the_rain_off() {
        assertThat(Clue.RAIN.fits("maison")).isTrue();
        assertThat(Clue.RAIN.keys()).containsExactly("parapluie");
        int asked = 0;
        for (int i = 0; i < 300; i++) {
            WordQuestion question = questions.draw(Locale.FRENCH);
            if (question.text().contains(Clue.RAIN.french())) {
                asked++;
                assertThat(question.words()).contains("parapluie").doesNotContain("maison", "voiture");
            }
        }
        assertThat(asked).isPositive();
    }

    @Test
    void a_question_offers_four_distinct_words_one_of_them_the_answer() {
        for (int i = 0; i < 300; i++) {
            WordQuestion question = questions.draw(Locale.FRENCH);
            Picture answer = CATALOGUE.find(question.answerKey()).orElseThrow();
            assertThat(question.words()).hasSize(WordQuestions.WORDS).doesNotHaveDuplicates()
                    .filteredOn(answer.french()::equals).hasSize(1);
            assertThat(question.text()).contains(String.join(", ", question.words()));
        }
    }

    @Test
    void no_other_offered_word_fits_a_clue_of_the_answer() {
        for (int i = 0; i < 300; i++) {
            WordQuestion question = questions.draw(Locale.ENGLISH);
            Set<String> others = CATALOGUE.all().stream()
                    .filter(p -> question.words().contains(p.english()) && !p.key().equals(question.answerKey()))
                    .map(Picture::key).collect(Collectors.toSet());
            assertThat(others).hasSize(WordQuestions.WORDS - 1);
            Arrays.stream(Clue.values()).filter(clue -> clue.keys().contains(question.answerKey()))
                    .forEach(clue -> assertThat(others).noneMatch(clue::fits));
        }
    }

    @Test
    void the_answer_is_accepted_in_either_language_however_typed_and_nothing_else_is() {
        for (int i = 0; i < 100; i++) {
            WordQuestion question = questions.draw(Locale.FRENCH);
            Picture answer = CATALOGUE.find(question.answerKey()).orElseThrow();
            assertThat(question.isAnsweredBy(" " + answer.french().toUpperCase(Locale.FRENCH) + " ")).isTrue();
            assertThat(question.isAnsweredBy("le " + answer.english())).isTrue();
            assertThat(question.words()).filteredOn(question::isAnsweredBy).containsExactly(answer.french());
            assertThat(question.isAnsweredBy("")).isFalse();
            assertThat(question.isAnsweredBy(null)).isFalse();
        }
    }

    @Test
    void the_answer_s_accents_need_not_be_typed() {
        WordQuestion star = new WordQuestion("?", List.of("étoile"), "etoile", "étoile", "star");
        assertThat(star.isAnsweredBy("Etoile")).isTrue();
        assertThat(star.isAnsweredBy("étoiles")).isFalse();
    }

    @Test
    void an_english_question_offers_english_words() {
        Set<String> english = CATALOGUE.all().stream().map(Picture::english).collect(Collectors.toSet());
        for (int i = 0; i < 50; i++) {
            WordQuestion question = questions.draw(Locale.UK);
            assertThat(question.words()).isSubsetOf(english);
            assertThat(question.text()).endsWith(question.text().startsWith("Type") ? "." : "?");
        }
    }

    @Test
    void the_phrasing_the_answer_s_place_and_the_clue_vary() {
        Set<String> openings = new HashSet<>();
        Set<Integer> places = new HashSet<>();
        Set<String> answers = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            WordQuestion question = questions.draw(Locale.FRENCH);
            openings.add(question.text().substring(0, 8));
            places.add(question.words().indexOf(CATALOGUE.find(question.answerKey()).orElseThrow().french()));
            answers.add(question.answerKey());
        }
        assertThat(openings).hasSize(3);
        assertThat(places).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(answers).containsExactlyInAnyOrderElementsOf(CATALOGUE.keys());
    }
}
