// A refused subscription form: take keyboard and screen-reader users straight to the list of what to correct.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("fejl");
  if (summary) {
    summary.focus();
  }
});
