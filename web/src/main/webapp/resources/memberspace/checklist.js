/*
 * The live checklist of the new-password step: ticks each rule of the mutual's policy as
 * the member types. Hints only, from the same rule definitions the server sends in the
 * page (data-rule, data-params); the server stays the judge. Rules that need the server
 * (common passwords, member data, history) are marked as checked at validation.
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
            if (!check) {
                item.className = 'server';
                item.title = list.getAttribute('data-server-checked');
                return;
            }
            var params = (item.getAttribute('data-params') || '').split('\n');
            item.className = check(password, confirmation, params) ? 'met' : 'unmet';
        });
    }

    function bind() {
        ['password', 'confirmation'].forEach(function (id) {
            var input = field(id);
            if (input && !input.dataset.checklistBound) {
                input.dataset.checklistBound = "on";
                input.addEventListener('input', update);
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
