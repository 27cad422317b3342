package io.orderflow.notification;

/** A mail ready to send: the subject is the HTML part's title. */
record RenderedMail(String recipient, String subject, String text, String html) {

}
