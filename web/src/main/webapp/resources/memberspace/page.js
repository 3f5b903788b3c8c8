/*
 * What every page of the member space does for keyboard and screen-reader users:
 * - the show / hide password buttons (named for what they will do, in the page's language);
 * - focus after a submit: the first field in error, else the messages, else the heading of
 *   the step the wizard moved to (an update in place would otherwise drop the focus), and
 *   the step's heading when the wizard loads past its first step;
 * - the countdown before another activation code may be asked for: the timer text is read
 *   on demand, and said once (politely) when it runs out.
 * The pages work without it: the buttons stay hidden, the server does the rest.
 */
(function () {
    'use strict';

    // Show / hide password

    function revealToggles() {
        document.querySelectorAll('.password-toggle[hidden]').forEach(function (button) {
            button.hidden = false;
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.password-toggle');
        if (!button) {
            return;
        }
        var field = document.getElementById(button.getAttribute('aria-controls'));
        if (!field) {
            return;
        }
        var show = field.type === 'password';
        field.type = show ? 'text' : 'password';
        button.querySelector('.password-toggle-verb').textContent =
            button.getAttribute(show ? 'data-hide' : 'data-show');
    });

    // Focus after a submit

    function firstError() {
        var invalid = document.querySelector('[aria-invalid="true"]');
        if (invalid) {
            return invalid;
        }
        var messages = document.getElementById('messages');
        return messages && messages.querySelector('.message-error') ? messages : null;
    }

    function stepOf() {
        var wizard = document.querySelector('form[data-step]');
        return wizard ? wizard.getAttribute('data-step') : null;
    }

    function focusAfterUpdate(stepBefore) {
        var target = firstError();
        if (!target) {
            var messages = document.getElementById('messages');
            var heading = document.querySelector('.step-heading');
            if (heading && stepOf() !== stepBefore) {
                target = heading;
            } else if (messages && messages.querySelector('.message')) {
                target = messages;
            } else {
                target = heading;
            }
        }
        if (target) {
            target.focus();
        }
    }

    // The countdown before another code

    var countdown = null;

    function waitText(timer, seconds) {
        var amount = seconds === 1 ? timer.getAttribute('data-second')
            : seconds < 120 ? timer.getAttribute('data-seconds-text').replace('{0}', seconds)
                : timer.getAttribute('data-minutes').replace('{0}', Math.ceil(seconds / 60));
        return timer.getAttribute('data-text').replace('{0}', amount);
    }

    function startCountdown() {
        if (countdown) {
            window.clearInterval(countdown);
            countdown = null;
        }
        var timer = document.getElementById('resend-wait');
        if (!timer) {
            return;
        }
        var end = Date.now() + Number(timer.getAttribute('data-seconds')) * 1000;
        countdown = window.setInterval(function () {
            var left = Math.ceil((end - Date.now()) / 1000);
            if (!document.body.contains(timer)) {
                window.clearInterval(countdown);
                countdown = null;
            } else if (left > 0) {
                timer.textContent = waitText(timer, left);
            } else {
                window.clearInterval(countdown);
                countdown = null;
                timer.textContent = timer.getAttribute('data-ready');
                var status = document.getElementById('resend-ready');
                if (status) {
                    status.textContent = timer.getAttribute('data-ready');
                }
            }
        }, 1000);
    }

    // Wiring: at load, and after each PrimeFaces update

    var stepBeforeUpdate = stepOf();
    revealToggles();
    startCountdown();
    var error = firstError();
    var loadedHeading = document.querySelector('.step-heading');
    if (error) {
        error.focus();
    } else if (loadedHeading && stepOf() && stepOf() !== 'identify') {
        // the wizard loaded past its first step (after the member number, or from the
        // sign-in page for a renewal): the new step's heading, as after an update
        loadedHeading.focus();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', function () {
            stepBeforeUpdate = stepOf();
        });
        window.jQuery(document).on('pfAjaxComplete', function () {
            revealToggles();
            startCountdown();
            focusAfterUpdate(stepBeforeUpdate);
        });
    }
}());
