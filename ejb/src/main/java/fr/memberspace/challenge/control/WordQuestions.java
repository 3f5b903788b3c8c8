package fr.memberspace.challenge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Draws the text alternative to the picture challenge, for members who cannot see the
 * pictures: a question such as "Parmi ces mots : crayon, chat, tasse, maison, lequel désigne
 * un animal ?", where the answer is the one offered word that fits a {@link Clue}. The clue,
 * the words, their order and the phrasing (three per language, French or English) are drawn
 * at random, and the answer is read case-, accent- and space-insensitively by
 * {@link TypedWord}.
 *
 * <p>Why this one: it works with any screen reader or braille display, needs no audio
 * service and no e-mail round trip, and, unlike "what is the 3rd word of this list", it
 * cannot be answered by parsing the sentence: the answer needs to know what the words mean.
 *
 * <p>Its limits, honestly: a language model answers it easily, and a plain bot can learn the
 * 12 clues and 16 words by trial or by reading this class, then guess; with 4 words a blind
 * guess already succeeds one time in four. It is a speed bump, much weaker than the
 * pictures. It must be throttled like sign-in failures, and only ever guard actions that are
 * themselves protected (codes by e-mail, per-account delays).
 */
public class WordQuestions {

    /** Words offered by a question: one answer and three others. */
    public static final int WORDS = 4;

    private static final List<String> FRENCH = List.of(
            "Parmi ces mots : %s, lequel désigne %s ?",
            "Lequel de ces mots désigne %2$s : %1$s ?",
            "Écrivez le mot qui désigne %2$s, parmi : %1$s.");
    private static final List<String> ENGLISH = List.of(
            "Among these words: %s, which one names %s?",
            "Which of these words names %2$s: %1$s?",
            "Type the word that names %2$s, from: %1$s.");

    private final Pictures pictures;
    private final RandomGenerator random;

    /** Questions on the words of {@code pictures}, drawn with {@code random}. */
    public WordQuestions(Pictures pictures, RandomGenerator random) {
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A question in English for an English locale, in French otherwise. */
    public WordQuestion draw(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Clue clue = Clue.values()[random.nextInt(Clue.values().length)];
        List<Picture> fitting = new ArrayList<>();
        List<Picture> others = new ArrayList<>();
        for (Picture picture : pictures.all()) {
            if (clue.keys().contains(picture.key())) {
                fitting.add(picture);
            } else if (!clue.fits(picture.key())) {
                others.add(picture);
            }
        }
        Picture answer = fitting.get(random.nextInt(fitting.size()));
        List<Picture> offered = new ArrayList<>(pick(others, WORDS - 1));
        offered.add(random.nextInt(WORDS), answer);
        List<String> words = offered.stream().map(p -> english ? p.english() : p.french()).toList();
        List<String> phrasings = english ? ENGLISH : FRENCH;
        String text = String.format(Locale.ROOT, phrasings.get(random.nextInt(phrasings.size())),
                String.join(", ", words), english ? clue.english() : clue.french());
        return new WordQuestion(text, words, answer.key(), answer.french(), answer.english());
    }

    private List<Picture> pick(List<Picture> from, int count) {
        List<Picture> deck = new ArrayList<>(from);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(deck.size() - i);
            deck.set(j, deck.set(i, deck.get(j)));
        }
        return deck.subList(0, count);
    }
}
