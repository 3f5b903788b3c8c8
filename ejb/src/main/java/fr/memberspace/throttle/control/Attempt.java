package fr.memberspace.throttle.control;

/** What a client address attempts, each kind limited on its own ({@link AddressLimits}). */
public enum Attempt {
    SIGN_IN, CODE_REQUEST, CODE_CHECK, IDENTIFY
}
