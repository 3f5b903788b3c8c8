package fr.memberspace.challenge.control;

import java.util.Set;

/**
 * What a word of the catalogue names, as the text question asks it ("un animal", "an
 * animal"), with the keys of the pictures it describes and of those it could arguably fit
 * too (a house also keeps the rain off). A question built on a clue never offers another
 * word that the clue fits, so its answer is never ambiguous.
 */
public enum Clue {
    ANIMAL("un animal", "an animal", "chat poisson", ""),
    PLANT("une plante", "a plant", "arbre fleur", ""),
    SKY("quelque chose que l'on voit dans le ciel", "something you see in the sky", "soleil etoile", ""),
    TRANSPORT("un moyen de transport", "a means of transport", "voiture bateau", ""),
    HOME("un endroit où l'on habite", "a place where people live", "maison", "bateau"),
    TIME("un objet qui donne l'heure", "something that tells the time", "horloge", "soleil"),
    WRITING("un objet pour écrire ou dessiner", "something to write or draw with", "crayon", ""),
    DRINK("un objet dans lequel on boit", "something you drink from", "tasse", ""),
    RAIN("un objet qui protège de la pluie", "something that keeps the rain off", "parapluie", "maison voiture"),
    SIGHT("un objet qui aide à mieux voir", "something that helps you see better", "lunettes", ""),
    LOCK("un objet qui ouvre une serrure", "something that opens a lock", "cle", ""),
    KICK("un objet que l'on lance ou frappe du pied", "something you throw or kick", "ballon", "");

    private final String french;
    private final String english;
    private final Set<String> keys;
    private final Set<String> alsoFitting;

    Clue(String french, String english, String keys, String alsoFitting) {
        this.french = french;
        this.english = english;
        this.keys = Set.of(keys.split(" "));
        this.alsoFitting = alsoFitting.isEmpty() ? Set.of() : Set.of(alsoFitting.split(" "));
    }

    /** The clue as a French noun phrase, to follow "désigne". */
    public String french() {
        return french;
    }

    /** The clue as an English noun phrase, to follow "names". */
    public String english() {
        return english;
    }

    /** The keys of the pictures this clue describes: the possible answers. */
    public Set<String> keys() {
        return keys;
    }

    /** Whether the clue describes, or could arguably fit, the picture {@code key}. */
    public boolean fits(String key) {
        return keys.contains(key) || alsoFitting.contains(key);
    }
}
