package fr.memberspace.challenge.control;

import java.util.List;
import java.util.Objects;

/**
 * A drawn text question, kept by the server: the question to show or read aloud, the words
 * it offers, and the key of the picture whose word answers it.
 */
public record WordQuestion(String text, List<String> words, String answerKey, String french, String english) {

    public WordQuestion {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        Objects.requireNonNull(answerKey, "answerKey");
        Objects.requireNonNull(french, "french");
        Objects.requireNonNull(english, "english");
    }

    /**
     * Whether {@code typed} is the answer, in French or in English, ignoring case, accents,
     * spaces and a leading article.
     */
    public boolean isAnsweredBy(String typed) {
        String answer = TypedWord.normalise(typed);
        return !answer.isEmpty()
                && (answer.equals(TypedWord.normalise(french)) || answer.equals(TypedWord.normalise(english)));
    }
}
