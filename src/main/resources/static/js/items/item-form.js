// Item form: TinyMCE on the section textareas, and adding/removing "at …" clause rows.
// Progressive enhancement: without this script the textareas take the HTML subset as text, and spare empty
// clause rows are there to fill in.
(function () {
  "use strict";

  function setUpEditors() {
    if (!window.tinymce) {
      return;
    }
    window.tinymce.init({
      selector: "textarea.items__rich",
      base_url: "/webjars/tinymce",
      suffix: ".min",
      promotion: false,
      branding: false,
      menubar: false,
      statusbar: false,
      height: 220,
      plugins: "lists link table",
      toolbar: "undo redo | blocks | bold italic | bullist numlist | link table",
      block_formats: "Afsnit=p; Overskrift 3=h3; Overskrift 4=h4",
      // The sanitised subset the server keeps (RichText); anything else would be dropped on save anyway.
      valid_elements: "p,br,ul,ol,li,strong/b,em/i,a[href|title],table,thead,tbody,tr,th,td,h3,h4",
      link_default_target: "",
      link_target_list: false,
      link_title: false,
      table_advtab: false,
      table_cell_advtab: false,
      table_row_advtab: false,
      table_appearance_options: false,
      table_default_attributes: {},
      table_default_styles: {},
      convert_urls: false,
      entity_encoding: "raw",
      content_css: "default",
      content_style: "body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 16px; }",
      setup: function (editor) {
        var textarea = editor.getElement();
        editor.on("init", function () {
          // Name the editing area after the section, for screen readers and axe.
          var frame = editor.getContainer().querySelector("iframe");
          if (frame) {
            frame.setAttribute("title", textarea.getAttribute("data-label"));
          }
          editor.getBody().setAttribute("aria-label", textarea.getAttribute("data-label"));
        });
        editor.on("change input undo redo", function () {
          editor.save();
        });
      }
    });
  }

  function setUpClauses() {
    var list = document.querySelector("[data-clauses]");
    var removeTemplate = document.getElementById("klausul-knapper");
    var addTemplate = document.getElementById("klausul-tilfoej");
    var texts = document.getElementById("klausul-tekster");
    if (!list || !removeTemplate || !addTemplate || !texts) {
      return;
    }
    var labelPattern = texts.getAttribute("data-clause-label");

    function renumber() {
      var rows = list.querySelectorAll("[data-clause]");
      rows.forEach(function (row, index) {
        var input = row.querySelector("input");
        var label = row.querySelector("label");
        input.id = "at-" + index;
        label.setAttribute("for", input.id);
        label.textContent = labelPattern.replace("{n}", String(index + 1));
        var remove = row.querySelector("[data-remove-clause]");
        if (remove) {
          remove.setAttribute("aria-label", remove.textContent.trim() + " " + label.textContent);
        }
      });
    }

    function addRemoveButton(row) {
      var button = removeTemplate.content.firstElementChild.cloneNode(true);
      button.addEventListener("click", function () {
        var rows = list.querySelectorAll("[data-clause]");
        var next = row.nextElementSibling || row.previousElementSibling;
        if (rows.length > 1) {
          row.remove();
        } else {
          row.querySelector("input").value = "";
        }
        renumber();
        var focus = next ? next.querySelector("input") : list.querySelector("input");
        if (focus) {
          focus.focus();
        }
      });
      row.appendChild(button);
    }

    // With JavaScript, one empty row is enough: more are added on demand.
    var rows = Array.prototype.slice.call(list.querySelectorAll("[data-clause]"));
    var empties = rows.filter(function (row) { return row.querySelector("input").value.trim() === ""; });
    empties.slice(rows.length - empties.length === 0 ? 1 : 0).forEach(function (row) { row.remove(); });
    if (list.querySelectorAll("[data-clause]").length === 0 && rows.length > 0) {
      list.appendChild(rows[0]);
    }
    list.querySelectorAll("[data-clause]").forEach(addRemoveButton);
    renumber();

    var add = addTemplate.content.firstElementChild.cloneNode(true);
    add.addEventListener("click", function () {
      var template = list.querySelector("[data-clause]");
      var row = template.cloneNode(true);
      row.querySelector("input").value = "";
      var oldButton = row.querySelector("[data-remove-clause]");
      if (oldButton) {
        oldButton.remove();
      }
      list.appendChild(row);
      addRemoveButton(row);
      renumber();
      row.querySelector("input").focus();
    });
    list.insertAdjacentElement("afterend", add);
    var hint = document.querySelector("[data-no-js-hint]");
    if (hint) {
      hint.hidden = true;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    // A refused form: take keyboard and screen-reader users straight to the list of what to correct.
    var summary = document.getElementById("fejlopsummering");
    if (summary) {
      summary.focus();
    }
    setUpClauses();
    setUpEditors();
  });
})();
