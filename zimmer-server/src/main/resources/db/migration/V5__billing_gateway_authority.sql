-- A payment gets its authority only when the gateway answers the request, which happens after the payment row is
-- committed (a gateway call never runs inside a database transaction); free payments never get one.
alter table payments alter column authority drop not null;

-- A redemption over a code's limits is still recorded when the customer has paid the discounted amount, but flagged.
alter table discount_redemptions add column within_limit boolean not null default true;

create index payments_status_idx on payments (status, id);
