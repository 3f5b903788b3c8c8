/*
 * The mutual's main colour, checked on the server (readable on white, WCAG 2.2 AA), from
 * the page's data-brand attribute into the --brand design token. Runs in the head, before
 * anything is drawn; without it the pages keep the platform's colour of memberspace.css.
 */
(function () {
    'use strict';
    var root = document.documentElement;
    var colour = root.getAttribute('data-brand');
    if (colour && /^#[0-9a-f]{6}$/i.test(colour)) {
        root.style.setProperty('--brand', colour);
    }
}());
