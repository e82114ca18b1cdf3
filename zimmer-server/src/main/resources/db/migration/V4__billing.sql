-- Billing: discount codes and payments.
create table discount_codes (
    id                  bigint generated always as identity primary key,
    code                varchar(64)   not null unique check (code = upper(code)),
    percent_off         integer       not null check (percent_off between 0 and 100),
    starts_at           timestamptz,
    ends_at             timestamptz,
    max_redemptions     integer       check (max_redemptions > 0),
    per_user_limit      integer       check (per_user_limit > 0),
    redemptions         integer       not null default 0 check (redemptions >= 0),
    is_active           boolean       not null default true,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now()
);

-- An empty mapping means the code applies to every automation.
create table discount_code_automations (
    discount_code_id    bigint        not null references discount_codes (id) on delete cascade,
    automation_id       bigint        not null references automations (id),
    primary key (discount_code_id, automation_id)
);

create table payments (
    id                  bigint generated always as identity primary key,
    user_id             bigint        not null references users (id),
    automation_id       bigint        not null references automations (id),
    user_automation_id  bigint        not null references user_automations (id),
    tokens              bigint        not null check (tokens > 0),
    amount              bigint        not null check (amount >= 0),
    discount_code_id    bigint        references discount_codes (id),
    discount_code       varchar(64),
    discount_amount     bigint        not null default 0 check (discount_amount >= 0),
    gateway             varchar(32)   not null,
    authority           varchar(128)  not null unique,
    ref_id              varchar(128),
    return_url          varchar(2048),
    status              varchar(16)   not null default 'pending'
        check (status in ('pending', 'succeeded', 'failed', 'cancelled', 'refunded')),
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    completed_at        timestamptz
);
create index payments_user_idx on payments (user_id, id);

create table discount_redemptions (
    id                  bigint generated always as identity primary key,
    discount_code_id    bigint        not null references discount_codes (id),
    user_id             bigint        not null references users (id),
    payment_id          bigint        not null unique references payments (id),
    created_at          timestamptz   not null default now()
);
create index discount_redemptions_user_idx on discount_redemptions (discount_code_id, user_id);
