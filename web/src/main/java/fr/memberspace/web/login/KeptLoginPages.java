package fr.memberspace.web.login;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The login pages {@link LoginPages} keeps, per mutual and language, on this node: those in
 * use, and those rendered once that wait for a second rendering to agree with them.
 */
@ApplicationScoped
public class KeptLoginPages {

    final Map<LoginPages.Key, LoginPages.Kept> kept = new ConcurrentHashMap<>();
    final Map<LoginPages.Key, LoginPages.Kept> candidates = new ConcurrentHashMap<>();

    /** Forgets a mutual's pages (its settings changed): the next view renders afresh. */
    public void forget(String mutualCode) {
        kept.keySet().removeIf(key -> key.mutual().equals(mutualCode));
        candidates.keySet().removeIf(key -> key.mutual().equals(mutualCode));
    }
}
