/**
 * The password rules, one small pure class each, and what they work on: a password attempt
 * in, a violation (message key plus parameters, translated by the view) out.
 */
package fr.memberspace.password.rule;
