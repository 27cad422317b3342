// Shows each <time data-local datetime="…"> in the reader's own time zone and language;
// without scripts the page keeps the server's UTC text.
(function () {
  var format = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short', timeZoneName: 'short' });
  document.querySelectorAll('time[data-local][datetime]').forEach(function (element) {
    var at = new Date(element.getAttribute('datetime'));
    if (!isNaN(at)) {
      element.textContent = format.format(at);
    }
  });
})();
