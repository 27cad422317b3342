// Orderflow's settings for Camunda Cockpit (the options are those of Camunda's own config.js of this app).
export default {
  // the header and the browser tab say "Orderflow Cockpit"; the logo comes from styles/user-styles.css
  app: {
    name: 'Cockpit',
    vendor: 'Orderflow'
  },
  // the welcome app is not deployed, so the first-visit hint's probe of /camunda-welcome would only ever be a 404
  disableWelcomeMessage: true
};
