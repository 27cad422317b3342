-- Customer mails are sent outside any transaction: a sender claims a message (moves its next attempt to the end of
-- the claim and counts the attempt, committed), sends it, then records it SENT. claimed_by names the node whose claim
-- runs (for operators); a claim that runs out is taken again. Every attempt carries the message's Message-ID,
-- derived from its event and recipient, so a mail sent twice (a node died between the send and the record) is
-- recognisable as one. Rows written before this have none; the sender derives it the same way.
alter table customer_message add column message_id varchar(255);
alter table customer_message add column claimed_by varchar(255);
