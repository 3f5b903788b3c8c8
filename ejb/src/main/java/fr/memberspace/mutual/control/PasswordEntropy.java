package fr.memberspace.mutual.control;

/**
 * How a password policy stands against the French CNIL's recommendation on passwords
 * (délibération n° 2022-100 du 21 juillet 2022, JO du 16 octobre 2022), which a mutual's DPO
 * asks about. The CNIL measures a policy by the entropy of the weakest password it admits:
 * <pre>entropy = length × log2(size of the alphabet)</pre>
 * with the alphabet sizes of the CNIL's own calculator: 26 lower-case letters, 26 upper-case
 * letters, 10 digits and 37 special characters (an AZERTY keyboard's), i.e. 99 for the four
 * classes. Its thresholds: <b>80 bits</b> when the password alone protects the account
 * (case 1), <b>50 bits</b> with a restriction of access such as a lockout after failures
 * and a challenge (case 2, which this platform applies to every mutual). Its first example,
 * 12 characters of the four classes, is 12 × log2(99) = 79.55 bits, which it counts as 80:
 * the entropy is therefore rounded to the nearest bit before it is compared. Its second,
 * 14 characters of upper case, lower case and digits (62), gives 83.
 * <p>
 * A policy that asks {@code k} of the four classes lets a member use the {@code k} smallest
 * (digits, then letters): the alphabet counted is theirs, so the figure is what the policy
 * guarantees, not what a careful member reaches. With no class required, digits alone are
 * admitted. Sources: cnil.fr, "Mots de passe : une nouvelle recommandation pour maîtriser sa
 * sécurité" (2022), and the délibération's examples of cases 1 and 2.
 */
public final class PasswordEntropy {

    /** CNIL, case 1: the password alone. */
    public static final int ALONE_BITS = 80;
    /** CNIL, case 2: with a restriction of access (lockout, challenge). */
    public static final int WITH_RESTRICTION_BITS = 50;

    /** The CNIL's class sizes, smallest first: digits, lower case, upper case, special. */
    private static final int[] CLASS_SIZES = {10, 26, 26, 37};

    private PasswordEntropy() {
    }

    /** What the CNIL would say of a policy. */
    public enum Verdict {
        /** 80 bits or more: enough even without restriction of access. */
        ENOUGH_ALONE,
        /** 50 to 79 bits: enough with the lockout and challenge this platform applies. */
        ENOUGH_WITH_RESTRICTION,
        /** Under 50 bits: below the recommendation. */
        BELOW
    }

    /** The entropy of the weakest password the policy admits, in bits, unrounded. */
    public static double bits(int minLength, int requiredClasses) {
        if (minLength < 0 || requiredClasses < 0 || requiredClasses > 4) {
            throw new IllegalArgumentException("length >= 0 and 0 to 4 classes");
        }
        return minLength * (Math.log(alphabet(requiredClasses)) / Math.log(2));
    }

    /** The entropy rounded to the nearest bit, as the CNIL states it. */
    public static int roundedBits(int minLength, int requiredClasses) {
        return (int) Math.round(bits(minLength, requiredClasses));
    }

    public static Verdict verdict(int minLength, int requiredClasses) {
        var bits = roundedBits(minLength, requiredClasses);
        if (bits >= ALONE_BITS) {
            return Verdict.ENOUGH_ALONE;
        }
        return bits >= WITH_RESTRICTION_BITS ? Verdict.ENOUGH_WITH_RESTRICTION : Verdict.BELOW;
    }

    /** The size of the alphabet of the {@code requiredClasses} smallest classes (digits alone for none). */
    static int alphabet(int requiredClasses) {
        var size = 0;
        for (int i = 0; i < Math.max(1, requiredClasses); i++) {
            size += CLASS_SIZES[i];
        }
        return size;
    }
}
