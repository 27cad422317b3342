// Orderflow's settings for Camunda Admin (the options are those of Camunda's own config.js of this app).
export default {
  // the header and the browser tab say "Orderflow Admin"; the logo comes from styles/user-styles.css
  app: {
    name: 'Admin',
    vendor: 'Orderflow'
  },
  // the welcome app is not deployed, so the first-visit hint's probe of /camunda-welcome would only ever be a 404
  disableWelcomeMessage: true
};
