// Typing an order number into Tasklist's "Filter Tasks" box finds its tasks (Camunda matches the task name by
// default): the text is matched against the business key, the order number (a return's process: the return number).
define('order-number-search', ['angular'], function (angular) {
  'use strict';

  var ORDER_NUMBER = 'processInstanceBusinessKey';

  function searchOrderNumbersByDefault(types) {
    var orderNumber = (types || []).filter(function (type) {
      return type.id.key === ORDER_NUMBER;
    })[0];
    if (!orderNumber) {
      return;
    }
    types.forEach(function (type) {
      type.default = type === orderNumber;
    });
    // shown on the search pill and in the type list; a label that is no translation key is shown as it is
    orderNumber.id.value = 'Order or return number';
  }

  return angular.module('orderflow.orderNumberSearch', []).config(['$provide', function ($provide) {
    $provide.decorator('camWidgetSearchDirective', ['$delegate', function ($delegate) {
      var search = $delegate[0];
      var link = search.link;
      search.compile = function () {
        return function (scope) {
          searchOrderNumbersByDefault(scope.types);
          return link.apply(this, arguments);
        };
      };
      return $delegate;
    }]);
  }]);
});
