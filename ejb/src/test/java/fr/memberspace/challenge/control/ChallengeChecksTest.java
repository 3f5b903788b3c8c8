package fr.memberspace.challenge.control;

import static fr.memberspace.challenge.control.ChallengeCheck.Outcome.EXPIRED;
import static fr.memberspace.challenge.control.ChallengeCheck.Outcome.FORGED;
import static fr.memberspace.challenge.control.ChallengeCheck.Outcome.OTHER_MUTUAL;
import static fr.memberspace.challenge.control.ChallengeCheck.Outcome.RIGHT;
import static fr.memberspace.challenge.control.ChallengeCheck.Outcome.WRONG;
import static fr.memberspace.challenge.control.SignedChallengesTest.EXPIRY;
import static fr.memberspace.challenge.control.SignedChallengesTest.KEY;
import static fr.memberspace.challenge.control.SignedChallengesTest.NOW;
import static fr.memberspace.challenge.control.SignedChallengesTest.OTHER_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChallengeChecksTest {

    private static final SignedChallenges SIGNED = new SignedChallenges(KEY, Pictures.standard(), new Random(7));
    private static final SignedChallenges ELSEWHERE = new SignedChallenges(OTHER_KEY, Pictures.standard(), new Random(7));
    private static final ChallengeToken PICTURES = SIGNED.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY);
    private static final ChallengeToken WORDS = SIGNED.issue(ChallengeToken.Kind.WORDS, "mcrn", EXPIRY);
    private static final PictureChallenge DRAWN = SIGNED.pictures(PICTURES);
    private static final WordQuestion QUESTION = SIGNED.question(WORDS, Locale.FRENCH);

    /** A picture of the challenge that is not the answer. */
    private static String wrongPicture() {
        return DRAWN.ids().stream().filter(id -> !id.equals(DRAWN.answerId())).findFirst().orElseThrow();
    }

    private static String tampered(String token) {
        char last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    static Stream<Arguments> answers() {
        String picture = PICTURES.text();
        String words = WORDS.text();
        return Stream.of(
                // case, mutual, token, answer, when, outcome
                Arguments.of("the right picture", "mcrn", picture, DRAWN.answerId(), NOW, RIGHT),
                Arguments.of("the right picture a second before expiry", "mcrn", picture, DRAWN.answerId(),
                        EXPIRY.minusSeconds(1), RIGHT),
                Arguments.of("another picture of the challenge", "mcrn", picture, wrongPicture(), NOW, WRONG),
                Arguments.of("a picture's name", "mcrn", picture, DRAWN.targetKey(), NOW, WRONG),
                Arguments.of("no answer", "mcrn", picture, null, NOW, WRONG),
                Arguments.of("the right picture at expiry", "mcrn", picture, DRAWN.answerId(), EXPIRY, EXPIRED),
                Arguments.of("the right picture after expiry", "mcrn", picture, DRAWN.answerId(),
                        EXPIRY.plusSeconds(3600), EXPIRED),
                Arguments.of("the right picture on another mutual's page", "autre", picture, DRAWN.answerId(), NOW,
                        OTHER_MUTUAL),
                Arguments.of("a tampered token", "mcrn", tampered(picture), DRAWN.answerId(), NOW, FORGED),
                Arguments.of("a token of another server", "mcrn",
                        ELSEWHERE.issue(ChallengeToken.Kind.PICTURES, "mcrn", EXPIRY).text(), DRAWN.answerId(), NOW,
                        FORGED),
                Arguments.of("no token", "mcrn", null, DRAWN.answerId(), NOW, FORGED),
                Arguments.of("an old random id", "mcrn", "x4Pq0cV1oQk3yVbJm9rJ0sKX3Gz8m2nQ", DRAWN.answerId(), NOW,
                        FORGED),
                Arguments.of("the French word", "mcrn", words, QUESTION.french(), NOW, RIGHT),
                Arguments.of("the English word, upper case", "mcrn", words, QUESTION.english().toUpperCase(Locale.ROOT),
                        NOW, RIGHT),
                Arguments.of("the word with an article and spaces", "mcrn", words, " le " + QUESTION.french() + " ",
                        NOW, RIGHT),
                Arguments.of("another offered word", "mcrn", words, QUESTION.words().stream()
                        .filter(w -> !w.equals(QUESTION.french())).findFirst().orElseThrow(), NOW, WRONG),
                Arguments.of("a picture id to a question", "mcrn", words, DRAWN.answerId(), NOW, WRONG),
                Arguments.of("an empty word", "mcrn", words, "  ", NOW, WRONG),
                Arguments.of("the word after expiry", "mcrn", words, QUESTION.french(), EXPIRY, EXPIRED));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @MethodSource("answers")
    void an_answer_comes_to(String name, String mutual, String token, String answer, Instant when,
                            ChallengeCheck.Outcome outcome) {
        ChallengeCheck check = new ChallengeChecks(SIGNED).check(mutual, token, answer, when);

        assertThat(check.outcome()).isEqualTo(outcome);
        assertThat(check.isRight()).isEqualTo(outcome == RIGHT);
    }

    static Stream<Arguments> usedUp() {
        Function<ChallengeCheck.Outcome, ChallengeCheck> of = outcome -> new ChallengeCheck(outcome, PICTURES);
        return Stream.of(
                Arguments.of(of.apply(RIGHT), true),
                Arguments.of(of.apply(WRONG), true),
                Arguments.of(of.apply(OTHER_MUTUAL), true),
                Arguments.of(of.apply(EXPIRED), false),
                Arguments.of(new ChallengeCheck(FORGED, null), false));
    }

    @ParameterizedTest(name = "{0}: used up {1}")
    @MethodSource("usedUp")
    void any_answer_to_a_live_authentic_challenge_uses_it_up(ChallengeCheck check, boolean usesUp) {
        assertThat(check.usesUp()).isEqualTo(usesUp);
    }
}
