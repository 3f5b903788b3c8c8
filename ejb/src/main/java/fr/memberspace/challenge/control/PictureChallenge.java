package fr.memberspace.challenge.control;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One drawn challenge, kept by the server: the target picture's key, the word asked in
 * French and in English, the pictures in display order under their opaque ids, and the id
 * of the right answer. Only the word and the ids may reach the page.
 */
public record PictureChallenge(String targetKey, String french, String english, List<ShownPicture> shown,
        String answerId) {

    public PictureChallenge {
        Objects.requireNonNull(targetKey, "targetKey");
        Objects.requireNonNull(french, "french");
        Objects.requireNonNull(english, "english");
        shown = List.copyOf(shown);
        Objects.requireNonNull(answerId, "answerId");
    }

    /** The word to ask: English for an English locale, French otherwise. */
    public String word(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : french;
    }

    /** The opaque ids in display order, as the page lists them. */
    public List<String> ids() {
        return shown.stream().map(ShownPicture::id).toList();
    }

    /** Whether the member clicked the right picture; an unknown id is simply wrong. */
    public boolean isAnsweredBy(String clickedId) {
        return answerId.equals(clickedId);
    }
}
