/*
 * The live checklist of the new-password step: ticks each rule of the mutual's policy as
 * the member types. Hints only, from the same rule definitions the server sends in the
 * page (data-rule, data-params); the server stays the judge. Rules that need the server
 * (common passwords, member data, history) are marked as checked at validation.
 * Each rule says its state in words (not only ✓ / ✗); a screen reader hears one summary
 * in the polite status region once typing pauses, not a change on every keystroke.
 */
(function () {
    'use strict';

    function classesOf(password) {
        var upper = /[\p{Lu}\p{Lt}]/u.test(password);
        var lower = /[\p{Ll}\p{Lo}\p{Lm}]/u.test(password);
        var digit = /\p{Nd}/u.test(password);
        var special = /[^\p{L}\p{Nd}]/u.test(password);
        return [upper, lower, digit, special].filter(Boolean).length;
    }

    var checks = {
        'password.minimumLength': function (p, c, params) { return Array.from(p).length >= Number(params[0]); },
        'password.maximumLength': function (p, c, params) { return p.length > 0 && Array.from(p).length <= Number(params[0]); },
        'password.characterClasses': function (p, c, params) { return classesOf(p) >= Number(params[0]); },
        'password.forbiddenCharacters': function (p, c, params) {
            return p.length > 0 && !Array.from(params[0] || '').some(function (ch) { return p.indexOf(ch) >= 0; });
        },
        'password.confirmationMatches': function (p, c) { return p.length > 0 && p === c; }
    };

    function field(role) {
        return document.querySelector('[data-checklist="' + role + '"] input[type="password"], '
            + '[data-checklist="' + role + '"] input[type="text"]');
    }

    /** How long typing must pause before the summary is said. */
    var PAUSE = 1200;
    var pending = null;
    var said = '';

    function announce() {
        pending = null;
        var list = document.getElementById('checklist');
        var status = document.getElementById('checklist-status');
        if (!list || !status) {
            return;
        }
        var unmet = Array.prototype.map.call(list.querySelectorAll('li.unmet .rule-text'), function (text) {
            return text.textContent.trim();
        });
        var summary = unmet.length === 0 ? status.getAttribute('data-all-met')
            : status.getAttribute('data-still').replace('{0}', unmet.join(' ; '));
        if (summary !== said) {
            said = summary;
            status.textContent = summary;
        }
    }

    function typed() {
        update();
        if (pending) {
            window.clearTimeout(pending);
        }
        pending = window.setTimeout(announce, PAUSE);
    }

    function update() {
        var password = (field('password') || {}).value || '';
        var confirmation = (field('confirmation') || {}).value || '';
        password = password.normalize('NFC');
        confirmation = confirmation.normalize('NFC');
        var list = document.getElementById('checklist');
        if (!list) {
            return;
        }
        list.querySelectorAll('li[data-rule]').forEach(function (item) {
            var check = checks[item.getAttribute('data-rule')];
            var state = item.querySelector('.rule-state');
            if (!check) {
                item.className = 'server';
                state.textContent = ' (' + list.getAttribute('data-server-checked') + ')';
                return;
            }
            var params = (item.getAttribute('data-params') || '').split('\n');
            var met = check(password, confirmation, params);
            item.className = met ? 'met' : 'unmet';
            state.textContent = ' (' + list.getAttribute(met ? 'data-met' : 'data-unmet') + ')';
        });
    }

    function bind() {
        said = '';
        ['password', 'confirmation'].forEach(function (id) {
            var input = field(id);
            if (input && !input.dataset.checklistBound) {
                input.dataset.checklistBound = "on";
                input.addEventListener('input', typed);
            }
        });
        update();
    }

    bind();
    document.addEventListener('pfAjaxComplete', bind);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', bind);
    }
}());
