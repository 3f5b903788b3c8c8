/**
 * Developer tools that never ship in the EAR: the run command (a WildFly with the demo
 * data and a mail catcher that a person reads in the browser).
 */
package fr.memberspace.dev;
