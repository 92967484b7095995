// Meeting mode: keyboard shortcuts for the next and previous item, the recommendation as the starting text of a
// decision "Godkendt", and no race between autosave and the save buttons. Everything works without this file.
(function () {
    "use strict";

    document.addEventListener("keydown", function (event) {
        if (!event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        var target = null;
        if (event.key === "PageDown") {
            target = document.getElementById("naeste");
        } else if (event.key === "PageUp") {
            target = document.getElementById("forrige");
        }
        if (target && !target.disabled) {
            event.preventDefault();
            target.click();
        }
    });

    document.addEventListener("change", function (event) {
        var input = event.target;
        if (input.name !== "outcome" || input.value !== "GODKENDT") {
            return;
        }
        var text = document.getElementById("beslutningstekst");
        if (text && text.value.trim() === "" && text.dataset.prefill) {
            text.value = text.dataset.prefill;
        }
    });

    // A save button sends the whole form: autosaves still waiting are dropped, one in flight is waited for, so the
    // form carries the version that autosave got back.
    var submitting = false;
    document.addEventListener("htmx:beforeRequest", function (event) {
        if (submitting) {
            event.preventDefault();
        }
    });
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (form.id !== "beslutning") {
            return;
        }
        if (form.classList.contains("htmx-request")) {
            event.preventDefault();
            var submitter = event.submitter;
            document.addEventListener("htmx:afterSettle", function () {
                form.requestSubmit(submitter);
            }, {once: true});
            return;
        }
        submitting = true;
    });
})();
