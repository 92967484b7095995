// Drag-and-drop for the agenda table: an enhancement over the move buttons, which keep working without it.
// Dropping a row posts the same form as the buttons, with the whole new order, and says so in the live region.
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        var form = document.querySelector("[data-agenda-form]");
        if (!form) {
            return;
        }
        var body = form.querySelector("tbody");
        var status = document.getElementById("agenda-status");
        var dragged = null;

        body.addEventListener("dragstart", function (event) {
            var row = event.target.closest("tr[data-movable]");
            if (!row) {
                event.preventDefault();
                return;
            }
            dragged = row;
            row.classList.add("agenda-row--dragging");
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", row.dataset.key);
        });

        body.addEventListener("dragover", function (event) {
            var row = event.target.closest("tr[data-movable]");
            if (!dragged || !row || row === dragged) {
                return;
            }
            event.preventDefault();
            var box = row.getBoundingClientRect();
            var after = event.clientY > box.top + box.height / 2;
            body.insertBefore(dragged, after ? row.nextSibling : row);
        });

        body.addEventListener("dragend", function () {
            if (!dragged) {
                return;
            }
            dragged.classList.remove("agenda-row--dragging");
            var title = dragged.querySelector(".agenda-row__title");
            dragged = null;
            var keys = Array.prototype.map.call(body.querySelectorAll("tr[data-key]"), function (row) {
                return row.dataset.key;
            });
            form.querySelector("input[name=order]").value = keys.join(",");
            if (status) {
                status.textContent = (title ? title.textContent + ": " : "") + "ny rækkefølge gemmes …";
            }
            var op = document.createElement("input");
            op.type = "hidden";
            op.name = "op";
            op.value = "order";
            form.appendChild(op);
            form.submit();
        });
    });
})();
