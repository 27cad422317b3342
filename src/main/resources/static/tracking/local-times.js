// Shows each <time data-local datetime="…"> in the reader's own time zone and language;
// without scripts the page keeps the server's UTC text. (dateStyle and timeStyle cannot
// be combined with timeZoneName, hence the single fields.)
(function () {
  var format = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
  });
  document.querySelectorAll('time[data-local][datetime]').forEach(function (element) {
    var at = new Date(element.getAttribute('datetime'));
    if (!isNaN(at)) {
      element.textContent = format.format(at);
    }
  });
})();
