package fr.memberspace.support.boundary;

import java.io.Serializable;

/** A mutual an agent may pick: its code and display name. */
public record MutualChoice(String code, String name) implements Serializable {
}
