package io.orderflow.notification;

/**
 * PENDING until sent; SENT; FAILED after the last retry; KEPT where no mail server is
 * configured (rendered and readable over the API, never sent).
 */
enum MessageStatus {

	PENDING, SENT, FAILED, KEPT

}
