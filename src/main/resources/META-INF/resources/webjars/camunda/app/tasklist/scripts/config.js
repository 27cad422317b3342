// Orderflow's settings for Camunda Tasklist (the options are those of Camunda's own config.js of this app).
export default {
  // the header and the browser tab say "Orderflow Tasklist"; the logo comes from styles/user-styles.css
  app: {
    name: 'Tasklist',
    vendor: 'Orderflow'
  },
  // the welcome app is not deployed, so the first-visit hint's probe of /camunda-welcome would only ever be a 404
  disableWelcomeMessage: true,
  // "Filter Tasks": text typed in the search box looks for an order number (the business key), see
  // order-number-search.js
  requireJsConfig: {
    deps: ['order-number-search'],
    ngDeps: ['orderflow.orderNumberSearch'],
    paths: {
      'order-number-search': 'scripts/order-number-search'
    }
  },
  // Camunda's shortcuts without "start process": staff do not start processes, orders arrive through the API
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    }
  }
};
